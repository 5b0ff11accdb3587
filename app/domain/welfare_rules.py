"""Pure rules of the welfare register: when the next check is due, and when to escalate."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from app.domain.codes import CheckOutcome


def next_due(last_done: date | None, consent_on: date, frequency_days: int,
             active_plans_max_interval: int | None) -> date:
    """One interval after the last check (or the inscription); an alert plan shortens it."""
    interval = frequency_days
    if active_plans_max_interval is not None:
        interval = min(interval, active_plans_max_interval)
    return (last_done or consent_on) + timedelta(days=interval)


def next_due_with_plans(last_done: date | None, consent_on: date, frequency_days: int,
                        plans: Iterable[tuple[date, date | None, int]]) -> date:
    """next_due, given alert plans as (starts_on, ends_on, max_interval_days).

    A plan that starts before the usual due date pulls the check forward, to no earlier
    than the plan's first day: a heatwave announced for Monday brings Thursday's call to
    Monday, not to today.
    """
    due = next_due(last_done, consent_on, frequency_days, None)
    for starts_on, ends_on, max_interval in plans:
        planned = max(starts_on, next_due(last_done, consent_on, frequency_days, max_interval))
        if planned < due and (ends_on is None or planned <= ends_on):
            due = planned
    return due


def needs_escalation(last_outcomes: list[str]) -> bool:
    """Two 'not reached' in a row, oldest outcome first: someone must go and see."""
    not_reached = CheckOutcome.NOT_REACHED.value
    return len(last_outcomes) >= 2 and last_outcomes[-1] == last_outcomes[-2] == not_reached
