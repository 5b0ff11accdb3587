"""The welfare register: due-date and escalation rules, then the service on a real workspace."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from app.domain.welfare_rules import needs_escalation, next_due, next_due_with_plans
from app.models import Dwelling, Person, WelfareCheck, WelfareEntry
from app.services.errors import ValidationError
from app.services.places import new_household
from app.services.welfare import WelfareService

CONSENT = date(2025, 6, 2)


def at(d: date, hour: int = 10) -> datetime:
    return datetime.combine(d, time(hour)).astimezone()


# Pure rules -------------------------------------------------------------------------------

def test_next_due_counts_from_the_last_check_or_the_inscription():
    assert next_due(None, CONSENT, 7, None) == CONSENT + timedelta(days=7)
    assert next_due(date(2025, 6, 10), CONSENT, 7, None) == date(2025, 6, 17)


def test_an_alert_plan_shortens_the_interval_but_never_lengthens_it():
    assert next_due(date(2025, 6, 10), CONSENT, 7, 2) == date(2025, 6, 12)
    assert next_due(date(2025, 6, 10), CONSENT, 1, 2) == date(2025, 6, 11)


def test_a_plan_pulls_the_check_forward_only_while_it_runs():
    last = date(2025, 7, 10)
    heatwave = (date(2025, 7, 14), date(2025, 7, 25), 1)
    # Starts before the usual date: the check comes on its first day, not earlier.
    assert next_due_with_plans(last, CONSENT, 7, [heatwave]) == date(2025, 7, 14)
    # Already over, or not started before the usual date: no effect.
    assert next_due_with_plans(date(2025, 8, 1), CONSENT, 7, [heatwave]) == date(2025, 8, 8)
    assert next_due_with_plans(date(2025, 7, 1), CONSENT, 7, [heatwave]) == date(2025, 7, 8)
    assert next_due_with_plans(last, CONSENT, 7, []) == date(2025, 7, 17)


@pytest.mark.parametrize(("outcomes", "expected"), [
    ([], False),
    (["not_reached"], False),
    (["not_reached", "not_reached"], True),
    (["reached_fine", "not_reached", "not_reached"], True),
    (["not_reached", "not_reached", "reached_fine"], False),
    (["not_reached", "known_absence", "not_reached"], False),
])
def test_two_not_reached_in_a_row_escalate(outcomes, expected):
    assert needs_escalation(outcomes) is expected


# Service ----------------------------------------------------------------------------------

@pytest.fixture
def dwelling(workspace, landlord_site):
    """A dwelling whose household head is Jeanne Petit: (org_id, dwelling_id)."""
    org, _site, _building, entrance = landlord_site
    with workspace.session() as s, s.begin():
        d = Dwelling(entrance_id=entrance, reference="VS01-A1-0301", floor=3, door="31",
                     org_id=org)
        s.add(d)
        s.flush()
        new_household(s, d, "Petit", "Jeanne", "01 99 00 12 34", None, None)
        return org, d.id


def register(workspace, dwelling_id, **changes) -> str:
    values = dict(dwelling_id=dwelling_id, last_name="Petit", first_name="Jeanne",
                  phone="", age_band="80_89", lives_alone=True, consent_on=CONSENT,
                  consent_method="written", consent_given_by="La personne elle-même",
                  frequency_days=7, priority="normal")
    values.update(changes)
    return WelfareService(workspace).register_person(**values)


def pending(workspace, entry_id) -> list[date]:
    with workspace.session() as s:
        return list(s.scalars(select(WelfareCheck.due_on).where(
            WelfareCheck.entry_id == entry_id, WelfareCheck.done_at.is_(None),
            WelfareCheck.deleted_at.is_(None))))


def test_register_reuses_the_person_and_schedules_the_first_check(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id)
    with workspace.session() as s:
        people = s.scalars(select(Person)).all()
        entry = s.get(WelfareEntry, entry_id)
        assert len(people) == 1 and entry.person_id == people[0].id
        assert people[0].age_band == "80_89"
        assert people[0].phone == "01 99 00 12 34"
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=7)]
    assert WelfareService(workspace).next_check_due(entry_id) == CONSENT + timedelta(days=7)
    with pytest.raises(ValidationError) as err:
        register(workspace, dwelling_id, first_name="jeanne")
    assert "Jeanne Petit" in err.value.errors["last_name"]


def test_register_refuses_bad_input(workspace, dwelling):
    _org, dwelling_id = dwelling
    with pytest.raises(ValidationError) as err:
        register(workspace, dwelling_id, last_name=" ", age_band="60s", frequency_days=0,
                 consent_method="third_party", consent_given_by="", priority="urgent",
                 consent_on=date.today() + timedelta(days=3))
    assert set(err.value.errors) == {"last_name", "age_band", "frequency_days",
                                     "consent_given_by", "priority", "consent_on"}
    assert err.value.errors["frequency_days"] == "Indiquez un nombre de jours entre 1 et 90."
    with workspace.session() as s:
        assert s.scalars(select(WelfareEntry)).all() == []


def test_a_new_person_joins_the_household(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id, first_name="Marcel", lives_alone=False)
    with workspace.session() as s:
        names = sorted(p.first_name for p in s.scalars(select(Person)))
        household_ids = {p.household_id for p in s.scalars(select(Person))}
        assert names == ["Jeanne", "Marcel"] and len(household_ids) == 1
        assert s.get(WelfareEntry, entry_id).lives_alone is False


def test_recording_a_check_completes_it_and_schedules_the_next(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id)
    service = WelfareService(workspace)
    first = CONSENT + timedelta(days=7)
    service.record_check(entry_id, first, at(first + timedelta(days=1)), "call",
                         "reached_needs", "ccas", "CCAS", "Demande d'aide pour les courses.")
    assert pending(workspace, entry_id) == [first + timedelta(days=8)]
    with workspace.session() as s:
        done = s.scalars(select(WelfareCheck).where(WelfareCheck.done_at.is_not(None))).one()
        assert (done.due_on, done.outcome, done.follow_up) == (first, "reached_needs", "ccas")


def test_record_check_refuses_bad_codes_and_future_checks(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id)
    with pytest.raises(ValidationError) as err:
        WelfareService(workspace).record_check(
            entry_id, CONSENT, at(date.today() + timedelta(days=2)), "pigeon", "fine", "pray")
    assert set(err.value.errors) == {"done_at", "method", "outcome", "follow_up"}


def test_an_alert_plan_brings_pending_checks_forward(workspace, dwelling):
    org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id, frequency_days=14)
    service = WelfareService(workspace)
    service.add_alert_plan(org, "heatwave", CONSENT + timedelta(days=3),
                           CONSENT + timedelta(days=20), 2)
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=3)]
    # While the plan runs, the next check comes two days after the last one.
    done = CONSENT + timedelta(days=3)
    service.record_check(entry_id, done, at(done), "visit", "reached_fine")
    assert pending(workspace, entry_id) == [done + timedelta(days=2)]


def test_alert_plan_checks_its_fields(workspace, dwelling):
    org, _dwelling_id = dwelling
    with pytest.raises(ValidationError) as err:
        WelfareService(workspace).add_alert_plan(org, "flood", CONSENT,
                                                 CONSENT - timedelta(days=1), 45)
    assert set(err.value.errors) == {"kind", "ends_on", "max_interval_days"}


def test_leaving_the_register_drops_pending_checks_and_stops_new_ones(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id)
    service = WelfareService(workspace)
    service.add_contact(entry_id, "family", "Martine Petit (fille)", "06 39 98 11 22")
    with pytest.raises(ValidationError):
        service.leave_register(entry_id, CONSENT - timedelta(days=1))
    service.leave_register(entry_id, CONSENT + timedelta(days=30))
    assert pending(workspace, entry_id) == []
    assert service.next_check_due(entry_id) is None
    with pytest.raises(ValidationError) as err:
        service.schedule_check(entry_id, CONSENT + timedelta(days=40))
    assert err.value.errors["entry_id"] == "Cette personne a quitté le registre le 02/07/2025."
    # Leaving is not forgetting who joined: the entry stays, inactive.
    with workspace.session() as s:
        entry = s.get(WelfareEntry, entry_id)
        assert (entry.active, entry.left_on) == (False, CONSENT + timedelta(days=30))


def test_schedule_check_adds_a_pending_check(workspace, dwelling):
    _org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id)
    WelfareService(workspace).schedule_check(entry_id, CONSENT + timedelta(days=2))
    assert sorted(pending(workspace, entry_id)) == [CONSENT + timedelta(days=2),
                                                    CONSENT + timedelta(days=7)]
    assert WelfareService(workspace).next_check_due(entry_id) == CONSENT + timedelta(days=2)


# Follow-ups: schedule changes, plans ending, the register list, retention ---------------

def test_changing_the_frequency_during_a_plan_moves_the_pending_check(workspace, dwelling):
    org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id, frequency_days=14)
    service = WelfareService(workspace)
    assert service.change_schedule(entry_id, 3, "high") == CONSENT + timedelta(days=3)
    plan = service.add_alert_plan(org, "heatwave", CONSENT + timedelta(days=1),
                                  CONSENT + timedelta(days=30), 2)
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=2)]
    # Less often while the heatwave runs: the plan still wins.
    assert service.change_schedule(entry_id, 7, "normal") == CONSENT + timedelta(days=2)
    with pytest.raises(ValidationError) as err:
        service.change_schedule(entry_id, 91, "urgent")
    assert set(err.value.errors) == {"frequency_days", "priority"}
    # The plan ends before its check: back to the weekly visit.
    service.end_alert_plan(plan, CONSENT + timedelta(days=1))
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=7)]
    assert [(p.kind, p.ends_on) for p in service.alert_plans()] == [
        ("heatwave", CONSENT + timedelta(days=1))]
    with pytest.raises(ValidationError):
        service.end_alert_plan(plan, CONSENT - timedelta(days=5))


def test_the_register_lists_pages_and_details(workspace, dwelling):
    from app.services.welfare import EntryFilter

    _org, dwelling_id = dwelling
    service = WelfareService(workspace)
    first = register(workspace, dwelling_id, priority="high")
    second = register(workspace, dwelling_id, first_name="Marcel", frequency_days=2)
    service.add_contact(first, "family", "Martine Petit (fille)", "06 39 98 11 22")
    today = CONSENT + timedelta(days=5)
    rows = service.page(EntryFilter(), limit=1, today=today)
    rows += service.page(EntryFilter(), limit=1, after=service.page_key(rows[0]), today=today)
    assert [r.id for r in rows] == [first, second]  # PETIT Jeanne, PETIT Marcel
    assert rows[1].open_alert is False and rows[1].next_due_on == CONSENT + timedelta(days=2)
    assert service.count(EntryFilter(overdue_on=today), today=today) == 1
    assert service.count(EntryFilter(text="marc"), today=today) == 1
    assert service.count(EntryFilter(priority="high"), today=today) == 1
    by_due = service.page(EntryFilter(), sort="next_due_on", today=today)
    assert [r.id for r in by_due] == [second, first]
    detail = service.get(first, today=CONSENT + timedelta(days=9))
    assert (detail.full_name, detail.floor, detail.door) == ("PETIT Jeanne", 3, "31")
    assert [c.name for c in detail.contacts] == ["Martine Petit (fille)"]
    assert detail.open_alert.reason == "overdue_high_priority"  # due on day 7, high priority
    assert detail.interval_days == 7 and detail.kept_until is None
    choices = service.dwelling_choices(detail_entrance(workspace, dwelling_id))
    assert [(floor, door, name) for _id, floor, door, name in choices] == [(3, "31", "PETIT Jeanne")]
    assert service.household_head(dwelling_id) == ("Petit", "Jeanne", "01 99 00 12 34")


def detail_entrance(workspace, dwelling_id) -> str:
    with workspace.session() as s:
        return s.get(Dwelling, dwelling_id).entrance_id


def test_leaving_is_one_action_and_retention_erases_later(workspace, dwelling):
    from app.models import WelfareAlert, WelfareContact
    from app.services.rules import RulesService

    org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id, consent_given_by="Fille : Martine Petit",
                        consent_method="third_party", frequency_days=2)
    service = WelfareService(workspace)
    service.add_contact(entry_id, "family", "Martine Petit", "06 39 98 11 22")
    for n in (2, 4):
        service.record_check(entry_id, CONSENT + timedelta(days=n),
                             at(CONSENT + timedelta(days=n)), "call", "not_reached",
                             notes="Pas de réponse à l'interphone.")
    left = CONSENT + timedelta(days=10)
    service.leave_register(entry_id, left)
    detail = service.get(entry_id)
    assert detail.open_alert is None and detail.alerts[0].action == "other"
    assert detail.kept_until == left + timedelta(days=30)
    assert service.apply_retention(today=left + timedelta(days=30)) == 0
    RulesService(workspace).set_rules(org, {"retention.welfare": 5})
    assert service.apply_retention(today=left + timedelta(days=6)) == 1
    with workspace.session() as s:
        entry = s.get(WelfareEntry, entry_id)
        assert entry.deleted_at is not None and entry.consent_given_by == ""
        contacts = s.scalars(select(WelfareContact)).all()
        assert [(c.name, c.phone) for c in contacts] == [("–", "")]
        assert all(c.deleted_at for c in contacts)
        notes = s.scalars(select(WelfareCheck.notes)).all()
        assert set(notes) == {""}
        assert all(a.deleted_at for a in s.scalars(select(WelfareAlert)))
        person = s.get(Person, entry.person_id)
        assert person.last_name == "Petit" and person.age_band is None  # still a tenant
    assert service.apply_retention(today=left + timedelta(days=60)) == 0
    with pytest.raises(Exception, match="introuvable"):
        service.get(entry_id)


def test_a_plan_only_brings_checks_forward(workspace, dwelling):
    org, dwelling_id = dwelling
    entry_id = register(workspace, dwelling_id, frequency_days=7)
    service = WelfareService(workspace)
    # A visit planned after the usual date (day 7): the person is away that week.
    with workspace.session() as s, s.begin():
        s.execute(update(WelfareCheck).where(WelfareCheck.entry_id == entry_id)
                  .values(due_on=CONSENT + timedelta(days=12)))
    # A plan that brings nothing forward must not pull the visit back to day 7.
    service.add_alert_plan(org, "cold", CONSENT + timedelta(days=8),
                           CONSENT + timedelta(days=9), 2)
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=12)]
    # One running from day 3 does bring it forward, to its first day.
    service.add_alert_plan(org, "heatwave", CONSENT + timedelta(days=3),
                           CONSENT + timedelta(days=10), 2)
    assert pending(workspace, entry_id) == [CONSENT + timedelta(days=3)]
