"""Neighbour-conflict cases: opening, the graduated procedure, mediation and closing.

Each write is one transaction. The ladder rules live in app.domain.procedure; this module
checks the records around them (case open, dates in order, parties known).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AuditAction,
    CaseStatus,
    ClosingReason,
    ConflictNature,
    MediationKind,
    PartyRole,
    ProcedureStep,
)
from app.domain.ids import references
from app.domain.messages import language
from app.domain.procedure import check_step, step_after
from app.models import (
    CaseStep,
    ConflictCase,
    ConflictParty,
    Household,
    MediationSession,
    Signalement,
    Site,
    case_signalements,
)
from app.services.base import ServiceBase
from app.services.dates import check_day, day
from app.services.errors import Errors, NotFound
from app.services.signalements import taken_tails

REFERENCE_PREFIX = "VOI"


class ConflictService(ServiceBase):
    def open_case(self, site_id: str, nature: str, summary: str, opened_on: date,
                  complainant_household_ids: Iterable[str],
                  respondent_household_ids: Iterable[str],
                  signalement_ids: Iterable[str] = (), *,
                  next_due_on: date | None = None) -> str:
        """Open a case with its parties and its first step, 'complaint recorded'."""
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
            known = set(s.scalars(select(Household.id).where(
                Household.id.in_(complainants + respondents), Household.deleted_at.is_(None))))
            for field, ids in (("complainant_household_ids", complainants),
                               ("respondent_household_ids", respondents)):
                for hid in ids:
                    if hid not in known:
                        errors.add(field, "unknown_record", value=hid)
            found = set(s.scalars(select(Signalement.id).where(
                Signalement.id.in_(signalements), Signalement.deleted_at.is_(None))))
            for sid in signalements:
                if sid not in found:
                    errors.add("signalement_ids", "unknown_record", value=sid)
            errors.raise_if_any()

            year = opened_on.year
            ref = references(REFERENCE_PREFIX, [year], taken=lambda minute: taken_tails(
                s, ConflictCase.reference, REFERENCE_PREFIX, {year}, minute))[0]
            org, user = site.org_id, self.actor.user_id
            case = ConflictCase(reference=ref, site_id=site.id, nature=nature,
                                summary=summary.strip(), opened_on=opened_on,
                                next_due_on=next_due_on, org_id=org, created_by=user,
                                updated_by=user)
            s.add(case)
            s.flush()
            for role, ids in ((PartyRole.COMPLAINANT, complainants),
                              (PartyRole.RESPONDENT, respondents)):
                s.add_all(ConflictParty(case_id=case.id, household_id=hid, role=role.value,
                                        org_id=org, created_by=user, updated_by=user)
                          for hid in ids)
            s.add(CaseStep(case_id=case.id, step=ProcedureStep.COMPLAINT.value,
                           taken_on=opened_on, taken_by=user, outcome=summary.strip(),
                           next_due_on=next_due_on, org_id=org, created_by=user,
                           updated_by=user))
            if signalements:
                s.execute(case_signalements.insert(),
                          [{"case_id": case.id, "signalement_id": sid} for sid in signalements])
            s.flush()
            self.audit(s, AuditAction.CREATE, "conflict_case", case.id, ref, org_id=org)
            return case.id

    def add_step(self, case_id: str, step: str, taken_on: date, outcome: str,
                 next_due_on: date | None = None, override_reason: str | None = None) -> str:
        """Take a step of the procedure; the case moves to it and to its deadline."""
        errors = Errors()
        if step not in ProcedureStep.codes():
            errors.add("step", "unknown_code", value=step)
        check_day(errors, "taken_on", taken_on)
        if next_due_on is not None and taken_on is not None and next_due_on < taken_on:
            errors.add("next_due_on", "due_before_taken")
        errors.raise_if_any()
        with self.write() as s:
            case = self._changeable_case(s, case_id, "taken_on", taken_on)
            current, new = ProcedureStep(case.current_step), ProcedureStep(step)
            refused = check_step(current, new, override_reason)
            if refused:
                errors.add("step", refused, current=current.label(language()),
                           new=new.label(language()))
                errors.raise_if_any()
            user = self.actor.user_id
            row = CaseStep(case_id=case.id, step=new.value, taken_on=taken_on, taken_by=user,
                           outcome=outcome.strip(), next_due_on=next_due_on,
                           override_reason=(override_reason or "").strip() or None,
                           org_id=case.org_id, created_by=user, updated_by=user)
            s.add(row)
            moved_to = step_after(current, new)
            case.current_step = moved_to.value
            if new is moved_to:  # a complaint logged higher up keeps the running deadline
                case.next_due_on = next_due_on
            case.updated_by = user
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case.id,
                       f"{case.reference}: {current.value} → {new.value}", org_id=case.org_id)
            return row.id

    def record_mediation(self, case_id: str, kind: str, held_on: date, participants: str,
                         agreement: str, consent_complainant: bool,
                         consent_respondent: bool) -> str:
        """Record a mediation session. External mediation needs both parties' written consent."""
        errors = Errors()
        if kind not in MediationKind.codes():
            errors.add("kind", "unknown_code", value=kind)
        elif kind != MediationKind.INTERNAL and not (consent_complainant and consent_respondent):
            errors.add("consent", "mediation_consent_needed",
                       kind=MediationKind(kind).label(language()))
        check_day(errors, "held_on", held_on)
        errors.raise_if_any()
        with self.write() as s:
            case = self._changeable_case(s, case_id, "held_on", held_on)
            user = self.actor.user_id
            session = MediationSession(
                case_id=case.id, kind=kind, held_on=held_on, participants=participants.strip(),
                agreement=agreement.strip(), consent_complainant=bool(consent_complainant),
                consent_respondent=bool(consent_respondent), org_id=case.org_id,
                created_by=user, updated_by=user)
            s.add(session)
            s.flush()
            self.audit(s, AuditAction.CREATE, "mediation_session", session.id,
                       f"{case.reference}: {kind}", org_id=case.org_id)
            return session.id

    def close_case(self, case_id: str, reason: str, closed_on: date) -> None:
        errors = Errors()
        if reason not in ClosingReason.codes():
            errors.add("reason", "unknown_code", value=reason)
        check_day(errors, "closed_on", closed_on)
        errors.raise_if_any()
        with self.write() as s:
            case = self._changeable_case(s, case_id, "closed_on", closed_on)
            case.status = CaseStatus.CLOSED.value
            case.closing_reason = reason
            case.closed_on = closed_on
            case.next_due_on = None
            case.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "conflict_case", case.id,
                       f"{case.reference}: {reason}", org_id=case.org_id)

    @staticmethod
    def _changeable_case(s: Session, case_id: str, field: str, on: date) -> ConflictCase:
        """The live, open case, refusing a date before it was opened."""
        case = s.get(ConflictCase, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(case_id)
        errors = Errors()
        if case.status == CaseStatus.CLOSED:
            errors.add("case_id", "case_closed", date=day(case.closed_on))
        elif on < case.opened_on:
            errors.add(field, "before_opening", date=day(case.opened_on))
        errors.raise_if_any()
        return case
