"""Export of what a workspace holds, as CSV for French Excel or as JSON.

Follow-ups carry their state on the day of the export: a case's steps and next
deadline, a person's checks and next due date, and whether either is overdue.

Column names are stable snake_case English; each code sits beside its French label. Rows
are streamed: the main query is read in partitions and the nested records (referrals,
parties, steps, checks) are fetched per partition, so 100,000 signalements never sit in
memory at once. Only live records are exported (deleted_at IS NULL).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import BinaryIO

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AgeBand,
    AuditAction,
    CaseStatus,
    Category,
    CheckMethod,
    CheckOutcome,
    ClosingReason,
    Coded,
    ConflictNature,
    ConsentMethod,
    ContactKind,
    Difficulty,
    FollowUp,
    LocationKind,
    PartyRole,
    Priority,
    ProcedureStep,
    Recurrence,
    ReferralChannel,
    ReferralRecipient,
    Severity,
    SignalementStatus,
)
from app.domain.messages import msg
from app.domain.policy import Action, Kind
from app.domain.procedure import is_late
from app.domain.welfare_rules import is_overdue
from app.models import (
    Building,
    CaseStep,
    ConflictCase,
    ConflictParty,
    Dwelling,
    Entrance,
    Household,
    Organisation,
    Person,
    Referral,
    Signalement,
    Site,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
)
from app.services.base import ServiceBase
from app.services.errors import ValidationError

FORMATS = ("csv", "json")
PARTITION = 500  # rows per fetch, and ids per IN (...) list for the nested records
SUMMARY_SEPARATOR = " | "


def label(codes: type[Coded], code: object) -> str | None:
    """The French label of a code (exports are for French readers; codes carry meaning)."""
    if code is None:
        return None
    try:
        return codes(str(code)).fr
    except ValueError:  # a code this version does not know, from a newer client
        return None


def iso(value: object) -> object:
    """Dates as YYYY-MM-DD, datetimes in UTC as YYYY-MM-DDTHH:MM:SSZ; anything else as is."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _partitions(s: Session, stmt: Select) -> Iterator[list]:
    yield from s.execute(stmt.execution_options(yield_per=PARTITION)).partitions()


def _grouped(s: Session, stmt: Select, ids: list[str]) -> dict[str, list]:
    """{parent id: [rows]} for a statement whose first column is the parent id."""
    found: dict[str, list] = {i: [] for i in ids}
    for row in s.execute(stmt):
        found[row[0]].append(row)
    return found


@dataclass(frozen=True)
class _Kind:
    """One exportable kind: its fields in order, its rows, and how CSV flattens lists."""

    fields: tuple[str, ...]
    rows: Callable[[Session, date], Iterator[dict]]  # (session, the export's day)
    # Nested list field -> one-line text of an item; CSV writes a count and the joined texts.
    summaries: dict[str, Callable[[dict], str]] = field(default_factory=dict)

    def csv_columns(self) -> list[str]:
        columns = []
        for name in self.fields:
            if name in self.summaries:
                columns.append(f"{name}_count")
            columns.append(name)
        return columns

    def csv_values(self, row: dict) -> list:
        values = []
        for name in self.fields:
            value = row[name]
            if name in self.summaries:
                values.append(len(value))
                values.append(SUMMARY_SEPARATOR.join(self.summaries[name](i) for i in value))
            elif value is None:
                values.append("")
            elif isinstance(value, bool):
                values.append("true" if value else "false")
            else:
                values.append(iso(value))
        return values


# Sites -------------------------------------------------------------------------------

SITE_FIELDS = ("id", "code", "name", "address", "postcode", "city", "landlord_id", "landlord",
               "difficulty", "difficulty_label")


def _site_rows(s: Session, _today: date) -> Iterator[dict]:
    stmt = (select(Site.id, Site.code, Site.name, Site.address, Site.postcode, Site.city,
                   Site.landlord_id, Organisation.name, Site.difficulty)
            .join(Organisation, Organisation.id == Site.landlord_id)
            .where(Site.deleted_at.is_(None)).order_by(Site.code, Site.id))
    for part in _partitions(s, stmt):
        for r in part:
            yield dict(zip(SITE_FIELDS, (*r, label(Difficulty, r.difficulty)), strict=True))


# Households --------------------------------------------------------------------------

HOUSEHOLD_FIELDS = ("id", "site_code", "building", "entrance", "floor", "door", "dwelling_id",
                    "dwelling_reference", "household_name", "head_last_name", "head_first_name",
                    "head_phone", "move_in_date")


def _household_rows(s: Session, _today: date) -> Iterator[dict]:
    stmt = (select(Household.id, Site.code, Building.name, Entrance.name, Dwelling.floor,
                   Dwelling.door, Dwelling.id, Dwelling.reference, Household.name,
                   Household.move_in_date)
            .join(Dwelling, Dwelling.id == Household.dwelling_id)
            .join(Entrance, Entrance.id == Dwelling.entrance_id)
            .join(Building, Building.id == Entrance.building_id)
            .join(Site, Site.id == Building.site_id)
            .where(Household.deleted_at.is_(None))
            .order_by(Site.code, Building.name, Entrance.name, Dwelling.reference, Household.id))
    for part in _partitions(s, stmt):
        ids = [r[0] for r in part]
        heads = _grouped(s, select(Person.household_id, Person.last_name, Person.first_name,
                                   Person.phone)
                         .where(Person.household_id.in_(ids), Person.is_head,
                                Person.deleted_at.is_(None))
                         .order_by(Person.created_at), ids)
        for r in part:
            head = heads[r[0]][0] if heads[r[0]] else (None, None, None, None)
            yield dict(zip(HOUSEHOLD_FIELDS, (*r[:9], *head[1:], r[9]), strict=True))


# Signalements ------------------------------------------------------------------------

SIGNALEMENT_FIELDS = (
    "id", "reference", "category", "category_label", "status", "status_label",
    "closing_reason", "closing_reason_label", "site_code", "building", "entrance", "floor",
    "location_kind", "location_kind_label", "facts_start", "facts_end", "reported_at",
    "description", "recurrence", "recurrence_label", "severity", "severity_label",
    "persons_count", "persons_description", "witnesses", "harm_people", "harm_property",
    "estimated_cost_cents", "action_intervention", "action_called_17", "action_town_informed",
    "actions_notes", "created_at", "updated_at", "referrals",
)


def _signalement_rows(s: Session, _today: date) -> Iterator[dict]:
    # The reporter is left out: staff protection lets a caretaker stay anonymous, and an
    # export travels further than the referral sheet.
    g = Signalement
    stmt = (select(g.id, g.reference, g.category, g.status, g.closing_reason, Site.code,
                   Building.name, Entrance.name, g.floor, g.location_kind, g.facts_start,
                   g.facts_end, g.reported_at, g.description, g.recurrence, g.severity,
                   g.persons_count, g.persons_description, g.witnesses, g.harm_people,
                   g.harm_property, g.estimated_cost_cents, g.action_intervention,
                   g.action_called_17, g.action_town_informed, g.actions_notes, g.created_at,
                   g.updated_at)
            .join(Site, Site.id == g.site_id)
            .outerjoin(Building, Building.id == g.building_id)
            .outerjoin(Entrance, Entrance.id == g.entrance_id)
            .where(g.deleted_at.is_(None)).order_by(g.facts_start, g.id))
    for part in _partitions(s, stmt):
        ids = [r.id for r in part]
        referrals = _grouped(s, select(Referral.signalement_id, Referral.id, Referral.recipient,
                                       Referral.referred_on, Referral.channel,
                                       Referral.reference_number, Referral.notes)
                             .where(Referral.signalement_id.in_(ids),
                                    Referral.deleted_at.is_(None))
                             .order_by(Referral.referred_on, Referral.created_at), ids)
        for r in part:
            yield {
                "id": r.id, "reference": r.reference,
                "category": r.category, "category_label": label(Category, r.category),
                "status": r.status, "status_label": label(SignalementStatus, r.status),
                "closing_reason": r.closing_reason,
                "closing_reason_label": label(ClosingReason, r.closing_reason),
                "site_code": r.code, "building": r[6], "entrance": r[7], "floor": r.floor,
                "location_kind": r.location_kind,
                "location_kind_label": label(LocationKind, r.location_kind),
                "facts_start": r.facts_start, "facts_end": r.facts_end,
                "reported_at": r.reported_at, "description": r.description,
                "recurrence": r.recurrence, "recurrence_label": label(Recurrence, r.recurrence),
                "severity": r.severity, "severity_label": label(Severity, r.severity),
                "persons_count": r.persons_count, "persons_description": r.persons_description,
                "witnesses": r.witnesses, "harm_people": r.harm_people,
                "harm_property": r.harm_property, "estimated_cost_cents": r.estimated_cost_cents,
                "action_intervention": r.action_intervention,
                "action_called_17": r.action_called_17,
                "action_town_informed": r.action_town_informed,
                "actions_notes": r.actions_notes, "created_at": r.created_at,
                "updated_at": r.updated_at,
                "referrals": [{
                    "id": f.id, "recipient": f.recipient,
                    "recipient_label": label(ReferralRecipient, f.recipient),
                    "referred_on": f.referred_on, "channel": f.channel,
                    "channel_label": label(ReferralChannel, f.channel),
                    "reference_number": f.reference_number, "notes": f.notes,
                } for f in referrals[r.id]],
            }


def _referral_summary(f: dict) -> str:
    text = f"{iso(f['referred_on'])} {f['recipient_label']} ({f['channel_label']})"
    return f"{text} {f['reference_number']}" if f["reference_number"] else text


# Neighbour-conflict cases ------------------------------------------------------------

CONFLICT_FIELDS = (
    "id", "reference", "site_code", "nature", "nature_label", "summary", "status",
    "status_label", "current_step", "current_step_label", "opened_on", "next_due_on",
    "overdue", "closed_on", "closing_reason", "closing_reason_label", "parties", "steps",
)


def _conflict_rows(s: Session, today: date) -> Iterator[dict]:
    c = ConflictCase
    stmt = (select(c.id, c.reference, Site.code, c.nature, c.summary, c.status, c.current_step,
                   c.opened_on, c.next_due_on, c.closed_on, c.closing_reason)
            .join(Site, Site.id == c.site_id)
            .where(c.deleted_at.is_(None)).order_by(c.opened_on, c.reference))
    for part in _partitions(s, stmt):
        ids = [r.id for r in part]
        # A party's household may have moved out since (tombstoned): it stays named.
        parties = _grouped(s, select(ConflictParty.case_id, ConflictParty.household_id,
                                     Household.name, Dwelling.reference, ConflictParty.role)
                           .join(Household, Household.id == ConflictParty.household_id)
                           .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
                           .where(ConflictParty.case_id.in_(ids),
                                  ConflictParty.deleted_at.is_(None))
                           .order_by(ConflictParty.role, Household.name), ids)
        steps = _grouped(s, select(CaseStep.case_id, CaseStep.id, CaseStep.step,
                                   CaseStep.taken_on, CaseStep.outcome, CaseStep.next_due_on,
                                   CaseStep.override_reason)
                         .where(CaseStep.case_id.in_(ids), CaseStep.deleted_at.is_(None))
                         .order_by(CaseStep.taken_on, CaseStep.created_at), ids)
        for r in part:
            yield {
                "id": r.id, "reference": r.reference, "site_code": r.code,
                "nature": r.nature, "nature_label": label(ConflictNature, r.nature),
                "summary": r.summary,
                "status": r.status, "status_label": label(CaseStatus, r.status),
                "current_step": r.current_step,
                "current_step_label": label(ProcedureStep, r.current_step),
                "opened_on": r.opened_on, "next_due_on": r.next_due_on,
                "overdue": r.status == CaseStatus.OPEN and is_late(r.next_due_on, today),
                "closed_on": r.closed_on, "closing_reason": r.closing_reason,
                "closing_reason_label": label(ClosingReason, r.closing_reason),
                "parties": [{
                    "household_id": p.household_id, "household_name": p.name,
                    "dwelling_reference": p.reference, "role": p.role,
                    "role_label": label(PartyRole, p.role),
                } for p in parties[r.id]],
                "steps": [{
                    "id": t.id, "step": t.step, "step_label": label(ProcedureStep, t.step),
                    "taken_on": t.taken_on, "outcome": t.outcome,
                    "next_due_on": t.next_due_on, "override_reason": t.override_reason,
                } for t in steps[r.id]],
            }


# Welfare register --------------------------------------------------------------------

WELFARE_FIELDS = (
    "id", "person_id", "person_last_name", "person_first_name", "person_phone", "site_code",
    "building", "entrance", "floor", "door", "dwelling_reference", "age_band",
    "age_band_label", "lives_alone", "consent_on", "consent_method", "consent_method_label",
    "consent_given_by", "home_care", "frequency_days", "priority", "priority_label", "active",
    "left_on", "last_check_at", "last_check_outcome", "last_check_outcome_label",
    "next_due_on", "overdue", "contacts", "checks",
)


def _welfare_rows(s: Session, today: date) -> Iterator[dict]:
    w = WelfareEntry
    stmt = (select(w.id, Person.id, Person.last_name, Person.first_name, Person.phone,
                   Site.code, Building.name, Entrance.name, Dwelling.floor, Dwelling.door,
                   Dwelling.reference, w.age_band, w.lives_alone, w.consent_on,
                   w.consent_method, w.consent_given_by, w.home_care, w.frequency_days,
                   w.priority, w.active, w.left_on)
            .join(Person, Person.id == w.person_id)
            .join(Dwelling, Dwelling.id == w.dwelling_id)
            .join(Entrance, Entrance.id == Dwelling.entrance_id)
            .join(Building, Building.id == Entrance.building_id)
            .join(Site, Site.id == Building.site_id)
            .where(w.deleted_at.is_(None))
            .order_by(Site.code, Dwelling.reference, Person.last_name, w.id))
    live_check = WelfareCheck.deleted_at.is_(None)
    for part in _partitions(s, stmt):
        ids = [r[0] for r in part]
        done = _grouped(s, select(WelfareCheck.entry_id, WelfareCheck.due_on,
                                  WelfareCheck.done_at, WelfareCheck.method,
                                  WelfareCheck.outcome, WelfareCheck.follow_up,
                                  WelfareCheck.follow_up_to, WelfareCheck.notes)
                        .where(WelfareCheck.entry_id.in_(ids), WelfareCheck.done_at.is_not(None),
                               live_check)
                        .order_by(WelfareCheck.done_at), ids)
        # The service keeps one pending check per entry: its due date is the next one.
        due = dict(s.execute(select(WelfareCheck.entry_id, func.min(WelfareCheck.due_on))
                             .where(WelfareCheck.entry_id.in_(ids),
                                    WelfareCheck.done_at.is_(None), live_check)
                             .group_by(WelfareCheck.entry_id)).all())
        contacts = _grouped(s, select(WelfareContact.entry_id, WelfareContact.kind,
                                      WelfareContact.name, WelfareContact.phone)
                            .where(WelfareContact.entry_id.in_(ids),
                                   WelfareContact.deleted_at.is_(None))
                            .order_by(WelfareContact.created_at), ids)
        for r in part:
            checks = done[r[0]]
            done_at, outcome = (checks[-1].done_at, checks[-1].outcome) if checks else (None,
                                                                                      None)
            yield {
                "id": r[0], "person_id": r[1], "person_last_name": r.last_name,
                "person_first_name": r.first_name, "person_phone": r.phone,
                "site_code": r.code, "building": r[6], "entrance": r[7], "floor": r.floor,
                "door": r.door, "dwelling_reference": r.reference,
                "age_band": r.age_band, "age_band_label": label(AgeBand, r.age_band),
                "lives_alone": r.lives_alone, "consent_on": r.consent_on,
                "consent_method": r.consent_method,
                "consent_method_label": label(ConsentMethod, r.consent_method),
                "consent_given_by": r.consent_given_by, "home_care": r.home_care,
                "frequency_days": r.frequency_days,
                "priority": r.priority, "priority_label": label(Priority, r.priority),
                "active": r.active, "left_on": r.left_on,
                "last_check_at": done_at, "last_check_outcome": outcome,
                "last_check_outcome_label": label(CheckOutcome, outcome),
                "next_due_on": due.get(r[0]),
                "overdue": bool(r.active) and is_overdue(due.get(r[0]), today),
                "contacts": [{
                    "kind": c.kind, "kind_label": label(ContactKind, c.kind), "name": c.name,
                    "phone": c.phone,
                } for c in contacts[r[0]]],
                "checks": [{
                    "due_on": c.due_on, "done_at": c.done_at, "method": c.method,
                    "method_label": label(CheckMethod, c.method), "outcome": c.outcome,
                    "outcome_label": label(CheckOutcome, c.outcome), "follow_up": c.follow_up,
                    "follow_up_label": label(FollowUp, c.follow_up),
                    "follow_up_to": c.follow_up_to, "notes": c.notes,
                } for c in checks],
            }


KINDS: dict[str, _Kind] = {
    "sites": _Kind(SITE_FIELDS, _site_rows),
    "households": _Kind(HOUSEHOLD_FIELDS, _household_rows),
    "signalements": _Kind(SIGNALEMENT_FIELDS, _signalement_rows,
                          {"referrals": _referral_summary}),
    "conflicts": _Kind(CONFLICT_FIELDS, _conflict_rows, {
        "parties": lambda p: f"{p['household_name']} ({p['role_label']})",
        "steps": lambda t: f"{iso(t['taken_on'])} {t['step_label']}",
    }),
    "welfare": _Kind(WELFARE_FIELDS, _welfare_rows, {
        "contacts": lambda c: " ".join(v for v in (c["name"], f"({c['kind_label']})", c["phone"])
                                       if v),
        "checks": lambda c: f"{iso(c['due_on'])} {c['outcome_label']} ({c['method_label']})",
    }),
}

# What each export holds, for app.domain.policy.
EXPORT_KINDS: dict[str, Kind] = {
    "sites": Kind.PLACE, "households": Kind.HOUSEHOLD, "signalements": Kind.SIGNALEMENT,
    "conflicts": Kind.CONFLICT_CASE, "welfare": Kind.WELFARE_ENTRY,
}


def _json_default(value: object) -> object:
    converted = iso(value)
    if converted is value:
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")
    return converted


def write_csv(out: BinaryIO, kind: _Kind, rows: Iterator[dict]) -> int:
    """UTF-8 with a BOM and ';': what French Excel opens correctly on a double click."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        text.write("\ufeff")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(kind.csv_columns())
        count = 0
        for row in rows:
            writer.writerow(kind.csv_values(row))
            count += 1
        return count
    finally:
        text.detach()  # flushes, and leaves the caller's stream open


def write_json(out: BinaryIO, rows: Iterator[dict]) -> int:
    """A UTF-8 array of objects, written one object at a time."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    try:
        count = 0
        text.write("[")
        for row in rows:
            body = json.dumps(row, ensure_ascii=False, indent=2, default=_json_default)
            text.write(",\n  " if count else "\n  ")
            text.write(body.replace("\n", "\n  "))
            count += 1
        text.write("\n]\n" if count else "]\n")
        return count
    finally:
        text.detach()


class ExportService(ServiceBase):
    def export(self, kind: str, fmt: str, out: BinaryIO, today: date | None = None) -> int:
        """Write every live record of `kind` to the binary stream `out`; returns the row count.

        `today` (the computer's date by default) decides what is overdue.
        """
        spec = KINDS.get(kind)
        errors = {}
        if spec is None:
            errors["kind"] = msg("unknown_code", value=kind)
        if fmt not in FORMATS:
            errors["fmt"] = msg("unknown_code", value=fmt)
        if errors:
            raise ValidationError(errors)
        self.authorise(Action.READ if kind == "sites" else Action.EXPORT, EXPORT_KINDS[kind])
        with self.read() as s:
            rows = spec.rows(s, today or date.today())
            count = write_csv(out, spec, rows) if fmt == "csv" else write_json(out, rows)
        with self.write() as s:
            self.audit(s, AuditAction.EXPORT, kind, None, f"{fmt}: {count}")
        return count
