"""What the signalement service takes and returns: plain dataclasses, no SQLAlchemy.

Kept apart from app/services/signalements.py so that the desktop app can show its list
without importing SQLAlchemy at start-up (see app/services/signalement_list.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from app.domain.codes import Recurrence, SignalementStatus


@dataclass(slots=True)
class SignalementDraft:
    """Everything a person types into the form; what `create` and `update` take."""

    category: str = ""
    site_id: str = ""
    building_id: str | None = None
    entrance_id: str | None = None
    floor: int | None = None
    location_kind: str | None = None
    facts_start: datetime | None = None
    facts_end: datetime | None = None
    reported_at: datetime | None = None
    description: str = ""
    recurrence: str = Recurrence.FIRST_TIME.value
    severity: int = 2
    persons_count: int = 0
    persons_description: str = ""
    witnesses: str = ""
    harm_people: str = ""
    harm_property: str = ""
    estimated_cost_cents: int = 0
    action_intervention: bool = False
    action_called_17: bool = False
    action_town_informed: bool = False
    actions_notes: str = ""
    status: str = SignalementStatus.NEW.value
    closing_reason: str | None = None
    protect_identity: bool = False
    reporter_id: str | None = None

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in DRAFT_FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> SignalementDraft:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


DRAFT_FIELDS = tuple(f.name for f in fields(SignalementDraft))
@dataclass(frozen=True)
class SignalementFilter:
    site_id: str | None = None
    building_id: str | None = None
    category: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class SignalementRow:
    """One line of the list."""

    id: str
    reference: str
    facts_start: datetime
    category: str
    status: str
    severity: int
    site_code: str
    building: str | None
    summary: str
    version: int
    seq: int  # local row number: the keyset of the "recorded" order


@dataclass
class ReferralInfo:
    id: str
    recipient: str
    referred_on: date
    channel: str
    reference_number: str
    notes: str


@dataclass
class SignalementDetail:
    id: str
    reference: str
    version: int
    created_at: datetime
    updated_at: datetime
    draft: SignalementDraft
    referrals: list[ReferralInfo] = field(default_factory=list)
