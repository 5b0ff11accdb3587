"""The desktops' audit trails on the server (docs/sync-protocol.md §4, "Audit trail").

A desktop sends its hash-chained audit entries (app.domain.audit_chain) with its pushes.
The server keeps them append-only in `audit_log` (database triggers refuse any update or
delete), under the organisation of the user who pushed them, and never sends them to
another desktop: the organisation's security officers and administrators read them with
GET /v1/audit. Each entry is stored with `chained`: its hash matches its content and
links to the entry before it in the same workspace's chain, as this server holds it. An
entry altered on the desktop after it was sent is refused (the first copy stays) and
kept as a dead letter on both sides.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.domain.audit_chain import FIELDS, GENESIS, entry_hash, next_entry
from app.server import db, wire
from app.server.auth import Principal

READERS = frozenset({"officer", "admin"})
COLUMNS = (*FIELDS, "hash")  # the wire order of an entry


def append(conn: Connection, p: Principal, client_id: str, rows: list, now: int) -> dict:
    """Store what is new among `rows`, in the caller's push transaction (its lock on the
    change counter, app.server.core.lock_counter, orders `pos`). Answers how many were
    stored and which were refused: [[seq, id, code, message], ...]."""
    from app.server.core import lock_counter

    valid, rejected = [], []
    for raw in rows:
        row = wire.audit_row(raw)
        if isinstance(row, str):
            rejected.append(_refusal(raw, "bad_request", row))
        else:
            valid.append(row)
    a = db.audit_log.c
    have: dict[str, tuple] = {}  # entries already kept: id -> the entry as first received
    earlier: dict[int, set[str]] = {}
    stored = [a.entry_org_id if c == "org_id" else a[c] for c in COLUMNS]
    for k in range(0, len(valid), 900):
        chunk = valid[k:k + 900]
        have.update((r[1], tuple(r)) for r in conn.execute(
            select(*stored).where(a.id.in_([r[1] for r in chunk]))))
        for seq, h in conn.execute(select(a.seq, a.hash).where(
                a.client_id == client_id, a.seq.in_({r[0] - 1 for r in chunk}))):
            earlier.setdefault(seq, set()).add(h)
    lock_counter(conn)
    pos = conn.execute(select(func.coalesce(func.max(a.pos), 0))).scalar()
    inserts, dead = [], []
    for row in sorted(valid, key=lambda r: r[0]):
        seq, eid, h = row[0], row[1], row[10]
        if eid in have:
            if have[eid] != row:  # changed on the desktop since it was sent
                refusal = _refusal(row, "audit_altered", "differs from the copy already kept")
                rejected.append(refusal)
                dead.append(refusal)
            continue  # else a replay: already kept
        linked = row[9] == GENESIS if seq == 1 else row[9] in earlier.get(seq - 1, ())
        pos += 1
        entry = dict(zip(COLUMNS, row, strict=True))
        entry["entry_org_id"] = entry.pop("org_id")  # the column is the server's scope
        inserts.append({**entry, "pos": pos, "org_id": p.org_id, "client_id": client_id,
                        "pushed_by": p.user_id, "received_at": now,
                        "chained": linked and entry_hash(*row[:10]) == h})
        have[eid] = row
        earlier.setdefault(seq, set()).add(h)
    if inserts:
        conn.execute(db.audit_log.insert(), inserts)
    if dead:
        conn.execute(db.dead_letters.insert(), [
            {"client_id": client_id, "n": 0, "i": 0, "user_id": p.user_id,
             "entity": "audit_entries", "record_id": wire.clean(eid, 80),
             "mutation": wire.clean(seq), "code": code, "message": message, "at": now}
            for seq, eid, code, message in dead])
    return {"stored": len(inserts), "rejected": rejected}


SERVER_CLIENT = "server"  # the chain of what is done on the server itself (shares)


def record(conn: Connection, org_ids: list[str], action: str, entity_kind: str,
           entity_id: str | None, summary: str, now: int) -> None:
    """An action taken on the server (a share granted or revoked), written into the trail
    of each organisation concerned, on a hash chain of the server's own."""
    from app.domain.ids import new_id
    from app.server.core import lock_counter

    a = db.audit_log.c
    lock_counter(conn)
    last = conn.execute(select(a.seq, a.hash).where(a.client_id == SERVER_CLIENT)
                        .order_by(a.seq.desc()).limit(1)).first()
    end = tuple(last) if last else None
    pos = conn.execute(select(func.coalesce(func.max(a.pos), 0))).scalar()
    rows = []
    for org in dict.fromkeys(org_ids):  # each once, in order
        entry = next_entry(end, new_id(), now, org, None, action, entity_kind, entity_id,
                           summary)
        pos += 1
        rows.append({**entry, "pos": pos, "client_id": SERVER_CLIENT,
                     "pushed_by": SERVER_CLIENT, "received_at": now, "chained": True,
                     "entry_org_id": org})
        end = (entry["seq"], entry["hash"])
    if rows:
        conn.execute(db.audit_log.insert(), rows)


def _refusal(raw, code: str, message: str) -> list:
    seq = raw[0] if isinstance(raw, list | tuple) and raw and type(raw[0]) is int else None
    eid = raw[1] if isinstance(raw, list | tuple) and len(raw) > 1 else None
    return [seq, wire.clean(eid, 80) if eid is not None else None, code,
            wire.clean(message, 500)]


def read(conn: Connection, p: Principal, after: int, limit: int) -> dict:
    """The organisation's entries after position `after`, oldest first."""
    a = db.audit_log.c
    rows = conn.execute(select(db.audit_log).where(a.org_id == p.org_id, a.pos > after)
                        .order_by(a.pos).limit(limit)).mappings().all()
    entries = [{**{k: r[k] for k in ("pos", "client_id", "pushed_by", "received_at",
                                     "chained", *COLUMNS) if k != "org_id"},
                "org_id": r["entry_org_id"]} for r in rows]
    return {"entries": entries, "cursor": rows[-1]["pos"] if rows else after,
            "more": len(rows) == limit}
