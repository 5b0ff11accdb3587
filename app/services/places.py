"""Organisations, sites, buildings, entrances, dwellings and households."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction, Difficulty, OrgKind
from app.domain.ids import new_id
from app.domain.policy import Action, Kind
from app.domain.text import fold
from app.models import Building, Dwelling, Entrance, Household, Organisation, Person, Site
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound, StaleVersion

LIVE = Site.deleted_at.is_(None)


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str
    name: str
    city: str
    difficulty: int
    landlord: str
    version: int


@dataclass(frozen=True)
class Choice:
    """An item of a picker: an id and what a person reads."""

    id: str
    label: str


class PlaceService(ServiceBase):
    # Organisations -----------------------------------------------------------------

    def create_organisation(self, name: str, kind: str, **fields) -> str:
        errors = Errors()
        if not name.strip():
            errors.add("name", "required")
        if kind not in OrgKind.codes():
            errors.add("kind", "unknown_code", value=kind)
        errors.raise_if_any()
        self.authorise(Action.CREATE, Kind.SETTINGS)  # an administrator's task
        with self.write() as s:
            if s.scalar(select(Organisation.id).where(
                Organisation.name == name.strip(), Organisation.deleted_at.is_(None))):
                errors.add("name", "duplicate_value", value=name.strip())
                errors.raise_if_any()
            org = self.new_organisation(s, name.strip(), kind, **fields)
            self.audit(s, AuditAction.CREATE, "organisation", org.id, name, org_id=org.id)
            return org.id

    def new_organisation(self, s: Session, name: str, kind: str, **fields) -> Organisation:
        org = Organisation(name=name, kind=kind, created_by=self.actor.user_id,
                           updated_by=self.actor.user_id, **fields)
        org.id = new_id()
        org.org_id = org.id
        s.add(org)
        s.flush()
        return org

    def organisation_by_name(self, s: Session, name: str) -> Organisation | None:
        """Case- and accent-insensitive lookup among live organisations."""
        key = fold(name)
        for org in s.scalars(select(Organisation).where(Organisation.deleted_at.is_(None))):
            if fold(org.name) == key:
                return org
        return None

    def organisations(self, kind: str | None = None) -> list[Choice]:
        with self.read() as s:
            q = select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
            if kind:
                q = q.where(Organisation.kind == kind)
            return [Choice(i, n) for i, n in s.execute(q.order_by(Organisation.name))]

    # Sites -------------------------------------------------------------------------

    def sites(self) -> list[SiteRow]:
        with self.read() as s:
            rows = s.execute(
                select(Site.id, Site.code, Site.name, Site.city, Site.difficulty,
                       Organisation.name, Site.version)
                .join(Organisation, Site.landlord_id == Organisation.id)
                .where(LIVE)
                .order_by(Site.code)
            )
            return [SiteRow(*r) for r in rows]

    def site_choices(self) -> list[Choice]:
        return [Choice(r.id, f"{r.code} – {r.name}") for r in self.sites()]

    def buildings(self, site_id: str) -> list[Choice]:
        with self.read() as s:
            rows = s.execute(select(Building.id, Building.name).where(
                Building.site_id == site_id, Building.deleted_at.is_(None)).order_by(Building.name))
            return [Choice(i, n) for i, n in rows]

    def entrances(self, building_id: str) -> list[Choice]:
        with self.read() as s:
            rows = s.execute(select(Entrance.id, Entrance.name).where(
                Entrance.building_id == building_id, Entrance.deleted_at.is_(None)
            ).order_by(Entrance.name))
            return [Choice(i, n) for i, n in rows]

    def create_site(self, code: str, name: str, landlord_id: str, difficulty: int = 1,
                    **fields) -> str:
        errors = Errors()
        code, name = code.strip(), name.strip()
        if not code:
            errors.add("code", "required")
        if not name:
            errors.add("name", "required")
        if difficulty not in (1, 2, 3, 4):
            errors.add("difficulty", "level_range")
        errors.raise_if_any()
        with self.write() as s:
            if s.get(Organisation, landlord_id) is None:
                raise NotFound(landlord_id)
            self.authorise(Action.CREATE, Kind.PLACE, landlord_id)
            if s.scalar(select(Site.id).where(Site.code == code, LIVE)):
                errors.add("code", "duplicate_value", value=code)
                errors.raise_if_any()
            site = Site(code=code, name=name, landlord_id=landlord_id, org_id=landlord_id,
                        difficulty=difficulty, created_by=self.actor.user_id,
                        updated_by=self.actor.user_id, **fields)
            s.add(site)
            s.flush()
            self.audit(s, AuditAction.CREATE, "site", site.id, code, org_id=landlord_id)
            return site.id

    def update_site(self, site_id: str, expected_version: int, **changes) -> int:
        """Edit a site (name, address, difficulty...). Returns the new version."""
        errors = Errors()
        if "difficulty" in changes and changes["difficulty"] not in (1, 2, 3, 4):
            errors.add("difficulty", "level_range")
        if "name" in changes and not str(changes["name"]).strip():
            errors.add("name", "required")
        errors.raise_if_any()
        with self.write() as s:
            site = s.get(Site, site_id)
            if site is None or site.deleted_at is not None:
                raise NotFound(site_id)
            self.authorise(Action.UPDATE, Kind.PLACE, site.org_id, site.id)
            if site.version != expected_version:
                raise StaleVersion(site.version, expected_version)
            for key, value in changes.items():
                setattr(site, key, value)
            site.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "site", site.id, ", ".join(sorted(changes)),
                       org_id=site.org_id)
            return site.version

    def add_building(self, site_id: str, name: str) -> str:
        with self.write() as s:
            site = s.get(Site, site_id)
            if site is None:
                raise NotFound(site_id)
            self.authorise(Action.CREATE, Kind.PLACE, site.org_id, site.id)
            b = Building(site_id=site_id, name=name.strip(), org_id=site.org_id,
                         created_by=self.actor.user_id, updated_by=self.actor.user_id)
            s.add(b)
            s.flush()
            self.audit(s, AuditAction.CREATE, "building", b.id, b.name, org_id=site.org_id)
            return b.id

    def add_entrance(self, building_id: str, name: str) -> str:
        with self.write() as s:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFound(building_id)
            self.authorise(Action.CREATE, Kind.PLACE, b.org_id, b.site_id)
            e = Entrance(building_id=building_id, name=name.strip(), org_id=b.org_id,
                         created_by=self.actor.user_id, updated_by=self.actor.user_id)
            s.add(e)
            s.flush()
            self.audit(s, AuditAction.CREATE, "entrance", e.id, e.name, org_id=b.org_id)
            return e.id

    def counts(self) -> dict[str, int]:
        with self.read() as s:
            return {
                "sites": s.scalar(select(func.count()).select_from(Site).where(LIVE)),
                "dwellings": s.scalar(select(func.count()).select_from(Dwelling).where(
                    Dwelling.deleted_at.is_(None))),
                "households": s.scalar(select(func.count()).select_from(Household).where(
                    Household.deleted_at.is_(None))),
            }

    @staticmethod
    def difficulty_label(level: int, lang: str = "fr") -> str:
        return Difficulty(str(level)).label(lang)


def household_display_name(last_name: str, first_name: str) -> str:
    return f"{last_name.strip().upper()} {first_name.strip()}".strip()


def new_household(s: Session, dwelling: Dwelling, last_name: str, first_name: str, phone: str,
                  move_in: date | None, user_id: str | None) -> Household:
    """A household with its head person, in the dwelling's organisation."""
    hh = Household(dwelling_id=dwelling.id, name=household_display_name(last_name, first_name),
                   move_in_date=move_in, org_id=dwelling.org_id, created_by=user_id,
                   updated_by=user_id)
    s.add(hh)
    s.flush()
    s.add(Person(household_id=hh.id, last_name=last_name.strip(), first_name=first_name.strip(),
                 phone=phone.strip(), is_head=True, org_id=dwelling.org_id, created_by=user_id,
                 updated_by=user_id))
    return hh

