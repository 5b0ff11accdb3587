"""The sync outbox: every local change, written in the same transaction as the change.

Two ways in, one table (`sync_outbox`, see app/models/sync.py):
- ORM writes: `track(session)` (called by ServiceBase.write) listens to the session's
  flushes and writes one row per created, edited or deleted record, with the fields that
  changed and the values they had before (the base the server merges against);
- bulk inserts (app/store/bulk.insert_rows): one row listing the new records' ids, without
  payload: the records themselves are the payload, read when the outbox is pushed.

A mutation's identity is (client id, `n`, `i`): `n` is an AUTOINCREMENT rowid, never
reused, and `i` the position of a record in a bulk row (0 otherwise).
Rows leave the table only when the server has acknowledged them (app/sync/client.py).
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Session, attributes

from app.store.timestamps import to_micros

OUTBOX = "sync_outbox"
# Link tables without their own id: synced as pseudo-records "<left>:<right>".
LINK_TABLES = {"case_signalements": ("case_id", "signalement_id")}
# Server-managed tables: never pushed (the server's user directory is the reference).
NOT_PUSHED = frozenset({"users", "user_sites", "audit_entries", "form_drafts",
                        "attachment_blobs"})
# Columns the merge treats as "last applied wins" instead of conflicting.
META_FIELDS = frozenset({"updated_at", "updated_by", "version"})
LOCAL_ONLY_FIELDS = frozenset({"seq", "version"})

_INSERT = (f"INSERT INTO {OUTBOX} (entity, record_id, op, base_version, fields, base, done,"
           " created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
# A bulk insert is one row naming its records: writing 100,000 outbox rows cost a third
# of the insert itself. Pushed as one create per record, acknowledged by prefix (`done`).
_INSERT_MANY = (f"INSERT INTO {OUTBOX} (entity, record_id, op, base_version, ids, done,"
                " created_at) VALUES (?, '*', 'create_many', 0, ?, 0, ?)")


def now_micros() -> int:
    from app.models.base import utcnow

    return to_micros(utcnow())


def wire_value(value):
    """A Python value as it travels (and as SQLite stores it): see docs/sync-protocol.md."""
    if value is None or isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return to_micros(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return str(value)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def is_synced_table(name: str) -> bool:
    return name not in NOT_PUSHED and name != OUTBOX and not name.startswith("sync_")


# Bulk paths ----------------------------------------------------------------------------

def record_bulk_creates(conn: Connection, table: str, ids) -> None:
    """One outbox row per new record of a Core bulk insert, in the caller's transaction."""
    if not is_synced_table(table):
        return
    conn.exec_driver_sql(_INSERT_MANY, (table, dumps(list(ids)), now_micros()))


def record_link(conn: Connection, table: str, op: str, pairs) -> None:
    stamp = now_micros()
    left, right = LINK_TABLES[table]
    rows = [(table, f"{a}:{b}", op, 0, dumps({left: a, right: b}), None, stamp)
            for a, b in pairs]
    if rows:
        conn.exec_driver_sql(_INSERT, rows)


# ORM writes ----------------------------------------------------------------------------

def track(session: Session) -> None:
    """Capture this session's record changes into the outbox (idempotent per session)."""
    if session.info.get("outbox_tracked"):
        return
    session.info["outbox_tracked"] = True
    event.listen(session, "after_flush", _after_flush)
    event.listen(session, "do_orm_execute", _on_execute)


def _record_types():
    from app.models.base import RecordMixin

    return RecordMixin


def _after_flush(session: Session, _flush_context) -> None:
    if session.info.get("outbox_off"):
        return
    record_mixin = _record_types()
    stamp = now_micros()
    rows = []
    for obj in session.new:
        if isinstance(obj, record_mixin) and is_synced_table(obj.__table__.name):
            rows.append((obj.__table__.name, obj.id, "create", 0, None, None, stamp))
    for obj in session.dirty:
        if not isinstance(obj, record_mixin) or not is_synced_table(obj.__table__.name):
            continue
        row = _update_row(obj, stamp)
        if row is not None:
            rows.append(row)
    for obj in session.deleted:
        if isinstance(obj, record_mixin) and is_synced_table(obj.__table__.name):
            rows.append((obj.__table__.name, obj.id, "delete", obj.version,
                         dumps({"deleted_at": stamp}), dumps({"deleted_at": None}), stamp))
    if rows:
        session.connection().exec_driver_sql(_INSERT, rows)


def _update_row(obj, stamp: int):
    state = inspect(obj)
    mapper = state.mapper
    fields, base = {}, {}
    for prop in mapper.column_attrs:
        key = prop.key
        if key in LOCAL_ONLY_FIELDS:
            continue
        hist = attributes.get_history(obj, key, passive=attributes.PASSIVE_NO_INITIALIZE)
        if not hist.added:
            continue
        new = wire_value(hist.added[0])
        old = wire_value(hist.deleted[0]) if hist.deleted else None
        if hist.deleted and new == old:
            continue
        column = prop.columns[0].name
        fields[column] = new
        base[column] = old
    if not fields or set(fields) <= META_FIELDS:
        return None
    fields.setdefault("updated_at", stamp)
    op = "delete" if fields.get("deleted_at") is not None and base.get("deleted_at") is None \
        else "update"
    version = obj.version or 1
    return (obj.__table__.name, obj.id, op, max(version - 1, 0), dumps(fields), dumps(base),
            stamp)


def _on_execute(orm_execute_state) -> None:
    """Core statements on link tables run through the session (conflicts.py)."""
    if orm_execute_state.session.info.get("outbox_off"):
        return
    stmt = orm_execute_state.statement
    table = getattr(stmt, "table", None)
    name = getattr(table, "name", None)
    if name not in LINK_TABLES:
        return
    left, right = LINK_TABLES[name]
    conn = orm_execute_state.session.connection()
    if orm_execute_state.is_insert:
        params = orm_execute_state.parameters
        if isinstance(params, dict):
            params = [params]
        record_link(conn, name, "create", [(p[left], p[right]) for p in params or ()])
    elif orm_execute_state.is_delete:
        from sqlalchemy import select

        pairs = conn.execute(select(table.c[left], table.c[right])
                             .where(stmt.whereclause)).all()
        record_link(conn, name, "delete", pairs)
