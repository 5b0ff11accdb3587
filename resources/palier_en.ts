<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>Crash</name>
    <message>
        <location filename="../app/ui/app.py" line="48" />
        <source>Palier met a problem</source>
        <translation>Palier met a problem</translation>
    </message>
    <message>
        <location filename="../app/ui/app.py" line="49" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/app.py" line="192" />
        <source>Palier stopped unexpectedly last time. A report was kept here: %1</source>
        <translation>Palier stopped unexpectedly last time. A report was kept here: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="102" />
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="110" />
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="153" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="154" />
        <source>&amp;New signalement</source>
        <translation>&amp;New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="156" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="158" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="161" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="164" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="166" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="167" />
        <source>&amp;Search the signalements</source>
        <translation>&amp;Search the signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="169" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="175" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="176" />
        <source>&amp;About Palier</source>
        <translation>&amp;About Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="180" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="181" />
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="183" />
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="184" />
        <source>Sync: offline</source>
        <translation>Sync: offline</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="211" />
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="262" />
        <source>Printing arrives with a follow-up version.</source>
        <translation>Printing arrives with a follow-up version.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="283" />
        <source>About Palier</source>
        <translation>About Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="284" />
        <source>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</source>
        <translation>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../app/ui/main_window.py" line="74" />
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
        <location filename="../app/ui/main_window.py" line="78" />
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
        <location filename="../app/ui/main_window.py" line="80" />
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
    <name>ReferralModel</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="93" />
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="93" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="115" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="115" />
        <source>Recorded on save</source>
        <translation>Recorded on save</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="28" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="31" />
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="35" />
        <source>Larger &amp;text</source>
        <translation>Larger &amp;text</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="43" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="46" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="47" />
        <source>&amp;Name shown</source>
        <translation>&amp;Name shown</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="48" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="49" />
        <source>&amp;Keep drafts every</source>
        <translation>&amp;Keep drafts every</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="54" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="56" />
        <source>A new language applies at the next start.</source>
        <translation>A new language applies at the next start.</translation>
    </message>
</context>
<context>
    <name>SignalementForm</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="165" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="166" />
        <source>Save the signalement</source>
        <translation>Save the signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="167" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="169" />
        <source>Back to the &amp;list</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="170" />
        <source>Back to the list, keeping the draft</source>
        <translation>Back to the list, keeping the draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="171" />
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="172" />
        <source>Discard this draft</source>
        <translation>Discard this draft</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="183" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="185" />
        <source>Choose a category…</source>
        <translation>Choose a category…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="186" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="191" />
        <source>&amp;Description of the facts</source>
        <translation>&amp;Description of the facts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="196" />
        <source>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</source>
        <translation>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="207" />
        <source>&amp;How often</source>
        <translation>&amp;How often</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="211" />
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="214" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="216" />
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="217" />
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="219" />
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="221" />
        <source>&amp;Entrance or stair</source>
        <translation>&amp;Entrance or stair</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="224" />
        <location filename="../app/ui/signalements/form.py" line="227" />
        <location filename="../app/ui/signalements/form.py" line="577" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="225" />
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="228" />
        <source>&amp;Kind of place</source>
        <translation>&amp;Kind of place</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="231" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="233" />
        <source>Facts &amp;started</source>
        <translation>Facts &amp;started</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="234" />
        <source>The facts have an end &amp;time</source>
        <translation>The facts have an end &amp;time</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="238" />
        <source>Facts ended</source>
        <translation>Facts ended</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="240" />
        <source>&amp;Reported on</source>
        <translation>&amp;Reported on</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="243" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="246" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="248" />
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="250" />
        <source>Reason for &amp;closing</source>
        <translation>Reason for &amp;closing</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="251" />
        <source>&amp;Protect my identity</source>
        <translation>&amp;Protect my identity</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="253" />
        <source>The referral sheet will then name the landlord's security officer as the source, never you.</source>
        <translation>The referral sheet will then name the landlord's security officer as the source, never you.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="260" />
        <source>Persons involved (no identity needed)</source>
        <translation>Persons involved (no identity needed)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="263" />
        <source>&amp;Number of persons</source>
        <translation>&amp;Number of persons</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="265" />
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="267" />
        <source>&amp;Witnesses (optional)</source>
        <translation>&amp;Witnesses (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="270" />
        <source>Harm</source>
        <translation>Harm</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="272" />
        <source>To people</source>
        <translation>To people</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="274" />
        <source>To property</source>
        <translation>To property</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="280" />
        <source>Estimated c&amp;ost</source>
        <translation>Estimated c&amp;ost</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="283" />
        <source>Actions already taken</source>
        <translation>Actions already taken</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="284" />
        <source>Intervention on the spot</source>
        <translation>Intervention on the spot</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="285" />
        <source>Called the police (17)</source>
        <translation>Called the police (17)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="286" />
        <source>Town informed</source>
        <translation>Town informed</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="290" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="293" />
        <location filename="../app/ui/signalements/form.py" line="298" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="319" />
        <source>&amp;Add the referral</source>
        <translation>&amp;Add the referral</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="320" />
        <source>Add the referral</source>
        <translation>Add the referral</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="321" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="322" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="323" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="324" />
        <source>Reference number given</source>
        <translation>Reference number given</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="336" />
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="459" />
        <source>New signalement</source>
        <translation>New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="480" />
        <source>Signalement %1</source>
        <translation>Signalement %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="701" />
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="725" />
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="765" />
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Some fields need attention: see the messages in red.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="794" />
        <source>Wait until the files are added.</source>
        <translation>Wait until the files are added.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="847" />
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
        <location filename="../app/ui/signalements/list_model.py" line="256" />
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>SignalementListView</name>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="44" />
        <source>Search the text of the signalements (Ctrl+F)</source>
        <translation>Search the text of the signalements (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="45" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="48" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="49" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="52" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="53" />
        <location filename="../app/ui/signalements/list_view.py" line="195" />
        <location filename="../app/ui/signalements/list_view.py" line="233" />
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="57" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="58" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="61" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="62" />
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="63" />
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="64" />
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="65" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="66" />
        <source>&amp;New signalement</source>
        <translation>&amp;New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="67" />
        <source>New signalement</source>
        <translation>New signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="68" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="71" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="95" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="97" />
        <source>Most recent first. Click a column title to sort the results by it.</source>
        <translation>Most recent first. Click a column title to sort the results by it.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="99" />
        <source>Order of the results</source>
        <translation>Order of the results</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="104" />
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="105" />
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="106" />
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="107" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="112" />
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="114" />
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="160" />
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="280" />
        <source>%1 signalements shown, counting…</source>
        <translation>%1 signalements shown, counting…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="282" />
        <source>%1 shown of %2 signalements</source>
        <translation>%1 shown of %2 signalements</translation>
    </message>
</context>
<context>
    <name>SignalementsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="76" />
        <location filename="../app/ui/signalements/screen.py" line="115" />
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="129" />
        <source>A signalement you were writing was not saved (draft of %1). Resume it?</source>
        <translation>A signalement you were writing was not saved (draft of %1). Resume it?</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="132" />
        <source>%1 other drafts are waiting.</source>
        <translation>%1 other drafts are waiting.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="206" />
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
        <location filename="../app/ui/main_window.py" line="82" />
        <location filename="../app/ui/sites/screen.py" line="95" />
        <location filename="../app/ui/sites/screen.py" line="182" />
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
        <location filename="../app/ui/sites/screen.py" line="197" />
        <source>No site yet. Sites are imported from the landlord's file (palier import sites).</source>
        <translation>No site yet. Sites are imported from the landlord's file (palier import sites).</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="249" />
        <source>Difficulty level saved.</source>
        <translation>Difficulty level saved.</translation>
    </message>
</context>
</TS>