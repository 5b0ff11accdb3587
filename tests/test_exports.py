"""Exports: CSV that French Excel opens, JSON that parses, live records only, streamed."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from app.models import (
    AuditEntry,
    CaseStep,
    ConflictCase,
    ConflictParty,
    Dwelling,
    Person,
    Site,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
    utcnow,
)
from app.services import exports
from app.services.errors import ValidationError
from app.services.exports import ExportService
from app.services.places import PlaceService, new_household
from app.services.signalements import SignalementDraft, SignalementService

T0 = datetime(2025, 5, 12, 21, 30, tzinfo=UTC)
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def exporter(workspace):
    return ExportService(workspace)


def export(exporter, kind: str, fmt: str) -> tuple[int, bytes]:
    out = io.BytesIO()
    count = exporter.export(kind, fmt, out)
    return count, out.getvalue()


def csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].count(";") > 0
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def both(exporter, kind: str) -> tuple[list[dict], list[dict]]:
    """(CSV rows, JSON objects) of one kind, after checking that each count is right."""
    n_csv, data_csv = export(exporter, kind, "csv")
    n_json, data_json = export(exporter, kind, "json")
    rows, objects = csv_rows(data_csv), json.loads(data_json.decode("utf-8"))
    assert n_csv == len(rows) and n_json == len(objects)
    return rows, objects


def draft(site, **values) -> SignalementDraft:
    base = {"category": "damage", "site_id": site, "facts_start": T0,
            "description": "Porte du hall forcée."}
    return SignalementDraft(**{**base, **values})


@pytest.fixture
def dwelling(workspace, landlord_site):
    """A dwelling with its household, in the fixture's entrance: (dwelling id, household id)."""
    org, site, building, entrance = landlord_site
    with workspace.session() as s, s.begin():
        d = Dwelling(entrance_id=entrance, reference="R-0012", floor=3, door="31", org_id=org)
        s.add(d)
        s.flush()
        hh = new_household(s, d, "Dupont", "Jean", "06 12 34 56 78", date(2019, 4, 1), None)
        s.flush()
        return d.id, hh.id


# Format ------------------------------------------------------------------------------


def test_sites_csv_for_french_excel_parses_back_to_the_same_values(exporter, workspace,
                                                                   landlord_site):
    org, site, _, _ = landlord_site
    PlaceService(workspace).update_site(site, 1, address='12 rue "Haute"; escalier B\n2e étage')
    count, data = export(exporter, "sites", "csv")
    assert count == 1
    assert data.startswith(BOM + b"id;code;name;address;postcode;city;landlord_id;landlord;"
                                 b"difficulty;difficulty_label\r\n")
    assert csv_rows(data) == [{
        "id": site, "code": "VS01", "name": "Résidence Les Tilleuls",
        "address": '12 rue "Haute"; escalier B\n2e étage', "postcode": "93100",
        "city": "Montreuil-sur-Marne", "landlord_id": org, "landlord": "Habitat Val-de-Seine",
        "difficulty": "2", "difficulty_label": "Jaune : incivilités récurrentes"}]


def test_sites_json_is_a_utf8_array_of_objects(exporter, landlord_site):
    org, site, _, _ = landlord_site
    count, data = export(exporter, "sites", "json")
    assert count == 1
    assert "Résidence Les Tilleuls" in data.decode("utf-8")  # not \u00e9 escapes
    assert not data.startswith(BOM)
    assert json.loads(data) == [{
        "id": site, "code": "VS01", "name": "Résidence Les Tilleuls", "address": "",
        "postcode": "93100", "city": "Montreuil-sur-Marne", "landlord_id": org,
        "landlord": "Habitat Val-de-Seine", "difficulty": 2,
        "difficulty_label": "Jaune : incivilités récurrentes"}]


def test_empty_exports_still_have_their_header(exporter, workspace):
    for kind in exports.KINDS:
        count, data = export(exporter, kind, "csv")
        assert count == 0
        assert data.decode("utf-8-sig").startswith("id;")
        assert export(exporter, kind, "json") == (0, b"[]\n")


def test_unknown_kind_or_format_is_refused(exporter):
    with pytest.raises(ValidationError) as caught:
        exporter.export("tenants", "xlsx", io.BytesIO())
    assert caught.value.errors == {"kind": "Valeur inconnue : « tenants ».",
                                   "fmt": "Valeur inconnue : « xlsx »."}


def test_each_export_is_audited(exporter, workspace, landlord_site):
    export(exporter, "sites", "csv")
    export(exporter, "households", "json")
    with workspace.session() as s:
        entries = s.execute(select(AuditEntry.entity_kind, AuditEntry.summary)
                            .where(AuditEntry.action == "export").order_by(AuditEntry.at)).all()
    assert entries == [("sites", "csv: 1"), ("households", "json: 0")]


def test_caller_stream_stays_open(exporter, landlord_site, tmp_path):
    with open(tmp_path / "sites.csv", "wb") as out:
        exporter.export("sites", "csv", out)
        out.write(b"")  # still usable: the export did not close it
    assert (tmp_path / "sites.csv").read_bytes().startswith(BOM)


# Kinds -------------------------------------------------------------------------------


def test_deleted_sites_are_not_exported(exporter, workspace, landlord_site):
    places = PlaceService(workspace)
    gone = places.create_site("VS02", "Les Ormes", landlord_site[0])
    with workspace.session() as s, s.begin():
        s.get(Site, gone).deleted_at = utcnow()
    rows, objects = both(exporter, "sites")
    assert [r["code"] for r in rows] == [o["code"] for o in objects] == ["VS01"]


def test_households(exporter, workspace, landlord_site, dwelling):
    dwelling_id, household_id = dwelling
    rows, objects = both(exporter, "households")
    assert rows == [{
        "id": household_id, "site_code": "VS01", "building": "Bâtiment A",
        "entrance": "Cage 1", "floor": "3", "door": "31", "dwelling_id": dwelling_id,
        "dwelling_reference": "R-0012", "household_name": "DUPONT Jean",
        "head_last_name": "Dupont", "head_first_name": "Jean", "head_phone": "06 12 34 56 78",
        "move_in_date": "2019-04-01"}]
    assert objects[0]["floor"] == 3 and objects[0]["move_in_date"] == "2019-04-01"


def test_signalements_with_labels_referrals_and_iso_dates(exporter, workspace, landlord_site):
    org, site, building, entrance = landlord_site
    service = SignalementService(workspace)
    sid = service.create(draft(site, category="drug_dealing", building_id=building,
                               entrance_id=entrance, location_kind="hall", severity=3,
                               facts_end=T0 + timedelta(hours=2), action_called_17=True,
                               description='Guetteurs; "charbonneurs"\ndans le hall.'))
    service.add_referral(sid, "police", date(2025, 5, 13), "email", "PV-2025-118")
    service.add_referral(sid, "town", date(2025, 5, 14), "letter")
    gone = service.create(draft(site))
    service.delete(gone, 1)

    rows, objects = both(exporter, "signalements")
    assert len(rows) == len(objects) == 1
    row, obj = rows[0], objects[0]
    assert (row["id"], row["category"], row["category_label"]) == (
        sid, "drug_dealing", "Trafic de stupéfiants")
    assert (row["status"], row["status_label"]) == ("referred", "Transmis")
    assert (row["location_kind_label"], row["severity"], row["severity_label"]) == (
        "Hall", "3", "Élevée")
    assert (row["site_code"], row["building"], row["entrance"]) == ("VS01", "Bâtiment A",
                                                                     "Cage 1")
    assert row["description"] == 'Guetteurs; "charbonneurs"\ndans le hall.'
    assert (row["facts_start"], row["facts_end"]) == ("2025-05-12T21:30:00Z",
                                                      "2025-05-12T23:30:00Z")
    assert datetime.fromisoformat(row["reported_at"]).tzinfo is not None
    assert (row["action_called_17"], row["action_intervention"]) == ("true", "false")
    assert (row["closing_reason"], row["closing_reason_label"]) == ("", "")
    assert row["referrals_count"] == "2"
    assert row["referrals"] == ("2025-05-13 Police / gendarmerie (Courriel) PV-2025-118 | "
                                "2025-05-14 Mairie (Courrier)")
    assert "reporter_id" not in row  # staff protection: exports never name the reporter
    assert obj["action_called_17"] is True and obj["closing_reason"] is None
    assert obj["facts_start"] == "2025-05-12T21:30:00Z"
    assert [(f["recipient"], f["recipient_label"], f["referred_on"], f["channel_label"],
             f["reference_number"]) for f in obj["referrals"]] == [
        ("police", "Police / gendarmerie", "2025-05-13", "Courriel", "PV-2025-118"),
        ("town", "Mairie", "2025-05-14", "Courrier", "")]
    assert set(obj) == set(exports.SIGNALEMENT_FIELDS)


def test_thousands_of_signalements_are_streamed(exporter, workspace, landlord_site):
    site = landlord_site[1]
    service = SignalementService(workspace)
    ids = service.create_many([draft(site, facts_start=T0 - timedelta(minutes=i),
                                     description=f"Dégradation n°{i}") for i in range(3000)])
    service.add_referral(ids[0], "police", date(2025, 5, 13), "platform", "X1")
    statements: list[str] = []

    @event.listens_for(workspace.engine, "before_cursor_execute")
    def count(conn, cursor, statement, *args):
        statements.append(statement)

    rows, objects = both(exporter, "signalements")
    event.remove(workspace.engine, "before_cursor_execute", count)
    assert len(rows) == len(objects) == 3000
    # Oldest facts first; the nested referrals come by partition, not all at once.
    assert rows[0]["description"] == "Dégradation n°2999"
    assert [r["id"] for r in rows] == [o["id"] for o in objects]
    referral_queries = [q for q in statements if "FROM referrals" in q]
    assert len(referral_queries) == 2 * 3000 // exports.PARTITION  # csv, then json
    assert objects[-1]["referrals"][0]["channel_label"] == "Plateforme en ligne"


def test_conflict_cases_with_parties_and_steps(exporter, workspace, landlord_site, dwelling):
    org, site, _, entrance = landlord_site
    _, complainant = dwelling
    with workspace.session() as s, s.begin():
        other = Dwelling(entrance_id=entrance, reference="R-0013", floor=4, door="41", org_id=org)
        s.add(other)
        s.flush()
        respondent = new_household(s, other, "Martin", "Léa", "", None, None)
        case = ConflictCase(seq=1, reference="VOI-2025-0001", site_id=site, nature="noise",
                            summary="Musique forte la nuit.", current_step="rules_reminder",
                            opened_on=date(2025, 3, 1), next_due_on=date(2025, 4, 1),
                            org_id=org)
        closed = ConflictCase(seq=2, reference="VOI-2025-0002", site_id=site, nature="animals",
                              status="closed", opened_on=date(2025, 1, 5),
                              closed_on=date(2025, 2, 1), closing_reason="resolved", org_id=org)
        gone = ConflictCase(seq=3, reference="VOI-2025-0003", site_id=site, nature="other",
                            opened_on=date(2025, 1, 6), deleted_at=utcnow(), org_id=org)
        s.add_all([case, closed, gone])
        s.flush()
        s.add_all([
            ConflictParty(case_id=case.id, household_id=complainant, role="complainant",
                          org_id=org),
            ConflictParty(case_id=case.id, household_id=respondent.id, role="respondent",
                          org_id=org),
            CaseStep(case_id=case.id, step="complaint", taken_on=date(2025, 3, 1), org_id=org),
            CaseStep(case_id=case.id, step="rules_reminder", taken_on=date(2025, 3, 10),
                     outcome="Courrier envoyé.", next_due_on=date(2025, 4, 1), org_id=org),
            CaseStep(case_id=case.id, step="verbal_reminder", taken_on=date(2025, 3, 5),
                     deleted_at=utcnow(), org_id=org),
        ])
        case_id = case.id

    rows, objects = both(exporter, "conflicts")
    assert [r["reference"] for r in rows] == ["VOI-2025-0002", "VOI-2025-0001"]
    row, obj = rows[1], objects[1]
    assert row == {
        "id": case_id, "reference": "VOI-2025-0001", "site_code": "VS01", "nature": "noise",
        "nature_label": "Bruit", "summary": "Musique forte la nuit.", "status": "open",
        "status_label": "Ouvert", "current_step": "rules_reminder",
        "current_step_label": "Rappel au règlement", "opened_on": "2025-03-01",
        "next_due_on": "2025-04-01", "overdue": "true", "closed_on": "", "closing_reason": "",
        "closing_reason_label": "", "parties_count": "2",
        "parties": "DUPONT Jean (Plaignant) | MARTIN Léa (Mis en cause)", "steps_count": "2",
        "steps": "2025-03-01 Plainte enregistrée | 2025-03-10 Rappel au règlement"}
    assert obj["parties"] == [
        {"household_id": complainant, "household_name": "DUPONT Jean",
         "dwelling_reference": "R-0012", "role": "complainant", "role_label": "Plaignant"},
        {"household_id": respondent.id, "household_name": "MARTIN Léa",
         "dwelling_reference": "R-0013", "role": "respondent", "role_label": "Mis en cause"}]
    assert [(t["step"], t["taken_on"], t["outcome"], t["next_due_on"]) for t in obj["steps"]] == [
        ("complaint", "2025-03-01", "", None),
        ("rules_reminder", "2025-03-10", "Courrier envoyé.", "2025-04-01")]
    assert (objects[0]["closing_reason"], objects[0]["closing_reason_label"]) == (
        "resolved", "Résolu")
    assert (objects[0]["overdue"], obj["overdue"]) == (False, True)  # closed: never overdue
    # Overdue is the state on the day of the export.
    out = io.BytesIO()
    exporter.export("conflicts", "json", out, today=date(2025, 4, 1))
    assert [o["overdue"] for o in json.loads(out.getvalue())] == [False, False]


def test_welfare_register(exporter, workspace, landlord_site, dwelling):
    org = landlord_site[0]
    dwelling_id, household_id = dwelling
    done = datetime(2025, 6, 2, 8, 15, tzinfo=UTC)
    with workspace.session() as s, s.begin():
        person = s.scalars(select(Person).where(Person.household_id == household_id)).one()
        left = Person(household_id=household_id, last_name="Dupont", first_name="Marie",
                      org_id=org)
        s.add(left)
        s.flush()
        entry = WelfareEntry(person_id=person.id, dwelling_id=dwelling_id, age_band="80_89",
                             lives_alone=True, consent_on=date(2025, 5, 1),
                             consent_method="third_party", consent_given_by="Sa fille",
                             frequency_days=7, priority="high", org_id=org)
        former = WelfareEntry(person_id=left.id, dwelling_id=dwelling_id, age_band="90_plus",
                              lives_alone=False, consent_on=date(2024, 1, 1),
                              consent_method="written", active=False,
                              left_on=date(2024, 6, 1), org_id=org)
        deleted = WelfareEntry(person_id=left.id, dwelling_id=dwelling_id, age_band="70_79",
                               consent_on=date(2024, 1, 1), consent_method="oral",
                               deleted_at=utcnow(), org_id=org)
        s.add_all([entry, former, deleted])
        s.flush()
        s.add_all([
            WelfareCheck(entry_id=entry.id, due_on=date(2025, 5, 26), method="call",
                         outcome="reached_fine", done_at=done - timedelta(days=7), org_id=org),
            WelfareCheck(entry_id=entry.id, due_on=date(2025, 6, 2), method="visit",
                         outcome="not_reached", done_at=done, org_id=org),
            WelfareCheck(entry_id=entry.id, due_on=date(2025, 6, 3), org_id=org),
            WelfareCheck(entry_id=entry.id, due_on=date(2025, 6, 1), deleted_at=utcnow(),
                         org_id=org),
            WelfareContact(entry_id=entry.id, kind="family", name="Claire Dupont",
                           phone="06 00 00 00 01", org_id=org),
        ])
        entry_id, person_id = entry.id, person.id

    rows, objects = both(exporter, "welfare")
    assert len(rows) == 2  # the deleted entry is not exported, the one who left is
    row = next(r for r in rows if r["id"] == entry_id)
    assert row == {
        "id": entry_id, "person_id": person_id, "person_last_name": "Dupont",
        "person_first_name": "Jean", "person_phone": "06 12 34 56 78", "site_code": "VS01",
        "building": "Bâtiment A", "entrance": "Cage 1", "floor": "3", "door": "31",
        "dwelling_reference": "R-0012", "age_band": "80_89", "age_band_label": "80 à 89 ans",
        "lives_alone": "true", "consent_on": "2025-05-01", "consent_method": "third_party",
        "consent_method_label": "Par un tiers", "consent_given_by": "Sa fille",
        "home_care": "", "frequency_days": "7", "priority": "high", "priority_label": "Haute",
        "active": "true", "left_on": "", "last_check_at": "2025-06-02T08:15:00Z",
        "last_check_outcome": "not_reached", "last_check_outcome_label": "Non joint",
        "next_due_on": "2025-06-03", "overdue": "true", "contacts_count": "1",
        "contacts": "Claire Dupont (Famille) 06 00 00 00 01", "checks_count": "2",
        "checks": "2025-05-26 Joint, tout va bien (Appel) | 2025-06-02 Non joint (Visite)"}
    former_row = next(o for o in objects if o["id"] != entry_id)
    assert (former_row["active"], former_row["left_on"], former_row["last_check_at"],
            former_row["next_due_on"], former_row["overdue"], former_row["contacts"],
            former_row["checks"]) == (False, "2024-06-01", None, None, False, [], [])
    mine = next(o for o in objects if o["id"] == entry_id)
    assert mine["checks"][1] == {
        "due_on": "2025-06-02", "done_at": "2025-06-02T08:15:00Z", "method": "visit",
        "method_label": "Visite", "outcome": "not_reached", "outcome_label": "Non joint",
        "follow_up": None, "follow_up_label": None, "follow_up_to": "", "notes": ""}
    out = io.BytesIO()
    exporter.export("welfare", "json", out, today=date(2025, 6, 3))
    assert not any(o["overdue"] for o in json.loads(out.getvalue()))  # due today: on time
    assert next(o for o in objects if o["id"] == entry_id)["contacts"] == [
        {"kind": "family", "kind_label": "Famille", "name": "Claire Dupont",
         "phone": "06 00 00 00 01"}]
