"""The welfare register of isolated elderly tenants: inscription, contacts, checks, alert plans.

No health data is asked for or stored: identity, age band, phone, contacts, home-care
service, consent, frequency and priority. Each entry keeps one pending check (due, not
done); recording a check schedules the next one with app.domain.welfare_rules.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AgeBand,
    AlertKind,
    AuditAction,
    CheckMethod,
    CheckOutcome,
    ConsentMethod,
    ContactKind,
    FollowUp,
    Priority,
)
from app.domain.text import fold
from app.domain.welfare_rules import next_due_with_plans
from app.models import (
    AlertPlan,
    Dwelling,
    Household,
    Organisation,
    Person,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
    utcnow,
)
from app.services.base import ServiceBase
from app.services.dates import check_day, day
from app.services.errors import Errors, NotFound
from app.services.signalements import CLOCK_TOLERANCE

FREQUENCY_DAYS = (1, 90)
PLAN_INTERVAL_DAYS = (1, 30)

Plan = tuple[date, date | None, int]


class WelfareService(ServiceBase):
    def register_person(self, dwelling_id: str, last_name: str, first_name: str, phone: str,
                        age_band: str, lives_alone: bool, consent_on: date,
                        consent_method: str, consent_given_by: str, frequency_days: int,
                        priority: str, home_care: str = "") -> str:
        """Put a person on the register, with their consent, and schedule the first check."""
        errors = Errors()
        if not last_name.strip():
            errors.add("last_name", "required")
        if age_band not in AgeBand.codes():
            errors.add("age_band", "unknown_code", value=age_band)
        check_day(errors, "consent_on", consent_on)
        if consent_method not in ConsentMethod.codes():
            errors.add("consent_method", "unknown_code", value=consent_method)
        elif consent_method == ConsentMethod.THIRD_PARTY and not consent_given_by.strip():
            errors.add("consent_given_by", "consent_given_by_needed")
        _check_days(errors, "frequency_days", frequency_days, FREQUENCY_DAYS)
        if priority not in Priority.codes():
            errors.add("priority", "unknown_code", value=priority)
        errors.raise_if_any()
        with self.write() as s:
            dwelling = s.get(Dwelling, dwelling_id)
            if dwelling is None or dwelling.deleted_at is not None:
                raise NotFound(dwelling_id)
            person = self._person(s, dwelling, last_name.strip(), first_name.strip(),
                                  phone.strip(), age_band)
            if s.scalar(select(WelfareEntry.id).where(
                    WelfareEntry.person_id == person.id, WelfareEntry.active,
                    WelfareEntry.deleted_at.is_(None))):
                errors.add("last_name", "duplicate_value", value=person.full_name)
                errors.raise_if_any()
            user = self.actor.user_id
            entry = WelfareEntry(
                person_id=person.id, dwelling_id=dwelling.id, age_band=age_band,
                lives_alone=bool(lives_alone), consent_on=consent_on,
                consent_method=consent_method, consent_given_by=consent_given_by.strip(),
                home_care=home_care.strip(), frequency_days=frequency_days, priority=priority,
                org_id=dwelling.org_id, created_by=user, updated_by=user)
            s.add(entry)
            s.flush()
            self._schedule(s, entry, next_due_with_plans(
                None, consent_on, frequency_days, _plans(s)))
            self.audit(s, AuditAction.CREATE, "welfare_entry", entry.id, "",
                       org_id=entry.org_id)
            return entry.id

    def add_contact(self, entry_id: str, kind: str, name: str, phone: str) -> str:
        errors = Errors()
        if kind not in ContactKind.codes():
            errors.add("kind", "unknown_code", value=kind)
        if not name.strip():
            errors.add("name", "required")
        errors.raise_if_any()
        with self.write() as s:
            entry = self._active(s, entry_id)
            user = self.actor.user_id
            contact = WelfareContact(entry_id=entry.id, kind=kind, name=name.strip(),
                                     phone=phone.strip(), org_id=entry.org_id, created_by=user,
                                     updated_by=user)
            s.add(contact)
            s.flush()
            self.audit(s, AuditAction.CREATE, "welfare_contact", contact.id, kind,
                       org_id=entry.org_id)
            return contact.id

    def record_check(self, entry_id: str, due_on: date, done_at: datetime, method: str,
                     outcome: str, follow_up: str | None = None, follow_up_to: str = "",
                     notes: str = "") -> str:
        """Record a check carried out; the check due that day is completed, or one is added.

        Once no check is pending any more, the next one is scheduled.
        """
        errors = Errors()
        if due_on is None:
            errors.add("due_on", "required")
        if done_at is None:
            errors.add("done_at", "required")
        elif done_at.tzinfo is None:
            raise ValueError("naive datetime refused: give a timezone")
        elif done_at > utcnow() + CLOCK_TOLERANCE:
            errors.add("done_at", "in_future")
        if method not in CheckMethod.codes():
            errors.add("method", "unknown_code", value=method)
        if outcome not in CheckOutcome.codes():
            errors.add("outcome", "unknown_code", value=outcome)
        if follow_up is not None and follow_up not in FollowUp.codes():
            errors.add("follow_up", "unknown_code", value=follow_up)
        errors.raise_if_any()
        with self.write() as s:
            entry = self._active(s, entry_id)
            user = self.actor.user_id
            check = s.scalars(select(WelfareCheck).where(
                WelfareCheck.entry_id == entry.id, WelfareCheck.due_on == due_on,
                WelfareCheck.done_at.is_(None), WelfareCheck.deleted_at.is_(None))).first()
            if check is None:
                check = WelfareCheck(entry_id=entry.id, due_on=due_on, org_id=entry.org_id,
                                     created_by=user)
                s.add(check)
            check.done_at = done_at
            check.done_by = user
            check.method = method
            check.outcome = outcome
            check.follow_up = follow_up
            check.follow_up_to = follow_up_to.strip()
            check.notes = notes.strip()
            check.updated_by = user
            s.flush()
            if _pending(s, entry.id) is None:
                self._schedule(s, entry, next_due_with_plans(
                    _last_done(s, entry.id), entry.consent_on, entry.frequency_days,
                    _plans(s)))
            self.audit(s, AuditAction.CREATE, "welfare_check", check.id, outcome,
                       org_id=entry.org_id)
            return check.id

    def schedule_check(self, entry_id: str, due_on: date) -> str:
        errors = Errors()
        if due_on is None:
            errors.add("due_on", "required")
        errors.raise_if_any()
        with self.write() as s:
            return self._schedule(s, self._active(s, entry_id), due_on).id

    def leave_register(self, entry_id: str, left_on: date) -> None:
        """The person leaves the register (their choice, a move...): pending checks go too."""
        errors = Errors()
        check_day(errors, "left_on", left_on)
        errors.raise_if_any()
        with self.write() as s:
            entry = self._active(s, entry_id)
            if left_on < entry.consent_on:
                errors.add("left_on", "left_before_consent", date=day(entry.consent_on))
                errors.raise_if_any()
            entry.active = False
            entry.left_on = left_on
            entry.updated_by = self.actor.user_id
            now = utcnow()
            for check in s.scalars(select(WelfareCheck).where(
                    WelfareCheck.entry_id == entry.id, WelfareCheck.done_at.is_(None),
                    WelfareCheck.deleted_at.is_(None))):
                check.deleted_at = now
                check.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "welfare_entry", entry.id, "left",
                       org_id=entry.org_id)

    def add_alert_plan(self, org_id: str, kind: str, starts_on: date, ends_on: date | None,
                       max_interval_days: int) -> str:
        """Declare a heatwave, cold or lockdown plan for the whole register.

        Every pending check that would come later than the plan allows is brought forward.
        """
        errors = Errors()
        if kind not in AlertKind.codes():
            errors.add("kind", "unknown_code", value=kind)
        if starts_on is None:
            errors.add("starts_on", "required")
        elif ends_on is not None and ends_on < starts_on:
            errors.add("ends_on", "plan_end_before_start")
        _check_days(errors, "max_interval_days", max_interval_days, PLAN_INTERVAL_DAYS)
        errors.raise_if_any()
        with self.write() as s:
            if s.get(Organisation, org_id) is None:
                raise NotFound(org_id)
            user = self.actor.user_id
            plan = AlertPlan(kind=kind, starts_on=starts_on, ends_on=ends_on,
                             max_interval_days=max_interval_days, org_id=org_id,
                             created_by=user, updated_by=user)
            s.add(plan)
            entries = s.scalars(select(WelfareEntry).where(
                WelfareEntry.active, WelfareEntry.deleted_at.is_(None)))
            for entry in entries:
                pending = _pending(s, entry.id)
                if pending is None:
                    continue
                planned = next_due_with_plans(
                    _last_done(s, entry.id), entry.consent_on, entry.frequency_days,
                    [(starts_on, ends_on, max_interval_days)])
                if planned < pending.due_on:
                    pending.due_on = planned
                    pending.updated_by = user
            s.flush()
            self.audit(s, AuditAction.CREATE, "alert_plan", plan.id, kind, org_id=org_id)
            return plan.id

    # Reading -----------------------------------------------------------------------

    def next_check_due(self, entry_id: str) -> date | None:
        """When the pending check of an entry is due; None once it has left the register."""
        with self.read() as s:
            pending = _pending(s, entry_id)
            return pending.due_on if pending else None

    # Helpers -----------------------------------------------------------------------

    def _person(self, s: Session, dwelling: Dwelling, last_name: str, first_name: str,
                phone: str, age_band: str) -> Person:
        """The person among the dwelling's household, or a new one: no duplicate identities."""
        household = s.scalars(select(Household).where(
            Household.dwelling_id == dwelling.id, Household.deleted_at.is_(None)
        ).order_by(Household.move_in_date.desc().nulls_last())).first()
        if household is not None:
            key = (fold(last_name), fold(first_name))
            for person in household.persons:
                if person.deleted_at is None and (fold(person.last_name),
                                                  fold(person.first_name)) == key:
                    person.phone = person.phone or phone
                    person.age_band = age_band
                    person.updated_by = self.actor.user_id
                    return person
        user = self.actor.user_id
        person = Person(household_id=household.id if household else None, last_name=last_name,
                        first_name=first_name, phone=phone, age_band=age_band,
                        org_id=dwelling.org_id, created_by=user, updated_by=user)
        s.add(person)
        s.flush()
        return person

    def _schedule(self, s: Session, entry: WelfareEntry, due_on: date) -> WelfareCheck:
        user = self.actor.user_id
        check = WelfareCheck(entry_id=entry.id, due_on=due_on, org_id=entry.org_id,
                             created_by=user, updated_by=user)
        s.add(check)
        s.flush()
        return check

    @staticmethod
    def _active(s: Session, entry_id: str) -> WelfareEntry:
        entry = s.get(WelfareEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFound(entry_id)
        if not entry.active:
            errors = Errors()
            errors.add("entry_id", "entry_left", date=day(entry.left_on))
            errors.raise_if_any()
        return entry


def _check_days(errors: Errors, field: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not isinstance(value, int) or not low <= value <= high:
        errors.add(field, "days_range", low=low, high=high)


def _plans(s: Session) -> list[Plan]:
    # A plan covers everyone on the register, whichever organisation declared it.
    return [tuple(row) for row in s.execute(
        select(AlertPlan.starts_on, AlertPlan.ends_on, AlertPlan.max_interval_days)
        .where(AlertPlan.deleted_at.is_(None)))]


def _pending(s: Session, entry_id: str) -> WelfareCheck | None:
    return s.scalars(select(WelfareCheck).where(
        WelfareCheck.entry_id == entry_id, WelfareCheck.done_at.is_(None),
        WelfareCheck.deleted_at.is_(None)).order_by(WelfareCheck.due_on)).first()


def _last_done(s: Session, entry_id: str) -> date | None:
    done = s.scalar(select(func.max(WelfareCheck.done_at)).where(
        WelfareCheck.entry_id == entry_id, WelfareCheck.deleted_at.is_(None)))
    # The day a person lives in, not the UTC day.
    return done.astimezone().date() if done else None
