"""A person's file: export (right of access) and erasure, on a real workspace and through
`palier person` as a real process."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from workspace_access import open_signed_in

from app.models import (
    AuditEntry,
    ConflictParty,
    Household,
    Person,
    ReviewFlag,
    Signalement,
    SyncOutbox,
    WelfareCheck,
    WelfareEntry,
)
from app.services.base import Actor
from app.services.conflicts import ConflictService
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.person_file import PersonFileService
from app.services.review import ReviewService
from app.services.welfare import WelfareService
from tests.privacy_data import case, people, signalement, welfare_entry
from tests.test_cli import palier


@pytest.fixture
def p(workspace, landlord_site):
    return people(workspace, landlord_site)


@pytest.fixture
def records(workspace, p):
    """Moussa Diallo is a respondent in a case (with a linked signalement) and named in
    another signalement; Jeanne Petit is on the welfare register."""
    linked = signalement(workspace, p, description="Musique forte au 3e")
    cid = case(workspace, p)
    ConflictService(workspace).link_signalements(cid, [linked])
    named = signalement(workspace, p, witnesses="M. Diallo a vu la scène")
    unrelated = signalement(workspace, p, description="Porte du local vélos forcée")
    entry = welfare_entry(workspace, p, home_care="Aide le mardi")
    WelfareService(workspace).record_check(entry, date.today(), datetime.now(UTC), "call",
                                           "reached_fine", notes="Mme Petit va bien")
    return {"case": cid, "linked": linked, "named": named, "unrelated": unrelated,
            "entry": entry}


def test_export_gathers_everything_about_the_person(workspace, p, records):
    service = PersonFileService(workspace)
    doc = service.export(p.persons["DIALLO"])
    assert doc["person"]["last_name"] == "Diallo"
    assert doc["household"]["dwelling"]["reference"] == "VS01-A1-0301"
    assert [c["id"] for c in doc["conflict_cases"]] == [records["case"]]
    assert doc["conflict_cases"][0]["role"] == "respondent"
    assert doc["conflict_cases"][0]["steps"][0]["step"] == "complaint"
    # The other party is not in the person's file.
    assert "Martin" not in json.dumps(doc["conflict_cases"], ensure_ascii=False)
    whys = {s["id"]: s["why"] for s in doc["signalements"]}
    assert whys == {records["linked"]: "case", records["named"]: "mention"}
    assert doc["welfare"] == []
    assert {a["entity_id"] for a in doc["audit"]} >= {records["case"], records["linked"]}
    assert "reporter_id" not in doc["signalements"][0]
    # The export itself is audited, by id and count only.
    with workspace.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.entity_kind, last.entity_id) == (
            "export", "person", p.persons["DIALLO"])
        assert "Diallo" not in last.summary

    petit = service.export(service.find("PETIT Jeanne"))
    assert petit["welfare"][0]["home_care"] == "Aide le mardi"
    assert "Mme Petit va bien" in [c["notes"] for c in petit["welfare"][0]["checks"]]
    assert petit["signalements"] == [] and petit["conflict_cases"] == []


def test_find_by_name(workspace, p):
    service = PersonFileService(workspace)
    assert service.find("DIALLO Moussa") == p.persons["DIALLO"]
    assert service.find("moussa diallo") == p.persons["DIALLO"]
    with pytest.raises(ValidationError, match="introuvable"):
        service.find("Dupont Jean")
    with workspace.session() as s, s.begin():
        s.add(Person(household_id=p.households["MARTIN"], last_name="Diallo",
                     first_name="Moussa", org_id=p.org))
    with pytest.raises(ValidationError, match="Plusieurs"):
        service.find("Diallo Moussa")


def test_erase_removes_the_person_and_flags_free_text(workspace, p, records):
    result = PersonFileService(workspace).erase(p.persons["DIALLO"])
    with workspace.session() as s:
        person = s.get(Person, p.persons["DIALLO"])
        assert person.deleted_at is not None
        assert (person.last_name, person.first_name, person.phone) == ("ANONYME", "", "")
        household = s.get(Household, p.households["DIALLO"])
        assert household.deleted_at is not None and household.name == "ANONYME"
        assert all(pt.deleted_at is not None for pt in s.scalars(select(ConflictParty).where(
            ConflictParty.household_id == p.households["DIALLO"])))
        # The signalement naming him cannot be rewritten by a machine: flagged instead.
        assert s.get(Signalement, records["named"]).witnesses == "M. Diallo a vu la scène"
        flagged = {(f.kind, f.record_id) for f in s.scalars(select(ReviewFlag))}
        assert flagged == {("signalement", records["named"]),
                           ("conflict_case", records["case"])}
        # Sync carries the erasure.
        queued = {(o.entity, o.record_id) for o in s.scalars(select(SyncOutbox))}
        assert ("persons", p.persons["DIALLO"]) in queued
        assert ("households", p.households["DIALLO"]) in queued
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.entity_id) == ("delete", p.persons["DIALLO"])
    assert result.flagged == 2 and result.changed >= 3
    assert [r.words for r in ReviewService(workspace).pending()] == [["[effacement]"]] * 2
    with pytest.raises(NotFound):
        PersonFileService(workspace).export(p.persons["DIALLO"])


def test_erase_a_register_entry(workspace, p, records):
    PersonFileService(workspace).erase(p.persons["PETIT"])
    with workspace.session() as s:
        entry = s.get(WelfareEntry, records["entry"])
        assert entry.deleted_at is not None and entry.home_care == ""
        assert [c.notes for c in s.scalars(select(WelfareCheck).where(
            WelfareCheck.entry_id == records["entry"], WelfareCheck.done_at.is_not(None)))] \
            == [""]


def test_anonymise_keeps_the_records_without_the_identity(workspace, p, records):
    PersonFileService(workspace).erase(p.persons["DIALLO"], anonymise=True)
    PersonFileService(workspace).erase(p.persons["PETIT"], anonymise=True)
    with workspace.session() as s:
        person = s.get(Person, p.persons["DIALLO"])
        assert person.deleted_at is None and person.last_name == "ANONYME"
        assert s.get(Household, p.households["DIALLO"]).name == "ANONYME"
        # The case keeps an anonymous respondent.
        assert [pt.deleted_at for pt in s.scalars(select(ConflictParty).where(
            ConflictParty.household_id == p.households["DIALLO"]))] == [None]
        entry = s.get(WelfareEntry, records["entry"])
        assert entry.deleted_at is None and entry.home_care == ""
        assert {c.outcome for c in s.scalars(select(WelfareCheck).where(
            WelfareCheck.entry_id == records["entry"], WelfareCheck.done_at.is_not(None)))} \
            == {"reached_fine"}
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last.action == "update" and last.summary.startswith("anonymised")


def test_a_household_member_left_behind_becomes_the_head(workspace, p):
    with workspace.session() as s, s.begin():
        s.add(Person(household_id=p.households["MARTIN"], last_name="Martin",
                     first_name="Paul", org_id=p.org))
    PersonFileService(workspace).erase(p.persons["MARTIN"])
    with workspace.session() as s:
        household = s.get(Household, p.households["MARTIN"])
        assert household.deleted_at is None and household.name == "MARTIN Paul"


@pytest.mark.parametrize("role", ["caretaker", "mediator", "admin", "partner"])
def test_only_the_officer_may(workspace, p, role):
    actor = Actor(user_id=p.caretaker, org_id=p.org, role=role, site_ids=frozenset({p.site}),
                  signed_in=True)
    service = PersonFileService(workspace, actor)
    with pytest.raises(PermissionDenied):
        service.export(p.persons["DIALLO"])
    with pytest.raises(PermissionDenied):
        service.erase(p.persons["DIALLO"])
    officer = Actor(user_id=p.officer, org_id=p.org, role="officer", signed_in=True)
    assert PersonFileService(workspace, officer).export(p.persons["DIALLO"])["person"]


# The command line ---------------------------------------------------------------------

def test_palier_person_export_and_erase(tmp_path):
    folder = tmp_path / "ws"
    assert palier("demo", "--records", "50", data_dir=folder).returncode == 0
    ws = open_signed_in(folder)
    try:
        with ws.session() as s:
            person = s.scalars(select(Person).where(Person.deleted_at.is_(None),
                                                    Person.is_head)).first()
            name, pid = f"{person.last_name.upper()} {person.first_name}", person.id
            person_last = person.last_name
            duplicates = s.scalar(select(Person.id).where(
                Person.last_name == person.last_name, Person.first_name == person.first_name,
                Person.id != pid))
    finally:
        ws.close()
    out = tmp_path / "dossier.json"
    done = palier("person", "export", pid, "-o", str(out), data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert "Dossier exporté" in done.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["id"] == pid
    assert not out.with_name("dossier.json.part").exists()
    pdf = tmp_path / "dossier.pdf"
    as_pdf = palier("person", "export", pid, "-o", str(pdf), data_dir=folder)
    assert as_pdf.returncode == 0, as_pdf.stderr
    reader = PdfReader(pdf)
    first = reader.pages[0].extract_text()
    assert "Dossier de la personne" in first and person_last in first
    assert person_last not in (reader.metadata.title or "")  # the name stays in the body
    if duplicates is None:
        by_name = palier("person", "export", "--name", name, "-o", str(out), data_dir=folder)
        assert by_name.returncode == 0, by_name.stderr
    missing = palier("person", "export", "--name", "Personne Inconnue", "-o", str(out),
                     data_dir=folder)
    assert missing.returncode == 1 and "introuvable" in missing.stderr
    assert palier("person", "export", "-o", str(out), data_dir=folder).returncode == 2
    unwritable = palier("person", "export", pid, "-o", str(tmp_path / "no" / "f.json"),
                        data_dir=folder)
    assert unwritable.returncode == 1 and "f.json" in unwritable.stderr
    refused = palier("person", "erase", pid, data_dir=folder,
                     env={"PALIER_USER": "gardien.martin"})
    assert refused.returncode == 1 and "Réservé au référent sûreté" in refused.stderr
    erased = palier("person", "erase", pid, data_dir=folder,
                    env={"PALIER_USER": "surete.moreau"})
    assert erased.returncode == 0 and "Personne effacée" in erased.stdout, erased.stderr
    again = palier("person", "export", pid, "-o", str(out), data_dir=folder)
    assert again.returncode == 1
    assert palier("check", data_dir=folder).returncode == 0
