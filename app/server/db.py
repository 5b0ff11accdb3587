"""The central server's database: PostgreSQL in production, SQLite by default.

One generic `records` table holds every synced record as JSON, with its scope (owning
organisation, site, share root) in columns so that visibility is decided in SQL. The
server's schema is created by `create_all` and versioned in `server_meta`; it holds no
copy of the desktop's relational schema, so that desktop migrations never need a server
migration (docs/sync-protocol.md §9).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    select,
    text,
)

from app.sync.entities import REFERENCED

# 2: login_throttle, auth_events, audit_log (new tables only: created at start).
# 3: record_references, filled from the records already held when a server upgrades.
SERVER_SCHEMA = 3
meta = MetaData()

server_meta = Table("server_meta", meta, Column("key", String(40), primary_key=True),
                    Column("value", Text, nullable=False))

# One row: the change counter. Incremented at the end of each push transaction, its row
# lock held until commit, so change numbers are taken in commit order (no late gaps).
counter = Table("sync_counter", meta, Column("id", Integer, primary_key=True),
                Column("value", BigInteger, nullable=False),
                Column("purge_floor", BigInteger, nullable=False))

orgs = Table("orgs", meta,
             Column("id", String(36), primary_key=True),
             Column("name", String(200), nullable=False, unique=True),
             Column("kind", String(20), nullable=False),
             # Raised when a share to this organisation is granted or revoked.
             Column("share_version", Integer, nullable=False, default=0))

users = Table("users", meta,
              Column("id", String(36), primary_key=True),
              Column("login", String(60), nullable=False, unique=True),
              Column("org_id", String(36), nullable=False),
              Column("role", String(20), nullable=False),
              Column("display_name", String(200), nullable=False),
              Column("password_hash", Text, nullable=False),
              Column("active", Boolean, nullable=False, default=True),
              Column("sites", Text, nullable=False, default="[]"),  # JSON list of site ids
              # Raised when what this user may see changes (sites, role).
              Column("scope", Integer, nullable=False, default=0))

tokens = Table("tokens", meta,
               Column("token_hash", String(64), primary_key=True),
               Column("user_id", String(36), nullable=False, index=True),
               Column("device_id", String(64), nullable=False),
               Column("device_name", String(200), nullable=False, default=""),
               Column("created_at", BigInteger, nullable=False),
               Column("revoked_at", BigInteger, nullable=True))

records = Table("records", meta,
                Column("entity", String(40), nullable=False),
                Column("id", String(80), nullable=False),
                Column("org_id", String(36), nullable=True),
                Column("site_id", String(36), nullable=True),
                Column("share_root", String(36), nullable=True),
                Column("version", Integer, nullable=False),
                Column("seq", BigInteger, nullable=False),
                Column("deleted", Boolean, nullable=False, default=False),
                # True when the row names users outside its organisation: redacted for them.
                Column("ext_refs", Boolean, nullable=False, default=False),
                Column("changed_at", BigInteger, nullable=False),  # server clock
                # The client whose create this row is, unchanged since: that client already
                # holds exactly this row, so its incremental pulls skip it (no echo).
                Column("origin", String(64), nullable=True),
                Column("data", Text, nullable=False),
                PrimaryKeyConstraint("entity", "id", name="pk_records"),
                Index("ix_records_seq", "seq", unique=True),
                Index("ix_records_org_seq", "org_id", "seq"),
                Index("ix_records_root", "share_root"))

# A record left a scope: whoever could see the old scope and cannot see the new one is
# told to remove it (docs/sync-protocol.md §7).
scope_moves = Table("scope_moves", meta,
                    Column("seq", BigInteger, nullable=False),
                    Column("entity", String(40), nullable=False),
                    Column("id", String(80), nullable=False),
                    Column("old_org", String(36), nullable=True),
                    Column("old_site", String(36), nullable=True),
                    Column("old_root", String(36), nullable=True),
                    Index("ix_scope_moves_seq", "seq"))

shares = Table("shares", meta,
               Column("org_id", String(36), nullable=False),
               Column("root_id", String(36), nullable=False),
               Column("root_entity", String(40), nullable=False),
               PrimaryKeyConstraint("org_id", "root_id", name="pk_shares"))

# The records a share points to (site, places, households of the parties), so that the
# shared copy is complete.
grants = Table("grants", meta,
               Column("org_id", String(36), nullable=False),
               Column("entity", String(40), nullable=False),
               Column("record_id", String(80), nullable=False),
               Column("root_id", String(36), nullable=False),
               PrimaryKeyConstraint("org_id", "entity", "record_id", "root_id", name="pk_grants"))

# The answer given to each mutation, to give it again on a replay (docs §4): status,
# version and seq in columns, the rest (conflict ids, rejection code) as JSON.
applied = Table("applied_mutations", meta,
                Column("client_id", String(64), nullable=False),
                Column("n", BigInteger, nullable=False),
                Column("i", Integer, nullable=False),
                Column("status", String(10), nullable=False),
                Column("version", Integer, nullable=True),
                Column("seq", BigInteger, nullable=True),
                Column("detail", Text, nullable=True),
                Column("at", BigInteger, nullable=False),
                PrimaryKeyConstraint("client_id", "n", "i", name="pk_applied_mutations"))

dead_letters = Table("dead_letters", meta,
                     Column("id", Integer, primary_key=True, autoincrement=True),
                     Column("client_id", String(64), nullable=False),
                     Column("n", BigInteger, nullable=False),
                     Column("i", Integer, nullable=False),
                     Column("user_id", String(36), nullable=True),
                     Column("entity", String(40), nullable=False),
                     Column("record_id", String(80), nullable=False),
                     Column("mutation", Text, nullable=False),
                     Column("code", String(40), nullable=False),
                     Column("message", Text, nullable=False),
                     Column("at", BigInteger, nullable=False))

# Sign-in throttling (docs/sync-protocol.md §2): one row per login ("login:<login>") and
# per client address ("addr:<address>"), in the database so that every API process sees
# the same counts.
login_throttle = Table("login_throttle", meta,
                       Column("key", String(120), primary_key=True),
                       Column("failures", Integer, nullable=False),
                       Column("last_failure_at", BigInteger, nullable=False),
                       Column("blocked_until", BigInteger, nullable=False))

# Every sign-in attempt and its outcome (success, bad_password, unknown_login, disabled,
# throttled, locked). Append-only, like audit_log.
auth_events = Table("auth_events", meta,
                    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                           autoincrement=True),
                    Column("at", BigInteger, nullable=False),
                    Column("login", String(60), nullable=False),
                    Column("user_id", String(36), nullable=True),
                    Column("org_id", String(36), nullable=True),
                    Column("address", String(64), nullable=False),
                    Column("device_id", String(64), nullable=False),
                    Column("outcome", String(20), nullable=False),
                    Column("failures", Integer, nullable=False),
                    Index("ix_auth_events_login", "login", "id"))

# The desktops' audit trails (docs/sync-protocol.md §4, "Audit trail"): append-only, kept
# per organisation (that of the user who pushed them), never pulled by a desktop. `pos` is
# taken under the push lock, so it follows commit order and a reader paging by it skips
# nothing. The entry's own columns follow app.domain.audit_chain.FIELDS.
audit_log = Table("audit_log", meta,
                  Column("pos", BigInteger, primary_key=True, autoincrement=False),
                  Column("id", String(36), nullable=False, unique=True),
                  Column("org_id", String(36), nullable=False),
                  Column("client_id", String(64), nullable=False),
                  Column("pushed_by", String(36), nullable=False),
                  Column("received_at", BigInteger, nullable=False),
                  # Its hash matches its content and links to the entry before it (or the
                  # chain's start) as this server holds it.
                  Column("chained", Boolean, nullable=False),
                  Column("seq", BigInteger, nullable=False),
                  Column("at", BigInteger, nullable=False),
                  Column("entry_org_id", String(36), nullable=True),
                  Column("user_id", String(36), nullable=True),
                  Column("action", String(20), nullable=False),
                  Column("entity_kind", String(40), nullable=False),
                  Column("entity_id", String(80), nullable=True),
                  Column("summary", Text, nullable=False),
                  Column("prev_hash", String(64), nullable=False),
                  Column("hash", String(64), nullable=False),
                  Index("ix_audit_log_org_pos", "org_id", "pos"),
                  Index("ix_audit_log_chain", "client_id", "seq"))

APPEND_ONLY = ("audit_log", "auth_events")

# The human references (SIG-..., CAS-...) desktops draw offline, each kept for the first
# record that brought it to the server (docs/sync-protocol.md §4, "References").
record_references = Table("record_references", meta,
                          Column("reference", Text, primary_key=True),
                          Column("entity", String(40), nullable=False),
                          Column("id", String(80), nullable=False))

blobs = Table("blobs", meta,
              Column("sha256", String(64), primary_key=True),
              Column("size", BigInteger, nullable=False),
              Column("data", LargeBinary, nullable=False))

blob_parts = Table("blob_parts", meta,
                   Column("sha256", String(64), nullable=False),
                   Column("offset", BigInteger, nullable=False),
                   Column("total", BigInteger, nullable=False),
                   Column("data", LargeBinary, nullable=False),
                   PrimaryKeyConstraint("sha256", "offset", name="pk_blob_parts"))


def default_url(data_dir: str | os.PathLike | None = None) -> str:
    folder = Path(data_dir) if data_dir else Path.cwd() / "palier-server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def resolve_url(db: str | None, data_dir: str | None = None) -> str:
    """--db first, then PALIER_SERVER_DB, then server.sqlite3 in --data (or ./palier-server)."""
    url = db or os.environ.get("PALIER_SERVER_DB")
    if not url:
        return default_url(data_dir)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if "://" not in url:  # a plain path: a SQLite file
        url = f"sqlite:///{Path(url).resolve()}"
    return url


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
            for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                           "PRAGMA busy_timeout=30000"):
                dbapi_conn.execute(pragma)

        @event.listens_for(engine, "begin")
        def on_begin(conn):
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


@contextlib.contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction, taken at once on SQLite (BEGIN IMMEDIATE: writers queue
    instead of failing to upgrade a read lock)."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


class Checkpointer:
    """SQLite only: a thread copies the write-ahead log into the database every second,
    in place of the commit that crossed SQLite's 1,000-page mark (a push of 5,000
    records crossed it every time, and its commit took a fifth of the push)."""

    def __init__(self, engine: Engine, every_s: float = 1.0) -> None:
        import threading

        self.engine, self.every_s = engine, every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="palier-checkpoint",
                                        daemon=True)

    def start(self) -> None:
        @event.listens_for(self.engine, "connect")
        def no_autocheckpoint(dbapi_conn, _record):
            dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")

        self.engine.dispose()  # connections made before keep their own setting: dropped
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.checkpoint("PASSIVE")  # never waits for readers or writers

    def checkpoint(self, mode: str) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")
        except Exception:  # noqa: BLE001  (busy, or closing: the next round does it)
            pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.checkpoint("TRUNCATE")


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def init_db(engine: Engine) -> None:
    """Create the server's tables once; several processes may race to do it."""
    with engine.begin() as conn:
        if is_postgres(engine):
            # Two processes starting together: one creates, the other waits.
            conn.execute(text("SELECT pg_advisory_xact_lock(742017)"))
        meta.create_all(conn)  # only the tables missing: an older database gains the new ones
        _append_only(conn)
        if conn.execute(counter.select()).first() is None:
            conn.execute(counter.insert().values(id=1, value=0, purge_floor=0))
            conn.execute(server_meta.insert().values(key="schema", value=str(SERVER_SCHEMA)))
        else:
            stored = conn.execute(select(server_meta.c.value)
                                  .where(server_meta.c.key == "schema")).scalar()
            if stored is None or int(stored) < SERVER_SCHEMA:
                if stored is None or int(stored) < 3:
                    _fill_references(conn)
                conn.execute(delete(server_meta).where(server_meta.c.key == "schema"))
                conn.execute(server_meta.insert().values(key="schema",
                                                         value=str(SERVER_SCHEMA)))


def _fill_references(conn) -> None:
    """Schema 3: the references of the records already held, the oldest record first."""
    import json

    rows = conn.execute(select(records.c.entity, records.c.id, records.c.data)
                        .where(records.c.entity.in_(list(REFERENCED))).order_by(records.c.seq))
    for entity, rid, data in rows:
        ref = json.loads(data).get("reference")
        if isinstance(ref, str):
            conn.execute(text("INSERT INTO record_references (reference, entity, id)"
                              " VALUES (:r, :e, :i) ON CONFLICT (reference) DO NOTHING"),
                         {"r": ref, "e": entity, "i": rid})


def _append_only(conn) -> None:
    """Triggers that refuse to update or delete a row of the append-only tables: not even
    `palier server` can, only someone who drops the trigger first."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "CREATE OR REPLACE FUNCTION palier_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"))
        for table in APPEND_ONLY:  # (DROP then CREATE: PostgreSQL before 14 too)
            for name, when in (("append_only", "UPDATE OR DELETE ON {t} FOR EACH ROW"),
                               ("no_truncate", "TRUNCATE ON {t} FOR EACH STATEMENT")):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}"))
                conn.execute(text(f"CREATE TRIGGER {table}_{name} BEFORE "
                                  f"{when.format(t=table)} EXECUTE FUNCTION "
                                  f"palier_append_only()"))
        return
    for table in APPEND_ONLY:
        for event_name in ("UPDATE", "DELETE"):
            conn.execute(text(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{event_name.lower()} BEFORE "
                f"{event_name} ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); "
                f"END"))
