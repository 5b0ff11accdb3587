"""The sync client's own tables: outbox, state, conflicts, dead letters (docs/sync-protocol.md §10).

Local to one workspace. Conflict rows come from the server like any record (entity
`sync_conflicts`); the other tables never leave the workspace.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SyncOutbox(Base):
    """One local change waiting for the server's acknowledgement. `n` is never reused."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_record", "entity", "record_id"),
        {"sqlite_autoincrement": True},
    )

    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(12))  # create, update, delete, create_many
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: the fields changed and their new values; NULL for a create (read the row).
    fields: Mapped[str | None] = mapped_column(Text, nullable=True)
    # JSON: the values those fields had when the edit started (the merge's base).
    base: Mapped[str | None] = mapped_column(Text, nullable=True)
    # create_many (a bulk insert): JSON list of the new ids, and how many the server has
    # acknowledged so far (a prefix: they are pushed in order).
    ids: Mapped[str | None] = mapped_column(Text, nullable=True)
    done: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[int] = mapped_column(BigInteger)  # microseconds UTC, display only


class SyncState(Base):
    """Key/value: server URL, client id, device token, cursor, scope number, last success."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncSeen(Base):
    """Records received during a re-fetch; what is not in here is removed at its end."""

    __tablename__ = "sync_seen"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class SyncConflict(Base):
    """Two different values for one field (or an edit of a deleted record), from the server."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_record", "entity", "record_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))  # field, deleted, delete_after_edit
    field: Mapped[str | None] = mapped_column(String(60), nullable=True)
    base_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    kept_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    other_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    other_client: Mapped[str | None] = mapped_column(String(80), nullable=True)
    created_at: Mapped[int] = mapped_column(BigInteger)  # server clock, microseconds UTC
    resolved_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON value kept
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class SyncDeadLetter(Base):
    """A mutation the server refused for good, kept for a person to see."""

    __tablename__ = "sync_dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    n: Mapped[int] = mapped_column(Integer)
    i: Mapped[int] = mapped_column(Integer, default=0)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(12))
    fields: Mapped[str | None] = mapped_column(Text, nullable=True)
    base: Mapped[str | None] = mapped_column(Text, nullable=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    rejected_at: Mapped[int] = mapped_column(BigInteger)
