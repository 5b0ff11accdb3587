"""Pure rules of the welfare register: when the next check is due, and when to escalate.

Due dates are calendar days where the person lives: a check done at 00:30 on the night
the clocks change counts for that day, and "every 3 days" means three calendar days,
not 72 hours (see `local_day`). An alert plan (heatwave, cold, lockdown) shortens every
interval while it runs; it never lengthens one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo

from app.domain.codes import CheckOutcome, EscalationReason, Priority

Plan = tuple[date, date | None, int]  # (starts_on, ends_on or None, max_interval_days)

DEFAULT_RETENTION_DAYS = 30
RETENTION_BOUNDS = (0, 730)


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day of an aware `moment` in `tz` (the computer's zone when None)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime refused: give a timezone")
    return moment.astimezone(tz).date()


def next_due(last_done: date | None, consent_on: date, frequency_days: int,
             active_plans_max_interval: int | None) -> date:
    """One interval after the last check (or the inscription); an alert plan shortens it."""
    interval = frequency_days
    if active_plans_max_interval is not None:
        interval = min(interval, active_plans_max_interval)
    return (last_done or consent_on) + timedelta(days=interval)


def next_due_with_plans(last_done: date | None, consent_on: date, frequency_days: int,
                        plans: Iterable[Plan]) -> date:
    """next_due, given alert plans as (starts_on, ends_on, max_interval_days).

    A plan that starts before the usual due date pulls the check forward, to no earlier
    than the plan's first day: a heatwave announced for Monday brings Thursday's call to
    Monday, not to today. A plan that is over by the date it would give has no effect.
    """
    due = next_due(last_done, consent_on, frequency_days, None)
    for starts_on, ends_on, max_interval in plans:
        planned = max(starts_on, next_due(last_done, consent_on, frequency_days, max_interval))
        if planned < due and (ends_on is None or planned <= ends_on):
            due = planned
    return due


def plan_active(plan: Plan, on: date) -> bool:
    starts_on, ends_on, _interval = plan
    return starts_on <= on and (ends_on is None or on <= ends_on)


def interval_in_force(frequency_days: int, plans: Iterable[Plan], on: date) -> int:
    """The longest a person may wait between two checks on day `on`."""
    return min([frequency_days, *(p[2] for p in plans if plan_active(p, on))])


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def needs_escalation(last_outcomes: Sequence[str]) -> bool:
    """Two 'not reached' in a row, oldest outcome first: someone must go and see."""
    not_reached = CheckOutcome.NOT_REACHED.value
    return len(last_outcomes) >= 2 and last_outcomes[-1] == last_outcomes[-2] == not_reached


def escalation(last_outcomes: Sequence[str], priority: str, pending_due: date | None,
               today: date) -> EscalationReason | None:
    """Why a person's follow-up must not stay a line in a list, or None.

    The Today screen computes the same in SQL (app.services.today); tests compare both.
    """
    if needs_escalation(last_outcomes):
        return EscalationReason.NOT_REACHED_TWICE
    if priority == Priority.HIGH and is_overdue(pending_due, today):
        return EscalationReason.OVERDUE_HIGH_PRIORITY
    return None


def retention_ends(left_on: date, retention_days: int) -> date:
    """The last day a person's register data may be kept after they left it."""
    return left_on + timedelta(days=retention_days)
