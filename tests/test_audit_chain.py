"""The audit trail's hash chain: written by every service, verified by `palier check`,
and broken visibly when an entry is altered, removed or inserted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

from app.domain.audit_chain import GENESIS, entry_hash, verify
from app.services.integrity import IntegrityService
from app.services.places import PlaceService
from app.services.reports import ReportService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import WORKSPACE_FILE, Workspace, make_engine, migrate


def _chain(n: int) -> list[tuple]:
    rows, prev = [], GENESIS
    for seq in range(1, n + 1):
        fields = (seq, f"id{seq}", 1_700_000_000_000_000 + seq, "o1", None, "create", "site",
                  f"s{seq}", f"résumé « {seq} »", prev)
        digest = entry_hash(*fields)
        rows.append((*fields, digest))
        prev = digest
    return rows


def test_pure_chain_verifies_and_locates_breaks():
    rows = _chain(5)
    assert verify(rows) == []
    assert verify([]) == []

    altered = list(rows)
    altered[2] = (*rows[2][:8], "autre résumé", *rows[2][9:])
    assert [(b.seq, b.kind) for b in verify(altered)] == [(3, "altered")]

    removed = rows[:2] + rows[3:]
    assert [(b.seq, b.kind) for b in verify(removed)] == [(4, "gap"), (4, "link")]

    # Re-sealing an altered entry does not help: the next link no longer matches.
    resealed = list(altered)
    resealed[2] = (*altered[2][:10], entry_hash(*altered[2][:10]))
    assert [(b.seq, b.kind) for b in verify(resealed)] == [(4, "link")]


def _entries(ws: Workspace) -> list[tuple]:
    with sqlite3.connect(ws.db_path) as db:
        return db.execute("SELECT seq, action, entity_kind, prev_hash, hash FROM audit_entries"
                          " ORDER BY seq").fetchall()


def _sig(landlord_site) -> SignalementDraft:
    _org, site, building, entrance = landlord_site
    return SignalementDraft(category="squat", site_id=site, building_id=building,
                            entrance_id=entrance, facts_start=datetime(2025, 3, 1, 22, tzinfo=UTC),
                            description="Squat dans le hall", severity=3)


def test_services_write_a_chained_trail_with_creates_updates_deletes_and_prints(
        workspace, landlord_site):
    sigs = SignalementService(workspace)
    sig_id = sigs.create(_sig(landlord_site))
    version = sigs.get(sig_id).version
    sigs.update(sig_id, version, replace(_sig(landlord_site), severity=2))
    ReportService(workspace).referral_sheet(sig_id)
    sigs.delete(sig_id, sigs.get(sig_id).version)

    rows = _entries(workspace)
    actions = [(action, kind) for _seq, action, kind, _p, _h in rows]
    # Organisation, site, building and entrance (landlord_site), then the signalement.
    assert actions == [("create", "organisation"), ("create", "site"), ("create", "building"),
                       ("create", "entrance"), ("create", "signalement"),
                       ("update", "signalement"), ("print", "signalement"),
                       ("delete", "signalement")]
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][3] == GENESIS
    assert all(rows[i][3] == rows[i - 1][4] for i in range(1, len(rows)))
    assert IntegrityService(workspace).check() == []


def test_check_detects_an_altered_and_a_deleted_entry(workspace, landlord_site):
    org, site, _b, _e = landlord_site
    sigs = SignalementService(workspace)
    sigs.delete(sigs.create(_sig(landlord_site)), 1)
    assert IntegrityService(workspace).check() == []

    with sqlite3.connect(workspace.db_path) as db:
        db.execute("UPDATE audit_entries SET summary = 'rien à voir' WHERE seq = 2")
    problems = [p.message for p in IntegrityService(workspace).check()]
    assert len(problems) == 1
    assert problems[0].startswith("Journal d'audit : l'entrée n° 2 (")
    assert "a été modifiée après son écriture" in problems[0]

    with sqlite3.connect(workspace.db_path) as db:
        db.execute("DELETE FROM audit_entries WHERE seq = 2")
    problems = [p.message for p in IntegrityService(workspace).check()]
    assert len(problems) == 2
    assert "entrée(s) manquante(s) avant l'entrée n° 3" in problems[0]
    assert "le chaînage est rompu à l'entrée n° 3" in problems[1]


def test_palier_check_fails_on_a_tampered_trail(tmp_path, landlord_site, workspace):
    """The command line reports the break and exits 1."""
    folder = tmp_path / "copy"
    folder.mkdir()
    with sqlite3.connect(workspace.db_path) as src, \
            sqlite3.connect(folder / WORKSPACE_FILE) as dst:
        src.backup(dst)
    with sqlite3.connect(folder / WORKSPACE_FILE) as db:
        db.execute("UPDATE audit_entries SET action = 'update' WHERE seq = 1")
    env = {k: v for k, v in os.environ.items() if k != "PALIER_DATA_DIR"}
    env.update(PALIER_LANG="en", PALIER_DATA_DIR=str(folder))
    done = subprocess.run([sys.executable, "-m", "app", "check"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert "Audit trail: entry no. 1 (" in done.stderr
    assert "was altered after it was written" in done.stderr


def test_migration_chains_entries_written_before_it(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / WORKSPACE_FILE)
    migrate(engine, folder / WORKSPACE_FILE, target="0006")
    with engine.begin() as conn:
        for i, at in enumerate((1735689600000002, 1735689600000001, 1735689600000003)):
            conn.exec_driver_sql(
                "INSERT INTO audit_entries (id, at, action, entity_kind, summary)"
                " VALUES (?, ?, 'export', 'signalements', ?)", (f"a{i}", at, f"csv: {i}"))
    engine.dispose()

    with Workspace.open(folder) as ws:
        assert ws.migration.previous == "0006" and ws.migration.backup is not None
        rows = _entries(ws)
        with sqlite3.connect(ws.db_path) as db:
            order = [r[0] for r in db.execute("SELECT id FROM audit_entries ORDER BY seq")]
        assert order == ["a1", "a0", "a2"]  # time order, not insertion order
        assert rows[0][3] == GENESIS
        assert IntegrityService(ws).check() == []
        # New entries continue the migrated chain.
        PlaceService(ws).create_organisation("Habitat Nord", "landlord")
        assert _entries(ws)[-1][0] == 4
        assert IntegrityService(ws).check() == []
