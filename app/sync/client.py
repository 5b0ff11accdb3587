"""The desktop's side of sync: push the outbox, then pull pages after the cursor.

One sync (docs/sync-protocol.md §3): upload the blobs the outbox needs, push the outbox
oldest first in batches (a batch leaves the outbox only once acknowledged), then pull
pages until the server has nothing more, each page applied together with its cursor in
one SQLite transaction. Transient failures are retried with exponential back-off; what
is left fails loudly (SyncFailed), the outbox untouched.

Pulled rows are written on a connection of this module with foreign keys off: a page may
hold a child whose parent comes in a later page, since the log is ordered by last change.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.domain.audit_chain import next_entry
from app.domain.codes import AuditAction
from app.domain.ids import new_id
from app.domain.messages import msg
from app.store import cipher
from app.store.outbox import LINK_TABLES, dumps, now_micros
from app.store.quick import PRAGMAS
from app.sync import jsonwire
from app.sync.entities import (
    CONFLICTS,
    REFERENCED,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    registry,
)

# Records per push: the server's own limit (app/server/settings.py, max_batch); a push it
# finds too large in bytes is split (§2).
PUSH_BATCH = 5000
AUDIT_BATCH = 1000
# An audit entry on the wire: app.domain.audit_chain.FIELDS, then its hash.
AUDIT_COLUMNS = ("seq", "id", "at", "org_id", "user_id", "action", "entity_kind", "entity_id",
                 "summary", "prev_hash", "hash")
PULL_PAGE = 5000
CHUNK = 1024 * 1024
FTS_TABLES = {"signalements": ("description", "persons_description", "witnesses",
                               "harm_people", "harm_property", "actions_notes"),
              "conflict_cases": ("summary",)}


class SyncFailed(Exception):
    """A sync that could not finish; key and values name a message in app.domain.messages."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)
        self.key = key
        self.values = values

    @property
    def signed_out(self) -> bool:
        """The server no longer takes this device's token: sign in again."""
        return self.key in SIGNED_OUT


# The server refused the token: expired (docs/sync-protocol.md §2), or revoked or unknown.
SIGNED_OUT = frozenset({"sync_token_expired", "sync_signed_out"})


class Transient(Exception):
    """Worth retrying: network trouble, a 5xx, a timeout."""


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    removed: int = 0
    conflicts: int = 0
    rejected: int = 0
    conflict_details: list[dict] = field(default_factory=list)
    rejected_details: list[dict] = field(default_factory=list)
    # References another computer had already taken: {"entity", "record_id", "old", "new"}.
    renamed_details: list[dict] = field(default_factory=list)
    refetched: bool = False

    def conflict_lines(self) -> list[str]:
        return [msg("sync_conflict_line", entity=c["entity"], id=c["record_id"],
                    field=c.get("field") or "-", kept=c.get("kept_value"),
                    other=c.get("other_value")) for c in self.conflict_details]

    def renamed_lines(self) -> list[str]:
        return [msg("sync_renamed_line", old=r["old"], new=r["new"])
                for r in self.renamed_details]

    def rejected_lines(self) -> list[str]:
        return [msg("sync_rejected_line", entity=r["entity"], id=r["record_id"],
                    code=r["code"], reason=r["message"]) for r in self.rejected_details]


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    signed_in: bool
    login: str | None
    last_success: int | None  # microseconds UTC, this computer's clock (display only)
    waiting: int              # changes not yet acknowledged by the server
    conflicts: int            # open conflict records
    rejected: int             # dead letters kept for a person


class Backoff:
    """0.5 s, 1 s, 2 s ... up to `cap`, each with up to 50 % random jitter."""

    def __init__(self, base: float = 0.5, cap: float = 60.0, attempts: int = 6,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base, self.cap, self.attempts, self.sleep = base, cap, attempts, sleep

    def run(self, fn):
        delay = self.base
        for attempt in range(self.attempts):
            try:
                return fn()
            except Transient as exc:
                if attempt == self.attempts - 1:
                    raise SyncFailed("sync_unreachable", reason=str(exc) or type(exc).__name__) \
                        from exc
                self.sleep(delay * (1 + random.random() / 2))
                delay = min(delay * 2, self.cap)
        raise AssertionError("unreachable")


class Http:
    """The server's API over httpx, with its errors sorted into transient and final."""

    def __init__(self, url: str, token: str | None = None, timeout: float = 60.0,
                 transport=None) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.token = token
        self._httpx = httpx
        self.client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport,
                                   headers={SCHEMA_HEADER: str(SCHEMA_VERSION)})

    def close(self) -> None:
        self.client.close()

    def call(self, method: str, path: str, *, json_body=None, content=None, params=None,
             raw: bool = False):
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if json_body is not None:
            content = jsonwire.dumps_bytes(json_body)
            headers["Content-Type"] = "application/json"
        try:
            r = self.client.request(method, path, content=content, params=params,
                                    headers=headers)
        except self._httpx.HTTPError as exc:  # refused, reset, timed out...
            raise Transient(f"{type(exc).__name__}: {exc}") from exc
        if r.status_code >= 500 or r.status_code == 408 or r.status_code == 429 and \
                _error_of(r)["code"] not in SIGN_IN_REFUSED:
            raise Transient(f"HTTP {r.status_code}")
        if r.status_code >= 400:
            err = _error_of(r)
            raise HttpError(r.status_code, err.get("code", ""), err.get("message", ""),
                            r.headers.get("retry-after"))
        return r.content if raw else jsonwire.loads(r.content)


# Sign-ins refused for a while after too many failures (429): waiting is the only cure.
SIGN_IN_REFUSED = frozenset({"too_many_attempts", "account_locked"})


def _error_of(r) -> dict:
    try:
        err = r.json()["error"]
        if isinstance(err, dict):
            return {"code": "", "message": "", **err}
    except Exception:  # not our error shape: a proxy's page
        pass
    return {"code": "http", "message": r.text[:200]}


class HttpError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 retry_after: str | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


def _final(exc: HttpError) -> SyncFailed:
    if exc.code == "client_too_old":
        return SyncFailed("sync_client_too_old")
    if exc.code == "server_too_old":
        return SyncFailed("sync_server_too_old")
    if exc.code == "bad_credentials":
        return SyncFailed("sync_bad_credentials")
    if exc.code == "token_expired":
        return SyncFailed("sync_token_expired")
    if exc.status == 401:
        return SyncFailed("sync_signed_out")
    if exc.status == 429:  # too many failed sign-ins: the server says how long to wait
        wait = exc.retry_after if (exc.retry_after or "").isdigit() else "60"
        return SyncFailed("sync_locked" if exc.code == "account_locked" else "sync_throttled",
                          minutes=max(1, -(-int(wait) // 60)), seconds=int(wait))
    return SyncFailed("sync_server_error", status=exc.status, reason=exc.message or exc.code)


def _printable(text: str) -> str:
    return "".join(c for c in text if c.isprintable())


def _dict_row(cursor, row) -> dict:
    # Either driver's connection (sqlite3 or SQLCipher's): sqlite3.Row fits only the first.
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


class SyncClient:
    def __init__(self, ws, *, backoff: Backoff | None = None, transport=None,
                 push_batch: int = PUSH_BATCH, pull_page: int = PULL_PAGE,
                 timeout: float = 60.0, hooks: dict | None = None) -> None:
        self.ws = ws
        self.backoff = backoff or Backoff()
        self.transport = transport
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.timeout = timeout
        # Test seams: called at named points ("after_page", "after_push"...).
        self.hooks = hooks or {}
        self._conn: sqlite3.Connection | None = None
        self._conn_lock = threading.RLock()
        self._http_client: Http | None = None

    def close(self) -> None:
        with self._conn_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if self._http_client is not None:
                self._http_client.close()
                self._http_client = None

    # Local state ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _db(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction on this client's own connection (kept open: an idle sync is a
        few milliseconds, and opening a connection with its pragmas was a third of it)."""
        with self._conn_lock:
            if self._conn is None:
                conn = self.ws.raw_connection(isolation_level=None, timeout=30,
                                              check_same_thread=False)
                for pragma in PRAGMAS:
                    if "foreign_keys" not in pragma:
                        conn.execute(pragma)
                conn.execute("PRAGMA foreign_keys=OFF")
                self._conn = conn
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def state(self, key: str, default: str | None = None) -> str | None:
        with self._db(write=False) as conn:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @staticmethod
    def _get(conn, key: str, default=None):
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @staticmethod
    def _set(conn, **values) -> None:
        conn.executemany("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value = excluded.value",
                         [(k, str(v)) for k, v in values.items()])

    def server_url(self) -> str | None:
        return self.state("server_url")

    def token(self) -> str | None:
        return self.state("token")

    def forget_token(self) -> None:
        with self._db() as conn:
            conn.execute("DELETE FROM sync_state WHERE key = 'token'")

    def client_id(self) -> str:
        cid = self.state("client_id")
        if cid is None:
            with self._db() as conn:
                cid = self._get(conn, "client_id")
                if cid is None:
                    cid = str(uuid.uuid4())
                    self._set(conn, client_id=cid)
        return cid

    def pending_count(self) -> int:
        with self._db(write=False) as conn:
            total = 0
            for op, ids, done in conn.execute("SELECT op, ids, done FROM sync_outbox"):
                total += len(json.loads(ids)) - done if op == "create_many" else 1
        return total

    def _http(self) -> Http:
        """The HTTP client, kept between syncs (its connection too) while URL and token hold."""
        url, token = self.server_url(), self.token()
        http = self._http_client
        if http is None or http.url != url.rstrip("/") or http.token != token:
            if http is not None:
                http.close()
            http = self._http_client = Http(url, token, self.timeout, self.transport)
        return http

    # Sign-in -------------------------------------------------------------------------

    def sign_in(self, url: str, login: str, password: str, device_name: str = "") -> dict:
        import platform

        cid = self.client_id()
        http = Http(url, None, self.timeout, self.transport)
        try:
            answer = self.backoff.run(lambda: http.call("POST", "/v1/login", json_body={
                "login": login, "password": password, "device_id": cid,
                "device_name": _printable(device_name or platform.node())[:200]}))
        except HttpError as exc:
            raise _final(exc) from exc
        finally:
            http.close()
        user = answer["user"]
        with self._db() as conn:
            previous = self._get(conn, "user_id")
            if self._get(conn, "server_url", url.rstrip("/")) != url.rstrip("/"):
                self._set(conn, audit_pushed=0)  # another server: the whole trail goes
            self._set(conn, server_url=url.rstrip("/"), token=answer["token"],
                      user_id=user["id"], org_id=user["org_id"], role=user["role"],
                      sites=dumps(user["sites"]), login=user["login"])
            if previous is not None and previous != user["id"]:
                # Another person on this workspace: what they may see is not the same.
                self._set(conn, refetch=1, cursor=0)
                conn.execute("DELETE FROM sync_seen")
        return user

    def sign_out(self) -> None:
        """Revoke this device's token on the server when it answers, and forget it here
        either way: signing out must work offline too. The server address stays."""
        if self.server_url() and self.token():
            with contextlib.suppress(Transient, HttpError):
                self._http().call("POST", "/v1/logout", raw=True)  # 204: no body
        with self._conn_lock:
            self._drop_http()
        self.forget_token()

    # One sync ------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        if not self.server_url() or not self.token():
            raise SyncFailed("sync_no_server")
        report = SyncReport()
        with self._lock(), _no_gc():
            http = self._http()
            try:
                self._push_all(http, report)
                self._pull_all(http, report)
                with self._db() as conn:
                    self._set(conn, last_success=now_micros())
            except HttpError as exc:
                raise _final(exc) from exc
            except SyncFailed:
                self._drop_http()  # a broken connection is not reused
                raise
        return report

    def _drop_http(self) -> None:
        if self._http_client is not None:
            self._http_client.close()
            self._http_client = None

    @contextlib.contextmanager
    def _lock(self):
        path = self.ws.data_dir / "sync.lock"
        handle = open(path, "a+b")  # noqa: SIM115  (held for the whole sync)
        try:
            try:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except ImportError:  # Windows
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                raise SyncFailed("sync_busy") from exc
            yield
        finally:
            handle.close()

    # Push (§4) -----------------------------------------------------------------------

    def _push_all(self, http: Http, report: SyncReport) -> None:
        from concurrent.futures import ThreadPoolExecutor

        cid = self.client_id()
        limit = self.push_batch
        batch = self._next_batch(limit)
        # While the server applies one batch, the next is read from the outbox (a third of
        # the client's time in a long push). It is used only if the answer acknowledged
        # exactly what was sent; the workspace is touched by this thread alone.
        with ThreadPoolExecutor(1) as pool:
            while True:
                audit = self._next_audit(limit)
                if not batch and not audit:
                    return
                mutations, rows, missing = batch or ([], [], set())
                self._upload_blobs(http, mutations)
                body = {"client_id": cid, "mutations": mutations}
                if audit:
                    body["audit"] = audit
                call = pool.submit(self.backoff.run, lambda b=body: http.call(
                    "POST", "/v1/push", json_body=b))
                ahead = self._next_batch(limit, sent=rows) if rows else None
                try:
                    answer = call.result()
                except HttpError as exc:
                    if exc.code == "too_large" and limit > 1:  # over the server's limits (§2)
                        limit = max(1, limit // 4)
                        batch = self._next_batch(limit)
                        continue
                    raise
                if "after_push" in self.hooks:
                    self.hooks["after_push"]()
                whole = self._acknowledge(rows, mutations, answer["results"], missing, report,
                                          audit, answer.get("audit"))
                batch = ahead if whole and ahead is not None else self._next_batch(limit)

    def _next_audit(self, limit: int) -> list[list]:
        """The audit entries the server has not acknowledged yet, oldest first (§4)."""
        with self._db(write=False) as conn:
            after = int(self._get(conn, "audit_pushed", 0))
            return [list(r) for r in conn.execute(
                f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_entries WHERE seq > ?"
                f" ORDER BY seq LIMIT ?", (after, min(limit, AUDIT_BATCH)))]

    def _next_batch(self, limit: int | None = None, sent: list | None = None):
        """Up to `limit` (push_batch) mutations, oldest first: (mutations, outbox rows,
        missing). `sent`: the outbox rows of a batch in flight, read as if acknowledged."""
        limit = limit or self.push_batch
        gone, moved = set(), {}
        for n, op, done, count, total in sent or ():
            if op == "create_many" and done + count < total:
                moved[n] = done + count
            else:
                gone.add(n)
        with self._db(write=False) as conn:
            rows = conn.execute(
                "SELECT n, entity, record_id, op, base_version, fields, base, ids, done"
                " FROM sync_outbox ORDER BY n LIMIT ?", (limit + len(gone),)).fetchall()
            rows = [r[:8] + (moved.get(r[0], r[8]),) for r in rows if r[0] not in gone]
            if not rows:
                return None
            mutations, used, creates, bulks = [], [], {}, []
            room = limit
            for n, entity, rid, op, base_version, fields, base, ids, done in rows:
                if room <= 0:
                    break
                if op == "create_many":
                    # Columns and rows: a tenth of the bytes, and one answer per chunk.
                    everything = json.loads(ids)
                    todo = everything[done:done + room]
                    m = {"n": n, "i": done, "entity": entity, "op": "create_many",
                         "ids": todo}
                    mutations.append(m)
                    bulks.append(m)
                    used.append((n, op, done, len(todo), len(everything)))
                    room -= len(todo)
                    continue
                m = {"n": n, "i": 0, "entity": entity, "id": rid, "op": op,
                     "base_version": base_version}
                if fields is not None:
                    m["fields"] = json.loads(fields)
                if base is not None:
                    m["base"] = json.loads(base)
                if op == "create" and fields is None:
                    creates.setdefault(entity, []).append(m)
                mutations.append(m)
                used.append((n, op, 0, 1, 1))
                room -= 1
            missing = self._fill_creates(conn, creates)
            self._fill_bulks(conn, bulks)
        return mutations, used, missing

    @staticmethod
    def _fill_bulks(conn, bulks: list[dict]) -> None:
        for m in bulks:
            ent = registry().get(m["entity"])
            if ent is None:
                m["columns"], m["rows"] = ["id"], [[i] for i in m["ids"]]
                continue
            cols = ent.columns
            at = cols.index("id")
            found = {}
            ids = m["ids"]
            for k in range(0, len(ids), 900):
                chunk = ids[k:k + 900]
                for row in conn.execute(f"SELECT {', '.join(cols)} FROM {m['entity']} WHERE id"
                                        f" IN ({', '.join('?' * len(chunk))})", chunk):
                    found[row[at]] = row
            binary = [cols.index(c) for c in ent.binary]
            rows = []
            for i in ids:  # a record gone from this workspace since is not sent
                row = found.get(i)
                if row is not None:
                    row = list(row)
                    for b in binary:
                        row[b] = _wire(row[b])
                    rows.append(row)
            m["columns"], m["rows"] = list(cols), rows

    @staticmethod
    def _fill_creates(conn, creates: dict[str, list[dict]]) -> set[tuple[int, int]]:
        """A create carries the record as it is now (later edits follow as updates)."""
        missing = set()
        for entity, ms in creates.items():
            ent = registry().get(entity)
            if ent is None:
                missing.update((m["n"], m["i"]) for m in ms)
                continue
            cols = ent.columns
            found = {}
            ids = [m["id"] for m in ms]
            for k in range(0, len(ids), 900):
                chunk = ids[k:k + 900]
                sql = (f"SELECT {', '.join(cols)} FROM {entity} "
                       f"WHERE id IN ({', '.join('?' * len(chunk))})")
                idx = cols.index("id")
                for row in conn.execute(sql, chunk):
                    found[row[idx]] = row
            for m in ms:
                row = found.get(m["id"])
                if row is None:
                    missing.add((m["n"], m["i"]))
                    m["fields"] = {}
                    continue
                fields = dict(zip(cols, row, strict=True))
                for c in ent.binary:  # only binary values need converting
                    fields[c] = _wire(fields[c])
                m["fields"] = fields
        return missing

    def _acknowledge(self, used, mutations, results, missing, report: SyncReport,
                     audit: list | None = None, audit_answer: dict | None = None) -> bool:
        """Moves the outbox on by what the answer covers; True if that is all that was
        sent."""
        by_key = {(r["n"], r.get("i", 0)): r for r in results}
        stamp = now_micros()
        # A bulk row moves on by what the answer covers (a replayed answer may cover less).
        covered = {m["n"]: by_key.get((m["n"], m["i"]), {}).get("count", len(m["ids"]))
                   for m in mutations if m["op"] == "create_many"}
        whole = all(covered.get(n, count) == count for n, _op, _d, count, _t in used)
        used = [(n, op, done, covered.get(n, count), total)
                for n, op, done, count, total in used]
        with self._db() as conn:
            dead = []
            for m in mutations:
                r = by_key.get((m["n"], m["i"]))
                if r is None:
                    raise SyncFailed("sync_server_error", status=200, reason="missing result")
                if r.get("renamed") and m["entity"] in REFERENCED:
                    _rename(conn, m["entity"], r["renamed"], report)
                if m["op"] == "create_many":
                    refused = r.get("rejected", []) if r["status"] != "rejected" else [
                        [m["i"] + k, rid, r.get("code", ""), r.get("message", "")]
                        for k, rid in enumerate(m["ids"])]
                    for i, rid, code, message in refused:
                        dead.append((m["n"], i, m["entity"], str(rid), "create", None, None,
                                     code, message, stamp))
                        report.rejected_details.append({"entity": m["entity"],
                                                        "record_id": str(rid), "code": code,
                                                        "message": message})
                    report.rejected += len(refused)
                    if r["status"] != "rejected":
                        report.sent += max(min(r.get("count", 0), len(m["rows"])) -
                                           len(refused), 0)
                    continue
                if r["status"] == "rejected":
                    dead.append((m["n"], m["i"], m["entity"], m["id"], m["op"],
                                 dumps(m.get("fields")), dumps(m.get("base")), r.get("code", ""),
                                 r.get("message", ""), stamp))
                    report.rejected += 1
                    report.rejected_details.append({"entity": m["entity"], "record_id": m["id"],
                                                    "code": r.get("code", ""),
                                                    "message": r.get("message", "")})
                else:
                    report.sent += 1
            if audit and audit_answer is not None:  # (a server that predates it: resent)
                self._set(conn, audit_pushed=audit[-1][0])
                for seq, eid, code, message in audit_answer.get("rejected", ()):
                    dead.append((seq or 0, 0, "audit_entries", str(eid), "audit", None, None,
                                 code, message, stamp))
                    report.rejected += 1
                    report.rejected_details.append({"entity": "audit_entries",
                                                    "record_id": str(eid), "code": code,
                                                    "message": message})
            if dead:
                conn.executemany(
                    "INSERT INTO sync_dead_letters (n, i, entity, record_id, op, fields, base,"
                    " code, message, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", dead)
            for n, op, done, count, total in used:
                if op == "create_many" and done + count < total:
                    conn.execute("UPDATE sync_outbox SET done = ? WHERE n = ?",
                                 (done + max(count, 0), n))
                else:
                    conn.execute("DELETE FROM sync_outbox WHERE n = ?", (n,))
        return whole

    def _upload_blobs(self, http: Http, mutations: list[dict]) -> None:
        """Attachments' content goes up before the records that refer to it (§8)."""
        shas = {m["fields"].get("sha256") for m in mutations
                if m["entity"] == "attachments" and m.get("fields")} - {None}
        for sha in sorted(shas):
            with self._db(write=False) as conn:
                row = conn.execute("SELECT data FROM attachment_blobs WHERE sha256 = ?",
                                   (sha,)).fetchone()
            if row is None:
                continue  # the server refuses the attachment; it is kept as a dead letter
            data = bytes(row[0])
            total = len(data)
            status = self.backoff.run(lambda s=sha: http.call("GET", f"/v1/blobs/{s}/status"))
            offset = status["received"]
            while not status["complete"]:
                chunk = data[offset:offset + CHUNK]
                try:
                    status = self.backoff.run(lambda s=sha, o=offset, c=chunk, t=total:
                                              http.call("PUT", f"/v1/blobs/{s}", content=c,
                                                        params={"offset": o, "total": t}))
                except HttpError as exc:
                    if exc.code != "bad_offset":
                        raise
                    status = http.call("GET", f"/v1/blobs/{sha}/status")  # resume there
                offset = status["received"]

    # Pull (§5) -----------------------------------------------------------------------

    def _pull_all(self, http: Http, report: SyncReport) -> None:
        from concurrent.futures import ThreadPoolExecutor

        def fetch(params):
            return self.backoff.run(lambda: http.call("GET", "/v1/pull", params=params))

        # The next page is fetched while this one is written: the server's time and the
        # local writes overlap (a fifth of an initial pull).
        with ThreadPoolExecutor(1) as pool:
            ahead = None
            while True:
                with self._db(write=False) as conn:
                    cursor = int(self._get(conn, "cursor", 0))
                    scope = self._get(conn, "scope")
                params = {"cursor": cursor, "limit": self.pull_page}
                if scope is not None:
                    params["scope"] = scope
                try:
                    if ahead is not None and ahead[0] == params:
                        page = ahead[1].result()
                    else:
                        page = fetch(params)
                except HttpError as exc:
                    if exc.code != "refetch_required":
                        raise
                    self._start_refetch(None)
                    report.refetched = True
                    ahead = None
                    continue
                ahead = None
                if page["rescope"]:
                    self._start_refetch(page["scope"])
                    report.refetched = True
                    continue
                if page["more"]:
                    following = {"cursor": page["cursor"], "limit": self.pull_page,
                                 "scope": str(page["scope"])}
                    ahead = (following, pool.submit(fetch, following))
                blobs = self._fetch_blobs(http, page["changes"])
                if page["changes"] or page["removed"] or page["cursor"] != cursor \
                        or str(page["scope"]) != str(scope):
                    self._apply_page(page, blobs, report)
                if "after_page" in self.hooks:
                    self.hooks["after_page"](page)
                if not page["more"]:
                    break
        with self._db() as conn:
            if self._get(conn, "refetch") == "1":
                report.removed += self._finish_refetch(conn)

    def _start_refetch(self, scope) -> None:
        with self._db() as conn:
            conn.execute("DELETE FROM sync_seen")
            values = {"refetch": 1, "cursor": 0}
            if scope is not None:
                values["scope"] = scope
            self._set(conn, **values)

    def _fetch_blobs(self, http: Http, changes) -> dict[str, bytes]:
        wanted = {row.get("sha256") for e, _i, _v, _s, row in changes if e == "attachments"}
        wanted.discard(None)
        if not wanted:
            return {}
        with self._db(write=False) as conn:
            have = {r[0] for r in conn.execute(
                f"SELECT sha256 FROM attachment_blobs WHERE sha256 IN "
                f"({', '.join('?' * len(wanted))})", sorted(wanted))}
        out = {}
        for sha in sorted(wanted - have):
            try:
                data = self.backoff.run(lambda s=sha: http.call("GET", f"/v1/blobs/{s}",
                                                                raw=True))
            except HttpError as exc:
                if exc.status == 404:
                    continue
                raise
            if hashlib.sha256(data).hexdigest() == sha:
                out[sha] = data
        return out

    def _apply_page(self, page: dict, blobs: dict[str, bytes], report: SyncReport) -> None:
        with self._db() as conn:
            refetch = self._get(conn, "refetch") == "1"
            pending = _pending_fields(conn)
            groups: dict[str, list] = {}
            for e, rid, version, _seq, row in page["changes"]:
                groups.setdefault(e, []).append((rid, version, row))
            for sha, data in blobs.items():
                conn.execute("INSERT OR IGNORE INTO attachment_blobs (sha256, size, data)"
                             " VALUES (?, ?, ?)", (sha, len(data), data))
            for e, items in groups.items():
                if registry().get(e) is not None:
                    self._apply_entity(conn, e, items, pending, report)
            removed = 0
            for e, rid in page["removed"]:
                if (e, rid) not in pending and registry().get(e) is not None:
                    removed += _delete_local(conn, e, rid)
            report.removed += removed
            if "before_cursor" in self.hooks:  # test seam: a crash inside the transaction
                self.hooks["before_cursor"](page)
            if refetch:
                conn.executemany("INSERT OR IGNORE INTO sync_seen (entity, record_id)"
                                 " VALUES (?, ?)", [(e, rid) for e, rid, *_ in page["changes"]])
            self._set(conn, cursor=page["cursor"], scope=page["scope"])
            report.received += len(page["changes"])

    def _apply_entity(self, conn, entity: str, items, pending, report: SyncReport) -> None:
        ent = registry()[entity]
        cols = ent.columns
        if ent.is_link:
            left, right = LINK_TABLES[entity]
            add = [(row[left], row[right]) for _rid, _v, row in items if not row.get("_deleted")]
            gone = [(row[left], row[right]) for _rid, _v, row in items if row.get("_deleted")]
            conn.executemany(f"INSERT OR IGNORE INTO {entity} ({left}, {right}) VALUES (?, ?)",
                             add)
            conn.executemany(f"DELETE FROM {entity} WHERE {left} = ? AND {right} = ?", gone)
            return
        ids = [rid for rid, _v, _row in items]
        local = _local_rows(conn, entity, cols, ids)
        version_at = cols.index("version")
        rows = []
        for rid, version, row in items:
            row["version"] = version
            pending_fields = pending.get((entity, rid)) if pending else None
            if pending_fields:
                # Not pushed yet: the local edit wins here until the server has merged it.
                current = conn.execute(f"SELECT {', '.join(pending_fields)} FROM {entity}"
                                       f" WHERE id = ?", (rid,)).fetchone()
                if current is not None:
                    row.update(zip(pending_fields, current, strict=True))
            if entity == CONFLICTS and row.get("resolved_at") is None:
                report.conflicts += 1
                report.conflict_details.append(row)
            rows.append(row)
        all_values = _rows_as_tuples(ent, rows)
        inserts, updates, versions = [], [], []
        if not local:
            inserts = all_values  # a first sync: nothing to compare with
        else:
            for rid, values in zip(ids, all_values, strict=True):
                mine = local.get(rid)
                if mine is None:
                    inserts.append(values)
                elif mine == values:
                    continue
                elif mine[:version_at] + mine[version_at + 1:] == \
                        values[:version_at] + values[version_at + 1:]:
                    versions.append((values[version_at], rid))  # our own change, back
                else:
                    updates.append((*values, rid))
        insert_sql = (f"INSERT INTO {entity} ({', '.join(cols)})"
                      f" VALUES ({', '.join('?' * len(cols))})")
        update_sql = (f"UPDATE {entity} SET {', '.join(f'{c} = ?' for c in cols)}"
                      f" WHERE id = ?")
        conn.executemany(f"UPDATE {entity} SET version = ? WHERE id = ?", versions)
        for sql, rows in ((update_sql, updates), (insert_sql, inserts)):
            if not rows:
                continue
            with _fts_bulk(conn, entity, len(rows) if sql is insert_sql else 0):
                try:
                    conn.execute("SAVEPOINT page_entity")
                    conn.executemany(sql, rows)
                    conn.execute("RELEASE page_entity")
                except cipher.integrity_errors():
                    conn.execute("ROLLBACK TO page_entity")
                    conn.execute("RELEASE page_entity")
                    self._one_by_one(conn, entity, cols, sql, rows, sql is update_sql, report)

    @staticmethod
    def _one_by_one(conn, entity, cols, sql, rows, is_update, report) -> None:
        for v in rows:
            try:
                conn.execute(sql, v)
            except cipher.integrity_errors() as exc:
                # Kept for a person (a site code taken twice...), never silently lost.
                values = v[:-1] if is_update else v
                rid = values[cols.index("id")]
                conn.execute(
                    "INSERT INTO sync_dead_letters (n, i, entity, record_id, op, fields,"
                    " base, code, message, rejected_at) VALUES (0, 0, ?, ?, 'pull', ?,"
                    " NULL, 'local_constraint', ?, ?)",
                    (entity, rid, dumps(dict(zip(cols, map(_wire, values), strict=True))),
                     str(exc), now_micros()))
                report.rejected += 1
                report.rejected_details.append({"entity": entity, "record_id": rid,
                                                "code": "local_constraint",
                                                "message": str(exc)})

    def _finish_refetch(self, conn) -> int:
        """End of a re-fetch: drop what the server no longer sends, keep what is pending."""
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS keep (entity TEXT, record_id TEXT)")
        conn.execute("DELETE FROM keep")
        keep = []
        for entity, rid, op, ids in conn.execute(
                "SELECT entity, record_id, op, ids FROM sync_outbox"):
            if op == "create_many":
                keep.extend((entity, i) for i in json.loads(ids))
            else:
                keep.append((entity, rid))
        conn.executemany("INSERT INTO keep VALUES (?, ?)", keep)
        conn.execute("INSERT INTO keep SELECT entity, record_id FROM sync_seen")
        conn.execute("CREATE INDEX IF NOT EXISTS temp.ix_keep ON keep (entity, record_id)")
        removed = 0
        for name, ent in registry().items():
            if ent.is_link:
                left, right = LINK_TABLES[name]
                removed += conn.execute(
                    f"DELETE FROM {name} WHERE NOT EXISTS (SELECT 1 FROM keep WHERE entity = ?"
                    f" AND record_id = {left} || ':' || {right})", (name,)).rowcount
            else:
                removed += conn.execute(
                    f"DELETE FROM {name} WHERE id NOT IN (SELECT record_id FROM keep"
                    f" WHERE entity = ?)", (name,)).rowcount
        conn.execute("DELETE FROM sync_seen")
        conn.execute("DROP TABLE keep")
        self._set(conn, refetch=0)
        return removed

    # Status (for the status bar: offline, syncing, last synced at, N waiting, N conflicts)

    def status(self) -> SyncStatus:
        with self._db(write=False) as conn:
            state = dict(conn.execute("SELECT key, value FROM sync_state"))
            conflicts = conn.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS"
                                     " NULL AND deleted_at IS NULL").fetchone()[0]
            dead = conn.execute("SELECT count(*) FROM sync_dead_letters").fetchone()[0]
        last = state.get("last_success")
        return SyncStatus(server_url=state.get("server_url"),
                          signed_in=bool(state.get("token")), login=state.get("login"),
                          last_success=int(last) if last else None,
                          waiting=self.pending_count(), conflicts=conflicts,
                          rejected=dead)

    # Conflicts -----------------------------------------------------------------------

    def open_conflicts(self) -> list[dict]:
        with self._db(write=False) as conn:
            cur = conn.execute(
                "SELECT * FROM sync_conflicts WHERE resolved_at IS NULL AND deleted_at IS NULL"
                " ORDER BY created_at")
            return [_dict_row(cur, r) for r in cur]

    def dead_letters(self) -> list[dict]:
        """The changes the server refused for good, newest first, kept for a person to see."""
        with self._db(write=False) as conn:
            cur = conn.execute(
                "SELECT id, entity, record_id, op, code, message, rejected_at"
                " FROM sync_dead_letters ORDER BY rejected_at DESC, id DESC")
            return [_dict_row(cur, r) for r in cur]


def resolve_conflict(ws, conflict_id: str, value) -> None:
    """Keep `value` for the conflicted field: an edit of the record and of the conflict,
    both queued in the outbox in one transaction, so the choice syncs too."""
    from app.store.outbox import _INSERT

    conn = ws.raw_connection(isolation_level=None, timeout=30)
    try:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT entity, record_id, field, kind, resolution FROM sync_conflicts"
                           " WHERE id = ?", (conflict_id,)).fetchone()
        if row is None:
            raise KeyError(conflict_id)
        entity, rid, fname, kind, _ = row
        stamp = now_micros()
        rows = []
        if kind == "field" and fname:
            current = conn.execute(f"SELECT {fname}, version FROM {entity} WHERE id = ?",
                                   (rid,)).fetchone()
            if current is not None and current[0] != value:
                conn.execute(f"UPDATE {entity} SET {fname} = ?, version = version + 1"
                             f" WHERE id = ?", (value, rid))
                rows.append((entity, rid, "update", current[1],
                             dumps({fname: value, "updated_at": stamp}),
                             dumps({fname: current[0]}), stamp))
        conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                     (stamp, dumps(value), conflict_id))
        rows.append((CONFLICTS, conflict_id, "update", 0,
                     dumps({"resolved_at": stamp, "resolution": dumps(value)}),
                     dumps({"resolved_at": None, "resolution": None}), stamp))
        conn.executemany(_INSERT, rows)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _rename(conn, entity: str, renamed: list, report: SyncReport) -> None:
    """The server gave these records a new reference: another computer had drawn the same
    one first. Applied with the acknowledgement, before any pull could bring the other."""
    for rid, new in renamed:
        row = conn.execute(f"SELECT reference, org_id FROM {entity} WHERE id = ?",
                           (rid,)).fetchone()
        if row is None or row[0] == new:
            continue  # (a replayed answer: already done)
        old, org = row
        conn.execute(f"UPDATE {entity} SET reference = ? WHERE id = ?", (new, rid))
        # In the trail, with no user (the server decided): a referral sheet may already
        # carry the old reference.
        last = conn.execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
        entry = next_entry(last, new_id(), now_micros(), org, None, AuditAction.UPDATE.value,
                           REFERENCED[entity], rid, f"reference {old} → {new}")
        conn.execute(f"INSERT INTO audit_entries ({', '.join(entry)}) VALUES"
                     f" ({', '.join('?' * len(entry))})", tuple(entry.values()))
        report.renamed_details.append({"entity": entity, "record_id": rid, "old": old,
                                       "new": new})


def _pending_fields(conn) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for entity, rid, fields in conn.execute(
            "SELECT entity, record_id, fields FROM sync_outbox"
            " WHERE op IN ('update', 'delete') AND fields IS NOT NULL"):
        ent = registry().get(entity)
        if ent is None:
            continue
        names = out.setdefault((entity, rid), [])
        for f in json.loads(fields):
            if f in ent.columns and f not in names and f != "version":
                names.append(f)
    return out


def _local_rows(conn, entity: str, cols, ids: list[str]) -> dict[str, tuple]:
    out = {}
    at = cols.index("id")
    if conn.execute(f"SELECT 1 FROM {entity} LIMIT 1").fetchone() is None:
        return out  # an empty table (a first sync): nothing to compare with
    for k in range(0, len(ids), 900):
        chunk = ids[k:k + 900]
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {entity} WHERE id IN"
                                f" ({', '.join('?' * len(chunk))})", chunk):
            out[row[at]] = row
    return out


def _rows_as_tuples(ent, rows: list[dict]) -> list[tuple]:
    """Row dicts as tuples in column order: itemgetter at C speed when no value needs
    converting (no binary column), the slow path otherwise."""
    from operator import itemgetter

    cols = ent.columns
    if not ent.binary and len(cols) > 1:
        try:
            return list(map(itemgetter(*cols), rows))
        except KeyError:  # a row from a previous schema: missing columns are NULL
            pass
    return [tuple(_local(row.get(c)) for c in cols) for row in rows]


def _delete_local(conn, entity: str, rid: str) -> int:
    if entity in LINK_TABLES:
        left, right = LINK_TABLES[entity]
        a, _, b = rid.partition(":")
        return conn.execute(f"DELETE FROM {entity} WHERE {left} = ? AND {right} = ?",
                            (a, b)).rowcount
    return conn.execute(f"DELETE FROM {entity} WHERE id = ?", (rid,)).rowcount


@contextlib.contextmanager
def _no_gc():
    """Pages of thousands of rows make millions of short-lived objects and no cycles: the
    cyclic collector, run every few thousand allocations, cost a fifth of a large pull."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def _fts_bulk(conn, table: str, count: int):
    """Index many new rows in one statement, as app/store/fts.bulk_load does."""
    if table not in FTS_TABLES or count < 200:
        yield
        return
    cols = ", ".join(FTS_TABLES[table])
    trigger = f"{table}_fts_ai"
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       (trigger,)).fetchone()
    if sql is None:
        yield
        return
    first = conn.execute(f"SELECT coalesce(max(seq), 0) + 1 FROM {table}").fetchone()[0]
    conn.execute(f"DROP TRIGGER {trigger}")
    yield
    conn.execute(f"INSERT INTO {table}_fts (rowid, {cols}) SELECT seq, {cols} FROM {table}"
                 f" WHERE seq >= ?", (first,))
    conn.execute(sql[0])


def _wire(value):
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _local(value):
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value
