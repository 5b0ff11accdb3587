"""How datetimes are stored: whole microseconds since 1970 UTC, in an INTEGER column.

Pure Python (no SQLAlchemy), so that the fast start-up path can read them too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_MICROSECOND = timedelta(microseconds=1)


def to_micros(value: datetime) -> int:
    """An aware datetime as whole microseconds since 1970 UTC (exact, no float)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: give a timezone")
    return (value - EPOCH) // ONE_MICROSECOND


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


def local_day_start(d: date) -> datetime:
    """Midnight of a day in the user's local time zone, where a person's 'day' begins."""
    return datetime.combine(d, time()).astimezone()
