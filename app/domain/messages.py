"""User-visible messages of the non-Qt layers (validation, importer, CLI), French first.

The Qt screens use Qt Linguist files; the domain, the services and the CLI cannot import
Qt, so their messages live in this one catalogue. A test checks that each has both
languages and the same placeholders in each.
"""

from __future__ import annotations

import locale
import os

MESSAGES: dict[str, tuple[str, str]] = {
    # Validation
    "required": ("Ce champ est obligatoire.", "This field is required."),
    "unknown_code": ("Valeur inconnue : « {value} ».", "Unknown value: '{value}'."),
    "unknown_site": ("Site inconnu : « {value} ».", "Unknown site: '{value}'."),
    "unknown_record": ("Enregistrement introuvable : {value}.", "Record not found: {value}."),
    "place_mismatch": (
        "Ce lieu n'appartient pas au site choisi.",
        "This place does not belong to the chosen site.",
    ),
    "end_before_start": (
        "La fin des faits ne peut pas précéder leur début.",
        "The end of the facts cannot be before their start.",
    ),
    "report_before_facts": (
        "Le signalement ne peut pas précéder le début des faits.",
        "The report cannot be earlier than the start of the facts.",
    ),
    "in_future": ("Cette date est dans le futur.", "This date is in the future."),
    "too_long": (
        "Texte trop long : {length} caractères pour {limit} au plus.",
        "Text too long: {length} characters, at most {limit}.",
    ),
    "not_negative": ("La valeur ne peut pas être négative.", "The value cannot be negative."),
    "closing_reason_needed": (
        "Indiquez le motif de clôture.",
        "Give the reason for closing.",
    ),
    "closing_reason_only_when_closed": (
        "Un motif de clôture n'a de sens que pour un signalement clos.",
        "A closing reason only applies to a closed report.",
    ),
    "bad_status_move": (
        "Passage impossible de « {old} » à « {new} ».",
        "Cannot move from '{old}' to '{new}'.",
    ),
    "level_range": (
        "Le niveau doit être 1 à 4 ou vert, jaune, orange, rouge.",
        "The level must be 1 to 4 or green, yellow, orange, red.",
    ),
    "stale_version": (
        "Cet enregistrement a été modifié entre-temps (version {current}, vous aviez la {expected}).",
        "This record was changed meanwhile (version {current}, you had {expected}).",
    ),
    "deleted_record": ("Cet enregistrement a été supprimé.", "This record has been deleted."),
    "duplicate_value": ("« {value} » existe déjà.", "'{value}' already exists."),
    "sensitive_word": (
        "Attention : « {word} » ressemble à une donnée sensible (santé, religion, origine). "
        "Restez factuel : la personne concernée peut lire ce texte.",
        "Careful: '{word}' looks like sensitive data (health, religion, origin). Stay "
        "factual: the person concerned may read this text.",
    ),
    # Privacy: review flags, retention and the purge, a person's file
    "perm_officer_only": (
        "Réservé au référent sûreté.",
        "For the security officer only.",
    ),
    "retention_kind_signalements": ("Signalements clos", "Closed signalements"),
    "retention_kind_conflict_cases": ("Dossiers de voisinage clos", "Closed conflict cases"),
    "retention_kind_welfare_checks": ("Appels et visites de la veille",
                                      "Welfare checks"),
    "retention_kind_welfare_entries": ("Inscriptions au registre (sorties)",
                                       "Register entries (left)"),
    "retention_kind_drafts": ("Brouillons", "Drafts"),
    "retention_kind_audit": ("Journal d'audit", "Audit trail"),
    "cli_purge_done": ("Purge faite :", "Purge done:"),
    "cli_purge_dry_run": ("Purge à blanc (rien n'est modifié) :",
                          "Dry run (nothing is changed):"),
    "cli_purge_line": ("  {label} : {count}", "  {label}: {count}"),
    "cli_retention_line": ("  {kind:<16} {days:>5} jours  {label}",
                           "  {kind:<16} {days:>5} days  {label}"),
    "cli_retention_welfare": (
        "  Inscriptions au registre : selon la règle du bailleur (« Conservation après "
        "sortie du registre »).",
        "  Register entries: the landlord's rule ('Kept after leaving the register').",
    ),
    "cli_retention_set": ("Conservation de « {kind} » : {days} jours.",
                          "Retention of '{kind}': {days} days."),
    "help_purge": ("appliquer les durées de conservation (suppression ou anonymisation)",
                   "apply the retention periods (delete or anonymise)"),
    "help_purge_dry_run": ("compter sans rien modifier", "count without changing anything"),
    "help_retention": ("afficher ou régler une durée de conservation",
                       "show or set a retention period"),
    "help_retention_days": ("nombre de jours", "number of days"),
    "help_person": ("le dossier d'une personne : export (droit d'accès) ou effacement",
                    "a person's file: export (right of access) or erasure"),
    "help_person_export": ("exporter tout ce qui concerne une personne (JSON ou PDF)",
                           "export everything about one person (JSON or PDF)"),
    "help_person_erase": ("effacer ou anonymiser une personne",
                          "erase or anonymise one person"),
    "help_person_id": ("identifiant de la personne", "the person's id"),
    "help_person_name": ("« NOM Prénom » au lieu de l'identifiant",
                         "'SURNAME First name' instead of the id"),
    "help_person_anonymise": ("garder les enregistrements, sans l'identité",
                              "keep the records, without the identity"),
    "help_person_output": ("fichier à écrire : JSON, ou PDF lisible si son nom finit par .pdf",
                           "file to write: JSON, or a readable PDF when its name ends in .pdf"),
    "person_not_found": ("Personne introuvable : « {value} ».", "No such person: '{value}'."),
    "person_ambiguous": (
        "Plusieurs personnes répondent à « {value} » : {ids}. Donnez l'identifiant.",
        "Several people match '{value}': {ids}. Give the id.",
    ),
    "person_id_or_name": ("Donnez l'identifiant de la personne ou --name.",
                          "Give the person's id or --name."),
    "cli_person_exported": (
        "Dossier exporté : {path} ({count} enregistrements).",
        "File exported: {path} ({count} records).",
    ),
    "cli_person_erased": (
        "Personne effacée : {count} enregistrements modifiés, {flagged} à relire par le "
        "référent sûreté (texte libre).",
        "Person erased: {count} records changed, {flagged} for the security officer to "
        "review (free text).",
    ),
    "cli_person_anonymised": (
        "Personne anonymisée : {count} enregistrements modifiés, {flagged} à relire par le "
        "référent sûreté (texte libre).",
        "Person anonymised: {count} records changed, {flagged} for the security officer to "
        "review (free text).",
    ),
    # A person's file as a PDF (app/reports/person_file.py)
    "pf_title": ('Dossier de la personne', "Person's file"),
    "pf_subtitle": (
        "Droit d'accès : tout ce que l'espace de travail contient sur {name}",
        'Right of access: everything the workspace holds about {name}',
    ),
    "pf_note": (
        "À relire avant remise : les textes libres peuvent nommer d'autres personnes.",
        'Read before handing over: free text may name other people.',
    ),
    "pf_person": ('Personne', 'Person'),
    "pf_household": ('Ménage et logement', 'Household and dwelling'),
    "pf_cases": ('Dossiers de troubles de voisinage', 'Neighbour-conflict cases'),
    "pf_signalements": ('Signalements', 'Incident reports (signalements)'),
    "pf_welfare": ('Veille (registre)', 'Welfare watch (register)'),
    "pf_audit": ("Journal d'audit", 'Audit trail'),
    "pf_none": ('Aucun.', 'None.'),
    "pf_last_name": ('Nom', 'Surname'),
    "pf_first_name": ('Prénom', 'First name'),
    "pf_phone": ('Téléphone', 'Phone'),
    "pf_age_band": ("Tranche d'âge", 'Age band'),
    "pf_is_head": ('Chef de ménage', 'Head of household'),
    "pf_created_at": ('Créé le', 'Created'),
    "pf_updated_at": ('Modifié le', 'Updated'),
    "pf_name": ('Nom du ménage', 'Household name'),
    "pf_move_in_date": ('Entrée dans les lieux', 'Moved in'),
    "pf_dwelling": ('Logement', 'Dwelling'),
    "pf_members": ('Membres', 'Members'),
    "pf_reference": ('Référence', 'Reference'),
    "pf_nature_label": ('Nature du trouble', 'Kind of disturbance'),
    "pf_status_label": ('Statut', 'Status'),
    "pf_opened_on": ('Ouvert le', 'Opened'),
    "pf_closed_on": ('Clos le', 'Closed'),
    "pf_summary": ('Résumé', 'Summary'),
    "pf_why": ('Lien', 'Link'),
    "pf_role": ('Rôle', 'Role'),
    "pf_steps": ('Étapes', 'Steps'),
    "pf_mediation_sessions": ('Médiations', 'Mediation sessions'),
    "pf_category_label": ('Catégorie', 'Category'),
    "pf_facts_start": ('Début des faits', 'Facts from'),
    "pf_reported_at": ('Signalé le', 'Reported'),
    "pf_description": ('Description des faits', 'Description of the facts'),
    "pf_persons_description": ('Personnes en cause', 'Persons involved'),
    "pf_witnesses": ('Témoins', 'Witnesses'),
    "pf_harm_people": ('Atteintes aux personnes', 'Harm to people'),
    "pf_harm_property": ('Atteintes aux biens', 'Harm to property'),
    "pf_actions_notes": ('Déjà fait', 'Already done'),
    "pf_referrals": ('Transmissions', 'Referrals'),
    "pf_consent_on": ('Accord le', 'Consent on'),
    "pf_consent_method": ('Accord donné', 'Consent given'),
    "pf_consent_given_by": ('Accord donné par', 'Consent given by'),
    "pf_home_care": ('Aide à domicile', 'Home care'),
    "pf_frequency_days": ('Fréquence (jours)', 'Frequency (days)'),
    "pf_priority": ('Priorité', 'Priority'),
    "pf_active": ('Inscrit', 'On the register'),
    "pf_left_on": ('Sorti le', 'Left on'),
    "pf_contacts": ('Personnes à prévenir', 'Contacts'),
    "pf_checks": ('Appels et visites', 'Checks'),
    "pf_alerts": ('Alertes', 'Alerts'),
    "pf_why_party": ('partie au dossier', 'party to the case'),
    "pf_why_case": ('lié à un dossier de la personne', "linked to one of the person's cases"),
    "pf_why_mention": (
        'le texte la nomme (recherche sur le nom)',
        'its text names the person (search on the name)',
    ),
    # Importer
    "import_missing_column": ("colonne manquante « {column} »", "missing column '{column}'"),
    "import_unknown_column": (
        "colonne « {column} » inconnue dans le fichier de correspondance",
        "column '{column}' in the mapping file is not a known column",
    ),
    "import_bad_date": (
        "date invalide « {value} » (attendu jj/mm/aaaa)",
        "invalid date '{value}' (expected dd/mm/yyyy)",
    ),
    "import_bad_level": (
        "niveau invalide « {value} » (1 à 4 ou vert, jaune, orange, rouge)",
        "invalid level '{value}' (1 to 4 or green, yellow, orange, red)",
    ),
    "import_bad_postcode": ("code postal invalide « {value} »", "invalid postcode '{value}'"),
    "import_bad_floor": ("étage invalide « {value} »", "invalid floor '{value}'"),
    "import_bad_phone": ("téléphone invalide « {value} »", "invalid phone number '{value}'"),
    "import_empty": ("valeur vide pour « {column} »", "empty value for '{column}'"),
    "import_unknown_site": ("site inconnu « {value} »", "unknown site '{value}'"),
    "import_duplicate_key": (
        "clé « {value} » en double (déjà ligne {first})",
        "duplicate key '{value}' (already on line {first})",
    ),
    "import_wrong_field_count": (
        "{found} champs au lieu de {expected}",
        "{found} fields instead of {expected}",
    ),
    "import_no_rows": ("le fichier ne contient aucune ligne de données", "the file has no data rows"),
    "import_unreadable": (
        "fichier illisible : encodage non reconnu (UTF-8 ou Windows-1252 attendu)",
        "unreadable file: unknown encoding (UTF-8 or Windows-1252 expected)",
    ),
    "import_bad_map": (
        "fichier de correspondance invalide : {reason}",
        "invalid mapping file: {reason}",
    ),
    "import_landlord_conflict": (
        "le site « {value} » appartient déjà au bailleur « {owner} »",
        "site '{value}' already belongs to landlord '{owner}'",
    ),
    "import_too_long": (
        "valeur trop longue pour « {column} » ({length} caractères, {limit} au plus)",
        "value too long for '{column}' ({length} characters, at most {limit})",
    ),
    # Import / export
    "import_duplicate_column": (
        "colonne « {column} » présente plusieurs fois",
        "column '{column}' appears more than once",
    ),
    "import_dwelling_other_landlord": (
        "le logement « {value} » appartient déjà au bailleur « {owner} »",
        "dwelling '{value}' already belongs to landlord '{owner}'",
    ),
    "import_bad_line": (
        "ligne illisible (guillemets mal fermés ou valeur démesurée)",
        "unreadable line (unbalanced quotes or an oversized value)",
    ),
    # CLI
    "cli_line_error": ("ligne {line} : {reason}", "line {line}: {reason}"),
    "cli_import_refused": (
        "Import refusé : {count} erreur(s), rien n'a été importé.",
        "Import refused: {count} error(s), nothing was imported.",
    ),
    "cli_import_done": (
        "{created} créé(s), {updated} mis à jour, {unchanged} inchangé(s).",
        "{created} created, {updated} updated, {unchanged} unchanged.",
    ),
    "cli_import_dry_run": (
        "Simulation : {created} à créer, {updated} à mettre à jour, {unchanged} inchangé(s). Rien n'a été écrit.",
        "Dry run: {created} to create, {updated} to update, {unchanged} unchanged. Nothing was written.",
    ),
    "cli_file_not_found": ("Fichier introuvable : {path}", "File not found: {path}"),
    "cli_workspace": ("Espace de travail : {path}", "Workspace: {path}"),
    "cli_demo_done": (
        "Données de démonstration créées : {signalements} signalements, {cases} dossiers de voisinage, {welfare} personnes au registre.",
        "Demo data created: {signalements} incident reports, {cases} neighbour cases, {welfare} people on the register.",
    ),
    "cli_check_ok": ("Vérification réussie : aucun problème.", "Check passed: no problem found."),
    "cli_check_failed": (
        "Vérification échouée : {count} problème(s).",
        "Check failed: {count} problem(s).",
    ),
    "cli_export_done": (
        "{count} ligne(s) exportée(s) vers {path}",
        "{count} row(s) exported to {path}",
    ),
    "cli_cannot_write": ("Écriture impossible : {path} ({reason})", "Cannot write: {path} ({reason})"),
    "cli_records_positive": (
        "--records doit être un entier positif ou nul.",
        "--records must be a non-negative integer.",
    ),
    "cli_workspace_newer": (
        "Cet espace de travail vient d'une version plus récente de Palier ({revision}). Mettez Palier à jour.",
        "This workspace comes from a newer Palier ({revision}). Please update Palier.",
    ),
    "cli_workspace_unreadable": (
        "Espace de travail illisible : {path} ({reason})",
        "Unreadable workspace: {path} ({reason})",
    ),
    "cli_backup_made": (
        "Espace de travail mis à jour ; copie de l'ancienne version : {path}",
        "Workspace upgraded; copy of the previous version: {path}",
    ),
    # Integrity check findings
    "check_integrity": ("Intégrité SQLite : {detail}", "SQLite integrity: {detail}"),
    "check_foreign_key": (
        "Référence cassée dans {table} (ligne {rowid}) vers {parent}",
        "Broken reference in {table} (row {rowid}) to {parent}",
    ),
    "check_fts": (
        "Index de recherche désynchronisé pour {table} : {detail}",
        "Search index out of step for {table}: {detail}",
    ),
    "check_invariant": ("{table} {record} : {detail}", "{table} {record}: {detail}"),
    "check_closed_without_reason": ("clos sans motif", "closed without a reason"),
    "check_reason_not_closed": ("motif de clôture alors qu'il n'est pas clos", "closing reason while not closed"),
    "check_end_before_start": ("fin des faits avant le début", "end of facts before start"),
    "check_place_mismatch": ("lieu incohérent avec le site", "place inconsistent with the site"),
    "check_bad_code": ("code inconnu « {value} » pour {column}", "unknown code '{value}' for {column}"),
    "check_bad_version": ("numéro de version invalide", "invalid version number"),
    "check_schema": (
        "Schéma pas à jour : {current} au lieu de {head}",
        "Schema not up to date: {current} instead of {head}",
    ),
    "check_left_but_active": (
        "sorti du registre mais encore actif",
        "left the register but still active",
    ),
    "check_no_complaint_step": (
        "dossier sans étape « plainte enregistrée »",
        "case without a 'complaint recorded' step",
    ),
    # Attachments
    "attachment_too_large": (
        "Fichier trop lourd : {size} Mo pour {limit} Mo au plus.",
        "File too large: {size} MB, at most {limit} MB.",
    ),
    "attachment_bad_type": (
        "Type de fichier non accepté : « {name} ». Formats acceptés : {accepted}.",
        "File type not accepted: '{name}'. Accepted formats: {accepted}.",
    ),
    "attachment_empty": ("Le fichier « {name} » est vide.", "The file '{name}' is empty."),
    # Conflicts and welfare
    "step_skip_needs_reason": (
        "Passer de « {current} » à « {new} » saute des étapes de la procédure : indiquez le motif.",
        "Going from '{current}' to '{new}' skips steps of the procedure: give the reason.",
    ),
    "step_back_needs_reason": (
        "Revenir de « {current} » à « {new} » redescend la procédure : indiquez le motif.",
        "Going back from '{current}' to '{new}' steps down the procedure: give the reason.",
    ),
    "case_closed": (
        "Ce dossier est clos depuis le {date}.",
        "This case was closed on {date}.",
    ),
    "before_opening": (
        "Cette date précède l'ouverture du dossier ({date}).",
        "This date is before the case was opened ({date}).",
    ),
    "due_before_taken": (
        "L'échéance ne peut pas précéder la date de l'étape.",
        "The deadline cannot be before the date of the step.",
    ),
    "party_both_sides": (
        "Un même ménage ne peut pas être à la fois plaignant et mis en cause.",
        "The same household cannot be both complainant and respondent.",
    ),
    "mediation_consent_needed": (
        "La médiation externe ({kind}) exige l'accord écrit des deux parties.",
        "External mediation ({kind}) needs the written consent of both parties.",
    ),
    "days_range": (
        "Indiquez un nombre de jours entre {low} et {high}.",
        "Give a number of days between {low} and {high}.",
    ),
    "consent_given_by_needed": (
        "Indiquez qui a donné l'accord pour la personne.",
        "Say who gave consent on the person's behalf.",
    ),
    "entry_left": (
        "Cette personne a quitté le registre le {date}.",
        "This person left the register on {date}.",
    ),
    "left_before_consent": (
        "La sortie du registre ne peut pas précéder l'inscription ({date}).",
        "Leaving the register cannot be before joining it ({date}).",
    ),
    "plan_end_before_start": (
        "La fin du plan ne peut pas précéder son début.",
        "The plan cannot end before it starts.",
    ),
    # CLI help
    "help_description": (
        "Palier : signalements, troubles de voisinage et veille des personnes isolées.",
        "Palier: incident reports, neighbour conflicts and the welfare watch of isolated tenants.",
    ),
    "help_data_dir": (
        "dossier de l'espace de travail (sinon PALIER_DATA_DIR, sinon le dossier de données de l'utilisateur)",
        "workspace folder (else PALIER_DATA_DIR, else the user's data folder)",
    ),
    "help_lang": ("langue de l'interface", "interface language"),
    "help_gui": ("ouvrir l'application (par défaut)", "open the desktop app (the default)"),
    "help_demo": ("créer ou compléter un espace de démonstration", "create or fill a demo workspace"),
    "help_records": ("nombre de signalements à créer (2000 par défaut)", "number of incident reports to create (2000 by default)"),
    "help_seed": ("graine du générateur : même graine, mêmes données", "generator seed: same seed, same data"),
    "help_import": ("importer des sites ou des ménages (CSV du bailleur)", "import sites or households (the landlord's CSV)"),
    "help_dry_run": ("vérifier sans rien écrire", "check without writing anything"),
    "help_map": (
        "fichier de correspondance des colonnes (colonne_fichier;colonne_palier)",
        "column mapping file (colonne_fichier;colonne_palier)",
    ),
    "help_export": ("exporter en CSV ou JSON", "export as CSV or JSON"),
    "help_output": ("fichier de sortie (sinon la sortie standard)", "output file (else standard output)"),
    "help_check": ("vérifier l'intégrité de l'espace de travail", "check the workspace's integrity"),
    "help_selfcheck": (
        "vérifier l'installation (traductions, polices, PDF, SQLite) ; affiche du JSON",
        "check the installation (translations, fonts, PDF, SQLite); prints JSON"),
    "help_selfcheck_pdf": ("écrire aussi une page PDF de test dans FICHIER",
                           "also write a one-page test PDF to FILE"),
    "help_screen": ("écran affiché à l'ouverture", "screen shown at start"),
    "help_quit_after": ("quitter après ce délai (tests, captures)", "quit after this delay (tests, screenshots)"),
    "help_screenshot": ("capturer la fenêtre juste avant de quitter", "grab the window just before quitting"),
    # Reports
    "rpt_fonts_missing": (
        "Polices DejaVu Sans introuvables (cherchées dans : {dirs}). Réinstallez Palier ou "
        "installez le paquet fonts-dejavu-core.",
        "DejaVu Sans fonts not found (looked in: {dirs}). Reinstall Palier or install the "
        "fonts-dejavu-core package.",
    ),
    "rpt_date_at_time": ("{date} à {time}", "{date} at {time}"),
    "rpt_ground_floor": ("rez-de-chaussée", "ground floor"),
    "rpt_basement": ("sous-sol {n}", "basement {n}"),
    "rpt_floor_first": ("1er étage", "1st floor"),
    "rpt_floor_n": ("{n}e étage", "floor {n}"),
    "rpt_yes": ("oui", "yes"),
    "rpt_no": ("non", "no"),
    "rpt_page_of": ("page {page}/{total}", "page {page} of {total}"),
    "rpt_confidential": ("Confidentiel — diffusion restreinte", "Confidential — restricted circulation"),
    "rpt_footer": ("{doc} · édité le {printed} avec Palier", "{doc} · printed on {printed} with Palier"),
    "rpt_redacted": ("[identité protégée]", "[identity withheld]"),
    "rpt_logo_bad": (
        "Le logo doit être une image PNG ou JPEG de moins de 2 Mo.",
        "The logo must be a PNG or JPEG image under 2 MB.",
    ),
    "rpt_template_unknown_field": (
        "Champ de fusion inconnu : {field}. Champs possibles : {known}.",
        "Unknown merge field: {field}. Known fields: {known}.",
    ),
    "rpt_template_braces": (
        "Accolades mal fermées : un champ de fusion s'écrit {{{{nom}}}}, sans autre accolade.",
        "Unbalanced braces: a merge field is written {{{{name}}}}, with no other brace.",
    ),
    "rpt_template_subject_one_line": ("L'objet tient sur une seule ligne.", "The subject is a single line."),
    "rpt_field_date": ("date du courrier", "date of the letter"),
    "rpt_field_reference": ("référence du dossier (VOI-…)", "case reference (VOI-…)"),
    "rpt_field_recipient": ("nom du ménage destinataire", "name of the addressee household"),
    "rpt_field_dwelling_address": ("adresse du logement, sur une ligne", "address of the dwelling, on one line"),
    "rpt_field_residence": ("nom de la résidence", "name of the residence"),
    "rpt_field_nature": ("nature des troubles", "nature of the disturbance"),
    "rpt_field_facts": ("résumé des faits du dossier", "summary of the case's facts"),
    "rpt_field_opened_on": ("date d'ouverture du dossier", "date the case was opened"),
    "rpt_field_earlier_steps": (
        "démarches déjà faites (« notre rappel au règlement du … »)",
        "steps already taken ('our rules reminder of …')",
    ),
    "rpt_field_deadline": ("date limite donnée au locataire", "deadline given to the tenant"),
    "rpt_field_meeting": ("date et heure du rendez-vous (convocation)", "date and time of the meeting (summons)"),
    "rpt_field_landlord": ("nom du bailleur", "name of the landlord"),
    "rpt_field_landlord_address": ("adresse du bailleur", "address of the landlord"),
    "rpt_field_landlord_phone": ("téléphone du bailleur", "phone of the landlord"),
    "rpt_field_signatory": ("nom du signataire", "name of the signatory"),
    "rpt_field_signatory_title": ("fonction du signataire", "title of the signatory"),
    "rpt_file_sheet": ("fiche-signalement", "referral-sheet"),
    "rpt_sheet_title": ("Fiche de signalement", "Referral sheet"),
    "rpt_sheet_title_ref": ("Fiche de signalement {reference}", "Referral sheet {reference}"),
    "rpt_sheet_subject": ("Signalement : {category}, {site}", "Incident report: {category}, {site}"),
    "rpt_issued_on": ("Établie le {date}", "Issued on {date}"),
    "rpt_category": ("Catégorie", "Category"),
    "rpt_facts_start": ("Début des faits", "Start of the facts"),
    "rpt_facts_end": ("Fin des faits", "End of the facts"),
    "rpt_reported_at": ("Signalé le", "Reported on"),
    "rpt_severity": ("Gravité", "Severity"),
    "rpt_status": ("Statut", "Status"),
    "rpt_recurrence": ("Récurrence", "Recurrence"),
    "rpt_description": ("Description", "Account of the facts"),
    "rpt_section_place": ("1. Lieu", "1. Place"),
    "rpt_section_facts": ("2. Faits", "2. Facts"),
    "rpt_section_persons": ("3. Personnes en cause et témoins", "3. Persons involved and witnesses"),
    "rpt_section_harm": ("4. Préjudice", "4. Harm"),
    "rpt_section_photos": ("5. Photos", "5. Pictures"),
    "rpt_section_actions": ("6. Actions déjà menées", "6. Actions already taken"),
    "rpt_section_earlier": (
        "7. Signalements antérieurs transmis pour le même lieu",
        "7. Earlier referrals about the same place",
    ),
    "rpt_section_source": ("8. Émetteur et contact", "8. Source and contact"),
    "rpt_site": ("Site", "Estate"),
    "rpt_address": ("Adresse", "Address"),
    "rpt_precise_place": ("Bâtiment, entrée, étage", "Building, entrance, floor"),
    "rpt_location_kind": ("Type de lieu", "Kind of place"),
    "rpt_persons_count": ("Nombre de personnes", "Number of persons"),
    "rpt_persons_description": ("Description", "Appearance"),
    "rpt_witnesses": ("Témoins", "Witnesses"),
    "rpt_not_stated": ("non précisé", "not stated"),
    "rpt_none_stated": ("aucun indiqué", "none stated"),
    "rpt_no_witness": ("aucun témoin indiqué", "no witness stated"),
    "rpt_harm_people": ("Aux personnes", "To people"),
    "rpt_harm_property": ("Aux biens", "To property"),
    "rpt_estimated_cost": ("Coût estimé", "Estimated cost"),
    "rpt_no_photo": ("Aucune photo jointe.", "No photo attached."),
    "rpt_other_attachments": (
        "Autres pièces jointes non reproduites ici : {count}.",
        "Other attachments not reproduced here: {count}.",
    ),
    "rpt_photo_n": ("Photo {n}", "Picture {n}"),
    "rpt_action_intervention": ("Intervention sur place", "Intervention on site"),
    "rpt_action_called_17": ("Appel au 17 (police secours)", "Call to 17 (police)"),
    "rpt_action_town": ("Mairie informée", "Town informed"),
    "rpt_actions_notes": ("Précisions", "Details"),
    "rpt_referrals_of_this": ("Transmissions de ce signalement", "Referrals of this report"),
    "rpt_col_date": ("Date", "Day"),
    "rpt_col_recipient": ("Destinataire", "Recipient"),
    "rpt_col_channel": ("Canal", "Channel"),
    "rpt_col_their_number": ("Leur référence", "Their reference"),
    "rpt_col_facts_date": ("Faits du", "Facts on"),
    "rpt_col_reference": ("Référence", "Reference"),
    "rpt_col_category": ("Catégorie", "Category"),
    "rpt_col_place": ("Lieu", "Place"),
    "rpt_col_referred": ("Transmis à", "Referred to"),
    "rpt_their_number": ("réf. {number}", "ref. {number}"),
    "rpt_no_earlier": (
        "Aucun signalement antérieur transmis pour ce lieu.",
        "No earlier report about this place was referred.",
    ),
    "rpt_source": ("Émetteur", "Source"),
    "rpt_source_landlord": ("{landlord}, représenté par {name}, {role}", "{landlord}, represented by {name}, {role}"),
    "rpt_protected_note": (
        "Conformément à la convention entre le bailleur et les forces de l'ordre, l'identité "
        "de l'agent à l'origine de ce signalement n'est pas communiquée. Toute demande passe "
        "par le contact ci-dessous.",
        "As the convention between the landlord and the police provides, the identity of the "
        "staff member who made this report is withheld. Any request goes through the contact "
        "below.",
    ),
    "rpt_reported_by": ("Signalé par", "Reported by"),
    "rpt_landlord_contact": ("Contact chez le bailleur", "Landlord's contact"),
    "rpt_phone": ("Téléphone", "Phone"),
    "rpt_email": ("Courriel", "E-mail"),
    "rpt_file_letter": ("courrier", "letter"),
    "rpt_letter_title": ("{kind} — dossier {reference}", "{kind} — case {reference}"),
    "rpt_letter_place_date": ("{place}, le {date}", "{place}, {date}"),
    "rpt_letter_reference": ("Réf. :", "Ref.:"),
    "rpt_letter_subject": ("Objet :", "Subject:"),
    "rpt_letter_registered": ("Lettre recommandée avec accusé de réception", "Registered letter with acknowledgement of receipt"),
    "rpt_letter_to": ("Madame, Monsieur {name}", "Mr or Mrs {name}"),
    "rpt_door": ("porte {door}", "door {door}"),
    "rpt_letter_not_party": (
        "Ce ménage n'est pas partie au dossier.",
        "This household is not a party to the case.",
    ),
    "rpt_letter_no_respondent": (
        "Ce dossier n'a pas de mis en cause : à qui adresser le courrier ?",
        "This case has no respondent: whom should the letter go to?",
    ),
    "rpt_meeting_on": ("le {date}", "on {date}"),
    "rpt_meeting_tbd": (
        "à la date que nous vous proposerons par téléphone",
        "on a date we will suggest to you by phone",
    ),
    "rpt_steps_verbal": ("le rappel qui vous a été fait oralement le {date}", "the verbal reminder of {date}"),
    "rpt_steps_reminder": ("notre rappel au règlement du {date}", "our reminder of the rules of {date}"),
    "rpt_steps_summons": ("notre convocation du {date}", "our invitation to a meeting of {date}"),
    "rpt_steps_mediation": ("la médiation du {date}", "the mediation of {date}"),
    "rpt_steps_none": ("nos précédentes démarches", "our earlier steps"),
    "rpt_and": ("{first} et {last}", "{first} and {last}"),
    # Follow-ups
    "step_override_manager_only": (
        "Seul un référent sûreté ou un administrateur peut passer de « {current} » à « {new} » "
        "hors de l'ordre de la procédure.",
        "Only a security officer or an administrator may go from '{current}' to '{new}' out "
        "of the procedure's order.",
    ),
    "case_closed_no_step": (
        "Ce dossier est clos : aucune étape ne peut plus y être ajoutée.",
        "This case is closed: no step can be added to it.",
    ),
    "mediation_excluded": (
        "La médiation externe n'est pas possible dans ce dossier : {reasons}. Une médiation "
        "interne reste possible.",
        "External mediation is not possible in this case: {reasons}. Internal mediation "
        "remains possible.",
    ),
    "mediation_exclusions_unanswered": (
        "Avant une médiation externe, répondez aux questions d'exclusion : {reasons}.",
        "Before external mediation, answer the exclusion questions: {reasons}.",
    ),
    "rules_manager_only": (
        "Seul un référent sûreté ou un administrateur peut changer les délais du bailleur.",
        "Only a security officer or an administrator may change the landlord's deadlines.",
    ),
    "no_open_alert": (
        "Aucune alerte n'est en cours pour cette personne.",
        "There is no open alert for this person.",
    ),
    "rpt_file_round": ("tournee-veille", "welfare-round"),
    "rpt_round_title": ("Tournée de veille du {date}", "Welfare round of {date}"),
    "rpt_round_heading": ("Tournée de veille", "Welfare round"),
    "rpt_round_summary": (
        "Personnes à contacter : {count}, dont {late} en retard et {urgent} à voir en priorité.",
        "People to contact: {count}, of whom {late} overdue and {urgent} to see first.",
    ),
    "rpt_round_plan": (
        "en cours depuis le {since}{until} : un contrôle au moins tous les {days} jours.",
        "running since {since}{until}: one check at least every {days} days.",
    ),
    "rpt_round_plan_until": (" et jusqu'au {date}", " until {date}"),
    "rpt_round_destroy": (
        "Document nominatif : à garder sur soi pendant la tournée, puis à détruire une fois "
        "les résultats saisis dans Palier.",
        "Personal data: keep it on you during the round, then destroy it once the results "
        "are entered in Palier.",
    ),
    "rpt_round_nobody": ("Aucun contrôle à faire ce jour.", "No check is due that day."),
    "rpt_round_alone": ("vit seul(e)", "lives alone"),
    "rpt_round_due": ("prévu le {date}", "due on {date}"),
    "rpt_round_late": ("(en retard de {days} j)", "({days} d overdue)"),
    "rpt_round_last": ("Dernier contrôle : {date}, {outcome}", "Last check: {date}, {outcome}"),
    "rpt_round_never": ("Aucun contrôle encore fait.", "No check done yet."),
    "rpt_round_home_care": ("Aide à domicile : {care}", "Home care: {care}"),
    "rpt_round_escalate": (
        "Non joint(e) deux fois de suite : passer à son domicile aujourd'hui.",
        "Not reached twice in a row: go to the home today.",
    ),
    "rpt_round_priority": ("Priorité {label}", "{label} priority"),
    "rpt_round_how": ("Comment", "How"),
    "rpt_round_time": ("Heure :", "Time:"),
    "rpt_round_outcome": ("Résultat", "Outcome"),
    "rpt_round_follow_up": ("Suite", "Follow-up"),
    "rpt_round_notes": ("Notes", "Remarks"),
    "rpt_file_case": ("dossier", "case-file"),
    "rpt_staff": ("personnel du bailleur", "landlord's staff"),
    "rpt_case_heading": ("Dossier de voisinage", "Neighbour case file"),
    "rpt_case_title_ref": ("Dossier de troubles de voisinage {reference}", "Neighbour-conflict case file {reference}"),
    "rpt_case_subject": ("Troubles de voisinage : {nature}, {site}", "Neighbour conflict: {nature}, {site}"),
    "rpt_case_closed_on": ("{status} le {date} ({reason})", "{status} on {date} ({reason})"),
    "rpt_case_nature": ("Nature des troubles", "Nature of the disturbance"),
    "rpt_case_opened": ("Ouvert le", "Opened on"),
    "rpt_case_current_step": ("Étape de la procédure", "Procedure step"),
    "rpt_case_next_due": ("Prochaine échéance", "Next deadline"),
    "rpt_case_summary": ("Résumé des faits", "Summary of the facts"),
    "rpt_case_parties": ("1. Parties", "1. Parties to the case"),
    "rpt_case_chronology": ("2. Chronologie", "2. Chronology"),
    "rpt_case_steps": ("3. Étapes de la procédure", "3. Procedure steps"),
    "rpt_case_sessions": ("4. Médiations", "4. Mediation sessions"),
    "rpt_case_signalements": ("5. Signalements liés", "5. Linked incident reports"),
    "rpt_case_letters": ("6. Courriers édités", "6. Letters printed"),
    "rpt_case_by": ("Par", "By"),
    "rpt_case_outcome": ("Résultat", "Outcome"),
    "rpt_case_override": ("Motif de l'écart à la procédure", "Reason for departing from the ladder"),
    "rpt_case_participants": ("Participants", "Who took part"),
    "rpt_case_agreement": ("Accord", "Agreement"),
    "rpt_case_consent": ("Consentement écrit", "Written consent"),
    "rpt_case_consents": ("plaignant : {complainant}, mis en cause : {respondent}", "complainant: {complainant}, respondent: {respondent}"),
    "rpt_case_no_session": ("Aucune médiation.", "No mediation session."),
    "rpt_case_no_signalement": ("Aucun signalement lié.", "No linked incident report."),
    "rpt_case_no_letter": ("Aucun courrier édité avec Palier.", "No letter printed with Palier."),
    "rpt_case_event_signalement": ("Signalement {reference}", "Incident report {reference}"),
    "rpt_case_event_referral": ("Transmis : {recipient}", "Referred: {recipient}"),
    "rpt_case_event_letter": ("Courrier : {kind}", "Letter: {kind}"),
    "rpt_col_role": ("Qualité", "Role"),
    "rpt_col_household": ("Ménage", "Household"),
    "rpt_col_dwelling": ("Logement", "Dwelling"),
    "rpt_col_event": ("Étape ou événement", "Step or event"),
    "rpt_col_detail": ("Détail", "Detail"),
    "rpt_col_printed": ("Édité le", "Printed on"),
    "rpt_col_letter": ("Courrier", "Letter"),
    "rpt_col_addressees": ("Destinataires", "Addressees"),
    "rpt_period_reversed": ("La fin de la période précède son début.", "The period ends before it starts."),
    "rpt_file_activity": ("rapport-activite", "activity-report"),
    "rpt_file_list": ("liste", "list"),
    "rpt_list_count": ("{count} ligne(s) · état au {printed}", "{count} row(s) · as of {printed}"),
    "rpt_list_empty": ("La liste est vide.", "The list is empty."),
    "rpt_activity_heading": ("Rapport d'activité", "Activity report"),
    "rpt_activity_title_dates": ("Rapport d'activité du {start} au {end}", "Activity report {start} to {end}"),
    "rpt_activity_for": (
        "Conseil local de sécurité et de prévention de la délinquance",
        "Local crime and disorder prevention council",
    ),
    "rpt_activity_banner": (
        "Diffusion restreinte — ne pas transmettre à des tiers",
        "Restricted circulation — not to be passed on to third parties",
    ),
    "rpt_activity_period": ("Période du {start} au {end}", "Period from {start} to {end}"),
    "rpt_activity_all_sites": ("tous les sites ({count})", "every site ({count})"),
    "rpt_activity_sites": ("Sites : {sites}.", "Sites: {sites}."),
    "rpt_activity_compared": (
        "Évolutions calculées par rapport à la période précédente de même durée, du {start} au {end}.",
        "Trends against the previous period of the same length, {start} to {end}.",
    ),
    "rpt_activity_privacy": (
        "Ce rapport ne contient aucune donnée personnelle : uniquement des effectifs. Les "
        "effectifs de 1 à 4 sont affichés « < 5 », y compris dans les graphiques, afin que "
        "personne ne puisse être reconnu ; aucune évolution n'est calculée sur ces effectifs.",
        "This report holds no personal data: counts only. Counts from 1 to 4 are shown as "
        "'< 5', charts included, so that no one can be recognised; no trend is computed from them.",
    ),
    "rpt_activity_kf_signalements": ("signalements", "incident reports"),
    "rpt_activity_kf_referred": ("signalements transmis à la police ou au parquet", "reports referred to the police or the prosecutor"),
    "rpt_activity_kf_cases": ("dossiers de voisinage ouverts", "neighbour cases opened"),
    "rpt_activity_kf_checks": ("contrôles de veille effectués", "welfare checks carried out"),
    "rpt_activity_vs_before": ("{trend} par rapport à la période précédente", "{trend} against the previous period"),
    "rpt_activity_by_month": ("1. Signalements par mois", "1. Incident reports by month"),
    "rpt_activity_by_category": ("2. Signalements par catégorie", "2. Incident reports by category"),
    "rpt_activity_by_site": ("3. Signalements par site", "3. Incident reports by site"),
    "rpt_activity_site_month": ("Par site et par mois", "By site and month"),
    "rpt_activity_welfare": ("4. Veille des personnes isolées", "4. Welfare watch"),
    "rpt_activity_conflicts": ("5. Troubles de voisinage", "5. Neighbour conflicts"),
    "rpt_activity_col_now": ("Période", "Period"),
    "rpt_activity_col_before": ("Précédente", "Previous"),
    "rpt_activity_col_trend": ("Évolution", "Trend"),
    "rpt_activity_col_code": ("Code", "Site code"),
    "rpt_activity_col_level": ("Niveau", "Level"),
    "rpt_activity_total": ("Total", "Overall"),
    "rpt_activity_none": ("Aucun signalement sur la période.", "No incident report in the period."),
    "rpt_activity_register_end": ("Inscrits au registre le {date}", "On the register on {date}"),
    "rpt_activity_joined": ("Inscriptions sur la période", "Joined in the period"),
    "rpt_activity_left": ("Sorties du registre", "Left the register"),
    "rpt_activity_checks": ("Contrôles : {outcome}", "Checks: {outcome}"),
    "rpt_activity_follow_up": ("Suite : {kind}", "Follow-up: {kind}"),
    "rpt_activity_plan": ("{kind} : du {start} au {end}.", "{kind}: {start} to {end}."),
    "rpt_activity_ongoing": ("en cours", "ongoing"),
    "rpt_activity_opened": ("Dossiers ouverts : {nature}", "Cases opened: {nature}"),
    "rpt_activity_open_end": ("Dossiers en cours le {date}", "Cases open on {date}"),
    "rpt_activity_closed": ("Dossiers clos : {reason}", "Cases closed: {reason}"),
    "rpt_activity_steps": ("Étapes : {step}", "Steps: {step}"),
    "rpt_activity_sessions": ("Médiations : {kind}", "Mediation: {kind}"),
    "rpt_activity_withheld": ("n.d.", "n/a"),
    "rpt_activity_withheld_note": (
        "n.d. : non diffusé. Cet effectif, qui n'est pas petit, est tu pour qu'un effectif "
        "masqué ne puisse pas être retrouvé par soustraction à partir d'un total.",
        "n/a: withheld. This count, which is not small, is withheld so that a masked count "
        "cannot be worked out by subtraction from a total.",
    ),
    "cli_report_done": (
        "« {title} » : {pages} page(s) écrite(s) dans {path}",
        "'{title}': {pages} page(s) written to {path}",
    ),
    "cli_report_bad_date": ("date invalide « {value} » (attendu AAAA-MM-JJ)", "invalid date '{value}' (expected YYYY-MM-DD)"),
    "cli_report_bad_datetime": (
        "date et heure invalides « {value} » (attendu AAAA-MM-JJ HH:MM)",
        "invalid date and time '{value}' (expected YYYY-MM-DD HH:MM)",
    ),
    "help_report": ("éditer un document PDF (fiche, courrier, tournée, dossier, rapport)", "print a PDF document (sheet, letter, round, case file, report)"),
    "help_report_sheet": ("fiche de signalement pour la police ou le parquet", "referral sheet for the police or the prosecutor"),
    "help_report_sig_id": ("identifiant ou référence (SIG-…) du signalement", "id or reference (SIG-…) of the incident report"),
    "help_report_letter": ("courrier de la procédure graduée à un dossier de voisinage", "letter of the graduated procedure for a neighbour case"),
    "help_report_case_id": ("identifiant ou référence (VOI-…) du dossier", "id or reference (VOI-…) of the case"),
    "help_report_kind": (
        "rappel au règlement (reminder), convocation (summons) ou mise en demeure (notice)",
        "rules reminder, summons or formal notice",
    ),
    "help_report_meeting": ("date et heure du rendez-vous (convocation)", "date and time of the meeting (summons)"),
    "help_report_deadline": ("date limite donnée au locataire (sinon l'échéance du dossier, ou 15 jours)", "deadline given to the tenant (else the case's, or 15 days)"),
    "help_report_round": ("tournée de veille du jour, à cocher", "the day's welfare round, to tick"),
    "help_report_round_date": ("jour de la tournée (aujourd'hui par défaut)", "day of the round (today by default)"),
    "help_report_sites": ("codes des sites (tous par défaut)", "site codes (every site by default)"),
    "help_report_case": ("dossier complet d'un trouble de voisinage, pour le tribunal", "full neighbour-case file, for the court"),
    "help_report_activity": ("rapport d'activité pour le CLSPD, sans donnée personnelle", "activity report for the safety council, no personal data"),
    "help_report_from": ("premier jour de la période", "first day of the period"),
    "help_report_to": ("dernier jour de la période", "last day of the period"),
    "help_report_output": ("fichier PDF à écrire (sinon un nom tiré de la référence)", "PDF file to write (else a name made from the reference)"),
    "help_report_password": ("protéger le PDF par ce mot de passe (AES-256), pour un envoi par courriel", "protect the PDF with this password (AES-256), for sending by e-mail"),
    # Sync
    "help_server": (
        "serveur central de synchronisation (sans ACTION : le démarrer)",
        "central sync server (without ACTION: start it)"),
    "help_server_db": (
        "base du serveur : URL PostgreSQL ou fichier SQLite (défaut : server.sqlite3 dans --data)",
        "server database: PostgreSQL URL or SQLite file (default: server.sqlite3 in --data)"),
    "help_server_data": ("dossier des données du serveur", "server data folder"),
    "help_server_host": ("adresse d'écoute", "address to listen on"),
    "help_server_port": ("port d'écoute", "port to listen on"),
    "help_server_tls": ("certificat ou clé TLS (sinon, un proxy inverse chiffre)",
                        "TLS certificate or key (otherwise a reverse proxy encrypts)"),
    "help_server_org": ("gérer les organisations", "manage organisations"),
    "help_server_org_add": ("créer une organisation", "create an organisation"),
    "help_server_user": ("gérer les comptes", "manage accounts"),
    "help_server_user_add": ("créer un compte", "create an account"),
    "help_server_user_disable": ("désactiver un compte (ses jetons sont révoqués)",
                                 "disable an account (its tokens are revoked)"),
    "help_server_sites": ("codes des sites d'un gardien, séparés par des virgules",
                          "a caretaker's site codes, comma-separated"),
    "help_server_name": ("nom affiché", "display name"),
    "help_server_password_stdin": ("lire le mot de passe sur l'entrée standard",
                                   "read the password from standard input"),
    "help_server_share": ("partager une affaire ou un signalement avec une organisation",
                          "share a case or a signalement with an organisation"),
    "help_server_revoke": ("retirer le partage", "withdraw the share"),
    "help_server_purge": ("purger les suppressions plus anciennes que N jours",
                          "purge deletions older than N days"),
    "help_sync": ("synchroniser avec le serveur central", "sync with the central server"),
    "help_sync_server": ("adresse du serveur (retenue après la première connexion)",
                         "server address (remembered after the first sign-in)"),
    "srv_listening": ("Serveur Palier sur {url} (base : {db})", "Palier server on {url} (database: {db})"),
    "srv_org_added": ("Organisation « {name} » créée ({id}).", "Organisation '{name}' created ({id})."),
    "srv_org_unknown": ("Organisation inconnue : « {name} ».", "Unknown organisation: '{name}'."),
    "srv_user_added": ("Compte « {login} » créé : {role} chez {org} ({id}).",
                       "Account '{login}' created: {role} at {org} ({id})."),
    "srv_user_unknown": ("Compte inconnu : « {login} ».", "Unknown account: '{login}'."),
    "srv_user_disabled": ("Compte « {login} » désactivé ; ses jetons sont révoqués.",
                          "Account '{login}' disabled; its tokens are revoked."),
    "srv_site_unknown": ("Site inconnu chez {org} : « {code} » (synchronisez d'abord ses sites).",
                         "Unknown site at {org}: '{code}' (sync its sites first)."),
    "srv_password_short": ("Mot de passe trop court : 8 caractères au moins.",
                           "Password too short: at least 8 characters."),
    "srv_share_done": ("{id} est partagé avec {org}.", "{id} is shared with {org}."),
    "srv_share_revoked": ("Le partage de {id} avec {org} est retiré.",
                          "The share of {id} with {org} is withdrawn."),
    "srv_share_unknown": ("Aucune affaire ni aucun signalement « {id} » sur le serveur.",
                          "No case or signalement '{id}' on the server."),
    "help_server_token_days": (
        "durée de validité d'une connexion d'appareil, en jours (0 : illimitée ; défaut 30)",
        "how long a device's sign-in lasts, in days (0: for ever; default 30)"),
    "help_server_device": ("gérer les appareils connectés d'un compte",
                           "manage an account's signed-in devices"),
    "help_server_device_list": ("lister les appareils d'un compte et l'état de leur connexion",
                                "list an account's devices and the state of their sign-in"),
    "help_server_device_revoke": (
        "déconnecter un appareil (ou tous) sans désactiver le compte",
        "sign a device (or all of them) out without disabling the account"),
    "help_server_device_id": ("l'identifiant de l'appareil (sinon : tous)",
                              "the device's id (otherwise: all of them)"),
    "help_server_sign_ins": ("les tentatives de connexion enregistrées, les plus récentes d'abord",
                             "the recorded sign-in attempts, newest first"),
    "help_server_failed": ("seulement les échecs", "failures only"),
    "srv_bad_setting": ("Réglage du serveur invalide : {setting}", "Invalid server setting: {setting}"),
    "srv_device_unknown": ("Aucune connexion active de l'appareil « {device} » pour « {login} ».",
                           "No live sign-in of device '{device}' for '{login}'."),
    "srv_devices_revoked": ("« {login} » : {count} connexion(s) d'appareil révoquée(s).",
                            "'{login}': {count} device sign-in(s) revoked."),
    "srv_device_active": ("valide", "active"),
    "srv_device_revoked": ("révoquée", "revoked"),
    "srv_device_expired": ("expirée", "expired"),
    "srv_purged": ("{count} suppression(s) de plus de {days} jours purgée(s).",
                   "{count} deletion(s) older than {days} days purged."),
    "import_not_own_landlord": (
        "bailleur « {value} » : cet espace est connecté au serveur, il n'importe que pour votre organisation",
        "landlord '{value}': this workspace is signed in to a server and imports for your organisation only"),
    "import_not_own_site": (
        "site « {value} » : cet espace est connecté au serveur, il n'importe que sur vos sites",
        "site '{value}': this workspace is signed in to a server and imports on your sites only"),
    "sync_login_prompt": ("Identifiant : ", "Login: "),
    "sync_password_prompt": ("Mot de passe : ", "Password: "),
    "sync_no_server": (
        "Aucun serveur connu : indiquez-le avec --server URL.",
        "No server known: give it with --server URL."),
    "sync_bad_credentials": ("Identifiant ou mot de passe refusé.", "Login or password refused."),
    "sync_credentials_needed": (
        "Identifiant et mot de passe nécessaires : PALIER_USER et PALIER_PASSWORD, ou au clavier.",
        "Login and password needed: PALIER_USER and PALIER_PASSWORD, or typed in."),
    "sync_signed_out": (
        "Session expirée ou révoquée : relancez la synchronisation pour vous reconnecter.",
        "Session expired or revoked: sync again to sign in."),
    "sync_token_expired": (
        "Votre connexion au serveur a expiré : reconnectez-vous avec votre identifiant et "
        "votre mot de passe. Vos modifications restent en attente sur ce poste.",
        "Your sign-in to the server has expired: sign in again with your login and password. "
        "Your changes stay queued on this computer."),
    "sync_throttled": (
        "Trop de tentatives de connexion refusées : réessayez dans {seconds} s.",
        "Too many refused sign-ins: try again in {seconds} s."),
    "sync_locked": (
        "Compte bloqué après trop de mots de passe erronés : réessayez dans {minutes} min, "
        "ou demandez à l'administrateur du serveur.",
        "Account locked after too many wrong passwords: try again in {minutes} min, or ask "
        "the server's administrator."),
    "sync_client_too_old": (
        "Le serveur demande une version plus récente de Palier : mettez Palier à jour. "
        "Vos modifications restent en attente sur ce poste.",
        "The server needs a newer Palier: please update. Your changes stay queued on this "
        "computer."),
    "sync_server_too_old": (
        "Le serveur est plus ancien que ce poste : il doit être mis à jour. Vos modifications "
        "restent en attente.",
        "The server is older than this computer: it must be updated. Your changes stay queued."),
    "sync_unreachable": (
        "Serveur injoignable ({reason}). Vos modifications restent en attente ; réessayez plus tard.",
        "Server unreachable ({reason}). Your changes stay queued; try again later."),
    "sync_server_error": ("Le serveur a répondu {status} : {reason}.",
                          "The server answered {status}: {reason}."),
    "sync_busy": ("Une synchronisation de cet espace est déjà en cours.",
                  "A sync of this workspace is already running."),
    "sync_sent": ("Envoyé : {count} modification(s).", "Sent: {count} change(s)."),
    "sync_received": ("Reçu : {count} enregistrement(s), {removed} retiré(s).",
                      "Received: {count} record(s), {removed} removed."),
    "sync_conflicts": (
        "{count} conflit(s) à examiner : deux personnes ont changé le même champ.",
        "{count} conflict(s) to review: two people changed the same field."),
    "sync_conflict_line": ("Conflit : {entity} {id}, champ « {field} » : gardé {kept}, autre valeur {other}.",
                           "Conflict: {entity} {id}, field '{field}': kept {kept}, other value {other}."),
    "sync_rejected": (
        "{count} modification(s) refusée(s) par le serveur, conservée(s) pour examen.",
        "{count} change(s) refused by the server, kept for review."),
    "sync_renamed_line": (
        "Référence {old} déjà prise sur un autre poste : ce dossier s'appelle désormais {new}.",
        "Reference {old} was already taken on another computer: this record is now {new}."),
    "sync_rejected_line": ("Refusé : {entity} {id} ({code}) : {reason}",
                           "Refused: {entity} {id} ({code}): {reason}"),
    # Security
    "check_audit_gap": (
        "Journal d'audit : entrée(s) manquante(s) avant l'entrée n° {seq} ({entry}).",
        "Audit trail: entry or entries missing before entry no. {seq} ({entry}).",
    ),
    "check_audit_link": (
        "Journal d'audit : le chaînage est rompu à l'entrée n° {seq} ({entry}) ;"
        " une entrée a été supprimée ou insérée avant elle.",
        "Audit trail: the chain is broken at entry no. {seq} ({entry});"
        " an entry was removed or inserted before it.",
    ),
    "check_audit_altered": (
        "Journal d'audit : l'entrée n° {seq} ({entry}) a été modifiée après son écriture.",
        "Audit trail: entry no. {seq} ({entry}) was altered after it was written.",
    ),
    "audit_system_user": ("Système (sans utilisateur)", "System (no user)"),
    "period_reversed": (
        "La fin de la période ne peut pas précéder son début.",
        "The end of the period cannot be before its start.",
    ),
    "cannot_write_file": ("Écriture impossible : {path} ({reason})",
                          "Cannot write: {path} ({reason})"),
    "perm_denied": (
        "Action non autorisée pour votre rôle.",
        "This action is not allowed for your role.",
    ),
    "perm_partner_indicators": (
        "Un partenaire ne consulte que les indicateurs, jamais un dossier nominatif.",
        "A partner sees indicators only, never a personal record.",
    ),
    "perm_admin_only": (
        "Réservé à l'administrateur de votre organisation.",
        "Reserved for your organisation's administrator.",
    ),
    "perm_admin_no_records": (
        "L'administrateur gère les utilisateurs et les réglages, pas les dossiers.",
        "The administrator manages users and settings, not records.",
    ),
    "perm_other_org": (
        "Cet enregistrement appartient à une autre organisation.",
        "This record belongs to another organisation.",
    ),
    "perm_other_site": (
        "Cet enregistrement concerne un site qui ne vous est pas attribué.",
        "This record concerns a site that is not assigned to you.",
    ),
    "perm_mediator_cases": (
        "Un médiateur n'accède qu'aux dossiers de troubles de voisinage.",
        "A mediator only has access to neighbour-conflict cases.",
    ),
    "perm_not_shared": (
        "Ce dossier n'est pas partagé avec votre équipe.",
        "This case is not shared with your team.",
    ),
    "sign_in_refused": (
        "Identifiant ou mot de passe incorrect.",
        "Wrong login or password.",
    ),
    "recovery_refused": (
        "Clé de secours incorrecte.",
        "Wrong recovery key.",
    ),
    "key_file_unreadable": (
        "Fichier de clés illisible : {path}.",
        "Unreadable key file: {path}.",
    ),
    "key_file_exists": (
        "Cet espace a déjà un fichier de clés : {path}.",
        "This workspace already has a key file: {path}.",
    ),
    "check_cipher": (
        "Chiffrement : page altérée ou illisible ({detail}).",
        "Encryption: a page was altered or cannot be read ({detail}).",
    ),
    "workspace_locked": (
        "Cet espace de travail est chiffré : connectez-vous pour l'ouvrir ({path}).",
        "This workspace is encrypted: sign in to open it ({path}).",
    ),
    "workspace_not_encrypted": (
        "Cet espace de travail n'est pas chiffré ; il ne s'ouvre pas avec une clé ({path}).",
        "This workspace is not encrypted; it does not open with a key ({path}).",
    ),
    "workspace_key_wrong": (
        "La clé de cet espace de travail ne l'ouvre pas : fichier de clés et base ne vont"
        " pas ensemble ({path}).",
        "The key of this workspace does not open it: the key file and the database do not"
        " belong together ({path}).",
    ),
    "workspace_not_set_up": (
        "Aucun compte n'est encore créé dans cet espace de travail ({path}).",
        "No account has been created in this workspace yet ({path}).",
    ),
    "sign_in_wait": (
        "Trop d'essais : patientez {seconds} s avant de réessayer.",
        "Too many attempts: wait {seconds} s before trying again.",
    ),
    "sign_in_next_attempt": (
        "Nouvel essai possible dans {seconds} s.",
        "You can try again in {seconds} s.",
    ),
    "login_invalid": (
        "Identifiant invalide : 60 caractères au plus, sans espace au début ni à la fin,"
        " sans « : ».",
        "Invalid login: at most 60 characters, no leading or trailing space, no ':'.",
    ),
    "login_taken": (
        "L'identifiant « {login} » existe déjà dans cet espace de travail.",
        "The login '{login}' already exists in this workspace.",
    ),
    "password_too_short": (
        "Le mot de passe doit compter au moins 8 caractères.",
        "The password must be at least 8 characters long.",
    ),
    "password_mismatch": (
        "Les deux mots de passe ne sont pas identiques.",
        "The two passwords are not the same.",
    ),
    "cli_sign_in_needed": (
        "Connexion nécessaire : définissez PALIER_USER et PALIER_PASSWORD, ou lancez la"
        " commande dans un terminal pour les saisir.",
        "Sign-in needed: set PALIER_USER and PALIER_PASSWORD, or run the command in a"
        " terminal to type them.",
    ),
    "cli_prompt_login": ("Identifiant : ", "Login: "),
    "cli_prompt_password": ("Mot de passe : ", "Password: "),
    "cli_prompt_new_password": ("Nouveau mot de passe : ", "New password: "),
    "cli_prompt_confirm": ("Confirmez le mot de passe : ", "Confirm the password: "),
    "cli_prompt_recovery": ("Clé de secours : ", "Recovery key: "),
    "cli_set_up_done": (
        "Espace de travail chiffré créé ; compte « {login} ».",
        "Encrypted workspace created; account '{login}'.",
    ),
    "cli_encrypted_done": (
        "Espace de travail chiffré (avec ses sauvegardes) ; compte « {login} ».",
        "Workspace encrypted (with its backups); account '{login}'.",
    ),
    "cli_recovery_key": (
        "CLÉ DE SECOURS, affichée une seule fois : {recovery}\n"
        "Notez-la et rangez-la sous clé : elle seule permet de retrouver l'accès si un mot"
        " de passe est perdu.",
        "RECOVERY KEY, shown only once: {recovery}\n"
        "Write it down and lock it away: it alone restores access if a password is lost.",
    ),
    "cli_plain_workspace": (
        "Attention : cet espace de travail n'est pas chiffré. Chiffrez-le avec"
        " « palier encrypt ».",
        "Warning: this workspace is not encrypted. Encrypt it with 'palier encrypt'.",
    ),
    "cli_demo_credentials": (
        "Comptes de démonstration (mot de passe « {password} » pour tous) :",
        "Demo accounts (password '{password}' for all):",
    ),
    "cli_demo_account": ("  {login:<20} rôle : {role}", "  {login:<20} role: {role}"),
    "cli_account_added": ("Compte « {login} » ajouté.", "Account '{login}' added."),
    "cli_password_changed": ("Mot de passe changé.", "Password changed."),
    "cli_recovered": (
        "Nouveau mot de passe enregistré pour « {login} ».",
        "New password saved for '{login}'.",
    ),
    "help_account": ("les comptes locaux de l'espace de travail",
                     "the workspace's local accounts"),
    "help_account_add": ("ajouter un compte (réservé à l'administration de l'espace)",
                         "add an account (workspace administration only)"),
    "help_password_stdin": ("lire le mot de passe sur l'entrée standard",
                            "read the password from standard input"),
    "help_account_passwd": ("changer son mot de passe", "change one's password"),
    "help_account_recover": ("nouveau mot de passe avec la clé de secours",
                             "a new password with the recovery key"),
    "help_encrypt": ("chiffrer un espace de travail créé avant le chiffrement",
                     "encrypt a workspace made before encryption"),
    "cli_account_system": ("administration de l'espace (tous les droits)",
                           "workspace administration (all rights)"),
}

_language = "fr"


def detect_language() -> str:
    """French unless the environment clearly asks for English."""
    for var in ("PALIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "fr"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang == "en" else "fr"


def language() -> str:
    return _language


def msg(key: str, **values: object) -> str:
    fr, en = MESSAGES[key]
    return (en if _language == "en" else fr).format(**values)
