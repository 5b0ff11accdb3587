"""Import of sites and households from a landlord's CSV files.

A file is refused whole: every error of every line is collected, then reported together,
and nothing is written unless there is none. Importing the same file again updates the
records it names (site code, dwelling reference) instead of duplicating them. Existing
places are loaded into dictionaries once, so that a 10,000-line file runs no query per line.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction, Difficulty, OrgKind
from app.domain.ids import new_id
from app.domain.messages import msg
from app.domain.text import fold
from app.models import Building, Dwelling, Entrance, Household, Organisation, Person, Site, utcnow
from app.services.base import ServiceBase
from app.services.errors import ServiceError
from app.services.places import household_display_name
from app.store import bulk
from app.store.bulk import sql_datetime

SITE_COLUMNS = ("code_site", "nom", "adresse", "code_postal", "ville", "bailleur", "niveau")
HOUSEHOLD_COLUMNS = ("code_site", "batiment", "entree", "etage", "porte", "reference_logement",
                     "nom", "prenom", "telephone", "date_entree")
MAP_COLUMNS = ("colonne_fichier", "colonne_palier")


def _length(model, column: str) -> int:
    return model.__table__.c[column].type.length


# Column -> longest value the database column takes.
SITE_LIMITS = {
    "code_site": _length(Site, "code"), "nom": _length(Site, "name"),
    "adresse": _length(Site, "address"), "code_postal": _length(Site, "postcode"),
    "ville": _length(Site, "city"), "bailleur": _length(Organisation, "name"),
}
HOUSEHOLD_LIMITS = {
    "code_site": _length(Site, "code"), "batiment": _length(Building, "name"),
    "entree": _length(Entrance, "name"), "porte": _length(Dwelling, "door"),
    "reference_logement": _length(Dwelling, "reference"),
    "nom": _length(Person, "last_name"), "prenom": _length(Person, "first_name"),
    "telephone": _length(Person, "phone"),
}

_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_POSTCODE = re.compile(r"\d{5}")
_INTEGER = re.compile(r"[+-]?\d+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")
# French numbers (0X XX XX XX XX) or international ones (+33..., 0033...).
_PHONE = re.compile(r"0\d{9}|(?:\+|00)\d{8,15}")
_GROUND_FLOOR = frozenset({"rdc", "rez-de-chaussee", "rez de chaussee"})
_LEVEL_WORDS = {"vert": 1, "green": 1, "jaune": 2, "yellow": 2, "orange": 3, "rouge": 4, "red": 4}
FLOOR_RANGE = (-5, 60)  # the dwellings table's CHECK constraint


class LineError(NamedTuple):
    """One reason a file was refused: its physical line (header = 1) and a localized message."""

    line: int
    reason: str


class ImportRefused(ServiceError):
    """The file was refused whole; `errors` lists every problem found, by line."""

    def __init__(self, errors: list[LineError]) -> None:
        self.errors = sorted(errors, key=lambda e: e.line)
        super().__init__(msg("cli_import_refused", count=len(self.errors)))


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False


# Reading the CSV ---------------------------------------------------------------------


@dataclass
class _Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (physical line where the record starts, values)


def header_key(name: str) -> str:
    """'Date d'entrée ' -> "date_d'entree"; 'Code postal' -> 'code_postal'."""
    return re.sub(r"[\s-]+", "_", fold(name))


def _decode(raw: bytes) -> str | None:
    """UTF-8 (with or without BOM), else Windows-1252; None when neither fits."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            return None
    # NULs mean UTF-16 ("Unicode text" from Excel) or a binary file.
    return None if "\x00" in text else text


def _read_table(path: str | os.PathLike) -> tuple[_Table | None, list[LineError]]:
    """The header and the non-blank records of a CSV file, or the file-level problems."""
    text = _decode(Path(path).read_bytes())
    if text is None:
        return None, [LineError(1, msg("import_unreadable"))]
    first_line = re.split(r"\r\n|\r|\n", text.lstrip("\r\n"), maxsplit=1)[0]
    delimiter = "," if first_line.count(",") > first_line.count(";") else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    problems: list[LineError] = []
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            values = [v.strip() for v in record]
            if not any(values):  # blank lines and lines of empty cells: Excel leaves them
                continue
            if header is None:
                header = values
            else:
                rows.append((line, values))
    except csv.Error:  # e.g. a field beyond the csv module's size limit
        problems.append(LineError(start, msg("import_bad_line")))
    if header is None or (not rows and not problems):
        problems.append(LineError(1, msg("import_no_rows")))
    return (_Table(header, rows) if header is not None else None), problems


def _read_mapping(path: str | os.PathLike, documented: tuple[str, ...]
                  ) -> tuple[dict[str, str], list[LineError]]:
    """{header_key(file column): documented column} from a two-column mapping file."""

    def bad(reason: str, line: int | None = None) -> LineError:
        if line is not None:
            reason = msg("cli_line_error", line=line, reason=reason)
        return LineError(1, msg("import_bad_map", reason=reason))

    table, problems = _read_table(path)
    errors = [bad(p.reason, p.line if p.line > 1 else None) for p in problems]
    if table is None:
        return {}, errors
    keys = [header_key(h) for h in table.header]
    for column in MAP_COLUMNS:
        if column not in keys:
            errors.append(bad(msg("import_missing_column", column=column)))
    if len(table.header) != len(MAP_COLUMNS) and not errors:
        errors.append(bad(msg("import_wrong_field_count", found=len(table.header),
                              expected=len(MAP_COLUMNS)), 1))
    if errors:
        return {}, errors
    source_at, target_at = keys.index(MAP_COLUMNS[0]), keys.index(MAP_COLUMNS[1])
    mapping: dict[str, str] = {}
    seen_sources: dict[str, int] = {}
    seen_targets: dict[str, int] = {}
    for line, values in table.rows:
        if len(values) != len(table.header):
            errors.append(bad(msg("import_wrong_field_count", found=len(values),
                                  expected=len(table.header)), line))
            continue
        source, target = values[source_at], values[target_at]
        for column, value in ((MAP_COLUMNS[0], source), (MAP_COLUMNS[1], target)):
            if not value:
                errors.append(bad(msg("import_empty", column=column), line))
        if not source or not target:
            continue
        target_key = header_key(target)
        if target_key not in documented:
            errors.append(LineError(1, msg("import_unknown_column", column=target)))
            continue
        source_key = header_key(source)
        for seen, key, value in ((seen_sources, source_key, source),
                                 (seen_targets, target_key, target)):
            if key in seen:
                errors.append(bad(msg("import_duplicate_key", value=value, first=seen[key]),
                                  line))
            else:
                seen[key] = line
        mapping[source_key] = target_key
    return mapping, errors


def _column_index(header: list[str], documented: tuple[str, ...], mapping: dict[str, str],
                  errors: list[LineError]) -> dict[str, int]:
    """Where each documented column sits in the file; missing ones are errors of line 1."""
    index: dict[str, int] = {}
    mapped_targets = set(mapping.values())
    for i, name in enumerate(header):
        key = header_key(name)
        target = mapping.get(key)
        if target is None:
            # An explicit mapping wins over a column that merely has the same name.
            if key not in documented or key in mapped_targets:
                continue
            target = key
        if target in index:
            errors.append(LineError(1, msg("import_duplicate_column", column=name)))
        else:
            index[target] = i
    for column in documented:
        if column not in index:
            errors.append(LineError(1, msg("import_missing_column", column=column)))
    return index


class _Row:
    """The values of one data line, checked column by column into the shared error list."""

    def __init__(self, line: int, values: list[str], index: dict[str, int], header: list[str],
                 limits: dict[str, int], errors: list[LineError]) -> None:
        self.line = line
        self.values = values
        self.index = index
        self.header = header
        self.limits = limits
        self.errors = errors

    def fail(self, key: str, **values: object) -> None:
        self.errors.append(LineError(self.line, msg(key, **values)))

    def name(self, column: str) -> str:
        """The column as the file names it: what the person can find in the spreadsheet."""
        return self.header[self.index[column]]

    def text(self, column: str, required: bool = False) -> str | None:
        """The stripped value; None when it is refused."""
        value = self.values[self.index[column]]
        if not value:
            if required:
                self.fail("import_empty", column=self.name(column))
                return None
            return value
        limit = self.limits.get(column)
        if limit is not None and len(value) > limit:
            self.fail("import_too_long", column=self.name(column), length=len(value), limit=limit)
            return None
        return value

    def parsed(self, column: str, parse: Callable[[str], object], error_key: str) -> object:
        """An optional value through `parse` (None when empty or refused)."""
        value = self.text(column)
        if not value:
            return None
        result = parse(value)
        if result is None:
            self.fail(error_key, value=value)
        return result


def parse_date(text: str) -> date | None:
    """French dd/mm/yyyy (or d/m/yyyy); None for anything else, 31/02 included."""
    m = _DATE.fullmatch(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_level(text: str) -> int | None:
    """1 to 4, a colour (French or English), or a level's full label as exports write it."""
    key = fold(text)
    if key in ("1", "2", "3", "4"):
        return int(key)
    if key in _LEVEL_WORDS:
        return _LEVEL_WORDS[key]
    member = Difficulty.from_label(text)
    return int(member.value) if member is not None else None


def parse_floor(text: str) -> int | None:
    if fold(text) in _GROUND_FLOOR:
        return 0
    if not _INTEGER.fullmatch(text):
        return None
    floor = int(text)
    return floor if FLOOR_RANGE[0] <= floor <= FLOOR_RANGE[1] else None


def parse_postcode(text: str) -> str | None:
    return text if _POSTCODE.fullmatch(text) else None


def parse_phone(text: str) -> str | None:
    return text if _PHONE.fullmatch(_PHONE_SEPARATORS.sub("", text)) else None


@dataclass
class SiteLine:
    line: int
    code: str | None
    name: str | None
    address: str | None
    postcode: str | None
    city: str | None
    landlord: str | None
    level: int | None


@dataclass
class HouseholdLine:
    line: int
    site_code: str | None
    building: str | None
    entrance: str | None
    floor: int | None
    door: str | None
    reference: str | None
    last_name: str | None
    first_name: str | None
    phone: str | None
    move_in: date | None


def _site_line(r: _Row) -> SiteLine:
    return SiteLine(
        line=r.line, code=r.text("code_site", required=True), name=r.text("nom", required=True),
        address=r.text("adresse"), postcode=r.parsed("code_postal", parse_postcode,
                                                     "import_bad_postcode"),
        city=r.text("ville"), landlord=r.text("bailleur"),
        level=r.parsed("niveau", parse_level, "import_bad_level"),
    )


def _household_line(r: _Row) -> HouseholdLine:
    return HouseholdLine(
        line=r.line, site_code=r.text("code_site", required=True),
        building=r.text("batiment", required=True), entrance=r.text("entree", required=True),
        floor=r.parsed("etage", parse_floor, "import_bad_floor"), door=r.text("porte"),
        reference=r.text("reference_logement", required=True),
        last_name=r.text("nom", required=True), first_name=r.text("prenom"),
        phone=r.parsed("telephone", parse_phone, "import_bad_phone"),
        move_in=r.parsed("date_entree", parse_date, "import_bad_date"),
    )


def _read_lines(path, mapping_path, documented, limits, make, key_of
                ) -> tuple[list, list[LineError]]:
    """Parse and check every line of the file (no database needed); collect every error."""
    errors: list[LineError] = []
    mapping: dict[str, str] = {}
    if mapping_path is not None:
        mapping, errors = _read_mapping(mapping_path, documented)
        if errors:  # checking the file through a broken mapping would only add noise
            return [], errors
    table, problems = _read_table(path)
    errors.extend(problems)
    if table is None:
        return [], errors
    index = _column_index(table.header, documented, mapping, errors)
    if len(index) < len(documented):
        return [], errors
    lines = []
    first_line: dict[str, int] = {}
    for line, values in table.rows:
        if len(values) != len(table.header):
            errors.append(LineError(line, msg("import_wrong_field_count", found=len(values),
                                              expected=len(table.header))))
            continue
        parsed = make(_Row(line, values, index, table.header, limits, errors))
        key = key_of(parsed)
        if key:
            if key in first_line:
                errors.append(LineError(line, msg("import_duplicate_key", value=key,
                                                  first=first_line[key])))
            else:
                first_line[key] = line
        lines.append(parsed)
    return lines, errors


# Planning and writing ----------------------------------------------------------------


@dataclass
class _Plan:
    """What an import will do; computed without touching the session's objects."""

    report: ImportReport
    updates: list[tuple[object, dict]] = field(default_factory=list)
    new_rows: dict[str, list[tuple]] = field(default_factory=dict)
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, row: tuple) -> None:
        self.new_rows.setdefault(table, []).append(row)


def _changes(obj: object, wanted: dict) -> dict:
    return {k: v for k, v in wanted.items() if getattr(obj, k) != v}


class ImportService(ServiceBase):
    def import_sites(self, path: str | os.PathLike, *, dry_run: bool = False,
                     mapping_path: str | os.PathLike | None = None) -> ImportReport:
        """Create or update sites (by code) and their landlords (by name)."""
        lines, errors = _read_lines(path, mapping_path, SITE_COLUMNS, SITE_LIMITS, _site_line,
                                    lambda sl: sl.code)
        return self._run(path, "site", lines, errors, dry_run, self._plan_sites,
                         self._apply_sites)

    def import_households(self, path: str | os.PathLike, *, dry_run: bool = False,
                          mapping_path: str | os.PathLike | None = None) -> ImportReport:
        """Create or update dwellings (by reference) with their current household."""
        lines, errors = _read_lines(path, mapping_path, HOUSEHOLD_COLUMNS, HOUSEHOLD_LIMITS,
                                    _household_line, lambda hl: hl.reference)
        return self._run(path, "household", lines, errors, dry_run, self._plan_households,
                         self._apply_households)

    def _run(self, path, entity_kind, lines, errors, dry_run, plan, apply) -> ImportReport:
        if errors and not lines:
            raise ImportRefused(errors)
        # Even a refused file is checked against the workspace: every error in one report.
        with (self.read() if dry_run else self.write()) as s:
            result = plan(s, lines, errors)
            if errors:
                raise ImportRefused(errors)
            result.report.dry_run = dry_run
            if dry_run:
                return result.report
            apply(s, result)
            r = result.report
            details = "".join(f", {k}={v}" for k, v in result.extra.items() if v)
            self.audit(s, AuditAction.IMPORT, entity_kind, None,
                       f"{Path(path).name}: created={r.created}, updated={r.updated}, "
                       f"unchanged={r.unchanged}{details}")
            return r

    # Sites -------------------------------------------------------------------------

    def _plan_sites(self, s: Session, lines: list[SiteLine], errors: list[LineError]) -> _Plan:
        plan = _Plan(ImportReport())
        sites = {site.code: site for site in s.scalars(select(Site).where(Site.deleted_at.is_(None)))}
        org_names = dict(s.execute(select(Organisation.id, Organisation.name)).all())
        orgs: dict[str, str] = {}  # folded name -> id, live organisations, oldest first
        live_ids, landlords = set(), []
        for org_id, name, kind in s.execute(
                select(Organisation.id, Organisation.name, Organisation.kind)
                .where(Organisation.deleted_at.is_(None)).order_by(Organisation.created_at)):
            orgs.setdefault(fold(name), org_id)
            live_ids.add(org_id)
            if kind == OrgKind.LANDLORD:
                landlords.append(org_id)
        # A new site without a landlord goes to the acting organisation, or to the only
        # landlord of the workspace; otherwise the line must name it.
        default = (self.actor.org_id if self.actor.org_id in live_ids
                   else landlords[0] if len(landlords) == 1 else None)
        new_orgs: dict[str, str] = {}  # folded name -> id of a landlord to create
        # Signed in to a sync server: only the user's own organisation (docs/sync-protocol.md).
        own = self.actor.org_id if self.actor.signed_in else None
        for sl in lines:
            site = sites.get(sl.code) if sl.code else None
            landlord_id = None
            if sl.landlord:
                key = fold(sl.landlord)
                landlord_id = orgs.get(key)
                if landlord_id is None:
                    landlord_id = new_orgs.get(key)
                    if landlord_id is None:
                        landlord_id = new_orgs[key] = new_id()
                        plan.add("organisations", (landlord_id, sl.landlord))
                if site is not None and landlord_id != site.landlord_id:
                    errors.append(LineError(sl.line, msg(
                        "import_landlord_conflict", value=sl.code,
                        owner=org_names.get(site.landlord_id, site.landlord_id))))
                elif own is not None and landlord_id != own:
                    errors.append(LineError(sl.line, msg("import_not_own_landlord",
                                                         value=sl.landlord)))
            elif site is None and sl.code:
                landlord_id = default
                if landlord_id is None:
                    errors.append(LineError(sl.line, msg("import_empty", column="bailleur")))
            if own is not None and site is not None and site.org_id != own:
                errors.append(LineError(sl.line, msg("import_not_own_site", value=sl.code)))
            if errors:
                continue  # the file is refused: counting is pointless
            wanted = {"name": sl.name, "address": sl.address, "postcode": sl.postcode or "",
                      "city": sl.city}
            if sl.level is not None:  # an empty level keeps the site's assessment
                wanted["difficulty"] = sl.level
            if site is None:
                plan.add("sites", (sl.code, landlord_id, wanted))
                plan.report.created += 1
            elif changes := _changes(site, wanted):
                plan.updates.append((site, changes))
                plan.report.updated += 1
            else:
                plan.report.unchanged += 1
        plan.extra["new_landlords"] = len(new_orgs)
        return plan

    def _apply_sites(self, s: Session, plan: _Plan) -> None:
        user = self.actor.user_id
        for org_id, name in plan.new_rows.get("organisations", []):
            s.add(Organisation(id=org_id, org_id=org_id, name=name, kind=OrgKind.LANDLORD.value,
                               created_by=user, updated_by=user))
        s.flush()  # sites refer to the new landlords
        for code, landlord_id, values in plan.new_rows.get("sites", []):
            s.add(Site(code=code, landlord_id=landlord_id, org_id=landlord_id,
                       created_by=user, updated_by=user, **values))
        self._apply_updates(s, plan)

    def _apply_updates(self, s: Session, plan: _Plan) -> None:
        for obj, changes in plan.updates:
            for key, value in changes.items():
                setattr(obj, key, value)
            obj.updated_by = self.actor.user_id  # version and updated_at follow in the ORM
        s.flush()

    # Households --------------------------------------------------------------------

    def _plan_households(self, s: Session, lines: list[HouseholdLine],
                         errors: list[LineError]) -> _Plan:
        plan = _Plan(ImportReport())
        live = {m: m.deleted_at.is_(None) for m in (Site, Building, Entrance, Dwelling, Household,
                                                    Person)}
        sites = {code: (sid, org) for code, sid, org in s.execute(
            select(Site.code, Site.id, Site.org_id).where(live[Site]))}
        org_names = dict(s.execute(select(Organisation.id, Organisation.name)).all())
        # Places are matched on their folded names: 'Bât. A' and 'BAT. A' are one building.
        buildings: dict[tuple[str, str], str] = {}
        for bid, site_id, name in s.execute(select(Building.id, Building.site_id, Building.name)
                                            .where(live[Building]).order_by(Building.created_at)):
            buildings.setdefault((site_id, fold(name)), bid)
        entrances: dict[tuple[str, str], str] = {}
        for eid, building_id, name in s.execute(
                select(Entrance.id, Entrance.building_id, Entrance.name)
                .where(live[Entrance]).order_by(Entrance.created_at)):
            entrances.setdefault((building_id, fold(name)), eid)
        dwellings = {d.reference: d for d in s.scalars(select(Dwelling).where(live[Dwelling]))}
        current: dict[str, Household] = {}  # dwelling id -> its latest live household
        for hh in s.scalars(select(Household).where(live[Household])
                            .order_by(Household.created_at, Household.id)):
            current[hh.dwelling_id] = hh
        heads: dict[str, Person] = {}
        for p in s.scalars(select(Person).where(live[Person], Person.is_head)
                           .order_by(Person.created_at)):
            heads.setdefault(p.household_id, p)
        now = utcnow()
        replaced = 0

        own = self.actor.org_id if self.actor.signed_in else None
        for hl in lines:
            site = sites.get(hl.site_code) if hl.site_code else None
            if hl.site_code and site is None:
                errors.append(LineError(hl.line, msg("import_unknown_site", value=hl.site_code)))
                continue
            if own is not None and site is not None and (site[1] != own or (
                    self.actor.site_ids and site[0] not in self.actor.site_ids)):
                # Signed in: the user's own organisation, and a caretaker's own sites.
                errors.append(LineError(hl.line, msg("import_not_own_site", value=hl.site_code)))
                continue
            dwelling = dwellings.get(hl.reference) if hl.reference else None
            if dwelling is not None and site is not None and dwelling.org_id != site[1]:
                errors.append(LineError(hl.line, msg(
                    "import_dwelling_other_landlord", value=hl.reference,
                    owner=org_names.get(dwelling.org_id, dwelling.org_id))))
            if errors:
                continue  # the file is refused: planning is pointless
            site_id, org_id = site
            building_id = buildings.get((site_id, fold(hl.building)))
            if building_id is None:
                building_id = buildings[(site_id, fold(hl.building))] = new_id()
                plan.add("buildings", (building_id, org_id, site_id, hl.building))
            entrance_id = entrances.get((building_id, fold(hl.entrance)))
            if entrance_id is None:
                entrance_id = entrances[(building_id, fold(hl.entrance))] = new_id()
                plan.add("entrances", (entrance_id, org_id, building_id, hl.entrance))
            first_name = hl.first_name or ""
            name = household_display_name(hl.last_name, first_name)
            person = {"last_name": hl.last_name, "first_name": first_name,
                      "phone": hl.phone or ""}
            if dwelling is None:
                dwelling_id = new_id()
                plan.add("dwellings", (dwelling_id, org_id, entrance_id, hl.reference,
                                       hl.floor or 0, hl.door))
                self._plan_new_household(plan, org_id, dwelling_id, name, hl.move_in, person)
                plan.report.created += 1
                continue
            wanted = {"entrance_id": entrance_id, "door": hl.door}
            if hl.floor is not None:  # an empty floor keeps what is known
                wanted["floor"] = hl.floor
            changed = self._plan_update(plan, dwelling, wanted)
            hh = current.get(dwelling.id)
            head = heads.get(hh.id) if hh is not None else None
            if hh is None:
                self._plan_new_household(plan, org_id, dwelling.id, name, hl.move_in, person)
                changed = True
            elif head is None or _same_person(head, person):
                changed |= self._plan_update(plan, hh, {"name": name, "move_in_date": hl.move_in})
                if head is None:
                    plan.add("persons", (new_id(), org_id, hh.id, *person.values()))
                    changed = True
                else:
                    changed |= self._plan_update(plan, head, person)
            else:
                # Someone else heads the dwelling now: a new household moves in. The former
                # one is tombstoned, not renamed, so that the cases and the register entries
                # that name it keep naming the people they were about.
                plan.updates.append((hh, {"deleted_at": now}))
                self._plan_new_household(plan, org_id, dwelling.id, name, hl.move_in, person)
                replaced += 1
                changed = True
            if changed:
                plan.report.updated += 1
            else:
                plan.report.unchanged += 1
        plan.extra.update(new_buildings=len(plan.new_rows.get("buildings", ())),
                          new_entrances=len(plan.new_rows.get("entrances", ())),
                          households_replaced=replaced)
        return plan

    @staticmethod
    def _plan_update(plan: _Plan, obj: object, wanted: dict) -> bool:
        changes = _changes(obj, wanted)
        if changes:
            plan.updates.append((obj, changes))
        return bool(changes)

    @staticmethod
    def _plan_new_household(plan: _Plan, org_id: str, dwelling_id: str, name: str,
                            move_in: date | None, person: dict) -> None:
        household_id = new_id()
        plan.add("households", (household_id, org_id, dwelling_id, name,
                                move_in.isoformat() if move_in else None))
        plan.add("persons", (new_id(), org_id, household_id, *person.values()))

    def _apply_households(self, s: Session, plan: _Plan) -> None:
        # Core executemany for the new rows (the ORM's unit of work cost seconds on
        # 10,000 lines); updates go through the ORM, which bumps each version.
        user = self.actor.user_id
        stamp = sql_datetime(utcnow())
        audit_values = (stamp, stamp, user, user, 1)
        audit_columns = ("created_at", "updated_at", "created_by", "updated_by", "version")
        conn = s.connection()
        tables = (
            (Building, ("id", "org_id", "site_id", "name")),
            (Entrance, ("id", "org_id", "building_id", "name")),
            (Dwelling, ("id", "org_id", "entrance_id", "reference", "floor", "door")),
            (Household, ("id", "org_id", "dwelling_id", "name", "move_in_date")),
        )
        for model, columns in tables:
            rows = [(*row, *audit_values) for row in plan.new_rows.get(model.__tablename__, [])]
            bulk.insert_rows(conn, model.__table__, (*columns, *audit_columns), rows)
        self._apply_updates(s, plan)
        # Persons last: some join households that only the ORM flush has just updated.
        rows = [(*row, 1, *audit_values) for row in plan.new_rows.get("persons", [])]
        bulk.insert_rows(conn, Person.__table__, ("id", "org_id", "household_id", "last_name",
                                                  "first_name", "phone", "is_head",
                                                  *audit_columns), rows)


def _same_person(head: Person, person: dict) -> bool:
    """Same names once case and accents are set aside: a spelling fix, not a new tenant."""
    return (fold(head.last_name), fold(head.first_name)) == (
        fold(person["last_name"]), fold(person["first_name"]))
