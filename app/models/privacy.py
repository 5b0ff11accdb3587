"""Review flags for the security officer, and the workspace's own settings.

Both tables are local to the workspace and never synced (they have no sync columns):
a flag is a note for the officer who works on this desktop, and the settings (retention
periods, the last purge) describe this workspace only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.ids import new_id
from app.models.base import ID, Base, UTCDateTime

# The records a flag can point at: those an officer opens from a list.
REVIEW_KINDS = ("signalement", "conflict_case", "welfare_entry")


class ReviewFlag(Base):
    """Free text saved although it looked like sensitive data (app.domain.privacy), or a
    record whose structured fields were anonymised while its free text may still name
    the person. Pending until an officer marks it reviewed."""

    __tablename__ = "review_flags"
    __table_args__ = (
        CheckConstraint(" OR ".join(f"kind = '{k}'" for k in REVIEW_KINDS), name="kind"),
        CheckConstraint("length(trim(words)) > 0", name="words_not_blank"),
        CheckConstraint("reviewed_by IS NULL OR reviewed_at IS NOT NULL",
                        name="reviewer_has_date"),
        # The officer's list: pending flags, oldest first.
        Index("ix_review_flags_pending", "flagged_at", sqlite_where=text("reviewed_at IS NULL")),
        # At most one pending flag per record: a new save adds its words to it.
        Index("uq_review_flags_record_pending", "kind", "record_id", unique=True,
              sqlite_where=text("reviewed_at IS NULL")),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(ID)
    org_id: Mapped[str | None] = mapped_column(ID, ForeignKey("organisations.id"), nullable=True)
    # Comma-separated: the fields that held the words, and the words themselves.
    fields: Mapped[str] = mapped_column(Text, default="")
    words: Mapped[str] = mapped_column(Text)
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    flagged_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)


class WorkspaceSetting(Base):
    """Key/value settings of this workspace: retention periods in days, the last purge."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
