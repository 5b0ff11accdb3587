"""Connections to an encrypted workspace (SQLCipher), and turning a plain one into one.

The database is encrypted under the workspace's random 256-bit data key
(app/store/keyfile.py). The key is given raw (`x'…'`): SQLCipher then skips its own
password derivation, which Argon2id already did when the key was unwrapped, so opening
costs no more than reading the pages. The WAL, the rollback journal and SQLite's
temporary files are encrypted with the same key; temporary tables stay in memory.

A workspace without a key file is a plain SQLite file, opened with the standard library:
the test suite's in-process workspaces, and workspaces made by versions before
encryption, which `palier encrypt` (app.services.signin) converts.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING = ".encrypting"
# Written out, not left to the library's defaults, so that a future default cannot make
# existing workspaces unreadable. SQLCipher 4's settings (AES-256, 4096-byte pages, a MAC
# on every page) except the MAC's hash: HMAC-SHA1 instead of HMAC-SHA512, which halves
# the cost of reading a page here (bench/bench_security.py); HMAC-SHA1 has no known weakness
# as a MAC. Temporary tables stay in memory.
CIPHER_SETTINGS = (
    "cipher_page_size = 4096",
    "cipher_hmac_algorithm = HMAC_SHA1",
)
CIPHER_PRAGMAS = tuple(f"PRAGMA {setting}" for setting in CIPHER_SETTINGS) + (
    "PRAGMA temp_store = MEMORY",
    # SQLCipher writes its own errors to stderr; Palier reports them in the user's words.
    "PRAGMA cipher_log_level = NONE",
)


def dbapi(key: bytes | None):
    """The DB-API module for a workspace: sqlcipher3's when it has a key."""
    if key is None:
        return sqlite3
    from sqlcipher3 import dbapi2

    return dbapi2


def integrity_errors() -> tuple[type[Exception], ...]:
    """IntegrityError of both drivers, for code that handles either kind of workspace."""
    return (sqlite3.IntegrityError, dbapi(b"-").IntegrityError)


def database_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.DatabaseError, dbapi(b"-").DatabaseError)


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(db_path: Path | str, key: bytes | None, **kwargs):
    """A DB-API connection to the workspace file, keyed when it is encrypted.

    A wrong key is not detected by PRAGMA key itself: the first read fails with
    "file is not a database", which callers turn into a clear message."""
    module = dbapi(key)
    conn = module.connect(str(db_path), **kwargs)
    if key is not None:
        conn.execute(key_pragma(key))
        for pragma in CIPHER_PRAGMAS:
            conn.execute(pragma)
    return conn


def looks_plain(db_path: Path) -> bool:
    """True when the file starts with SQLite's clear-text header (an unencrypted file)."""
    try:
        with open(db_path, "rb") as f:
            return f.read(16) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def encrypted_copy(plain: Path, key: bytes) -> Path:
    """Write an encrypted copy of the plain database `plain` beside it (`.encrypting`),
    under `key`, with sqlcipher_export; `swap_in` then puts it in place."""
    target = plain.with_name(plain.name + ENCRYPTING)
    target.unlink(missing_ok=True)
    from sqlcipher3 import dbapi2

    src = dbapi2.connect(str(plain), isolation_level=None)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        for setting in CIPHER_SETTINGS:
            src.execute(f"PRAGMA encrypted.{setting}")
        src.execute("SELECT sqlcipher_export('encrypted')")
        version = src.execute("PRAGMA main.user_version").fetchone()[0]
        src.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        src.execute("DETACH DATABASE encrypted")
    except BaseException:
        src.close()
        target.unlink(missing_ok=True)
        raise
    src.close()
    return target


def swap_in(plain: Path) -> None:
    """Replace `plain` by its finished encrypted copy; the clear-text original and its
    WAL are overwritten before removal, as far as the file system allows. Safe to run
    again after an interruption (Workspace.open does, when it finds a copy left)."""
    target = plain.with_name(plain.name + ENCRYPTING)
    for suffix in ("-wal", "-shm"):
        _shred(plain.with_name(plain.name + suffix))
    if looks_plain(plain):
        _overwrite(plain)
    os.replace(target, plain)


def _overwrite(path: Path) -> None:
    """Zero a clear-text file in place before it is replaced (best effort: SSDs and
    copy-on-write file systems may keep old blocks; the README says so)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.write(b"\0" * size)
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        pass


def _shred(path: Path) -> None:
    _overwrite(path)
    path.unlink(missing_ok=True)
