"""Records about known people, written through the services, for the privacy tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.models import Dwelling, User
from app.services.conflicts import ConflictService
from app.services.places import new_household
from app.services.signalements import SignalementDraft, SignalementService
from app.services.welfare import WelfareService

T0 = datetime.now(UTC) - timedelta(days=3)


@dataclass
class People:
    org: str
    site: str
    officer: str
    caretaker: str
    households: dict[str, str]   # "MARTIN" -> household id
    persons: dict[str, str]      # "MARTIN" -> person id (the head)
    dwellings: dict[str, str]


def people(workspace, landlord_site) -> People:
    """Three households (Martin, Diallo, Petit), an officer and a caretaker."""
    org, site, _building, entrance = landlord_site
    out = People(org, site, "", "", {}, {}, {})
    with workspace.session() as s, s.begin():
        for login, name, role in (("referent", "Nadia Referent", "officer"),
                                  ("gardien", "Paul Gardien", "caretaker")):
            user = User(login=login, display_name=name, role=role, org_id=org)
            s.add(user)
            s.flush()
            setattr(out, role, user.id)
        for floor, (last, first) in enumerate(
                [("Martin", "Julie"), ("Diallo", "Moussa"), ("Petit", "Jeanne")], 2):
            d = Dwelling(entrance_id=entrance, reference=f"VS01-A1-{floor:02d}01", floor=floor,
                         door="1", org_id=org)
            s.add(d)
            s.flush()
            hh = new_household(s, d, last, first, f"06 00 00 00 0{floor}", None, None)
            s.flush()
            key = last.upper()
            out.households[key], out.dwellings[key] = hh.id, d.id
            out.persons[key] = hh.persons[0].id if hh.persons else None
    with workspace.session() as s:
        from app.models import Person

        for key, hid in out.households.items():
            out.persons[key] = s.query(Person.id).filter(Person.household_id == hid).scalar()
    return out


def signalement(workspace, p: People, **values) -> str:
    base = {"category": "neighbour_disturbance", "site_id": p.site, "facts_start": T0,
            "description": "Musique forte après 23 h, cage 1."}
    return SignalementService(workspace).create(SignalementDraft(**{**base, **values}))


def case(workspace, p: People, summary: str = "Bruit nocturne répété") -> str:
    return ConflictService(workspace).open_case(
        p.site, "noise", summary, date.today() - timedelta(days=10),
        [p.households["MARTIN"]], [p.households["DIALLO"]])


def welfare_entry(workspace, p: People, home_care: str = "") -> str:
    return WelfareService(workspace).register_person(
        dwelling_id=p.dwellings["PETIT"], last_name="Petit", first_name="Jeanne", phone="",
        age_band="80_89", lives_alone=True, consent_on=date.today() - timedelta(days=60),
        consent_method="written", consent_given_by="", frequency_days=7, priority="normal",
        home_care=home_care)
