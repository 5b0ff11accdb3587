"""The Today screen's service: app.services.today_queries on this workspace's connection.

`site_ids` is the signed-in user's sites (None: every site), so that sign-in, when it
arrives, only has to pass them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from app.services.base import ServiceBase
from app.services.today_queries import LIMIT, ROUND_LIMIT, CheckRow, TodayData, TodayQueries


class TodayService(ServiceBase):
    def today(self, today: date | None = None, site_ids: Sequence[str] | None = None,
              limit: int = LIMIT) -> TodayData:
        with self._queries() as q:
            return q.all(today or date.today(), site_ids, limit)

    def round(self, today: date | None = None, site_ids: Sequence[str] | None = None,
              sort: str = "place", limit: int = ROUND_LIMIT) -> list[CheckRow]:
        with self._queries() as q:
            return q.round(today or date.today(), site_ids, sort, limit)

    @contextmanager
    def _queries(self) -> Iterator[TodayQueries]:
        with self.read() as s:
            yield TodayQueries(s.connection().connection.driver_connection)
