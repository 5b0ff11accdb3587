"""The Today screen's lists, computed in SQL, on real workspaces.

Each list is checked against what the domain rules say of the same records, and the
user's sites filter every list.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import update

from app.domain.welfare_rules import escalation, is_overdue
from app.models import Dwelling, Referral, WelfareCheck
from app.services.conflicts import ConflictService
from app.services.places import PlaceService, new_household
from app.services.signalements import SignalementDraft, SignalementService
from app.services.today import TodayService
from app.services.today_queries import COUNT_CAP
from app.services.welfare import WelfareService

TODAY = date.today()


def at(d: date, hour: int = 10) -> datetime:
    """That day at `hour`, or now if that is still to come (a test run at 8 a.m.)."""
    return min(datetime.combine(d, time(hour)).astimezone(), datetime.now(UTC))


@pytest.fixture
def two_sites(workspace):
    """Two sites of one landlord, each with a stair of eight dwellings and their households.

    Returns {"org", "sites": [id, id], "dwellings": {site: [ids]}, "households": {site: [ids]}}.
    """
    places = PlaceService(workspace)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord")
    ids = {"org": org, "sites": [], "dwellings": {}, "households": {}}
    for code in ("VS01", "VS02"):
        site = places.create_site(code, f"Résidence {code}", org)
        entrance = places.add_entrance(places.add_building(site, "Bâtiment A"), "Cage 1")
        ids["sites"].append(site)
        ids["dwellings"][site], ids["households"][site] = [], []
        with workspace.session() as s, s.begin():
            for floor in range(8):
                d = Dwelling(entrance_id=entrance, reference=f"{code}-A1-{floor:02d}01",
                             floor=floor, door=f"{floor}1", org_id=org)
                s.add(d)
                s.flush()
                ids["dwellings"][site].append(d.id)
                ids["households"][site].append(new_household(
                    s, d, f"Nom{code}{floor}", "Prénom", "", None, None).id)
    return ids


def register(workspace, dwelling, n, frequency=7, priority="normal", days_ago=30) -> str:
    return WelfareService(workspace).register_person(
        dwelling, f"Nom{n}", "Prénom", "", "80_89", True, TODAY - timedelta(days=days_ago),
        "written", "", frequency, priority)


def set_due(workspace, entry_id, due: date) -> None:
    with workspace.session() as s, s.begin():
        s.execute(update(WelfareCheck).where(WelfareCheck.entry_id == entry_id,
                                             WelfareCheck.done_at.is_(None)).values(due_on=due))


def test_welfare_lists_due_overdue_and_the_sites_filter(workspace, two_sites):
    site1, site2 = two_sites["sites"]
    d1, d2 = two_sites["dwellings"][site1], two_sites["dwellings"][site2]
    due_today = register(workspace, d1[0], 0)
    overdue = register(workspace, d1[1], 1, priority="high")
    later = register(workspace, d1[2], 2)
    elsewhere = register(workspace, d2[0], 3)
    set_due(workspace, due_today, TODAY)
    set_due(workspace, overdue, TODAY - timedelta(days=3))
    set_due(workspace, later, TODAY + timedelta(days=2))
    set_due(workspace, elsewhere, TODAY)
    service = TodayService(workspace)

    data = service.today(TODAY)
    assert {r.person.entry_id for r in data.checks_due.rows} == {due_today, elsewhere}
    assert [r.person.entry_id for r in data.checks_overdue.rows] == [overdue]
    assert (data.checks_due.count, data.checks_overdue.count) == (2, 1)
    # A high-priority person whose check is overdue is an alert.
    assert [(a.person.entry_id, a.reason, a.since) for a in data.alerts.rows] == [
        (overdue, "overdue_high_priority", TODAY - timedelta(days=2))]

    mine = service.today(TODAY, site_ids=[site2])
    assert [r.person.entry_id for r in mine.checks_due.rows] == [elsewhere]
    assert mine.checks_overdue.rows == [] and mine.alerts.rows == []
    assert service.today(TODAY, site_ids=[]).checks_due.count == 0


def test_an_escalation_stays_until_someone_acts(workspace, two_sites):
    site1 = two_sites["sites"][0]
    entry = register(workspace, two_sites["dwellings"][site1][0], 0, frequency=2)
    welfare = WelfareService(workspace)
    for outcome in ("not_reached", "not_reached"):
        due = welfare.next_check_due(entry)
        welfare.record_check(entry, due, at(min(due, TODAY)), "call", outcome)
    alerts = TodayService(workspace).today(TODAY).alerts
    assert [(a.person.entry_id, a.reason) for a in alerts.rows] == [(entry, "not_reached_twice")]
    assert alerts.rows[0].alert_id is not None

    # A third 'not reached' keeps the one alert; acting on it takes it off the list.
    due = welfare.next_check_due(entry)
    welfare.record_check(entry, due, at(min(due, TODAY)), "intercom", "not_reached")
    assert TodayService(workspace).today(TODAY).alerts.count == 1
    welfare.act_on_alert(entry, "visit", "Passage du gardien : personne hospitalisée.")
    assert TodayService(workspace).today(TODAY).alerts.count == 0
    assert welfare.get(entry).open_alert is None
    with pytest.raises(Exception, match="Aucune alerte"):
        welfare.act_on_alert(entry, "visit")


def test_reaching_the_person_closes_the_alert(workspace, two_sites):
    site1 = two_sites["sites"][0]
    entry = register(workspace, two_sites["dwellings"][site1][0], 0, frequency=2)
    welfare = WelfareService(workspace)
    for outcome in ("not_reached", "not_reached", "reached_fine"):
        due = welfare.next_check_due(entry)
        welfare.record_check(entry, due, at(min(due, TODAY)), "visit", outcome)
    assert TodayService(workspace).today(TODAY).alerts.count == 0
    assert [(a.reason, a.action) for a in welfare.get(entry).alerts] == [
        ("not_reached_twice", "check")]


def test_acting_on_an_overdue_high_priority_check(workspace, two_sites):
    site1 = two_sites["sites"][0]
    entry = register(workspace, two_sites["dwellings"][site1][0], 0, priority="high")
    set_due(workspace, entry, TODAY - timedelta(days=1))
    welfare = WelfareService(workspace)
    assert welfare.get(entry).open_alert.reason == "overdue_high_priority"
    welfare.act_on_alert(entry, "family", "Fille jointe : en vacances chez elle.")
    data = TodayService(workspace).today(TODAY)
    assert data.alerts.count == 0
    assert data.checks_overdue.count == 1  # still to do, no longer an alert


def test_conflict_steps_due_and_late(workspace, two_sites):
    site1, site2 = two_sites["sites"]
    h1, h2 = two_sites["households"][site1], two_sites["households"][site2]
    service = ConflictService(workspace)
    opened = TODAY - timedelta(days=40)
    due = service.open_case(site1, "noise", "Musique", opened, [h1[0]], [h1[1]],
                            next_due_on=TODAY)
    late = service.open_case(site1, "smells", "Odeurs", opened, [h1[2]], [h1[3]],
                             next_due_on=TODAY - timedelta(days=5))
    other = service.open_case(site2, "animals", "Chien", opened, [h2[0]], [h2[1]],
                              next_due_on=TODAY - timedelta(days=1))
    closed = service.open_case(site1, "noise", "Bruit", opened, [h1[4]], [h1[5]],
                               next_due_on=TODAY - timedelta(days=9))
    service.close_case(closed, "resolved", TODAY - timedelta(days=1))
    data = TodayService(workspace).today(TODAY)
    assert [r.case_id for r in data.cases_due.rows] == [due]
    assert [r.case_id for r in data.cases_late.rows] == [late, other]  # longest late first
    assert data.cases_late.rows[0].parties.count("/") == 1
    mine = TodayService(workspace).today(TODAY, site_ids=[site2])
    assert [r.case_id for r in mine.cases_late.rows] == [other] and mine.cases_due.rows == []
    # Taking the step moves the deadline: the case leaves the list.
    service.add_step(due, "verbal_reminder", TODAY, "Rappel fait.")
    assert TodayService(workspace).today(TODAY).cases_due.count == 0


def test_signalements_waiting_for_a_referral(workspace, two_sites):
    site1, site2 = two_sites["sites"]
    now = datetime.now(UTC)
    signalements = SignalementService(workspace)
    ids = signalements.create_many([SignalementDraft(
        category="drug_dealing", site_id=site, facts_start=now - timedelta(days=n, hours=2),
        reported_at=now - timedelta(days=n, hours=1), description=f"Fait {n}",
        status=status, closing_reason="resolved" if status == "closed" else None)
        for n, (site, status) in enumerate([(site1, "new"), (site1, "in_progress"),
                                            (site1, "closed"), (site2, "new"),
                                            (site1, "new")])])
    signalements.add_referral(ids[4], "police", TODAY, "platform", "MC 2025/1")
    waiting = TodayService(workspace).today(TODAY).waiting
    assert [r.signalement_id for r in waiting.rows] == [ids[0], ids[1], ids[3]]  # newest first
    assert [r.signalement_id for r in TodayService(workspace).today(
        TODAY, site_ids=[site2]).waiting.rows] == [ids[3]]
    # A referral recorded some other way (an import) takes it off the list too.
    with workspace.session() as s, s.begin():
        s.add(Referral(signalement_id=ids[0], recipient="town", referred_on=TODAY,
                       channel="email", org_id=two_sites["org"]))
    assert TodayService(workspace).today(TODAY).waiting.count == 2


def test_counts_stop_at_the_cap_and_rows_at_the_limit(workspace, two_sites):
    site1 = two_sites["sites"][0]
    h = two_sites["households"][site1]
    service = ConflictService(workspace)
    for n in range(COUNT_CAP + 3):
        service.open_case(site1, "noise", f"Cas {n}", TODAY - timedelta(days=30), [h[0]], [h[1]],
                          next_due_on=TODAY - timedelta(days=1 + n % 20))
    late = TodayService(workspace).today(TODAY, limit=10).cases_late
    assert len(late.rows) == 10 and late.count == COUNT_CAP and late.capped
    dues = [r.next_due_on for r in late.rows]
    assert dues == sorted(dues) and dues[0] == TODAY - timedelta(days=20)


def test_the_round_sorts_by_building_and_floor_and_keeps_the_done(workspace, two_sites):
    site1, site2 = two_sites["sites"]
    entries = [register(workspace, two_sites["dwellings"][site][floor], n)
               for n, (site, floor) in enumerate([(site1, 5), (site1, 1), (site2, 3),
                                                  (site1, 3)])]
    for entry in entries:
        set_due(workspace, entry, TODAY)
    welfare = WelfareService(workspace)
    welfare.record_check(entries[3], TODAY, at(TODAY, 9), "visit", "reached_fine")
    service = TodayService(workspace)
    walk = service.round(TODAY)
    assert [(r.person.site_code, r.person.floor) for r in walk] == [
        ("VS01", 1), ("VS01", 3), ("VS01", 5), ("VS02", 3)]
    done = next(r for r in walk if r.person.entry_id == entries[3])
    assert done.outcome == "reached_fine" and done.done_at is not None
    by_name = service.round(TODAY, sort="name")
    assert [r.person.last_name for r in by_name] == sorted(r.person.last_name for r in walk)
    assert [r.person.site_code for r in service.round(TODAY, site_ids=[site2])] == ["VS02"]


def test_an_alert_plan_changes_the_checks_due(workspace, two_sites):
    site1 = two_sites["sites"][0]
    entry = register(workspace, two_sites["dwellings"][site1][0], 0, frequency=7, days_ago=3)
    assert TodayService(workspace).today(TODAY).checks_due.count == 0
    WelfareService(workspace).add_alert_plan(two_sites["org"], "heatwave", TODAY,
                                             TODAY + timedelta(days=10), 2)
    data = TodayService(workspace).today(TODAY)
    assert [r.person.entry_id for r in data.checks_due.rows] == [entry]
    assert [(p.kind, p.max_interval_days) for p in data.plans] == [("heatwave", 2)]


def test_sql_agrees_with_the_domain_rules(workspace, two_sites):
    """Random histories: the SQL lists say what app.domain.welfare_rules says."""
    rng = random.Random(11)
    welfare = WelfareService(workspace)
    site1 = two_sites["sites"][0]
    entries = []
    for n, dwelling in enumerate(two_sites["dwellings"][site1]):
        entry = register(workspace, dwelling, n, frequency=rng.choice((1, 2, 3)),
                         priority=rng.choice(("normal", "high")), days_ago=20)
        for _ in range(rng.randrange(0, 5)):
            due = welfare.next_check_due(entry)
            if due > TODAY:
                break
            welfare.record_check(entry, due, at(due), "call",
                                 rng.choice(("not_reached", "not_reached", "reached_fine")))
        entries.append(entry)
    today = TodayService(workspace).today(TODAY)
    expected_alerts, expected_overdue = set(), set()
    for entry in entries:
        detail = welfare.get(entry)
        outcomes = [c.outcome for c in reversed(detail.checks)]
        if escalation(outcomes, detail.priority, detail.next_due_on, TODAY):
            expected_alerts.add(entry)
        if is_overdue(detail.next_due_on, TODAY):
            expected_overdue.add(entry)
    assert expected_alerts and expected_overdue  # the seed gives both
    assert {a.person.entry_id for a in today.alerts.rows} == expected_alerts
    assert {r.person.entry_id for r in today.checks_overdue.rows} == expected_overdue
    # The register's list and a person's page say the same.
    from app.services.welfare import EntryFilter

    listed = {r.id for r in welfare.page(EntryFilter(), today=TODAY) if r.open_alert}
    assert listed == expected_alerts
    assert {e for e in entries if welfare.get(e, TODAY).open_alert} == expected_alerts
