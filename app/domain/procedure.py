"""The graduated procedure of a neighbour-conflict case, as pure rules (no database).

Landlords climb the ladder one rung at a time: a court reads the chronology and expects
each milder step to have been tried. Skipping a rung or going back down is possible,
but only with a reason that stays on the step.
"""

from __future__ import annotations

from app.domain.codes import ProcedureStep

LADDER: tuple[ProcedureStep, ...] = tuple(ProcedureStep)


def next_step(current: ProcedureStep) -> ProcedureStep | None:
    """The rung above `current`, or None at the top (court)."""
    return LADDER[current.rank] if current.rank < len(LADDER) else None


def check_step(current: ProcedureStep, new: ProcedureStep,
               override_reason: str | None) -> str | None:
    """The message key refusing `new` after `current`, or None when the move is allowed."""
    # Every new incident is written down as a complaint, whatever rung the case is on.
    if new is ProcedureStep.COMPLAINT or new.rank in (current.rank, current.rank + 1):
        return None
    if override_reason and override_reason.strip():
        return None
    return "step_skip_needs_reason" if new.rank > current.rank else "step_back_needs_reason"


def step_after(current: ProcedureStep, new: ProcedureStep) -> ProcedureStep:
    """Where the case stands once `new` is taken: a new complaint does not move it down."""
    return current if new is ProcedureStep.COMPLAINT else new
