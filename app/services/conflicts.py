"""Neighbour-conflict cases: opening, the graduated procedure, mediation, links and closing.

Each write is one transaction. The ladder, its deadlines and the mediation conditions
live in app.domain.procedure; this module checks the records around them (case open,
dates in order, parties known, who may override) and reads cases back for the screens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, delete, func, literal, or_, select, text, tuple_
from sqlalchemy.orm import Session

from app.domain.codes import (
    AuditAction,
    CaseStatus,
    Category,
    ClosingReason,
    ConflictNature,
    MediationExclusion,
    MediationKind,
    PartyRole,
    ProcedureStep,
)
from app.domain.ids import references
from app.domain.messages import language
from app.domain.policy import Action, Kind
from app.domain.procedure import (
    Proposal,
    Refusal,
    default_due,
    is_manager,
    mediation_refusals,
    propose,
    transition,
)
from app.models import (
    Building,
    CaseStep,
    ConflictCase,
    ConflictParty,
    Dwelling,
    Entrance,
    Household,
    MediationSession,
    Signalement,
    Site,
    User,
    case_signalements,
)
from app.services.base import ServiceBase, scope_conditions
from app.services.dates import check_day, day
from app.services.errors import Errors, NotFound
from app.services.places import Choice
from app.services.review import flag_sensitive
from app.services.rules import actor_role, stored_rules
from app.services.signalements import taken_tails

REFERENCE_PREFIX = "VOI"
REFERENCE_PATTERN = re.compile(r"^\s*(VOI-\d{4}(?:-[0-9A-Z]{0,5}){0,2})\s*$", re.IGNORECASE)
EXCLUSION_COLUMNS = {e.value: f"exclusion_{e.value}" for e in MediationExclusion}
FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class CaseFilter:
    site_id: str | None = None
    site_ids: tuple[str, ...] | None = None  # the user's sites; None: every site
    status: str | None = None
    step: str | None = None
    nature: str | None = None
    late_on: date | None = None  # only the open cases whose deadline is before this day
    text: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    reference: str
    site_code: str
    nature: str
    status: str
    current_step: str
    opened_on: date
    next_due_on: date | None
    complainants: str
    respondents: str
    version: int


@dataclass(frozen=True)
class PartyInfo:
    household_id: str
    name: str
    dwelling: str
    role: str


@dataclass(frozen=True)
class StepInfo:
    id: str
    step: str
    taken_on: date
    taken_by: str
    outcome: str
    next_due_on: date | None
    override_reason: str | None
    recorded_at: datetime


@dataclass(frozen=True)
class SessionInfo:
    id: str
    kind: str
    held_on: date
    participants: str
    agreement: str
    consent_complainant: bool
    consent_respondent: bool
    recorded_at: datetime


@dataclass(frozen=True)
class LinkedSignalement:
    id: str
    reference: str
    category: str
    facts_on: date
    summary: str


@dataclass
class CaseDetail:
    id: str
    reference: str
    version: int
    site_id: str
    site_label: str
    landlord_id: str
    nature: str
    summary: str
    status: str
    current_step: str
    opened_on: date
    next_due_on: date | None
    closed_on: date | None
    closing_reason: str | None
    exclusions: dict[str, bool | None]
    proposal: Proposal
    deadlines: dict[str, int]
    parties: list[PartyInfo] = field(default_factory=list)
    steps: list[StepInfo] = field(default_factory=list)
    sessions: list[SessionInfo] = field(default_factory=list)
    signalements: list[LinkedSignalement] = field(default_factory=list)


@dataclass(frozen=True)
class ChronologyItem:
    """One event of a case, as a court reads it: in date order, nothing left out."""

    on: date
    kind: str  # "step", "mediation", "signalement", "closed"
    code: str  # the step, mediation kind, signalement category or closing reason
    text: str
    who: str = ""
    reference: str = ""
    due_on: date | None = None
    note: str = ""  # override reason, participants


SORTABLE = {
    "opened_on": ConflictCase.opened_on,
    "next_due_on": func.coalesce(ConflictCase.next_due_on, FAR_FUTURE),
    "reference": ConflictCase.reference,
}


class ConflictService(ServiceBase):
    # Writing -----------------------------------------------------------------------

    def open_case(self, site_id: str, nature: str, summary: str, opened_on: date,
                  complainant_household_ids: Iterable[str],
                  respondent_household_ids: Iterable[str],
                  signalement_ids: Iterable[str] = (), *,
                  next_due_on: date | None = None) -> str:
        """Open a case with its parties and its first step, 'complaint recorded'.

        Without `next_due_on`, the next step is due after the landlord's deadline.
        """
        complainants = list(dict.fromkeys(complainant_household_ids))
        respondents = list(dict.fromkeys(respondent_household_ids))
        signalements = list(dict.fromkeys(signalement_ids))
        errors = Errors()
        if nature not in ConflictNature.codes():
            errors.add("nature", "unknown_code", value=nature)
        check_day(errors, "opened_on", opened_on)
        if next_due_on is not None and opened_on is not None and next_due_on < opened_on:
            errors.add("next_due_on", "due_before_taken")
        if not complainants:
            errors.add("complainant_household_ids", "required")
        if set(complainants) & set(respondents):
            errors.add("respondent_household_ids", "party_both_sides")
        errors.raise_if_any()
        with self.write() as s:
            site = s.get(Site, site_id)
            if site is None or site.deleted_at is not None:
                errors.add("site_id", "unknown_site", value=site_id)
                errors.raise_if_any()
            self.authorise(Action.CREATE, Kind.CONFLICT_CASE, site.org_id, site.id)
            known = set(s.scalars(select(Household.id).where(
                Household.id.in_(complainants + respondents), Household.deleted_at.is_(None))))
            for field_name, ids in (("complainant_household_ids", complainants),
                                    ("respondent_household_ids", respondents)):
                for hid in ids:
                    if hid not in known:
                        errors.add(field_name, "unknown_record", value=hid)
            self._check_signalements(s, errors, signalements)
            errors.raise_if_any()

            if next_due_on is None:
                next_due_on = default_due(ProcedureStep.COMPLAINT, opened_on,
                                          stored_rules(s, site.landlord_id))
            year = opened_on.year
            ref = references(REFERENCE_PREFIX, [year], taken=lambda minute: taken_tails(
                s, ConflictCase.reference, REFERENCE_PREFIX, {year}, minute))[0]
            org, user = site.org_id, self.actor.user_id
            case_ = ConflictCase(reference=ref, site_id=site.id, nature=nature,
                                 summary=summary.strip(), opened_on=opened_on,
                                 next_due_on=next_due_on, org_id=org, created_by=user,
                                 updated_by=user)
            s.add(case_)
            s.flush()
            for role, ids in ((PartyRole.COMPLAINANT, complainants),
                              (PartyRole.RESPONDENT, respondents)):
                s.add_all(ConflictParty(case_id=case_.id, household_id=hid, role=role.value,
                                        org_id=org, created_by=user, updated_by=user)
                          for hid in ids)
            s.add(CaseStep(case_id=case_.id, step=ProcedureStep.COMPLAINT.value,
                           taken_on=opened_on, taken_by=user, outcome=summary.strip(),
                           next_due_on=next_due_on, org_id=org, created_by=user,
                           updated_by=user))
            if signalements:
                s.execute(case_signalements.insert(),
                          [{"case_id": case_.id, "signalement_id": sid} for sid in signalements])
            flag_sensitive(s, self, "conflict_case", case_.id, org, summary=summary)
            s.flush()
            self.audit(s, AuditAction.CREATE, "conflict_case", case_.id, ref, org_id=org)
            return case_.id

    def add_step(self, case_id: str, step: str, taken_on: date, outcome: str,
                 next_due_on: date | None = None, override_reason: str | None = None) -> str:
        """Take a step of the procedure; the case moves to it and to its deadline.

        Without `next_due_on`, the next step is due after the landlord's deadline for
        this step (none after court). Skipping rungs or going back needs a manager's
        reason, kept on the step.
        """
        errors = Errors()
        if step not in ProcedureStep.codes():
            errors.add("step", "unknown_code", value=step)
        check_day(errors, "taken_on", taken_on)
        if next_due_on is not None and taken_on is not None and next_due_on < taken_on:
            errors.add("next_due_on", "due_before_taken")
        errors.raise_if_any()
        with self.write() as s:
            case_ = self._changeable_case(s, case_id, "taken_on", taken_on)
            current, new = ProcedureStep(case_.current_step), ProcedureStep(step)
            verdict = transition(current, new, override_reason,
                                 by_manager=is_manager(actor_role(s, self)))
            if not verdict.allowed:
                manager_only = verdict.refusal == "step_override_manager_only"
                errors.add("override_reason" if manager_only else "step", verdict.refusal, current=current.label(language()),
                           new=new.label(language()))
                errors.raise_if_any()
            if next_due_on is None:
                next_due_on = default_due(new, taken_on,
                                          stored_rules(s, self._landlord(s, case_)))
            user = self.actor.user_id
            row = CaseStep(case_id=case_.id, step=new.value, taken_on=taken_on, taken_by=user,
                           outcome=outcome.strip(), next_due_on=next_due_on,
                           override_reason=override_reason.strip() if verdict.overridden
                           else None,
                           org_id=case_.org_id, created_by=user, updated_by=user)
            s.add(row)
            case_.current_step = verdict.moved_to.value
            if new is verdict.moved_to:  # a complaint logged higher up keeps the deadline
                case_.next_due_on = next_due_on
            case_.updated_by = user
            flag_sensitive(s, self, "conflict_case", case_.id, case_.org_id,
                           step_outcome=outcome, override_reason=row.override_reason)
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                       f"{case_.reference}: {current.value} → {new.value}"
                       + (" (override)" if verdict.overridden else ""), org_id=case_.org_id)
            return row.id

    def set_exclusions(self, case_id: str, answers: Mapping[str, bool | None]) -> None:
        """Record the yes/no answers that rule external mediation out (None: not asked)."""
        errors = Errors()
        for code in answers:
            if code not in EXCLUSION_COLUMNS:
                errors.add("exclusions", "unknown_code", value=code)
        errors.raise_if_any()
        with self.write() as s:
            case_ = self._open(s, case_id)
            for code, answer in answers.items():
                setattr(case_, EXCLUSION_COLUMNS[code], None if answer is None else bool(answer))
            case_.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                       f"{case_.reference}: exclusions", org_id=case_.org_id)

    def record_mediation(self, case_id: str, kind: str, held_on: date, participants: str,
                         agreement: str, consent_complainant: bool,
                         consent_respondent: bool) -> str:
        """Record a mediation session.

        External mediation needs both parties' written consent, and none of the
        exclusions of the case (each answered "no"): every reason is explained.
        """
        errors = Errors()
        if kind not in MediationKind.codes():
            errors.add("kind", "unknown_code", value=kind)
        check_day(errors, "held_on", held_on)
        errors.raise_if_any()
        with self.write() as s:
            case_ = self._changeable_case(s, case_id, "held_on", held_on)
            for refusal in mediation_refusals(
                    kind, bool(consent_complainant), bool(consent_respondent),
                    _exclusions(case_), ProcedureStep(case_.current_step)):
                _add_refusal(errors, refusal)
            errors.raise_if_any()
            user = self.actor.user_id
            session = MediationSession(
                case_id=case_.id, kind=kind, held_on=held_on, participants=participants.strip(),
                agreement=agreement.strip(), consent_complainant=bool(consent_complainant),
                consent_respondent=bool(consent_respondent), org_id=case_.org_id,
                created_by=user, updated_by=user)
            s.add(session)
            flag_sensitive(s, self, "conflict_case", case_.id, case_.org_id,
                           participants=participants, agreement=agreement)
            s.flush()
            self.audit(s, AuditAction.CREATE, "mediation_session", session.id,
                       f"{case_.reference}: {kind}", org_id=case_.org_id)
            return session.id

    def add_party(self, case_id: str, household_id: str, role: str) -> str:
        errors = Errors()
        if role not in PartyRole.codes():
            errors.add("role", "unknown_code", value=role)
        errors.raise_if_any()
        with self.write() as s:
            case_ = self._open(s, case_id)
            household = s.get(Household, household_id)
            if household is None or household.deleted_at is not None:
                raise NotFound(household_id)
            if s.scalar(select(ConflictParty.id).where(
                    ConflictParty.case_id == case_.id, ConflictParty.household_id == household_id,
                    ConflictParty.deleted_at.is_(None))):
                errors.add("household_id", "duplicate_value", value=household.name)
                errors.raise_if_any()
            user = self.actor.user_id
            party = ConflictParty(case_id=case_.id, household_id=household_id, role=role,
                                  org_id=case_.org_id, created_by=user, updated_by=user)
            s.add(party)
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                       f"{case_.reference}: + {role}", org_id=case_.org_id)
            return party.id

    def link_signalements(self, case_id: str, signalement_ids: Iterable[str]) -> int:
        """Link signalements to the case; those already linked are left alone."""
        wanted = list(dict.fromkeys(signalement_ids))
        errors = Errors()
        with self.write() as s:
            case_ = self._open(s, case_id)
            self._check_signalements(s, errors, wanted)
            errors.raise_if_any()
            linked = set(s.scalars(select(case_signalements.c.signalement_id).where(
                case_signalements.c.case_id == case_.id)))
            new = [sid for sid in wanted if sid not in linked]
            if new:
                s.execute(case_signalements.insert(),
                          [{"case_id": case_.id, "signalement_id": sid} for sid in new])
                self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                           f"{case_.reference}: + {len(new)} signalement(s)", org_id=case_.org_id)
            return len(new)

    def unlink_signalement(self, case_id: str, signalement_id: str) -> None:
        with self.write() as s:
            case_ = self._open(s, case_id)
            s.execute(delete(case_signalements).where(
                case_signalements.c.case_id == case_.id,
                case_signalements.c.signalement_id == signalement_id))
            self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                       f"{case_.reference}: - signalement", org_id=case_.org_id)

    def close_case(self, case_id: str, reason: str, closed_on: date) -> None:
        errors = Errors()
        if reason not in ClosingReason.codes():
            errors.add("reason", "unknown_code", value=reason)
        check_day(errors, "closed_on", closed_on)
        errors.raise_if_any()
        with self.write() as s:
            case_ = self._changeable_case(s, case_id, "closed_on", closed_on)
            case_.status = CaseStatus.CLOSED.value
            case_.closing_reason = reason
            case_.closed_on = closed_on
            case_.next_due_on = None
            case_.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case_.id,
                       f"{case_.reference}: {reason}", org_id=case_.org_id)

    # Reading -----------------------------------------------------------------------

    def page(self, flt: CaseFilter = CaseFilter(), *, sort: str = "opened_on",
             descending: bool = True, limit: int = 100,
             after: tuple | None = None) -> list[CaseRow]:
        """One page of the list, keyset-paginated: pass the last row's `page_key` as `after`."""
        col = SORTABLE[sort]
        q = self._select_rows(flt)
        if after is not None:
            # Typed binds: a tuple comparison would not apply the column's own type.
            bound = tuple_(literal(after[0], col.type), literal(after[1], ConflictCase.id.type))
            key = tuple_(col, ConflictCase.id)
            q = q.where(key < bound if descending else key > bound)
        order = (col.desc(), ConflictCase.id.desc()) if descending else (col.asc(),
                                                                         ConflictCase.id.asc())
        with self.read() as s:
            return [CaseRow(*r) for r in s.execute(q.order_by(*order).limit(limit))]

    @staticmethod
    def page_key(row: CaseRow, sort: str = "opened_on") -> tuple:
        value = getattr(row, sort)
        # The list sorts cases without a deadline last: as SORTABLE does.
        return (FAR_FUTURE if value is None and sort == "next_due_on" else value, row.id)

    def count(self, flt: CaseFilter = CaseFilter()) -> int:
        q = select(func.count()).select_from(ConflictCase).where(*self._conditions(flt))
        with self.read() as s:
            return s.scalar(q)

    def get(self, case_id: str, today: date | None = None) -> CaseDetail:
        today = today or date.today()
        with self.read() as s:
            c = self._live(s, case_id)
            site = s.get(Site, c.site_id)
            rules = stored_rules(s, site.landlord_id)
            users = _user_names(s)
            detail = CaseDetail(
                c.id, c.reference, c.version, c.site_id, f"{site.code} – {site.name}",
                site.landlord_id, c.nature, c.summary, c.status, c.current_step, c.opened_on,
                c.next_due_on, c.closed_on, c.closing_reason, _exclusions(c),
                propose(ProcedureStep(c.current_step), today, rules)
                if c.status == CaseStatus.OPEN else Proposal(None, None),
                rules)
            for hid, name, dwelling, role in s.execute(
                    select(ConflictParty.household_id, Household.name, Dwelling.reference,
                           ConflictParty.role)
                    .join(Household, Household.id == ConflictParty.household_id)
                    .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
                    .where(ConflictParty.case_id == c.id, ConflictParty.deleted_at.is_(None))
                    .order_by(ConflictParty.role, Household.name)):
                detail.parties.append(PartyInfo(hid, name, dwelling or "", role))
            for st in s.scalars(select(CaseStep).where(
                    CaseStep.case_id == c.id, CaseStep.deleted_at.is_(None))
                    .order_by(CaseStep.taken_on, CaseStep.created_at)):
                detail.steps.append(StepInfo(st.id, st.step, st.taken_on,
                                             users.get(st.taken_by, ""), st.outcome,
                                             st.next_due_on, st.override_reason,
                                             st.created_at))
            for m in s.scalars(select(MediationSession).where(
                    MediationSession.case_id == c.id, MediationSession.deleted_at.is_(None))
                    .order_by(MediationSession.held_on, MediationSession.created_at)):
                detail.sessions.append(SessionInfo(m.id, m.kind, m.held_on, m.participants,
                                                   m.agreement, m.consent_complainant,
                                                   m.consent_respondent, m.created_at))
            for sid, ref, category, facts, summary in s.execute(
                    select(Signalement.id, Signalement.reference, Signalement.category,
                           Signalement.facts_start, func.substr(Signalement.description, 1, 200))
                    .join(case_signalements, case_signalements.c.signalement_id == Signalement.id)
                    .where(case_signalements.c.case_id == c.id, Signalement.deleted_at.is_(None))
                    .order_by(Signalement.facts_start)):
                detail.signalements.append(LinkedSignalement(
                    sid, ref, category, facts.astimezone().date(), summary))
            return detail

    def chronology(self, case_id: str) -> list[ChronologyItem]:
        """Everything that happened in the case, in date order (the court's reading).

        On one day: the signalements first, then steps and mediation sessions in the order
        they were recorded, the closing last.
        """
        d = self.get(case_id)
        start = datetime.min.replace(tzinfo=UTC)
        items: list[tuple[date, int, datetime, ChronologyItem]] = []
        for sig in d.signalements:
            items.append((sig.facts_on, 0, start, ChronologyItem(
                sig.facts_on, "signalement", sig.category, sig.summary, reference=sig.reference)))
        for st in d.steps:
            items.append((st.taken_on, 1, st.recorded_at, ChronologyItem(
                st.taken_on, "step", st.step, st.outcome, st.taken_by, due_on=st.next_due_on,
                note=st.override_reason or "")))
        for m in d.sessions:
            items.append((m.held_on, 1, m.recorded_at, ChronologyItem(
                m.held_on, "mediation", m.kind, m.agreement, note=m.participants)))
        if d.closed_on is not None:
            items.append((d.closed_on, 2, start, ChronologyItem(d.closed_on, "closed",
                                                                d.closing_reason or "", "")))
        return [item for *_key, item in sorted(items, key=lambda t: t[:3])]

    def household_choices(self, site_id: str) -> list[Choice]:
        """The households of a site's register, for the party pickers."""
        with self.read() as s:
            rows = s.execute(
                select(Household.id, Household.name, Dwelling.reference)
                .join(Dwelling, Dwelling.id == Household.dwelling_id)
                .join(Entrance, Entrance.id == Dwelling.entrance_id)
                .join(Building, Building.id == Entrance.building_id)
                .where(Building.site_id == site_id, Household.deleted_at.is_(None))
                .order_by(Household.name, Dwelling.reference))
            return [Choice(hid, f"{name} – {ref}") for hid, name, ref in rows]

    def signalement_site(self, signalement_id: str) -> tuple[str, str] | None:
        """(site id, reference) of a signalement, to open a case from it."""
        with self.read() as s:
            row = s.execute(select(Signalement.site_id, Signalement.reference).where(
                Signalement.id == signalement_id, Signalement.deleted_at.is_(None))).first()
            return tuple(row) if row else None

    def signalement_choices(self, signalement_ids: Iterable[str]) -> list[Choice]:
        """What a picker shows of the given signalements (reference, date, category)."""
        q = (select(Signalement.id, Signalement.reference, Signalement.category,
                    Signalement.facts_start)
             .where(Signalement.id.in_(list(signalement_ids)), Signalement.deleted_at.is_(None))
             .order_by(Signalement.facts_start))
        with self.read() as s:
            return [_signalement_choice(*r) for r in s.execute(q)]

    def find_signalements(self, site_id: str | None, user_text: str,
                          limit: int = 20) -> list[Choice]:
        """Signalements matching a reference or words, to link to a case."""
        words = user_text.strip()
        if not words:
            return []
        q = select(Signalement.id, Signalement.reference, Signalement.category,
                   Signalement.facts_start).where(Signalement.deleted_at.is_(None))
        if site_id:
            q = q.where(Signalement.site_id == site_id)
        if words.upper().startswith("SIG-"):
            q = q.where(Signalement.reference.startswith(words.upper(), autoescape=True))
        else:
            from app.services.signalement_list import fts_query

            query = fts_query(words)
            if query is None:
                return []
            q = q.where(Signalement.seq.in_(select(text("rowid")).select_from(
                text("signalements_fts")).where(text("signalements_fts MATCH :q")
                                                .bindparams(q=query))))
        q = q.order_by(Signalement.facts_start.desc()).limit(limit)
        with self.read() as s:
            return [_signalement_choice(*r) for r in s.execute(q)]

    # Helpers -----------------------------------------------------------------------

    def _select_rows(self, flt: CaseFilter) -> Select:
        names = {}
        for role in PartyRole:
            names[role] = (select(func.group_concat(Household.name, ", "))
                           .join(ConflictParty, ConflictParty.household_id == Household.id)
                           .where(ConflictParty.case_id == ConflictCase.id,
                                  ConflictParty.role == role.value,
                                  ConflictParty.deleted_at.is_(None))
                           .scalar_subquery())
        return (select(ConflictCase.id, ConflictCase.reference, Site.code, ConflictCase.nature,
                       ConflictCase.status, ConflictCase.current_step, ConflictCase.opened_on,
                       ConflictCase.next_due_on,
                       func.coalesce(names[PartyRole.COMPLAINANT], ""),
                       func.coalesce(names[PartyRole.RESPONDENT], ""), ConflictCase.version)
                .join(Site, Site.id == ConflictCase.site_id)
                .where(*self._conditions(flt)))

    def _conditions(self, flt: CaseFilter) -> list:
        conds = [ConflictCase.deleted_at.is_(None),
                 *scope_conditions(self.list_scope(Kind.CONFLICT_CASE), ConflictCase.org_id,
                                   ConflictCase.site_id)]
        if flt.site_id:
            conds.append(ConflictCase.site_id == flt.site_id)
        if flt.site_ids is not None:
            conds.append(ConflictCase.site_id.in_(flt.site_ids))
        if flt.status:
            conds.append(ConflictCase.status == flt.status)
        if flt.step:
            conds.append(ConflictCase.current_step == flt.step)
        if flt.nature:
            conds.append(ConflictCase.nature == flt.nature)
        if flt.late_on:
            conds += [ConflictCase.status == CaseStatus.OPEN.value,
                      ConflictCase.next_due_on < flt.late_on]
        if flt.text.strip():
            conds.append(_text_condition(flt.text))
        return conds

    @staticmethod
    def _check_signalements(s: Session, errors: Errors, ids: list[str]) -> None:
        found = set(s.scalars(select(Signalement.id).where(
            Signalement.id.in_(ids), Signalement.deleted_at.is_(None))))
        for sid in ids:
            if sid not in found:
                errors.add("signalement_ids", "unknown_record", value=sid)

    @staticmethod
    def _landlord(s: Session, case_: ConflictCase) -> str | None:
        return s.scalar(select(Site.landlord_id).where(Site.id == case_.site_id))

    def _live(self, s: Session, case_id: str, action: Action = Action.READ) -> ConflictCase:
        """The live case, once the actor's role allows `action` on it (app.domain.policy)."""
        case_ = s.get(ConflictCase, case_id)
        if case_ is None or case_.deleted_at is not None:
            raise NotFound(case_id)
        self.authorise(action, Kind.CONFLICT_CASE, case_.org_id, case_.site_id)
        return case_

    def _open(self, s: Session, case_id: str) -> ConflictCase:
        """The live case, refused once closed: its chronology is then evidence, kept as is."""
        case_ = self._live(s, case_id, Action.UPDATE)
        if case_.status == CaseStatus.CLOSED:
            errors = Errors()
            errors.add("case_id", "case_closed", date=day(case_.closed_on))
            errors.raise_if_any()
        return case_

    def _changeable_case(self, s: Session, case_id: str, field_name: str,
                         on: date) -> ConflictCase:
        """The live, open case, refusing a date before it was opened."""
        case_ = self._open(s, case_id)
        if on < case_.opened_on:
            errors = Errors()
            errors.add(field_name, "before_opening", date=day(case_.opened_on))
            errors.raise_if_any()
        return case_


def _exclusions(case_: ConflictCase) -> dict[str, bool | None]:
    return {code: getattr(case_, column) for code, column in EXCLUSION_COLUMNS.items()}


def _add_refusal(errors: Errors, refusal: Refusal) -> None:
    lang = language()
    if refusal.key == "mediation_consent_needed":
        errors.add(refusal.field, refusal.key, kind=MediationKind(refusal.codes[0]).label(lang))
    else:
        errors.add(refusal.field, refusal.key, reasons=", ".join(
            MediationExclusion(c).label(lang).lower() for c in refusal.codes))


def _signalement_choice(sid: str, reference: str, category: str, facts) -> Choice:
    label = Category(category).label(language())
    return Choice(sid, f"{reference} – {facts.astimezone():%d/%m/%Y} – {label}")


def _user_names(s: Session) -> dict[str | None, str]:
    return dict(s.execute(select(User.id, User.display_name)).all())


def _text_condition(user_text: str):
    match = REFERENCE_PATTERN.match(user_text)
    if match:
        return ConflictCase.reference.startswith(match.group(1).upper(), autoescape=True)
    from app.services.signalement_list import fts_query

    query = fts_query(user_text)
    if query is None:
        return or_(False)
    matches = select(text("rowid")).select_from(text("conflict_cases_fts")).where(
        text("conflict_cases_fts MATCH :cq").bindparams(cq=query))
    return ConflictCase.seq.in_(matches)

