"""Homes for the follow-up screens' tests: dwellings with a household on the seeded sites."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update

from app.models import Dwelling, WelfareCheck
from app.services.places import new_household
from app.services.welfare import WelfareService

NAMES = [("Martin", "Julie"), ("Diallo", "Moussa"), ("Petit", "Jeanne"), ("Moreau", "Louis"),
         ("Roux", "Odette"), ("Nguyen", "Gisèle"), ("Fabre", "Marcel"), ("Klein", "Suzanne")]


def add_homes(ws, entrance_id: str, org_id: str, prefix: str = "VS01-A1") -> list[tuple]:
    """Eight dwellings up a stair, each with its household: [(dwelling id, household id)]."""
    homes = []
    with ws.session() as s, s.begin():
        for floor, (last, first) in enumerate(NAMES):
            d = Dwelling(entrance_id=entrance_id, reference=f"{prefix}-{floor:02d}01",
                         floor=floor, door=f"{floor}1", org_id=org_id)
            s.add(d)
            s.flush()
            homes.append((d.id, new_household(s, d, last, first, f"06 39 98 00 {floor:02d}",
                                              None, None).id))
    return homes


def register(ws, dwelling_id: str, n: int, frequency: int = 7, priority: str = "normal",
             days_ago: int = 20, due: date | None = None) -> str:
    last, first = NAMES[n]
    entry = WelfareService(ws).register_person(
        dwelling_id, last, first, "", "80_89", True, date.today() - timedelta(days=days_ago),
        "written", "La personne elle-même", frequency, priority)
    if due is not None:
        with ws.session() as s, s.begin():
            s.execute(update(WelfareCheck).where(WelfareCheck.entry_id == entry,
                                                 WelfareCheck.done_at.is_(None))
                      .values(due_on=due))
    return entry
