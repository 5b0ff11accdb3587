"""Fast multi-row inserts through SQLAlchemy Core's driver-level executemany.

SQLAlchemy's own parameter processing costs a few microseconds per value; on a
100,000-row import that is most of the time. Values here are converted once, in the
formats SQLAlchemy's SQLite types read back (see `sql_value`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Table


def sql_datetime(value: datetime) -> str:
    """What sqlalchemy's SQLite DateTime stores: naive UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: give a timezone")
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def sql_value(value):
    if isinstance(value, datetime):
        return sql_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence]) -> None:
    """Insert tuples already in SQL form (see sql_value), in `columns` order."""
    if not rows:
        return
    unknown = set(columns) - set(table.c.keys())
    if unknown:
        raise ValueError(f"not columns of {table.name}: {sorted(unknown)}")
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    conn.exec_driver_sql(sql, list(rows))
