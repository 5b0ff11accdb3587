"""Organisations and the places they own: sites, buildings, entrances, dwellings."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import Difficulty, OrgKind
from app.models.base import ID, Base, RecordMixin
from app.models.checks import in_codes


class Organisation(RecordMixin, Base):
    """A landlord, a town, a mediation team or an association. Owns itself (org_id = id)."""

    __tablename__ = "organisations"
    __table_args__ = (
        CheckConstraint(in_codes("kind", OrgKind), name="kind"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("uq_organisations_name_live", "name", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Site(RecordMixin, Base):
    """A residence. Its code is the landlord's key, unique among live sites of a workspace."""

    __tablename__ = "sites"
    __table_args__ = (
        CheckConstraint("difficulty BETWEEN 1 AND 4", name="difficulty"),
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("uq_sites_code_live", "code", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    landlord_id: Mapped[str] = mapped_column(ID, ForeignKey("organisations.id"), index=True)
    difficulty: Mapped[int] = mapped_column(Integer, default=1)

    landlord: Mapped[Organisation] = relationship(foreign_keys=[landlord_id])
    buildings: Mapped[list[Building]] = relationship(back_populates="site", order_by="Building.name")

    @property
    def difficulty_level(self) -> Difficulty:
        return Difficulty(str(self.difficulty))


class Building(RecordMixin, Base):
    __tablename__ = "buildings"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("uq_buildings_site_name_live", "site_id", "name", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    site_id: Mapped[str] = mapped_column(ID, ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))

    site: Mapped[Site] = relationship(back_populates="buildings")
    entrances: Mapped[list[Entrance]] = relationship(back_populates="building", order_by="Entrance.name")


class Entrance(RecordMixin, Base):
    """A stair or hall (cage d'escalier / entrée)."""

    __tablename__ = "entrances"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("uq_entrances_building_name_live", "building_id", "name", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    building_id: Mapped[str] = mapped_column(ID, ForeignKey("buildings.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))

    building: Mapped[Building] = relationship(back_populates="entrances")


class Dwelling(RecordMixin, Base):
    """A dwelling, keyed by the landlord's reference (référence logement)."""

    __tablename__ = "dwellings"
    __table_args__ = (
        CheckConstraint("floor BETWEEN -5 AND 60", name="floor"),
        CheckConstraint("length(trim(reference)) > 0", name="reference_not_blank"),
        Index("uq_dwellings_reference_live", "reference", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    entrance_id: Mapped[str] = mapped_column(ID, ForeignKey("entrances.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60))
    floor: Mapped[int] = mapped_column(Integer, default=0)
    door: Mapped[str] = mapped_column(String(20), default="")

    entrance: Mapped[Entrance] = relationship()
