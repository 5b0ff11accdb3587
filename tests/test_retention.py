"""Retention: the purge deletes or anonymises what is over its period, in one transaction,
audited and queued for sync; at most once a day from the app; `palier purge` and
`palier retention` as real processes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.domain import retention as periods
from app.models import (
    AuditEntry,
    CaseStep,
    ConflictCase,
    ConflictParty,
    FormDraft,
    Referral,
    Signalement,
    SyncOutbox,
    WelfareCheck,
    WelfareEntry,
)
from app.services.base import Actor
from app.services.conflicts import ConflictService
from app.services.errors import PermissionDenied, ValidationError
from app.services.integrity import IntegrityService
from app.services.retention import PurgeService
from app.services.signalements import SignalementService
from app.services.welfare import WelfareService
from app.store.timestamps import to_micros
from tests.privacy_data import case, people, signalement, welfare_entry
from tests.test_cli import palier

LONG_AGO = datetime.now(UTC) - timedelta(days=7 * 365)
RECENTLY = datetime.now(UTC) - timedelta(days=20)


def sql(workspace, statement: str, **params) -> None:
    with workspace.engine.begin() as conn:
        conn.execute(text(statement), params)


@pytest.fixture
def p(workspace, landlord_site):
    return people(workspace, landlord_site)


def closed_signalement(workspace, p, closed_at: datetime, **values) -> str:
    sid = signalement(workspace, p, witnesses="M. Martin, 2e étage", **values)
    service = SignalementService(workspace)
    service.add_referral(sid, "police", date.today(), "email", "PV 2025/123",
                         notes="Plainte de M. Martin")
    # Closed long ago: the closing is the record's last change.
    sql(workspace, "UPDATE signalements SET status = 'closed', closing_reason = 'resolved',"
                   " updated_at = :at WHERE id = :id", at=to_micros(closed_at), id=sid)
    return sid


def closed_case(workspace, p, closed_on: date) -> str:
    cid = case(workspace, p, summary="Bruit de M. Diallo la nuit")
    ConflictService(workspace).close_case(cid, "resolved", date.today())
    sql(workspace, "UPDATE conflict_cases SET closed_on = :d, opened_on = :o WHERE id = :id",
        d=closed_on.isoformat(), o=(closed_on - timedelta(days=30)).isoformat(), id=cid)
    return cid


def test_expired_records_are_anonymised_or_deleted_and_the_rest_kept(workspace, p):
    old_sig = closed_signalement(workspace, p, LONG_AGO)
    recent_sig = closed_signalement(workspace, p, RECENTLY)
    open_sig = signalement(workspace, p, description="Toujours en cours")
    sql(workspace, "UPDATE signalements SET updated_at = :at WHERE id = :id",
        at=to_micros(LONG_AGO), id=open_sig)
    old_case = closed_case(workspace, p, (datetime.now() - timedelta(days=6 * 365)).date())
    recent_case = closed_case(workspace, p, date.today() - timedelta(days=10))
    entry = welfare_entry(workspace, p)
    welfare = WelfareService(workspace)
    welfare.record_check(entry, date.today() - timedelta(days=3 * 365), LONG_AGO, "call",
                         "reached_fine", notes="Va bien")
    welfare.record_check(entry, date.today() - timedelta(days=1), RECENTLY + timedelta(days=19),
                         "call", "reached_fine", notes="Va bien aussi")
    with workspace.session() as s, s.begin():
        s.add(FormDraft(key="signalement:new", kind="signalement", payload="{}",
                        updated_at=datetime.now(UTC) - timedelta(days=31)))
        s.add(FormDraft(key="signalement:x", kind="signalement", payload="{}"))
    outbox_before = _outbox(workspace)

    report = PurgeService(workspace).run()

    assert report.counts == {"signalements": 1, "conflict_cases": 1, "welfare_checks": 1,
                             "welfare_entries": 0, "drafts": 1, "audit": 0}
    with workspace.session() as s:
        sig = s.get(Signalement, old_sig)
        # Statistics survive: category, dates, site; people and free text do not.
        assert (sig.category, sig.site_id, sig.deleted_at) == ("neighbour_disturbance",
                                                                 p.site, None)
        assert (sig.description, sig.witnesses, sig.reporter_id) == ("", "", None)
        ref = s.scalars(select(Referral).where(Referral.signalement_id == old_sig)).one()
        assert (ref.recipient, ref.notes, ref.reference_number) == ("police", "", "")
        assert s.get(Signalement, recent_sig).witnesses == "M. Martin, 2e étage"
        assert s.get(Signalement, open_sig).description == "Toujours en cours"
        kase = s.get(ConflictCase, old_case)
        assert (kase.nature, kase.summary) == ("noise", "")
        assert all(pt.deleted_at is not None for pt in s.scalars(
            select(ConflictParty).where(ConflictParty.case_id == old_case)))
        assert [st.outcome for st in s.scalars(select(CaseStep).where(
            CaseStep.case_id == old_case))] == [""]  # the complaint, without its text
        assert s.get(ConflictCase, recent_case).summary == "Bruit de M. Diallo la nuit"
        checks = {c.notes: c.deleted_at for c in s.scalars(select(WelfareCheck).where(
            WelfareCheck.entry_id == entry, WelfareCheck.done_at.is_not(None)))}
        assert checks["Va bien aussi"] is None and checks[""] is not None
        assert [d.key for d in s.scalars(select(FormDraft))] == ["signalement:x"]
        audit = [(a.action, a.entity_kind, a.summary) for a in s.scalars(
            select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(4))]
    assert ("delete", "signalement", "retention: 1") in audit
    assert ("delete", "conflict_case", "retention: 1") in audit
    # Sync carries it: the anonymised fields are queued like any edit.
    queued = _outbox(workspace)[len(outbox_before):]
    assert ("signalements", old_sig) in [(e, r) for e, r, _f in queued]
    fields = next(json.loads(f) for e, r, f in queued if (e, r) == ("signalements", old_sig))
    assert fields["witnesses"] == "" and fields["description"] == ""
    # Nothing left to do: a second run changes nothing.
    assert PurgeService(workspace).run().total == 0
    assert IntegrityService(workspace).check() == []


def _outbox(workspace) -> list[tuple[str, str, str | None]]:
    with workspace.session() as s:
        return [(o.entity, o.record_id, o.fields) for o in s.scalars(
            select(SyncOutbox).order_by(SyncOutbox.n))]


def test_a_dry_run_counts_and_changes_nothing(workspace, p):
    sid = closed_signalement(workspace, p, LONG_AGO)
    with workspace.session() as s:
        entries = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    report = PurgeService(workspace).run(dry_run=True)
    assert report.dry_run and report.counts["signalements"] == 1
    with workspace.session() as s:
        assert s.get(Signalement, sid).witnesses == "M. Martin, 2e étage"
        assert s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) \
            == entries


def test_the_purge_is_one_transaction(workspace, p):
    """A failure half-way leaves everything as it was."""
    sid = closed_signalement(workspace, p, LONG_AGO)
    entry = welfare_entry(workspace, p)
    WelfareService(workspace).record_check(entry, date.today() - timedelta(days=3 * 365),
                                           LONG_AGO, "call", "reached_fine", notes="x")
    sql(workspace, "CREATE TRIGGER no_purge BEFORE UPDATE OF deleted_at ON welfare_checks"
                   " BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(Exception, match="refused"):
        PurgeService(workspace).run()
    with workspace.session() as s:
        assert s.get(Signalement, sid).witnesses == "M. Martin, 2e étage"


def test_a_left_register_entry_follows_the_landlord_rule(workspace, p):
    entry = welfare_entry(workspace, p, home_care="Aide le mardi")
    WelfareService(workspace).leave_register(entry, date.today() - timedelta(days=40))
    assert PurgeService(workspace).run().counts["welfare_entries"] == 1  # 30 days by default
    with workspace.session() as s:
        got = s.get(WelfareEntry, entry)
        assert got.deleted_at is not None and got.home_care == ""


def test_the_audit_trail_is_cut_and_still_verifies(workspace, p):
    signalement(workspace, p)
    signalement(workspace, p)
    with workspace.session() as s:
        first_two = list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.seq).limit(2)))
    # Backdate the first two entries' times without touching their hashes: `at` is in
    # the hash, so re-seal them as the chain would have.
    _backdate_audit(workspace, first_two, LONG_AGO)
    assert IntegrityService(workspace).check() == []
    report = PurgeService(workspace).run()
    assert report.counts["audit"] == 2
    with workspace.session() as s:
        assert not set(first_two) & set(s.scalars(select(AuditEntry.id)))
        assert s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first() \
            .summary == "retention: 2"
    assert IntegrityService(workspace).check() == []
    # The chain is still watched after the cut.
    sql(workspace, "UPDATE audit_entries SET summary = 'changé' WHERE seq = "
                   "(SELECT min(seq) FROM audit_entries)")
    assert [p.message for p in IntegrityService(workspace).check()]


def test_a_syncing_workspace_keeps_the_audit_entries_not_yet_on_the_server(workspace, p):
    signalement(workspace, p)
    signalement(workspace, p)
    with workspace.session() as s:
        seqs = list(s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
        ids = list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.seq)))
    _backdate_audit(workspace, ids[:2], LONG_AGO)
    # Signed in to a server which has acknowledged the first entry only.
    sql(workspace, "INSERT INTO sync_state (key, value) VALUES ('server_url', 'https://x'),"
                   f" ('audit_pushed', '{seqs[0]}')")
    report = PurgeService(workspace).run()
    assert report.counts["audit"] == 1
    with workspace.session() as s:
        assert ids[1] in set(s.scalars(select(AuditEntry.id)))
    assert IntegrityService(workspace).check() == []


def _backdate_audit(workspace, ids, when: datetime) -> None:
    from app.domain.audit_chain import GENESIS, entry_hash

    with workspace.engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT seq, id, at, org_id, user_id, action, entity_kind, entity_id, summary"
            " FROM audit_entries ORDER BY seq").fetchall()
        prev = GENESIS
        for seq, id_, at, org, user, action, kind, eid, summary in rows:
            at = to_micros(when) if id_ in ids else at
            digest = entry_hash(seq, id_, at, org, user, action, kind, eid, summary, prev)
            conn.exec_driver_sql("UPDATE audit_entries SET at = ?, prev_hash = ?, hash = ?"
                                 " WHERE seq = ?", (at, prev, digest, seq))
            prev = digest


def test_run_if_due_runs_once_a_day(workspace, p):
    service = PurgeService(workspace)
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert service.run_if_due(monday) is not None
    assert service.last_run() == monday
    assert service.run_if_due(monday + timedelta(hours=3)) is None
    closed_signalement(workspace, p, LONG_AGO)
    report = service.run_if_due(monday + timedelta(days=1))
    assert report is not None and report.counts["signalements"] == 1


def test_periods_are_configurable_within_bounds(workspace, p):
    service = PurgeService(workspace)
    assert service.periods() == periods.DEFAULT_DAYS
    service.set_period("signalements", 400)
    assert service.periods()["signalements"] == 400
    sid = closed_signalement(workspace, p, datetime.now(UTC) - timedelta(days=401))
    assert service.run().counts["signalements"] == 1
    with workspace.session() as s:
        assert s.get(Signalement, sid).witnesses == ""
    for kind, days in (("signalements", 5), ("drafts", 400), ("everything", 30)):
        with pytest.raises(ValidationError):
            service.set_period(kind, days)


@pytest.mark.parametrize("role", ["caretaker", "mediator", "admin", "partner"])
def test_only_the_officer_purges(workspace, p, role):
    actor = Actor(user_id=p.caretaker, org_id=p.org, role=role,
                  site_ids=frozenset({p.site}), signed_in=True)
    service = PurgeService(workspace, actor)
    for call in (service.run, service.run_if_due, lambda: service.set_period("drafts", 10)):
        with pytest.raises(PermissionDenied):
            call()
    officer = Actor(user_id=p.officer, org_id=p.org, role="officer", signed_in=True)
    assert PurgeService(workspace, officer).run().total == 0


def test_an_officer_purges_only_their_organisation(workspace, p):
    from app.services.places import PlaceService

    sid = closed_signalement(workspace, p, LONG_AGO)
    other = PlaceService(workspace).create_organisation("Autre Bailleur", "landlord")
    stranger = Actor(user_id=None, org_id=other, role="officer", signed_in=True)
    assert PurgeService(workspace, stranger).run().counts["signalements"] == 0
    with workspace.session() as s:
        assert s.get(Signalement, sid).witnesses == "M. Martin, 2e étage"


# The command line ---------------------------------------------------------------------

def test_palier_purge_and_retention(tmp_path):
    folder = tmp_path / "ws"
    done = palier("demo", "--records", "50", data_dir=folder)
    assert done.returncode == 0, done.stderr
    dry = palier("purge", "--dry-run", data_dir=folder)
    assert dry.returncode == 0, dry.stderr
    assert "Purge à blanc" in dry.stdout and "Signalements clos : 0" in dry.stdout
    shown = palier("retention", data_dir=folder, lang="en")
    assert shown.returncode == 0 and "signalements" in shown.stdout and "1826 days" in shown.stdout
    bad = palier("retention", "drafts", "0", data_dir=folder)
    assert bad.returncode == 1 and "entre 1 et 365" in bad.stderr
    refused = palier("purge", data_dir=folder, env={"PALIER_USER": "gardien.martin"})
    assert refused.returncode == 1 and "Réservé au référent sûreté" in refused.stderr
    ok = palier("retention", "welfare_checks", "30", data_dir=folder,
                env={"PALIER_USER": "surete.moreau"})
    assert ok.returncode == 0, ok.stderr
    done = palier("purge", data_dir=folder, env={"PALIER_USER": "surete.moreau"})
    assert done.returncode == 0 and "Purge faite" in done.stdout
    line = next(ln for ln in done.stdout.splitlines() if "Appels et visites" in ln)
    assert int(line.rsplit(":", 1)[1]) > 0  # the demo's checks older than 30 days
    assert palier("check", data_dir=folder).returncode == 0
