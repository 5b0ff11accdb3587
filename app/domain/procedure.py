"""The graduated procedure of a neighbour-conflict case, as pure rules (no database, no Qt).

Landlords climb the ladder one rung at a time: a court reads the chronology and expects
each milder step to have been tried. The case is a small state machine over the rungs of
`ProcedureStep`:

- a complaint (a new incident written down) can be recorded at any rung and does not
  move the case;
- the same rung can be taken again (a second reminder letter), and the next rung up is
  the normal move;
- skipping rungs, or going back down, is refused unless a manager (security officer,
  administrator) gives a reason, which stays on the step;
- a closed case takes no step.

Each step taken sets the deadline of the next one: taken_on + the landlord's number of
days for that step (DEFAULT_DEADLINE_DAYS unless the landlord set its own).

External mediation (an inter-landlord team, a justice conciliator) needs the written
consent of both parties, and is not for cases involving mental health, people under
guardianship, minors, or cases already before a court: `mediation_refusals` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from app.domain.codes import LandlordRule, MediationExclusion, MediationKind, ProcedureStep

LADDER: tuple[ProcedureStep, ...] = tuple(ProcedureStep)
# Roles allowed to override the ladder (app.domain.codes.Role values).
MANAGER_ROLES = frozenset({"officer", "admin"})

# Days allowed before the next step, once a step is taken. Court has none: the case then
# waits for the judgment and is closed.
DEFAULT_DEADLINE_DAYS: dict[ProcedureStep, int] = {
    ProcedureStep.COMPLAINT: 8,
    ProcedureStep.VERBAL_REMINDER: 15,
    ProcedureStep.RULES_REMINDER: 15,
    ProcedureStep.SUMMONS: 21,
    ProcedureStep.MEDIATION: 30,
    ProcedureStep.FORMAL_NOTICE: 15,
}
DEADLINE_RULES: dict[ProcedureStep, LandlordRule] = {
    ProcedureStep.COMPLAINT: LandlordRule.AFTER_COMPLAINT,
    ProcedureStep.VERBAL_REMINDER: LandlordRule.AFTER_VERBAL_REMINDER,
    ProcedureStep.RULES_REMINDER: LandlordRule.AFTER_RULES_REMINDER,
    ProcedureStep.SUMMONS: LandlordRule.AFTER_SUMMONS,
    ProcedureStep.MEDIATION: LandlordRule.AFTER_MEDIATION,
    ProcedureStep.FORMAL_NOTICE: LandlordRule.AFTER_FORMAL_NOTICE,
}
DEADLINE_BOUNDS = (1, 365)


class Move(Enum):
    """How a step relates to the rung the case stands on."""

    COMPLAINT = "complaint"  # a new incident: recorded at any rung, the case stays
    REPEAT = "repeat"  # the same rung again
    NEXT = "next"  # one rung up
    SKIP = "skip"  # more than one rung up
    BACK = "back"  # down the ladder


@dataclass(frozen=True)
class Transition:
    """The verdict on a step: where the case stands afterwards, or why it is refused."""

    move: Move
    moved_to: ProcedureStep
    refusal: str | None = None  # a message key of app.domain.messages
    overridden: bool = False  # allowed only on a manager's reason

    @property
    def allowed(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class Proposal:
    """What the app suggests: the step to take now, and when the one after it is due."""

    step: ProcedureStep | None
    next_due_on: date | None


def next_step(current: ProcedureStep) -> ProcedureStep | None:
    """The rung above `current`, or None at the top (court)."""
    return LADDER[current.rank] if current.rank < len(LADDER) else None


def classify(current: ProcedureStep, new: ProcedureStep) -> Move:
    if new is ProcedureStep.COMPLAINT:
        return Move.COMPLAINT
    if new is current:
        return Move.REPEAT
    if new.rank == current.rank + 1:
        return Move.NEXT
    return Move.SKIP if new.rank > current.rank else Move.BACK


def transition(current: ProcedureStep, new: ProcedureStep, override_reason: str | None = None,
               by_manager: bool = False, closed: bool = False) -> Transition:
    """Decide on taking `new` while the case stands on `current`."""
    move = classify(current, new)
    moved_to = step_after(current, new)
    if closed:
        return Transition(move, current, "case_closed_no_step")
    if move in (Move.COMPLAINT, Move.REPEAT, Move.NEXT):
        return Transition(move, moved_to)
    if not (override_reason and override_reason.strip()):
        key = "step_skip_needs_reason" if move is Move.SKIP else "step_back_needs_reason"
        return Transition(move, current, key)
    if not by_manager:
        return Transition(move, current, "step_override_manager_only")
    return Transition(move, moved_to, overridden=True)


def check_step(current: ProcedureStep, new: ProcedureStep, override_reason: str | None,
               by_manager: bool = True) -> str | None:
    """The message key refusing `new` after `current`, or None when the move is allowed."""
    return transition(current, new, override_reason, by_manager).refusal


def step_after(current: ProcedureStep, new: ProcedureStep) -> ProcedureStep:
    """Where the case stands once `new` is taken: a new complaint does not move it down."""
    return current if new is ProcedureStep.COMPLAINT else new


def is_manager(role: str | None) -> bool:
    return role in MANAGER_ROLES


# Deadlines ---------------------------------------------------------------------------------

def deadline_days(step: ProcedureStep, landlord_rules: Mapping[str, int] | None = None) -> int | None:
    """Days allowed after `step` before the next one: the landlord's, else the default."""
    rule = DEADLINE_RULES.get(step)
    if rule is None:
        return None
    return (landlord_rules or {}).get(rule.value, DEFAULT_DEADLINE_DAYS[step])


def default_due(step: ProcedureStep, taken_on: date,
                landlord_rules: Mapping[str, int] | None = None) -> date | None:
    """The deadline of the next step once `step` is taken on `taken_on`."""
    days = deadline_days(step, landlord_rules)
    return None if days is None else taken_on + timedelta(days=days)


def propose(current: ProcedureStep, on: date,
            landlord_rules: Mapping[str, int] | None = None) -> Proposal:
    """The next rung and, were it taken on `on`, the deadline of the one after it."""
    step = next_step(current)
    if step is None:
        return Proposal(None, None)
    return Proposal(step, default_due(step, on, landlord_rules))


def is_late(next_due_on: date | None, today: date) -> bool:
    return next_due_on is not None and next_due_on < today


# Mediation ---------------------------------------------------------------------------------

EXTERNAL_MEDIATION = frozenset({MediationKind.INTER_LANDLORD, MediationKind.CONCILIATOR})


@dataclass(frozen=True)
class Refusal:
    """A refusal to explain: the field it concerns, a message key and its values (codes)."""

    field: str
    key: str
    codes: tuple[str, ...] = ()


def mediation_refusals(kind: str, consent_complainant: bool, consent_respondent: bool,
                       exclusions: Mapping[str, bool | None],
                       current: ProcedureStep = ProcedureStep.COMPLAINT) -> list[Refusal]:
    """Why a mediation session of `kind` cannot be held; empty when it can.

    Internal mediation (the landlord's own staff) has no condition. External mediation
    needs both consents and every exclusion answered "no"; a case that reached the court
    step is before a court whatever its answers say.
    """
    if kind not in EXTERNAL_MEDIATION:
        return []
    found: list[Refusal] = []
    if not (consent_complainant and consent_respondent):
        found.append(Refusal("consent", "mediation_consent_needed", (kind,)))
    excluded = [e.value for e in MediationExclusion if exclusions.get(e.value)]
    if current is ProcedureStep.COURT and MediationExclusion.COURT.value not in excluded:
        excluded.append(MediationExclusion.COURT.value)
    unanswered = [e.value for e in MediationExclusion
                  if exclusions.get(e.value) is None and e.value not in excluded]
    if excluded:
        found.append(Refusal("exclusions", "mediation_excluded", tuple(excluded)))
    elif unanswered:
        found.append(Refusal("exclusions", "mediation_exclusions_unanswered", tuple(unanswered)))
    return found
