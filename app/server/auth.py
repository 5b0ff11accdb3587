"""Passwords (Argon2id) and device tokens (random, stored hashed, revocable)."""

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


def issue_token(conn: Connection, user_id: str, device_id: str, device_name: str) -> str:
    token = secrets.token_urlsafe(32)
    # One live token per user and device: signing in again replaces the old one.
    conn.execute(update(db.tokens).where(db.tokens.c.user_id == user_id,
                                         db.tokens.c.device_id == device_id,
                                         db.tokens.c.revoked_at.is_(None))
                 .values(revoked_at=now_micros()))
    conn.execute(db.tokens.insert().values(token_hash=token_digest(token), user_id=user_id,
                                           device_id=device_id, device_name=device_name[:200],
                                           created_at=now_micros()))
    return token


def principal_for(conn: Connection, token: str) -> Principal | None:
    u, t, o = db.users.c, db.tokens.c, db.orgs.c
    row = conn.execute(
        select(u.id, u.login, u.org_id, u.role, u.sites, u.scope, o.share_version, t.device_id)
        .select_from(db.tokens.join(db.users, db.users.c.id == t.user_id)
                     .join(db.orgs, db.orgs.c.id == u.org_id))
        .where(t.token_hash == token_digest(token), t.revoked_at.is_(None), u.active.is_(True))
    ).first()
    if row is None:
        return None
    return Principal(row.id, row.login, row.org_id, row.role, frozenset(json.loads(row.sites)),
                     row.scope + row.share_version, row.device_id)


def revoke(conn: Connection, token: str) -> None:
    conn.execute(update(db.tokens).where(db.tokens.c.token_hash == token_digest(token))
                 .values(revoked_at=now_micros()))
