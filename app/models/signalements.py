"""Signalements (incident reports) and their referrals, with every field of a referral sheet."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from app.domain.codes import (
    Category,
    ClosingReason,
    LocationKind,
    Recurrence,
    ReferralChannel,
    ReferralRecipient,
    SignalementStatus,
)
from app.domain.ids import new_id
from app.domain.limits import DESCRIPTION_LIMIT
from app.models.base import ID, Base, RecordMixin, UTCDateTime
from app.models.checks import in_codes
from app.models.places import Building, Entrance, Site
from app.store.partial_indexes import OPEN_SIGNALEMENT


class Signalement(RecordMixin, Base):
    __tablename__ = "signalements"
    __table_args__ = (
        CheckConstraint(in_codes("category", Category), name="category"),
        CheckConstraint(in_codes("location_kind", LocationKind, nullable=True), name="location_kind"),
        CheckConstraint(in_codes("recurrence", Recurrence), name="recurrence"),
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity"),
        CheckConstraint(in_codes("status", SignalementStatus), name="status"),
        CheckConstraint(in_codes("closing_reason", ClosingReason, nullable=True), name="closing_reason"),
        CheckConstraint(
            "(status = 'closed') = (closing_reason IS NOT NULL)", name="closing_reason_iff_closed"
        ),
        CheckConstraint("facts_end IS NULL OR facts_end >= facts_start", name="facts_end_after_start"),
        CheckConstraint("persons_count >= 0", name="persons_count"),
        CheckConstraint("estimated_cost_cents >= 0", name="estimated_cost"),
        CheckConstraint(f"length(description) <= {DESCRIPTION_LIMIT}", name="description_length"),
        Index("uq_signalements_reference", "reference", unique=True),
        # The list, newest facts first, with or without a site filter: walking this one
        # index by date and checking the site in it finds a page as fast as a per-site
        # index would, and bulk inserts maintain one index instead of two. Category and the
        # tombstone make it cover the activity report's counts (migration 0010).
        Index("ix_signalements_facts_site", "facts_start", "site_id", "category", "deleted_at"),
        # The Today screen: signalements still waiting for a referral, newest first. Only
        # the open ones are in it, so it stays small however long the history grows. An
        # OR chain, not IN: see app/store/partial_indexes.py.
        Index("ix_signalements_open_facts", "facts_start", sqlite_where=text(OPEN_SIGNALEMENT)),
    )

    # The SQLite rowid, local to this workspace: the full-text index's key. The record's
    # identity everywhere else (sync, exports, links) is the UUID `id`.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True, default=new_id)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.version, "primary_key": [cls.id]}
    reference: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default=SignalementStatus.NEW.value)
    closing_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)

    # Where
    site_id: Mapped[str] = mapped_column(ID, ForeignKey("sites.id"))
    building_id: Mapped[str | None] = mapped_column(ID, ForeignKey("buildings.id"), nullable=True)
    entrance_id: Mapped[str | None] = mapped_column(ID, ForeignKey("entrances.id"), nullable=True)
    floor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    location_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)

    # When
    facts_start: Mapped[datetime] = mapped_column(UTCDateTime)
    facts_end: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # What
    description: Mapped[str] = mapped_column(Text, default="")
    recurrence: Mapped[str] = mapped_column(String(20), default=Recurrence.FIRST_TIME.value)
    severity: Mapped[int] = mapped_column(Integer, default=2)

    # Who (no identity required)
    persons_count: Mapped[int] = mapped_column(Integer, default=0)
    persons_description: Mapped[str] = mapped_column(Text, default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")

    # Harm
    harm_people: Mapped[str] = mapped_column(Text, default="")
    harm_property: Mapped[str] = mapped_column(Text, default="")
    estimated_cost_cents: Mapped[int] = mapped_column(Integer, default=0)

    # Already done
    action_intervention: Mapped[bool] = mapped_column(Boolean, default=False)
    action_called_17: Mapped[bool] = mapped_column(Boolean, default=False)
    action_town_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    actions_notes: Mapped[str] = mapped_column(Text, default="")

    # Reporter and staff protection: when set, documents name the security officer instead.
    reporter_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    protect_identity: Mapped[bool] = mapped_column(Boolean, default=False)

    site: Mapped[Site] = relationship()
    building: Mapped[Building | None] = relationship()
    entrance: Mapped[Entrance | None] = relationship()
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="signalement", order_by="Referral.referred_on"
    )


class Referral(RecordMixin, Base):
    """One referral of a signalement to the police, the prosecutor, the town or another landlord."""

    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(in_codes("recipient", ReferralRecipient), name="recipient"),
        CheckConstraint(in_codes("channel", ReferralChannel), name="channel"),
    )

    signalement_id: Mapped[str] = mapped_column(ID, ForeignKey("signalements.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(20))
    referred_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    reference_number: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    signalement: Mapped[Signalement] = relationship(back_populates="referrals")
