"""A realistic, reproducible demo workspace: places, people, signalements, cases, register.

Same seed and same `today` give the same content (ids and references aside). Each part
draws from its own random stream, so that filling an existing workspace again produces
the same signalements as the first run did. Filling reuses the demo organisations, sites
and users it finds, and adds cases and the register only where there are none yet.
Words and templates live in app.services.demo_data.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from sqlalchemy import func, insert, select

from app.domain.codes import (
    AuditAction,
    Category,
    MediationExclusion,
    OrgKind,
    ProcedureStep,
    SignalementStatus,
)
from app.domain.ids import new_id, new_ids
from app.models import (
    Building,
    ConflictCase,
    Dwelling,
    Entrance,
    Household,
    Person,
    Referral,
    Signalement,
    Site,
    User,
    WelfareEntry,
    user_sites,
    utcnow,
)
from app.services import demo_data as data
from app.services.base import Actor, ServiceBase
from app.services.conflicts import ConflictService
from app.services.places import PlaceService, new_household
from app.services.signalements import SignalementDraft, SignalementService
from app.services.welfare import WelfareService
from app.store import bulk

CHUNK = 20_000
HISTORY_YEARS = 3
REGISTER_SIZE = 30
CATEGORY_CODES = tuple(c.value for c in Category)
SITE_CODES = tuple(s[0] for s in data.SITES)
ORG_KEYS = (*(f"landlord:{i}" for i in range(len(data.LANDLORDS))), "town", "mediation",
            "association")
# Relative number of signalements a site gets, by difficulty level.
SITE_ACTIVITY = {1: 1.0, 2: 2.0, 3: 3.5, 4: 5.0}


@dataclass(frozen=True)
class DemoReport:
    """What one run added. `reused` is True when the demo places were already there."""

    signalements: int
    cases: int
    welfare: int
    referrals: int = 0
    sites: int = 0
    households: int = 0
    reused: bool = False


@dataclass
class _Building:
    id: str
    letter: str
    entrances: list[tuple[str, str]] = field(default_factory=list)  # (id, number)
    max_floor: int = 0


@dataclass
class _Site:
    id: str
    code: str
    difficulty: int
    org_id: str
    buildings: list[_Building] = field(default_factory=list)
    caretaker: str | None = None


@dataclass(frozen=True)
class _Home:
    """A household where it lives: what cases and the register pick from."""

    household_id: str
    dwelling_id: str
    site_id: str
    entrance_id: str
    floor: int
    last_name: str
    first_name: str
    phone: str


class DemoService(ServiceBase):
    def generate(self, records: int, seed: int, today: date | None = None) -> DemoReport:
        """Fill the workspace. An actor with an organisation (a workspace signed in to a
        server) fills only that organisation: no other organisation, no user (the server
        makes those), and for a caretaker only the sites given to them."""
        today = today or date.today()
        own = self.actor.org_id
        places_rng = random.Random(f"{seed}:places")
        if own is None:
            orgs = self._organisations()
            sites_created, households = self._places(orgs, places_rng, today)
            users = self._users(orgs)
            sites = self._load_sites(users)
        else:
            orgs = dict.fromkeys(ORG_KEYS, own)
            only = set(self.actor.site_ids) or None
            sites_created, households = (0, 0) if only else self._places(orgs, places_rng,
                                                                         today)
            users = {login: self.actor.user_id for login, *_rest in data.USERS}
            sites = self._load_sites(users, org=own, only=only)
        signalements, referrals = self._signalements(
            sites, records, random.Random(f"{seed}:signalements"), today)
        site_ids = [s.id for s in sites]
        homes = self._load_homes(site_ids)
        cases = welfare = 0
        with self.read() as s:
            has_cases = s.scalar(select(ConflictCase.id).where(
                ConflictCase.site_id.in_(site_ids)).limit(1)) is not None
            has_register = s.scalar(select(WelfareEntry.id).where(
                WelfareEntry.dwelling_id.in_([h.dwelling_id for h in homes])).limit(1)) is not None
        if not has_cases:
            cases = self._cases(sites, homes, orgs, users, random.Random(f"{seed}:cases"), today)
        if not has_register:
            welfare = self._register(sites, homes, orgs, random.Random(f"{seed}:welfare"), today)
        with self.write() as s:
            self.audit(s, AuditAction.CREATE, "demo", None,
                       f"seed {seed}: {signalements} signalements, {cases} cases, "
                       f"{welfare} register entries")
        return DemoReport(signalements, cases, welfare, referrals, sites_created, households,
                          reused=sites_created < len(data.SITES))

    # Organisations, places, users ------------------------------------------------------

    def _organisations(self) -> dict[str, str]:
        """{'landlord:0', 'landlord:1', 'town', 'mediation', 'association': org id}."""
        wanted = {f"landlord:{i}": (OrgKind.LANDLORD, fields)
                  for i, fields in enumerate(data.LANDLORDS)}
        wanted.update(town=(OrgKind.TOWN, data.TOWN),
                      mediation=(OrgKind.MEDIATION, data.MEDIATION_TEAM),
                      association=(OrgKind.ASSOCIATION, data.ASSOCIATION))
        places = PlaceService(self.ws, self.actor)
        ids = {}
        with self.write() as s:
            for key, (kind, fields) in wanted.items():
                org = places.organisation_by_name(s, fields["name"])
                if org is None:
                    org = places.new_organisation(s, kind=kind.value, **fields)
                    self.audit(s, AuditAction.CREATE, "organisation", org.id, org.name,
                               org_id=org.id)
                ids[key] = org.id
        return ids

    def _places(self, orgs: dict[str, str], rng: random.Random,
                today: date) -> tuple[int, int]:
        """Create the demo sites that are missing, with buildings, dwellings and households."""
        user = self.actor.user_id
        sites = households = 0
        with self.write() as s:
            existing = set(s.scalars(select(Site.code).where(
                Site.code.in_(SITE_CODES), Site.deleted_at.is_(None))))
            for code, name, address, postcode, city, level, landlord in data.SITES:
                # Drawn for every site, created or not: the stream stays the same.
                shape = [(rng.randint(2, 10), rng.choices((1, 2, 3), data.ENTRANCE_WEIGHTS)[0])
                         for _ in range(rng.choices((1, 2, 3, 4), (3, 4, 3, 2))[0])]
                site_rng = random.Random(rng.random())
                if code in existing:
                    continue
                org = orgs[f"landlord:{landlord}"]
                stamp = {"org_id": org, "created_by": user, "updated_by": user}
                site = Site(code=code, name=name, address=address, postcode=postcode, city=city,
                            difficulty=level, landlord_id=org, **stamp)
                s.add(site)
                s.flush()
                sites += 1
                for letter, (max_floor, n_entrances) in zip(data.BUILDING_LETTERS, shape,
                                                             strict=False):
                    # Ids given here, so that the session flushes once per household
                    # (in new_household) rather than once per row.
                    building = Building(id=new_id(), site_id=site.id, name=f"Bâtiment {letter}",
                                        **stamp)
                    s.add(building)
                    for number in range(1, n_entrances + 1):
                        entrance = Entrance(id=new_id(), building_id=building.id,
                                            name=f"Entrée {number}", **stamp)
                        s.add(entrance)
                        for floor in range(max_floor + 1):
                            for door in range(1, data.DOORS_PER_FLOOR + 1):
                                dwelling = Dwelling(
                                    id=new_id(), entrance_id=entrance.id, floor=floor,
                                    door=f"{floor}{door}",
                                    reference=f"{code}-{letter}{number}-{floor:02d}{door:02d}",
                                    **stamp)
                                s.add(dwelling)
                                if site_rng.random() < data.OCCUPANCY:
                                    last, first, phone, moved = _household(site_rng, today)
                                    new_household(s, dwelling, last, first, phone, moved, user)
                                    households += 1
                self.audit(s, AuditAction.CREATE, "site", site.id, code, org_id=org)
        return sites, households

    def _users(self, orgs: dict[str, str]) -> dict[str, str]:
        """{login: user id}, creating the demo users that are missing."""
        with self.write() as s:
            ids = dict(s.execute(select(User.login, User.id).where(
                User.login.in_([u[0] for u in data.USERS]), User.deleted_at.is_(None))).all())
            site_ids = dict(s.execute(select(Site.code, Site.id).where(
                Site.code.in_(SITE_CODES), Site.deleted_at.is_(None))).all())
            for login, name, role, org_key, codes in data.USERS:
                if login in ids:
                    continue
                org = orgs[org_key]
                user = User(login=login, display_name=name, role=role, org_id=org,
                            email=f"{login}@{data.USER_EMAIL_DOMAINS[org_key]}",
                            created_by=self.actor.user_id, updated_by=self.actor.user_id)
                s.add(user)
                s.flush()
                ids[login] = user.id
                if codes:
                    s.execute(insert(user_sites), [{"user_id": user.id, "site_id": site_ids[c]}
                                                   for c in codes])
                self.audit(s, AuditAction.CREATE, "user", user.id, login, org_id=org)
        return ids

    def _load_sites(self, users: dict[str, str], org: str | None = None,
                    only: set[str] | None = None) -> list[_Site]:
        """The demo sites as the generators need them, always in the same order; with `org`,
        that organisation's sites instead (`only` those, for a caretaker)."""
        caretakers = {code: users[login] for login, _n, role, _o, codes in data.USERS
                      if role == "caretaker" for code in codes}
        which = Site.code.in_(SITE_CODES) if org is None else Site.org_id == org
        if only is not None:
            which = which & Site.id.in_(only)
        with self.read() as s:
            sites = [_Site(i, code, level, site_org,
                           caretaker=caretakers.get(code) if org is None else self.actor.user_id)
                     for i, code, level, site_org in s.execute(
                         select(Site.id, Site.code, Site.difficulty, Site.org_id)
                         .where(which, Site.deleted_at.is_(None))
                         .order_by(Site.code))]
            by_id = {site.id: site for site in sites}
            buildings: dict[str, _Building] = {}
            for bid, site_id, name in s.execute(
                    select(Building.id, Building.site_id, Building.name)
                    .where(Building.site_id.in_(by_id), Building.deleted_at.is_(None))
                    .order_by(Building.site_id, Building.name)):
                buildings[bid] = _Building(bid, name.removeprefix("Bâtiment ").strip())
                by_id[site_id].buildings.append(buildings[bid])
            floors = select(Dwelling.entrance_id, func.max(Dwelling.floor).label("top")).where(
                Dwelling.deleted_at.is_(None)).group_by(Dwelling.entrance_id).subquery()
            for eid, bid, name, top in s.execute(
                    select(Entrance.id, Entrance.building_id, Entrance.name, floors.c.top)
                    .outerjoin(floors, floors.c.entrance_id == Entrance.id)
                    .where(Entrance.building_id.in_(buildings), Entrance.deleted_at.is_(None))
                    .order_by(Entrance.building_id, Entrance.name)):
                building = buildings[bid]
                building.entrances.append((eid, name.removeprefix("Entrée ").strip()))
                building.max_floor = max(building.max_floor, top or 0)
        for site in sites:
            site.buildings = [b for b in site.buildings if b.entrances]
        return [site for site in sites if site.buildings]

    def _load_homes(self, site_ids: list[str]) -> list[_Home]:
        with self.read() as s:
            rows = s.execute(
                select(Household.id, Dwelling.id, Building.site_id, Entrance.id, Dwelling.floor,
                       Person.last_name, Person.first_name, Person.phone)
                .join(Dwelling, Dwelling.id == Household.dwelling_id)
                .join(Entrance, Entrance.id == Dwelling.entrance_id)
                .join(Building, Building.id == Entrance.building_id)
                .join(Person, (Person.household_id == Household.id) & Person.is_head)
                .where(Building.site_id.in_(site_ids), Household.deleted_at.is_(None),
                       Person.deleted_at.is_(None))
                .order_by(Dwelling.reference))
            return [_Home(*r) for r in rows]

    # Signalements -----------------------------------------------------------------------

    def _signalements(self, sites: list[_Site], records: int, rng: random.Random,
                      today: date) -> tuple[int, int]:
        if records <= 0 or not sites:
            return 0, 0
        service = SignalementService(self.ws, self.actor)
        draw = _Draw(rng)
        site_table = (tuple(sites), list(accumulate(SITE_ACTIVITY[s.difficulty] for s in sites)))
        category_tables = {level: _table({c: data.CATEGORIES[c]["weights"][level - 1]
                                          for c in CATEGORY_CODES})
                           for level in SITE_ACTIVITY}
        # Every category at least once, at a random place in the run.
        forced = dict(zip(rng.sample(range(records), min(records, len(CATEGORY_CODES))),
                          CATEGORY_CODES, strict=False))
        midnight = datetime.combine(today, time()).astimezone()
        created = referrals = 0
        for start in range(0, records, CHUNK):
            drafts: list[SignalementDraft] = []
            sent: list[tuple] = []  # (index in chunk, recipient, referred_on, channel, number)
            for i in range(start, min(records, start + CHUNK)):
                site = draw.weighted(site_table)
                category = forced.get(i) or draw.weighted(category_tables[site.difficulty])
                draft, referral = _draft(draw, site, category, today, midnight)
                if referral:
                    sent.append((len(drafts), *referral))
                drafts.append(draft)
            ids = service.create_many(drafts)
            created += len(ids)
            referrals += self._referrals(drafts, ids, sent, {s.id: s.org_id for s in sites})
        return created, referrals

    def _referrals(self, drafts: list[SignalementDraft], ids: list[str], sent: list[tuple],
                   site_org: dict[str, str]) -> int:
        if not sent:
            return 0
        now = bulk.sql_datetime(utcnow())
        user = self.actor.user_id
        columns = ("id", "org_id", "created_at", "updated_at", "created_by", "updated_by",
                   "version", "signalement_id", "recipient", "referred_on", "channel",
                   "reference_number", "notes")
        rows = [(rid, site_org[drafts[i].site_id], now, now, user, user, 1, ids[i], recipient,
                 referred_on.isoformat(), channel, number, "")
                for rid, (i, recipient, referred_on, channel, number)
                in zip(new_ids(len(sent)), sent, strict=True)]
        with self.write() as s:
            bulk.insert_rows(s.connection(), Referral.__table__, columns, rows)
            self.audit(s, AuditAction.CREATE, "referral", None, f"{len(rows)}")
        return len(rows)

    # Conflict cases ---------------------------------------------------------------------

    def _cases(self, sites: list[_Site], homes: list[_Home], orgs: dict[str, str],
               users: dict[str, str], rng: random.Random, today: date) -> int:
        """Cases open at every step of the ladder, and a few closed ones."""
        by_site: dict[str, list[_Home]] = {}
        for home in homes:
            by_site.setdefault(home.site_id, []).append(home)
        with self.read() as s:
            disturbances: dict[str, list[str]] = {}
            for sid, site_id in s.execute(
                    select(Signalement.id, Signalement.site_id)
                    .where(Signalement.category == Category.NEIGHBOUR_DISTURBANCE.value,
                           Signalement.site_id.in_([x.id for x in sites]))
                    .order_by(Signalement.seq)):
                disturbances.setdefault(site_id, []).append(sid)
        candidates = [site for site in sites if len(by_site.get(site.id, ())) >= 2]
        if not candidates:
            return 0
        officers = {orgs[org]: users[login] for login, _n, role, org, _c in data.USERS
                    if role == "officer"}
        mediator = users.get("mediateur.fontaine")
        ladder = list(ProcedureStep)
        plans = [(target, None) for target in ladder for _ in range(3)]
        plans += [(ladder[rng.randint(1, 4)], reason)
                  for reason in ("resolved", "resolved", "resolved", "moved_out", "dropped")]
        plans.append((ProcedureStep.COURT, "court"))
        skipped = due_today = False
        count = 0
        for target, closing in plans:
            site = rng.choices(candidates, [s.difficulty for s in candidates])[0]
            complainant, respondent = _neighbours(rng, by_site[site.id])
            path = ladder[:target.rank]
            override = None
            if not skipped and target.rank >= ProcedureStep.SUMMONS.rank and closing is None:
                # One case goes straight to the summons, as managers do after threats.
                path = [p for p in path if p is not ProcedureStep.RULES_REMINDER]
                skipped, override = True, data.OVERRIDE_REASON
            elif rng.random() < 0.3 and target.rank >= ProcedureStep.RULES_REMINDER.rank:
                path.insert(2, ProcedureStep.VERBAL_REMINDER)
            gaps = [rng.randint(10, 40) for _ in path[1:]]
            closing_gap = rng.randint(5, 30) if closing else 0
            opened = today - timedelta(days=sum(gaps) + closing_gap + rng.randint(1, 45))
            nature = rng.choice(list(data.CASE_SUMMARIES))
            actors = {"caretaker": Actor(site.caretaker, site.org_id),
                      "officer": Actor(officers.get(site.org_id), site.org_id),
                      "mediator": Actor(mediator, site.org_id)}
            links = disturbances.get(site.id, [])
            first_due = opened + timedelta(days=rng.randint(7, 15))
            if not due_today and len(path) == 1 and closing is None:
                first_due, due_today = today, True  # one step due on the Today screen
            case_id = ConflictService(self.ws, actors["caretaker"]).open_case(
                site.id, nature, rng.choice(data.CASE_SUMMARIES[nature]), opened,
                [complainant.household_id], [respondent.household_id],
                [rng.choice(links)] if links and rng.random() < 0.6 else (),
                next_due_on=first_due)
            taken = opened
            for step, gap in zip(path[1:], gaps, strict=True):
                taken += timedelta(days=gap)
                kind = rng.choice(tuple(data.MEDIATORS)) if step is ProcedureStep.MEDIATION else None
                who = ("caretaker" if step is ProcedureStep.VERBAL_REMINDER
                       else "mediator" if kind == "inter_landlord" else "officer")
                service = ConflictService(self.ws, actors[who])
                if kind:
                    # Internal mediation needs no written consent; some respondents gave none.
                    consent = kind != "internal" or rng.random() < 0.5
                    if kind != "internal":
                        # Asked before any external mediation: none applies here.
                        service.set_exclusions(case_id, dict.fromkeys(
                            (e.value for e in MediationExclusion), False))
                    service.record_mediation(
                        case_id, kind, taken,
                        f"{data.MEDIATORS[kind]} ; ménage {complainant.last_name.upper()} "
                        f"(plaignant) ; ménage {respondent.last_name.upper()} (mis en cause)",
                        rng.choice(data.MEDIATION_AGREEMENTS), True, consent)
                service.add_step(
                    case_id, step.value, taken, rng.choice(data.STEP_OUTCOMES[step.value]),
                    next_due_on=taken + timedelta(days=rng.randint(15, 45)),
                    override_reason=override if step is ProcedureStep.SUMMONS else None)
            if closing:
                ConflictService(self.ws, actors["officer"]).close_case(
                    case_id, closing, taken + timedelta(days=closing_gap))
            count += 1
        return count

    # Welfare register -------------------------------------------------------------------

    def _register(self, sites: list[_Site], homes: list[_Home], orgs: dict[str, str],
                  rng: random.Random, today: date) -> int:
        caretaker = {site.id: site.caretaker for site in sites}
        elders = [h for h in homes if h.first_name in data.ELDER_FIRST_NAMES]
        chosen = rng.sample(elders, min(REGISTER_SIZE, len(elders)))
        if not chosen:
            return 0
        town = WelfareService(self.ws, self.actor)
        for kind, starts_on, ends_on, interval in _alert_plans(today):
            town.add_alert_plan(orgs["town"], kind, starts_on, ends_on, interval)
        overdue = set(rng.sample(range(len(chosen)), min(4, len(chosen))))
        on_time = [i for i in range(len(chosen)) if i not in overdue] + [None, None, None]
        escalated, leaving, due_today = on_time[0], on_time[1], on_time[2]
        for index, home in enumerate(chosen):
            service = WelfareService(self.ws, Actor(caretaker[home.site_id]))
            band = rng.choices(("70_79", "80_89", "90_plus"), (4, 5, 2))[0]
            priority = "high" if band == "90_plus" or rng.random() < 0.2 else "normal"
            frequency = rng.choice((2, 3)) if priority == "high" else rng.choice((3, 7, 7))
            method = rng.choices(("written", "oral", "phone", "third_party"), (4, 2, 2, 2))[0]
            relative = f"{rng.choice(data.FIRST_NAMES)} {home.last_name}"
            given_by = (f"{rng.choice(data.CONTACT_RELATIONS)} : {relative}"
                        if method == "third_party" else "La personne elle-même")
            care, provider = rng.choice(data.HOME_CARE)
            entry = service.register_person(
                home.dwelling_id, home.last_name, home.first_name, home.phone, band,
                rng.random() < 0.85, today - timedelta(days=rng.randint(28, 56)), method,
                given_by, frequency, priority, f"{care} ({provider})" if care else "")
            if rng.random() < 0.8:
                service.add_contact(entry, "family",
                                    f"{relative} ({rng.choice(data.CONTACT_RELATIONS).lower()})",
                                    _phone(rng, mobile=True))
            if provider:
                service.add_contact(entry, "home_care", provider, _phone(rng, mobile=False))
            if rng.random() < 0.2:
                service.add_contact(entry, "neighbour",
                                    f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}",
                                    _phone(rng, mobile=True))
            self._history(service, rng, entry, frequency, today,
                          stop=today - timedelta(days=frequency + 2) if index in overdue else today,
                          escalate=index == escalated)
            if index == leaving:
                service.leave_register(entry, today - timedelta(days=1))
            elif index == due_today and service.next_check_due(entry) != today:
                service.schedule_check(entry, today)  # a visit planned for today
        return len(chosen)

    @staticmethod
    def _history(service: WelfareService, rng: random.Random, entry: str, frequency: int,
                 today: date, stop: date, escalate: bool) -> None:
        """Checks carried out from the inscription until `stop`, as the service schedules them."""
        silent_from = today - timedelta(days=2 * frequency + 1)
        due = service.next_check_due(entry)
        while due is not None and due < stop:
            done = due if escalate or rng.random() < 0.8 else due + timedelta(days=1)
            if done >= today:
                done = due
            if escalate and due >= silent_from:
                outcome = "not_reached"
            else:
                outcome = rng.choices(tuple(data.CHECK_NOTES), (75, 10, 7, 6, 2))[0]
            follow_up, follow_up_to = rng.choice(data.FOLLOW_UPS.get(outcome, ((None, ""),)))
            at = datetime.combine(done, time(rng.randint(9, 17), rng.randrange(0, 60, 5)))
            service.record_check(entry, due, at.astimezone(),
                                 rng.choices(("call", "visit", "intercom"), (6, 3, 1))[0],
                                 outcome, follow_up, follow_up_to,
                                 rng.choice(data.CHECK_NOTES[outcome]))
            due = service.next_check_due(entry)


def _alert_plans(today: date) -> list[tuple[str, date, date, int]]:
    """One plan over by now, one running today: (kind, starts_on, ends_on, max interval)."""
    if 5 <= today.month <= 9:
        ended = ("cold", date(today.year, 1, 8), date(today.year, 1, 19), 2)
        running = "heatwave"
    else:
        heat_year = today.year if today.month >= 10 else today.year - 1
        ended = ("heatwave", date(heat_year, 7, 18), date(heat_year, 7, 31), 1)
        running = "cold"
    return [ended, (running, today - timedelta(days=3), today + timedelta(days=4), 2)]


# Row builders -----------------------------------------------------------------------------

def _phone(rng: random.Random, mobile: bool) -> str:
    prefix = data.MOBILE_PREFIX if mobile else data.LANDLINE_PREFIX
    return f"{prefix} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"


def _household(rng: random.Random, today: date) -> tuple[str, str, str, date]:
    elder = rng.random() < data.ELDER_SHARE
    first = rng.choice(data.ELDER_FIRST_NAMES if elder else data.FIRST_NAMES)
    years_ago = rng.randint(15, 45) if elder else rng.randint(0, 20)
    moved = today - timedelta(days=365 * years_ago + rng.randint(30, 360))
    return rng.choice(data.LAST_NAMES), first, _phone(rng, mobile=rng.random() < 0.7), moved


def _neighbours(rng: random.Random, homes: list[_Home]) -> tuple[_Home, _Home]:
    """A complainant and, preferably, the household just above them in the same stair."""
    complainant = rng.choice(homes)
    above = [h for h in homes if h.entrance_id == complainant.entrance_id
             and h.floor == complainant.floor + 1]
    others = above or [h for h in homes if h.household_id != complainant.household_id]
    return complainant, rng.choice(others)


def _floor_words(floor: int) -> str:
    if floor == 0:
        return "rez-de-chaussée"
    return "1er étage" if floor == 1 else f"{floor}e étage"


class _Draw:
    """The draws of random.Random without their per-call checks.

    Drafting 100,000 signalements spent half its time inside choices() and randint().
    Everything comes from the one seeded stream, so a seed still gives the same data.
    """

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def weighted(self, table: tuple[tuple, list[float]]):
        items, cum = table
        return items[bisect(cum, self.random() * cum[-1])]


def _table(weights: dict) -> tuple[tuple, list[float]]:
    """{item: weight} as what _Draw.weighted reads."""
    return tuple(weights), list(accumulate(weights.values()))


def _category_tables(code: str) -> dict[str, tuple]:
    spec = data.CATEGORIES[code]
    return {"recurrence": _table(dict(zip(("first_time", "recurring", "daily"),
                                          spec["recurrence"], strict=True))),
            "severity": _table(dict(zip((1, 2, 3, 4), spec["severity"], strict=True))),
            "recipients": _table(spec["recipients"])}


TABLES = {code: _category_tables(code) for code in CATEGORY_CODES}
STATUS_BY_AGE = (  # (older than n days, weights of new, in progress, referred, closed)
    (120, _table({"new": 0, "in_progress": 4, "referred": 8, "closed": 88})),
    (30, _table({"new": 5, "in_progress": 20, "referred": 20, "closed": 55})),
    (0, _table({"new": 40, "in_progress": 35, "referred": 15, "closed": 10})),
)
CLOSING = _table(data.CLOSING_REASONS)


def _draft(draw: _Draw, site: _Site, category: str, today: date,
           midnight: datetime) -> tuple[SignalementDraft, tuple | None]:
    """One signalement, and its referral (recipient, date, channel, number) when it has one."""
    spec, tables, chance = data.CATEGORIES[category], TABLES[category], draw.random
    kind = draw.pick(spec["kinds"])
    building = draw.pick(site.buildings)
    entrance_id, entrance = draw.pick(building.entrances)
    floor = 0 if kind in ("hall", "lift") else draw.between(0, building.max_floor)
    first, last = spec["hours"]
    h1 = draw.between(first, last - 2)
    h2 = min(h1 + draw.between(2, 4), 23)
    days_ago = draw.between(1, 365 * HISTORY_YEARS)
    day = today - timedelta(days=days_ago)
    start = datetime.combine(day, time(h1, 5 * draw.between(0, 11))).astimezone()
    end = datetime.combine(day, time(h2)).astimezone() if chance() < 0.6 else None
    # Written down the same day, now and then the next morning.
    delay = draw.between(10, 240) if chance() < 0.9 else draw.between(9 * 60, 14 * 60)
    reported = min(start + timedelta(minutes=delay), midnight - timedelta(minutes=1))
    n = draw.between(*spec["persons"])
    words = {"bat": building.letter, "entree": entrance, "etage": _floor_words(floor),
             "n": n, "n2": n + draw.between(1, 3), "k": draw.between(2, 8), "h1": h1, "h2": h2,
             "vehicule": draw.pick(data.VEHICLES)}
    words["lieu"] = data.LOCATION_PHRASES[kind].format(**words)
    # Old reports are mostly closed; recent ones still new or in progress.
    status = draw.weighted(next(t for age, t in STATUS_BY_AGE if days_ago > age))
    reason = draw.weighted(CLOSING) if status == SignalementStatus.CLOSED else None
    called_17 = chance() < spec["called_17"]
    intervention = chance() < 0.3
    cost_low, cost_high = spec["cost"]
    cost = draw.between(cost_low, cost_high) * 100 if cost_high else 0
    inside = kind in data.INSIDE_KINDS
    draft = SignalementDraft(
        category=category, site_id=site.id, building_id=building.id,
        entrance_id=entrance_id if inside else None, floor=floor if inside else None,
        location_kind=kind, facts_start=start, facts_end=end, reported_at=reported,
        description=draw.pick(spec["texts"]).format(**words),
        recurrence=draw.weighted(tables["recurrence"]),
        severity=draw.weighted(tables["severity"]),
        persons_count=n,
        persons_description=draw.pick(data.PERSONS_GROUPS)
        if category in data.GROUP_CATEGORIES and chance() < 0.5 else "",
        witnesses=draw.pick(data.WITNESSES).format(**words) if chance() < 0.3 else "",
        harm_people=data.HARM_PEOPLE.get(category, "") if chance() < 0.5 else "",
        harm_property=data.HARM_PROPERTY.get(category, "") if cost else "",
        estimated_cost_cents=cost,
        action_intervention=intervention,
        action_called_17=called_17,
        action_town_informed=chance() < spec["town"],
        actions_notes=data.CALL_17_NOTE.format(**words) if called_17
        else draw.pick(data.INTERVENTION_NOTES) if intervention else "",
        status=status, closing_reason=reason,
        protect_identity=chance() < spec["protect"],
        reporter_id=site.caretaker,
    )
    referral = None
    if status == SignalementStatus.REFERRED or reason == "handed_over" or chance() < 0.08:
        recipient = draw.weighted(tables["recipients"])
        referred_on = min(day + timedelta(days=draw.between(0, 5)), today - timedelta(days=1))
        number = draw.pick(data.REFERRAL_NUMBERS[recipient]).format(
            year=referred_on.year, yy=referred_on.year % 100, n=draw.between(1, 99999))
        referral = (recipient, referred_on, draw.pick(data.REFERRAL_CHANNELS[recipient]),
                    number)
    return draft, referral
