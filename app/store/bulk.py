"""Fast multi-row inserts through SQLAlchemy Core's driver-level executemany.

SQLAlchemy's own parameter processing costs a few microseconds per value; on a
100,000-row import that is most of the time. Values here are converted once, in the
forms the model's column types read back (see `sql_value`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Connection, Table

from app.store import outbox
from app.store.timestamps import to_micros

# What app.models.base.UTCDateTime stores: microseconds since 1970 UTC. An alias, not a
# wrapper: bulk inserts call it 200,000 times.
sql_datetime = to_micros


def sql_value(value):
    if isinstance(value, datetime):
        return sql_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_sql(table: Table, columns: Sequence[str]) -> str:
    unknown = set(columns) - set(table.c.keys())
    if unknown:
        raise ValueError(f"not columns of {table.name}: {sorted(unknown)}")
    return (f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence]) -> None:
    """Insert tuples already in SQL form (see sql_value), in `columns` order.

    New records of synced tables get their outbox rows in the same transaction
    (app/store/outbox.py): one row listing their ids.
    """
    if rows:
        rows = rows if isinstance(rows, list) else list(rows)
        conn.exec_driver_sql(insert_sql(table, columns), rows)
        if "version" in table.c and "id" in columns:
            at = list(columns).index("id")
            outbox.record_bulk_creates(conn, table.name, [r[at] for r in rows])
