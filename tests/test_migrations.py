"""Migrations: from an empty workspace, from the previous schema, and what must be refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.models import Base
from app.services.signalements import SignalementService
from app.store.workspace import (
    WORKSPACE_FILE,
    Workspace,
    WorkspaceError,
    _alembic_config,
    head_revision,
    make_engine,
    migrate,
)

OLD_ROW = (
    "INSERT INTO {table} (id, org_id, created_at, updated_at, version, {cols}) "
    "VALUES ({values})"
)


def _workspace_at(folder, revision: str):
    folder.mkdir(parents=True, exist_ok=True)
    engine = make_engine(folder / WORKSPACE_FILE)
    migrate(engine, folder / WORKSPACE_FILE, target=revision)
    return engine


def _fill_0001(engine) -> None:
    """Data as Palier 0.1 before the full-text index would have written it."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisations (id, org_id, created_at, updated_at, version, name, kind,"
            " address, postcode, city, phone, email) VALUES ('o1', 'o1', 1735689600000000,"
            " 1735689600000000, 1, 'Habitat Ancien', 'landlord', '', '', '', '', '')")
        conn.exec_driver_sql(
            "INSERT INTO sites (id, org_id, created_at, updated_at, version, code, name, address,"
            " postcode, city, landlord_id, difficulty) VALUES ('s1', 'o1', 1735689600000000,"
            " 1735689600000000, 1, 'OLD1', 'Les Anciens', '', '', '', 'o1', 3)")
        conn.exec_driver_sql(
            "INSERT INTO signalements (seq, id, org_id, created_at, updated_at, version, reference,"
            " category, status, site_id, facts_start, reported_at, description, recurrence,"
            " severity, persons_count, persons_description, witnesses, harm_people,"
            " harm_property, estimated_cost_cents, action_intervention, action_called_17,"
            " action_town_informed, actions_notes, protect_identity) VALUES (1, 'g1', 'o1',"
            " 1735689600000000, 1735689600000000, 1, 'SIG-2025-OLD00-00001', 'squat',"
            " 'new', 's1', 1735689600000000, 1735689600000000,"
            " 'Squat constaté sur le toit-terrasse', 'recurring', 3, 2, '', '', '', '', 0, 0, 1,"
            " 0, '', 0)")


def test_empty_workspace_reaches_head_without_backup(tmp_path):
    ws = Workspace.open(tmp_path / "new")
    try:
        assert ws.migration.previous is None
        assert ws.migration.current == head_revision()
        assert ws.migration.backup is None
        assert not (tmp_path / "new" / "backups").exists()
    finally:
        ws.close()


def test_models_and_migrations_agree(workspace):
    """The frozen migrations build exactly the schema the models describe."""
    with workspace.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS5 shadow tables are created by the migration, not by the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(
        ("signalements_fts", "conflict_cases_fts")))]
    assert diff == []


def test_previous_schema_is_backed_up_then_upgraded(tmp_path):
    folder = tmp_path / "old"
    engine = _workspace_at(folder, "0001")
    _fill_0001(engine)
    engine.dispose()

    ws = Workspace.open(folder)
    try:
        assert ws.migration.previous == "0001"
        assert ws.migration.current == head_revision()
        backup = ws.migration.backup
        assert backup is not None and backup.parent == folder / "backups"
        # The backup is a readable copy of the old workspace, data included.
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT reference FROM signalements").fetchall() == [
                ("SIG-2025-OLD00-00001",)]
        # The old row survived and is found by the new full-text index.
        found = SignalementService(ws).search("toit terrasse")
        assert [r.reference for r in found] == ["SIG-2025-OLD00-00001"]
    finally:
        ws.close()


def test_failed_migration_leaves_workspace_as_it_was(tmp_path):
    folder = tmp_path / "broken"
    engine = _workspace_at(folder, "0001")
    _fill_0001(engine)
    with engine.begin() as conn:
        # Something an outside tool left behind that makes revision 0002 fail.
        conn.exec_driver_sql("CREATE TABLE signalements_fts (x)")
    engine.dispose()

    with pytest.raises(Exception, match="already exists"):
        Workspace.open(folder)
    with sqlite3.connect(folder / WORKSPACE_FILE) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM signalements").fetchone() == (1,)
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        assert triggers == []
    assert len(list((folder / "backups").iterdir())) == 1


def test_workspace_from_newer_palier_is_refused(tmp_path):
    folder = tmp_path / "future"
    Workspace.open(folder).close()
    with sqlite3.connect(folder / WORKSPACE_FILE) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = (folder / WORKSPACE_FILE).read_bytes()
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder)
    assert caught.value.key == "cli_workspace_newer"
    assert (folder / WORKSPACE_FILE).read_bytes() == before


def test_not_a_workspace_is_refused(tmp_path):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / WORKSPACE_FILE).write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(folder)
    assert caught.value.key == "cli_workspace_unreadable"


def test_downgrade_then_upgrade_again(tmp_path):
    folder = tmp_path / "round"
    engine = _workspace_at(folder, "head")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "signalements_fts" not in names
    engine.dispose()
    Workspace.open(folder).close()


def test_quick_head_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from app.store.quick import migration_head

    assert migration_head() == ScriptDirectory.from_config(_alembic_config()).get_current_head()


def test_quick_open_only_when_current(tmp_path):
    from app.store.quick import open_if_current

    assert open_if_current(tmp_path / "absent") is None
    folder = tmp_path / "old"
    _workspace_at(folder, "0001").dispose()
    assert open_if_current(folder) is None
    Workspace.open(folder).close()
    conn = open_if_current(folder)
    assert conn is not None
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    conn.close()
