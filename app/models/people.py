"""Households, persons (minimal data) and users."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import AgeBand, Role
from app.models.base import ID, Base, RecordMixin
from app.models.checks import in_codes
from app.models.places import Dwelling, Site


class Household(RecordMixin, Base):
    """The household living in a dwelling. Data minimisation: names and a phone, nothing else."""

    __tablename__ = "households"

    dwelling_id: Mapped[str] = mapped_column(ID, ForeignKey("dwellings.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    move_in_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    dwelling: Mapped[Dwelling] = relationship()
    persons: Mapped[list[Person]] = relationship(back_populates="household", order_by="Person.last_name")


class Person(RecordMixin, Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("length(trim(last_name)) > 0", name="last_name_not_blank"),
        CheckConstraint(in_codes("age_band", AgeBand, nullable=True), name="age_band"),
    )

    household_id: Mapped[str | None] = mapped_column(ID, ForeignKey("households.id"), index=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    age_band: Mapped[str | None] = mapped_column(String(10), nullable=True)
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)

    household: Mapped[Household | None] = relationship(back_populates="persons")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


user_sites = Table(
    "user_sites",
    Base.metadata,
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("site_id", ID, ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
)


class User(RecordMixin, Base):
    """Someone who signs in. Caretakers are limited to the sites listed in user_sites."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(in_codes("role", Role), name="role"),
        CheckConstraint("length(trim(login)) > 0", name="login_not_blank"),
        Index("uq_users_login_live", "login", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )

    login: Mapped[str] = mapped_column(String(60))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    sites: Mapped[list[Site]] = relationship(secondary=user_sites)
