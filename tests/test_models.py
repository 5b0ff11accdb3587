"""Every constraint of the model, tried against a real SQLite workspace.

Each CHECK constraint of the metadata must have a violating case below: a new
constraint without one fails `test_every_check_constraint_is_tried`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import CheckConstraint, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.domain.ids import new_id
from app.models import (
    Base,
    Organisation,
    Signalement,
    Site,
)
from app.models.base import utcnow

NOW = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


def sync_cols(org_id: str, **values) -> dict:
    return {"id": new_id(), "org_id": org_id, "created_at": NOW, "updated_at": NOW,
            "version": 1, **values}


@pytest.fixture
def base_rows(workspace, landlord_site):
    """One valid row of every table, as {table: values}, inserted in dependency order."""
    org, site, building, entrance = landlord_site
    ids = {"org": org, "site": site, "building": building, "entrance": entrance}
    with workspace.session() as s, s.begin():
        user = sync_cols(org, login="gardien.test", display_name="Gardien Test", role="caretaker",
                         email="", phone="", active=True)
        s.execute(insert(Base.metadata.tables["users"]).values(user))
        ids["user"] = user["id"]
        dwelling = sync_cols(org, entrance_id=entrance, reference="LGT-001", floor=2, door="21")
        s.execute(insert(Base.metadata.tables["dwellings"]).values(dwelling))
        ids["dwelling"] = dwelling["id"]
        household = sync_cols(org, dwelling_id=dwelling["id"], name="MARTIN Paul")
        s.execute(insert(Base.metadata.tables["households"]).values(household))
        ids["household"] = household["id"]
        person = sync_cols(org, household_id=household["id"], last_name="Martin",
                           first_name="Paul", phone="", is_head=True)
        s.execute(insert(Base.metadata.tables["persons"]).values(person))
        ids["person"] = person["id"]
        sig = sync_cols(org, seq=1, reference="SIG-2025-AAAAA-AAAAA", category="damage",
                        status="new", site_id=site, facts_start=NOW, reported_at=NOW,
                        description="Porte du hall forcée", recurrence="first_time", severity=2,
                        persons_count=0, persons_description="", witnesses="", harm_people="",
                        harm_property="", estimated_cost_cents=0, action_intervention=False,
                        action_called_17=False, action_town_informed=False, actions_notes="",
                        protect_identity=False)
        s.execute(insert(Signalement).values(sig))
        ids["signalement"] = sig["id"]
        case = sync_cols(org, seq=1, reference="VOI-2025-AAAAA-AAAAA", site_id=site,
                         nature="noise", summary="Bruit nocturne", status="open",
                         current_step="complaint", opened_on=date(2025, 1, 1))
        s.execute(insert(Base.metadata.tables["conflict_cases"]).values(case))
        ids["case"] = case["id"]
        entry = sync_cols(org, person_id=person["id"], dwelling_id=dwelling["id"],
                          age_band="80_89", lives_alone=True, consent_on=date(2025, 1, 1),
                          consent_method="written", consent_given_by="", home_care="",
                          frequency_days=7, priority="normal", active=True)
        s.execute(insert(Base.metadata.tables["welfare_entries"]).values(entry))
        ids["entry"] = entry["id"]
        check = sync_cols(org, entry_id=entry["id"], due_on=date(2025, 2, 1), done_at=NOW,
                          outcome="not_reached", follow_up_to="", notes="")
        s.execute(insert(Base.metadata.tables["welfare_checks"]).values(check))
        ids["check"] = check["id"]
        blob = {"sha256": "a" * 64, "size": 3, "data": b"abc"}
        s.execute(insert(Base.metadata.tables["attachment_blobs"]).values(blob))
    return ids


def valid_row(table: str, ids: dict) -> dict:
    org = ids["org"]
    rows = {
        "organisations": lambda: {**sync_cols(org), "name": "Ville", "kind": "town",
                                  "address": "", "postcode": "", "city": "", "phone": "",
                                  "email": ""},
        "sites": lambda: sync_cols(org, code="VS02", name="Les Lilas", address="", postcode="",
                                   city="", landlord_id=org, difficulty=1),
        "buildings": lambda: sync_cols(org, site_id=ids["site"], name="Bâtiment B"),
        "entrances": lambda: sync_cols(org, building_id=ids["building"], name="Cage 2"),
        "dwellings": lambda: sync_cols(org, entrance_id=ids["entrance"], reference="LGT-002",
                                       floor=1, door="12"),
        "persons": lambda: sync_cols(org, household_id=ids["household"], last_name="Durand",
                                     first_name="", phone="", is_head=False),
        "users": lambda: sync_cols(org, login="referent", display_name="Référent",
                                   role="officer", email="", phone="", active=True),
        "signalements": lambda: sync_cols(
            org, reference="SIG-2025-BBBBB-BBBBB", category="theft", status="new",
            site_id=ids["site"], facts_start=NOW, reported_at=NOW, description="",
            recurrence="first_time", severity=1, persons_count=0, persons_description="",
            witnesses="", harm_people="", harm_property="", estimated_cost_cents=0,
            action_intervention=False, action_called_17=False, action_town_informed=False,
            actions_notes="", protect_identity=False),
        "referrals": lambda: sync_cols(org, signalement_id=ids["signalement"],
                                       recipient="police", referred_on=date(2025, 3, 2),
                                       channel="email", reference_number="", notes=""),
        "conflict_cases": lambda: sync_cols(
            org, reference="VOI-2025-BBBBB-BBBBB", site_id=ids["site"], nature="smells",
            summary="", status="open", current_step="complaint", opened_on=date(2025, 2, 1)),
        "conflict_parties": lambda: sync_cols(org, case_id=ids["case"],
                                              household_id=ids["household"], role="complainant"),
        "case_steps": lambda: sync_cols(org, case_id=ids["case"], step="complaint",
                                        taken_on=date(2025, 1, 1), outcome=""),
        "mediation_sessions": lambda: sync_cols(
            org, case_id=ids["case"], kind="internal", held_on=date(2025, 2, 1),
            participants="", agreement="", consent_complainant=False, consent_respondent=False),
        "welfare_entries": lambda: sync_cols(
            org, person_id=ids["person"], dwelling_id=ids["dwelling"], age_band="90_plus",
            lives_alone=True, consent_on=date(2025, 1, 1), consent_method="oral",
            consent_given_by="", home_care="", frequency_days=3, priority="high", active=True),
        "welfare_contacts": lambda: sync_cols(org, entry_id=ids["entry"], kind="family",
                                              name="Fille", phone=""),
        "welfare_checks": lambda: sync_cols(org, entry_id=ids["entry"], due_on=date(2025, 3, 1),
                                            follow_up_to="", notes=""),
        "alert_plans": lambda: sync_cols(org, kind="heatwave", starts_on=date(2025, 7, 1),
                                         max_interval_days=2, notes=""),
        "attachments": lambda: sync_cols(org, owner_kind="signalement",
                                         owner_id=ids["signalement"], filename="photo.jpg",
                                         mime_type="image/jpeg", size=3, sha256="a" * 64,
                                         caption=""),
        "attachment_blobs": lambda: {"sha256": "b" * 64, "size": 1, "data": b"x"},
        "audit_entries": lambda: {"id": new_id(), "at": NOW, "action": "create",
                                  "entity_kind": "site", "summary": "", "seq": 10**9,
                                  "prev_hash": "0" * 64, "hash": "0" * 64},
        "report_settings": lambda: sync_cols(org, landlord_id=org, logo=b"\x89PNG",
                                             contact_phone="", contact_email="",
                                             signatory_name="", signatory_title=""),
        "letter_templates": lambda: sync_cols(org, landlord_id=org, kind="summons",
                                              subject="Convocation", body="Madame, Monsieur,"),
        "landlord_rules": lambda: sync_cols(org, landlord_id=org, rule="deadline.summons",
                                            days=30),
        "welfare_alerts": lambda: sync_cols(org, entry_id=ids["entry"], check_id=ids["check"],
                                            reason="not_reached_twice", raised_at=NOW, note=""),
        "review_flags": lambda: {"id": new_id(), "kind": "signalement",
                                 "record_id": ids["signalement"], "org_id": org,
                                 "fields": "description", "words": "alcoolique",
                                 "flagged_at": NOW},
    }
    return rows[table]()


# (table, constraint name, values that break it)
VIOLATIONS = [
    ("organisations", "ck_organisations_kind", {"kind": "company"}),
    ("organisations", "ck_organisations_name_not_blank", {"name": "  "}),
    ("sites", "ck_sites_difficulty", {"difficulty": 5}),
    ("sites", "ck_sites_code_not_blank", {"code": " "}),
    ("sites", "ck_sites_name_not_blank", {"name": ""}),
    ("buildings", "ck_buildings_name_not_blank", {"name": " "}),
    ("entrances", "ck_entrances_name_not_blank", {"name": ""}),
    ("dwellings", "ck_dwellings_floor", {"floor": 99}),
    ("dwellings", "ck_dwellings_reference_not_blank", {"reference": " "}),
    ("persons", "ck_persons_last_name_not_blank", {"last_name": ""}),
    ("persons", "ck_persons_age_band", {"age_band": "60_69"}),
    ("users", "ck_users_role", {"role": "superuser"}),
    ("users", "ck_users_login_not_blank", {"login": " "}),
    ("signalements", "ck_signalements_category", {"category": "littering"}),
    ("signalements", "ck_signalements_location_kind", {"location_kind": "garden"}),
    ("signalements", "ck_signalements_recurrence", {"recurrence": "weekly"}),
    ("signalements", "ck_signalements_severity", {"severity": 0}),
    ("signalements", "ck_signalements_status", {"status": "archived"}),
    ("signalements", "ck_signalements_closing_reason",
     {"status": "closed", "closing_reason": "bored"}),
    ("signalements", "ck_signalements_closing_reason_iff_closed", {"status": "closed"}),
    ("signalements", "ck_signalements_facts_end_after_start",
     {"facts_end": datetime(2025, 2, 1, tzinfo=UTC)}),
    ("signalements", "ck_signalements_persons_count", {"persons_count": -1}),
    ("signalements", "ck_signalements_estimated_cost", {"estimated_cost_cents": -5}),
    ("signalements", "ck_signalements_description_length", {"description": "x" * 4001}),
    ("referrals", "ck_referrals_recipient", {"recipient": "press"}),
    ("referrals", "ck_referrals_channel", {"channel": "pigeon"}),
    ("conflict_cases", "ck_conflict_cases_nature", {"nature": "music"}),
    ("conflict_cases", "ck_conflict_cases_status", {"status": "pending"}),
    ("conflict_cases", "ck_conflict_cases_current_step", {"current_step": "prison"}),
    ("conflict_cases", "ck_conflict_cases_closing_reason",
     {"status": "closed", "closed_on": date(2025, 3, 1), "closing_reason": "bored"}),
    ("conflict_cases", "ck_conflict_cases_closed_fields", {"status": "closed"}),
    ("conflict_cases", "ck_conflict_cases_closed_after_opened",
     {"status": "closed", "closing_reason": "resolved", "closed_on": date(2024, 1, 1)}),
    ("conflict_parties", "ck_conflict_parties_role", {"role": "witness"}),
    ("case_steps", "ck_case_steps_step", {"step": "arrest"}),
    ("case_steps", "ck_case_steps_due_after_taken", {"next_due_on": date(2024, 12, 1)}),
    ("mediation_sessions", "ck_mediation_sessions_kind",
     {"kind": "online", "consent_complainant": True, "consent_respondent": True}),
    ("mediation_sessions", "ck_mediation_sessions_external_needs_consent",
     {"kind": "conciliator", "consent_complainant": True}),
    ("welfare_entries", "ck_welfare_entries_age_band", {"age_band": "60_69"}),
    ("welfare_entries", "ck_welfare_entries_consent_method", {"consent_method": "telepathy"}),
    ("welfare_entries", "ck_welfare_entries_priority", {"priority": "urgent"}),
    ("welfare_entries", "ck_welfare_entries_frequency", {"frequency_days": 0}),
    ("welfare_entries", "ck_welfare_entries_left_after_consent",
     {"active": False, "left_on": date(2024, 1, 1)}),
    ("welfare_entries", "ck_welfare_entries_inactive_has_left_on", {"active": False}),
    ("welfare_contacts", "ck_welfare_contacts_kind", {"kind": "colleague"}),
    ("welfare_checks", "ck_welfare_checks_method", {"method": "letter"}),
    ("welfare_checks", "ck_welfare_checks_outcome",
     {"done_at": NOW, "outcome": "maybe"}),
    ("welfare_checks", "ck_welfare_checks_follow_up", {"follow_up": "police"}),
    ("welfare_checks", "ck_welfare_checks_done_has_outcome", {"done_at": NOW}),
    ("alert_plans", "ck_alert_plans_kind", {"kind": "flood"}),
    ("alert_plans", "ck_alert_plans_ends_after_start", {"ends_on": date(2025, 6, 1)}),
    ("alert_plans", "ck_alert_plans_max_interval", {"max_interval_days": 31}),
    ("attachments", "ck_attachments_owner_kind", {"owner_kind": "user"}),
    ("attachments", "ck_attachments_size", {"size": -1}),
    ("attachment_blobs", "ck_attachment_blobs_sha256_length", {"sha256": "abc"}),
    ("audit_entries", "ck_audit_entries_action", {"action": "hack"}),
    ("report_settings", "ck_report_settings_logo_size", {"logo": b"x" * (2 * 1024 * 1024 + 1)}),
    ("letter_templates", "ck_letter_templates_kind", {"kind": "court"}),
    ("letter_templates", "ck_letter_templates_subject_not_blank", {"subject": " "}),
    ("landlord_rules", "ck_landlord_rules_rule", {"rule": "deadline.court"}),
    ("landlord_rules", "ck_landlord_rules_days", {"days": -1}),
    ("welfare_alerts", "ck_welfare_alerts_reason", {"reason": "lonely"}),
    ("welfare_alerts", "ck_welfare_alerts_action", {"acted_at": NOW, "action": "shrug"}),
    ("welfare_alerts", "ck_welfare_alerts_acted_has_action", {"acted_at": NOW}),
    ("review_flags", "ck_review_flags_kind", {"kind": "household"}),
    ("review_flags", "ck_review_flags_words_not_blank", {"words": " "}),
    ("review_flags", "ck_review_flags_reviewer_has_date", {"reviewed_by": "someone"}),
]


def _insert(workspace, table: str, values: dict) -> None:
    with workspace.session() as s, s.begin():
        s.execute(insert(Base.metadata.tables[table]).values(values))


def test_every_check_constraint_is_tried():
    declared = {
        c.name for t in Base.metadata.tables.values() for c in t.constraints
        if isinstance(c, CheckConstraint)
    }
    assert declared == {name for _, name, _ in VIOLATIONS}


@pytest.mark.parametrize("table", sorted({t for t, _, _ in VIOLATIONS}))
def test_valid_row_is_accepted(workspace, base_rows, table):
    _insert(workspace, table, valid_row(table, base_rows))


@pytest.mark.parametrize(("table", "name", "bad"), VIOLATIONS, ids=[v[1] for v in VIOLATIONS])
def test_check_constraint_refuses(workspace, base_rows, table, name, bad):
    with pytest.raises(IntegrityError, match=f"CHECK constraint failed: {name}"):
        _insert(workspace, table, {**valid_row(table, base_rows), **bad})


@pytest.mark.parametrize(("table", "column"), [
    ("sites", "code"), ("users", "login"), ("dwellings", "reference"),
    ("organisations", "name"), ("report_settings", "landlord_id"), ("landlord_rules", "rule"),
])
def test_live_unique_keys_allow_reuse_after_delete(workspace, base_rows, table, column):
    """Unique among live records only: a tombstoned record frees its key."""
    row = valid_row(table, base_rows)
    _insert(workspace, table, row)
    dup = {**valid_row(table, base_rows), column: row[column]}
    with pytest.raises(IntegrityError, match="UNIQUE"):
        _insert(workspace, table, dup)
    with workspace.session() as s, s.begin():
        t = Base.metadata.tables[table]
        s.execute(t.update().where(t.c.id == row["id"]).values(deleted_at=NOW))
    _insert(workspace, table, dup)


@pytest.mark.parametrize(("table", "values"), [
    ("signalements", {"reference": "SIG-2025-AAAAA-AAAAA"}),
    ("conflict_cases", {"reference": "VOI-2025-AAAAA-AAAAA"}),
    ("buildings", {"name": "Bâtiment A"}),
    ("entrances", {"name": "Cage 1"}),
])
def test_unique_keys(workspace, base_rows, table, values):
    with pytest.raises(IntegrityError, match="UNIQUE"):
        _insert(workspace, table, {**valid_row(table, base_rows), **values})


def test_conflict_party_once_per_case(workspace, base_rows):
    _insert(workspace, "conflict_parties", valid_row("conflict_parties", base_rows))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        _insert(workspace, "conflict_parties",
                {**valid_row("conflict_parties", base_rows), "role": "respondent"})


@pytest.mark.parametrize(("table", "column"), [
    ("sites", "landlord_id"), ("buildings", "site_id"), ("signalements", "site_id"),
    ("referrals", "signalement_id"), ("case_steps", "case_id"),
    ("welfare_checks", "entry_id"), ("attachments", "sha256"), ("signalements", "org_id"),
])
def test_foreign_keys_enforced(workspace, base_rows, table, column):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        _insert(workspace, table, {**valid_row(table, base_rows), column: "missing" * 8})


@pytest.mark.parametrize(("table", "column"), [
    ("signalements", "category"), ("signalements", "facts_start"), ("sites", "code"),
    ("welfare_entries", "consent_on"), ("case_steps", "taken_on"),
])
def test_not_null(workspace, base_rows, table, column):
    with pytest.raises(IntegrityError, match="NOT NULL"):
        _insert(workspace, table, {**valid_row(table, base_rows), column: None})


def test_version_guards_lost_updates(workspace, base_rows):
    """Two editors load version 1; the second save is refused, not silently applied."""
    with workspace.session() as a, workspace.session() as b:
        site_a = a.get(Site, base_rows["site"])
        site_b = b.get(Site, base_rows["site"])
        b.commit()  # the editor's form stays open; its read transaction does not
        site_a.name = "Nouveau nom"
        a.commit()
        assert site_a.version == 2
        site_b.name = "Autre nom"
        with pytest.raises(StaleDataError):
            b.commit()


def test_mixin_defaults_on_orm_insert(workspace, base_rows):
    with workspace.session() as s, s.begin():
        org = s.get(Organisation, base_rows["org"])
        site = Site(code="VS09", name="Les Cèdres", landlord_id=org.id, org_id=org.id)
        s.add(site)
        s.flush()
        assert len(site.id) == 36 and site.id[14] == "7"  # UUIDv7
        assert site.version == 1 and site.deleted_at is None
        assert site.created_at.tzinfo is not None
        assert abs((site.created_at - utcnow()).total_seconds()) < 60


def test_datetimes_come_back_in_utc(workspace, base_rows):
    with workspace.session() as s:
        sig = s.scalar(select(Signalement))
        assert sig.facts_start == NOW and sig.facts_start.tzinfo is not None


def test_naive_datetime_refused(workspace, base_rows):
    with pytest.raises(Exception, match="naive datetime"):
        _insert(workspace, "alert_plans", {**valid_row("alert_plans", base_rows),
                                           "created_at": datetime(2025, 1, 1)})


def test_pragmas(workspace):
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
