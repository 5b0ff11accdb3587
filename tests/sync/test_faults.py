"""Fault injection with real processes and files (sync-principles.md, "What the tests must
prove", 2, 4, 5 and 6): a proxy that drops and duplicates requests, desktops and servers
killed with SIGKILL at the worst moments, skewed clocks, weeks offline, an upgrade with a
non-empty outbox. The verdict is always the same: zero mutations lost, zero duplicated,
every replica equal to the server's view."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sync_env import ROOT, FaultyProxy, ServerProcess
from sync_helpers import Admin, Desk, unique

from app.services.signalements import SignalementDraft
from app.sync.client import SyncFailed
from app.sync.entities import registry

LIVE_TABLES = ("sites", "signalements")
SEED = int(__import__("os").environ.get("PALIER_FAULT_SEED", "7"))


@pytest.fixture
def admin(server):
    a = Admin(server.db_url)
    yield a
    a.close()


def server_view(admin: Admin, org: str, table: str) -> dict[str, dict]:
    return {i: d for i, d in admin.records(table).items() if d.get("org_id") == org}


def assert_converged(admin: Admin, org: str, desks: list[Desk]) -> None:
    """Every desktop holds exactly the server's records, column for column; outboxes empty."""
    for table in LIVE_TABLES:
        cols = registry()[table].columns
        expected = {i: tuple(d.get(c) for c in cols)
                    for i, d in server_view(admin, org, table).items()}
        for d in desks:
            with d.ws.engine.connect() as conn:
                got = {r[cols.index("id")]: tuple(r) for r in conn.exec_driver_sql(
                    f"SELECT {', '.join(cols)} FROM {table} WHERE org_id = ?", (org,))}
            assert got == expected, (table, d.folder)
    for d in desks:
        assert d.outbox_size() == 0


def run_desk(action: str, desk: Desk, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tests/sync/desk_process.py"), action,
                           str(desk.folder), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_dropped_duplicated_and_replayed_requests_lose_and_duplicate_nothing(
        server, admin, tmp_path, migrated_template):
    org = admin.org()
    proxy = FaultyProxy(server.url, {"drop_request": 0.15, "drop_response": 0.15,
                                     "duplicate": 0.1, "replay_later": 0.1}, seed=SEED)
    desks = [Desk(tmp_path / f"d{k}", proxy.url, admin.user(org, "officer"), migrated_template,
                  push_batch=7, pull_page=9) for k in range(2)]
    try:
        site = desks[0].site()
        made = []
        for round_ in range(8):
            for k, d in enumerate(desks):
                if site not in d.ids("sites"):
                    continue
                made.extend(d.sigs.create_many([SignalementDraft(
                    category="damage", site_id=site, facts_start=datetime.now().astimezone(),
                    description=f"desk {k}, round {round_}, n° {i}") for i in range(4)]))
                mine = [s for s in made if s in d.ids("signalements")]
                if mine:
                    d.edit(mine[round_ % len(mine)], severity=1 + (round_ + k) % 4)
                with contextlib.suppress(SyncFailed):
                    d.sync()  # a failure is retried by the next round, as the timer would
        proxy.faults = {}
        proxy.flush()
        for _ in range(2):
            for d in desks:
                d.sync()
        assert sum(proxy.counts[f] for f in FaultyProxy.FAULTS) >= 5, proxy.counts
        on_server = server_view(admin, org, "signalements")
        assert set(made) == set(on_server)  # nothing lost, nothing duplicated
        descriptions = [d["description"] for d in on_server.values()]
        assert len(descriptions) == len(set(descriptions)) == len(made)
        assert_converged(admin, org, desks)
    finally:
        proxy.close()
        for d in desks:
            d.close()


def test_desktop_killed_between_saving_and_pushing(server, admin, tmp_path, migrated_template):
    org = admin.org()
    d = Desk(tmp_path / "d", server.url, admin.user(org, "officer"), migrated_template)
    try:
        site = d.site()
        d.sync()
        done = run_desk("write_then_die", d, site, "5")
        assert done.returncode == -9 and "written" in done.stdout, done.stderr
        assert d.outbox_size() == 5  # the writes and their outbox rows survived the kill
        d.sync()
        assert len(server_view(admin, org, "signalements")) == 5
        assert_converged(admin, org, [d])
    finally:
        d.close()


def test_desktop_killed_after_the_server_committed_a_push(server, admin, tmp_path,
                                                          migrated_template):
    org = admin.org()
    d = Desk(tmp_path / "d", server.url, admin.user(org, "officer"), migrated_template)
    try:
        site = d.site()
        d.sigs.create_many([SignalementDraft(category="theft", site_id=site,
                                             facts_start=datetime.now().astimezone(),
                                             description=f"Vol {i}") for i in range(120)])
        done = run_desk("push_then_die", d)
        assert done.returncode == -9, done.stderr
        assert d.outbox_size() > 0  # the answer was lost with the process
        d.sync()  # the same mutations again: applied once
        assert len(server_view(admin, org, "signalements")) == 120
        assert_converged(admin, org, [d])
    finally:
        d.close()


def test_desktop_killed_between_applying_a_page_and_storing_its_cursor(
        server, admin, tmp_path, migrated_template):
    org = admin.org()
    a = Desk(tmp_path / "a", server.url, admin.user(org, "admin"), migrated_template)
    b = Desk(tmp_path / "b", server.url, admin.user(org, "officer"), migrated_template,
             initial_sync=False)
    try:
        site = a.site()
        a.sigs.create_many([SignalementDraft(category="theft", site_id=site,
                                             facts_start=datetime.now().astimezone(),
                                             description=f"Vol {i}") for i in range(130)])
        a.sync()
        done = run_desk("page_then_die", b)
        assert done.returncode == -9, done.stderr
        assert b.client.state("cursor") is None and b.ids("signalements") == set()
        b.sync()
        assert_converged(admin, org, [a, b])
    finally:
        a.close()
        b.close()


def test_server_killed_in_the_middle_of_a_batch(backend, tmp_path, migrated_template):
    flag = Path(tempfile.mkdtemp()) / "crash-once"
    proc = ServerProcess(backend, env={"PALIER_TEST_CRASH_IN_PUSH": str(flag)})
    admin = Admin(backend)
    try:
        org = admin.org()
        d = Desk(tmp_path / "d", proc.url, admin.user(org, "officer"), migrated_template)
        site = d.site()
        d.sync()
        d.sigs.create_many([SignalementDraft(category="theft", site_id=site,
                                             facts_start=datetime.now().astimezone(),
                                             description=f"Vol {i}") for i in range(40)])
        flag.touch()
        with pytest.raises(SyncFailed) as failed:
            d.sync()  # the server dies after writing, before committing
        assert failed.value.key == "sync_unreachable" and not flag.exists()
        assert d.outbox_size() == 40
        assert len(server_view(admin, org, "signalements")) == 0  # nothing half-written
        proc.start()
        d.sync()
        assert len(server_view(admin, org, "signalements")) == 40
        assert_converged(admin, org, [d])
        d.close()
    finally:
        proc.kill()
        admin.close()


def test_skewed_client_clocks_change_nothing(server, admin, tmp_path, migrated_template,
                                             monkeypatch):
    """Desk a lives 5 days ahead, desk b 5 days behind: the server's order decides."""
    import app.models.base as base

    org = admin.org()
    a = Desk(tmp_path / "a", server.url, admin.user(org, "admin"), migrated_template)
    b = Desk(tmp_path / "b", server.url, admin.user(org, "officer"), migrated_template)
    real = base.datetime

    class Skewed(real):
        offset = timedelta(0)

        @classmethod
        def now(cls, tz=None):
            return real.now(tz) + cls.offset

    monkeypatch.setattr(base, "datetime", Skewed)
    try:
        sig = a.signalement(a.site())
        a.sync()
        b.sync()
        # (The record is made at the right time: the form itself refuses a report dated in
        # its own future, which is a question for the form, not for sync.)
        Skewed.offset = timedelta(days=5)
        a.edit(sig, description="Écrit par a, horloge en avance.")
        Skewed.offset = timedelta(days=-5)
        b.edit(sig, description="Écrit par b, horloge en retard.")
        b.sync()  # b reaches the server first: its value is the one kept
        Skewed.offset = timedelta(days=5)
        a.sync()
        b.sync()
        for d in (a, b):
            assert d.value("signalements", sig, "description") == \
                "Écrit par b, horloge en retard."
            (c,) = d.client.open_conflicts()
            assert json.loads(c["other_value"]) == "Écrit par a, horloge en avance."
        assert_converged(admin, org, [a, b])
    finally:
        a.close()
        b.close()


def test_weeks_offline_with_thousands_of_queued_mutations(server, admin, tmp_path,
                                                          migrated_template):
    org = admin.org()
    a = Desk(tmp_path / "a", server.url, admin.user(org, "admin"), migrated_template)
    b = Desk(tmp_path / "b", server.url, admin.user(org, "officer"), migrated_template)
    try:
        site = a.site()
        a.sync()
        b.sync()
        now = datetime.now().astimezone()
        ids = b.sigs.create_many([SignalementDraft(
            category="loitering", site_id=site, facts_start=now - timedelta(days=i % 30),
            description=f"Regroupement dans le hall ({i})") for i in range(2500)])
        for sig in ids[:300]:
            b.edit(sig, status="in_progress")
        for sig in ids[300:500]:
            b.delete(sig)
        other = a.sigs.create_many([SignalementDraft(
            category="damage", site_id=site, facts_start=now,
            description=f"Dégradation ({i})") for i in range(300)])
        a.sync()
        assert b.outbox_size() == 3000
        report = b.sync()
        assert report.rejected == 0 and b.outbox_size() == 0
        assert set(other) <= b.ids("signalements")
        a.sync()
        assert len(a.ids("signalements")) == 2800 - 200
        assert_converged(admin, org, [a, b])
    finally:
        a.close()
        b.close()


def test_upgrade_with_a_non_empty_outbox(server, admin, tmp_path):
    """A workspace from before sync existed (revision 0005) keeps its records queued."""
    from app.store.workspace import WORKSPACE_FILE, Workspace, make_engine, migrate

    org = admin.org()
    login = admin.user(org, "admin")
    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / WORKSPACE_FILE)
    migrate(engine, folder / WORKSPACE_FILE, target="0005")
    site = unique("site")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisations (id, org_id, created_at, updated_at, version, name, kind,"
            " address, postcode, city, phone, email) VALUES (?, ?, 1, 1, 1, ?, 'landlord',"
            " '', '', '', '', '')", (org, org, unique("Habitat")))
        conn.exec_driver_sql(
            "INSERT INTO sites (id, org_id, created_at, updated_at, version, code, name, address,"
            " postcode, city, landlord_id, difficulty) VALUES (?, ?, 1, 1, 1, 'OLD1',"
            " 'Les Anciens', '', '', '', ?, 2)", (site, org, org))
    engine.dispose()
    Workspace.open(folder).close()  # the upgrade
    d = Desk(folder, server.url, login, initial_sync=False)
    try:
        assert d.outbox_size() == 1
        d.sync()
        assert site in server_view(admin, org, "sites")
        assert d.outbox_size() == 0
    finally:
        d.close()
