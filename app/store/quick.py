"""Opening a workspace with the standard library only, for a fast start.

Importing SQLAlchemy and Alembic costs about half a second, more than Qt itself. The
desktop app first opens the file with plain sqlite3, checks that its schema is this
code's, and shows the first page of the list; the full Workspace (SQLAlchemy engine,
migrations when needed) is opened on the worker thread right after.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import platformdirs

from app.store import cipher

APP_NAME = "Palier"
MIGRATIONS = Path(__file__).with_name("migrations") / "versions"
WORKSPACE_FILE = "workspace.sqlite3"

# Every connection to a workspace, SQLAlchemy's or not, runs these.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA cache_size=-65536",
)

class WorkspaceError(Exception):
    """A workspace that cannot be opened; `key` and `values` name a message in app.domain.messages."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)
        self.key = key
        self.values = values


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir first, then PALIER_DATA_DIR, then the user's data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("PALIER_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return default_data_dir()


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.MULTILINE)


def migration_head() -> str:
    """The newest revision, read from the migration files without importing Alembic.

    tests/test_migrations.py checks that it agrees with Alembic's own answer.
    """
    revisions, parents = set(), set()
    for path in MIGRATIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = _REVISION.search(text)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(text)
        if down and down.group(1) != "None":
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def apply_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        conn.execute(pragma)


def connect(db_path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection with the workspace's pragmas (keyed when `key` is given: SQLCipher),
    usable from any thread (one at a time), in autocommit mode: callers only read."""
    conn = cipher.connect(db_path, key, isolation_level=None, check_same_thread=False)
    apply_pragmas(conn)
    return conn


def open_if_current(data_dir: Path, key: bytes | None = None) -> sqlite3.Connection | None:
    """A connection to the workspace if it exists and needs no migration, else None
    (the caller then takes the full path: app.store.workspace.Workspace.open)."""
    db_path = Path(data_dir) / WORKSPACE_FILE
    if not db_path.is_file():
        return None
    conn = None
    try:
        conn = connect(db_path, key)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.database_errors():
        row = None
    if row is None or row[0] != migration_head():
        if conn is not None:
            conn.close()
        return None
    return conn
