"""Reading the signalement list: pages, counts, full-text search. Standard library only.

The one implementation of the list queries. SignalementService runs it on its
SQLAlchemy connection; the desktop app runs it on a plain sqlite3 connection at start-up
(app.store.quick), so that the first page is on screen before SQLAlchemy has loaded.

Orders:
- by a column (facts_start by default, newest first), keyset-paginated on (column, id);
- "recorded": newest recorded first, driven by the FTS index when there is a search
  text, so that the first page of a common word does not wait for all its matches.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

from app.services.signalement_types import SignalementFilter, SignalementRow
from app.store.timestamps import from_micros, local_day_start, to_micros

if TYPE_CHECKING:
    from app.domain.policy import ListScope

NO_FILTER = SignalementFilter()

SORTABLE = {
    "facts_start": "s.facts_start",
    "reported_at": "s.reported_at",
    "reference": "s.reference",
    "category": "s.category",
    "status": "s.status",
    "severity": "s.severity",
    "recorded": "s.seq",
}
TIME_SORTS = {"facts_start", "reported_at"}

_COLUMNS = ("s.id, s.reference, s.facts_start, s.category, s.status, s.severity, st.code, "
            "b.name, substr(s.description, 1, 140), s.version, s.seq")
_FROM = ("signalements s JOIN sites st ON st.id = s.site_id "
         "LEFT JOIN buildings b ON b.id = s.building_id")

_FTS_JOIN = ("JOIN signalements s ON s.seq = f.rowid JOIN sites st ON st.id = s.site_id "
             "LEFT JOIN buildings b ON b.id = s.building_id")

_REFERENCE = re.compile(r"^\s*(SIG-\d{4}(?:-[0-9A-Z]{0,5}){0,2})\s*$", re.IGNORECASE)


def reference_prefix(user_text: str) -> str | None:
    """'sig-2026-1ek6h' -> 'SIG-2026-1EK6H': a person typing (part of) a reference."""
    match = _REFERENCE.match(user_text)
    return match.group(1).upper() if match else None


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word, the last as a prefix."""
    words = re.findall(r"\w+", user_text, flags=re.UNICODE)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _row(r: tuple) -> SignalementRow:
    return SignalementRow(r[0], r[1], from_micros(r[2]), r[3], r[4], r[5], r[6], r[7], r[8],
                          r[9], r[10])


class SignalementList:
    """The list queries over one sqlite3 connection (any thread, one at a time)."""

    def __init__(self, conn: sqlite3.Connection, scope: ListScope | None = None) -> None:
        """`scope`: the rows the acting role may see (app.domain.policy); None: all."""
        self.conn = conn
        self.scope = scope

    def page(self, flt: SignalementFilter = NO_FILTER, *, sort: str = "facts_start",
             descending: bool = True, limit: int = 100,
             after: tuple | None = None) -> list[SignalementRow]:
        """One page; pass `page_key(last row, sort)` of the previous page as `after`."""
        col = SORTABLE[sort]
        where, params, fts = self._where(flt)
        if sort == "recorded" and fts is not None:
            # Walk the search index newest first and stop at the limit.
            sql = (f"SELECT {_COLUMNS} FROM signalements_fts f {_FTS_JOIN} "
                   f"WHERE signalements_fts MATCH ? AND {where}")
            params = [fts, *params]
            if after is not None:
                sql += " AND f.rowid < ?" if descending else " AND f.rowid > ?"
                params.append(after[0])
            sql += f" ORDER BY f.rowid {'DESC' if descending else 'ASC'} LIMIT ?"
            return [_row(r) for r in self.conn.execute(sql, [*params, limit])]
        if fts is not None:
            where += " AND s.seq IN (SELECT rowid FROM signalements_fts " \
                     "WHERE signalements_fts MATCH ?)"
            params.append(fts)
        if after is not None:
            value = to_micros(after[0]) if sort in TIME_SORTS else after[0]
            where += f" AND ({col}, s.id) {'<' if descending else '>'} (?, ?)"
            params += [value, after[1]]
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where} "
               f"ORDER BY {col} {direction}, s.id {direction} LIMIT ?")
        return [_row(r) for r in self.conn.execute(sql, [*params, limit])]

    @staticmethod
    def page_key(row: SignalementRow, sort: str = "facts_start") -> tuple:
        if sort == "recorded":
            return (row.seq, row.id)
        return (getattr(row, sort), row.id)

    def count(self, flt: SignalementFilter = NO_FILTER) -> int:
        where, params, fts = self._where(flt)
        if fts is not None:
            where += " AND s.seq IN (SELECT rowid FROM signalements_fts " \
                     "WHERE signalements_fts MATCH ?)"
            params.append(fts)
        # The joins are not needed to count: every signalement has its site.
        sql = f"SELECT count(*) FROM signalements s WHERE {where}"
        return self.conn.execute(sql, params).fetchone()[0]

    def search(self, user_text: str, flt: SignalementFilter = NO_FILTER,
               limit: int = 200) -> list[SignalementRow]:
        """Full-text search (or a reference), most recently recorded first."""
        if not (reference_prefix(user_text) or fts_query(user_text)):
            return []
        flt = SignalementFilter(flt.site_id, flt.building_id, flt.category, flt.status,
                                flt.date_from, flt.date_to, user_text)
        return self.page(flt, sort="recorded", limit=limit)

    def _where(self, flt: SignalementFilter) -> tuple[str, list, str | None]:
        """SQL conditions and parameters of a filter, and the FTS query if any."""
        conds, params = ["s.deleted_at IS NULL"], []
        scope = self.scope
        if scope is not None:
            if scope.nothing or (scope.site_ids is not None and not scope.site_ids):
                conds.append("0")
            if scope.org_id is not None:
                conds.append("s.org_id = ?")
                params.append(scope.org_id)
            if scope.site_ids:
                conds.append(f"s.site_id IN ({', '.join('?' * len(scope.site_ids))})")
                params += sorted(scope.site_ids)
        for column, value in (("s.site_id", flt.site_id), ("s.building_id", flt.building_id),
                              ("s.category", flt.category), ("s.status", flt.status)):
            if value:
                conds.append(f"{column} = ?")
                params.append(value)
        if flt.date_from:
            conds.append("s.facts_start >= ?")
            params.append(to_micros(local_day_start(flt.date_from)))
        if flt.date_to:
            conds.append("s.facts_start < ?")
            params.append(to_micros(local_day_start(flt.date_to + timedelta(days=1))))
        fts = None
        if flt.text.strip():
            reference = reference_prefix(flt.text)
            if reference:
                # '~' sorts after every character a reference uses: a prefix range.
                conds.append("s.reference >= ? AND s.reference < ?")
                params += [reference, reference + "~"]
            else:
                fts = fts_query(flt.text)
                if fts is None:
                    conds.append("0")
        return " AND ".join(conds), params, fts
