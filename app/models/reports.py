"""What a landlord sets for its printed documents: letterhead logo, contacts, letter templates.

The letterhead's name and address are the organisation's own; these rows hold the rest.
Both tables are records (synced like any other): an administrator edits them once for
every workstation of the landlord.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import ProcedureStep
from app.models.base import ID, Base, RecordMixin

# The steps of the graduated procedure that are letters, by their ProcedureStep code.
LETTER_STEPS = (ProcedureStep.RULES_REMINDER, ProcedureStep.SUMMONS, ProcedureStep.FORMAL_NOTICE)
LOGO_SIZE_LIMIT = 2 * 1024 * 1024


class ReportSettings(RecordMixin, Base):
    """One row per landlord (at most one live row)."""

    __tablename__ = "report_settings"
    __table_args__ = (
        CheckConstraint(f"logo IS NULL OR length(logo) <= {LOGO_SIZE_LIMIT}", name="logo_size"),
        Index("uq_report_settings_landlord_live", "landlord_id", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    landlord_id: Mapped[str] = mapped_column(ID, ForeignKey("organisations.id"))
    # PNG, re-encoded on upload (no metadata), at most 600 px wide.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # The security officer named on referral sheets (and instead of a protected reporter).
    officer_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    # The landlord's contact for the police and partners; blank: the officer's, else the landlord's.
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    # Who signs the letters of the graduated procedure.
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")


class LetterTemplate(RecordMixin, Base):
    """A landlord's own wording of one letter; without one, the default shipped in code is used."""

    __tablename__ = "letter_templates"
    __table_args__ = (
        CheckConstraint(" OR ".join(f"kind = '{s.value}'" for s in LETTER_STEPS), name="kind"),
        CheckConstraint("length(trim(subject)) > 0", name="subject_not_blank"),
        Index("uq_letter_templates_landlord_kind_live", "landlord_id", "kind", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    landlord_id: Mapped[str] = mapped_column(ID, ForeignKey("organisations.id"))
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
