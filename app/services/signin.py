"""Signing in to a workspace: unwrapping its data key, who the user is, and the delay
after wrong passwords. No Qt, and no SQLAlchemy until the workspace is open, so that the
desktop app can sign in while it starts.

A workspace folder is in one of three states:
- new: nothing there yet; setting it up creates the key file (the first account and a
  recovery key) and an encrypted database;
- plain: a database from before encryption; setting it up encrypts it in place;
- encrypted: a key file beside an encrypted database; signing in unwraps the data key.

The accounts are the key file's logins (app/store/keyfile.py). One that also has a live
row in `users` acts with that user's role, organisation and sites (app/domain/policy.py);
the account that set the workspace up has no row unless one is made for it: it holds the
recovery key, can decrypt everything anyway, and acts as the system.

Wrong passwords: after n failures in a row for one login, the next attempt is refused for
2^(n-1) seconds (at most 5 minutes) without trying, so nothing is decrypted. The counters
live in `workspace.signin.json`, which holds no login in clear (a hash) and no password;
failed attempts are written to the audit trail at the next successful sign-in.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.store import cipher
from app.store.keyfile import DATA_KEY_BYTES, KEY_FILE, KeyFile, KeyFileError
from app.store.quick import WORKSPACE_FILE, resolve_data_dir

THROTTLE_FILE = "workspace.signin.json"
MAX_DELAY = 300.0
LOGIN_MAX = 60
PASSWORD_MIN = 8


class State(StrEnum):
    NEW = "new"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def state(folder: Path | str | None) -> State:
    folder = resolve_data_dir(folder)
    if (folder / KEY_FILE).is_file():
        return State.ENCRYPTED
    if (folder / WORKSPACE_FILE).is_file():
        return State.PLAIN
    return State.NEW


class SignInError(Exception):
    """`key` names a message in app.domain.messages; `wait` is how many seconds to wait
    before the next attempt (0: none)."""

    def __init__(self, key: str, wait: float = 0.0, **values: object) -> None:
        super().__init__(key, values)
        self.key = key
        self.wait = wait
        self.values = values

    def message(self) -> str:
        from app.domain.messages import msg

        text = msg(self.key, **self.values)
        if self.wait > 0 and self.key != "sign_in_wait":
            text += " " + msg("sign_in_next_attempt", seconds=_seconds(self.wait))
        return text


def _seconds(wait: float) -> int:
    return max(1, int(wait + 0.999))


@dataclass(frozen=True)
class Identity:
    """Who signed in: a `users` row's role, organisation and sites, or the system."""

    login: str
    user_id: str | None = None
    org_id: str | None = None
    role: str | None = None
    site_ids: frozenset[str] = frozenset()
    display_name: str = ""

    def actor(self):
        from app.services.base import SYSTEM, Actor

        if self.user_id is None:
            return SYSTEM
        return Actor(user_id=self.user_id, org_id=self.org_id, role=self.role,
                     site_ids=self.site_ids, signed_in=self.role is not None)


@dataclass
class Unlocked:
    """A successful sign-in: the data key, and the failures to write to the audit trail."""

    folder: Path
    login: str
    key: bytes
    failed_before: list[dict] = field(default_factory=list)

    def identity(self, conn) -> Identity:
        """Read the user's row through a DB-API connection to the open workspace."""
        return identity_for(conn, self.login)


def identity_for(conn, login: str) -> Identity:
    row = conn.execute(
        "SELECT id, org_id, role, display_name FROM users WHERE login = ? AND active"
        " AND deleted_at IS NULL", (login,)).fetchone()
    if row is None:
        return Identity(login)
    sites = frozenset(r[0] for r in conn.execute(
        "SELECT site_id FROM user_sites WHERE user_id = ?", (row[0],)))
    return Identity(login, row[0], row[1], row[2], sites, row[3] or "")


# Throttling ---------------------------------------------------------------------------

def _login_hash(login: str) -> str:
    return hashlib.sha256(("palier-login:" + login.strip()).encode("utf-8")).hexdigest()[:32]


class _Throttle:
    def __init__(self, folder: Path) -> None:
        self.path = folder / THROTTLE_FILE
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        self.data.setdefault("failures", {})
        self.data.setdefault("pending_audit", [])

    def wait(self, login: str, now: float) -> float:
        entry = self.data["failures"].get(_login_hash(login))
        if not entry:
            return 0.0
        return max(0.0, entry["last"] + delay_after(entry["count"]) - now)

    def fail(self, login: str, known: bool, now: float) -> float:
        entry = self.data["failures"].setdefault(_login_hash(login), {"count": 0, "last": now})
        entry["count"] += 1
        entry["last"] = now
        # A login the key file does not hold may be a password typed in the wrong field:
        # it is never written down.
        self.data["pending_audit"].append({"login": login if known else None, "at": now})
        del self.data["pending_audit"][:-100]
        self._save()
        return delay_after(entry["count"])

    def succeed(self, login: str) -> list[dict]:
        self.data["failures"].pop(_login_hash(login), None)
        pending, self.data["pending_audit"] = self.data["pending_audit"], []
        self._save()
        return pending

    def _save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.data), encoding="utf-8")
        os.replace(tmp, self.path)


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong passwords in a row: 1, 2, 4 … 300."""
    if failures <= 0:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - 1))


def wait_before_attempt(folder: Path | str | None, login: str) -> float:
    return _Throttle(resolve_data_dir(folder)).wait(login, time.time())


# Sign-in, set-up, recovery ------------------------------------------------------------

def unlock(folder: Path | str | None, login: str, password: str) -> Unlocked:
    """The data key for `login`, or SignInError (wrong password, or too soon after one)."""
    folder = resolve_data_dir(folder)
    keys = _keys(folder)
    throttle = _Throttle(folder)
    now = time.time()
    wait = throttle.wait(login, now)
    if wait > 0:
        raise SignInError("sign_in_wait", wait=wait, seconds=_seconds(wait))
    try:
        key = keys.unlock(login, password)
    except KeyFileError:
        delay = throttle.fail(login, login in keys.logins(), now)
        raise SignInError("sign_in_refused", wait=delay) from None
    return Unlocked(folder, login, key, throttle.succeed(login))


def _keys(folder: Path) -> KeyFile:
    try:
        keys = KeyFile(folder)
    except KeyFileError as exc:
        raise SignInError(exc.key, **exc.values) from exc
    if not keys.exists:
        raise SignInError("workspace_not_set_up", path=folder)
    return keys


def check_new_account(login: str, password: str, confirm: str | None = None) -> dict[str, str]:
    """Field → message key for a login and password that cannot be used, else {}."""
    errors = {}
    if not login.strip():
        errors["login"] = "required"
    elif len(login) > LOGIN_MAX or login != login.strip() or ":" in login:
        errors["login"] = "login_invalid"
    if len(password) < PASSWORD_MIN:
        errors["password"] = "password_too_short"
    elif confirm is not None and confirm != password:
        errors["confirm"] = "password_mismatch"
    return errors


def _refuse_bad_account(login: str, password: str) -> None:
    """SignInError naming the first field check_new_account finds wrong, if any."""
    errors = check_new_account(login, password)
    if errors:
        field_, key = next(iter(errors.items()))
        raise SignInError(key, field=field_)


def set_up(folder: Path | str | None, login: str, password: str) -> tuple[Unlocked, str]:
    """Create the key file with `login` as its first account and encrypt the workspace
    (an existing plain database in place, its backups too). Returns the sign-in and the
    recovery key, to show once."""
    folder = resolve_data_dir(folder)
    _refuse_bad_account(login, password)
    folder.mkdir(parents=True, exist_ok=True)
    current = state(folder)
    if current == State.ENCRYPTED:
        raise SignInError("key_file_exists", path=folder / KEY_FILE)
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    # Order matters for a crash in between: the encrypted copies are complete before the
    # key file exists, and they replace the clear files only after it does (a copy left
    # behind is swapped in by the next Workspace.open). A new workspace's database is made
    # after its key file: a key file alone just means an empty workspace.
    copies = []
    if current == State.PLAIN:
        plain = [folder / WORKSPACE_FILE] + [
            old for old in sorted((folder / "backups").glob("*.sqlite3"))
            if cipher.looks_plain(old)]
        copies = [(path, cipher.encrypted_copy(path, data_key)) for path in plain]
    _keys_file, recovery = KeyFile.create_with_key(folder, data_key, login, password)
    for path, _copy in copies:
        cipher.swap_in(path)
    from app.store.workspace import Workspace

    Workspace.open(folder, key=data_key).close()
    return Unlocked(folder, login, data_key), recovery


def recover(folder: Path | str | None, recovery_key: str, login: str,
            new_password: str) -> Unlocked:
    """A lost password: the administrator's recovery key gives `login` a new password."""
    folder = resolve_data_dir(folder)
    _refuse_bad_account(login, new_password)
    keys = _keys(folder)
    try:
        data_key = keys.unlock_with_recovery(recovery_key)
    except KeyFileError as exc:
        raise SignInError(exc.key) from None
    keys.add_user(data_key, login, new_password)
    return Unlocked(folder, login, data_key, _Throttle(folder).succeed(login))


def add_account(unlocked: Unlocked, login: str, password: str) -> None:
    """Give another local user their own wrap of the data key (callers check the role)."""
    _refuse_bad_account(login, password)
    keys = _keys(unlocked.folder)
    if login in keys.logins():
        raise SignInError("login_taken", login=login)
    keys.add_user(unlocked.key, login, password)


def change_password(folder: Path | str | None, login: str, old: str, new: str) -> None:
    _refuse_bad_account(login, new)
    unlocked = unlock(folder, login, old)
    _keys(unlocked.folder).add_user(unlocked.key, login, new)


def enter(ws, unlocked: Unlocked, identity: Identity | None = None) -> Identity:
    """Who signed in to the open workspace `ws` (read from its `users` row unless already
    known), with the sign-in written to the audit trail."""
    if identity is None:
        conn = ws.raw_connection()
        try:
            identity = unlocked.identity(conn)
        finally:
            conn.close()
    record_sign_in(ws, unlocked, identity)
    return identity


def record_sign_in(ws, unlocked: Unlocked, identity: Identity) -> None:
    """Write the sign-in, and the failed attempts since the last one, to the audit trail."""
    from app.domain.codes import AuditAction
    from app.services.base import ServiceBase

    service = ServiceBase(ws, identity.actor())
    with service.write() as session:
        for failed in unlocked.failed_before:
            who = failed.get("login") or "?"
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(failed["at"]))
            service.audit(session, AuditAction.SIGN_IN_FAILED, "user", None,
                          f"{who} ({when})")
        service.audit(session, AuditAction.SIGN_IN, "user", identity.user_id, unlocked.login)
