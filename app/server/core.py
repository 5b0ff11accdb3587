"""The server's work: visibility, push (idempotent, field-by-field merge), pull, shares.

Everything here runs on a SQLAlchemy Connection inside one transaction, on SQLite or
PostgreSQL alike; app/server/api.py is only the HTTP shape of it. The rules are those of
docs/sync-protocol.md; section numbers below refer to it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, exists, func, or_, select, text, update

from app.domain.ids import new_id, random_codes
from app.server import audit, db
from app.server.auth import Principal, now_micros
from app.server.validate import check_row, check_rows
from app.server.wire import clean, is_id
from app.store.outbox import META_FIELDS
from app.sync import jsonwire
from app.sync.entities import (
    ATTACHMENT_OWNERS,
    CONFLICTS,
    PULL_ONLY,
    REFERENCED,
    ROOTS,
    Entity,
    registry,
)

WRITE_ROLES = frozenset({"admin", "officer", "mediator", "caretaker"})
SHARED_WRITE_ROLES = frozenset({"admin", "officer", "mediator"})
MAX_BATCH = 5000
MISSING = object()


class Rejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = clean(message, 500)  # it may quote what the client sent


dumps = jsonwire.dumps


# Visibility (§7) -----------------------------------------------------------------------

@dataclass
class Viewer:
    p: Principal
    shared_roots: set[str] = field(default_factory=set)
    granted: set[tuple[str, str]] = field(default_factory=set)
    users_here: set[str] = field(default_factory=set)

    def can_see(self, entity: str, org: str | None, site: str | None, root: str | None,
                rid: str) -> bool:
        p = self.p
        if entity == "organisations":
            return True
        if org == p.org_id:
            if p.role == "partner":
                if site is None:
                    return True
            elif p.all_sites or site is None or site in p.sites:
                return True
        if root is not None and root in self.shared_roots:
            return True
        return (entity, rid) in self.granted

    def can_write(self, entity: str, org: str | None, site: str | None, root: str | None,
                  rid: str) -> bool:
        p = self.p
        if p.role not in WRITE_ROLES or entity in PULL_ONLY:
            return False
        if org == p.org_id:
            if p.role == "caretaker":
                return site is not None and site in p.sites
            return True
        return root is not None and root in self.shared_roots and p.role in SHARED_WRITE_ROLES


def load_viewer(conn: Connection, p: Principal) -> Viewer:
    v = Viewer(p)
    v.shared_roots = set(conn.execute(select(db.shares.c.root_id)
                                      .where(db.shares.c.org_id == p.org_id)).scalars())
    v.granted = {(e, i) for e, i in conn.execute(
        select(db.grants.c.entity, db.grants.c.record_id).where(db.grants.c.org_id == p.org_id))}
    v.users_here = set(conn.execute(select(db.users.c.id)
                                    .where(db.users.c.org_id == p.org_id)).scalars())
    return v


def visible_clause(p: Principal):
    r = db.records.c
    own = r.org_id == p.org_id
    if p.role == "partner":
        own = and_(own, r.site_id.is_(None))
    elif not p.all_sites:
        sites = sorted(p.sites)
        own = and_(own, or_(r.site_id.is_(None), r.site_id.in_(sites)) if sites
                   else r.site_id.is_(None))
    shared = r.share_root.in_(select(db.shares.c.root_id).where(db.shares.c.org_id == p.org_id))
    granted = exists(select(db.grants.c.record_id).where(
        db.grants.c.org_id == p.org_id, db.grants.c.entity == r.entity,
        db.grants.c.record_id == r.id))
    return or_(r.entity == "organisations", own, shared, granted)


# Records --------------------------------------------------------------------------------

@dataclass
class Rec:
    entity: str
    id: str
    org: str | None
    site: str | None
    root: str | None
    version: int
    deleted: bool
    data: dict
    is_new: bool = False
    dirty: bool = False
    old_scope: tuple | None = None
    seq: int = 0
    origin: str | None = None


class Batch:
    """Records read and written by one push, cached so that later mutations see earlier ones."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[tuple[str, str], Rec | None] = {}
        self.order: list[tuple[str, str]] = []
        self.ids: set[str] = set()  # scope values found to be ids (scope_of)

    def preload(self, keys: set[tuple[str, str]]) -> None:
        by_entity: dict[str, list[str]] = {}
        for e, i in keys:
            # Only ids that can be stored are looked up (PostgreSQL refuses a NUL even in
            # a query); anything else is unknown, and refused as such.
            if (e, i) not in self.cache and is_id(i) and e in registry():
                by_entity.setdefault(e, []).append(i)
        for e, ids in by_entity.items():
            among, values = _among(self.conn, "id", ids)
            for rid, org, site, root, version, deleted, data in self.conn.exec_driver_sql(
                    "SELECT id, org_id, site_id, share_root, version, deleted, data"
                    f" FROM records WHERE entity = {_mark(self.conn)} AND {among}",
                    (e, values)):
                self.cache[(e, rid)] = Rec(e, rid, org, site, root, version, bool(deleted),
                                           jsonwire.loads(data))
            for i in ids:
                self.cache.setdefault((e, i), None)

    def get(self, entity: str, rid) -> Rec | None:
        if not isinstance(rid, str) or not is_id(rid):
            return None
        key = (entity, rid)
        if key not in self.cache:
            self.preload({key})
        return self.cache[key]

    def put(self, rec: Rec) -> None:
        key = (rec.entity, rec.id)
        self.cache[key] = rec
        if not rec.dirty:
            rec.dirty = True
            self.order.append(key)


MAX_VERSION = 2**31 - 1


def _mark(conn: Connection) -> str:
    """The driver's placeholder, for statements run with exec_driver_sql."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _among(conn: Connection, column: str, values) -> tuple[str, object]:
    """`column` is one of `values`, for exec_driver_sql: the values go as one array
    parameter (SQLAlchemy took longer to render a long IN list than the database to run
    it)."""
    if conn.dialect.name == "postgresql":
        return f"{column} = ANY(%s)", list(values)
    return f"{column} IN (SELECT value FROM json_each(?))", dumps(list(values))


def scope_of(batch: Batch, ent: Entity, rid: str, data: dict) -> tuple:
    """(organisation, site, share root) of a record: ids, stored in the server's columns."""
    scope = _scope(batch, ent, rid, data)
    for value in scope:
        if value is None or value in batch.ids:
            continue
        if type(value) is not str or len(value) > 36 or not is_id(value):
            raise Rejected("bad_value", f"{ent.name} {rid}: not an id: {value!r}"[:200])
        batch.ids.add(value)  # a bulk push names the same site thousands of times
    return scope


def _scope(batch: Batch, ent: Entity, rid: str, data: dict) -> tuple:
    org = data.get("org_id")
    name = ent.name
    if name == "organisations":
        return rid, None, None
    if name == "sites":
        return org, rid, None
    if ent.is_root:
        return org, data.get("site_id"), rid
    if name == "attachments":
        owner = ATTACHMENT_OWNERS.get(data.get("owner_kind"))
        parent = batch.get(owner, data.get("owner_id")) if owner else None
        if parent is None:
            raise Rejected("unknown_parent", f"{data.get('owner_kind')} {data.get('owner_id')}")
        return org, parent.site, parent.root
    if ent.parent is not None:
        col, parent_entity = ent.parent
        pid = data.get(col)
        if col == "site_id":
            return org, pid, None
        if pid is None:
            return org, None, None
        parent = batch.get(parent_entity, pid)
        if parent is None:
            raise Rejected("unknown_parent", f"{parent_entity} {pid}")
        return (parent.org if ent.is_link else org), parent.site, parent.root
    return org, None, None


_JSON_TYPES = {"int": (int, type(None)), "str": (str, type(None)),
               "float": (int, float, type(None)), "bytes": (dict, type(None))}


def _types_of(ent: Entity) -> dict[str, tuple]:
    cached = _TYPES.get(ent.name)
    if cached is None:
        cached = _TYPES[ent.name] = {c: _JSON_TYPES.get(k, (object,))
                                     for c, k in ent.types.items()}
    return cached


_TYPES: dict[str, dict[str, tuple]] = {}


def _check_types(ent: Entity, fields: dict) -> None:
    allowed = _types_of(ent)
    # Checked here, not only by the validator's tables: SQLite would take "2" for 2.
    for name, value in fields.items():
        kinds = allowed.get(name)
        if kinds is None:
            raise Rejected("unknown_field", f"{ent.name}.{name}")
        if type(value) not in kinds:
            raise Rejected("bad_value", f"{ent.name}.{name}")
        if type(value) is dict and not isinstance(value.get("$b64"), str):
            raise Rejected("bad_value", f"{ent.name}.{name}")


def _ext_refs(ent: Entity, data: dict, org: str | None, user_org: dict[str, str]) -> bool:
    for col in ent.user_refs:
        ref = data.get(col)
        if ref is not None and user_org.get(ref) != org:
            return True
    return False


# Push (§4) ------------------------------------------------------------------------------

@dataclass
class PushContext:
    conn: Connection
    viewer: Viewer
    client_id: str
    batch: Batch
    now: int
    careful: bool = False
    conflicts: list[Rec] = field(default_factory=list)
    dead: list[dict] = field(default_factory=list)
    pending_checks: list[tuple[str, dict]] = field(default_factory=list)
    renamed: dict[tuple[str, str], str] = field(default_factory=dict)


def lock_counter(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"))


def push(conn: Connection, p: Principal, client_id: str, mutations: list[dict],
         invalid: dict[tuple[int, int], str] | None = None) -> list[dict]:
    """Apply one batch in the caller's transaction; returns one result per mutation.
    `invalid`: the mutations app.server.wire found malformed, rejected without a look."""
    lock_counter(conn)  # pushes are serialised: merges read what the previous one wrote
    if not mutations:
        return []
    ns = [m["n"] for m in mutations]
    a = db.applied.c
    done = {(row.n, row.i): _stored_result(row) for row in conn.execute(
        select(a.n, a.i, a.status, a.version, a.seq, a.detail).where(
            a.client_id == client_id, a.n >= min(ns), a.n <= max(ns)))}
    viewer = load_viewer(conn, p)
    invalid = invalid or {}
    results = _run(conn, viewer, client_id, mutations, done, invalid, careful=False)
    if results is None:  # some row would not fit a desktop's table: find it, one at a time
        results = _run(conn, viewer, client_id, mutations, done, invalid, careful=True)
    return results


def _run(conn, viewer, client_id, mutations, done, invalid, careful):
    ctx = PushContext(conn, viewer, client_id, Batch(conn), now_micros(), careful)
    # The records the mutations name, read at once (not those of a replay: answered as stored).
    todo = [m for m in mutations if (m["n"], m.get("i", 0)) not in done]
    keys = {(m["entity"], m["id"]) for m in todo
            if isinstance(m.get("entity"), str) and isinstance(m.get("id"), str)}
    for m in todo:
        if (m["n"], m.get("i", 0)) in invalid:
            continue
        if m.get("op") == "create_many" and isinstance(m.get("columns"), list) \
                and "id" in m["columns"] and isinstance(m.get("rows"), list):
            at = m["columns"].index("id")
            keys.update((m["entity"], r[at]) for r in m["rows"]
                        if isinstance(r, list) and len(r) > at and isinstance(r[at], str))
    ctx.batch.preload(keys)
    out: list[tuple[dict, tuple | None, bool]] = []
    for m in mutations:
        key = (m["n"], m.get("i", 0))
        if key in done:
            out.append((done[key], None, False))
            continue
        try:
            if key in invalid:
                raise Rejected("bad_request", invalid[key])
            if m.get("op") == "create_many":
                out.append((_apply_bulk(ctx, m), None, True))
                continue
            res, rec_key = _apply(ctx, m)
            out.append((res, rec_key, True))
        except Rejected as r:
            res = {"n": key[0], "i": key[1], "status": "rejected", "code": r.code,
                   "message": r.message}
            ctx.dead.append({"client_id": client_id, "n": key[0], "i": key[1],
                             "user_id": viewer.p.user_id, "entity": clean(m.get("entity"), 40),
                             "record_id": clean(m.get("id"), 80), "mutation": dumps(m),
                             "code": r.code, "message": r.message, "at": ctx.now})
            out.append((res, None, True))
    if not careful:
        rows = [(k[0], ctx.batch.cache[k].data) for k in ctx.batch.order]
        rows += [(CONFLICTS, c.data) for c in ctx.conflicts]
        if not check_rows(rows):
            return None
    _write(ctx)
    _crash_point("PALIER_TEST_CRASH_IN_PUSH")
    results, applied_rows = [], []
    for m, (res, rec_key, fresh) in zip(mutations, out, strict=True):
        if rec_key is not None:
            rec = ctx.batch.cache[rec_key]
            res["version"] = rec.version
            res["seq"] = rec.seq
        if fresh and ctx.renamed and res["status"] != "rejected":
            renamed = [[rid, ctx.renamed[(m["entity"], rid)]] for rid in _ids_of(m)
                       if (m["entity"], rid) in ctx.renamed]
            if renamed:
                res["renamed"] = renamed
        if fresh:
            detail = {k: res[k] for k in ("conflicts", "code", "message", "count", "rejected",
                                          "renamed") if k in res}
            applied_rows.append({"client_id": client_id, "n": res["n"], "i": res.get("i", 0),
                                 "status": res["status"], "version": res.get("version"),
                                 "seq": res.get("seq"),
                                 "detail": dumps(detail) if detail else None, "at": ctx.now})
        results.append(res)
    if applied_rows:
        mark = _mark(conn)
        names = ("client_id", "n", "i", "status", "version", "seq", "detail", "at")
        conn.exec_driver_sql(
            f"INSERT INTO applied_mutations ({', '.join(names)}) VALUES "
            f"({', '.join([mark] * len(names))})", [tuple(r[k] for k in names)
                                                    for r in applied_rows])
    if ctx.dead:
        conn.execute(db.dead_letters.insert(), ctx.dead)
    return results


def _ids_of(m: dict) -> list[str]:
    """The record ids one (accepted, so well-formed) mutation wrote."""
    if m.get("op") == "create_many":
        at = m["columns"].index("id")
        return [r[at] for r in m["rows"]]
    return [m["id"]]


def _reserve_references(ctx: PushContext, recs: list[Rec]) -> None:
    """Desktops draw references offline (app.domain.ids.references), so two may draw the
    same one. The first record to reach the server keeps it; a later one is given a new
    random tail here, and its desktop learns it from the push answer (§4, "References")."""
    wanted = [(rec.data["reference"], rec.entity, rec.id) for rec in recs
              if rec.entity in REFERENCED and isinstance(rec.data.get("reference"), str)
              and "\x00" not in rec.data["reference"]]
    conn = ctx.conn
    if not wanted or _insert_references(conn, wanted) == len(wanted):
        return  # (the usual case: every reference new)
    owners: dict[str, str] = {}
    refs = list({ref for ref, _e, _i in wanted})
    among, values = _among(conn, "reference", refs)
    owners.update(conn.exec_driver_sql(
        f"SELECT reference, id FROM record_references WHERE {among}", (values,)).all())
    for ref, entity, rid in wanted:
        if owners.get(ref) == rid:
            continue  # its own (just now, or an edit, or a replayed create)
        stem, _, tail = ref.rpartition("-")
        size = max(len(tail), 5)
        while True:
            new = f"{stem}-{random_codes(1, size)[0]}" if stem else random_codes(1, size)[0]
            if _insert_references(conn, [(new, entity, rid)]):
                break
        rec = ctx.batch.cache[(entity, rid)]
        rec.data = {**rec.data, "reference": new}
        ctx.renamed[(entity, rid)] = new


def _insert_references(conn: Connection, rows: list[tuple[str, str, str]]) -> int:
    """Reserve (reference, entity, id) rows; returns how many were free (a reference
    already held is left to its holder)."""
    if conn.dialect.name == "postgresql":
        return conn.exec_driver_sql(
            "INSERT INTO record_references (reference, entity, id) SELECT * FROM"
            " unnest(%s::text[], %s::text[], %s::text[]) ON CONFLICT (reference) DO NOTHING",
            tuple(list(c) for c in zip(*rows, strict=True))).rowcount
    return conn.exec_driver_sql(
        "INSERT INTO record_references (reference, entity, id) VALUES (?, ?, ?)"
        " ON CONFLICT (reference) DO NOTHING", rows).rowcount


def _stored_result(row) -> dict:
    res = {"n": row.n, "i": row.i, "status": row.status}
    if row.version is not None:
        res["version"] = row.version
    if row.seq is not None:
        res["seq"] = row.seq
    if row.detail:
        res.update(json.loads(row.detail))
    return res


def _crash_point(variable: str) -> None:
    """Fault-injection tests only: die here, once, if the variable names an existing file."""
    import os

    flag = os.environ.get(variable)
    if flag and os.path.exists(flag):
        os.remove(flag)
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def _apply(ctx: PushContext, m: dict) -> tuple[dict, tuple | None]:
    n, i = m["n"], m.get("i", 0)
    name, rid, op = m.get("entity"), m.get("id"), m.get("op")
    ent = registry().get(name) if isinstance(name, str) else None
    if ent is None or name in PULL_ONLY:
        raise Rejected("unknown_entity" if ent is None else "managed_on_server", str(name))
    if not isinstance(rid, str) or not rid or op not in ("create", "update", "delete"):
        raise Rejected("bad_request", "id/op")
    fields = m.get("fields") or {}
    base = m.get("base") or {}
    if not isinstance(fields, dict) or not isinstance(base, dict):
        raise Rejected("bad_request", "fields/base")
    _check_types(ent, fields)
    # A create carries the creator's version of the record, so that both sides agree.
    start_version = fields.get("version") if op == "create" else None
    fields = {k: v for k, v in fields.items() if k != "version"}
    batch, v = ctx.batch, ctx.viewer
    cur = batch.get(name, rid)
    result = {"n": n, "i": i, "status": "applied"}

    if name == CONFLICTS:
        if cur is None:
            raise Rejected("unknown_record", rid)
        if not v.can_see(cur.entity, cur.org, cur.site, cur.root, rid) or \
                v.p.role not in WRITE_ROLES:
            raise Rejected("forbidden", rid)
        data = dict(cur.data)
        changed = False
        for f in ("resolved_at", "resolution", "deleted_at"):
            if f in fields and data.get(f) is None and fields[f] is not None:
                data[f] = fields[f]
                changed = True
        if changed:
            _store(ctx, ent, cur, data, (cur.org, cur.site, cur.root))
        return result, (name, rid)

    if cur is None:
        if op != "create":
            raise Rejected("unknown_record", f"{name} {rid}")
        data = dict(fields) if len(fields) == len(ent.columns) - 1 else \
            {c: fields.get(c) for c in ent.columns}
        version = start_version if type(start_version) is int and \
            0 < start_version <= MAX_VERSION else 1
        if ent.is_link:
            data["_deleted"] = False
        else:
            data["id"] = rid
            data["version"] = version
        scope = scope_of(batch, ent, rid, data)
        if not v.can_write(name, *scope, rid):
            raise Rejected("forbidden", f"{name} {rid}")
        _check(ctx, name, data)
        rec = Rec(name, rid, *scope, version=version,
                  deleted=data.get("deleted_at") is not None, data=data, is_new=True,
                  origin=ctx.client_id)
        batch.put(rec)
        return result, (name, rid)

    if not v.can_write(name, cur.org, cur.site, cur.root, rid):
        raise Rejected("forbidden", f"{name} {rid}")
    if ent.is_link:
        deleted = op == "delete"
        if cur.deleted != deleted:
            cur.deleted = deleted
            cur.data = {**cur.data, "_deleted": deleted}
            cur.version += 1
            cur.origin = None
            batch.put(cur)
        return result, (name, rid)

    data = dict(cur.data)
    restoring = "deleted_at" in fields and fields["deleted_at"] is None
    if cur.deleted and not restoring:
        if op == "delete":
            return result, (name, rid)  # already deleted: same outcome
        _conflict(ctx, cur, "deleted", None, None, None, fields, m)
        result["status"] = "conflict"
        result["conflicts"] = [ctx.conflicts[-1].id]
        return result, (name, rid)
    new_conflicts = []
    if op == "delete":
        for f, value in fields.items():
            data[f] = value
        if m.get("base_version") is not None and m["base_version"] != cur.version:
            new_conflicts.append(("delete_after_edit", None, None, None, None))
    else:
        basis = base if op == "update" else {}
        for f, value in fields.items():
            server = data.get(f)
            if value == server:
                continue
            if f in META_FIELDS or f in ("created_at", "created_by"):
                if f in META_FIELDS:
                    data[f] = value
                continue
            b = basis.get(f, MISSING)
            if b is not MISSING and b == server:
                data[f] = value
            elif b is MISSING and op == "update":
                data[f] = value  # no base sent: the server's order decides
            else:
                new_conflicts.append(("field", f, None if b is MISSING else b, server, value))
    if data == cur.data and not new_conflicts:
        return result, (name, rid)
    scope = scope_of(batch, ent, rid, data)
    if scope != (cur.org, cur.site, cur.root) and not v.can_write(name, *scope, rid):
        raise Rejected("forbidden", f"{name} {rid}: scope")
    if data != cur.data:
        _check(ctx, name, data)
        _store(ctx, ent, cur, data, scope)
    ids = []
    for kind, f, b, kept, other in new_conflicts:
        _conflict(ctx, cur, kind, f, b, kept, other if kind == "field" else fields, m)
        ids.append(ctx.conflicts[-1].id)
    if ids:
        result["status"] = "conflict"
        result["conflicts"] = ids
    return result, (name, rid)


def _apply_bulk(ctx: PushContext, m: dict) -> dict:
    """A bulk insert's records, sent as columns and rows (docs/sync-protocol.md §4): each
    record is applied as a create, and refused alone; one answer for the chunk."""
    n, i0 = m["n"], m.get("i", 0)
    name, cols, rows = m.get("entity"), m.get("columns"), m.get("rows")
    ent = registry().get(name) if isinstance(name, str) else None
    if ent is None or name in PULL_ONLY or ent.is_link:
        raise Rejected("unknown_entity" if ent is None else "managed_on_server", str(name))
    if not isinstance(cols, list) or not isinstance(rows, list) or "id" not in cols or \
            not all(isinstance(r, list) and len(r) == len(cols) for r in rows):
        raise Rejected("bad_request", "columns/rows")
    allowed = _types_of(ent)
    unknown = set(cols) - allowed.keys()
    if unknown:
        raise Rejected("unknown_field", f"{name}.{sorted(unknown)[0]}")
    # Types checked a column at a time (C loops); a bad column is then looked at row by row.
    bad: dict[int, str] = {}
    for idx, values in enumerate(zip(*rows, strict=True)) if rows else ():
        kinds = allowed[cols[idx]]
        if not set(map(type, values)) <= set(kinds) or dict in kinds and any(
                type(v) is dict and not isinstance(v.get("$b64"), str) for v in values):
            for k, v in enumerate(values):
                if type(v) not in kinds or type(v) is dict and not isinstance(
                        v.get("$b64"), str):
                    bad.setdefault(k, f"{name}.{cols[idx]}")
    id_at = cols.index("id")
    batch, viewer = ctx.batch, ctx.viewer
    rejected, conflicts = [], []
    # The columns the client did not send, the same for every row of the chunk.
    sent = set(cols)
    absent = dict.fromkeys(c for c in ent.columns if c not in sent)

    def refuse(k: int, rid, code: str, message: str) -> None:
        rejected.append([i0 + k, rid, code, message])
        ctx.dead.append({"client_id": ctx.client_id, "n": n, "i": i0 + k,
                         "user_id": viewer.p.user_id, "entity": name[:40],
                         "record_id": clean(rid, 80),
                         "mutation": dumps(dict(zip(cols, rows[k], strict=True))),
                         "code": code, "message": message, "at": ctx.now})

    # The loop below runs for every record of a chunk: lookups hoisted, the new record
    # put in the batch inline (Batch.put).
    cache, order, careful, origin = batch.cache, batch.order, ctx.careful, ctx.client_id
    for k, row in enumerate(rows):
        rid = row[id_at]
        if k in bad or not isinstance(rid, str) or not is_id(rid):
            refuse(k, rid, "bad_value", bad.get(k, "id"))
            continue
        data = dict(zip(cols, row, strict=True))
        key = (name, rid)
        try:
            cur = cache.get(key, MISSING)
            if cur is MISSING:
                cur = batch.get(name, rid)
            if cur is not None:  # already there: merged as a create
                res, _key = _apply(ctx, {"n": n, "i": i0 + k, "entity": name, "id": rid,
                                         "op": "create", "fields": data})
                conflicts.extend(res.get("conflicts", ()))
                continue
            version = data.get("version")
            if type(version) is not int or not 0 < version <= MAX_VERSION:
                data["version"] = version = 1
            data.update(absent)
            scope = scope_of(batch, ent, rid, data)
            if not viewer.can_write(name, *scope, rid):
                raise Rejected("forbidden", f"{name} {rid}")
            if careful:
                _check(ctx, name, data)
        except Rejected as r:
            refuse(k, rid, r.code, r.message)
            continue
        cache[key] = Rec(name, rid, *scope, version=version,
                         deleted=data.get("deleted_at") is not None, data=data, is_new=True,
                         dirty=True, origin=origin)
        order.append(key)
    # How many of the client's ids this answer covers (a replay answers for the chunk it
    # first applied, whatever the size of the chunk replayed).
    ids = m.get("ids")
    result = {"n": n, "i": i0, "status": "applied",
              "count": len(ids) if isinstance(ids, list) else len(rows)}
    if rejected:
        result["rejected"] = rejected
    if conflicts:
        result["conflicts"] = conflicts
    return result


def _check(ctx: PushContext, entity: str, data: dict) -> None:
    if ctx.careful:
        reason = check_row(entity, data)
        if reason:
            raise Rejected("invalid", reason)


def _store(ctx: PushContext, ent: Entity, cur: Rec, data: dict, scope: tuple) -> None:
    old = (cur.org, cur.site, cur.root)
    if scope != old and cur.old_scope is None and not cur.is_new:
        cur.old_scope = old
    cur.org, cur.site, cur.root = scope
    cur.data = data
    cur.deleted = data.get("deleted_at") is not None
    cur.version += 1
    cur.origin = None
    data["version"] = cur.version
    ctx.batch.put(cur)


def _conflict(ctx: PushContext, cur: Rec, kind: str, f, b, kept, other, m: dict) -> None:
    cid = new_id()
    data = {"id": cid, "org_id": cur.org, "entity": cur.entity, "record_id": cur.id,
            "kind": kind, "field": f, "base_value": dumps(b), "kept_value": dumps(kept),
            "other_value": dumps(other), "other_client": f"{ctx.client_id}:{m['n']}",
            "created_at": ctx.now, "resolved_at": None, "resolution": None, "version": 1,
            "deleted_at": None}
    ctx.conflicts.append(Rec(CONFLICTS, cid, cur.org, cur.site, cur.root, 1, False, data,
                             is_new=True))


def allocate(conn: Connection, k: int) -> int:
    """Take k change numbers; returns the first. The row stays locked until commit."""
    value = conn.execute(text("UPDATE sync_counter SET value = value + :k WHERE id = 1 "
                              "RETURNING value"), {"k": k}).scalar_one()
    return value - k + 1


def _write(ctx: PushContext) -> None:
    recs = [ctx.batch.cache[k] for k in ctx.batch.order] + ctx.conflicts
    if not recs:
        return
    _reserve_references(ctx, recs)
    first = allocate(ctx.conn, len(recs))
    user_org = dict(ctx.conn.execute(select(db.users.c.id, db.users.c.org_id)).all()) \
        if any(registry()[r.entity].user_refs for r in recs) else {}
    inserts, updates, moves = [], [], []
    now = ctx.now
    for k, rec in enumerate(recs):
        rec.seq = first + k
        ent = registry()[rec.entity]
        ext = _ext_refs(ent, rec.data, rec.org, user_org) if ent.user_refs else False
        values = (rec.org, rec.site, rec.root, rec.version, rec.seq, rec.deleted, ext, now,
                  rec.origin, dumps(rec.data), rec.entity, rec.id)
        (inserts if rec.is_new else updates).append(values)
        if rec.old_scope is not None:
            moves.append({"seq": rec.seq, "entity": rec.entity, "id": rec.id,
                          "old_org": rec.old_scope[0], "old_site": rec.old_scope[1],
                          "old_root": rec.old_scope[2]})
    conn = ctx.conn
    # Driver-level executemany: SQLAlchemy's per-row parameter processing was a fifth of a
    # 5,000-record push.
    mark = _mark(conn)
    cols = ("org_id", "site_id", "share_root", "version", "seq", "deleted", "ext_refs",
            "changed_at", "origin", "data", "entity", "id")
    if inserts:
        conn.exec_driver_sql(f"INSERT INTO records ({', '.join(cols)}) VALUES "
                             f"({', '.join([mark] * len(cols))})", inserts)
    if updates:
        sets = ", ".join(f"{c} = {mark}" for c in cols[:-2])
        conn.exec_driver_sql(f"UPDATE records SET {sets} WHERE entity = {mark} AND id = {mark}",
                             updates)
    if moves:
        conn.execute(db.scope_moves.insert(), moves)
    # A new child of a shared case: the organisations it is shared with get its parents too.
    shared = [rec for rec in recs if rec.root is not None and rec.is_new]
    if shared:
        roots = {rec.root for rec in shared}
        share_orgs: dict[str, set[str]] = {}
        among, values = _among(conn, "root_id", roots)
        for org, root in conn.exec_driver_sql(
                f"SELECT org_id, root_id FROM shares WHERE {among}", (values,)):
            share_orgs.setdefault(root, set()).add(org)
        for rec in shared:
            for org in share_orgs.get(rec.root, ()):
                _grant_parents(conn, org, rec.root, rec.entity, rec.data, seen=set())


# Pull (§5) ------------------------------------------------------------------------------

class PullError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


def pull(conn: Connection, p: Principal, cursor: int, limit: int, scope: int | None) -> bytes:
    """One page of changes after `cursor`, as the JSON bytes of the answer.

    After the first page of a (re-)fetch, a device is not sent back the records it created
    itself and nobody changed since: it holds exactly those rows already."""
    high, floor = conn.execute(select(db.counter.c.value, db.counter.c.purge_floor)
                               .where(db.counter.c.id == 1)).one()
    if scope is not None and scope != p.scope:
        return _page([], [], cursor, False, p.scope, rescope=True)
    if 0 < cursor < floor:
        raise PullError(410, "refetch_required", "cursor older than the purge window")
    r = db.records.c
    where = [r.seq > cursor, r.seq <= high, visible_clause(p)]
    if cursor > 0:
        where.append(or_(r.origin.is_(None), r.origin != p.device_id))
    rows = conn.execute(
        select(r.entity, r.id, r.version, r.seq, r.org_id, r.ext_refs, r.data)
        .where(*where).order_by(r.seq).limit(limit)).all()
    more = len(rows) == limit
    new_cursor = rows[-1].seq if more else high
    viewer = None
    parts = []
    for row in rows:
        data = row.data
        if row.ext_refs or (row.org_id != p.org_id and registry().get(row.entity) is not None
                            and registry()[row.entity].user_refs):
            if viewer is None:
                viewer = load_viewer(conn, p)
            data = _redact(row.entity, data, viewer)
        parts.append(f'[{dumps(row.entity)},{dumps(row.id)},{row.version},{row.seq},{data}]')
    removed = _removals(conn, p, cursor, new_cursor, viewer) if new_cursor > cursor else []
    return _page(parts, removed, new_cursor, more, p.scope)


def _page(parts, removed, cursor, more, scope, rescope=False) -> bytes:
    from app.sync.entities import SCHEMA_VERSION

    return ("{\"changes\":[" + ",".join(parts) + "],\"removed\":" + dumps(removed)
            + f",\"cursor\":{cursor},\"more\":{'true' if more else 'false'},\"scope\":{scope},"
            f"\"rescope\":{'true' if rescope else 'false'},\"schema\":{SCHEMA_VERSION}}}"
            ).encode()


def _redact(entity: str, data_text: str, viewer: Viewer) -> str:
    ent = registry().get(entity)
    data = json.loads(data_text)
    for col in ent.user_refs if ent else ():
        if data.get(col) is not None and data[col] not in viewer.users_here:
            data[col] = None
    return dumps(data)


def _removals(conn, p: Principal, after: int, upto: int, viewer) -> list[list[str]]:
    m = db.scope_moves.c
    moves = conn.execute(select(m.entity, m.id, m.old_org, m.old_site, m.old_root)
                         .where(m.seq > after, m.seq <= upto)).all()
    if not moves:
        return []
    viewer = viewer or load_viewer(conn, p)
    out = []
    for e, rid, org, site, root in moves:
        if not viewer.can_see(e, org, site, root, rid):
            continue
        r = db.records.c
        now = conn.execute(select(r.org_id, r.site_id, r.share_root)
                           .where(r.entity == e, r.id == rid)).first()
        if now is None or not viewer.can_see(e, now[0], now[1], now[2], rid):
            out.append([e, rid])
    return out


# Administration -------------------------------------------------------------------------

def _touch(conn: Connection, entity: str, rid: str, org: str | None, data: dict,
           *, deleted: bool = False) -> None:
    """Write a server-made record (organisation, directory entry) with a new change number."""
    r = db.records.c
    cur = conn.execute(select(r.version).where(r.entity == entity, r.id == rid)).scalar()
    lock_counter(conn)
    seq = allocate(conn, 1)
    version = (cur or 0) + 1
    data = {**data, "version": version}
    row = {"org_id": org, "site_id": None, "share_root": None, "version": version, "seq": seq,
           "deleted": deleted, "ext_refs": False, "changed_at": now_micros(),
           "data": dumps(data)}
    if cur is None:
        conn.execute(db.records.insert().values(entity=entity, id=rid, **row))
    else:
        conn.execute(update(db.records).where(r.entity == entity, r.id == rid).values(**row))


def _base_columns(rid: str, org: str) -> dict:
    now = now_micros()
    return {"id": rid, "org_id": org, "created_at": now, "updated_at": now, "created_by": None,
            "updated_by": None, "deleted_at": None}


def add_org(conn: Connection, name: str, kind: str) -> str:
    oid = new_id()
    conn.execute(db.orgs.insert().values(id=oid, name=name, kind=kind, share_version=0))
    _touch(conn, "organisations", oid, oid, {
        **_base_columns(oid, oid), "name": name, "kind": kind, "address": "", "postcode": "",
        "city": "", "phone": "", "email": ""})
    return oid


def org_by_name(conn: Connection, name: str):
    return conn.execute(select(db.orgs).where(func.lower(db.orgs.c.name) == name.lower())).first()


def add_user(conn: Connection, login: str, org_id: str, role: str, sites: list[str],
             password_hash: str, display_name: str | None = None) -> str:
    uid = new_id()
    conn.execute(db.users.insert().values(
        id=uid, login=login, org_id=org_id, role=role, display_name=display_name or login,
        password_hash=password_hash, active=True, sites=dumps(sorted(sites)), scope=0))
    _directory(conn, uid)
    return uid


def _directory(conn: Connection, uid: str) -> None:
    u = conn.execute(select(db.users).where(db.users.c.id == uid)).one()
    _touch(conn, "users", uid, u.org_id, {
        **_base_columns(uid, u.org_id), "login": u.login, "display_name": u.display_name,
        "role": u.role, "email": "", "phone": "", "active": int(u.active)})


def disable_user(conn: Connection, login: str) -> bool:
    u = conn.execute(select(db.users.c.id).where(db.users.c.login == login)).scalar()
    if u is None:
        return False
    conn.execute(update(db.users).where(db.users.c.id == u).values(active=False))
    conn.execute(update(db.tokens).where(db.tokens.c.user_id == u,
                                         db.tokens.c.revoked_at.is_(None))
                 .values(revoked_at=now_micros()))
    _directory(conn, u)
    return True


def set_sites(conn: Connection, login: str, sites: list[str]) -> None:
    conn.execute(update(db.users).where(db.users.c.login == login)
                 .values(sites=dumps(sorted(sites)), scope=db.users.c.scope + 1))


def find_root(conn: Connection, key: str):
    """A case or signalement by id or by reference: (entity, id, org) or None."""
    r = db.records.c
    row = conn.execute(select(r.entity, r.id, r.org_id).where(
        r.entity.in_(ROOTS), r.id == key)).first()
    if row is None:  # a reference: the register says whose (§4, "References")
        rr = db.record_references.c
        row = conn.execute(select(r.entity, r.id, r.org_id).join(
            db.record_references, and_(rr.entity == r.entity, rr.id == r.id)).where(
            rr.reference == key, r.entity.in_(ROOTS))).first()
    return None if row is None else (row.entity, row.id, row.org_id)


def share(conn: Connection, root_entity: str, root_id: str, org_id: str,
          revoke: bool = False) -> None:
    """Grant (or revoke) an organisation one case or signalement (§7)."""
    s = db.shares.c
    conn.execute(delete(db.shares).where(s.org_id == org_id, s.root_id == root_id))
    conn.execute(delete(db.grants).where(db.grants.c.org_id == org_id,
                                         db.grants.c.root_id == root_id))
    if not revoke:
        conn.execute(db.shares.insert().values(org_id=org_id, root_id=root_id,
                                               root_entity=root_entity))
        r = db.records.c
        for e, data in conn.execute(select(r.entity, r.data).where(r.share_root == root_id)):
            _grant_parents(conn, org_id, root_id, e, json.loads(data), seen=set())
    conn.execute(update(db.orgs).where(db.orgs.c.id == org_id)
                 .values(share_version=db.orgs.c.share_version + 1))
    # In the trail of the record's organisation and of the one it is shared with.
    owner = conn.execute(select(db.records.c.org_id).where(
        db.records.c.entity == root_entity, db.records.c.id == root_id)).scalar()
    name = conn.execute(select(db.orgs.c.name).where(db.orgs.c.id == org_id)).scalar()
    audit.record(conn, [o for o in (owner, org_id) if o], "share", root_entity, root_id,
                 f"{'revoked' if revoke else 'granted'}: {name}", now_micros())


def _grant_parents(conn, org_id: str, root_id: str, entity: str, data: dict, seen: set) -> None:
    """Grant the records a shared record points to (its site, places, households)."""
    from app.models import Base

    table = Base.metadata.tables.get(entity)
    if table is None:
        return
    for c in table.c:
        for fk in c.foreign_keys:
            target = fk.column.table.name
            ref = data.get(c.name)
            if target in ("users", "organisations", "attachment_blobs") or \
                    not isinstance(ref, str) or not is_id(ref):
                continue
            if target in ROOTS and ref == root_id:
                continue
            key = (target, ref)
            if key in seen:
                continue
            seen.add(key)
            r = db.records.c
            parent = conn.execute(select(r.data).where(r.entity == target, r.id == ref)).scalar()
            if parent is None:
                continue
            g = db.grants.c
            if conn.execute(select(g.org_id).where(g.org_id == org_id, g.entity == target,
                                                   g.record_id == ref,
                                                   g.root_id == root_id)).first() is None:
                conn.execute(db.grants.insert().values(org_id=org_id, entity=target,
                                                       record_id=ref, root_id=root_id))
            _grant_parents(conn, org_id, root_id, target, json.loads(parent), seen)


def purge(conn: Connection, older_than_micros: int) -> int:
    """Remove tombstones changed before the given time; raise the purge floor (§6)."""
    r = db.records.c
    lock_counter(conn)
    top = conn.execute(select(func.max(r.seq)).where(r.deleted.is_(True),
                                                     r.changed_at < older_than_micros)).scalar()
    if top is None:
        return 0
    gone = conn.execute(delete(db.records).where(r.deleted.is_(True),
                                                 r.changed_at < older_than_micros)).rowcount
    conn.execute(update(db.counter).where(db.counter.c.id == 1).values(
        purge_floor=func.greatest(db.counter.c.purge_floor, top)
        if conn.dialect.name == "postgresql" else func.max(db.counter.c.purge_floor, top)))
    a = db.applied.c
    conn.execute(delete(db.applied).where(a.at < older_than_micros))
    return gone


# Blobs (§8) -----------------------------------------------------------------------------

def blob_status(conn: Connection, sha: str) -> dict:
    size = conn.execute(select(db.blobs.c.size).where(db.blobs.c.sha256 == sha)).scalar()
    if size is not None:
        return {"size": size, "received": size, "complete": True}
    b = db.blob_parts.c
    row = conn.execute(select(func.coalesce(func.sum(func.length(b.data)), 0), func.max(b.total))
                       .where(b.sha256 == sha)).one()
    return {"size": row[1], "received": int(row[0] or 0), "complete": False}


def blob_put(conn: Connection, sha: str, offset: int, total: int, data: bytes) -> dict:
    status = blob_status(conn, sha)
    if status["complete"]:
        return status
    if offset != status["received"]:
        raise PullError(409, "bad_offset", str(status["received"]))
    if status["size"] is not None and total != status["size"]:
        raise PullError(400, "bad_request", f"total: this upload is of {status['size']} bytes")
    if offset + len(data) > total:
        raise PullError(413, "too_large", "past the announced size")
    if not data and offset < total:
        return status  # an empty chunk: nothing to add
    conn.execute(db.blob_parts.insert().values(sha256=sha, offset=offset, total=total,
                                               data=data))
    received = offset + len(data)
    if received < total:
        return {"size": total, "received": received, "complete": False}
    b = db.blob_parts.c
    whole = b"".join(row[0] for row in conn.execute(
        select(b.data).where(b.sha256 == sha).order_by(b.offset)))
    conn.execute(delete(db.blob_parts).where(b.sha256 == sha))
    if hashlib.sha256(whole).hexdigest() != sha:
        # The caller commits the deletion, then answers 422: the upload starts again.
        raise PullError(422, "hash_mismatch", sha)
    conn.execute(db.blobs.insert().values(sha256=sha, size=len(whole), data=whole))
    return {"size": total, "received": total, "complete": True}


def blob_get(conn: Connection, p: Principal, sha: str) -> bytes | None:
    r = db.records.c
    viewer = load_viewer(conn, p)
    allowed = False
    for rid, org, site, root in conn.execute(
            select(r.id, r.org_id, r.site_id, r.share_root).where(
                r.entity == "attachments", r.data.like(f'%"sha256":"{sha}"%'))):
        if viewer.can_see("attachments", org, site, root, rid):
            allowed = True
            break
    if not allowed:
        return None
    return conn.execute(select(db.blobs.c.data).where(db.blobs.c.sha256 == sha)).scalar()


def b64(data: bytes) -> dict:
    return {"$b64": base64.b64encode(data).decode("ascii")}
