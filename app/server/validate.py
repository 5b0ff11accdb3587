"""The desktop's own constraints, checked on the server before a record is stored.

A row the server accepts is applied by every desktop that may see it; a row a desktop's
SQLite would refuse (a CHECK, a NOT NULL) would stop their pulls. So the server keeps an
in-memory SQLite with the desktop's tables (app.models, without foreign keys: parents may
come later) and tries each merged row in it before committing, then rolls back.
"""

from __future__ import annotations

import sqlite3
import threading
from functools import cache
from operator import itemgetter

from app.sync.entities import registry

_local = threading.local()


# STRICT tables (SQLite 3.37+) check every value's type in C: a text where the desktop
# stores an integer is refused here, as a desktop's own code would never write it.
STRICT = sqlite3.sqlite_version_info >= (3, 37, 0)


def _connection() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in _ddl():
            conn.execute(statement)
        _local.conn = conn
    return conn


@cache
def _ddl() -> tuple[str, ...]:
    """The tables' DDL, rendered once per process (a tenth of a second of SQLAlchemy);
    each worker thread then only runs it on its own in-memory database."""
    from sqlalchemy import REAL, BigInteger, LargeBinary, MetaData, Text
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex, CreateTable

    from app.models import Base

    dialect = sqlite_dialect.dialect()
    entities = registry()
    storage = {"int": BigInteger, "str": Text, "float": REAL, "bytes": LargeBinary}
    copies = MetaData()
    ddl = []
    for t in Base.metadata.sorted_tables:
        if t.name not in entities:
            continue
        table = t.to_metadata(copies)
        if STRICT:
            for c in table.c:
                kind = entities[t.name].types.get(c.name)
                if kind in storage:
                    c.type = storage[kind]()
        create = str(CreateTable(table, include_foreign_key_constraints=[])
                     .compile(dialect=dialect)).rstrip().rstrip(";")
        ddl.append(create.replace("BIGINT", "INTEGER") + (" STRICT" if STRICT else ""))
        # Only a unique index can refuse a row; the others would only cost time.
        ddl.extend(str(CreateIndex(i).compile(dialect=dialect)) for i in table.indexes
                   if i.unique)
    return tuple(ddl)


def _insert_sql(entity: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {entity} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def check_rows(rows: list[tuple[str, dict]]) -> bool:
    """True if every (entity, row) would be accepted together by a desktop."""
    conn = _connection()
    conn.execute("BEGIN")
    try:
        by_entity: dict[str, list[dict]] = {}
        for entity, row in rows:
            by_entity.setdefault(entity, []).append(row)
        for entity, group in by_entity.items():
            ent = registry()[entity]
            cols = ent.columns
            if ent.binary or len(cols) < 2:
                rows = [tuple(_sql(r.get(c)) for c in cols) for r in group]
            else:
                getter = itemgetter(*cols)
                rows = [getter(r) for r in group]
            conn.executemany(_insert_sql(entity, cols), rows)
        return True
    # KeyError: a row missing a column; OverflowError: an integer past 64 bits; ValueError:
    # bad base64. Each is then found one row at a time.
    except (sqlite3.Error, KeyError, OverflowError, ValueError):
        return False
    finally:
        conn.execute("ROLLBACK")


def check_row(entity: str, row: dict) -> str | None:
    """None if a desktop would accept the row, else SQLite's reason."""
    conn = _connection()
    cols = registry()[entity].columns
    conn.execute("BEGIN")
    try:
        conn.execute(_insert_sql(entity, cols), tuple(_sql(row.get(c)) for c in cols))
        return None
    except (sqlite3.Error, OverflowError, ValueError) as exc:
        return str(exc)
    finally:
        conn.execute("ROLLBACK")


def _sql(value):
    if isinstance(value, dict) and "$b64" in value:
        import base64

        return base64.b64decode(value["$b64"])
    return value
