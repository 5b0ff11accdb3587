"""References drawn twice (docs/sync-protocol.md §4, "References").

Each desktop draws its signalement and case references offline, so two computers may
draw the same one. The server keeps it for the record that reached it first and gives
the later record a new one, which its desktop applies with the acknowledgement: nothing
is refused, both desktops end with both records, under different references.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sync_helpers import Desk
from test_faults import assert_converged

from app.server import core
from app.server import db as sdb
from app.services.integrity import audit_chain_breaks
from app.services.signalements import SignalementDraft


@dataclass
class Two:
    """Two desktops of one organisation, both synced with one of its sites."""
    org: str
    a: Desk
    b: Desk
    site: str

    def clash(self) -> tuple[str, str, str]:
        """a's signalement synced, then b's with the same reference, not synced yet:
        (a's id, the reference, b's id)."""
        first = self.a.signalement(self.site)
        taken = self.a.value("signalements", first, "reference")
        self.a.sync()
        later = self.b.signalement(self.site, description="Tags dans l'ascenseur.")
        _set_reference(self.b, later, taken)
        return first, taken, later


@pytest.fixture
def two(server, admin, tmp_path, migrated_template):
    org = admin.org()
    a = Desk(tmp_path / "a", server.url, admin.user(org, "admin"), migrated_template)
    b = Desk(tmp_path / "b", server.url, admin.user(org, "officer"), migrated_template)
    try:
        site = a.site()
        a.sync()
        b.sync()
        yield Two(org, a, b, site)
    finally:
        a.close()
        b.close()


def _set_reference(desk: Desk, sig: str, reference: str) -> None:
    """What the random draw could have given: the other computer's reference."""
    with desk.ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE signalements SET reference = ? WHERE id = ?",
                             (reference, sig))


def _register(admin) -> dict[str, str]:
    """The server's references, and the record each is kept for."""
    with admin.engine.connect() as conn:
        return dict(conn.execute(select(sdb.record_references.c.reference,
                                        sdb.record_references.c.id)).all())


def _trail(desk: Desk, sig: str) -> list[tuple]:
    return desk.rows("audit_entries", f"entity_id = '{sig}' AND action = 'update'")


def test_the_later_record_gets_a_new_reference_and_both_computers_keep_both(two, admin):
    org, a, b = two.org, two.a, two.b
    first, taken, later = two.clash()

    report = b.sync()

    assert report.rejected == 0 and b.outbox_size() == 0
    (renamed,) = report.renamed_details
    new = b.value("signalements", later, "reference")
    assert renamed == {"entity": "signalements", "record_id": later, "old": taken,
                       "new": new}
    assert new != taken and new.rsplit("-", 1)[0] == taken.rsplit("-", 1)[0]
    assert len(new) == len(taken)
    assert b.value("signalements", first, "reference") == taken
    assert report.renamed_lines() == [
        f"Référence {taken} déjà prise sur un autre poste : ce dossier s'appelle "
        f"désormais {new}."]
    # The trail says so, in the chain, with no user: the server decided.
    ((*_, summary, _seq, _prev, _hash),) = [r[:11] for r in _trail(b, later)]
    assert summary == f"reference {taken} → {new}"
    with b.ws.engine.connect() as conn:
        assert audit_chain_breaks(conn) == []
    assert admin.records("signalements")[later]["reference"] == new

    assert a.sync().rejected == 0
    assert a.value("signalements", later, "reference") == new
    assert a.value("signalements", first, "reference") == taken
    assert not a.sync().renamed_details  # nothing more to rename
    assert_converged(admin, org, [a, b])


def test_a_bulk_insert_with_references_taken_elsewhere(two, admin):
    """A batch of 2,000 new signalements in which three references were already held: the
    three are renamed in the bulk answer, the others kept as drawn."""
    org, a, b, site = two.org, two.a, two.b, two.site
    now = datetime.now().astimezone()
    theirs = a.sigs.create_many([SignalementDraft(
        category="damage", site_id=site, facts_start=now,
        description=f"Dégradation ({i})") for i in range(3)])
    a.sync()
    mine = b.sigs.create_many([SignalementDraft(
        category="loitering", site_id=site, facts_start=now - timedelta(days=i % 30),
        description=f"Regroupement dans le hall ({i})") for i in range(2000)])
    drawn = {sig: b.value("signalements", sig, "reference") for sig in mine}
    clashing = [mine[7], mine[1000], mine[1999]]
    for sig, other in zip(clashing, theirs, strict=True):
        _set_reference(b, sig, a.value("signalements", other, "reference"))

    report = b.sync()

    assert report.rejected == 0 and b.outbox_size() == 0
    renamed = {r["record_id"] for r in report.renamed_details}
    assert renamed >= set(clashing)
    # The register is the whole server's: a reference drawn here may also have been
    # drawn, the same minute, by another test's records. Those are renamed too.
    held = _register(admin)
    for sig in renamed - set(clashing):
        assert held[drawn[sig]] != sig
    for sig in mine:
        ref = b.value("signalements", sig, "reference")
        if sig in renamed:
            assert ref not in drawn.values() and held[ref] == sig
        else:
            assert ref == drawn[sig]
    a.sync()
    refs = [r[0] for r in a.rows("signalements", "deleted_at IS NULL")]
    assert len(refs) == 2003
    assert len({a.value("signalements", s, "reference") for s in mine + theirs}) == 2003
    assert_converged(admin, org, [a, b])


def test_a_replayed_answer_renames_as_the_first_one_did(two, admin):
    """The answer to a push is lost (the desktop stops after the server has committed):
    the push sent again gets the stored answer, rename included."""
    org, a, b = two.org, two.a, two.b
    _first, taken, later = two.clash()

    class Lost(Exception):
        pass

    def lose_answer():
        raise Lost

    b.client.hooks["after_push"] = lose_answer
    try:
        b.sync()
    except Lost:
        pass
    else:
        raise AssertionError("the hook did not run")
    del b.client.hooks["after_push"]
    assert b.value("signalements", later, "reference") == taken  # not acknowledged yet
    stored = admin.records("signalements")[later]["reference"]
    assert stored != taken

    report = b.sync()

    assert [r["new"] for r in report.renamed_details] == [stored]
    assert b.value("signalements", later, "reference") == stored
    assert len(_trail(b, later)) == 1
    a.sync()
    assert_converged(admin, org, [a, b])


def test_a_record_is_shared_by_its_reference_as_the_server_keeps_it(
        two, admin, server, tmp_path, migrated_template):
    """`palier server share SIG-…` finds the record through the register: the renamed
    record by its new reference, the first holder by the reference both had drawn."""
    team = admin.org("mediation")
    first, taken, later = two.clash()
    two.b.sync()
    new = two.b.value("signalements", later, "reference")
    with admin.engine.connect() as conn:
        assert core.find_root(conn, taken)[:2] == ("signalements", first)
        assert core.find_root(conn, new)[:2] == ("signalements", later)
        assert core.find_root(conn, "SIG-2026-00000-00000") is None
    admin.share(new, team)
    mediator = Desk(tmp_path / "m", server.url, admin.user(team, "mediator"),
                    migrated_template)
    try:
        assert later in mediator.ids("signalements")
        assert first not in mediator.ids("signalements")
    finally:
        mediator.close()
