"""Roles enforced by the services, on a real workspace: a signed-in actor of each role
gets what app.domain.policy allows and a French PermissionDenied for the rest."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime

import pytest

from app.models import Dwelling, User
from app.services.base import Actor
from app.services.conflicts import ConflictService
from app.services.errors import PermissionDenied
from app.services.exports import ExportService
from app.services.places import PlaceService, new_household
from app.services.reports import ReportService
from app.services.signalements import SignalementDraft, SignalementService
from app.services.welfare import WelfareService

OPENED = date(2025, 3, 1)


@pytest.fixture
def world(workspace):
    """One landlord with two sites (each with a signalement, a case and a register entry),
    and another landlord."""
    places = PlaceService(workspace)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord")
    other = places.create_organisation("Logis Nord", "landlord")
    team = places.create_organisation("Médiation Est", "mediation")
    out = {"org": org, "other": other, "team": team, "ws": workspace}
    for key, code in (("mine", "VS01"), ("theirs", "VS02")):
        site = places.create_site(code, f"Résidence {code}", org)
        entrance = places.add_entrance(places.add_building(site, "Bât A"), "Cage 1")
        homes = []
        with workspace.session() as s, s.begin():
            for floor in (1, 2):
                d = Dwelling(entrance_id=entrance, reference=f"{code}-{floor}", floor=floor,
                             org_id=org)
                s.add(d)
                s.flush()
                homes.append((d.id, new_household(s, d, f"Famille{floor}", "", "", None,
                                                  None).id))
        sig = SignalementService(workspace).create(SignalementDraft(
            category="squat", site_id=site, facts_start=datetime(2025, 3, 1, 22, tzinfo=UTC),
            description="Squat dans le hall"))
        case = ConflictService(workspace).open_case(site, "noise", "Musique", OPENED,
                                                    [homes[0][1]], [homes[1][1]])
        entry = WelfareService(workspace).register_person(
            homes[0][0], "Petit", "Jeanne", "", "80_89", True, OPENED, "written", "", 7,
            "normal")
        out[key] = {"site": site, "sig": sig, "case": case, "entry": entry,
                    "dwelling": homes[1][0]}
    return out


def actor(world, role: str, org_key: str = "org") -> Actor:
    """A signed-in user of `role` in that organisation (a real users row)."""
    sites = frozenset({world["mine"]["site"]}) if role == "caretaker" else frozenset()
    with world["ws"].session() as s, s.begin():
        user = User(login=f"{role}-{org_key}-{uuid.uuid4().hex[:8]}", display_name=role, role=role,
                    org_id=world[org_key])
        s.add(user)
        s.flush()
        return Actor(user.id, world[org_key], role, sites, signed_in=True)


def draft(site: str) -> SignalementDraft:
    return SignalementDraft(category="theft", site_id=site,
                            facts_start=datetime(2025, 3, 2, 10, tzinfo=UTC),
                            description="Vol de câbles")


def refused(call, key_text: str) -> None:
    with pytest.raises(PermissionDenied) as caught:
        call()
    assert key_text in str(caught.value)


def test_caretaker_works_on_own_sites_only(workspace, world):
    me = actor(world, "caretaker")
    sigs = SignalementService(workspace, me)
    mine, theirs = world["mine"], world["theirs"]
    assert sigs.get(mine["sig"]).reference.startswith("SIG-")
    new = sigs.create(draft(mine["site"]))
    sigs.add_referral(new, "police", date(2025, 3, 3), "email")
    ConflictService(workspace, me).get(mine["case"])
    WelfareService(workspace, me).get(mine["entry"])
    WelfareService(workspace, me).record_check(
        mine["entry"], date(2025, 3, 8), datetime(2025, 3, 8, 10, tzinfo=UTC), "visit",
        "reached_fine")
    assert ReportService(workspace, me).referral_sheet(mine["sig"]).pages >= 1

    other_site = "Cet enregistrement concerne un site qui ne vous est pas attribué."
    refused(lambda: sigs.get(theirs["sig"]), other_site)
    refused(lambda: sigs.create(draft(theirs["site"])), other_site)
    refused(lambda: ConflictService(workspace, me).get(theirs["case"]), other_site)
    refused(lambda: WelfareService(workspace, me).get(theirs["entry"]), other_site)
    refused(lambda: ReportService(workspace, me).case_file(theirs["case"]), other_site)
    refused(lambda: ReportService(workspace, me).welfare_round(), other_site)
    refused(lambda: sigs.delete(new, sigs.get(new).version), "non autorisée")
    refused(lambda: ExportService(workspace, me).export("signalements", "csv", io.BytesIO()),
            "non autorisée")
    refused(lambda: PlaceService(workspace, me).add_building(mine["site"], "Bât Z"),
            "non autorisée")


def test_mediator_sees_conflict_cases_only(workspace, world):
    me = actor(world, "mediator", "team")
    refused(lambda: ConflictService(workspace, me).get(world["mine"]["case"]),
            "n'est pas partagé avec votre équipe")
    refused(lambda: SignalementService(workspace, me).get(world["mine"]["sig"]),
            "Un médiateur n'accède qu'aux dossiers de troubles de voisinage.")
    refused(lambda: WelfareService(workspace, me).get(world["mine"]["entry"]),
            "troubles de voisinage")
    # A mediator of the landlord itself works on its cases.
    own = actor(world, "mediator")
    ConflictService(workspace, own).add_step(world["theirs"]["case"], "verbal_reminder",
                                             date(2025, 3, 4), "Rappel fait.")
    assert ReportService(workspace, own).case_file(world["theirs"]["case"]).pages >= 1


def test_officer_sees_every_record_of_the_landlord_only(workspace, world):
    me = actor(world, "officer")
    sigs = SignalementService(workspace, me)
    for key in ("mine", "theirs"):
        sigs.get(world[key]["sig"])
        ConflictService(workspace, me).get(world[key]["case"])
        WelfareService(workspace, me).get(world[key]["entry"])
    sigs.delete(world["theirs"]["sig"], sigs.get(world["theirs"]["sig"]).version)
    assert ExportService(workspace, me).export("signalements", "csv", io.BytesIO()) >= 1
    assert ReportService(workspace, me).welfare_round(date(2025, 3, 8)).pages >= 1
    PlaceService(workspace, me).add_building(world["mine"]["site"], "Bât B")
    stranger = actor(world, "officer", "other")
    refused(lambda: SignalementService(workspace, stranger).get(world["mine"]["sig"]),
            "appartient à une autre organisation")
    refused(lambda: ReportService(workspace, me).update_settings(world["org"],
                                                                 contact_phone="01"),
            "Réservé à l'administrateur")


def test_admin_manages_settings_never_records(workspace, world):
    me = actor(world, "admin")
    ReportService(workspace, me).update_settings(world["org"], contact_phone="01 02 03 04 05")
    PlaceService(workspace, me).create_site("VS03", "Résidence VS03", world["org"])
    no_records = "L'administrateur gère les utilisateurs et les réglages, pas les dossiers."
    refused(lambda: SignalementService(workspace, me).get(world["mine"]["sig"]), no_records)
    refused(lambda: ConflictService(workspace, me).get(world["mine"]["case"]), no_records)
    refused(lambda: WelfareService(workspace, me).get(world["mine"]["entry"]), no_records)
    refused(lambda: ExportService(workspace, me).export("households", "json", io.BytesIO()),
            no_records)
    refused(lambda: ReportService(workspace, me).update_settings(world["other"],
                                                                 contact_phone="01"),
            "Réservé à l'administrateur")


def test_partner_gets_indicators_never_a_personal_record(workspace, world):
    me = actor(world, "partner", "team")
    report = ReportService(workspace, me).activity_report(date(2025, 1, 1), date(2025, 12, 31))
    assert report.pages >= 1
    only = "Un partenaire ne consulte que les indicateurs, jamais un dossier nominatif."
    refused(lambda: SignalementService(workspace, me).get(world["mine"]["sig"]), only)
    refused(lambda: ConflictService(workspace, me).get(world["mine"]["case"]), only)
    refused(lambda: WelfareService(workspace, me).get(world["mine"]["entry"]), only)
    refused(lambda: ReportService(workspace, me).referral_sheet(world["mine"]["sig"]), only)
    for kind in ("signalements", "conflicts", "welfare", "households", "sites"):
        refused(lambda kind=kind: ExportService(workspace, me).export(kind, "csv",
                                                                      io.BytesIO()), only)


def test_unsigned_actors_act_as_the_system(workspace, world):
    """The CLI, the GUI and the sync tools, until sign-in exists."""
    legacy = Actor(None, world["other"], role="caretaker")
    assert SignalementService(workspace, legacy).get(world["theirs"]["sig"])


def test_english_refusal(workspace, world):
    from app.domain.messages import set_language

    set_language("en")
    refused(lambda: SignalementService(workspace, actor(world, "partner")).get(
        world["mine"]["sig"]), "A partner sees indicators only, never a personal record.")


def test_lists_counts_and_searches_follow_the_role(workspace, world):
    from app.services.conflicts import CaseFilter
    from app.services.signalement_types import SignalementFilter
    from app.services.welfare import EntryFilter

    mine, theirs = world["mine"], world["theirs"]

    def seen(who: Actor) -> tuple[set, set, set, int, int]:
        sigs = SignalementService(workspace, who)
        cases = ConflictService(workspace, who)
        register = WelfareService(workspace, who)
        return ({r.id for r in sigs.page()}, {r.id for r in cases.page(CaseFilter())},
                {r.id for r in register.page(EntryFilter())}, sigs.count(),
                len(sigs.search("squat")))

    everything = seen(Actor())
    assert everything[:3] == ({mine["sig"], theirs["sig"]}, {mine["case"], theirs["case"]},
                              {mine["entry"], theirs["entry"]})
    assert seen(actor(world, "officer")) == everything
    assert seen(actor(world, "caretaker")) == ({mine["sig"]}, {mine["case"]}, {mine["entry"]},
                                               1, 1)
    assert seen(actor(world, "mediator")) == (set(), {mine["case"], theirs["case"]}, set(),
                                              0, 0)
    for role, org_key in (("mediator", "team"), ("admin", "org"), ("partner", "team")):
        assert seen(actor(world, role, org_key)) == (set(), set(), set(), 0, 0)
    assert SignalementService(workspace, actor(world, "officer", "other")).page(
        SignalementFilter()) == []
    assert ConflictService(workspace, actor(world, "caretaker")).count(CaseFilter()) == 1
    assert WelfareService(workspace, actor(world, "caretaker")).count(EntryFilter()) == 1


def test_today_follows_the_role(workspace, world):
    from app.services.today import TodayService

    day = date(2026, 1, 1)  # everything of the world is overdue or late by then

    def codes(who: Actor) -> dict[str, set[str]]:
        data = TodayService(workspace, who).today(day)
        rows = {"checks": data.checks_overdue.rows, "cases": data.cases_late.rows,
                "waiting": data.waiting.rows}
        out = {k: {_site_code(r) for r in v} for k, v in rows.items()}
        out["round"] = {r.person.site_code for r in TodayService(workspace, who).round(day)}
        return out

    assert codes(Actor()) == {k: {"VS01", "VS02"} for k in ("checks", "cases", "waiting",
                                                             "round")}
    assert codes(actor(world, "officer")) == codes(Actor())
    assert codes(actor(world, "caretaker")) == {k: {"VS01"} for k in ("checks", "cases",
                                                                       "waiting", "round")}
    assert codes(actor(world, "mediator")) == {"checks": set(), "cases": {"VS01", "VS02"},
                                               "waiting": set(), "round": set()}
    assert codes(actor(world, "partner", "team")) == {k: set() for k in ("checks", "cases",
                                                                           "waiting", "round")}
    assert TodayService(workspace, actor(world, "caretaker")).today(
        day, site_ids=[world["theirs"]["site"]]).checks_overdue.rows == []


def _site_code(row) -> str:
    return row.person.site_code if hasattr(row, "person") else row.site_code
