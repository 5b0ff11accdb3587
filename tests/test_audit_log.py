"""The security officer's journal (app.services.audit_log) on real workspaces: filters,
paging newest first, who may read and export it, and the chain status once an entry
has been tampered with."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from app.domain.audit_chain import GENESIS, entry_hash
from app.models import AuditEntry, User
from app.services.audit_log import NO_USER, TRAIL_KIND, AuditFilter, AuditLogService
from app.services.base import Actor
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.places import PlaceService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.timestamps import from_micros, local_day_start, to_micros


def _user(ws, org: str, role: str, name: str) -> str:
    with ws.session() as s, s.begin():
        user = User(login=f"{role}-{uuid.uuid4().hex[:8]}", display_name=name, role=role,
                    org_id=org)
        s.add(user)
        s.flush()
        return user.id


def _append(ws, at: datetime, action: str, kind: str, entity: str | None, summary: str,
            org: str | None, user: str | None) -> None:
    """One entry at the end of the chain, sealed as the services seal it, at a chosen time."""
    with ws.engine.begin() as conn:
        last = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                            .order_by(AuditEntry.seq.desc()).limit(1)).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        entry_id, micros = str(uuid.uuid4()), to_micros(at)
        conn.execute(insert(AuditEntry).values(
            id=entry_id, at=from_micros(micros), org_id=org, user_id=user, action=action,
            entity_kind=kind, entity_id=entity, summary=summary, seq=seq, prev_hash=prev,
            hash=entry_hash(seq, entry_id, micros, org, user, action, kind, entity, summary,
                            prev)))


def _noon(d: date) -> datetime:
    return local_day_start(d) + timedelta(hours=12)


@pytest.fixture
def trail(workspace):
    """Two landlords, an officer, an admin and a caretaker of the first; a signalement
    made through the service; then entries on three chosen days, by user and organisation."""
    places = PlaceService(workspace)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord")
    other = places.create_organisation("Logis Nord", "landlord")
    site = places.create_site("VS01", "Résidence Les Tilleuls", org)
    officer = _user(workspace, org, "officer", "Odile Officier")
    caretaker = _user(workspace, org, "caretaker", "Gaston Gardien")
    stranger = _user(workspace, other, "officer", "Nadia Nord")
    sig = SignalementService(workspace).create(SignalementDraft(
        category="squat", site_id=site, facts_start=datetime(2025, 3, 1, 22, tzinfo=UTC),
        description="Squat dans le hall"))
    with workspace.session() as s:
        reference = s.scalar(select(AuditEntry.summary).where(AuditEntry.entity_id == sig))
    d1, d2, d3 = date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 7)
    _append(workspace, _noon(d1), "update", "signalement", sig, "status", org, caretaker)
    _append(workspace, _noon(d1), "print", "signalement", sig, f"fiche {reference}", org,
            officer)
    _append(workspace, _noon(d2), "export", "signalements", None, "csv: 12", org, officer)
    _append(workspace, _noon(d2), "create", "conflict_case", str(uuid.uuid4()),
            "VOI-2026-00001", other, stranger)
    _append(workspace, _noon(d3), "sign_in_failed", "user", None, "login dupont", None, None)
    return {"ws": workspace, "org": org, "other": other, "sig": sig, "ref": reference,
            "officer": officer, "caretaker": caretaker, "stranger": stranger,
            "days": (d1, d2, d3)}


def _actor(t, role: str, org_key: str = "org") -> Actor:
    return Actor(_user(t["ws"], t[org_key], role, role), t[org_key], role, frozenset(),
                 signed_in=True)


def _all(service: AuditLogService, flt: AuditFilter | None = None, size: int = 2) -> list:
    """Every row of `flt`, page after page of `size`."""
    flt = flt or AuditFilter()
    rows, after = [], None
    while True:
        page = service.page(flt, limit=size, after=after)
        rows += page
        if len(page) < size:
            return rows
        after = service.page_key(page[-1])


def test_newest_first_paged_and_counted(trail):
    service = AuditLogService(trail["ws"])
    every = _all(service, size=1000)
    seqs = [r.seq for r in every]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == len(set(seqs))
    assert service.count() == len(every)
    # Page by page gives the same rows, none twice, none lost.
    assert [r.seq for r in _all(service, size=2)] == seqs
    assert [r.seq for r in service.page(limit=3)] == seqs[:3]
    newest = every[0]
    assert (newest.action, newest.user_id, newest.user_name) == ("sign_in_failed", None, "")
    assert every[1].user_name == "Nadia Nord"


def test_filters(trail):
    service = AuditLogService(trail["ws"])
    d1, d2, d3 = trail["days"]

    def actions(**kw) -> list[str]:
        flt = AuditFilter(**kw)
        rows = _all(service, flt)
        assert service.count(flt) == len(rows)
        return [r.action for r in rows]

    assert actions(date_from=d1, date_to=d1) == ["print", "update"]
    assert actions(date_from=d2, date_to=d3) == ["sign_in_failed", "create", "export"]
    assert actions(date_from=d1, date_to=d2) == ["create", "export", "print", "update"]
    assert actions(action="export", date_from=d1) == ["export"]
    assert actions(user_id=trail["officer"]) == ["export", "print"]
    assert actions(user_id=NO_USER, date_from=d1, date_to=d3) == ["sign_in_failed"]
    assert actions(entity_kind="conflict_case") == ["create"]
    # By the record's id, or by its reference (which the entries store as an id or a summary).
    by_id = actions(reference=trail["sig"])
    assert by_id[:2] == ["print", "update"] and set(by_id) == {"print", "update", "create"}
    assert actions(reference=trail["ref"]) == by_id
    assert actions(reference="VOI-2026-00001") == ["create"]
    assert actions(text="csv") == ["export"]
    assert actions(text="FICHE " + trail["ref"].lower()) == ["print"]
    assert actions(text="50%") == []  # a LIKE wildcard is a character, not a pattern
    assert actions(text="nothing-like-this") == []


def test_bad_filters_are_refused_in_words(trail):
    service = AuditLogService(trail["ws"])
    with pytest.raises(ValidationError) as caught:
        service.page(AuditFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))
    assert "fin de la période" in caught.value.errors["date_to"]
    with pytest.raises(ValidationError) as caught:
        service.count(AuditFilter(action="tamper"))
    assert "tamper" in caught.value.errors["action"]
    with pytest.raises(ValidationError):
        service.page(AuditFilter(text="x" * 201))


def test_choices(trail):
    service = AuditLogService(trail["ws"])
    users = service.users()
    assert users[0].id == NO_USER and "Système" in users[0].label
    assert [u.label for u in users[1:]] == ["Gaston Gardien", "Nadia Nord", "Odile Officier"]
    assert {"signalement", "signalements", "conflict_case", "user"} <= set(service.kinds())


@pytest.mark.parametrize("role", ["officer", "admin"])
def test_officer_and_admin_read_their_organisation(trail, role, tmp_path):
    service = AuditLogService(trail["ws"], _actor(trail, role))
    rows = _all(service)
    assert rows and service.count() == len(rows)
    # Their organisation's entries and the system's, never another landlord's.
    assert {r.org_id for r in rows} == {trail["org"], None}
    assert "Nadia Nord" not in [u.label for u in service.users()]
    assert "conflict_case" not in service.kinds()
    assert service.verify().intact
    target = tmp_path / "journal.csv"
    assert service.export_csv(AuditFilter(), target) == len(rows)
    assert target.exists()


@pytest.mark.parametrize("role", ["caretaker", "mediator", "partner"])
def test_other_roles_are_refused(trail, role, tmp_path):
    service = AuditLogService(trail["ws"], _actor(trail, role))
    out = tmp_path / "out"
    out.mkdir()
    calls = [service.page, service.count, service.users, service.kinds, service.verify,
             lambda: service.export_csv(AuditFilter(), out / "journal.csv")]
    for call in calls:
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert "autorisée" in str(caught.value) or "partenaire" in str(caught.value)
    assert list(out.iterdir()) == []
    # Nothing was written to the trail by a refusal.
    assert AuditLogService(trail["ws"]).count(AuditFilter(action="export")) == 1


def test_reading_is_not_audited_exporting_is(trail, tmp_path):
    service = AuditLogService(trail["ws"], _actor(trail, "officer"))
    before = AuditLogService(trail["ws"]).count()
    service.page(), service.count(), service.users(), service.verify()
    assert AuditLogService(trail["ws"]).count() == before

    target = tmp_path / "journal.csv"
    flt = AuditFilter(date_from=trail["days"][0], date_to=trail["days"][1])
    assert service.export_csv(flt, target) == 3
    assert not target.with_name("journal.csv.part").exists()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][:4] == ["seq", "at", "action", "action_label"]
    # Oldest first, with the French labels beside the codes, the names and the hashes.
    assert [(r[2], r[3], r[5]) for r in lines[1:]] == [
        ("update", "Modification", "Gaston Gardien"), ("print", "Impression", "Odile Officier"),
        ("export", "Export", "Odile Officier")]
    assert all(len(r[-1]) == 64 for r in lines[1:])

    newest = AuditLogService(trail["ws"]).page(limit=1)[0]
    assert (newest.action, newest.entity_kind, newest.summary) == ("export", TRAIL_KIND, "csv: 3")
    assert newest.user_id == service.actor.user_id
    assert AuditLogService(trail["ws"]).verify().intact


def test_failed_export_leaves_no_file_and_no_entry(trail, tmp_path):
    service = AuditLogService(trail["ws"])
    before = service.count()
    out = tmp_path / "out"
    out.mkdir()
    # The target is a folder: the .part is written, the rename fails.
    (out / "journal.csv").mkdir()
    with pytest.raises(ServiceError) as caught:
        service.export_csv(AuditFilter(), out / "journal.csv")
    assert "Écriture impossible" in str(caught.value)
    assert service.count() == before
    # A bad filter is refused before any file is opened.
    with pytest.raises(ValidationError):
        service.export_csv(AuditFilter(action="nope"), out / "other.csv")
    assert [p.name for p in out.iterdir()] == ["journal.csv"]


def test_chain_status_on_a_tampered_workspace(trail):
    service = AuditLogService(trail["ws"])
    status = service.verify()
    total = service.count()
    assert status.intact and status.entries == total and status.first_message == ""

    with trail["ws"].engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entries SET summary = 'rien' WHERE seq = 3")
    status = service.verify()
    assert not status.intact and status.entries == total
    assert (status.first.seq, status.first.kind) == (3, "altered")
    assert "n° 3" in status.first_message and "modifiée" in status.first_message

    with trail["ws"].engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_entries WHERE seq = 2")
    status = service.verify()
    assert status.entries == total - 1
    assert [(b.seq, b.kind) for b in status.breaks[:2]] == [(3, "gap"), (3, "link")]
