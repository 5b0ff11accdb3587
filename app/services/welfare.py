"""The welfare register of isolated elderly tenants: inscription, contacts, checks, alerts,
alert plans, leaving the register and the retention of what it held.

No health data is asked for or stored: identity, age band, phone, contacts, home-care
service, consent, frequency and priority. Each entry keeps one pending check (due, not
done); recording a check schedules the next one with app.domain.welfare_rules.

An escalation (two 'not reached' in a row) is raised as a WelfareAlert by the check that
causes it; it stays open until someone acts on it, or until a check reaches the person.
A high-priority person whose check is overdue is an alert too: that one needs no record
to be raised (the Today screen sees the overdue check), only to be acted on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain.codes import (
    AgeBand,
    AlertAction,
    AlertKind,
    AuditAction,
    CheckMethod,
    CheckOutcome,
    ConsentMethod,
    ContactKind,
    EscalationReason,
    FollowUp,
    LandlordRule,
    Priority,
)
from app.domain.policy import Action, Kind
from app.domain.text import fold
from app.domain.welfare_rules import (
    interval_in_force,
    local_day,
    needs_escalation,
    next_due,
    next_due_with_plans,
    retention_ends,
)
from app.models import (
    AlertPlan,
    Building,
    Dwelling,
    Entrance,
    Household,
    Organisation,
    Person,
    Site,
    User,
    WelfareAlert,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
    utcnow,
)
from app.services.base import ServiceBase, scope_conditions
from app.services.dates import check_day, day
from app.services.errors import Errors, NotFound
from app.services.review import flag_sensitive
from app.services.rules import DEFAULTS, stored_rules
from app.services.signalements import CLOCK_TOLERANCE
from app.store.timestamps import local_day_start

FREQUENCY_DAYS = (1, 90)
PLAN_INTERVAL_DAYS = (1, 30)
NOT_REACHED = CheckOutcome.NOT_REACHED.value
FAR_FUTURE = date(9999, 12, 31)

Plan = tuple[date, date | None, int]


@dataclass(frozen=True)
class EntryFilter:
    site_id: str | None = None
    site_ids: tuple[str, ...] | None = None  # the user's sites; None: every site
    active: bool | None = True
    priority: str | None = None
    overdue_on: date | None = None  # only those whose pending check is before this day
    text: str = ""


@dataclass(frozen=True)
class EntryRow:
    """One line of the register."""

    id: str
    last_name: str
    first_name: str
    site_code: str
    building: str
    entrance: str
    floor: int
    door: str
    age_band: str
    priority: str
    frequency_days: int
    active: bool
    left_on: date | None
    next_due_on: date | None
    last_outcome: str | None
    open_alert: bool
    sort_name: str  # the list's sort key for names (keyset paging)

    @property
    def name(self) -> str:
        # Upper case in Python: SQLite's upper() leaves accented letters alone.
        return f"{self.last_name.upper()} {self.first_name}".strip()


@dataclass(frozen=True)
class ContactInfo:
    id: str
    kind: str
    name: str
    phone: str


@dataclass(frozen=True)
class CheckInfo:
    id: str
    due_on: date
    done_at: datetime | None
    done_by: str
    method: str | None
    outcome: str | None
    follow_up: str | None
    follow_up_to: str
    notes: str


@dataclass(frozen=True)
class AlertInfo:
    id: str | None  # None: a high-priority overdue check nobody has acted on (no record yet)
    reason: str
    raised_at: datetime | None
    acted_at: datetime | None = None
    acted_by: str = ""
    action: str | None = None
    note: str = ""


@dataclass(frozen=True)
class PlanInfo:
    id: str
    kind: str
    starts_on: date
    ends_on: date | None
    max_interval_days: int


@dataclass
class EntryDetail:
    id: str
    version: int
    person_id: str
    last_name: str
    first_name: str
    phone: str
    dwelling_id: str
    site_code: str
    building: str
    entrance: str
    floor: int
    door: str
    site_id: str
    landlord_id: str
    age_band: str
    lives_alone: bool
    consent_on: date
    consent_method: str
    consent_given_by: str
    home_care: str
    frequency_days: int
    priority: str
    active: bool
    left_on: date | None
    kept_until: date | None
    next_due_on: date | None
    pending_check_id: str | None
    interval_days: int
    open_alert: AlertInfo | None
    contacts: list[ContactInfo] = field(default_factory=list)
    checks: list[CheckInfo] = field(default_factory=list)
    alerts: list[AlertInfo] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


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
            self._authorise_entry(s, Action.CREATE, dwelling.org_id, dwelling.id)
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
            flag_sensitive(s, self, "welfare_entry", entry.id, entry.org_id, home_care=home_care)
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

    def change_schedule(self, entry_id: str, frequency_days: int, priority: str) -> date | None:
        """New frequency or priority; the pending check moves to what the new one gives.

        Returns the new due date.
        """
        errors = Errors()
        _check_days(errors, "frequency_days", frequency_days, FREQUENCY_DAYS)
        if priority not in Priority.codes():
            errors.add("priority", "unknown_code", value=priority)
        errors.raise_if_any()
        with self.write() as s:
            entry = self._active(s, entry_id)
            entry.frequency_days = frequency_days
            entry.priority = priority
            entry.updated_by = self.actor.user_id
            due = self._reschedule(s, entry, _plans(s))
            s.flush()
            self.audit(s, AuditAction.UPDATE, "welfare_entry", entry.id,
                       f"every {frequency_days} d, {priority}", org_id=entry.org_id)
            return due

    def record_check(self, entry_id: str, due_on: date, done_at: datetime, method: str,
                     outcome: str, follow_up: str | None = None, follow_up_to: str = "",
                     notes: str = "") -> str:
        """Record a check carried out; the check due that day is completed, or one is added.

        Once no check is pending any more, the next one is scheduled. A second 'not
        reached' in a row raises an alert; reaching the person (or learning they are
        away) acts on the open one.
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
            flag_sensitive(s, self, "welfare_entry", entry.id, entry.org_id,
                           check_notes=notes, follow_up_to=follow_up_to)
            s.flush()
            if _pending(s, entry.id) is None:
                self._schedule(s, entry, next_due_with_plans(
                    _last_done(s, entry.id), entry.consent_on, entry.frequency_days,
                    _plans(s)))
            self._update_alerts(s, entry, check)
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

    def act_on_alert(self, entry_id: str, action: str, note: str = "",
                     today: date | None = None) -> str:
        """Someone acted on the person's open alert: it leaves the top of the Today screen."""
        today = today or date.today()
        errors = Errors()
        if action not in AlertAction.codes() or action == AlertAction.CHECK:
            errors.add("action", "unknown_code", value=action)
        errors.raise_if_any()
        with self.write() as s:
            entry = self._active(s, entry_id)
            now, user = utcnow(), self.actor.user_id
            alert = _open_alert(s, entry.id)
            if alert is None:
                pending = _pending(s, entry.id)
                if not (entry.priority == Priority.HIGH and pending is not None
                        and pending.due_on < today and not _acted_on_check(s, pending.id)):
                    errors.add("action", "no_open_alert")
                    errors.raise_if_any()
                alert = WelfareAlert(
                    entry_id=entry.id, check_id=pending.id,
                    reason=EscalationReason.OVERDUE_HIGH_PRIORITY.value,
                    raised_at=local_day_start(pending.due_on + timedelta(days=1)),
                    org_id=entry.org_id, created_by=user)
                s.add(alert)
            alert.acted_at = now
            alert.acted_by = user
            alert.action = action
            alert.note = note.strip()
            alert.updated_by = user
            flag_sensitive(s, self, "welfare_entry", entry.id, entry.org_id, alert_note=note)
            s.flush()
            self.audit(s, AuditAction.UPDATE, "welfare_alert", alert.id,
                       f"{alert.reason}: {action}", org_id=entry.org_id)
            return alert.id

    def leave_register(self, entry_id: str, left_on: date) -> None:
        """The person leaves the register (their choice, a move...): one action.

        Pending checks go, open alerts are closed; what the register held is kept
        until the landlord's retention period is over (apply_retention).
        """
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
            alert = _open_alert(s, entry.id)
            if alert is not None:
                alert.acted_at, alert.acted_by = now, self.actor.user_id
                alert.action = AlertAction.OTHER.value
                alert.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "welfare_entry", entry.id, "left",
                       org_id=entry.org_id)

    def apply_retention(self, today: date | None = None) -> int:
        """Erase what the register held on people who left it longer ago than their
        landlord keeps it. Tombstones stay (sync needs them), emptied of personal data;
        the person stays a member of their household, without the register's age band.
        Returns the number of entries erased.
        """
        today = today or date.today()
        with self.write() as s:
            return self.erase_expired(s, today)

    def erase_expired(self, s: Session, today: date) -> int:
        """apply_retention inside the caller's transaction (the purge runs it with the rest)."""
        rule = LandlordRule.WELFARE_RETENTION.value
        rows = s.execute(
            select(WelfareEntry, Site.landlord_id)
            .join(Dwelling, Dwelling.id == WelfareEntry.dwelling_id)
            .join(Entrance, Entrance.id == Dwelling.entrance_id)
            .join(Building, Building.id == Entrance.building_id)
            .join(Site, Site.id == Building.site_id)
            .where(WelfareEntry.active.is_(False), WelfareEntry.deleted_at.is_(None),
                   WelfareEntry.left_on < today)).all()
        kept: dict[str | None, int] = {}
        now, user = utcnow(), self.actor.user_id
        erased = 0
        for entry, landlord in rows:
            if landlord not in kept:
                kept[landlord] = stored_rules(s, landlord).get(rule, DEFAULTS[rule])
            if retention_ends(entry.left_on, kept[landlord]) >= today:
                continue
            erase_entry(s, entry, now, user)
            erased += 1
        if erased:
            s.flush()
            self.audit(s, AuditAction.DELETE, "welfare_entry", None,
                       f"retention: {erased}")
        return erased

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
                last = _last_done(s, entry.id)
                usual = next_due(last, entry.consent_on, entry.frequency_days, None)
                planned = next_due_with_plans(last, entry.consent_on, entry.frequency_days,
                                              [(starts_on, ends_on, max_interval_days)])
                # Only what the plan itself brings forward: never back to the usual date.
                if planned < usual and planned < pending.due_on:
                    pending.due_on = planned
                    pending.updated_by = user
            s.flush()
            self.audit(s, AuditAction.CREATE, "alert_plan", plan.id, kind, org_id=org_id)
            return plan.id

    def end_alert_plan(self, plan_id: str, ends_on: date) -> None:
        """The plan is over (or will be on `ends_on`): pending checks go back to what the
        frequencies and the remaining plans give."""
        errors = Errors()
        if ends_on is None:
            errors.add("ends_on", "required")
        errors.raise_if_any()
        with self.write() as s:
            plan = s.get(AlertPlan, plan_id)
            if plan is None or plan.deleted_at is not None:
                raise NotFound(plan_id)
            if ends_on < plan.starts_on:
                errors.add("ends_on", "plan_end_before_start")
                errors.raise_if_any()
            plan.ends_on = ends_on
            plan.updated_by = self.actor.user_id
            s.flush()
            plans = _plans(s)
            for entry in s.scalars(select(WelfareEntry).where(
                    WelfareEntry.active, WelfareEntry.deleted_at.is_(None))):
                self._reschedule(s, entry, plans)
            s.flush()
            self.audit(s, AuditAction.UPDATE, "alert_plan", plan.id, f"ends {ends_on}",
                       org_id=plan.org_id)

    # Reading -----------------------------------------------------------------------

    def next_check_due(self, entry_id: str) -> date | None:
        """When the pending check of an entry is due; None once it has left the register."""
        with self.read() as s:
            pending = _pending(s, entry_id)
            return pending.due_on if pending else None

    def alert_plans(self) -> list[PlanInfo]:
        with self.read() as s:
            return [PlanInfo(p.id, p.kind, p.starts_on, p.ends_on, p.max_interval_days)
                    for p in s.scalars(select(AlertPlan).where(AlertPlan.deleted_at.is_(None))
                                       .order_by(AlertPlan.starts_on.desc()))]

    def page(self, flt: EntryFilter = EntryFilter(), *, sort: str = "name",
             descending: bool = False, limit: int = 100, after: tuple | None = None,
             today: date | None = None) -> list[EntryRow]:
        """One page of the register, keyset-paginated on (sort key, id)."""
        today = today or date.today()
        q, keys = self._select_rows(flt, today)
        col = keys[sort]
        if after is not None:
            bound = tuple_(literal(after[0], col.type), literal(after[1], WelfareEntry.id.type))
            q = q.where(tuple_(col, WelfareEntry.id) > bound if not descending
                        else tuple_(col, WelfareEntry.id) < bound)
        order = (col.desc(), WelfareEntry.id.desc()) if descending else (col.asc(),
                                                                         WelfareEntry.id.asc())
        with self.read() as s:
            return [EntryRow(*r) for r in s.execute(q.order_by(*order).limit(limit))]

    @staticmethod
    def page_key(row: EntryRow, sort: str = "name") -> tuple:
        if sort == "name":
            return (row.sort_name, row.id)
        return (row.next_due_on or FAR_FUTURE, row.id)

    def count(self, flt: EntryFilter = EntryFilter(), today: date | None = None) -> int:
        q, _keys = self._select_rows(flt, today or date.today())
        with self.read() as s:
            return s.scalar(select(func.count()).select_from(q.subquery()))

    def get(self, entry_id: str, today: date | None = None) -> EntryDetail:
        today = today or date.today()
        with self.read() as s:
            e = s.get(WelfareEntry, entry_id)
            if e is None or e.deleted_at is not None:
                raise NotFound(entry_id)
            self._authorise_entry(s, Action.READ, e.org_id, e.dwelling_id)
            person = s.get(Person, e.person_id)
            site_id, landlord, site_code, building, entrance, floor, door = s.execute(
                select(Site.id, Site.landlord_id, Site.code, Building.name, Entrance.name,
                       Dwelling.floor, Dwelling.door)
                .join(Building, Building.site_id == Site.id)
                .join(Entrance, Entrance.building_id == Building.id)
                .join(Dwelling, Dwelling.entrance_id == Entrance.id)
                .where(Dwelling.id == e.dwelling_id)).one()
            users = dict(s.execute(select(User.id, User.display_name)).all())
            plans = _plans(s)
            pending = _pending(s, e.id) if e.active else None
            retention = LandlordRule.WELFARE_RETENTION.value
            kept = stored_rules(s, landlord).get(retention, DEFAULTS[retention])
            detail = EntryDetail(
                e.id, e.version, person.id, person.last_name, person.first_name, person.phone,
                e.dwelling_id, site_code, building, entrance, floor, door, site_id, landlord, e.age_band, e.lives_alone, e.consent_on, e.consent_method,
                e.consent_given_by, e.home_care, e.frequency_days, e.priority, e.active,
                e.left_on, retention_ends(e.left_on, kept) if e.left_on else None,
                pending.due_on if pending else None, pending.id if pending else None,
                interval_in_force(e.frequency_days, plans, today), None)
            detail.contacts = [ContactInfo(c.id, c.kind, c.name, c.phone) for c in s.scalars(
                select(WelfareContact).where(WelfareContact.entry_id == e.id,
                                             WelfareContact.deleted_at.is_(None))
                .order_by(WelfareContact.created_at))]
            detail.checks = [CheckInfo(c.id, c.due_on, c.done_at, users.get(c.done_by, ""),
                                       c.method, c.outcome, c.follow_up, c.follow_up_to,
                                       c.notes) for c in s.scalars(
                select(WelfareCheck).where(WelfareCheck.entry_id == e.id,
                                           WelfareCheck.done_at.is_not(None),
                                           WelfareCheck.deleted_at.is_(None))
                .order_by(WelfareCheck.done_at.desc()))]
            detail.alerts = [AlertInfo(a.id, a.reason, a.raised_at, a.acted_at,
                                       users.get(a.acted_by, ""), a.action, a.note)
                             for a in s.scalars(select(WelfareAlert).where(
                                 WelfareAlert.entry_id == e.id, WelfareAlert.deleted_at.is_(None))
                                 .order_by(WelfareAlert.raised_at.desc()))]
            open_alert = next((a for a in detail.alerts if a.acted_at is None), None)
            if (open_alert is None and pending is not None and e.priority == Priority.HIGH
                    and pending.due_on < today and not _acted_on_check(s, pending.id)):
                open_alert = AlertInfo(None, EscalationReason.OVERDUE_HIGH_PRIORITY.value,
                                       local_day_start(pending.due_on + timedelta(days=1)))
            detail.open_alert = open_alert
            return detail

    def dwelling_choices(self, entrance_id: str) -> list[tuple[str, int, str, str]]:
        """(dwelling id, floor, door, household name) of an entrance, for the register form."""
        with self.read() as s:
            head = (select(Household.name).where(Household.dwelling_id == Dwelling.id,
                                                 Household.deleted_at.is_(None))
                    .order_by(Household.move_in_date.desc()).limit(1).scalar_subquery())
            rows = s.execute(select(Dwelling.id, Dwelling.floor, Dwelling.door, head)
                             .where(Dwelling.entrance_id == entrance_id,
                                    Dwelling.deleted_at.is_(None))
                             .order_by(Dwelling.floor, Dwelling.door))
            return [(did, floor, door, name or "") for did, floor, door, name in rows]

    def household_head(self, dwelling_id: str) -> tuple[str, str, str] | None:
        """(last name, first name, phone) of the household head living in a dwelling."""
        with self.read() as s:
            row = s.execute(select(Person.last_name, Person.first_name, Person.phone)
                            .join(Household, Household.id == Person.household_id)
                            .where(Household.dwelling_id == dwelling_id, Person.is_head,
                                   Household.deleted_at.is_(None), Person.deleted_at.is_(None))
                            .order_by(Household.move_in_date.desc())).first()
            return tuple(row) if row else None

    # Helpers -----------------------------------------------------------------------

    def _select_rows(self, flt: EntryFilter, today: date) -> tuple[Select, dict]:
        e = WelfareEntry
        live_check = WelfareCheck.deleted_at.is_(None)
        next_due = (select(func.min(WelfareCheck.due_on))
                    .where(WelfareCheck.entry_id == e.id, WelfareCheck.done_at.is_(None),
                           live_check).scalar_subquery())
        last_outcome = (select(WelfareCheck.outcome)
                        .where(WelfareCheck.entry_id == e.id, WelfareCheck.done_at.is_not(None),
                               live_check)
                        .order_by(WelfareCheck.done_at.desc()).limit(1).scalar_subquery())
        # The same rule as TodayQueries.alerts and get(): tests/test_today.py compares them.
        open_alert = or_(
            exists().where(WelfareAlert.entry_id == e.id, WelfareAlert.acted_at.is_(None),
                           WelfareAlert.deleted_at.is_(None)),
            (e.priority == Priority.HIGH.value) & exists().where(
                WelfareCheck.entry_id == e.id, WelfareCheck.done_at.is_(None), live_check,
                WelfareCheck.due_on < today,
                ~exists().where(WelfareAlert.check_id == WelfareCheck.id,
                                WelfareAlert.acted_at.is_not(None))))
        sort_name = func.lower(Person.last_name + " " + Person.first_name)
        keys = {"name": sort_name, "next_due_on": func.coalesce(next_due, FAR_FUTURE)}
        q = (select(e.id, Person.last_name, Person.first_name, Site.code, Building.name,
                    Entrance.name, Dwelling.floor, Dwelling.door, e.age_band, e.priority,
                    e.frequency_days, e.active, e.left_on, next_due, last_outcome, open_alert,
                    sort_name)
             .join(Person, Person.id == e.person_id)
             .join(Dwelling, Dwelling.id == e.dwelling_id)
             .join(Entrance, Entrance.id == Dwelling.entrance_id)
             .join(Building, Building.id == Entrance.building_id)
             .join(Site, Site.id == Building.site_id)
             .where(e.deleted_at.is_(None),
                    *scope_conditions(self.list_scope(Kind.WELFARE_ENTRY), e.org_id,
                                      Building.site_id)))
        if flt.site_id:
            q = q.where(Building.site_id == flt.site_id)
        if flt.site_ids is not None:
            q = q.where(Building.site_id.in_(flt.site_ids))
        if flt.active is not None:
            q = q.where(e.active.is_(flt.active))
        if flt.priority:
            q = q.where(e.priority == flt.priority)
        if flt.overdue_on:
            q = q.where(next_due < flt.overdue_on)
        if flt.text.strip():
            like = f"%{flt.text.strip()}%"
            q = q.where(or_(Person.last_name.ilike(like), Person.first_name.ilike(like),
                            Person.phone.like(like)))
        return q, keys

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

    def _reschedule(self, s: Session, entry: WelfareEntry, plans: list[Plan]) -> date | None:
        """Move the pending check to the date the frequency and the plans give now."""
        pending = _pending(s, entry.id)
        if pending is None:
            return None
        due = next_due_with_plans(_last_done(s, entry.id), entry.consent_on,
                                  entry.frequency_days, plans)
        if due != pending.due_on:
            pending.due_on = due
            pending.updated_by = self.actor.user_id
        return due

    def _update_alerts(self, s: Session, entry: WelfareEntry, check: WelfareCheck) -> None:
        """Raise the escalation of a second 'not reached', or close it once reached."""
        latest = s.execute(select(WelfareCheck.id, WelfareCheck.outcome).where(
            WelfareCheck.entry_id == entry.id, WelfareCheck.done_at.is_not(None),
            WelfareCheck.deleted_at.is_(None)).order_by(WelfareCheck.done_at.desc()).limit(2)).all()
        if not latest or latest[0][0] != check.id:
            return  # a late entry of an older check changes nothing now
        alert = _open_alert(s, entry.id)
        user = self.actor.user_id
        if needs_escalation([outcome for _id, outcome in reversed(latest)]):
            if alert is None:
                s.add(WelfareAlert(entry_id=entry.id, check_id=check.id,
                                   reason=EscalationReason.NOT_REACHED_TWICE.value,
                                   raised_at=check.done_at, org_id=entry.org_id,
                                   created_by=user, updated_by=user))
        elif check.outcome != NOT_REACHED and alert is not None:
            alert.acted_at, alert.acted_by = check.done_at, user
            alert.action = AlertAction.CHECK.value
            alert.updated_by = user
        s.flush()

    def _authorise_entry(self, s: Session, action: Action, org_id: str,
                         dwelling_id: str) -> None:
        """The role's rule (app.domain.policy) on an entry, judged by its dwelling's site."""
        if not self.actor.signed_in:
            return
        site_id = s.scalar(select(Building.site_id)
                           .join(Entrance, Entrance.building_id == Building.id)
                           .join(Dwelling, Dwelling.entrance_id == Entrance.id)
                           .where(Dwelling.id == dwelling_id))
        self.authorise(action, Kind.WELFARE_ENTRY, org_id, site_id)

    def _active(self, s: Session, entry_id: str) -> WelfareEntry:
        entry = s.get(WelfareEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFound(entry_id)
        self._authorise_entry(s, Action.UPDATE, entry.org_id, entry.dwelling_id)
        if not entry.active:
            errors = Errors()
            errors.add("entry_id", "entry_left", date=day(entry.left_on))
            errors.raise_if_any()
        return entry


def _check_days(errors: Errors, field_name: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not isinstance(value, int) or not low <= value <= high:
        errors.add(field_name, "days_range", low=low, high=high)


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
    return local_day(done) if done else None


def _open_alert(s: Session, entry_id: str) -> WelfareAlert | None:
    return s.scalars(select(WelfareAlert).where(
        WelfareAlert.entry_id == entry_id, WelfareAlert.acted_at.is_(None),
        WelfareAlert.deleted_at.is_(None)).order_by(WelfareAlert.raised_at)).first()


def _acted_on_check(s: Session, check_id: str) -> bool:
    return s.scalar(select(WelfareAlert.id).where(
        WelfareAlert.check_id == check_id, WelfareAlert.acted_at.is_not(None),
        WelfareAlert.deleted_at.is_(None)).limit(1)) is not None


def erase_entry(s: Session, entry: WelfareEntry, now: datetime, user: str | None) -> None:
    """What the register held on one person, erased: tombstones stay (sync needs them),
    emptied; the person stays a member of their household, without the age band."""
    entry.consent_given_by = ""
    entry.home_care = ""
    entry.deleted_at = entry.deleted_at or now
    entry.updated_by = user
    for model, blank in ((WelfareContact, {"name": "–", "phone": ""}),
                         (WelfareCheck, {"notes": "", "follow_up_to": ""}),
                         (WelfareAlert, {"note": ""})):
        for row in s.scalars(select(model).where(model.entry_id == entry.id)):
            for name, value in blank.items():
                setattr(row, name, value)
            row.deleted_at = row.deleted_at or now
            row.updated_by = user
    person = s.get(Person, entry.person_id)
    if person is not None:
        person.age_band = None
        person.updated_by = user
