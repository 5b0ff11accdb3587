"""Sign-in throttling and lockout, counted in the database (docs/sync-protocol.md §2).

API processes are stateless, so the counts live in `login_throttle`, one row per login and
one per client address, read and written under a row lock (SELECT ... FOR UPDATE on
PostgreSQL, BEGIN IMMEDIATE on SQLite): every process behind the load balancer sees the
same counts.

- A login is charged one failure *before* its password is checked, in the transaction
  that found it allowed to try, and a success takes the whole count back: attempts sent
  in parallel are counted as they start, not as they finish.
- An address is charged after a failure only, so that the successful sign-ins of an
  office behind one address never add up.
- From the n-th failure in a row, the next attempt waits base, 2 x base, 4 x base ...
  seconds; the `login_lock_after`-th failure of a login locks it for a while. Until then
  an attempt is answered 429 with Retry-After, its password never checked. A key unknown
  to the users table (a login that does not exist) is counted and locked the same way, so
  that the answers tell nothing about which logins exist.

Every attempt is written to `auth_events` with its outcome.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.server import db
from app.server.settings import Settings

SECOND = 1_000_000


@dataclass(frozen=True)
class Refusal:
    code: str          # too_many_attempts | account_locked
    retry_after: int   # seconds


def login_key(login: str) -> str:
    return "login:" + login.lower()


def address_key(address: str) -> str:
    return "addr:" + address


def delay_seconds(failures: int, after: int, s: Settings) -> float:
    """The wait imposed after `failures` failures in a row, before any lock."""
    if failures < after:
        return 0.0
    return min(s.login_delay_base * 2 ** min(failures - after, 40), s.login_delay_cap)


def _ensure(conn: Connection, key: str) -> None:
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(insert(db.login_throttle).values(key=key, failures=0, last_failure_at=0,
                                                  blocked_until=0)
                 .on_conflict_do_nothing(index_elements=["key"]))


def _count(row, now: int, s: Settings) -> int:
    """Failures still remembered: none once the window has passed without one."""
    if row is None or now - row.last_failure_at > s.login_window_minutes * 60 * SECOND:
        return 0
    return row.failures


def begin_attempt(conn: Connection, login: str, address: str, now: int,
                  s: Settings) -> tuple[Refusal | None, int]:
    """Refuse the attempt if the login or the address must still wait; otherwise charge
    the login one failure in advance. Returns the refusal (or None) and the login's count."""
    t = db.login_throttle.c
    lkey, akey = login_key(login), address_key(address)
    _ensure(conn, lkey)
    rows = {r.key: r for r in conn.execute(
        select(db.login_throttle).where(t.key.in_([lkey, akey])).order_by(t.key)
        .with_for_update())}
    mine = rows[lkey]
    refusal = None
    for key, row in rows.items():
        if row.blocked_until > now:
            locked = key == lkey and row.failures >= s.login_lock_after
            wait = max(1, math.ceil((row.blocked_until - now) / SECOND))
            if refusal is None or wait > refusal.retry_after:
                refusal = Refusal("account_locked" if locked else "too_many_attempts", wait)
    if refusal is not None:
        return refusal, mine.failures
    failures = _count(mine, now, s) + 1
    if failures >= s.login_lock_after:
        wait = s.login_lock_minutes * 60
    else:
        wait = delay_seconds(failures, s.login_delay_after, s)
    conn.execute(update(db.login_throttle).where(t.key == lkey).values(
        failures=failures, last_failure_at=now, blocked_until=now + int(wait * SECOND)))
    return None, failures


def succeeded(conn: Connection, login: str) -> None:
    """A right password: the login's count starts again from nothing."""
    conn.execute(delete(db.login_throttle).where(db.login_throttle.c.key == login_key(login)))


def failed(conn: Connection, address: str, now: int, s: Settings) -> None:
    """A refused sign-in: charge its address (the login was charged in advance)."""
    t = db.login_throttle.c
    key = address_key(address)
    _ensure(conn, key)
    row = conn.execute(select(db.login_throttle).where(t.key == key).with_for_update()).one()
    failures = _count(row, now, s) + 1
    wait = delay_seconds(failures, s.address_delay_after, s)
    conn.execute(update(db.login_throttle).where(t.key == key).values(
        failures=failures, last_failure_at=now, blocked_until=now + int(wait * SECOND)))


def record(conn: Connection, *, at: int, login: str, address: str, device_id: str,
           outcome: str, failures: int, user=None) -> None:
    conn.execute(db.auth_events.insert().values(
        at=at, login=login, address=address, device_id=device_id, outcome=outcome,
        failures=failures, user_id=user.id if user is not None else None,
        org_id=user.org_id if user is not None else None))
