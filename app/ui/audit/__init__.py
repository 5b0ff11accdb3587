"""The audit journal screen: the trail read page by page with its chain status, and the
officer's review queue. `may_read` is all the main window imports before the screen is
built (pure domain: no service, no SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.policy import Action, Kind, Target, decide

if TYPE_CHECKING:
    from app.services.base import Actor


def may_read(actor: Actor | None) -> bool:
    """Whether the screen is offered: the policy's answer for the signed-in actor; an
    unsigned actor (None included) is the system, who sees everything. The services
    check again on every read."""
    if actor is None or not actor.signed_in:
        return True
    return decide(actor.subject, Action.READ, Target(Kind.AUDIT, actor.org_id)) is None


def may_review(actor: Actor | None) -> bool:
    """Whether the review queue is offered (the security officer's alone, or the system)."""
    if actor is None or not actor.signed_in:
        return True
    return decide(actor.subject, Action.READ, Target(Kind.REVIEW, actor.org_id)) is None
