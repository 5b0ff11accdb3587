"""The welfare register of isolated elderly tenants, its checks and the alert plans.

No health data: the register holds consent, contacts, frequency and priority only.
"""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import (
    AgeBand,
    AlertAction,
    AlertKind,
    CheckMethod,
    CheckOutcome,
    ConsentMethod,
    ContactKind,
    EscalationReason,
    FollowUp,
    Priority,
)
from app.models.base import ID, Base, RecordMixin, UTCDateTime
from app.models.checks import in_codes
from app.models.people import Person
from app.models.places import Dwelling


class WelfareEntry(RecordMixin, Base):
    """One person on the register, with the consent they (or a third party) gave."""

    __tablename__ = "welfare_entries"
    __table_args__ = (
        CheckConstraint(in_codes("age_band", AgeBand), name="age_band"),
        CheckConstraint(in_codes("consent_method", ConsentMethod), name="consent_method"),
        CheckConstraint(in_codes("priority", Priority), name="priority"),
        CheckConstraint("frequency_days BETWEEN 1 AND 90", name="frequency"),
        CheckConstraint("left_on IS NULL OR left_on >= consent_on", name="left_after_consent"),
        CheckConstraint("active OR left_on IS NOT NULL", name="inactive_has_left_on"),
    )

    person_id: Mapped[str] = mapped_column(ID, ForeignKey("persons.id"), index=True)
    dwelling_id: Mapped[str] = mapped_column(ID, ForeignKey("dwellings.id"), index=True)
    age_band: Mapped[str] = mapped_column(String(10))
    lives_alone: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_on: Mapped[date] = mapped_column(Date)
    consent_method: Mapped[str] = mapped_column(String(20))
    consent_given_by: Mapped[str] = mapped_column(String(200), default="")
    home_care: Mapped[str] = mapped_column(String(300), default="")
    frequency_days: Mapped[int] = mapped_column(Integer, default=7)
    priority: Mapped[str] = mapped_column(String(10), default=Priority.NORMAL.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    person: Mapped[Person] = relationship()
    dwelling: Mapped[Dwelling] = relationship()
    contacts: Mapped[list[WelfareContact]] = relationship(back_populates="entry")
    checks: Mapped[list[WelfareCheck]] = relationship(
        back_populates="entry", order_by="WelfareCheck.due_on"
    )


class WelfareContact(RecordMixin, Base):
    __tablename__ = "welfare_contacts"
    __table_args__ = (CheckConstraint(in_codes("kind", ContactKind), name="kind"),)

    entry_id: Mapped[str] = mapped_column(ID, ForeignKey("welfare_entries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(30), default="")

    entry: Mapped[WelfareEntry] = relationship(back_populates="contacts")


class WelfareCheck(RecordMixin, Base):
    """A check due on a date; done_at and outcome are set once it is carried out."""

    __tablename__ = "welfare_checks"
    __table_args__ = (
        CheckConstraint(in_codes("method", CheckMethod, nullable=True), name="method"),
        CheckConstraint(in_codes("outcome", CheckOutcome, nullable=True), name="outcome"),
        CheckConstraint(in_codes("follow_up", FollowUp, nullable=True), name="follow_up"),
        CheckConstraint("(done_at IS NULL) = (outcome IS NULL)", name="done_has_outcome"),
        Index("ix_welfare_checks_entry_due", "entry_id", "due_on"),
        # The last outcomes of a person (escalation), newest first.
        Index("ix_welfare_checks_entry_done", "entry_id", "done_at"),
        # The day's round: checks done today.
        Index("ix_welfare_checks_done_at", "done_at", sqlite_where=text("done_at IS NOT NULL")),
        # The Today screen: checks still to do, by due date.
        Index("ix_welfare_checks_pending_due", "due_on",
              sqlite_where=text("done_at IS NULL AND deleted_at IS NULL")),
    )

    entry_id: Mapped[str] = mapped_column(ID, ForeignKey("welfare_entries.id"))
    due_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    follow_up: Mapped[str | None] = mapped_column(String(20), nullable=True)
    follow_up_to: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[WelfareEntry] = relationship(back_populates="checks")


class AlertPlan(RecordMixin, Base):
    """Heatwave, cold or lockdown: divides every check frequency while it runs."""

    __tablename__ = "alert_plans"
    __table_args__ = (
        CheckConstraint(in_codes("kind", AlertKind), name="kind"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("max_interval_days BETWEEN 1 AND 30", name="max_interval"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # While the plan runs, nobody on the register waits longer than this between checks.
    max_interval_days: Mapped[int] = mapped_column(Integer, default=2)
    notes: Mapped[str] = mapped_column(Text, default="")


class WelfareAlert(RecordMixin, Base):
    """An escalation: two 'not reached' in a row, or a high-priority check overdue.

    Raised by the check that caused it (the second 'not reached', or the overdue pending
    check), it stays open, and prominent, until someone acts on it: `acted_at` and
    `action` are then set. Recording a check where the person is reached, or known to
    be away, acts on it too.
    """

    __tablename__ = "welfare_alerts"
    __table_args__ = (
        CheckConstraint(in_codes("reason", EscalationReason), name="reason"),
        CheckConstraint(in_codes("action", AlertAction, nullable=True), name="action"),
        CheckConstraint("(acted_at IS NULL) = (action IS NULL)", name="acted_has_action"),
        Index("ix_welfare_alerts_entry_id", "entry_id"),
        Index("ix_welfare_alerts_check_id", "check_id"),
        # The Today screen: alerts nobody has acted on yet.
        Index("ix_welfare_alerts_open", "raised_at",
              sqlite_where=text("acted_at IS NULL AND deleted_at IS NULL")),
    )

    entry_id: Mapped[str] = mapped_column(ID, ForeignKey("welfare_entries.id"))
    check_id: Mapped[str] = mapped_column(ID, ForeignKey("welfare_checks.id"))
    reason: Mapped[str] = mapped_column(String(30))
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acted_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    action: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
