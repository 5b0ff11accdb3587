"""The CSV importer: formats it accepts, every error it gives, and re-import as update."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.messages import msg, set_language
from app.models import (
    AuditEntry,
    Building,
    Dwelling,
    Entrance,
    Household,
    Organisation,
    Person,
    Site,
    User,
)
from app.services.base import Actor
from app.services.imports import ImportRefused, ImportService, LineError
from app.services.places import PlaceService

SITES = "code_site;nom;adresse;code_postal;ville;bailleur;niveau"
HOUSEHOLDS = "code_site;batiment;entree;etage;porte;reference_logement;nom;prenom;telephone;date_entree"
TABLES = ("organisations", "sites", "buildings", "entrances", "dwellings", "households",
          "persons", "audit_entries")


def write(tmp_path, text: str, name: str = "data.csv", encoding: str = "utf-8",
          newline: str = "\r\n"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def snapshot(ws) -> dict[str, list]:
    with ws.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in TABLES}


def refused(ws, run, *args, **kwargs) -> list[LineError]:
    """Run an import that must be refused; check that it wrote nothing; return its errors."""
    before = snapshot(ws)
    with pytest.raises(ImportRefused) as caught:
        run(*args, **kwargs)
    assert snapshot(ws) == before
    return caught.value.errors


@pytest.fixture
def importer(workspace):
    return ImportService(workspace)


def live(ws, model):
    with ws.session() as s:
        return list(s.scalars(select(model).where(model.deleted_at.is_(None))))


def sites_by_code(ws) -> dict[str, Site]:
    return {site.code: site for site in live(ws, Site)}


# Sites: what is accepted -------------------------------------------------------------


def test_sites_created_with_landlord_found_or_created(importer, workspace, landlord_site, tmp_path):
    org = landlord_site[0]
    path = write(tmp_path, f"{SITES}\n"
                 "VS02;Résidence Les Ormes;2 rue des Ormes;93100;Montreuil;HABITAT VAL DE SEINE;vert\n"
                 "VS03;Les Cèdres;;;;habitat val-de-séine;Jaune\n"
                 "LG01;Le Parc;;75011;Paris;Logirep;ORANGE\n"
                 "LG02;La Tour;;;;logirep;rouge\n"
                 "LG03;Le Mail;;;;Logirep;4\n")
    report = importer.import_sites(path)
    assert (report.created, report.updated, report.unchanged) == (5, 0, 0)
    sites = sites_by_code(workspace)
    # 'HABITAT VAL DE SEINE' is not the same name (no hyphens): a new landlord, like Logirep.
    assert sites["VS03"].landlord_id == org
    assert sites["VS02"].landlord_id != org
    assert sites["LG01"].landlord_id == sites["LG02"].landlord_id == sites["LG03"].landlord_id
    assert {s.code: s.difficulty for s in sites.values()} == {
        "VS01": 2, "VS02": 1, "VS03": 2, "LG01": 3, "LG02": 4, "LG03": 4}
    assert sites["LG01"].org_id == sites["LG01"].landlord_id
    assert (sites["VS02"].address, sites["VS02"].postcode, sites["VS02"].city) == (
        "2 rue des Ormes", "93100", "Montreuil")
    orgs = {o.name: o for o in live(workspace, Organisation)}
    assert orgs["Logirep"].kind == "landlord" and orgs["Logirep"].org_id == orgs["Logirep"].id
    assert set(orgs) == {"Habitat Val-de-Seine", "HABITAT VAL DE SEINE", "Logirep"}


def test_level_accepts_digits_colours_and_full_labels(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{SITES}\n"
                 "A1;A;;;;Habitat Val-de-Seine;1\n"
                 "A2;B;;;;Habitat Val-de-Seine;Red\n"
                 "A3;C;;;;Habitat Val-de-Seine;Orange : délinquance avérée ou économie parallèle\n"
                 "A4;D;;;;Habitat Val-de-Seine;\n")
    importer.import_sites(path)
    assert {c: s.difficulty for c, s in sites_by_code(workspace).items()} == {
        "VS01": 2, "A1": 1, "A2": 4, "A3": 3, "A4": 1}


def test_empty_landlord_uses_the_only_landlord_and_keeps_an_existing_one(
        importer, workspace, landlord_site, tmp_path):
    org = landlord_site[0]
    path = write(tmp_path, f"{SITES}\nVS01;Résidence Les Tilleuls;;93100;Montreuil-sur-Marne;;\n"
                 "VS09;Nouvelle résidence;;;;;\n")
    report = importer.import_sites(path)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 1)
    sites = sites_by_code(workspace)
    assert sites["VS09"].landlord_id == org
    assert sites["VS01"].difficulty == 2  # an empty level keeps the assessment


def test_empty_landlord_of_a_new_site_is_the_acting_organisation(workspace, landlord_site,
                                                                 tmp_path):
    other = PlaceService(workspace).create_organisation("Logirep", "landlord")
    importer = ImportService(workspace, Actor(org_id=other))
    importer.import_sites(write(tmp_path, f"{SITES}\nLG09;Nouvelle résidence;;;;;\n"))
    assert sites_by_code(workspace)["LG09"].landlord_id == other


@pytest.mark.parametrize("separator", [";", ","])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_separators_and_encodings(importer, workspace, tmp_path, separator, encoding):
    rows = [SITES, "EG01;Résidence Les Églantiers;12 allée Çà-et-là;94200;Ivry-sur-Seine;"
                   "Société Française d'HLM;orange"]
    path = write(tmp_path, "\n".join(r.replace(";", separator) for r in rows) + "\n",
                 encoding=encoding)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert importer.import_sites(path).created == 1
    site = sites_by_code(workspace)["EG01"]
    assert (site.name, site.address, site.city, site.difficulty) == (
        "Résidence Les Églantiers", "12 allée Çà-et-là", "Ivry-sur-Seine", 3)
    assert [o.name for o in live(workspace, Organisation)] == ["Société Française d'HLM"]


def test_quoted_values_keep_their_separator_and_line_endings_may_be_lf(importer, workspace,
                                                                       tmp_path):
    path = write(tmp_path, f'{SITES}\nQ1;"Les Lilas; bâtiment neuf";"1, rue ""Haute""";;;Bailleur;\n',
                 newline="\n")
    importer.import_sites(path)
    site = sites_by_code(workspace)["Q1"]
    assert (site.name, site.address) == ("Les Lilas; bâtiment neuf", '1, rue "Haute"')


def test_headers_match_whatever_the_case_accents_and_blanks(importer, workspace, landlord_site,
                                                            tmp_path):
    path = write(tmp_path, " CODE_SITE ;Bâtiment;ENTRÉE; Étage;Porte;Référence_Logement;NOM;"
                           "Prénom;Téléphone;Date entrée;Commentaire\n"
                           "VS01;Bâtiment A;Cage 1;3;31;R-0031;Durand;Éliane;01 23 45 67 89;"
                           "5/9/2019;ignored column\n",
                 encoding="cp1252")
    assert importer.import_households(path).created == 1
    person = live(workspace, Person)[0]
    assert (person.last_name, person.first_name, person.phone) == ("Durand", "Éliane",
                                                                    "01 23 45 67 89")


def test_reimport_updates_instead_of_duplicating(workspace, landlord_site, tmp_path):
    org = landlord_site[0]
    with workspace.session() as s, s.begin():
        user = User(login="officer", display_name="Référent", role="officer", org_id=org)
        s.add(user)
    importer = ImportService(workspace, Actor(user_id=user.id, org_id=org))
    first = write(tmp_path, f"{SITES}\nVS01;Résidence Les Tilleuls;;93100;Montreuil-sur-Marne;;jaune\n"
                  "VS02;Les Ormes;;;;Habitat Val-de-Seine;\n")
    report = importer.import_sites(first)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 1)
    assert importer.import_sites(first).unchanged == 2
    second = write(tmp_path, f"{SITES}\nVS01;Résidence Les Tilleuls;;93100;Montreuil-sur-Marne;;rouge\n"
                   "VS02;Les Ormes;;;;Habitat Val-de-Seine;\n", name="second.csv")
    report = importer.import_sites(second)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    sites = sites_by_code(workspace)
    assert len(sites) == 2
    assert (sites["VS01"].difficulty, sites["VS01"].version, sites["VS01"].updated_by) == (
        4, 2, user.id)
    assert sites["VS02"].version == 1


def test_dry_run_counts_and_writes_nothing(importer, workspace, landlord_site, tmp_path):
    sites = write(tmp_path, f"{SITES}\nVS01;Autre nom;;;;;\nVS02;Les Ormes;;;;Nouveau bailleur;\n")
    households = write(tmp_path, f"{HOUSEHOLDS}\nVS01;Bâtiment B;Cage 9;2;21;R1;Dupont;Jean;;\n",
                       name="households.csv")
    before = snapshot(workspace)
    report = importer.import_sites(sites, dry_run=True)
    assert (report.created, report.updated, report.unchanged, report.dry_run) == (1, 1, 0, True)
    report = importer.import_households(households, dry_run=True)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    assert snapshot(workspace) == before


def test_import_writes_one_audit_entry(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{SITES}\nVS02;Les Ormes;;;;;\n", name="sites-2024.csv")
    importer.import_sites(path)
    with workspace.session() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "import")))
    assert len(entries) == 1
    assert entries[0].entity_kind == "site"
    assert entries[0].summary == "sites-2024.csv: created=1, updated=0, unchanged=0"


# Households: what is accepted --------------------------------------------------------


def test_households_create_dwellings_buildings_and_entrances(importer, workspace, landlord_site,
                                                             tmp_path):
    org, site, building, entrance = landlord_site
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 "VS01;BATIMENT A;cage 1;RDC;1;R-001;Dupont;Jean;06 12 34 56 78;01/02/2020\n"
                 "VS01;Bâtiment A;Cage 2;rdc;2;R-002;Martin;Léa;+33 6 12 34 56 78;1/9/2021\n"
                 "VS01;Bâtiment B;Cage 1;-1;;R-003;Nguyen;;;\n"
                 "VS01;bâtiment b;CAGE 1;12;121;R-004;Diallo;Awa;0612345678;29/02/2024\n")
    report = importer.import_households(path)
    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    buildings = {b.name: b for b in live(workspace, Building)}
    assert set(buildings) == {"Bâtiment A", "Bâtiment B"}
    assert buildings["Bâtiment A"].id == building
    assert buildings["Bâtiment B"].site_id == site and buildings["Bâtiment B"].org_id == org
    entrances = {(e.building_id, e.name): e.id for e in live(workspace, Entrance)}
    assert entrances == {(building, "Cage 1"): entrance,
                         (building, "Cage 2"): entrances[(building, "Cage 2")],
                         (buildings["Bâtiment B"].id, "Cage 1"):
                             entrances[(buildings["Bâtiment B"].id, "Cage 1")]}
    dwellings = {d.reference: d for d in live(workspace, Dwelling)}
    assert {r: (d.floor, d.door) for r, d in dwellings.items()} == {
        "R-001": (0, "1"), "R-002": (0, "2"), "R-003": (-1, ""), "R-004": (12, "121")}
    assert dwellings["R-001"].entrance_id == entrance
    households = {h.dwelling_id: h for h in live(workspace, Household)}
    hh = households[dwellings["R-001"].id]
    assert (hh.name, hh.move_in_date, hh.org_id) == ("DUPONT Jean", date(2020, 2, 1), org)
    assert households[dwellings["R-004"].id].move_in_date == date(2024, 2, 29)
    assert households[dwellings["R-003"].id].move_in_date is None
    heads = {p.household_id: p for p in live(workspace, Person)}
    head = heads[hh.id]
    assert (head.last_name, head.first_name, head.phone, head.is_head) == (
        "Dupont", "Jean", "06 12 34 56 78", True)
    assert len(heads) == 4


def test_households_reimport_counts_unchanged_and_updates(importer, workspace, landlord_site,
                                                          tmp_path):
    rows = ["VS01;Bâtiment A;Cage 1;1;11;R-001;Dupont;Jean;0612345678;01/02/2020",
            "VS01;Bâtiment A;Cage 1;2;21;R-002;Martin;Léa;;"]
    path = write(tmp_path, "\n".join([HOUSEHOLDS, *rows]))
    importer.import_households(path)
    report = importer.import_households(path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    rows[0] = "VS01;Bâtiment A;Cage 2;1;11;R-001;DUPONT;Jean;0698765432;01/02/2020"
    path = write(tmp_path, "\n".join([HOUSEHOLDS, *rows]))
    report = importer.import_households(path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    dwelling = {d.reference: d for d in live(workspace, Dwelling)}["R-001"]
    assert dwelling.version == 2
    assert len(live(workspace, Household)) == 2
    head = next(p for p in live(workspace, Person) if p.last_name == "DUPONT")
    assert (head.phone, head.version) == ("0698765432", 2)
    assert len(live(workspace, Dwelling)) == 2


def test_new_head_of_household_replaces_the_former_household(importer, workspace, landlord_site,
                                                            tmp_path):
    importer.import_households(write(tmp_path, f"{HOUSEHOLDS}\n"
                                     "VS01;Bâtiment A;Cage 1;1;11;R-001;Dupont;Jean;;01/02/2020\n"))
    former = live(workspace, Household)[0]
    report = importer.import_households(write(tmp_path, f"{HOUSEHOLDS}\n"
                                              "VS01;Bâtiment A;Cage 1;1;11;R-001;Martin;Léa;;"
                                              "01/03/2025\n"))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    households = live(workspace, Household)
    assert [h.name for h in households] == ["MARTIN Léa"]
    with workspace.session() as s:
        # Tombstoned, not renamed: a case naming the Dupont household still names them.
        gone = s.get(Household, former.id)
        assert gone.deleted_at is not None and gone.name == "DUPONT Jean"


def test_ten_thousand_households(importer, workspace, landlord_site, tmp_path):
    lines = [HOUSEHOLDS] + [
        f"VS01;Bâtiment {i % 20};Cage {i % 3};{i % 10};{i};R{i:06d};Nom{i};Prénom;0612345678;"
        f"0{1 + i % 9}/03/2019" for i in range(10_000)]
    path = write(tmp_path, "\n".join(lines))
    assert importer.import_households(path).created == 10_000
    assert importer.import_households(path).unchanged == 10_000
    assert len(live(workspace, Building)) == 21  # 20 new, plus 'Bâtiment A'


# The mapping file --------------------------------------------------------------------

MAPPING = ("colonne_fichier;colonne_palier\nCode résidence;code_site\nLibellé;nom\n"
           "CP;code_postal\nCommune;ville\nPropriétaire;bailleur\nClassement;niveau\n")


def test_mapping_file_renames_columns(importer, workspace, tmp_path):
    mapping = write(tmp_path, MAPPING.replace(";", ","), name="map.csv", encoding="cp1252")
    path = write(tmp_path, "Code résidence;Libellé;Adresse;CP;Commune;Propriétaire;Classement\n"
                           "M01;Les Mimosas;;13001;Marseille;Erilia;rouge\n")
    assert importer.import_sites(path, mapping_path=mapping).created == 1
    site = sites_by_code(workspace)["M01"]
    assert (site.name, site.postcode, site.city, site.difficulty) == ("Les Mimosas", "13001",
                                                                       "Marseille", 4)


def test_mapping_wins_over_a_column_with_the_documented_name(importer, workspace, tmp_path):
    mapping = write(tmp_path, "colonne_fichier;colonne_palier\nNom usuel;nom\n", name="map.csv")
    path = write(tmp_path, "code_site;nom;Nom usuel;adresse;code_postal;ville;bailleur;niveau\n"
                           "M01;Ancien nom;Les Mimosas;;;;Erilia;\n")
    importer.import_sites(path, mapping_path=mapping)
    assert sites_by_code(workspace)["M01"].name == "Les Mimosas"


def test_mapping_with_an_unknown_target_is_refused(importer, workspace, tmp_path):
    mapping = write(tmp_path, "colonne_fichier;colonne_palier\nLibellé;nom\nCP;zip\n",
                    name="map.csv")
    path = write(tmp_path, f"{SITES}\nM01;Les Mimosas;;;;Erilia;\n")
    assert refused(workspace, importer.import_sites, path, mapping_path=mapping) == [
        LineError(1, msg("import_unknown_column", column="zip"))]


@pytest.mark.parametrize("content, reason", [
    ("fichier;palier\nCP;code_postal\n", [
        msg("import_missing_column", column="colonne_fichier"),
        msg("import_missing_column", column="colonne_palier")]),
    ("colonne_fichier;colonne_palier\nCP;code_postal;x\n", [
        msg("cli_line_error", line=2,
            reason=msg("import_wrong_field_count", found=3, expected=2))]),
    ("colonne_fichier;colonne_palier\nCP;\n", [
        msg("cli_line_error", line=2, reason=msg("import_empty", column="colonne_palier"))]),
    ("colonne_fichier;colonne_palier\nCP;code_postal\nZIP;code_postal\n", [
        msg("cli_line_error", line=3,
            reason=msg("import_duplicate_key", value="code_postal", first=2))]),
    ("colonne_fichier;colonne_palier\n", [msg("import_no_rows")]),
    ("", [msg("import_no_rows")]),
])
def test_malformed_mapping_file_is_refused(importer, workspace, tmp_path, content, reason):
    mapping = write(tmp_path, content, name="map.csv")
    path = write(tmp_path, f"{SITES}\nM01;Les Mimosas;;;;Erilia;\n")
    assert refused(workspace, importer.import_sites, path, mapping_path=mapping) == [
        LineError(1, msg("import_bad_map", reason=r)) for r in reason]


# Every error the importer gives: exact line, nothing written ---------------------------


def test_missing_column(importer, workspace, tmp_path):
    path = write(tmp_path, "code_site;nom;adresse;ville;bailleur\nA1;A;;;B\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(1, msg("import_missing_column", column="code_postal")),
        LineError(1, msg("import_missing_column", column="niveau"))]
    assert msg("import_missing_column", column="niveau") == "colonne manquante « niveau »"


def test_duplicate_column(importer, workspace, tmp_path):
    path = write(tmp_path, f"{SITES};Niveau \nA1;A;;;;B;1;2\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(1, msg("import_duplicate_column", column="Niveau"))]


def test_wrong_number_of_fields(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{SITES}\nA1;A;;;;;\nA2;B;;;\nA3;C;;;;;;;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(3, msg("import_wrong_field_count", found=5, expected=7)),
        LineError(4, msg("import_wrong_field_count", found=9, expected=7))]


@pytest.mark.parametrize("content", ["", "\r\n\r\n", "\ufeff", f"{SITES}\n", f"{SITES}\n;;;;;;\n"])
def test_empty_file(importer, workspace, tmp_path, content):
    path = write(tmp_path, content)
    assert refused(workspace, importer.import_sites, path) == [
        LineError(1, msg("import_no_rows"))]


@pytest.mark.parametrize("raw", [
    b"code_site;nom\r\nA1;caf\x81\r\n",  # 0x81: invalid in UTF-8 and unassigned in cp1252
    "code_site;nom\r\nA1;é\r\n".encode("utf-16"),  # Excel's 'Unicode text'
])
def test_unreadable_encoding(importer, workspace, tmp_path, raw):
    path = tmp_path / "data.csv"
    path.write_bytes(raw)
    assert refused(workspace, importer.import_sites, path) == [
        LineError(1, msg("import_unreadable"))]


def test_unreadable_line(importer, workspace, tmp_path):
    # A quote left open swallows the rest of the file until the csv module gives up.
    path = write(tmp_path, f'{SITES}\nA1;A;;;;B;1\nA2;"B' + "x" * 200_000 + "\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(3, msg("import_bad_line"))]


def test_bad_date(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 "VS01;A;1;1;1;R1;Dupont;;;31/02/2024\n"
                 "VS01;A;1;1;2;R2;Durand;;;2024-02-01\n"
                 "VS01;A;1;1;3;R3;Diallo;;;1/2/24\n"
                 "VS01;A;1;1;4;R4;Martin;;;1/2/2024\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_bad_date", value="31/02/2024")),
        LineError(3, msg("import_bad_date", value="2024-02-01")),
        LineError(4, msg("import_bad_date", value="1/2/24"))]


def test_bad_level(importer, workspace, tmp_path):
    path = write(tmp_path, f"{SITES}\nA1;A;;;;B;violet\nA2;B;;;;B;5\nA3;C;;;;B;2\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(2, msg("import_bad_level", value="violet")),
        LineError(3, msg("import_bad_level", value="5"))]


def test_bad_postcode(importer, workspace, tmp_path):
    path = write(tmp_path, f"{SITES}\nA1;A;;9310;;B;\nA2;B;;93 100;;B;\nA3;C;;ABCDE;;B;\n"
                           "A4;D;;93100;;B;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(2, msg("import_bad_postcode", value="9310")),
        LineError(3, msg("import_bad_postcode", value="93 100")),
        LineError(4, msg("import_bad_postcode", value="ABCDE"))]


def test_bad_floor(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 "VS01;A;1;premier;1;R1;Dupont;;;\n"
                 "VS01;A;1;1.5;2;R2;Durand;;;\n"
                 "VS01;A;1;99;3;R3;Diallo;;;\n"
                 "VS01;A;1;Rdc;4;R4;Martin;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_bad_floor", value="premier")),
        LineError(3, msg("import_bad_floor", value="1.5")),
        LineError(4, msg("import_bad_floor", value="99"))]


def test_bad_phone(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 "VS01;A;1;1;1;R1;Dupont;;12345;\n"
                 "VS01;A;1;1;2;R2;Durand;;06.12.34.56.78;\n"
                 "VS01;A;1;1;3;R3;Diallo;;appeler le soir;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_bad_phone", value="12345")),
        LineError(4, msg("import_bad_phone", value="appeler le soir"))]


def test_empty_required_values_of_sites(importer, workspace, tmp_path):
    path = write(tmp_path, f"{SITES}\n;Sans code;;;;B;\nA2;;;;;B;\nA3;Complet;;;;B;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(2, msg("import_empty", column="code_site")),
        LineError(3, msg("import_empty", column="nom"))]


def test_empty_required_values_of_households(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 ";A;1;1;1;R1;Dupont;;;\n"
                 "VS01;;1;1;2;R2;Durand;;;\n"
                 "VS01;A;;1;3;R3;Diallo;;;\n"
                 "VS01;A;1;1;4;;Martin;;;\n"
                 "VS01;A;1;1;5;R5;;Léa;;\n"
                 "VS01;A;1;;;R6;Nguyen;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_empty", column="code_site")),
        LineError(3, msg("import_empty", column="batiment")),
        LineError(4, msg("import_empty", column="entree")),
        LineError(5, msg("import_empty", column="reference_logement")),
        LineError(6, msg("import_empty", column="nom"))]


def test_empty_landlord_of_a_new_site_when_it_cannot_be_guessed(importer, workspace,
                                                                landlord_site, tmp_path):
    PlaceService(workspace).create_organisation("Logirep", "landlord")
    path = write(tmp_path, f"{SITES}\nVS01;Résidence Les Tilleuls;;;;;\nN1;Nouveau;;;;;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(3, msg("import_empty", column="bailleur"))]


def test_value_longer_than_its_column(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 f"VS01;A;1;1;{'9' * 21};R1;Dupont;;;\n"
                 f"VS01;A;1;1;2;R2;{'D' * 101};;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_too_long", column="porte", length=21, limit=20)),
        LineError(3, msg("import_too_long", column="nom", length=101, limit=100))]
    path = write(tmp_path, f"{SITES}\n{'C' * 41};A;;;;B;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(2, msg("import_too_long", column="code_site", length=41, limit=40))]


def test_unknown_site(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\nVS01;A;1;1;1;R1;Dupont;;;\nXX99;A;1;1;2;R2;Durand;;;\n"
                           "vs01;A;1;1;3;R3;Diallo;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(3, msg("import_unknown_site", value="XX99")),
        LineError(4, msg("import_unknown_site", value="vs01"))]


def test_deleted_site_is_unknown(importer, workspace, landlord_site, tmp_path):
    from app.models import utcnow

    with workspace.session() as s, s.begin():
        s.get(Site, landlord_site[1]).deleted_at = utcnow()
    path = write(tmp_path, f"{HOUSEHOLDS}\nVS01;A;1;1;1;R1;Dupont;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_unknown_site", value="VS01"))]


def test_duplicate_key_in_the_file(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{SITES}\nA1;A;;;;B;\nA2;B;;;;B;\nA1;C;;;;B;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(4, msg("import_duplicate_key", value="A1", first=2))]
    path = write(tmp_path, f"{HOUSEHOLDS}\nVS01;A;1;1;1;R1;Dupont;;;\n\nVS01;A;1;2;1;R1;Durand;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(4, msg("import_duplicate_key", value="R1", first=2))]


def test_site_of_another_landlord(importer, workspace, landlord_site, tmp_path):
    path = write(tmp_path, f"{SITES}\nVS02;Les Ormes;;;;Logirep;\n"
                           "VS01;Résidence Les Tilleuls;;;;Logirep;\n")
    assert refused(workspace, importer.import_sites, path) == [
        LineError(3, msg("import_landlord_conflict", value="VS01", owner="Habitat Val-de-Seine"))]


def test_dwelling_of_another_landlord(importer, workspace, landlord_site, tmp_path):
    places = PlaceService(workspace)
    other = places.create_organisation("Logirep", "landlord")
    places.create_site("LG01", "Le Parc", other)
    importer.import_households(write(tmp_path, f"{HOUSEHOLDS}\nVS01;A;1;1;1;R1;Dupont;;;\n"))
    path = write(tmp_path, f"{HOUSEHOLDS}\nLG01;A;1;1;1;R1;Dupont;;;\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_dwelling_other_landlord", value="R1",
                         owner="Habitat Val-de-Seine"))]


def test_every_error_of_the_file_is_reported_with_its_physical_line(importer, workspace,
                                                                    landlord_site, tmp_path):
    path = write(tmp_path, f"{HOUSEHOLDS}\n"
                 "VS01;A;1;x;1;R1;Dupont;;123;32/01/2020\n"
                 "\n"
                 'VS01;A;1;1;2;R2;"Durand\nde la Tour";;;\n'
                 "NOPE;A;1;1;3;R3;Diallo;;;\n"
                 "VS01;A;1;1;4;R1;Martin;;;\n"
                 "VS01;A;1\n")
    assert refused(workspace, importer.import_households, path) == [
        LineError(2, msg("import_bad_floor", value="x")),
        LineError(2, msg("import_bad_phone", value="123")),
        LineError(2, msg("import_bad_date", value="32/01/2020")),
        LineError(6, msg("import_unknown_site", value="NOPE")),
        LineError(7, msg("import_duplicate_key", value="R1", first=2)),
        LineError(8, msg("import_wrong_field_count", found=3, expected=10))]


def test_refusal_reasons_follow_the_language(importer, workspace, tmp_path):
    set_language("en")
    path = write(tmp_path, f"{SITES}\nA1;A;;;;B;violet\n")
    errors = refused(workspace, importer.import_sites, path)
    assert errors == [LineError(2, "invalid level 'violet' (1 to 4 or green, yellow, orange, red)")]
    with pytest.raises(ImportRefused) as caught:
        importer.import_sites(path)
    assert str(caught.value) == "Import refused: 1 error(s), nothing was imported."
