"""Attachments (content-addressed blobs kept inside the workspace) and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import AuditAction
from app.domain.ids import new_id
from app.models.base import ID, Base, RecordMixin, UTCDateTime, utcnow
from app.models.checks import in_codes

ATTACHMENT_OWNERS = ("signalement", "conflict_case", "welfare_entry")


class AttachmentBlob(Base):
    """File content, keyed by its sha256 so that sync can upload it once and verify it."""

    __tablename__ = "attachment_blobs"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(RecordMixin, Base):
    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "owner_kind IN (" + ", ".join(f"'{k}'" for k in ATTACHMENT_OWNERS) + ")",
            name="owner_kind",
        ),
        CheckConstraint("size >= 0", name="size"),
        Index("ix_attachments_owner", "owner_kind", "owner_id"),
    )

    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[str] = mapped_column(ID)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_blobs.sha256"))
    caption: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who did what to which record, and when. Written by the service layer, never edited."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        CheckConstraint(in_codes("action", AuditAction), name="action"),
        Index("ix_audit_entries_entity", "entity_kind", "entity_id"),
        Index("ix_audit_entries_at", "at"),
        Index("ix_audit_entries_seq", "seq", unique=True),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    org_id: Mapped[str | None] = mapped_column(ID, ForeignKey("organisations.id"), nullable=True)
    user_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(20))
    entity_kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (app.domain.audit_chain): position, previous entry's hash, own hash.
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
