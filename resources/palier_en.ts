<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>SensitiveWords</source>
        <comment>Sensitive words</comment>
        <translation type="vanished">SensitiveWords</translation>
    </message>
    <message>
        <source>SensitiveWords</source>
        <comment>This text contains words that look like sensitive data (health, religion, origin, sexual life, insults or judgements): %1.</comment>
        <translation type="vanished">SensitiveWords</translation>
    </message>
    <message>
        <source>SensitiveWords</source>
        <comment>The person concerned may read it. Stay factual. If you save anyway, the record is flagged for review by the security officer.</comment>
        <translation type="vanished">SensitiveWords</translation>
    </message>
    <message>
        <source>SensitiveWords</source>
        <comment>Save &amp;anyway</comment>
        <translation type="vanished">SensitiveWords</translation>
    </message>
    <message>
        <source>SensitiveWords</source>
        <comment>&amp;Back to the text</comment>
        <translation type="vanished">SensitiveWords</translation>
    </message>
</context>
<context>
    <name>AlertPlansDialog</name>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="45" />
        <location filename="../app/ui/welfare/plans.py" line="60" />
        <source>Alert plans</source>
        <translation>Alert plans</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="49" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="50" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="51" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="51" />
        <source>until ended</source>
        <translation>until ended</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="52" />
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="52" />
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="54" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="54" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="55" />
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="56" />
        <source>To come</source>
        <translation>To come</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="64" />
        <source>&amp;End the selected plan today</source>
        <translation>&amp;End the selected plan today</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="67" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="72" />
        <location filename="../app/ui/welfare/plans.py" line="92" />
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="79" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="80" />
        <source>&amp;Declare the plan</source>
        <translation>&amp;Declare the plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="84" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="84" />
        <source>&amp;Starts on</source>
        <translation>&amp;Starts on</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="85" />
        <source>A check at least e&amp;very</source>
        <translation>A check at least e&amp;very</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="146" />
        <source>Alert plan declared: the checks due have moved.</source>
        <translation>Alert plan declared: the checks due have moved.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="155" />
        <source>Alert plan ended.</source>
        <translation>Alert plan ended.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="123" />
        <location filename="../app/ui/signalements/attachments.py" line="162" />
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="133" />
        <source>Drop photos or documents here, or use the button. JPEG, PNG, HEIC, WebP, GIF or PDF, %1 MB at most.</source>
        <translation>Drop photos or documents here, or use the button. JPEG, PNG, HEIC, WebP, GIF or PDF, %1 MB at most.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="137" />
        <source>Add a &amp;photo or document…</source>
        <translation>Add a &amp;photo or document…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="138" />
        <source>Add a photo or document</source>
        <translation>Add a photo or document</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="139" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="140" />
        <source>Remove the selected file</source>
        <translation>Remove the selected file</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="161" />
        <source>Add photos or documents</source>
        <translation>Add photos or documents</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <location filename="../app/ui/audit/model.py" line="18" />
        <source>Signalement</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="19" />
        <source>Signalements (list)</source>
        <translation>Signalements (list)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="20" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="21" />
        <source>Neighbour case</source>
        <translation>Neighbour case</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="22" />
        <source>Neighbour cases (list)</source>
        <translation>Neighbour cases (list)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="23" />
        <source>Mediation session</source>
        <translation>Mediation session</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="24" />
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="25" />
        <source>Register (list)</source>
        <translation>Register (list)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="26" />
        <source>Welfare check</source>
        <translation>Welfare check</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="27" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="28" />
        <source>Welfare alert</source>
        <translation>Welfare alert</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="29" />
        <source>Alert plan</source>
        <translation>Alert plan</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="30" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="31" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="32" />
        <source>Sites (list)</source>
        <translation>Sites (list)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="33" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="34" />
        <source>Entrance</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="35" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="36" />
        <source>Households (list)</source>
        <translation>Households (list)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="37" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="38" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="39" />
        <source>Landlord's deadlines</source>
        <translation>Landlord's deadlines</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="40" />
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="41" />
        <source>Document settings</source>
        <translation>Document settings</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="42" />
        <source>Welfare round</source>
        <translation>Welfare round</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="43" />
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="44" />
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="45" />
        <source>Audit journal</source>
        <translation>Audit journal</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../app/ui/audit/model.py" line="71" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73" />
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="74" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="74" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="75" />
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="75" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../app/ui/audit/screen.py" line="25" />
        <location filename="../app/ui/main_window.py" line="118" />
        <source>Audit journal</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="27" />
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="32" />
        <location filename="../app/ui/audit/screen.py" line="61" />
        <source>To &amp;review</source>
        <translation>To &amp;review</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="60" />
        <source>To &amp;review (%1)</source>
        <translation>To &amp;review (%1)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="36" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="36" />
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="37" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="37" />
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="38" />
        <source>Step reached</source>
        <translation>Step reached</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="38" />
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="39" />
        <source>Complainants</source>
        <translation>Complainants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="40" />
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="27" />
        <source>Search by reference or words of the summary</source>
        <translation>Search by reference or words of the summary</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="28" />
        <source>Search the cases</source>
        <translation>Search the cases</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="29" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="29" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="32" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="35" />
        <source>Step reached</source>
        <translation>Step reached</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="36" />
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="38" />
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="39" />
        <source>All natures</source>
        <translation>All natures</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="40" />
        <source>&amp;Late only</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="41" />
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="42" />
        <source>&amp;Deadlines…</source>
        <translation>&amp;Deadlines…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="43" />
        <source>The landlord's deadlines</source>
        <translation>The landlord's deadlines</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="44" />
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="45" />
        <source>New neighbour case</source>
        <translation>New neighbour case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="47" />
        <source>Neighbour cases</source>
        <translation>Neighbour cases</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="50" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="52" />
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="52" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="53" />
        <source>S&amp;tep</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="53" />
        <source>N&amp;ature</source>
        <translation>N&amp;ature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="67" />
        <source>%1 cases shown, counting…</source>
        <translation>%1 cases shown, counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="68" />
        <source>%1 shown of %2 cases</source>
        <translation>%1 shown of %2 cases</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="85" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="86" />
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="91" />
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="92" />
        <source>&amp;Mediation</source>
        <translation>&amp;Mediation</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="93" />
        <source>Households and &amp;signalements</source>
        <translation>Households and &amp;signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="94" />
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="97" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="98" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="99" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="100" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="101" />
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="102" />
        <source>Reason or participants</source>
        <translation>Reason or participants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="108" />
        <location filename="../app/ui/conflicts/detail.py" line="116" />
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="162" />
        <source>No deadline after the court: the case waits for the judgment, then is closed.</source>
        <translation>No deadline after the court: the case waits for the judgment, then is closed.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="166" />
        <source>Why the procedure is not followed in order</source>
        <translation>Why the procedure is not followed in order</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="172" />
        <source>&amp;Record the step</source>
        <translation>&amp;Record the step</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="173" />
        <source>Record the step</source>
        <translation>Record the step</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="176" />
        <source>S&amp;tep</source>
        <translation>S&amp;tep</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="177" />
        <source>Taken &amp;on</source>
        <translation>Taken &amp;on</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="178" />
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="179" />
        <source>Next step &amp;due</source>
        <translation>Next step &amp;due</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="180" />
        <source>Manager's &amp;reason</source>
        <translation>Manager's &amp;reason</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="201" />
        <source>Exclusions of external mediation</source>
        <translation>Exclusions of external mediation</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="203" />
        <source>Yes or no only: never write health details.</source>
        <translation>Yes or no only: never write health details.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="208" />
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="209" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="210" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="214" />
        <source>Save the &amp;answers</source>
        <translation>Save the &amp;answers</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="217" />
        <source>Mediation session</source>
        <translation>Mediation session</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="226" />
        <source>Written consent of the &amp;complainant</source>
        <translation>Written consent of the &amp;complainant</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="227" />
        <source>Written consent of the res&amp;pondent</source>
        <translation>Written consent of the res&amp;pondent</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="228" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="229" />
        <source>&amp;Held on</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="230" />
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="231" />
        <source>A&amp;greement reached</source>
        <translation>A&amp;greement reached</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="237" />
        <source>Record the &amp;session</source>
        <translation>Record the &amp;session</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="260" />
        <source>Add the &amp;household</source>
        <translation>Add the &amp;household</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="261" />
        <location filename="../app/ui/conflicts/detail.py" line="276" />
        <source>Linked signalements</source>
        <translation>Linked signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="262" />
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="264" />
        <source>A reference (SIG-…) or words, then Enter</source>
        <translation>A reference (SIG-…) or words, then Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="266" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="269" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="274" />
        <source>Add a &amp;household</source>
        <translation>Add a &amp;household</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="277" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="292" />
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="294" />
        <source>&amp;Close the case</source>
        <translation>&amp;Close the case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="298" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="299" />
        <source>Closed &amp;on</source>
        <translation>Closed &amp;on</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="332" />
        <source>Step reached: %1</source>
        <translation>Step reached: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="335" />
        <source>Closed on %1 (%2)</source>
        <translation>Closed on %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="340" />
        <source>Next step was due on %1: late</source>
        <translation>Next step was due on %1: late</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="341" />
        <source>Next step due by %1</source>
        <translation>Next step due by %1</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="349" />
        <source>This case is closed: its chronology is kept as it is.</source>
        <translation>This case is closed: its chronology is kept as it is.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="352" />
        <source>The case is before the court: close it with the judgment.</source>
        <translation>The case is before the court: close it with the judgment.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="355" />
        <source>Proposed next step: %1.</source>
        <translation>Proposed next step: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="358" />
        <source>Taken today, the step after it would be due by %1.</source>
        <translation>Taken today, the step after it would be due by %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="436" />
        <source>Out of the procedure's order: your reason is kept with the step.</source>
        <translation>Out of the procedure's order: your reason is kept with the step.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="458" />
        <source>Step recorded.</source>
        <translation>Step recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="499" />
        <source>Answers saved.</source>
        <translation>Answers saved.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="520" />
        <source>Mediation session recorded.</source>
        <translation>Mediation session recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="538" />
        <source>Household added.</source>
        <translation>Household added.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="552" />
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="560" />
        <source>Signalement linked.</source>
        <translation>Signalement linked.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="570" />
        <source>Signalement unlinked.</source>
        <translation>Signalement unlinked.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="580" />
        <source>Case closed.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="602" />
        <source>Signalement %1: %2</source>
        <translation>Signalement %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="604" />
        <source>Case closed: %1</source>
        <translation>Case closed: %1</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <location filename="../app/ui/audit/journal.py" line="63" />
        <source>Audit chain status</source>
        <translation>Audit chain status</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="64" />
        <source>&amp;Verify again</source>
        <translation>&amp;Verify again</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="65" />
        <source>Verify the audit chain again</source>
        <translation>Verify the audit chain again</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="80" />
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="87" />
        <source>Chain intact: %1 entries verified</source>
        <translation>Chain intact: %1 entries verified</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="88" />
        <source>The audit trail is empty.</source>
        <translation>The audit trail is empty.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="91" />
        <source>Chain broken: %1 (%2 problems over %3 entries)</source>
        <translation>Chain broken: %1 (%2 problems over %3 entries)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="40" />
        <source>Record a check</source>
        <translation>Record a check</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="41" />
        <source>%1 – check due on %2</source>
        <translation>%1 – check due on %2</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="54" />
        <source>Who it was passed on to</source>
        <translation>Who it was passed on to</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="62" />
        <source>&amp;Done at</source>
        <translation>&amp;Done at</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="63" />
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="64" />
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="65" />
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="66" />
        <source>Passed on &amp;to</source>
        <translation>Passed on &amp;to</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="67" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="42" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="43" />
        <source>Remove from %1</source>
        <translation>Remove from %1</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="18" />
        <source>Resume the case being opened</source>
        <translation>Resume the case being opened</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="19" />
        <source>Discard the case being opened</source>
        <translation>Discard the case being opened</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="31" />
        <location filename="../app/ui/main_window.py" line="113" />
        <source>Neighbour conflicts</source>
        <translation>Neighbour conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="47" />
        <source>A case you were opening was not saved. Resume it?</source>
        <translation>A case you were opening was not saved. Resume it?</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="72" />
        <source>Case %1 opened.</source>
        <translation>Case %1 opened.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../app/ui/app.py" line="59" />
        <source>Palier met a problem</source>
        <translation>Palier met a problem</translation>
    </message>
    <message>
        <location filename="../app/ui/app.py" line="60" />
        <source>Something went wrong. What you were typing has been kept as a draft.

A report was written here:
%1</source>
        <translation>Something went wrong. What you were typing has been kept as a draft.

A report was written here:
%1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="45" />
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="46" />
        <source>Resume the unsaved signalement</source>
        <translation>Resume the unsaved signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="47" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="48" />
        <source>Discard the unsaved signalement</source>
        <translation>Discard the unsaved signalement</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../app/ui/drafts.py" line="60" />
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="39" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="39" />
        <source>Site and building</source>
        <translation>Site and building</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="40" />
        <source>Floor and door</source>
        <translation>Floor and door</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="40" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="41" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="41" />
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="42" />
        <source>Next check</source>
        <translation>Next check</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="42" />
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="58" />
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="61" />
        <source>Left on %1</source>
        <translation>Left on %1</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="26" />
        <source>Search by name or phone</source>
        <translation>Search by name or phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="27" />
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="28" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="28" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="30" />
        <location filename="../app/ui/welfare/list_view.py" line="31" />
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="32" />
        <source>Left the register</source>
        <translation>Left the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="33" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="35" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="36" />
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="37" />
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="38" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="39" />
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="40" />
        <source>Put a person on the register</source>
        <translation>Put a person on the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="41" />
        <source>Alert &amp;plans…</source>
        <translation>Alert &amp;plans…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="42" />
        <source>Alert plans</source>
        <translation>Alert plans</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="44" />
        <source>Welfare register</source>
        <translation>Welfare register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="46" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="48" />
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="48" />
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="49" />
        <source>P&amp;riority</source>
        <translation>P&amp;riority</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="62" />
        <source>%1 people shown, counting…</source>
        <translation>%1 people shown, counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="63" />
        <source>%1 shown of %2 people</source>
        <translation>%1 shown of %2 people</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="73" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="74" />
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="90" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="92" />
        <source>What was done, what was found (no health details)</source>
        <translation>What was done, what was found (no health details)</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="94" />
        <source>Note on the action</source>
        <translation>Note on the action</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="95" />
        <source>I &amp;acted on it</source>
        <translation>I &amp;acted on it</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="106" />
        <source>&amp;Record a check…</source>
        <translation>&amp;Record a check…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="107" />
        <source>Record a check</source>
        <translation>Record a check</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="113" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="114" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="116" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="118" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="122" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="125" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="126" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="130" />
        <source>Checks done</source>
        <translation>Checks done</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="141" />
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="142" />
        <source>&amp;Schedule and consent</source>
        <translation>&amp;Schedule and consent</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="143" />
        <source>&amp;People to call</source>
        <translation>&amp;People to call</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="144" />
        <source>&amp;Leave the register</source>
        <translation>&amp;Leave the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="167" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="170" />
        <source>Save the &amp;schedule</source>
        <translation>Save the &amp;schedule</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="178" />
        <source>Check e&amp;very</source>
        <translation>Check e&amp;very</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="179" />
        <source>P&amp;riority</source>
        <translation>P&amp;riority</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="182" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="193" />
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="195" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="196" />
        <source>Contact's name</source>
        <translation>Contact's name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="198" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="199" />
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="200" />
        <source>&amp;Add the contact</source>
        <translation>&amp;Add the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="217" />
        <source>Leaving the register is the person's right, at any time. Their pending checks are dropped; what the register holds about them is kept only as long as the landlord's retention rule allows, then erased.</source>
        <translation>Leaving the register is the person's right, at any time. Their pending checks are dropped; what the register holds about them is kept only as long as the landlord's retention rule allows, then erased.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="225" />
        <source>Take the person off the &amp;register</source>
        <translation>Take the person off the &amp;register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="232" />
        <source>Left &amp;on</source>
        <translation>Left &amp;on</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation type="vanished">ground floor</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation type="vanished">floor %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="259" />
        <source>door %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="261" />
        <source>lives alone</source>
        <translation>lives alone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="261" />
        <source>does not live alone</source>
        <translation>does not live alone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="262" />
        <source>no phone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="264" />
        <source>home care: %1</source>
        <translation>home care: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="270" />
        <source>Alert since %1: %2. Someone must act now.</source>
        <translation>Alert since %1: %2. Someone must act now.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="273" />
        <source>Left the register on %1; what it holds is kept until %2.</source>
        <translation>Left the register on %1; what it holds is kept until %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="279" />
        <source>Next check was due on %1: overdue.</source>
        <translation>Next check was due on %1: overdue.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="280" />
        <source>Next check due on %1.</source>
        <translation>Next check due on %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="282" />
        <source>An alert plan runs: a check at least every %1 days.</source>
        <translation>An alert plan runs: a check at least every %1 days.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="291" />
        <source>Given on %1, %2%3</source>
        <translation>Given on %1, %2%3</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="297" />
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="325" />
        <source>Action recorded: the alert is closed.</source>
        <translation>Action recorded: the alert is closed.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="333" />
        <source>Check recorded.</source>
        <translation>Check recorded.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="340" />
        <source>Schedule saved.</source>
        <translation>Schedule saved.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="349" />
        <source>Contact added.</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="354" />
        <source>The person has left the register.</source>
        <translation>The person has left the register.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="27" />
        <source>Ground floor</source>
        <translation>Ground floor</translation>
    </message>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="28" />
        <source>Floor %1</source>
        <translation>Floor %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../app/ui/audit/journal.py" line="113" />
        <source>Words of the summary</source>
        <translation>Words of the summary</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="114" />
        <source>Search the summaries</source>
        <translation>Search the summaries</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="117" />
        <source>SIG-… or VOI-… reference, or identifier</source>
        <translation>SIG-… or VOI-… reference, or identifier</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="118" />
        <source>Record reference</source>
        <translation>Record reference</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="121" />
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="122" />
        <source>Export the entries shown as CSV</source>
        <translation>Export the entries shown as CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="125" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="126" />
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="126" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="127" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="127" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="128" />
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="128" />
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="132" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="133" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="135" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="136" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="138" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="139" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="142" />
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="143" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="147" />
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="152" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="183" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="183" />
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="184" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="184" />
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="185" />
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="185" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="295" />
        <source>%1 entries shown, counting…</source>
        <translation>%1 entries shown, counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="297" />
        <source>%1 shown of %2 entries</source>
        <translation>%1 shown of %2 entries</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="313" />
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="314" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="332" />
        <source>%1 entries exported to %2</source>
        <translation>%1 entries exported to %2</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="78" />
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/app.py" line="236" />
        <source>Palier stopped unexpectedly last time. A report was kept here: %1</source>
        <translation>Palier stopped unexpectedly last time. A report was kept here: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="148" />
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="156" />
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="222" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="223" />
        <source>&amp;New signalement</source>
        <translation>&amp;New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225" />
        <source>New neighbour &amp;case from the signalement</source>
        <translation>New neighbour &amp;case from the signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="228" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="230" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="236" />
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="239" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="242" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245" />
        <source>&amp;Search the signalements</source>
        <translation>&amp;Search the signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="255" />
        <source>&amp;About Palier</source>
        <translation>&amp;About Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="259" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="260" />
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="262" />
        <location filename="../app/ui/signin/session.py" line="205" />
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation type="vanished">Sync: offline</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="305" />
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="371" />
        <source>Select a signalement in the list first.</source>
        <translation>Select a signalement in the list first.</translation>
    </message>
    <message>
        <source>Printing arrives with a follow-up version.</source>
        <translation type="vanished">Printing arrives with a follow-up version.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="434" />
        <source>About Palier</source>
        <translation>About Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="435" />
        <source>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</source>
        <translation>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232" />
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="234" />
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="66" />
        <source>New neighbour case</source>
        <translation>New neighbour case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="68" />
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="69" />
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="70" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="71" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="72" />
        <source>Back to the list, keeping the draft</source>
        <translation>Back to the list, keeping the draft</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="73" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="78" />
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="80" />
        <source>Choose a nature…</source>
        <translation>Choose a nature…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="89" />
        <source>The landlord's deadline</source>
        <translation>The landlord's deadline</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="91" />
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="93" />
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="94" />
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="95" />
        <source>S&amp;ummary of the facts</source>
        <translation>S&amp;ummary of the facts</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="96" />
        <source>Opened &amp;on</source>
        <translation>Opened &amp;on</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="97" />
        <source>Next step d&amp;ue</source>
        <translation>Next step d&amp;ue</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="101" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="104" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="106" />
        <source>Add as &amp;complainant</source>
        <translation>Add as &amp;complainant</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="107" />
        <source>Add as &amp;respondent</source>
        <translation>Add as &amp;respondent</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="108" />
        <location filename="../app/ui/conflicts/form.py" line="120" />
        <source>Complainants</source>
        <translation>Complainants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="109" />
        <location filename="../app/ui/conflicts/form.py" line="121" />
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="111" />
        <source>&amp;Household of the site</source>
        <translation>&amp;Household of the site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="127" />
        <location filename="../app/ui/conflicts/form.py" line="134" />
        <source>Linked signalements</source>
        <translation>Linked signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="129" />
        <source>A reference (SIG-…) or words, then Enter</source>
        <translation>A reference (SIG-…) or words, then Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="130" />
        <source>Find signalements</source>
        <translation>Find signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="132" />
        <source>Signalements found</source>
        <translation>Signalements found</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="133" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="136" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="257" />
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="345" />
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Some fields need attention: see the messages in red.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../app/ui/placeholders.py" line="11" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="12" />
        <source>Your day at a glance: the signalements to follow up, the welfare checks due and the case deadlines. This screen arrives with a follow-up version.</source>
        <translation>Your day at a glance: the signalements to follow up, the welfare checks due and the case deadlines. This screen arrives with a follow-up version.</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="15" />
        <source>Neighbour conflicts</source>
        <translation>Neighbour conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="16" />
        <source>Neighbour-conflict cases, step by step from the first complaint to the court. This screen arrives with a follow-up version.</source>
        <translation>Neighbour-conflict cases, step by step from the first complaint to the court. This screen arrives with a follow-up version.</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="19" />
        <source>Welfare watch</source>
        <translation>Welfare watch</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="20" />
        <source>The register of isolated elderly tenants and their checks. This screen arrives with a follow-up version.</source>
        <translation>The register of isolated elderly tenants and their checks. This screen arrives with a follow-up version.</translation>
    </message>
</context>
<context>
    <name>PlainBar</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="97" />
        <source>This workspace is not encrypted: anyone who can open this computer's files can read it, and it cannot be locked.</source>
        <translation>This workspace is not encrypted: anyone who can open this computer's files can read it, and it cannot be locked.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="100" />
        <source>&amp;Encrypt it…</source>
        <translation>&amp;Encrypt it…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../app/ui/printing/preview.py" line="81" />
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="86" />
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="92" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="94" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="96" />
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="97" />
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="98" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="99" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="100" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="134" />
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="157" />
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>PrintTargets</name>
    <message>
        <location filename="../app/ui/printing/targets.py" line="41" />
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="47" />
        <source>Reminder letter</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="48" />
        <source>Summons letter</source>
        <translation>Summons letter</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="49" />
        <source>Formal notice letter</source>
        <translation>Formal notice letter</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="50" />
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="60" />
        <source>Welfare round of the day</source>
        <translation>Welfare round of the day</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="72" />
        <source>Activity report of the period</source>
        <translation>Activity report of the period</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="128" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="130" />
        <source>No filter</source>
        <translation>No filter</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="132" />
        <source>the first %1 rows of %2 loaded</source>
        <translation>the first %1 rows of %2 loaded</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="135" />
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../app/ui/printing/controller.py" line="58" />
        <source>Nothing to print here: open or select a record.</source>
        <translation>Nothing to print here: open or select a record.</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="64" />
        <source>Documents to print</source>
        <translation>Documents to print</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="81" />
        <source>Preparing %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="91" />
        <source>The document could not be saved: %1</source>
        <translation>The document could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="124" />
        <source>%1 sent to the printer.</source>
        <translation>%1 sent to the printer.</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="136" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="137" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="151" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="99" />
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="99" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="121" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="121" />
        <source>Recorded on save</source>
        <translation>Recorded on save</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../app/ui/welfare/form.py" line="62" />
        <source>Put a person on the register</source>
        <translation>Put a person on the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="64" />
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="65" />
        <source>Put the person on the register</source>
        <translation>Put the person on the register</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="66" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="67" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="68" />
        <source>Back to the list, keeping the draft</source>
        <translation>Back to the list, keeping the draft</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="69" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="72" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="75" />
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="79" />
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="80" />
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="81" />
        <source>&amp;Entrance</source>
        <translation>&amp;Entrance</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="82" />
        <source>D&amp;welling</source>
        <translation>D&amp;welling</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="85" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="91" />
        <source>Choose an age band…</source>
        <translation>Choose an age band…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="92" />
        <source>Lives &amp;alone</source>
        <translation>Lives &amp;alone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="94" />
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="95" />
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="96" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="97" />
        <source>A&amp;ge</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="101" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="109" />
        <source>The person, or who asked for them</source>
        <translation>The person, or who asked for them</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="110" />
        <source>Given &amp;on</source>
        <translation>Given &amp;on</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="111" />
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="112" />
        <source>Given &amp;by</source>
        <translation>Given &amp;by</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="116" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="121" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="125" />
        <source>Home-care service, if any</source>
        <translation>Home-care service, if any</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="126" />
        <source>Check e&amp;very</source>
        <translation>Check e&amp;very</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="127" />
        <source>P&amp;riority</source>
        <translation>P&amp;riority</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="128" />
        <source>Home &amp;care</source>
        <translation>Home &amp;care</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="131" />
        <location filename="../app/ui/welfare/form.py" line="148" />
        <source>People to call</source>
        <translation>People to call</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="137" />
        <source>&amp;Add the contact</source>
        <translation>&amp;Add the contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="143" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="144" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="145" />
        <source>Contact's name</source>
        <translation>Contact's name</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="146" />
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="147" />
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="220" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation type="vanished">ground floor</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation type="vanished">floor %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="262" />
        <source>%1, door %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="350" />
        <source>Choose the dwelling.</source>
        <translation>Choose the dwelling.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="386" />
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Some fields need attention: see the messages in red.</translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="20" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="21" />
        <source>Persons involved</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="22" />
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="23" />
        <source>Harm to people</source>
        <translation>Harm to people</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="24" />
        <source>Harm to property</source>
        <translation>Harm to property</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="25" />
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="26" />
        <source>Referral notes</source>
        <translation>Referral notes</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="27" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="28" />
        <source>Step outcome</source>
        <translation>Step outcome</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="29" />
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="30" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="31" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="32" />
        <source>Home care</source>
        <translation>Home care</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="33" />
        <source>Check notes</source>
        <translation>Check notes</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="34" />
        <source>Passed on to</source>
        <translation>Passed on to</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="35" />
        <source>Alert note</source>
        <translation>Alert note</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="75" />
        <source>Flagged on</source>
        <translation>Flagged on</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="75" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="76" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="76" />
        <source>Words found</source>
        <translation>Words found</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="77" />
        <source>In the fields</source>
        <translation>In the fields</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="77" />
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="103" />
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="118" />
        <source>Records saved with words that look like sensitive data (health, religion, origin, insults, judgements). Open each one, correct the text if needed, then mark it reviewed.</source>
        <translation>Records saved with words that look like sensitive data (health, religion, origin, insults, judgements). Open each one, correct the text if needed, then mark it reviewed.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="122" />
        <source>Records to review</source>
        <translation>Records to review</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="124" />
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="125" />
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="126" />
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="127" />
        <source>Mark the selected record reviewed</source>
        <translation>Mark the selected record reviewed</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="130" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="165" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="167" />
        <source>%1 records to review</source>
        <translation>%1 records to review</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="168" />
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="188" />
        <source>%1 marked reviewed.</source>
        <translation>%1 marked reviewed.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="34" />
        <source>The landlord's deadlines</source>
        <translation>The landlord's deadlines</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="36" />
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="39" />
        <source>&amp;Landlord</source>
        <translation>&amp;Landlord</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="47" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="63" />
        <source>A new deadline applies to the steps taken from now on.</source>
        <translation>A new deadline applies to the steps taken from now on.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="64" />
        <source>Only a security officer or an administrator may change them.</source>
        <translation>Only a security officer or an administrator may change them.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="98" />
        <source>Deadlines saved.</source>
        <translation>Deadlines saved.</translation>
    </message>
</context>
<context>
    <name>SensitiveWords</name>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="44" />
        <source>Sensitive words</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="45" />
        <source>This text contains words that look like sensitive data (health, religion, origin, sexual life, insults or judgements): %1.</source>
        <translation>This text contains words that look like sensitive data (health, religion, origin, sexual life, insults or judgements): %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="50" />
        <source>The person concerned may read it. Stay factual. If you save anyway, the record is flagged for review by the security officer.</source>
        <translation>The person concerned may read it. Stay factual. If you save anyway, the record is flagged for review by the security officer.</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="53" />
        <source>Save &amp;anyway</source>
        <translation>Save &amp;anyway</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="55" />
        <source>&amp;Back to the text</source>
        <translation>&amp;Back to the text</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="131" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="134" />
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="248" />
        <source>Your role gives access to the indicators only: File › Print the activity report.</source>
        <translation>Your role gives access to the indicators only: File › Print the activity report.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="269" />
        <source>Palier is locked</source>
        <translation>Palier is locked</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="270" />
        <source>Signed in: %1. Type your password to go on, or sign in with another account.</source>
        <translation>Signed in: %1. Type your password to go on, or sign in with another account.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="379" />
        <source>Encrypt this workspace</source>
        <translation>Encrypt this workspace</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="380" />
        <source>Choose the account that will hold this workspace. The records stay as they are; the file is encrypted in place, with its backups.</source>
        <translation>Choose the account that will hold this workspace. The records stay as they are; the file is encrypted in place, with its backups.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="29" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="32" />
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="36" />
        <source>Larger &amp;text</source>
        <translation>Larger &amp;text</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="44" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="48" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="51" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="52" />
        <source>&amp;Name shown</source>
        <translation>&amp;Name shown</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="53" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="54" />
        <source>&amp;Keep drafts every</source>
        <translation>&amp;Keep drafts every</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="55" />
        <source>L&amp;ock after idle for</source>
        <translation>L&amp;ock after idle for</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="60" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="62" />
        <source>A new language applies at the next start.</source>
        <translation>A new language applies at the next start.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../app/ui/signin/forms.py" line="135" />
        <location filename="../app/ui/signin/forms.py" line="255" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="140" />
        <location filename="../app/ui/signin/forms.py" line="174" />
        <location filename="../app/ui/signin/forms.py" line="203" />
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="141" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="145" />
        <location filename="../app/ui/signin/forms.py" line="350" />
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="147" />
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="163" />
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="165" />
        <source>Ask the administrator who holds this workspace's recovery key to type it here, then choose a new password.</source>
        <translation>Ask the administrator who holds this workspace's recovery key to type it here, then choose a new password.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="173" />
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="175" />
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="176" />
        <location filename="../app/ui/signin/forms.py" line="206" />
        <source>&amp;Confirm the password</source>
        <translation>&amp;Confirm the password</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="178" />
        <source>&amp;Save and sign in</source>
        <translation>&amp;Save and sign in</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="180" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="193" />
        <source>Create the first account</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="196" />
        <source>This workspace will be encrypted: without a password or the recovery key, nobody can read it. The first account holds the whole workspace.</source>
        <translation>This workspace will be encrypted: without a password or the recovery key, nobody can read it. The first account holds the whole workspace.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="204" />
        <source>&amp;Password (8 characters or more)</source>
        <translation>&amp;Password (8 characters or more)</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="207" />
        <source>&amp;Create the account</source>
        <translation>&amp;Create the account</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="218" />
        <location filename="../app/ui/signin/forms.py" line="227" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="221" />
        <source>Write this key down and lock it away. It is shown only this once, and it alone gives access back if a password is lost.</source>
        <translation>Write this key down and lock it away. It is shown only this once, and it alone gives access back if a password is lost.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="228" />
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="229" />
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="355" />
        <source>Sign in (%1 s)</source>
        <translation>Sign in (%1 s)</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../app/ui/signin/startup.py" line="131" />
        <source>Palier: sign in</source>
        <translation>Palier: sign in</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/startup.py" line="138" />
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
</context>
<context>
    <name>SignalementForm</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="167" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="168" />
        <source>Save the signalement</source>
        <translation>Save the signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="169" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="171" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="172" />
        <source>Back to the list, keeping the draft</source>
        <translation>Back to the list, keeping the draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="173" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="174" />
        <source>Discard this draft</source>
        <translation>Discard this draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="185" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="187" />
        <source>Choose a category…</source>
        <translation>Choose a category…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="188" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="193" />
        <source>&amp;Description of the facts</source>
        <translation>&amp;Description of the facts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="198" />
        <source>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</source>
        <translation>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="209" />
        <source>&amp;How often</source>
        <translation>&amp;How often</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="213" />
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="216" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="218" />
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="219" />
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="221" />
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="223" />
        <source>&amp;Entrance or stair</source>
        <translation>&amp;Entrance or stair</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="226" />
        <location filename="../app/ui/signalements/form.py" line="229" />
        <location filename="../app/ui/signalements/form.py" line="564" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="227" />
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="230" />
        <source>&amp;Kind of place</source>
        <translation>&amp;Kind of place</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="233" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="235" />
        <source>Facts &amp;started</source>
        <translation>Facts &amp;started</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="236" />
        <source>The facts have an end &amp;time</source>
        <translation>The facts have an end &amp;time</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="240" />
        <source>Facts ended</source>
        <translation>Facts ended</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="242" />
        <source>&amp;Reported on</source>
        <translation>&amp;Reported on</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="245" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="248" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="250" />
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="252" />
        <source>Reason for &amp;closing</source>
        <translation>Reason for &amp;closing</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="253" />
        <source>&amp;Protect my identity</source>
        <translation>&amp;Protect my identity</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="255" />
        <source>The referral sheet will then name the landlord's security officer as the source, never you.</source>
        <translation>The referral sheet will then name the landlord's security officer as the source, never you.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="262" />
        <source>Persons involved (no identity needed)</source>
        <translation>Persons involved (no identity needed)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="265" />
        <source>&amp;Number of persons</source>
        <translation>&amp;Number of persons</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="267" />
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="269" />
        <source>&amp;Witnesses (optional)</source>
        <translation>&amp;Witnesses (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="272" />
        <source>Harm</source>
        <translation>Harm</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="274" />
        <source>To people</source>
        <translation>To people</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="276" />
        <source>To property</source>
        <translation>To property</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="282" />
        <source>Estimated c&amp;ost</source>
        <translation>Estimated c&amp;ost</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="285" />
        <source>Actions already taken</source>
        <translation>Actions already taken</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="286" />
        <source>Intervention on the spot</source>
        <translation>Intervention on the spot</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="287" />
        <source>Called the police (17)</source>
        <translation>Called the police (17)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="288" />
        <source>Town informed</source>
        <translation>Town informed</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="292" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="295" />
        <location filename="../app/ui/signalements/form.py" line="300" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="321" />
        <source>&amp;Add the referral</source>
        <translation>&amp;Add the referral</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="322" />
        <source>Add the referral</source>
        <translation>Add the referral</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="323" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="324" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="325" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="326" />
        <source>Reference number given</source>
        <translation>Reference number given</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="338" />
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="449" />
        <source>New signalement</source>
        <translation>New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="470" />
        <source>Signalement %1</source>
        <translation>Signalement %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="688" />
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="712" />
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="752" />
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Some fields need attention: see the messages in red.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="781" />
        <source>Wait until the files are added.</source>
        <translation>Wait until the files are added.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="839" />
        <source>The signalement could not be saved. Your text is kept as a draft.</source>
        <translation>The signalement could not be saved. Your text is kept as a draft.</translation>
    </message>
</context>
<context>
    <name>SignalementListModel</name>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="95" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="95" />
        <source>Date of facts</source>
        <translation>Date of facts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="96" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="96" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="97" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="98" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="98" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="263" />
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>SignalementListView</name>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="41" />
        <source>Search the text of the signalements (Ctrl+F)</source>
        <translation>Search the text of the signalements (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="42" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="45" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="46" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="49" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="50" />
        <location filename="../app/ui/signalements/list_view.py" line="174" />
        <location filename="../app/ui/signalements/list_view.py" line="212" />
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="54" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="55" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="57" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="58" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="59" />
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="60" />
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="61" />
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="62" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="63" />
        <source>&amp;New signalement</source>
        <translation>&amp;New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="64" />
        <source>New signalement</source>
        <translation>New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="65" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="68" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="80" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="82" />
        <source>Most recent first. Click a column title to sort the results by it.</source>
        <translation>Most recent first. Click a column title to sort the results by it.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="84" />
        <source>Order of the results</source>
        <translation>Order of the results</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="89" />
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="90" />
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="91" />
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="92" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="97" />
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="99" />
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="140" />
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="259" />
        <source>%1 signalements shown, counting…</source>
        <translation>%1 signalements shown, counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="261" />
        <source>%1 shown of %2 signalements</source>
        <translation>%1 shown of %2 signalements</translation>
    </message>
</context>
<context>
    <name>SignalementsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="111" />
        <location filename="../app/ui/signalements/screen.py" line="115" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="147" />
        <source>A signalement you were writing was not saved (draft of %1). Resume it?</source>
        <translation>A signalement you were writing was not saved (draft of %1). Resume it?</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="150" />
        <source>%1 other drafts are waiting.</source>
        <translation>%1 other drafts are waiting.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="224" />
        <source>Signalement %1 saved.</source>
        <translation>Signalement %1 saved.</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="49" />
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48" />
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
</context>
<context>
    <name>SitesScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="117" />
        <location filename="../app/ui/sites/screen.py" line="95" />
        <location filename="../app/ui/sites/screen.py" line="188" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="112" />
        <location filename="../app/ui/sites/screen.py" line="123" />
        <source>Difficulty level</source>
        <translation>Difficulty level</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="114" />
        <source>Save the &amp;level</source>
        <translation>Save the &amp;level</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="115" />
        <source>Save the difficulty level</source>
        <translation>Save the difficulty level</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="116" />
        <source>Only a security officer or an administrator may change the level.</source>
        <translation>Only a security officer or an administrator may change the level.</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="125" />
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="132" />
        <location filename="../app/ui/sites/screen.py" line="134" />
        <location filename="../app/ui/sites/screen.py" line="161" />
        <source>Buildings and entrances</source>
        <translation>Buildings and entrances</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="141" />
        <source>Recent signalements of the site</source>
        <translation>Recent signalements of the site</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="163" />
        <source>Recent signalements</source>
        <translation>Recent signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="203" />
        <source>No site yet. Sites are imported from the landlord's file (palier import sites).</source>
        <translation>No site yet. Sites are imported from the landlord's file (palier import sites).</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="255" />
        <source>Difficulty level saved.</source>
        <translation>Difficulty level saved.</translation>
    </message>
</context>
<context>
    <name>SyncAccountBox</name>
    <message>
        <location filename="../app/ui/sync/account.py" line="32" />
        <source>Sync server</source>
        <translation>Sync server</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="44" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="48" />
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="49" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="55" />
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="56" />
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="57" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="58" />
        <source>Sync &amp;every</source>
        <translation>Sync &amp;every</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="78" />
        <source>Session expired or revoked: type your password again to sign in.</source>
        <translation>Session expired or revoked: type your password again to sign in.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="93" />
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="96" />
        <source>Not signed in: this computer works on its own.</source>
        <translation>Not signed in: this computer works on its own.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="98" />
        <source>Changes waiting on this computer: %1; they leave at the next sign-in.</source>
        <translation>Changes waiting on this computer: %1; they leave at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="116" />
        <source>Type the server's address.</source>
        <translation>Type the server's address.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="120" />
        <source>This address is not valid: it starts with https:// (or http://) and the server's name, as in https://palier.exemple.fr.</source>
        <translation>This address is not valid: it starts with https:// (or http://) and the server's name, as in https://palier.exemple.fr.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="124" />
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="127" />
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="132" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="145" />
        <source>This address cannot be used: %1</source>
        <translation>This address cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="149" />
        <source>Login or password refused.</source>
        <translation>Login or password refused.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="157" />
        <source>No Palier server answers at this address: check it, and the network.</source>
        <translation>No Palier server answers at this address: check it, and the network.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="165" />
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
</context>
<context>
    <name>SyncConflictsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="120" />
        <location filename="../app/ui/sync/screen.py" line="53" />
        <location filename="../app/ui/sync/screen.py" line="69" />
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="55" />
        <source>Two people changed the same field before syncing. Nothing was lost: the record keeps the value the server received first, the other one waits here. Choose the value that stays; your choice is synced like any change.</source>
        <translation>Two people changed the same field before syncing. Nothing was lost: the record keeps the value the server received first, the other one waits here. Choose the value that stays; your choice is synced like any change.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="60" />
        <location filename="../app/ui/sync/screen.py" line="134" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="61" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="62" />
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="63" />
        <location filename="../app/ui/sync/screen.py" line="84" />
        <location filename="../app/ui/sync/screen.py" line="100" />
        <location filename="../app/ui/sync/screen.py" line="289" />
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation type="vanished">Other value from</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="64" />
        <source>Origin of the other</source>
        <translation>Origin of the other</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="65" />
        <location filename="../app/ui/sync/screen.py" line="140" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="81" />
        <source>No conflict to review.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="83" />
        <location filename="../app/ui/sync/screen.py" line="99" />
        <source>Current value (kept by the server)</source>
        <translation>Current value (kept by the server)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="86" />
        <source>Edited value</source>
        <translation>Edited value</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="88" />
        <location filename="../app/ui/sync/screen.py" line="286" />
        <source>Keep the &amp;current value</source>
        <translation>Keep the &amp;current value</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="89" />
        <source>Keep the &amp;other value</source>
        <translation>Keep the &amp;other value</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="90" />
        <source>Keep the &amp;edited text</source>
        <translation>Keep the &amp;edited text</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="91" />
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="107" />
        <source>Or keep an edited text:</source>
        <translation>Or keep an edited text:</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="125" />
        <location filename="../app/ui/sync/screen.py" line="144" />
        <source>Changes refused by the server</source>
        <translation>Changes refused by the server</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="130" />
        <source>The server refused these changes of this computer for good; they are kept here. Show them to your administrator.</source>
        <translation>The server refused these changes of this computer for good; they are kept here. Show them to your administrator.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="135" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="135" />
        <source>creation</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="136" />
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="137" />
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="139" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="177" />
        <source>Signalement</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="177" />
        <source>Neighbour case</source>
        <translation>Neighbour case</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="178" />
        <source>Welfare watch</source>
        <translation>Welfare watch</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="178" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="179" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="179" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="180" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="185" />
        <source>outside what this account may change</source>
        <translation>outside what this account may change</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="186" />
        <source>managed on the server only</source>
        <translation>managed on the server only</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="187" />
        <source>refers to a record the server does not know</source>
        <translation>refers to a record the server does not know</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="188" />
        <source>record unknown to the server</source>
        <translation>record unknown to the server</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="189" />
        <source>a value the server does not accept</source>
        <translation>a value the server does not accept</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="190" />
        <source>clashes with a record of this computer</source>
        <translation>clashes with a record of this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="195" />
        <source>(record deleted)</source>
        <translation>(record deleted)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="196" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="196" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="197" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="197" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="198" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="198" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="199" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="199" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="205" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="207" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="223" />
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="224" />
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="287" />
        <source>&amp;Accept the deletion</source>
        <translation>&amp;Accept the deletion</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="290" />
        <source>Edit made on the deleted record</source>
        <translation>Edit made on the deleted record</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="303" />
        <source>The edited text is empty: type the text to keep, or choose one of the two values.</source>
        <translation>The edited text is empty: type the text to keep, or choose one of the two values.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="319" />
        <source>Conflict settled; the choice is being synced.</source>
        <translation>Conflict settled; the choice is being synced.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="262" />
        <source>No sync server: sign in from File › Settings.</source>
        <translation>No sync server: sign in from File › Settings.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="298" />
        <source>%1 is now %2: reference already taken on another computer.</source>
        <translation>%1 is now %2: reference already taken on another computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="303" />
        <source>%1 references already taken on another computer were replaced (see the audit log).</source>
        <translation>%1 references already taken on another computer were replaced (see the audit log).</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="376" />
        <source>The workspace is still opening.</source>
        <translation>The workspace is still opening.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="456" />
        <source>1 change waiting</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="456" />
        <source>%1 changes waiting</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="462" />
        <source>Syncing… %1 received</source>
        <translation>Syncing… %1 received</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="463" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="465" />
        <source>Session expired: sign in again</source>
        <translation>Session expired: sign in again</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="467" />
        <source>Sync: signed out</source>
        <translation>Sync: signed out</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="468" />
        <source>Sync: no server</source>
        <translation>Sync: no server</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="472" />
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="473" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="475" />
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="477" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="483" />
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="484" />
        <source>%1 conflicts</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="486" />
        <source>1 change refused</source>
        <translation>1 change refused</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="487" />
        <source>%1 changes refused</source>
        <translation>%1 changes refused</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="493" />
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="494" />
        <source>Synced on %1 at %2</source>
        <translation>Synced on %1 at %2</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="504" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="505" />
        <source>Ctrl+R: sync now</source>
        <translation>Ctrl+R: sync now</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="109" />
        <location filename="../app/ui/today/screen.py" line="197" />
        <location filename="../app/ui/today/screen.py" line="216" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="78" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="79" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="80" />
        <source>Refresh the day</source>
        <translation>Refresh the day</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="92" />
        <location filename="../app/ui/today/screen.py" line="107" />
        <location filename="../app/ui/today/screen.py" line="114" />
        <location filename="../app/ui/today/screen.py" line="171" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="97" />
        <location filename="../app/ui/today/screen.py" line="111" />
        <location filename="../app/ui/today/screen.py" line="118" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="93" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="95" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="96" />
        <location filename="../app/ui/today/screen.py" line="110" />
        <location filename="../app/ui/today/screen.py" line="172" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="99" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="108" />
        <location filename="../app/ui/today/screen.py" line="116" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="115" />
        <location filename="../app/ui/today/screen.py" line="133" />
        <source>Was due</source>
        <translation>Was due</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="121" />
        <location filename="../app/ui/today/screen.py" line="129" />
        <location filename="../app/ui/today/screen.py" line="137" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="122" />
        <location filename="../app/ui/today/screen.py" line="130" />
        <location filename="../app/ui/today/screen.py" line="140" />
        <location filename="../app/ui/today/screen.py" line="166" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="123" />
        <location filename="../app/ui/today/screen.py" line="131" />
        <source>Step reached</source>
        <translation>Step reached</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="125" />
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="126" />
        <location filename="../app/ui/today/screen.py" line="134" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="138" />
        <source>Date of facts</source>
        <translation>Date of facts</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="141" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="142" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="155" />
        <source>By building, entrance and floor</source>
        <translation>By building, entrance and floor</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="156" />
        <source>By building and floor</source>
        <translation>By building and floor</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="157" />
        <source>By due date</source>
        <translation>By due date</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="157" />
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="159" />
        <source>Order of the round</source>
        <translation>Order of the round</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="160" />
        <source>Record the &amp;check…</source>
        <translation>Record the &amp;check…</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="161" />
        <source>Record the selected check</source>
        <translation>Record the selected check</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="162" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="163" />
        <source>Open the &amp;person</source>
        <translation>Open the &amp;person</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="167" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="168" />
        <source>Entrance</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="169" />
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="170" />
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="173" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="176" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="180" />
        <source>The day's round</source>
        <translation>The day's round</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="182" />
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="195" />
        <source>&amp;Due and late</source>
        <translation>&amp;Due and late</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="196" />
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="236" />
        <source>Welfare checks due today (%1)</source>
        <translation>Welfare checks due today (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="237" />
        <source>Welfare checks overdue (%1)</source>
        <translation>Welfare checks overdue (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="238" />
        <source>Case steps due today (%1)</source>
        <translation>Case steps due today (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="239" />
        <source>Case steps late (%1)</source>
        <translation>Case steps late (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="240" />
        <source>Signalements waiting for a referral (%1)</source>
        <translation>Signalements waiting for a referral (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="301" />
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="317" />
        <source>%1 running: everyone on the register is checked at least every %2 days</source>
        <translation>%1 running: everyone on the register is checked at least every %2 days</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="321" />
        <source>, until %1</source>
        <translation>, until %1</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="328" />
        <source>Alerts: someone must act now (%1)</source>
        <translation>Alerts: someone must act now (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="334" />
        <source>No alert: nobody is waiting for an urgent visit.</source>
        <translation>No alert: nobody is waiting for an urgent visit.</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="364" />
        <source>%1 checks today, %2 done</source>
        <translation>%1 checks today, %2 done</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="391" />
        <source>Check recorded.</source>
        <translation>Check recorded.</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation type="vanished">Ground floor</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="vanished">Floor %1</translation>
    </message>
</context>
<context>
    <name>WelfareScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="115" />
        <location filename="../app/ui/welfare/screen.py" line="32" />
        <source>Welfare watch</source>
        <translation>Welfare watch</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="19" />
        <source>Resume the registration</source>
        <translation>Resume the registration</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="20" />
        <source>Discard the registration</source>
        <translation>Discard the registration</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="48" />
        <source>A registration on the register was not saved. Resume it?</source>
        <translation>A registration on the register was not saved. Resume it?</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="66" />
        <source>The person is on the register.</source>
        <translation>The person is on the register.</translation>
    </message>
</context>
</TS>