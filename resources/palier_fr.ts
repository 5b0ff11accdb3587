<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Crash</name>
    <message>
        <location filename="../app/ui/app.py" line="48"/>
        <source>Palier met a problem</source>
        <translation>Palier a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../app/ui/app.py" line="49"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/app.py" line="192"/>
        <source>Palier stopped unexpectedly last time. A report was kept here: %1</source>
        <translation>Palier s&apos;est arrêté de façon inattendue la dernière fois. Un rapport a été conservé ici : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="102"/>
        <source>Palier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="110"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="154"/>
        <source>&amp;New signalement</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="156"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="158"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="161"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="166"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="167"/>
        <source>&amp;Search the signalements</source>
        <translation>&amp;Rechercher dans les signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="176"/>
        <source>&amp;About Palier</source>
        <translation>&amp;À propos de Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="180"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="181"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="183"/>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="184"/>
        <source>Sync: offline</source>
        <translation>Synchronisation : hors ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="211"/>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="262"/>
        <source>Printing arrives with a follow-up version.</source>
        <translation>L&apos;impression arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="283"/>
        <source>About Palier</source>
        <translation>À propos de Palier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="284"/>
        <source>Palier %1: incident reports, neighbour conflicts and welfare watch for social-housing estate staff.</source>
        <translation>Palier %1 : signalements, troubles de voisinage et veille des personnes isolées, pour le personnel de proximité des bailleurs sociaux.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../app/ui/main_window.py" line="74"/>
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
        <location filename="../app/ui/main_window.py" line="78"/>
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
        <location filename="../app/ui/main_window.py" line="80"/>
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
    <name>ReferralModel</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="92"/>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="93"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="93"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="115"/>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="115"/>
        <source>Recorded on save</source>
        <translation>Enregistrée à l&apos;enregistrement du signalement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="31"/>
        <source>Same as the computer</source>
        <translation>Celle de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="35"/>
        <source>Larger &amp;text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="46"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="47"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nom affiché</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="48"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="49"/>
        <source>&amp;Keep drafts every</source>
        <translation>&amp;Conserver le brouillon toutes les</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="54"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="56"/>
        <source>A new language applies at the next start.</source>
        <translation>Un changement de langue prend effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SignalementForm</name>
    <message>
        <location filename="../app/ui/signalements/form.py" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="166"/>
        <source>Save the signalement</source>
        <translation>Enregistrer le signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="167"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="169"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="170"/>
        <source>Back to the list, keeping the draft</source>
        <translation>Retour à la liste, en gardant le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="171"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="172"/>
        <source>Discard this draft</source>
        <translation>Abandonner ce brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="183"/>
        <source>What happened</source>
        <translation>Les faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="185"/>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="186"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="191"/>
        <source>&amp;Description of the facts</source>
        <translation>&amp;Description des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="196"/>
        <source>Stay factual: describe what you saw or heard, without judgement and without health, religious or origin data. The person concerned may ask to read this text.</source>
        <translation>Restez factuel : décrivez ce que vous avez vu ou entendu, sans jugement ni donnée de santé, de religion ou d&apos;origine. La personne concernée peut demander à lire ce texte.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="207"/>
        <source>&amp;How often</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="211"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="214"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="216"/>
        <source>Choose a site…</source>
        <translation>Choisissez un site…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="217"/>
        <source>S&amp;ite</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="219"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="221"/>
        <source>&amp;Entrance or stair</source>
        <translation>&amp;Entrée ou cage d&apos;escalier</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="224"/>
        <location filename="../app/ui/signalements/form.py" line="227"/>
        <location filename="../app/ui/signalements/form.py" line="577"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="225"/>
        <source>&amp;Floor</source>
        <translation>É&amp;tage</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="228"/>
        <source>&amp;Kind of place</source>
        <translation>&amp;Type de lieu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="231"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="233"/>
        <source>Facts &amp;started</source>
        <translation>Début des &amp;faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="234"/>
        <source>The facts have an end &amp;time</source>
        <translation>Les faits ont une heure de f&amp;in</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="238"/>
        <source>Facts ended</source>
        <translation>Fin des faits</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="240"/>
        <source>&amp;Reported on</source>
        <translation>&amp;Signalé le</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="243"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="246"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="248"/>
        <source>Not closed</source>
        <translation>Non clos</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="250"/>
        <source>Reason for &amp;closing</source>
        <translation>&amp;Motif de clôture</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="251"/>
        <source>&amp;Protect my identity</source>
        <translation>&amp;Protéger mon identité</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="253"/>
        <source>The referral sheet will then name the landlord&apos;s security officer as the source, never you.</source>
        <translation>La fiche de signalement citera alors le référent sûreté du bailleur comme source, jamais vous.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="260"/>
        <source>Persons involved (no identity needed)</source>
        <translation>Personnes impliquées (sans identité)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="263"/>
        <source>&amp;Number of persons</source>
        <translation>&amp;Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="265"/>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="267"/>
        <source>&amp;Witnesses (optional)</source>
        <translation>Té&amp;moins (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="270"/>
        <source>Harm</source>
        <translation>Préjudice</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="272"/>
        <source>To people</source>
        <translation>Aux personnes</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="274"/>
        <source>To property</source>
        <translation>Aux biens</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="280"/>
        <source>Estimated c&amp;ost</source>
        <translation>&amp;Coût estimé</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="283"/>
        <source>Actions already taken</source>
        <translation>Mesures déjà prises</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="284"/>
        <source>Intervention on the spot</source>
        <translation>Intervention sur place</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="285"/>
        <source>Called the police (17)</source>
        <translation>Appel au 17 (police)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="286"/>
        <source>Town informed</source>
        <translation>Mairie informée</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="290"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="293"/>
        <location filename="../app/ui/signalements/form.py" line="298"/>
        <source>Referrals</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="319"/>
        <source>&amp;Add the referral</source>
        <translation>&amp;Ajouter la transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="320"/>
        <source>Add the referral</source>
        <translation>Ajouter la transmission</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="321"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="322"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="323"/>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="324"/>
        <source>Reference number given</source>
        <translation>Numéro de référence reçu</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="336"/>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="459"/>
        <source>New signalement</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="480"/>
        <source>Signalement %1</source>
        <translation>Signalement %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="701"/>
        <source>Draft kept at %1</source>
        <translation>Brouillon conservé à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="725"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="765"/>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Certains champs sont à revoir : voir les messages en rouge.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="794"/>
        <source>Wait until the files are added.</source>
        <translation>Attendez la fin de l&apos;ajout des fichiers.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/form.py" line="847"/>
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
        <location filename="../app/ui/signalements/list_model.py" line="256"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>SignalementListView</name>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="44"/>
        <source>Search the text of the signalements (Ctrl+F)</source>
        <translation>Rechercher dans le texte des signalements (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="45"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="48"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="49"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="52"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="53"/>
        <location filename="../app/ui/signalements/list_view.py" line="195"/>
        <location filename="../app/ui/signalements/list_view.py" line="233"/>
        <source>All buildings</source>
        <translation>Tous les bâtiments</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="57"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="58"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="61"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="62"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="63"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="64"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="65"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="66"/>
        <source>&amp;New signalement</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="67"/>
        <source>New signalement</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="68"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="71"/>
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="95"/>
        <source>Counts</source>
        <translation>Nombre de signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="97"/>
        <source>Most recent first. Click a column title to sort the results by it.</source>
        <translation>Les plus récents d&apos;abord. Cliquez sur le titre d&apos;une colonne pour trier les résultats.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="99"/>
        <source>Order of the results</source>
        <translation>Ordre des résultats</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="104"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="105"/>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="106"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="107"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="112"/>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="114"/>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="160"/>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="280"/>
        <source>%1 signalements shown, counting…</source>
        <translation>%1 signalements affichés, comptage en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/list_view.py" line="282"/>
        <source>%1 shown of %2 signalements</source>
        <translation>%1 affichés sur %2 signalements</translation>
    </message>
</context>
<context>
    <name>SignalementsScreen</name>
    <message>
        <location filename="../app/ui/main_window.py" line="76"/>
        <location filename="../app/ui/signalements/screen.py" line="115"/>
        <source>Signalements</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="129"/>
        <source>A signalement you were writing was not saved (draft of %1). Resume it?</source>
        <translation>Un signalement en cours de saisie n&apos;a pas été enregistré (brouillon du %1). Voulez-vous le reprendre ?</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="132"/>
        <source>%1 other drafts are waiting.</source>
        <translation>%1 autres brouillons attendent.</translation>
    </message>
    <message>
        <location filename="../app/ui/signalements/screen.py" line="206"/>
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
        <location filename="../app/ui/main_window.py" line="82"/>
        <location filename="../app/ui/sites/screen.py" line="95"/>
        <location filename="../app/ui/sites/screen.py" line="182"/>
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
        <location filename="../app/ui/sites/screen.py" line="197"/>
        <source>No site yet. Sites are imported from the landlord&apos;s file (palier import sites).</source>
        <translation>Aucun site pour l&apos;instant. Les sites s&apos;importent depuis le fichier du bailleur (palier import sites).</translation>
    </message>
    <message>
        <location filename="../app/ui/sites/screen.py" line="249"/>
        <source>Difficulty level saved.</source>
        <translation>Niveau de difficulté enregistré.</translation>
    </message>
</context>
</TS>
