"""What is due and what is late, for the Today screen. Standard library only.

One SQL statement per list. Each reads only the rows that can be on the list, through a
partial index (open cases by deadline, pending checks by due date, open alerts, open
signalements by date), and stops after COUNT_CAP of them: the list shows the first
`limit`, and a count that says "100+" rather than walking a backlog to the end. So the
screen costs the same with 10,000 signalements or 100,000 (bench/bench_today.py).

Like app.services.signalement_list, it runs on any sqlite3 connection: the service's,
or a plain one at start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.store.partial_indexes import OPEN_SIGNALEMENT
from app.store.timestamps import from_micros, local_day_start, to_micros

COUNT_CAP = 100
LIMIT = 50
ROUND_LIMIT = 500

# A person and where they live: the columns every welfare list shows.
_PERSON = ("p.last_name, p.first_name, p.phone, st.code, b.name, en.name, d.floor, d.door, "
           "e.priority, e.lives_alone")
_PLACE = ("JOIN welfare_entries e ON e.id = {alias}.entry_id "
          "JOIN persons p ON p.id = e.person_id "
          "JOIN dwellings d ON d.id = e.dwelling_id "
          "JOIN entrances en ON en.id = d.entrance_id "
          "JOIN buildings b ON b.id = en.building_id "
          "JOIN sites st ON st.id = b.site_id")
_LIVE_ENTRY = "e.active AND e.deleted_at IS NULL"
# Only to filter on the user's sites: from an entry to its building.
_ENTRY_SITE = (" JOIN dwellings d ON d.id = e.dwelling_id "
               "JOIN entrances en ON en.id = d.entrance_id "
               "JOIN buildings b ON b.id = en.building_id")
# The predicate of the partial index ix_welfare_checks_pending_due, word for word.
_PENDING = "c.done_at IS NULL AND c.deleted_at IS NULL"

ROUND_SORTS = {
    "place": "st.code, b.name, en.name, d.floor, d.door",
    "floor": "st.code, b.name, d.floor, en.name, d.door",
    "due": "r_due, st.code, b.name, d.floor",
    "name": "p.last_name, p.first_name",
}


@dataclass(frozen=True)
class Person:
    entry_id: str
    last_name: str
    first_name: str
    phone: str
    site_code: str
    building: str
    entrance: str
    floor: int
    door: str
    priority: str
    lives_alone: bool

    @property
    def name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


@dataclass(frozen=True)
class CheckRow:
    """A welfare check to do (or done today, on the round)."""

    check_id: str
    due_on: date
    person: Person
    done_at: datetime | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class AlertRow:
    """An escalation nobody has acted on yet."""

    alert_id: str | None  # None: a high-priority overdue check (no record until acted on)
    reason: str
    since: date
    check_id: str
    person: Person


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    reference: str
    site_code: str
    nature: str
    current_step: str
    next_due_on: date
    parties: str


@dataclass(frozen=True)
class WaitingRow:
    signalement_id: str
    reference: str
    site_code: str
    category: str
    severity: int
    facts_start: datetime
    summary: str


@dataclass(frozen=True)
class Section:
    """The rows shown and how many there are (`count` stops at COUNT_CAP: `capped`)."""

    rows: list
    count: int

    @property
    def capped(self) -> bool:
        return self.count >= COUNT_CAP


@dataclass(frozen=True)
class PlanRow:
    kind: str
    starts_on: date
    ends_on: date | None
    max_interval_days: int


@dataclass(frozen=True)
class TodayData:
    today: date
    alerts: Section
    checks_due: Section
    checks_overdue: Section
    cases_due: Section
    cases_late: Section
    waiting: Section
    plans: list[PlanRow] = field(default_factory=list)


def _in(column: str, values: Sequence[str] | None) -> tuple[str, list]:
    """' AND column IN (?, ...)' for the user's sites; nothing when None (every site)."""
    if values is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(values))})", list(values)


def _person(r: Sequence, at: int) -> Person:
    return Person(r[at], *r[at + 1:at + 10], bool(r[at + 10]))


def _section(rows: list, make) -> Section:
    """Rows of `... SELECT *, (SELECT count(*) FROM m)`: the count is the last column."""
    return Section([make(r) for r in rows], rows[0][-1] if rows else 0)



class TodayQueries:
    """The Today lists over one sqlite3 connection (any thread, one at a time).

    Each statement has the same shape: `m` walks a partial index in its own order and
    stops after COUNT_CAP rows; `top` takes the first `limit` of them; only those are
    joined to the people, places and parties they show.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self, today: date, site_ids: Sequence[str] | None = None,
            limit: int = LIMIT) -> TodayData:
        return TodayData(
            today, self.alerts(today, site_ids, limit), self.checks(today, site_ids, limit),
            self.checks(today, site_ids, limit, overdue=True), self.cases(today, site_ids, limit),
            self.cases(today, site_ids, limit, late=True), self.waiting(site_ids, limit),
            self.plans(today))

    def checks(self, today: date, site_ids: Sequence[str] | None = None, limit: int = LIMIT,
               overdue: bool = False) -> Section:
        """Pending checks due today (high priority first), or overdue (oldest first).

        A pending check always belongs to someone on the register (leaving it removes
        them), so the walk joins the entry only to filter on the user's sites.
        """
        sites, params = _in("b.site_id", site_ids)
        places = (f" JOIN welfare_entries e ON e.id = c.entry_id{_ENTRY_SITE}"
                  if site_ids is not None else "")
        first = "e.priority = 'high' DESC, m.due_on" if not overdue else "m.due_on"
        sql = (f"WITH m AS (SELECT c.id, c.due_on, c.entry_id FROM welfare_checks c{places} "
               f"WHERE {_PENDING} AND c.due_on {'<' if overdue else '='} ?{sites} "
               f"ORDER BY c.due_on LIMIT {COUNT_CAP}), "
               f"top AS (SELECT m.* FROM m JOIN welfare_entries e ON e.id = m.entry_id "
               f"ORDER BY {first} LIMIT ?) "
               f"SELECT m.id, m.due_on, e.id, {_PERSON}, (SELECT count(*) FROM m) "
               f"FROM top m {_PLACE.format(alias='m')} WHERE {_LIVE_ENTRY} "
               f"ORDER BY {first}, st.code, b.name, d.floor")
        rows = self.conn.execute(sql, [today.isoformat(), *params, limit]).fetchall()
        return _section(rows, lambda r: CheckRow(r[0], date.fromisoformat(r[1]), _person(r, 2)))

    def alerts(self, today: date, site_ids: Sequence[str] | None = None,
               limit: int = LIMIT) -> Section:
        """Open escalations, the oldest first: two 'not reached' nobody acted on, and
        high-priority people whose check is overdue, unless someone acted on that check."""
        sites, params = _in("b.site_id", site_ids)
        places = _ENTRY_SITE if site_ids is not None else ""
        sql = (
            "WITH m AS (SELECT * FROM ("
            "SELECT a.id AS alert_id, a.reason, a.raised_at AS since_micros, NULL AS since_day, "
            "a.check_id, a.entry_id FROM welfare_alerts a "
            f"JOIN welfare_entries e ON e.id = a.entry_id{places} "
            f"WHERE a.acted_at IS NULL AND a.deleted_at IS NULL AND {_LIVE_ENTRY}{sites} "
            f"ORDER BY a.raised_at LIMIT {COUNT_CAP}) "
            "UNION ALL SELECT * FROM ("
            "SELECT NULL, 'overdue_high_priority', NULL, c.due_on, c.id, c.entry_id "
            f"FROM welfare_checks c JOIN welfare_entries e ON e.id = c.entry_id{places} "
            f"WHERE {_PENDING} AND c.due_on < ? AND e.priority = 'high' "
            f"AND {_LIVE_ENTRY}{sites} "
            "AND NOT EXISTS (SELECT 1 FROM welfare_alerts x WHERE x.check_id = c.id "
            "AND x.acted_at IS NOT NULL AND x.deleted_at IS NULL) "
            "AND NOT EXISTS (SELECT 1 FROM welfare_alerts x WHERE x.entry_id = c.entry_id "
            "AND x.acted_at IS NULL AND x.deleted_at IS NULL) "
            f"ORDER BY c.due_on LIMIT {COUNT_CAP})), "
            "top AS (SELECT *, coalesce(since_day, date(since_micros / 1000000, 'unixepoch', "
            "'localtime')) AS since FROM m ORDER BY since LIMIT ?) "
            f"SELECT m.alert_id, m.reason, m.since_micros, m.since_day, m.check_id, e.id, "
            f"{_PERSON}, (SELECT count(*) FROM m) FROM top m {_PLACE.format(alias='m')} "
            "ORDER BY m.since, st.code, b.name")
        rows = self.conn.execute(sql, [*params, today.isoformat(), *params, limit]).fetchall()

        def make(r) -> AlertRow:
            since = (from_micros(r[2]).astimezone().date() if r[2] is not None
                     else date.fromisoformat(r[3]) + timedelta(days=1))
            return AlertRow(r[0], r[1], since, r[4], _person(r, 5))

        return _section(rows, make)

    def cases(self, today: date, site_ids: Sequence[str] | None = None, limit: int = LIMIT,
              late: bool = False) -> Section:
        """Open cases whose next step is due today, or late (the longest late first)."""
        sites, params = _in("c.site_id", site_ids)
        sql = (f"WITH m AS (SELECT c.id, c.next_due_on FROM conflict_cases c "
               f"WHERE c.status = 'open' AND c.deleted_at IS NULL "
               f"AND c.next_due_on {'<' if late else '='} ?{sites} "
               f"ORDER BY c.next_due_on LIMIT {COUNT_CAP}), "
               "top AS (SELECT id FROM m LIMIT ?) "
               "SELECT c.id, c.reference, s.code, c.nature, c.current_step, c.next_due_on, "
               "(SELECT group_concat(h.name, ' / ') FROM conflict_parties cp "
               "JOIN households h ON h.id = cp.household_id WHERE cp.case_id = c.id "
               "AND cp.deleted_at IS NULL), (SELECT count(*) FROM m) "
               "FROM top JOIN conflict_cases c ON c.id = top.id JOIN sites s ON s.id = c.site_id "
               "ORDER BY c.next_due_on, c.reference")
        rows = self.conn.execute(sql, [today.isoformat(), *params, limit]).fetchall()
        return _section(rows, lambda r: CaseRow(r[0], r[1], r[2], r[3], r[4],
                                                date.fromisoformat(r[5]), r[6] or ""))

    def waiting(self, site_ids: Sequence[str] | None = None, limit: int = LIMIT) -> Section:
        """Signalements new or in progress that nobody has referred yet, newest first."""
        sites, params = _in("s.site_id", site_ids)
        # The partial index's own condition, word for word: the planner then reads only
        # the open signalements.
        sql = (f"WITH m AS (SELECT s.seq FROM signalements s "
               f"WHERE {OPEN_SIGNALEMENT}{sites} "
               "AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.signalement_id = s.id "
               "AND r.deleted_at IS NULL) "
               f"ORDER BY s.facts_start DESC LIMIT {COUNT_CAP}), "
               "top AS (SELECT seq FROM m LIMIT ?) "
               "SELECT s.id, s.reference, st.code, s.category, s.severity, s.facts_start, "
               "substr(s.description, 1, 140), (SELECT count(*) FROM m) "
               "FROM top JOIN signalements s ON s.seq = top.seq "
               "JOIN sites st ON st.id = s.site_id ORDER BY s.facts_start DESC")
        rows = self.conn.execute(sql, [*params, limit]).fetchall()
        return _section(rows, lambda r: WaitingRow(r[0], r[1], r[2], r[3], r[4],
                                                   from_micros(r[5]), r[6]))

    def round(self, today: date, site_ids: Sequence[str] | None = None, sort: str = "place",
              limit: int = ROUND_LIMIT) -> list[CheckRow]:
        """The day's round: every check due today or overdue, and those done today,
        in the order a caretaker walks (site, building, entrance, floor) by default."""
        sites, params = _in("b.site_id", site_ids)
        start = to_micros(local_day_start(today))
        end = to_micros(local_day_start(today + timedelta(days=1)))
        sql = (
            "WITH r AS ("
            f"SELECT c.id, c.due_on, c.entry_id, NULL AS done_at, NULL AS outcome "
            f"FROM welfare_checks c WHERE {_PENDING} AND c.due_on <= ? "
            "UNION ALL "
            "SELECT c.id, c.due_on, c.entry_id, c.done_at, c.outcome FROM welfare_checks c "
            "WHERE c.done_at >= ? AND c.done_at < ? AND c.deleted_at IS NULL) "
            f"SELECT r.id, r.due_on, e.id, {_PERSON}, r.done_at, r.outcome, "
            "r.due_on AS r_due "
            f"FROM r {_PLACE.format(alias='r')} WHERE {_LIVE_ENTRY}{sites} "
            f"ORDER BY {ROUND_SORTS[sort]}, r.id LIMIT ?")
        rows = self.conn.execute(sql, [today.isoformat(), start, end, *params, limit])
        return [CheckRow(r[0], date.fromisoformat(r[1]), _person(r, 2),
                         from_micros(r[13]) if r[13] is not None else None, r[14])
                for r in rows]

    def plans(self, today: date) -> list[PlanRow]:
        """Alert plans running today."""
        rows = self.conn.execute(
            "SELECT kind, starts_on, ends_on, max_interval_days FROM alert_plans "
            "WHERE deleted_at IS NULL AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) "
            "ORDER BY starts_on", [today.isoformat(), today.isoformat()])
        return [PlanRow(k, date.fromisoformat(s), date.fromisoformat(e) if e else None, n)
                for k, s, e, n in rows]
