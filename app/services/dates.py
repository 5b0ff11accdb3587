"""Dates as the services check and show them: a person's 'today' is local, not UTC."""

from __future__ import annotations

from datetime import date, datetime

from app.services.errors import Errors
from app.services.signalements import CLOCK_TOLERANCE


def today() -> date:
    return (datetime.now().astimezone() + CLOCK_TOLERANCE).date()


def check_day(errors: Errors, field: str, value: date | None) -> None:
    """Required, and not after today."""
    if value is None:
        errors.add(field, "required")
    elif value > today():
        errors.add(field, "in_future")


def day(d: date) -> str:
    """A date as French staff write it, in messages."""
    return d.strftime("%d/%m/%Y")
