"""Reaching a workspace that a `palier` subprocess made: it is encrypted (SQLCipher), so
tests open it with the account the subprocesses sign in with (PALIER_USER/PASSWORD, set
in tests/conftest.py), as a user would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.services import signin
from app.store import cipher
from app.store.workspace import WORKSPACE_FILE, Workspace


def data_key(folder: Path, login: str | None = None, password: str | None = None
             ) -> bytes | None:
    if signin.state(folder) != signin.State.ENCRYPTED:
        return None
    return signin.unlock(folder, login or os.environ["PALIER_USER"],
                         password or os.environ["PALIER_PASSWORD"]).key


def open_signed_in(folder: Path, login: str | None = None,
                   password: str | None = None) -> Workspace:
    return Workspace.open(folder, key=data_key(Path(folder), login, password))


def connect_workspace(db_path: Path):
    """A DB-API connection to a workspace file, keyed when its folder has a key file;
    usable as `with connect_workspace(p) as db:` (commits on exit, like sqlite3)."""
    db_path = Path(db_path)
    return cipher.connect(db_path, data_key(db_path.parent))


def copy_workspace(src_folder: Path, dst_folder: Path) -> None:
    """A copy of a closed workspace folder (database, WAL and key file together)."""
    dst_folder.mkdir(parents=True, exist_ok=True)
    with connect_workspace(src_folder / WORKSPACE_FILE) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in os.listdir(src_folder):
        if name.startswith("workspace.") and not name.endswith((".tmp", "-shm")):
            shutil.copy2(src_folder / name, dst_folder / name)
