"""Neighbour-conflict cases, their parties, procedure steps and mediation sessions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from app.domain.codes import (
    CaseStatus,
    ClosingReason,
    ConflictNature,
    MediationKind,
    PartyRole,
    ProcedureStep,
)
from app.domain.ids import new_id
from app.models.base import ID, Base, RecordMixin
from app.models.checks import in_codes
from app.models.people import Household
from app.models.places import Site

case_signalements = Table(
    "case_signalements",
    Base.metadata,
    Column("case_id", ID, ForeignKey("conflict_cases.id", ondelete="CASCADE"), primary_key=True),
    Column("signalement_id", ID, ForeignKey("signalements.id", ondelete="CASCADE"), primary_key=True),
)


class ConflictCase(RecordMixin, Base):
    __tablename__ = "conflict_cases"
    __table_args__ = (
        CheckConstraint(in_codes("nature", ConflictNature), name="nature"),
        CheckConstraint(in_codes("status", CaseStatus), name="status"),
        CheckConstraint(in_codes("current_step", ProcedureStep), name="current_step"),
        CheckConstraint(in_codes("closing_reason", ClosingReason, nullable=True), name="closing_reason"),
        CheckConstraint(
            "(status = 'closed') = (closing_reason IS NOT NULL AND closed_on IS NOT NULL)",
            name="closed_fields",
        ),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        Index("uq_conflict_cases_reference", "reference", unique=True),
        Index("ix_conflict_cases_site_opened", "site_id", "opened_on"),
        # The Today screen: open cases by deadline.
        Index("ix_conflict_cases_open_due", "next_due_on",
              sqlite_where=text("status = 'open' AND deleted_at IS NULL")),
    )

    # The SQLite rowid, local to this workspace: the full-text index's key. The record's
    # identity everywhere else (sync, exports, links) is the UUID `id`.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(ID, unique=True, default=new_id)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.version, "primary_key": [cls.id]}
    reference: Mapped[str] = mapped_column(String(30))
    site_id: Mapped[str] = mapped_column(ID, ForeignKey("sites.id"))
    nature: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=CaseStatus.OPEN.value)
    current_step: Mapped[str] = mapped_column(String(20), default=ProcedureStep.COMPLAINT.value)
    opened_on: Mapped[date] = mapped_column(Date)
    next_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closing_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
    # Mediation exclusions (app.domain.codes.MediationExclusion): yes, no, or NULL while
    # nobody has asked. Facts that rule external mediation out, never health details.
    exclusion_mental_health: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    exclusion_guardianship: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    exclusion_minors: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    exclusion_court: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    site: Mapped[Site] = relationship()
    parties: Mapped[list[ConflictParty]] = relationship(back_populates="case")
    steps: Mapped[list[CaseStep]] = relationship(back_populates="case", order_by="CaseStep.taken_on")
    sessions: Mapped[list[MediationSession]] = relationship(
        back_populates="case", order_by="MediationSession.held_on"
    )


class ConflictParty(RecordMixin, Base):
    __tablename__ = "conflict_parties"
    __table_args__ = (
        CheckConstraint(in_codes("role", PartyRole), name="role"),
        UniqueConstraint("case_id", "household_id", name="uq_conflict_parties_case_household"),
    )

    case_id: Mapped[str] = mapped_column(ID, ForeignKey("conflict_cases.id"), index=True)
    household_id: Mapped[str] = mapped_column(ID, ForeignKey("households.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))

    case: Mapped[ConflictCase] = relationship(back_populates="parties")
    household: Mapped[Household] = relationship()


class CaseStep(RecordMixin, Base):
    """One step of the graduated procedure, taken on a date by someone, with its outcome."""

    __tablename__ = "case_steps"
    __table_args__ = (
        CheckConstraint(in_codes("step", ProcedureStep), name="step"),
        CheckConstraint("next_due_on IS NULL OR next_due_on >= taken_on", name="due_after_taken"),
    )

    case_id: Mapped[str] = mapped_column(ID, ForeignKey("conflict_cases.id"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    taken_on: Mapped[date] = mapped_column(Date)
    taken_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A step that skips the ladder needs a manager's reason, kept here.
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)

    case: Mapped[ConflictCase] = relationship(back_populates="steps")


class MediationSession(RecordMixin, Base):
    __tablename__ = "mediation_sessions"
    __table_args__ = (
        CheckConstraint(in_codes("kind", MediationKind), name="kind"),
        # External mediation needs the written consent of both parties.
        CheckConstraint(
            "kind = 'internal' OR (consent_complainant AND consent_respondent)",
            name="external_needs_consent",
        ),
    )

    case_id: Mapped[str] = mapped_column(ID, ForeignKey("conflict_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")
    agreement: Mapped[str] = mapped_column(Text, default="")
    consent_complainant: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_respondent: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[ConflictCase] = relationship(back_populates="sessions")
