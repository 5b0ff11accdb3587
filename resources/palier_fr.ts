<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertPlansDialog</name>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="45"/>
        <location filename="../app/ui/welfare/plans.py" line="60"/>
        <source>Alert plans</source>
        <translation>Plans d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="49"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="50"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="51"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="51"/>
        <source>until ended</source>
        <translation>jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="52"/>
        <source>Every</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="52"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="54"/>
        <source>Now</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="54"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="55"/>
        <source>Over</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="56"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="64"/>
        <source>&amp;End the selected plan today</source>
        <translation>&amp;Terminer aujourd&apos;hui le plan choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="67"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="72"/>
        <location filename="../app/ui/welfare/plans.py" line="92"/>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="79"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="80"/>
        <source>&amp;Declare the plan</source>
        <translation>&amp;Déclencher le plan</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="84"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="84"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Début le</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="85"/>
        <source>A check at least e&amp;very</source>
        <translation>Un contrôle au moins &amp;tous les</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="146"/>
        <source>Alert plan declared: the checks due have moved.</source>
        <translation>Plan d&apos;alerte déclenché : les contrôles à faire ont été avancés.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/plans.py" line="155"/>
        <source>Alert plan ended.</source>
        <translation>Plan d&apos;alerte terminé.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="123"/>
        <location filename="../app/ui/signalements/attachments.py" line="162"/>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="133"/>
        <source>Drop photos or documents here, or use the button. JPEG, PNG, HEIC, WebP, GIF or PDF, %1 MB at most.</source>
        <translation>Déposez ici des photos ou des documents, ou utilisez le bouton. JPEG, PNG, HEIC, WebP, GIF ou PDF, %1 Mo au plus.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="137"/>
        <source>Add a &amp;photo or document…</source>
        <translation>Ajouter une &amp;photo ou un document…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="138"/>
        <source>Add a photo or document</source>
        <translation>Ajouter une photo ou un document</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="139"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="140"/>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/attachments.py" line="161"/>
        <source>Add photos or documents</source>
        <translation>Ajouter des photos ou des documents</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <location filename="../app/ui/audit/model.py" line="18"/>
        <source>Signalement</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="19"/>
        <source>Signalements (list)</source>
        <translation>Signalements (liste)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="20"/>
        <source>Referral</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="21"/>
        <source>Neighbour case</source>
        <translation>Dossier de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="22"/>
        <source>Neighbour cases (list)</source>
        <translation>Dossiers de voisinage (liste)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="23"/>
        <source>Mediation session</source>
        <translation>Séance de médiation</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="24"/>
        <source>Register entry</source>
        <translation>Inscription au registre</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="25"/>
        <source>Register (list)</source>
        <translation>Registre (liste)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="26"/>
        <source>Welfare check</source>
        <translation>Contact de veille</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="27"/>
        <source>Contact person</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="28"/>
        <source>Welfare alert</source>
        <translation>Alerte de veille</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="29"/>
        <source>Alert plan</source>
        <translation>Plan d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="30"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="31"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="32"/>
        <source>Sites (list)</source>
        <translation>Sites (liste)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="33"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="34"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="35"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="36"/>
        <source>Households (list)</source>
        <translation>Ménages (liste)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="38"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="39"/>
        <source>Landlord&apos;s deadlines</source>
        <translation>Délais du bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="40"/>
        <source>Letter template</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="41"/>
        <source>Document settings</source>
        <translation>Réglages des documents</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="42"/>
        <source>Welfare round</source>
        <translation>Tournée de veille</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="43"/>
        <source>Activity report</source>
        <translation>Bilan d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="44"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="45"/>
        <source>Audit journal</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../app/ui/audit/model.py" line="71"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="73"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="74"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="74"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="75"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/model.py" line="75"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../app/ui/audit/screen.py" line="25"/>
        <location filename="../app/ui/main_window.py" line="118"/>
        <source>Audit journal</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="27"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="32"/>
        <location filename="../app/ui/audit/screen.py" line="61"/>
        <source>To &amp;review</source>
        <translation>À &amp;revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/screen.py" line="60"/>
        <source>To &amp;review (%1)</source>
        <translation>À &amp;revoir (%1)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="36"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="36"/>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="37"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="37"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="38"/>
        <source>Step reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="38"/>
        <source>Next step due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="39"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="39"/>
        <source>Complainants</source>
        <translation>Plaignants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_model.py" line="40"/>
        <source>Respondents</source>
        <translation>Mis en cause</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="27"/>
        <source>Search by reference or words of the summary</source>
        <translation>Chercher par référence ou mots du résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="28"/>
        <source>Search the cases</source>
        <translation>Chercher dans les dossiers</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="29"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="29"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="31"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="32"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="35"/>
        <source>Step reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="36"/>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="38"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="39"/>
        <source>All natures</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="40"/>
        <source>&amp;Late only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="41"/>
        <source>Late only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="42"/>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Délais…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="43"/>
        <source>The landlord&apos;s deadlines</source>
        <translation>Les délais du bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="44"/>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="45"/>
        <source>New neighbour case</source>
        <translation>Nouveau dossier de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="47"/>
        <source>Neighbour cases</source>
        <translation>Dossiers de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="50"/>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="52"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="52"/>
        <source>Stat&amp;us</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="53"/>
        <source>S&amp;tep</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="53"/>
        <source>N&amp;ature</source>
        <translation>N&amp;ature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="67"/>
        <source>%1 cases shown, counting…</source>
        <translation>%1 dossiers affichés, décompte en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/list_view.py" line="68"/>
        <source>%1 shown of %2 cases</source>
        <translation>%1 affichés sur %2 dossiers</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="85"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="86"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="91"/>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="92"/>
        <source>&amp;Mediation</source>
        <translation>&amp;Médiation</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="93"/>
        <source>Households and &amp;signalements</source>
        <translation>Ménages et &amp;signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="94"/>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ôture</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="98"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="99"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="100"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="101"/>
        <source>Next due</source>
        <translation>Échéance suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="102"/>
        <source>Reason or participants</source>
        <translation>Motif ou participants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="108"/>
        <location filename="../app/ui/conflicts/detail.py" line="116"/>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="162"/>
        <source>No deadline after the court: the case waits for the judgment, then is closed.</source>
        <translation>Pas d&apos;échéance après le tribunal : le dossier attend le jugement, puis il est clos.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="166"/>
        <source>Why the procedure is not followed in order</source>
        <translation>Pourquoi la procédure n&apos;est pas suivie dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="172"/>
        <source>&amp;Record the step</source>
        <translation>&amp;Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="173"/>
        <source>Record the step</source>
        <translation>Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="176"/>
        <source>S&amp;tep</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="177"/>
        <source>Taken &amp;on</source>
        <translation>Faite &amp;le</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="178"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="179"/>
        <source>Next step &amp;due</source>
        <translation>Échéance de l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="180"/>
        <source>Manager&apos;s &amp;reason</source>
        <translation>&amp;Motif du responsable</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="201"/>
        <source>Exclusions of external mediation</source>
        <translation>Exclusions de la médiation externe</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="203"/>
        <source>Yes or no only: never write health details.</source>
        <translation>Oui ou non seulement : n&apos;écrivez jamais de donnée de santé.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="208"/>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="209"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="210"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="214"/>
        <source>Save the &amp;answers</source>
        <translation>Enregistrer les &amp;réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="217"/>
        <source>Mediation session</source>
        <translation>Séance de médiation</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="226"/>
        <source>Written consent of the &amp;complainant</source>
        <translation>Accord écrit du &amp;plaignant</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="227"/>
        <source>Written consent of the res&amp;pondent</source>
        <translation>Accord écrit du mis en &amp;cause</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="228"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="229"/>
        <source>&amp;Held on</source>
        <translation>&amp;Tenue le</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="230"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="231"/>
        <source>A&amp;greement reached</source>
        <translation>Acc&amp;ord obtenu</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="237"/>
        <source>Record the &amp;session</source>
        <translation>Enregistrer la &amp;séance</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="260"/>
        <source>Add the &amp;household</source>
        <translation>Ajouter le &amp;ménage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="261"/>
        <location filename="../app/ui/conflicts/detail.py" line="276"/>
        <source>Linked signalements</source>
        <translation>Signalements liés</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="262"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="264"/>
        <source>A reference (SIG-…) or words, then Enter</source>
        <translation>Une référence (SIG-…) ou des mots, puis Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="266"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="269"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="274"/>
        <source>Add a &amp;household</source>
        <translation>Ajouter un &amp;ménage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="277"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="292"/>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="294"/>
        <source>&amp;Close the case</source>
        <translation>&amp;Clore le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="298"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="299"/>
        <source>Closed &amp;on</source>
        <translation>Clos &amp;le</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="332"/>
        <source>Step reached: %1</source>
        <translation>Étape atteinte : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="335"/>
        <source>Closed on %1 (%2)</source>
        <translation>Clos le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="340"/>
        <source>Next step was due on %1: late</source>
        <translation>L&apos;étape suivante était due le %1 : en retard</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="341"/>
        <source>Next step due by %1</source>
        <translation>Étape suivante à faire avant le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="349"/>
        <source>This case is closed: its chronology is kept as it is.</source>
        <translation>Ce dossier est clos : sa chronologie est conservée telle quelle.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="352"/>
        <source>The case is before the court: close it with the judgment.</source>
        <translation>Le dossier est devant le tribunal : clôturez-le avec le jugement.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="355"/>
        <source>Proposed next step: %1.</source>
        <translation>Étape suivante proposée : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="358"/>
        <source>Taken today, the step after it would be due by %1.</source>
        <translation>Faite aujourd&apos;hui, l&apos;étape d&apos;après serait à faire avant le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="436"/>
        <source>Out of the procedure&apos;s order: your reason is kept with the step.</source>
        <translation>Hors de l&apos;ordre de la procédure : votre motif est conservé avec l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="458"/>
        <source>Step recorded.</source>
        <translation>Étape enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="499"/>
        <source>Answers saved.</source>
        <translation>Réponses enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="520"/>
        <source>Mediation session recorded.</source>
        <translation>Séance de médiation enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="538"/>
        <source>Household added.</source>
        <translation>Ménage ajouté.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="552"/>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="560"/>
        <source>Signalement linked.</source>
        <translation>Signalement lié.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="570"/>
        <source>Signalement unlinked.</source>
        <translation>Signalement délié.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="580"/>
        <source>Case closed.</source>
        <translation>Dossier clos.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="602"/>
        <source>Signalement %1: %2</source>
        <translation>Signalement %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/detail.py" line="604"/>
        <source>Case closed: %1</source>
        <translation>Dossier clos : %1</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <location filename="../app/ui/audit/journal.py" line="63"/>
        <source>Audit chain status</source>
        <translation>État de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="64"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="65"/>
        <source>Verify the audit chain again</source>
        <translation>Vérifier à nouveau la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="80"/>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="87"/>
        <source>Chain intact: %1 entries verified</source>
        <translation>Chaîne intègre : %1 entrées vérifiées</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="88"/>
        <source>The audit trail is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="91"/>
        <source>Chain broken: %1 (%2 problems over %3 entries)</source>
        <translation>Chaîne rompue : %1 (%2 anomalies sur %3 entrées)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="40"/>
        <source>Record a check</source>
        <translation>Enregistrer un contrôle</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="41"/>
        <source>%1 – check due on %2</source>
        <translation>%1 – contrôle prévu le %2</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="54"/>
        <source>Who it was passed on to</source>
        <translation>À qui l&apos;information a été transmise</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="62"/>
        <source>&amp;Done at</source>
        <translation>&amp;Fait le</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="63"/>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="64"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="65"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suite donnée</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="66"/>
        <source>Passed on &amp;to</source>
        <translation>Transmis &amp;à</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/check_dialog.py" line="67"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="42"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="43"/>
        <source>Remove from %1</source>
        <translation>Retirer de : %1</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="18"/>
        <source>Resume the case being opened</source>
        <translation>Reprendre le dossier en cours d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="19"/>
        <source>Discard the case being opened</source>
        <translation>Abandonner le dossier en cours d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="31"/>
        <location filename="../app/ui/main_window.py" line="113"/>
        <source>Neighbour conflicts</source>
        <translation>Troubles de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="47"/>
        <source>A case you were opening was not saved. Resume it?</source>
        <translation>Un dossier que vous ouvriez n&apos;a pas été enregistré. Le reprendre ?</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/screen.py" line="72"/>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../app/ui/app.py" line="59"/>
        <source>Palier met a problem</source>
        <translation>Palier a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../app/ui/app.py" line="60"/>
        <source>Something went wrong. What you were typing has been kept as a draft.

A report was written here:
%1</source>
        <translation>Un problème est survenu. Ce que vous étiez en train de saisir a été conservé comme brouillon.

Un rapport a été enregistré ici :
%1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="45"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="46"/>
        <source>Resume the unsaved signalement</source>
        <translation>Reprendre le signalement non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="47"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="48"/>
        <source>Discard the unsaved signalement</source>
        <translation>Abandonner le signalement non enregistré</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../app/ui/drafts.py" line="60"/>
        <source>Draft kept at %1</source>
        <translation>Brouillon conservé à %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="39"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="39"/>
        <source>Site and building</source>
        <translation>Site et bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="40"/>
        <source>Floor and door</source>
        <translation>Étage et porte</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="40"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="41"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="41"/>
        <source>Every</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="42"/>
        <source>Next check</source>
        <translation>Prochain contrôle</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="42"/>
        <source>Last check</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="58"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_model.py" line="61"/>
        <source>Left on %1</source>
        <translation>Sortie le %1</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="26"/>
        <source>Search by name or phone</source>
        <translation>Chercher par nom ou téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="27"/>
        <source>Search the register</source>
        <translation>Chercher dans le registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="28"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="28"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="30"/>
        <location filename="../app/ui/welfare/list_view.py" line="31"/>
        <source>On the register</source>
        <translation>Inscrits au registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="32"/>
        <source>Left the register</source>
        <translation>Sorties du registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="33"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="35"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="36"/>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="37"/>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="38"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="39"/>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="40"/>
        <source>Put a person on the register</source>
        <translation>Inscrire une personne au registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="41"/>
        <source>Alert &amp;plans…</source>
        <translation>&amp;Plans d&apos;alerte…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="42"/>
        <source>Alert plans</source>
        <translation>Plans d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="44"/>
        <source>Welfare register</source>
        <translation>Registre de veille</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="46"/>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="48"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="48"/>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="49"/>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="62"/>
        <source>%1 people shown, counting…</source>
        <translation>%1 personnes affichées, décompte en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/list_view.py" line="63"/>
        <source>%1 shown of %2 people</source>
        <translation>%1 affichées sur %2 personnes</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="73"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="74"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="90"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="92"/>
        <source>What was done, what was found (no health details)</source>
        <translation>Ce qui a été fait, ce qui a été constaté (sans donnée de santé)</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="94"/>
        <source>Note on the action</source>
        <translation>Note sur l&apos;action</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="95"/>
        <source>I &amp;acted on it</source>
        <translation>J&apos;ai &amp;agi</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="106"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Enregistrer un contrôle…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="107"/>
        <source>Record a check</source>
        <translation>Enregistrer un contrôle</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="113"/>
        <source>Due</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="114"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="116"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="118"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="122"/>
        <source>Follow-up</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="125"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="126"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="130"/>
        <source>Checks done</source>
        <translation>Contrôles faits</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="141"/>
        <source>&amp;Checks</source>
        <translation>&amp;Contrôles</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="142"/>
        <source>&amp;Schedule and consent</source>
        <translation>&amp;Rythme et accord</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="143"/>
        <source>&amp;People to call</source>
        <translation>&amp;Personnes à prévenir</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="144"/>
        <source>&amp;Leave the register</source>
        <translation>&amp;Sortie du registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="167"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="170"/>
        <source>Save the &amp;schedule</source>
        <translation>Enregistrer le &amp;rythme</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="178"/>
        <source>Check e&amp;very</source>
        <translation>Contrôle &amp;tous les</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="179"/>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="182"/>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="193"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="195"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="196"/>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="198"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="199"/>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="200"/>
        <source>&amp;Add the contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="217"/>
        <source>Leaving the register is the person&apos;s right, at any time. Their pending checks are dropped; what the register holds about them is kept only as long as the landlord&apos;s retention rule allows, then erased.</source>
        <translation>La personne peut quitter le registre à tout moment. Ses contrôles prévus sont annulés ; ce que le registre contient sur elle n&apos;est gardé que le temps prévu par la règle de conservation du bailleur, puis effacé.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="225"/>
        <source>Take the person off the &amp;register</source>
        <translation>Sortir la personne du &amp;registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="232"/>
        <source>Left &amp;on</source>
        <translation>Sortie &amp;le</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation type="vanished">rez-de-chaussée</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation type="vanished">étage %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="259"/>
        <source>door %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="261"/>
        <source>lives alone</source>
        <translation>vit seul(e)</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="261"/>
        <source>does not live alone</source>
        <translation>ne vit pas seul(e)</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="262"/>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="264"/>
        <source>home care: %1</source>
        <translation>aide à domicile : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="270"/>
        <source>Alert since %1: %2. Someone must act now.</source>
        <translation>Alerte depuis le %1 : %2. Quelqu&apos;un doit agir maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="273"/>
        <source>Left the register on %1; what it holds is kept until %2.</source>
        <translation>Sortie du registre le %1 ; ses données sont gardées jusqu&apos;au %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="279"/>
        <source>Next check was due on %1: overdue.</source>
        <translation>Le prochain contrôle était prévu le %1 : en retard.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="280"/>
        <source>Next check due on %1.</source>
        <translation>Prochain contrôle prévu le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="282"/>
        <source>An alert plan runs: a check at least every %1 days.</source>
        <translation>Un plan d&apos;alerte est en cours : un contrôle au moins tous les %1 jours.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="291"/>
        <source>Given on %1, %2%3</source>
        <translation>Donné le %1, %2%3</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="297"/>
        <source>Nobody yet.</source>
        <translation>Personne pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="325"/>
        <source>Action recorded: the alert is closed.</source>
        <translation>Action enregistrée : l&apos;alerte est close.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="333"/>
        <source>Check recorded.</source>
        <translation>Contrôle enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="340"/>
        <source>Schedule saved.</source>
        <translation>Rythme enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="349"/>
        <source>Contact added.</source>
        <translation>Contact ajouté.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/detail.py" line="354"/>
        <source>The person has left the register.</source>
        <translation>La personne est sortie du registre.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="27"/>
        <source>Ground floor</source>
        <translation>Rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../app/ui/followup_widgets.py" line="28"/>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../app/ui/audit/journal.py" line="113"/>
        <source>Words of the summary</source>
        <translation>Mots du résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="114"/>
        <source>Search the summaries</source>
        <translation>Rechercher dans les résumés</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="117"/>
        <source>SIG-… or VOI-… reference, or identifier</source>
        <translation>Référence SIG-… ou VOI-…, ou identifiant</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="118"/>
        <source>Record reference</source>
        <translation>Référence de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="121"/>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="122"/>
        <source>Export the entries shown as CSV</source>
        <translation>Exporter en CSV les entrées affichées</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="125"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="126"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="126"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="127"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="127"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="128"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="128"/>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="132"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="133"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="135"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="136"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="138"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="139"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="142"/>
        <source>Record kind</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="143"/>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="147"/>
        <source>Audit trail entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="152"/>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="183"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="183"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="184"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="184"/>
        <source>&amp;Action</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="185"/>
        <source>&amp;User</source>
        <translation>U&amp;tilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="185"/>
        <source>&amp;Record</source>
        <translation>Enre&amp;gistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="295"/>
        <source>%1 entries shown, counting…</source>
        <translation>%1 entrées affichées, décompte en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="297"/>
        <source>%1 shown of %2 entries</source>
        <translation>%1 affichées sur %2 entrées</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="313"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/journal.py" line="332"/>
        <source>%1 entries exported to %2</source>
        <translation>%1 entrées exportées dans %2</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="78"/>
        <source>Not &amp;now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/app.py" line="236"/>
        <source>Palier stopped unexpectedly last time. A report was kept here: %1</source>
        <translation>Palier s&apos;est arrêté de façon inattendue la dernière fois. Un rapport a été conservé ici : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="148"/>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="156"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="222"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="223"/>
        <source>&amp;New signalement</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225"/>
        <source>New neighbour &amp;case from the signalement</source>
        <translation>Nouveau &amp;dossier de voisinage depuis le signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="228"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="230"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="236"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="239"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>&amp;Search the signalements</source>
        <translation>&amp;Rechercher dans les signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="255"/>
        <source>&amp;About Palier</source>
        <translation>&amp;À propos de Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="259"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="260"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="262"/>
        <location filename="../app/ui/signin/session.py" line="205"/>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation type="vanished">Synchronisation : hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="305"/>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="371"/>
        <source>Select a signalement in the list first.</source>
        <translation>Choisissez d&apos;abord un signalement dans la liste.</translation>
    </message>
    <message>
        <source>Printing arrives with a follow-up version.</source>
        <translation type="vanished">L&apos;impression arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="434"/>
        <source>About Palier</source>
        <translation>À propos de Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="435"/>
        <source>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</source>
        <translation>Palier %1 : signalements, troubles de voisinage et veille des personnes isolées, pour le personnel de proximité des bailleurs sociaux.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="234"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="66"/>
        <source>New neighbour case</source>
        <translation>Nouveau dossier de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="68"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="69"/>
        <source>Open the case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="70"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="71"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="72"/>
        <source>Back to the list, keeping the draft</source>
        <translation>Retour à la liste, en gardant le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="73"/>
        <source>&amp;Discard draft</source>
        <translation>Aban&amp;donner le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="78"/>
        <source>Choose a site…</source>
        <translation>Choisir un site…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="80"/>
        <source>Choose a nature…</source>
        <translation>Choisir une nature…</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="89"/>
        <source>The landlord&apos;s deadline</source>
        <translation>Le délai du bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="91"/>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="93"/>
        <source>S&amp;ite</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="94"/>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="95"/>
        <source>S&amp;ummary of the facts</source>
        <translation>Rés&amp;umé des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="96"/>
        <source>Opened &amp;on</source>
        <translation>Ouvert &amp;le</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="97"/>
        <source>Next step d&amp;ue</source>
        <translation>Éché&amp;ance de l&apos;étape suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="101"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="104"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="106"/>
        <source>Add as &amp;complainant</source>
        <translation>Ajouter comme &amp;plaignant</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="107"/>
        <source>Add as &amp;respondent</source>
        <translation>Ajouter comme mis en &amp;cause</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="108"/>
        <location filename="../app/ui/conflicts/form.py" line="120"/>
        <source>Complainants</source>
        <translation>Plaignants</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="109"/>
        <location filename="../app/ui/conflicts/form.py" line="121"/>
        <source>Respondents</source>
        <translation>Mis en cause</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="111"/>
        <source>&amp;Household of the site</source>
        <translation>&amp;Ménage du site</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="127"/>
        <location filename="../app/ui/conflicts/form.py" line="134"/>
        <source>Linked signalements</source>
        <translation>Signalements liés</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="129"/>
        <source>A reference (SIG-…) or words, then Enter</source>
        <translation>Une référence (SIG-…) ou des mots, puis Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="130"/>
        <source>Find signalements</source>
        <translation>Chercher des signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="132"/>
        <source>Signalements found</source>
        <translation>Signalements trouvés</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="133"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="136"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="257"/>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/form.py" line="345"/>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Certains champs sont à revoir : voir les messages en rouge.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../app/ui/placeholders.py" line="11"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="12"/>
        <source>Your day at a glance: the signalements to follow up, the welfare checks due and the case deadlines. This screen arrives with a follow-up version.</source>
        <translation>Votre journée d&apos;un coup d&apos;œil : les signalements à suivre, les appels de veille à faire et les échéances des dossiers. Cet écran arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="15"/>
        <source>Neighbour conflicts</source>
        <translation>Troubles de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="16"/>
        <source>Neighbour-conflict cases, step by step from the first complaint to the court. This screen arrives with a follow-up version.</source>
        <translation>Les dossiers de troubles de voisinage, étape par étape, de la première plainte jusqu&apos;au tribunal. Cet écran arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="19"/>
        <source>Welfare watch</source>
        <translation>Veille des personnes isolées</translation>
    </message>
    <message>
        <location filename="../app/ui/placeholders.py" line="20"/>
        <source>The register of isolated elderly tenants and their checks. This screen arrives with a follow-up version.</source>
        <translation>Le registre des locataires âgés isolés et leurs appels de veille. Cet écran arrive dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>PlainBar</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="97"/>
        <source>This workspace is not encrypted: anyone who can open this computer&apos;s files can read it, and it cannot be locked.</source>
        <translation>Cet espace de travail n&apos;est pas chiffré : quiconque peut ouvrir les fichiers de cet ordinateur peut le lire, et il ne peut pas être verrouillé.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="100"/>
        <source>&amp;Encrypt it…</source>
        <translation>&amp;Chiffrer…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../app/ui/printing/preview.py" line="81"/>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="86"/>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="92"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="94"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="96"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Largeur de la page</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="97"/>
        <source>Whole &amp;page</source>
        <translation>&amp;Page entière</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="98"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="99"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="100"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="134"/>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/preview.py" line="157"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
</context>
<context>
    <name>PrintTargets</name>
    <message>
        <location filename="../app/ui/printing/targets.py" line="41"/>
        <source>Referral sheet</source>
        <translation>Fiche de signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="47"/>
        <source>Reminder letter</source>
        <translation>Lettre de rappel</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="48"/>
        <source>Summons letter</source>
        <translation>Lettre de convocation</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="49"/>
        <source>Formal notice letter</source>
        <translation>Lettre de mise en demeure</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="50"/>
        <source>Case file</source>
        <translation>Dossier du conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="60"/>
        <source>Welfare round of the day</source>
        <translation>Tournée de veille du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="72"/>
        <source>Activity report of the period</source>
        <translation>Rapport d&apos;activité de la période</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="128"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="130"/>
        <source>No filter</source>
        <translation>Sans filtre</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="132"/>
        <source>the first %1 rows of %2 loaded</source>
        <translation>les %1 premières lignes sur %2 chargées</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/targets.py" line="135"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../app/ui/printing/controller.py" line="58"/>
        <source>Nothing to print here: open or select a record.</source>
        <translation>Rien à imprimer ici : ouvrez ou sélectionnez une fiche.</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="64"/>
        <source>Documents to print</source>
        <translation>Documents à imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="81"/>
        <source>Preparing %1…</source>
        <translation>Préparation : %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="91"/>
        <source>The document could not be saved: %1</source>
        <translation>Le document n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="124"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 : envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="136"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="137"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/printing/controller.py" line="151"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="98"/>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="99"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="99"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="121"/>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="121"/>
        <source>Recorded on save</source>
        <translation>Enregistrée à l&apos;enregistrement du signalement</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../app/ui/welfare/form.py" line="62"/>
        <source>Put a person on the register</source>
        <translation>Inscrire une personne au registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="64"/>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="65"/>
        <source>Put the person on the register</source>
        <translation>Inscrire la personne au registre</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="66"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="67"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="68"/>
        <source>Back to the list, keeping the draft</source>
        <translation>Retour à la liste, en gardant le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="69"/>
        <source>&amp;Discard draft</source>
        <translation>Aban&amp;donner le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="72"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="75"/>
        <source>Choose a site…</source>
        <translation>Choisir un site…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="79"/>
        <source>S&amp;ite</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="80"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="81"/>
        <source>&amp;Entrance</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="82"/>
        <source>D&amp;welling</source>
        <translation>&amp;Logement</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="85"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="91"/>
        <source>Choose an age band…</source>
        <translation>Choisir une tranche d&apos;âge…</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="92"/>
        <source>Lives &amp;alone</source>
        <translation>Vit &amp;seul(e)</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="94"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="95"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="96"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="97"/>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="101"/>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="109"/>
        <source>The person, or who asked for them</source>
        <translation>La personne, ou qui l&apos;a demandé pour elle</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="110"/>
        <source>Given &amp;on</source>
        <translation>Donné &amp;le</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="111"/>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="112"/>
        <source>Given &amp;by</source>
        <translation>Donné &amp;par</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="116"/>
        <source>Follow-up</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="121"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="125"/>
        <source>Home-care service, if any</source>
        <translation>Service d&apos;aide à domicile, s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="126"/>
        <source>Check e&amp;very</source>
        <translation>Contrôle &amp;tous les</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="127"/>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="128"/>
        <source>Home &amp;care</source>
        <translation>Aide à &amp;domicile</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="131"/>
        <location filename="../app/ui/welfare/form.py" line="148"/>
        <source>People to call</source>
        <translation>Personnes à prévenir</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="137"/>
        <source>&amp;Add the contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="143"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="144"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="145"/>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="146"/>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="147"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="220"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation type="vanished">rez-de-chaussée</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation type="vanished">étage %1</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="262"/>
        <source>%1, door %2</source>
        <translation>%1, porte %2</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="350"/>
        <source>Choose the dwelling.</source>
        <translation>Choisissez le logement.</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/form.py" line="386"/>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Certains champs sont à revoir : voir les messages en rouge.</translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="20"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="21"/>
        <source>Persons involved</source>
        <translation>Personnes en cause</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="22"/>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="23"/>
        <source>Harm to people</source>
        <translation>Préjudice aux personnes</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="24"/>
        <source>Harm to property</source>
        <translation>Préjudice matériel</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="25"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="26"/>
        <source>Referral notes</source>
        <translation>Notes de transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="27"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="28"/>
        <source>Step outcome</source>
        <translation>Résultat de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="29"/>
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="30"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="31"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="32"/>
        <source>Home care</source>
        <translation>Aide à domicile</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="33"/>
        <source>Check notes</source>
        <translation>Notes du contact</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="34"/>
        <source>Passed on to</source>
        <translation>Relayé à</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="35"/>
        <source>Alert note</source>
        <translation>Note d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="75"/>
        <source>Flagged on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="75"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="76"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="76"/>
        <source>Words found</source>
        <translation>Mots relevés</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="77"/>
        <source>In the fields</source>
        <translation>Dans les champs</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="77"/>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="103"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../app/ui/audit/review.py" line="118"/>
        <source>Records saved with words that look like sensitive data (health, religion, origin, insults, judgements). Open each one, correct the text if needed, then mark it reviewed.</source>
        <translation>Enregistrements saisis avec des mots qui ressemblent à des données sensibles (santé, religion, origine, insultes, jugements). Ouvrez chacun, corrigez le texte si besoin, puis marquez-le comme revu.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="122"/>
        <source>Records to review</source>
        <translation>Enregistrements à revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="124"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="125"/>
        <source>Open the selected record</source>
        <translation>Ouvrir l&apos;enregistrement choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="126"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme revu</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="127"/>
        <source>Mark the selected record reviewed</source>
        <translation>Marquer l&apos;enregistrement choisi comme revu</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="130"/>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="165"/>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="167"/>
        <source>%1 records to review</source>
        <translation>%1 enregistrements à revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="168"/>
        <source>Nothing to review.</source>
        <translation>Rien à revoir.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit/review.py" line="188"/>
        <source>%1 marked reviewed.</source>
        <translation>%1 marqué comme revu.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="34"/>
        <source>The landlord&apos;s deadlines</source>
        <translation>Les délais du bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="36"/>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="39"/>
        <source>&amp;Landlord</source>
        <translation>&amp;Bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="47"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="63"/>
        <source>A new deadline applies to the steps taken from now on.</source>
        <translation>Un nouveau délai s&apos;applique aux étapes prises à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="64"/>
        <source>Only a security officer or an administrator may change them.</source>
        <translation>Seul un référent sûreté ou un administrateur peut les modifier.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts/rules_dialog.py" line="98"/>
        <source>Deadlines saved.</source>
        <translation>Délais enregistrés.</translation>
    </message>
</context>
<context>
    <name>SensitiveWords</name>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="44"/>
        <source>Sensitive words</source>
        <translation>Mots sensibles</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="45"/>
        <source>This text contains words that look like sensitive data (health, religion, origin, sexual life, insults or judgements): %1.</source>
        <translation>Ce texte contient des mots qui ressemblent à des données sensibles (santé, religion, origine, vie sexuelle, insultes ou jugements) : %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="50"/>
        <source>The person concerned may read it. Stay factual. If you save anyway, the record is flagged for review by the security officer.</source>
        <translation>La personne concernée peut le lire. Restez factuel. Si vous enregistrez quand même, la fiche sera signalée au référent sûreté pour relecture.</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="53"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../app/ui/common/sensitive.py" line="55"/>
        <source>&amp;Back to the text</source>
        <translation>&amp;Revenir au texte</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/ui/signin/session.py" line="131"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="134"/>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="248"/>
        <source>Your role gives access to the indicators only: File › Print the activity report.</source>
        <translation>Votre rôle donne accès aux indicateurs seulement : Fichier › Imprimer le rapport d&apos;activité.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="269"/>
        <source>Palier is locked</source>
        <translation>Palier est verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="270"/>
        <source>Signed in: %1. Type your password to go on, or sign in with another account.</source>
        <translation>Connecté : %1. Saisissez votre mot de passe pour reprendre, ou connectez-vous avec un autre compte.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="379"/>
        <source>Encrypt this workspace</source>
        <translation>Chiffrer cet espace de travail</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/session.py" line="380"/>
        <source>Choose the account that will hold this workspace. The records stay as they are; the file is encrypted in place, with its backups.</source>
        <translation>Choisissez le compte qui détiendra cet espace de travail. Les données restent telles quelles ; le fichier est chiffré sur place, avec ses sauvegardes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="32"/>
        <source>Same as the computer</source>
        <translation>Celle de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="36"/>
        <source>Larger &amp;text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="44"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="51"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="52"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nom affiché</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="53"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="54"/>
        <source>&amp;Keep drafts every</source>
        <translation>&amp;Conserver le brouillon toutes les</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="55"/>
        <source>L&amp;ock after idle for</source>
        <translation>&amp;Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="60"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="62"/>
        <source>A new language applies at the next start.</source>
        <translation>Un changement de langue prend effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../app/ui/signin/forms.py" line="135"/>
        <location filename="../app/ui/signin/forms.py" line="255"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="140"/>
        <location filename="../app/ui/signin/forms.py" line="174"/>
        <location filename="../app/ui/signin/forms.py" line="203"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="141"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="145"/>
        <location filename="../app/ui/signin/forms.py" line="350"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="147"/>
        <source>&amp;Forgot your password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="163"/>
        <source>Forgotten password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="165"/>
        <source>Ask the administrator who holds this workspace&apos;s recovery key to type it here, then choose a new password.</source>
        <translation>Demandez à l&apos;administrateur qui détient la clé de secours de cet espace de travail de la saisir ici, puis choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="173"/>
        <source>&amp;Recovery key</source>
        <translation>Clé de &amp;secours</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="175"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="176"/>
        <location filename="../app/ui/signin/forms.py" line="206"/>
        <source>&amp;Confirm the password</source>
        <translation>Con&amp;firmez le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="178"/>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Enregistrer et se connecter</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="180"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="193"/>
        <source>Create the first account</source>
        <translation>Créer le premier compte</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="196"/>
        <source>This workspace will be encrypted: without a password or the recovery key, nobody can read it. The first account holds the whole workspace.</source>
        <translation>Cet espace de travail sera chiffré : sans mot de passe ni clé de secours, personne ne peut le lire. Le premier compte détient tout l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="204"/>
        <source>&amp;Password (8 characters or more)</source>
        <translation>&amp;Mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="207"/>
        <source>&amp;Create the account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="218"/>
        <location filename="../app/ui/signin/forms.py" line="227"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="221"/>
        <source>Write this key down and lock it away. It is shown only this once, and it alone gives access back if a password is lost.</source>
        <translation>Notez cette clé et rangez-la sous clé. Elle n&apos;est affichée que cette fois, et elle seule rend l&apos;accès si un mot de passe est perdu.</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="228"/>
        <source>I have &amp;written it down</source>
        <translation>Je l&apos;ai &amp;notée</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="229"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/forms.py" line="355"/>
        <source>Sign in (%1 s)</source>
        <translation>Se connecter (%1 s)</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../app/ui/signin/startup.py" line="131"/>
        <source>Palier: sign in</source>
        <translation>Palier : connexion</translation>
    </message>
    <message>
        <location filename="../app/ui/signin/startup.py" line="138"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>SignalementForm</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="167"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="168"/>
        <source>Save the signalement</source>
        <translation>Enregistrer le signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="169"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="171"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="172"/>
        <source>Back to the list, keeping the draft</source>
        <translation>Retour à la liste, en gardant le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="173"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="174"/>
        <source>Discard this draft</source>
        <translation>Abandonner ce brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="185"/>
        <source>What happened</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="187"/>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="188"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="193"/>
        <source>&amp;Description of the facts</source>
        <translation>&amp;Description des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="198"/>
        <source>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</source>
        <translation>Restez factuel : décrivez ce que vous avez vu ou entendu, sans jugement ni donnée de santé, de religion ou d&apos;origine. La personne concernée peut demander à lire ce texte.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="209"/>
        <source>&amp;How often</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="213"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="216"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="218"/>
        <source>Choose a site…</source>
        <translation>Choisissez un site…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="219"/>
        <source>S&amp;ite</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="221"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="223"/>
        <source>&amp;Entrance or stair</source>
        <translation>&amp;Entrée ou cage d&apos;escalier</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="226"/>
        <location filename="../app/ui/signalements/form.py" line="229"/>
        <location filename="../app/ui/signalements/form.py" line="564"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="227"/>
        <source>&amp;Floor</source>
        <translation>É&amp;tage</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="230"/>
        <source>&amp;Kind of place</source>
        <translation>&amp;Type de lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="233"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="235"/>
        <source>Facts &amp;started</source>
        <translation>Début des &amp;faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="236"/>
        <source>The facts have an end &amp;time</source>
        <translation>Les faits ont une heure de f&amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="240"/>
        <source>Facts ended</source>
        <translation>Fin des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="242"/>
        <source>&amp;Reported on</source>
        <translation>&amp;Signalé le</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="245"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="248"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="250"/>
        <source>Not closed</source>
        <translation>Non clos</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="252"/>
        <source>Reason for &amp;closing</source>
        <translation>&amp;Motif de clôture</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="253"/>
        <source>&amp;Protect my identity</source>
        <translation>&amp;Protéger mon identité</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="255"/>
        <source>The referral sheet will then name the landlord&apos;s security officer as the source, never you.</source>
        <translation>La fiche de signalement citera alors le référent sûreté du bailleur comme source, jamais vous.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="262"/>
        <source>Persons involved (no identity needed)</source>
        <translation>Personnes impliquées (sans identité)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="265"/>
        <source>&amp;Number of persons</source>
        <translation>&amp;Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="267"/>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="269"/>
        <source>&amp;Witnesses (optional)</source>
        <translation>Té&amp;moins (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="272"/>
        <source>Harm</source>
        <translation>Préjudice</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="274"/>
        <source>To people</source>
        <translation>Aux personnes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="276"/>
        <source>To property</source>
        <translation>Aux biens</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="282"/>
        <source>Estimated c&amp;ost</source>
        <translation>&amp;Coût estimé</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="285"/>
        <source>Actions already taken</source>
        <translation>Mesures déjà prises</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="286"/>
        <source>Intervention on the spot</source>
        <translation>Intervention sur place</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="287"/>
        <source>Called the police (17)</source>
        <translation>Appel au 17 (police)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="288"/>
        <source>Town informed</source>
        <translation>Mairie informée</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="292"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="295"/>
        <location filename="../app/ui/signalements/form.py" line="300"/>
        <source>Referrals</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="321"/>
        <source>&amp;Add the referral</source>
        <translation>&amp;Ajouter la transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="322"/>
        <source>Add the referral</source>
        <translation>Ajouter la transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="323"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="324"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="325"/>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="326"/>
        <source>Reference number given</source>
        <translation>Numéro de référence reçu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="338"/>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="449"/>
        <source>New signalement</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="470"/>
        <source>Signalement %1</source>
        <translation>Signalement %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="688"/>
        <source>Draft kept at %1</source>
        <translation>Brouillon conservé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="712"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="752"/>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Certains champs sont à revoir : voir les messages en rouge.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="781"/>
        <source>Wait until the files are added.</source>
        <translation>Attendez la fin de l&apos;ajout des fichiers.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="839"/>
        <source>The signalement could not be saved. Your text is kept as a draft.</source>
        <translation>Le signalement n&apos;a pas pu être enregistré. Votre texte est conservé comme brouillon.</translation>
    </message>
</context>
<context>
    <name>SignalementListModel</name>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="95"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="95"/>
        <source>Date of facts</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="96"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="96"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="97"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="97"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="98"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="98"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_model.py" line="263"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>SignalementListView</name>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="41"/>
        <source>Search the text of the signalements (Ctrl+F)</source>
        <translation>Rechercher dans le texte des signalements (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="42"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="45"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="46"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="49"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="50"/>
        <location filename="../app/ui/signalements/list_view.py" line="174"/>
        <location filename="../app/ui/signalements/list_view.py" line="212"/>
        <source>All buildings</source>
        <translation>Tous les bâtiments</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="54"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="55"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="57"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="58"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="59"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="60"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="61"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="62"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="63"/>
        <source>&amp;New signalement</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="64"/>
        <source>New signalement</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="65"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="68"/>
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="80"/>
        <source>Counts</source>
        <translation>Nombre de signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="82"/>
        <source>Most recent first. Click a column title to sort the results by it.</source>
        <translation>Les plus récents d&apos;abord. Cliquez sur le titre d&apos;une colonne pour trier les résultats.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="84"/>
        <source>Order of the results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="89"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="90"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="91"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="92"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="97"/>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="99"/>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="140"/>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="259"/>
        <source>%1 signalements shown, counting…</source>
        <translation>%1 signalements affichés, comptage en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="261"/>
        <source>%1 shown of %2 signalements</source>
        <translation>%1 affichés sur %2 signalements</translation>
    </message>
</context>
<context>
    <name>SignalementsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="111"/>
        <location filename="../app/ui/signalements/screen.py" line="115"/>
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="147"/>
        <source>A signalement you were writing was not saved (draft of %1). Resume it?</source>
        <translation>Un signalement en cours de saisie n&apos;a pas été enregistré (brouillon du %1). Voulez-vous le reprendre ?</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="150"/>
        <source>%1 other drafts are waiting.</source>
        <translation>%1 autres brouillons attendent.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="224"/>
        <source>Signalement %1 saved.</source>
        <translation>Signalement %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="49"/>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="48"/>
        <source>Difficulty</source>
        <translation>Niveau de difficulté</translation>
    </message>
</context>
<context>
    <name>SitesScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="117"/>
        <location filename="../app/ui/sites/screen.py" line="95"/>
        <location filename="../app/ui/sites/screen.py" line="188"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="112"/>
        <location filename="../app/ui/sites/screen.py" line="123"/>
        <source>Difficulty level</source>
        <translation>Niveau de difficulté</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="114"/>
        <source>Save the &amp;level</source>
        <translation>Enregistrer le &amp;niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="115"/>
        <source>Save the difficulty level</source>
        <translation>Enregistrer le niveau de difficulté</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="116"/>
        <source>Only a security officer or an administrator may change the level.</source>
        <translation>Seul un référent sûreté ou un administrateur peut modifier le niveau.</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="125"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="132"/>
        <location filename="../app/ui/sites/screen.py" line="134"/>
        <location filename="../app/ui/sites/screen.py" line="161"/>
        <source>Buildings and entrances</source>
        <translation>Bâtiments et entrées</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="141"/>
        <source>Recent signalements of the site</source>
        <translation>Signalements récents du site</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="163"/>
        <source>Recent signalements</source>
        <translation>Signalements récents</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="203"/>
        <source>No site yet. Sites are imported from the landlord&apos;s file (palier import sites).</source>
        <translation>Aucun site pour l&apos;instant. Les sites s&apos;importent depuis le fichier du bailleur (palier import sites).</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="255"/>
        <source>Difficulty level saved.</source>
        <translation>Niveau de difficulté enregistré.</translation>
    </message>
</context>
<context>
    <name>SyncAccountBox</name>
    <message>
        <location filename="../app/ui/sync/account.py" line="32"/>
        <source>Sync server</source>
        <translation>Serveur de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="48"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="49"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="55"/>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="56"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="57"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="58"/>
        <source>Sync &amp;every</source>
        <translation>Synchroniser &amp;toutes les</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="78"/>
        <source>Session expired or revoked: type your password again to sign in.</source>
        <translation>Session expirée ou révoquée : saisissez à nouveau votre mot de passe pour vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="93"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="96"/>
        <source>Not signed in: this computer works on its own.</source>
        <translation>Non connecté : ce poste travaille seul.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="98"/>
        <source>Changes waiting on this computer: %1; they leave at the next sign-in.</source>
        <translation>Modifications en attente sur ce poste : %1 ; elles partiront à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="116"/>
        <source>Type the server&apos;s address.</source>
        <translation>Indiquez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="120"/>
        <source>This address is not valid: it starts with https:// (or http://) and the server&apos;s name, as in https://palier.exemple.fr.</source>
        <translation>Cette adresse n&apos;est pas valide : elle commence par https:// (ou http://) suivi du nom du serveur, comme https://palier.exemple.fr.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="124"/>
        <source>Type your login.</source>
        <translation>Indiquez votre identifiant.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="127"/>
        <source>Type your password.</source>
        <translation>Indiquez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="132"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="145"/>
        <source>This address cannot be used: %1</source>
        <translation>Cette adresse est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="149"/>
        <source>Login or password refused.</source>
        <translation>Identifiant ou mot de passe refusé.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="157"/>
        <source>No Palier server answers at this address: check it, and the network.</source>
        <translation>Aucun serveur Palier ne répond à cette adresse : vérifiez-la, ainsi que le réseau.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/account.py" line="165"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
</context>
<context>
    <name>SyncConflictsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="120"/>
        <location filename="../app/ui/sync/screen.py" line="53"/>
        <location filename="../app/ui/sync/screen.py" line="69"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchro</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="55"/>
        <source>Two people changed the same field before syncing. Nothing was lost: the record keeps the value the server received first, the other one waits here. Choose the value that stays; your choice is synced like any change.</source>
        <translation>Deux personnes ont modifié le même champ avant de synchroniser. Rien n&apos;est perdu : la fiche garde la valeur reçue en premier par le serveur, l&apos;autre attend ici. Choisissez la valeur qui reste ; votre choix est synchronisé comme toute modification.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="60"/>
        <location filename="../app/ui/sync/screen.py" line="134"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="61"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="62"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="63"/>
        <location filename="../app/ui/sync/screen.py" line="84"/>
        <location filename="../app/ui/sync/screen.py" line="100"/>
        <location filename="../app/ui/sync/screen.py" line="289"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation type="vanished">Autre valeur venue de</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="64"/>
        <source>Origin of the other</source>
        <translation>Origine de l&apos;autre</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="65"/>
        <location filename="../app/ui/sync/screen.py" line="140"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="81"/>
        <source>No conflict to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="83"/>
        <location filename="../app/ui/sync/screen.py" line="99"/>
        <source>Current value (kept by the server)</source>
        <translation>Valeur actuelle (gardée par le serveur)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="86"/>
        <source>Edited value</source>
        <translation>Valeur modifiée</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="88"/>
        <location filename="../app/ui/sync/screen.py" line="286"/>
        <source>Keep the &amp;current value</source>
        <translation>Garder la valeur &amp;actuelle</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="89"/>
        <source>Keep the &amp;other value</source>
        <translation>Garder l&apos;a&amp;utre valeur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="90"/>
        <source>Keep the &amp;edited text</source>
        <translation>Garder le texte &amp;modifié</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="91"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="107"/>
        <source>Or keep an edited text:</source>
        <translation>Ou garder un texte modifié :</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="125"/>
        <location filename="../app/ui/sync/screen.py" line="144"/>
        <source>Changes refused by the server</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="130"/>
        <source>The server refused these changes of this computer for good; they are kept here. Show them to your administrator.</source>
        <translation>Le serveur a refusé définitivement ces modifications de ce poste ; elles sont conservées ici. Montrez-les à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="135"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="135"/>
        <source>creation</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="136"/>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="137"/>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="139"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="177"/>
        <source>Signalement</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="177"/>
        <source>Neighbour case</source>
        <translation>Affaire de voisinage</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="178"/>
        <source>Welfare watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="178"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="179"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="179"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="185"/>
        <source>outside what this account may change</source>
        <translation>hors de ce que ce compte peut modifier</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="186"/>
        <source>managed on the server only</source>
        <translation>géré sur le serveur seulement</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="187"/>
        <source>refers to a record the server does not know</source>
        <translation>renvoie à une fiche inconnue du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="188"/>
        <source>record unknown to the server</source>
        <translation>fiche inconnue du serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="189"/>
        <source>a value the server does not accept</source>
        <translation>une valeur que le serveur n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="190"/>
        <source>clashes with a record of this computer</source>
        <translation>se heurte à une fiche de ce poste</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="195"/>
        <source>(record deleted)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="196"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="196"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="197"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="197"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="198"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="198"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="199"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="199"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="205"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="207"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="223"/>
        <source>this computer</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="224"/>
        <source>another computer</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="287"/>
        <source>&amp;Accept the deletion</source>
        <translation>&amp;Accepter la suppression</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="290"/>
        <source>Edit made on the deleted record</source>
        <translation>Modification faite sur la fiche supprimée</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="303"/>
        <source>The edited text is empty: type the text to keep, or choose one of the two values.</source>
        <translation>Le texte modifié est vide : saisissez le texte à garder, ou choisissez l&apos;une des deux valeurs.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/screen.py" line="319"/>
        <source>Conflict settled; the choice is being synced.</source>
        <translation>Conflit réglé ; le choix part à la synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="262"/>
        <source>No sync server: sign in from File › Settings.</source>
        <translation>Aucun serveur de synchronisation : connectez-vous dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="298"/>
        <source>%1 is now %2: reference already taken on another computer.</source>
        <translation>%1 devient %2 : référence déjà prise sur un autre poste.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="303"/>
        <source>%1 references already taken on another computer were replaced (see the audit log).</source>
        <translation>%1 références déjà prises sur un autre poste ont été remplacées (voir le journal d&apos;audit).</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="376"/>
        <source>The workspace is still opening.</source>
        <translation>L&apos;espace de travail est encore en cours d&apos;ouverture.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="456"/>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="456"/>
        <source>%1 changes waiting</source>
        <translation>%1 modifications en attente</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="462"/>
        <source>Syncing… %1 received</source>
        <translation>Synchronisation… %1 reçus</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="463"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="465"/>
        <source>Session expired: sign in again</source>
        <translation>Session expirée : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="467"/>
        <source>Sync: signed out</source>
        <translation>Synchro : déconnecté</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="468"/>
        <source>Sync: no server</source>
        <translation>Synchro : aucun serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="472"/>
        <source>Offline, %1</source>
        <translation>Hors ligne, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="473"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="475"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="477"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="483"/>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="484"/>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="486"/>
        <source>1 change refused</source>
        <translation>1 modification refusée</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="487"/>
        <source>%1 changes refused</source>
        <translation>%1 modifications refusées</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="493"/>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="494"/>
        <source>Synced on %1 at %2</source>
        <translation>Synchronisé le %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="504"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/controller.py" line="505"/>
        <source>Ctrl+R: sync now</source>
        <translation>Ctrl+R : synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="109"/>
        <location filename="../app/ui/today/screen.py" line="197"/>
        <location filename="../app/ui/today/screen.py" line="216"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="79"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="80"/>
        <source>Refresh the day</source>
        <translation>Actualiser la journée</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="92"/>
        <location filename="../app/ui/today/screen.py" line="107"/>
        <location filename="../app/ui/today/screen.py" line="114"/>
        <location filename="../app/ui/today/screen.py" line="171"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="97"/>
        <location filename="../app/ui/today/screen.py" line="111"/>
        <location filename="../app/ui/today/screen.py" line="118"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="93"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="95"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="96"/>
        <location filename="../app/ui/today/screen.py" line="110"/>
        <location filename="../app/ui/today/screen.py" line="172"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="99"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="108"/>
        <location filename="../app/ui/today/screen.py" line="116"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="115"/>
        <location filename="../app/ui/today/screen.py" line="133"/>
        <source>Was due</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="121"/>
        <location filename="../app/ui/today/screen.py" line="129"/>
        <location filename="../app/ui/today/screen.py" line="137"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="122"/>
        <location filename="../app/ui/today/screen.py" line="130"/>
        <location filename="../app/ui/today/screen.py" line="140"/>
        <location filename="../app/ui/today/screen.py" line="166"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="123"/>
        <location filename="../app/ui/today/screen.py" line="131"/>
        <source>Step reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="125"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="126"/>
        <location filename="../app/ui/today/screen.py" line="134"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="138"/>
        <source>Date of facts</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="141"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="142"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="155"/>
        <source>By building, entrance and floor</source>
        <translation>Par bâtiment, entrée et étage</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="156"/>
        <source>By building and floor</source>
        <translation>Par bâtiment et étage</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="157"/>
        <source>By due date</source>
        <translation>Par date prévue</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="157"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="159"/>
        <source>Order of the round</source>
        <translation>Ordre de la tournée</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="160"/>
        <source>Record the &amp;check…</source>
        <translation>Enregistrer le &amp;contrôle…</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="161"/>
        <source>Record the selected check</source>
        <translation>Enregistrer le contrôle choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="162"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="163"/>
        <source>Open the &amp;person</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="167"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="168"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="169"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="170"/>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="173"/>
        <source>Due</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="176"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="180"/>
        <source>The day&apos;s round</source>
        <translation>La tournée du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="182"/>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="195"/>
        <source>&amp;Due and late</source>
        <translation>À &amp;faire et en retard</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="196"/>
        <source>&amp;Round</source>
        <translation>&amp;Tournée</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="236"/>
        <source>Welfare checks due today (%1)</source>
        <translation>Contrôles de veille à faire aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="237"/>
        <source>Welfare checks overdue (%1)</source>
        <translation>Contrôles de veille en retard (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="238"/>
        <source>Case steps due today (%1)</source>
        <translation>Étapes de dossiers à faire aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="239"/>
        <source>Case steps late (%1)</source>
        <translation>Étapes de dossiers en retard (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="240"/>
        <source>Signalements waiting for a referral (%1)</source>
        <translation>Signalements en attente de transmission (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="301"/>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="317"/>
        <source>%1 running: everyone on the register is checked at least every %2 days</source>
        <translation>%1 en cours : chaque personne du registre est contactée au moins tous les %2 jours</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="321"/>
        <source>, until %1</source>
        <translation>, jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="328"/>
        <source>Alerts: someone must act now (%1)</source>
        <translation>Alertes : quelqu&apos;un doit agir maintenant (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="334"/>
        <source>No alert: nobody is waiting for an urgent visit.</source>
        <translation>Aucune alerte : personne n&apos;attend de visite urgente.</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="364"/>
        <source>%1 checks today, %2 done</source>
        <translation>%1 contrôles aujourd&apos;hui, %2 faits</translation>
    </message>
    <message>
        <location filename="../app/ui/today/screen.py" line="391"/>
        <source>Check recorded.</source>
        <translation>Contrôle enregistré.</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation type="vanished">Rez-de-chaussée</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="vanished">Étage %1</translation>
    </message>
</context>
<context>
    <name>WelfareScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="115"/>
        <location filename="../app/ui/welfare/screen.py" line="32"/>
        <source>Welfare watch</source>
        <translation>Veille des personnes isolées</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="19"/>
        <source>Resume the registration</source>
        <translation>Reprendre l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="20"/>
        <source>Discard the registration</source>
        <translation>Abandonner l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="48"/>
        <source>A registration on the register was not saved. Resume it?</source>
        <translation>Une inscription au registre n&apos;a pas été enregistrée. La reprendre ?</translation>
    </message>
    <message>
        <location filename="../app/ui/welfare/screen.py" line="66"/>
        <source>The person is on the register.</source>
        <translation>La personne est inscrite au registre.</translation>
    </message>
</context>
</TS>
