"""The welfare schedule as pure rules: next due date, alert plans, escalation, calendar
edge cases (daylight-saving days, leap days), with Hypothesis properties; then the same
rules through the service where the clock and the time zone come in."""

from __future__ import annotations

import os
import time as systime
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.codes import CheckOutcome, EscalationReason
from app.domain.welfare_rules import (
    escalation,
    interval_in_force,
    is_overdue,
    local_day,
    needs_escalation,
    next_due,
    next_due_with_plans,
    plan_active,
    retention_ends,
)

PARIS = ZoneInfo("Europe/Paris")
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
FREQUENCY = st.integers(1, 90)
OUTCOMES = st.sampled_from([o.value for o in CheckOutcome])


@st.composite
def plans(draw, around: date | None = None):
    """Up to three alert plans, open-ended or not, near `around`."""
    base = around or draw(DAYS)
    found = []
    for _ in range(draw(st.integers(0, 3))):
        start = base + timedelta(days=draw(st.integers(-60, 60)))
        end = None if draw(st.booleans()) else start + timedelta(days=draw(st.integers(0, 30)))
        found.append((start, end, draw(st.integers(1, 30))))
    return found


# Examples ---------------------------------------------------------------------------------

def test_leap_days():
    assert next_due(date(2024, 2, 28), date(2024, 1, 1), 1, None) == date(2024, 2, 29)
    assert next_due(date(2024, 2, 29), date(2024, 1, 1), 1, None) == date(2024, 3, 1)
    assert next_due(date(2023, 2, 28), date(2023, 1, 1), 1, None) == date(2023, 3, 1)
    assert next_due(date(2024, 2, 25), date(2024, 1, 1), 7, None) == date(2024, 3, 3)
    assert next_due(date(2024, 2, 29), date(2024, 1, 1), 90, None) == date(2024, 5, 29)
    # A plan over the leap day.
    heat = (date(2024, 2, 28), date(2024, 3, 1), 1)
    assert next_due_with_plans(date(2024, 2, 28), date(2024, 1, 1), 7, [heat]) == date(2024, 2, 29)
    assert retention_ends(date(2024, 2, 29), 365) == date(2025, 2, 28)


@pytest.mark.parametrize(("moment", "day"), [
    # Spring forward in Paris, 30 March 2025: 02:00 does not exist.
    (datetime(2025, 3, 29, 23, 30, tzinfo=UTC), date(2025, 3, 30)),  # 00:30 local, UTC+1
    (datetime(2025, 3, 30, 0, 59, tzinfo=UTC), date(2025, 3, 30)),  # 01:59 local
    (datetime(2025, 3, 30, 1, 0, tzinfo=UTC), date(2025, 3, 30)),  # 03:00 local, UTC+2
    (datetime(2025, 3, 30, 21, 59, tzinfo=UTC), date(2025, 3, 30)),  # 23:59 local
    (datetime(2025, 3, 30, 22, 0, tzinfo=UTC), date(2025, 3, 31)),
    # Fall back, 26 October 2025: 02:30 happens twice.
    (datetime(2025, 10, 26, 0, 30, tzinfo=UTC), date(2025, 10, 26)),  # first 02:30
    (datetime(2025, 10, 26, 1, 30, tzinfo=UTC), date(2025, 10, 26)),  # second 02:30
    (datetime(2025, 10, 25, 22, 30, tzinfo=UTC), date(2025, 10, 26)),  # 00:30 local, UTC+2
    (datetime(2025, 10, 26, 22, 59, tzinfo=UTC), date(2025, 10, 26)),  # 23:59 local, UTC+1
])
def test_a_check_counts_for_the_day_it_was_done_where_the_person_lives(moment, day):
    assert local_day(moment, PARIS) == day


def test_intervals_are_calendar_days_across_daylight_saving():
    # Checked at 23:30 on the Saturday before the clocks change: due three calendar
    # days later, although 71 hours pass.
    done = datetime(2025, 3, 29, 23, 30, tzinfo=PARIS)
    assert next_due(local_day(done, PARIS), date(2025, 1, 1), 3, None) == date(2025, 4, 1)
    done = datetime(2025, 10, 26, 0, 15, tzinfo=PARIS)  # a 25-hour day
    assert next_due(local_day(done, PARIS), date(2025, 1, 1), 1, None) == date(2025, 10, 27)
    with pytest.raises(ValueError):
        local_day(datetime(2025, 3, 30, 2, 30))


def test_plans_are_active_from_their_first_to_their_last_day():
    plan = (date(2025, 7, 14), date(2025, 7, 20), 2)
    assert not plan_active(plan, date(2025, 7, 13))
    assert plan_active(plan, date(2025, 7, 14)) and plan_active(plan, date(2025, 7, 20))
    assert not plan_active(plan, date(2025, 7, 21))
    assert plan_active((date(2025, 7, 14), None, 2), date(2026, 1, 1))
    assert interval_in_force(7, [plan, (date(2025, 7, 18), None, 1)], date(2025, 7, 19)) == 1
    assert interval_in_force(7, [plan], date(2025, 7, 21)) == 7
    assert interval_in_force(1, [plan], date(2025, 7, 15)) == 1  # a plan never lengthens


def test_frequency_changes_during_an_alert_plan():
    heat = [(date(2025, 7, 10), date(2025, 7, 31), 2)]
    last = date(2025, 7, 15)
    consent = date(2025, 1, 6)
    assert next_due_with_plans(last, consent, 7, heat) == date(2025, 7, 17)
    assert next_due_with_plans(last, consent, 3, heat) == date(2025, 7, 17)
    assert next_due_with_plans(last, consent, 1, heat) == date(2025, 7, 16)
    # Near the end of the plan the usual frequency takes over again.
    assert next_due_with_plans(date(2025, 7, 30), consent, 7, heat) == date(2025, 8, 6)
    assert next_due_with_plans(date(2025, 7, 29), consent, 7, heat) == date(2025, 7, 31)


@pytest.mark.parametrize(("outcomes", "priority", "due", "expected"), [
    (["not_reached", "not_reached"], "normal", None, EscalationReason.NOT_REACHED_TWICE),
    (["not_reached", "not_reached"], "high", date(2025, 1, 1), EscalationReason.NOT_REACHED_TWICE),
    (["not_reached", "known_absence"], "high", date(2025, 3, 9), EscalationReason.OVERDUE_HIGH_PRIORITY),
    (["not_reached"], "high", date(2025, 3, 10), None),  # due today is not overdue
    (["not_reached"], "normal", date(2025, 3, 1), None),  # late, but not an escalation
    ([], "high", None, None),
])
def test_escalation(outcomes, priority, due, expected):
    assert escalation(outcomes, priority, due, date(2025, 3, 10)) is expected


# Properties -------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(today=DAYS, consent_back=st.integers(0, 400), frequency=FREQUENCY, data=st.data())
def test_an_up_to_date_person_is_never_due_in_the_past(today, consent_back, frequency, data):
    """Checked today: the next check is after today, and no later than the frequency
    allows, nor than any plan running then allows."""
    consent = today - timedelta(days=consent_back)
    found = data.draw(plans(around=today))
    due = next_due_with_plans(today, consent, frequency, found)
    assert today < due <= today + timedelta(days=frequency)
    for plan in found:
        planned = today + timedelta(days=plan[2])
        if plan_active(plan, planned):
            assert due <= planned  # a plan running that day asks for a check by then
    if due < today + timedelta(days=frequency):
        # Brought forward: only ever onto a day some plan covers.
        assert any(plan_active(plan, due) for plan in found)


@settings(max_examples=300, deadline=None)
@given(last=st.one_of(st.none(), DAYS), consent=DAYS, frequency=FREQUENCY, data=st.data())
def test_plans_shorten_and_never_lengthen(last, consent, frequency, data):
    if last is not None and last < consent:
        last, consent = consent, last
    found = data.draw(plans(around=last or consent))
    plain = next_due(last, consent, frequency, None)
    due = next_due_with_plans(last, consent, frequency, found)
    assert due <= plain
    assert due > (last or consent)
    # Adding a plan never makes the date later.
    extra = data.draw(plans(around=last or consent))
    assert next_due_with_plans(last, consent, frequency, found + extra) <= due


@settings(max_examples=150, deadline=None)
@given(consent=DAYS, frequency=FREQUENCY, horizon=st.integers(1, 200), data=st.data())
def test_a_person_checked_on_every_due_date_is_never_overdue(consent, frequency, horizon, data):
    """Simulating the register day by day: checks done on their due date keep the
    person on time every day, each interval within the frequency (or the plan's)."""
    found = data.draw(plans(around=consent + timedelta(days=horizon // 2)))
    last = None
    due = next_due_with_plans(None, consent, frequency, found)
    day = consent
    while day <= consent + timedelta(days=horizon):
        assert not is_overdue(due, day)
        if day == due:
            previous = last or consent
            last = day
            due = next_due_with_plans(last, consent, frequency, found)
            assert last < due <= last + timedelta(days=frequency)
            assert due - last >= timedelta(days=1) and previous < last
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(st.lists(OUTCOMES, max_size=8))
def test_escalation_is_exactly_two_not_reached_in_a_row(outcomes):
    expected = outcomes[-2:] == ["not_reached", "not_reached"]
    assert needs_escalation(outcomes) is expected
    assert (escalation(outcomes, "normal", None, date(2025, 1, 1))
            is (EscalationReason.NOT_REACHED_TWICE if expected else None))


# Through the service: the person's time zone ------------------------------------------------

@pytest.fixture
def paris():
    """The process in Paris time, as a caretaker's PC is."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    systime.tzset()
    yield PARIS
    if old is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = old
    systime.tzset()


def test_service_schedules_by_the_local_day_on_daylight_saving_nights(paris, workspace,
                                                                      landlord_site):
    from sqlalchemy import update

    from app.models import Dwelling, WelfareCheck
    from app.services.places import new_household
    from app.services.welfare import WelfareService

    org, _site, _building, entrance = landlord_site
    with workspace.session() as s, s.begin():
        d = Dwelling(entrance_id=entrance, reference="VS01-A1-0101", floor=1, door="11",
                     org_id=org)
        s.add(d)
        s.flush()
        new_household(s, d, "Petit", "Jeanne", "", None, None)
    service = WelfareService(workspace)
    entry = service.register_person(d.id, "Petit", "Jeanne", "", "90_plus", True,
                                    date(2025, 3, 1), "written", "", 1, "high")
    with workspace.session() as s, s.begin():
        s.execute(update(WelfareCheck).values(due_on=date(2025, 3, 30)))
    # 00:30 on the night the clocks go forward is still 29 March in UTC.
    done = datetime.combine(date(2025, 3, 30), time(0, 30), paris)
    assert done.astimezone(UTC).date() == date(2025, 3, 29)
    service.record_check(entry, date(2025, 3, 30), done, "call", "reached_fine")
    assert service.next_check_due(entry) == date(2025, 3, 31)
    # 02:30 the second time on the night the clocks go back: still 26 October.
    service.schedule_check(entry, date(2025, 10, 26))
    service.record_check(entry, date(2025, 3, 31), datetime(2025, 3, 31, 9, tzinfo=paris),
                         "call", "reached_fine")
    done = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET, after the change
    service.record_check(entry, date(2025, 10, 26), done, "visit", "reached_fine")
    assert service.next_check_due(entry) == date(2025, 10, 27)
