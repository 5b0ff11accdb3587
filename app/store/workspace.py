"""One SQLite file per workspace: opening it, its pragmas, and migrating it safely.

Opening a workspace whose schema is older than this code first copies it to
backups/ with SQLite's online backup, then upgrades it in one transaction: a failed
migration leaves the file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.store import cipher
from app.store.keyfile import KEY_FILE

# The names below that the desktop app needs before SQLAlchemy has loaded live in quick.
from app.store.quick import (  # noqa: F401 (re-exported)
    APP_NAME,
    PRAGMAS,
    WORKSPACE_FILE,
    WorkspaceError,
    default_data_dir,
    migration_head,
    resolve_data_dir,
)

# Alembic is imported only when a migration has to run: it costs 0.2 s at start-up.
MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return migration_head()


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # DDL is transactional too (SQLAlchemy's documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        # Writers ask for IMMEDIATE: a deferred transaction that reads, then writes after
        # another connection committed, fails at once with "database is locked".
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(db_path: Path, key: bytes | None = None) -> Engine:
    """The workspace's engine; with a key, every connection is SQLCipher's, keyed."""
    # hide_parameters: a database error's message must not quote the row's values (names,
    # notes) into a dialog, stderr or a log.
    if key is None:
        engine = create_engine(f"sqlite:///{db_path}", hide_parameters=True)
    else:
        engine = create_engine("sqlite://", hide_parameters=True, module=cipher.dbapi(key),
                               creator=lambda: cipher.connect(db_path, key,
                                                              check_same_thread=False))
    _install_pragmas(engine)
    return engine


@dataclass
class MigrationReport:
    previous: str | None
    current: str
    backup: Path | None


class Workspace:
    """An open workspace: its folder, its engine and a session factory."""

    def __init__(self, data_dir: Path, engine: Engine, migration: MigrationReport,
                 key: bytes | None = None) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / WORKSPACE_FILE
        self.engine = engine
        self._key = key
        self.migration = migration
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path | str | None = None, key: bytes | None = None) -> Workspace:
        """Open (or create) the workspace in `data_dir`. An encrypted workspace (one with
        a key file) needs its data key, which app.services.signin unwraps at sign-in."""
        folder = resolve_data_dir(data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError("cli_workspace_unreadable", path=folder, reason=exc.strerror) from exc
        db_path = folder / WORKSPACE_FILE
        if key is None and (folder / KEY_FILE).is_file():
            raise WorkspaceError("workspace_locked", path=folder)
        if key is not None and cipher.looks_plain(db_path):
            if not db_path.with_name(db_path.name + cipher.ENCRYPTING).is_file():
                raise WorkspaceError("workspace_not_encrypted", path=folder)
            cipher.swap_in(db_path)  # an encryption interrupted after its key file
        engine = make_engine(db_path, key)
        try:
            report = migrate(engine, db_path, key=key)
        except Exception:
            engine.dispose()
            raise
        return cls(folder, engine, report, key)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def raw_connection(self, **kwargs):
        """A DB-API connection of its own to the workspace file (keyed if encrypted), for
        code that works below SQLAlchemy (the sync client). No pragmas applied."""
        return cipher.connect(self.db_path, self._key, **kwargs)

    def backup(self, label: str) -> Path:
        return backup_copy(self.db_path, label, self._key)

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def backup_copy(db_path: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy (WAL included) next to the workspace, in backups/, encrypted
    under the same key as the workspace."""
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{label}-{stamp}-{n}.sqlite3"
    src = cipher.connect(db_path, key)
    dst = cipher.connect(target, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def migrate(engine: Engine, db_path: Path, target: str = "head",
            key: bytes | None = None) -> MigrationReport:
    """Bring the workspace to `target`, copying it first if it already held data."""
    head = migration_head() if target == "head" else target
    try:
        previous = current_revision(engine)
    except Exception as exc:  # not a SQLite file, unreadable, or the wrong key
        if key is not None:
            raise WorkspaceError("workspace_key_wrong", path=db_path.parent) from exc
        raise WorkspaceError("cli_workspace_unreadable", path=db_path, reason=str(exc)) from exc
    if previous == head:
        return MigrationReport(previous, head, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    if previous is not None and previous not in known:
        raise WorkspaceError("cli_workspace_newer", revision=previous)
    backup = backup_copy(db_path, previous, key) if previous is not None else None
    with engine.connect() as conn:
        # Batch migrations copy tables; foreign keys would cascade on the copy. They are
        # checked as a whole once the migration has run. The pragma only works outside a
        # transaction, hence the raw connection.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(_alembic_config(conn), target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign keys broken by migration: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return MigrationReport(previous, head, backup)
