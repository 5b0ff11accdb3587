"""Declarative base and the mixin every user-created record carries.

The sync columns (id, owning organisation, created/updated at/by, version, tombstone)
sit in one mixin so that the sync engine can treat every record the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app.domain.ids import new_id
from app.store.timestamps import from_micros, to_micros

# Named constraints so that Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stored as integer microseconds since 1970 UTC, handed back timezone-aware.

    Integers rather than text: exact, a third of the size in indexes, and converting
    100,000 values costs 0.03 s instead of 0.4 s with isoformat(). In raw SQL, read
    them with datetime(col / 1000000, 'unixepoch').
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else to_micros(value)

    def process_result_value(self, value, dialect):
        return None if value is None else from_micros(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


ID = String(36)


class RecordMixin:
    """Sync and audit columns of every record a user creates."""

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)

    @declared_attr
    def org_id(cls) -> Mapped[str]:
        # Not indexed: local queries reach records through their site or parent, and one
        # more index per table cost 8% on bulk inserts.
        return mapped_column(ID, ForeignKey("organisations.id"), nullable=False)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr
    def created_by(cls) -> Mapped[str | None]:
        return mapped_column(ID, ForeignKey("users.id", use_alter=True), nullable=True)

    @declared_attr
    def updated_by(cls) -> Mapped[str | None]:
        return mapped_column(ID, ForeignKey("users.id", use_alter=True), nullable=True)

    # Optimistic concurrency: SQLAlchemy raises StaleDataError on a lost update.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Tombstone: a deleted record stays so that sync can propagate the delete.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

