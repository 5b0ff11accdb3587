"""The Today screen's service: app.services.today_queries on this workspace's connection.

`site_ids` narrows the lists to some sites (None: every site); a signed-in actor's role
narrows them further (app.domain.policy).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from app.domain.policy import Kind
from app.services.base import ServiceBase
from app.services.today_queries import LIMIT, ROUND_LIMIT, CheckRow, TodayData, TodayQueries


class TodayService(ServiceBase):
    def today(self, today: date | None = None, site_ids: Sequence[str] | None = None,
              limit: int = LIMIT) -> TodayData:
        day = today or date.today()
        with self._queries() as q:
            if not self.actor.signed_in:
                return q.all(day, site_ids, limit)
            # Each list narrowed to the sites the role may see for its kind of record.
            welfare = self._sites(q, Kind.WELFARE_ENTRY, site_ids)
            cases = self._sites(q, Kind.CONFLICT_CASE, site_ids)
            return TodayData(
                day, q.alerts(day, welfare, limit), q.checks(day, welfare, limit),
                q.checks(day, welfare, limit, overdue=True), q.cases(day, cases, limit),
                q.cases(day, cases, limit, late=True),
                q.waiting(self._sites(q, Kind.SIGNALEMENT, site_ids), limit), q.plans(day))

    def round(self, today: date | None = None, site_ids: Sequence[str] | None = None,
              sort: str = "place", limit: int = ROUND_LIMIT) -> list[CheckRow]:
        with self._queries() as q:
            sites = self._sites(q, Kind.WELFARE_ENTRY, site_ids)
            return q.round(today or date.today(), sites, sort, limit)

    def _sites(self, q: TodayQueries, kind: Kind,
               asked: Sequence[str] | None) -> Sequence[str] | None:
        """The sites asked for, narrowed to those whose records of `kind` the actor's role
        may see (app.domain.policy.list_scope); None: every site."""
        scope = self.list_scope(kind)
        if scope is None:
            return asked
        if scope.nothing:
            return []
        allowed = None if scope.site_ids is None else set(scope.site_ids)
        if scope.org_id is not None:
            of_org = {r[0] for r in q.conn.execute("SELECT id FROM sites WHERE org_id = ?",
                                                   (scope.org_id,))}
            allowed = of_org if allowed is None else allowed & of_org
        if asked is not None:
            allowed = set(asked) if allowed is None else allowed & set(asked)
        return None if allowed is None else sorted(allowed)

    @contextmanager
    def _queries(self) -> Iterator[TodayQueries]:
        with self.read() as s:
            yield TodayQueries(s.connection().connection.driver_connection)
