"""Passwords (Argon2id) and device tokens (random, stored hashed, revocable, expiring)."""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, select, update

from app.server import db

# Argon2id at OWASP's first recommended setting (19 MiB, 2 passes): about 30 ms here.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# Compared against when the login is unknown, so that both refusals take the same time.
_DUMMY = _hasher.hash("palier: no such user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def now_micros() -> int:
    return time.time_ns() // 1000


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user, their organisation, role, sites and device."""

    user_id: str
    login: str
    org_id: str
    role: str
    sites: frozenset[str]
    scope: int
    device_id: str

    @property
    def all_sites(self) -> bool:
        return self.role != "caretaker"


class TokenRefused(Exception):
    """A bearer token the server will not take; `code` tells the client why (all 401)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code)
        self.code, self.message = code, message


def issue_token(conn: Connection, user_id: str, device_id: str, device_name: str,
                now: int | None = None) -> str:
    """A new token for this user and device, issued at `now` (µs, server clock)."""
    token = secrets.token_urlsafe(32)
    now = now_micros() if now is None else now
    # One live token per user and device: signing in again replaces the old one.
    conn.execute(update(db.tokens).where(db.tokens.c.user_id == user_id,
                                         db.tokens.c.device_id == device_id,
                                         db.tokens.c.revoked_at.is_(None))
                 .values(revoked_at=now))
    conn.execute(db.tokens.insert().values(token_hash=token_digest(token), user_id=user_id,
                                           device_id=device_id, device_name=device_name[:200],
                                           created_at=now))
    return token


def expires_at(created_at: int, lifetime: int | None) -> int | None:
    return None if lifetime is None else created_at + lifetime


def principal_for(conn: Connection, token: str, lifetime: int | None = None) -> Principal:
    """Who holds this token; TokenRefused if it is unknown, revoked (a later sign-in on the
    same device, `palier server device revoke`, a disabled account) or expired: `lifetime`
    microseconds after it was issued (None: never). Expiry is computed from the issue time
    the token row already holds, so that a request writes nothing."""
    u, t, o = db.users.c, db.tokens.c, db.orgs.c
    row = conn.execute(
        select(u.id, u.login, u.org_id, u.role, u.sites, u.scope, u.active, o.share_version,
               t.device_id, t.created_at, t.revoked_at)
        .select_from(db.tokens.join(db.users, db.users.c.id == t.user_id)
                     .join(db.orgs, db.orgs.c.id == u.org_id))
        .where(t.token_hash == token_digest(token))
    ).first()
    if row is None:
        raise TokenRefused("unauthenticated", "unknown token")
    if row.revoked_at is not None or not row.active:
        raise TokenRefused("token_revoked", "this device's sign-in was revoked")
    end = expires_at(row.created_at, lifetime)
    if end is not None and now_micros() >= end:
        raise TokenRefused("token_expired", "this device's sign-in has expired: sign in again")
    return Principal(row.id, row.login, row.org_id, row.role, frozenset(json.loads(row.sites)),
                     row.scope + row.share_version, row.device_id)


def revoke(conn: Connection, token: str) -> None:
    conn.execute(update(db.tokens).where(db.tokens.c.token_hash == token_digest(token),
                                         db.tokens.c.revoked_at.is_(None))
                 .values(revoked_at=now_micros()))


def revoke_devices(conn: Connection, user_id: str, device_id: str | None = None) -> int:
    """Revoke the live tokens of a user (of one device only, if given); how many."""
    t = db.tokens.c
    where = [t.user_id == user_id, t.revoked_at.is_(None)]
    if device_id is not None:
        where.append(t.device_id == device_id)
    return conn.execute(update(db.tokens).where(*where).values(revoked_at=now_micros())).rowcount


def devices(conn: Connection, user_id: str) -> list:
    """The user's tokens, newest first: device id and name, issued, revoked (or None)."""
    t = db.tokens.c
    return conn.execute(select(t.device_id, t.device_name, t.created_at, t.revoked_at)
                        .where(t.user_id == user_id).order_by(t.created_at.desc())).all()
