"""Form drafts: what a person was typing, kept inside the workspace so that nothing is lost.

Local to one workspace and never synced: a draft is not a record yet. Kept in the
database rather than as loose files so that free text about people never sits in clear
files outside the workspace.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class FormDraft(Base):
    __tablename__ = "form_drafts"

    # Which form: "signalement:new" or "signalement:<id>" for an edit in progress.
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
