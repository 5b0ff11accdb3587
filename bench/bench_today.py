"""The Today screen at two sizes, printed as JSON (a benchmark, not a test).

    .venv/bin/python bench/bench_today.py [--runs 40] [--keep DIR]

Builds two workspaces: 10,000 signalements, 500 neighbour cases and 200 people on the
welfare register (1x); then 100,000, 5,000 and 2,000 (10x). Places, cases and the
register's histories are bulk-inserted for speed, shaped as the services write them;
a slice of each goes through ConflictService and WelfareService (steps, checks, an
escalation, an alert plan), so that the bulk rows sit beside real ones.

Times TodayService.today() (every list of the screen, as the app asks for it) and the
day's round, warm, median (and best) of --runs, 1x and 10x interleaved, on the
workspaces reopened after they were built.
Bar of issue 4: today 10x <= 2 x 1x. The round is every check of the day, sorted by
building and floor: its length, and its time, follow the size of the register.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.ids import new_ids  # noqa: E402
from app.services.conflicts import ConflictService  # noqa: E402
from app.services.places import PlaceService  # noqa: E402
from app.services.signalements import SignalementDraft, SignalementService  # noqa: E402
from app.services.today import TodayService  # noqa: E402
from app.services.welfare import WelfareService  # noqa: E402
from app.store import bulk, fts  # noqa: E402
from app.store.bulk import sql_datetime  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402

TODAY = date.today()
BASE = {"signalements": 10_000, "cases": 500, "register": 200}
SITES = 12
STEPS = ("complaint", "verbal_reminder", "rules_reminder", "summons", "mediation",
         "formal_notice", "court")
OUTCOMES = ("reached_fine",) * 8 + ("reached_needs", "not_reached", "known_absence")
RECORD = ("id", "org_id", "created_at", "updated_at", "version")


def _rows(n: int, org: str, now: int) -> tuple[list[str], list[tuple]]:
    ids = new_ids(n)
    return ids, [(i, org, now, now, 1) for i in ids]


def build(folder: Path, scale: int, seed: int = 4) -> Workspace:
    rng = random.Random(seed)
    ws = Workspace.open(folder)
    places = PlaceService(ws)
    org = places.create_organisation(f"Bailleur x{scale}", "landlord")
    now = sql_datetime(datetime.now(UTC))
    sites, entrances = [], []
    for k in range(SITES):
        site = places.create_site(f"S{k:02d}", f"Résidence {k}", org, difficulty=1 + k % 4)
        building = places.add_building(site, "Bâtiment A")
        sites.append((site, building))
        entrances += [(site, places.add_entrance(building, f"Entrée {e}")) for e in (1, 2)]

    # Dwellings, households and their heads: enough for the parties and the register.
    homes = (BASE["cases"] * 2 + BASE["register"]) * scale
    dwelling_ids, dwelling_rows = _rows(homes, org, now)
    household_ids, household_rows = _rows(homes, org, now)
    person_ids, person_rows = _rows(homes, org, now)
    home_site = []
    with ws.session() as s, s.begin():
        conn = s.connection()
        for n, (did, hid) in enumerate(zip(dwelling_ids, household_ids, strict=True)):
            site, entrance = entrances[n % len(entrances)]
            home_site.append(site)
            dwelling_rows[n] += (entrance, f"D{scale}-{n:06d}", n % 12, str(n % 4 + 1))
            household_rows[n] += (did, f"FAMILLE{n} Test")
            person_rows[n] += (hid, f"Famille{n}", "Test", "06 39 98 00 00", True,
                               "80_89" if n < BASE["register"] * scale else None)
        bulk.insert_rows(conn, _table(ws, "dwellings"), (*RECORD, "entrance_id", "reference",
                                                          "floor", "door"), dwelling_rows)
        bulk.insert_rows(conn, _table(ws, "households"), (*RECORD, "dwelling_id", "name"),
                         household_rows)
        bulk.insert_rows(conn, _table(ws, "persons"), (*RECORD, "household_id", "last_name",
                                                        "first_name", "phone", "is_head",
                                                        "age_band"), person_rows)

    _signalements(ws, sites, BASE["signalements"] * scale, rng)
    _cases(ws, org, home_site, household_ids, BASE["cases"] * scale, rng, now)
    _register(ws, org, dwelling_ids[:BASE["register"] * scale], person_ids, rng, now)

    # Real service writes beside the bulk rows: steps, checks, an escalation, a plan.
    service = ConflictService(ws)
    for n in range(5):
        case_id = service.open_case(home_site[n], "noise", "Bruit après 22 h.",
                                    TODAY - timedelta(days=30), [household_ids[n]],
                                    [household_ids[n + 1]])
        service.add_step(case_id, "verbal_reminder", TODAY - timedelta(days=20), "Rappel fait.")
    welfare = WelfareService(ws)
    welfare.add_alert_plan(org, "cold", TODAY, TODAY + timedelta(days=7), 2)
    entry = welfare.register_person(dwelling_ids[-1], f"Famille{homes - 1}", "Test", "",
                                    "90_plus", True, TODAY - timedelta(days=20), "written", "",
                                    3, "high")
    for outcome in ("not_reached", "not_reached"):
        due = welfare.next_check_due(entry)
        welfare.record_check(entry, due, datetime.combine(min(due, TODAY), datetime.min.time())
                             .astimezone(), "call", outcome)
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return ws


def _table(ws: Workspace, name: str):
    from app.models import Base

    return Base.metadata.tables[name]


def _signalements(ws: Workspace, sites, n: int, rng: random.Random) -> None:
    """Three years of signalements; old ones mostly closed, recent ones mostly open."""
    drafts = []
    now = datetime.now(UTC)
    for i in range(n):
        site, building = sites[i % len(sites)]
        days = rng.randrange(1, 3 * 365)
        start = now - timedelta(days=days, minutes=rng.randrange(600))
        weights = (0, 4, 8, 88) if days > 120 else (5, 20, 20, 55) if days > 30 else (40, 35,
                                                                                       15, 10)
        status = rng.choices(("new", "in_progress", "referred", "closed"), weights)[0]
        drafts.append(SignalementDraft(
            category="damage", site_id=site, building_id=building, facts_start=start,
            reported_at=start + timedelta(hours=1), description=f"Dégradation n°{i} dans le hall",
            status=status, closing_reason="resolved" if status == "closed" else None))
    SignalementService(ws).create_many(drafts)


def _cases(ws: Workspace, org: str, home_site: list[str], households: list[str], n: int,
           rng: random.Random, now: int) -> None:
    """Cases on every rung, a fifth closed; open deadlines spread over ±60 days."""
    case_ids, case_rows = _rows(n, org, now)
    steps, parties = [], []
    first = 0
    with ws.session() as s, s.begin():
        conn = s.connection()
        first = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM conflict_cases").scalar()
        for k, cid in enumerate(case_ids):
            rung = k % len(STEPS)
            opened = TODAY - timedelta(days=rng.randrange(30, 400))
            closed = k % 5 == 0
            due = None if closed or rung == 6 else TODAY + timedelta(days=rng.randrange(-60, 60))
            case_rows[k] += (first + k + 1, f"VOI-{opened.year}-BENCH-{k:05d}",
                             home_site[2 * k], "noise", "Bruit nocturne répété", "closed" if
                             closed else "open", STEPS[rung], opened.isoformat(),
                             due.isoformat() if due else None,
                             (opened + timedelta(days=20)).isoformat() if closed else None,
                             "resolved" if closed else None)
            step_ids = new_ids(rung + 1)
            for r in range(rung + 1):
                steps.append((step_ids[r], org, now, now, 1, cid, STEPS[r],
                              (opened + timedelta(days=r)).isoformat(), "", None))
            pid = new_ids(2)
            parties += [(pid[0], org, now, now, 1, cid, households[2 * k], "complainant"),
                        (pid[1], org, now, now, 1, cid, households[2 * k + 1], "respondent")]
        with fts.bulk_load(conn, "conflict_cases"):
            bulk.insert_rows(conn, _table(ws, "conflict_cases"),
                             (*RECORD, "seq", "reference", "site_id", "nature", "summary",
                              "status", "current_step", "opened_on", "next_due_on",
                              "closed_on", "closing_reason"), case_rows)
        bulk.insert_rows(conn, _table(ws, "case_steps"),
                         (*RECORD, "case_id", "step", "taken_on", "outcome", "next_due_on"),
                         steps)
        bulk.insert_rows(conn, _table(ws, "conflict_parties"),
                         (*RECORD, "case_id", "household_id", "role"), parties)


def _register(ws: Workspace, org: str, dwellings: list[str], persons: list[str],
              rng: random.Random, now: int) -> None:
    """People on the register with ten weeks of checks each and one pending check."""
    entry_ids, entry_rows = _rows(len(dwellings), org, now)
    checks, alerts = [], []
    for k, eid in enumerate(entry_ids):
        frequency = rng.choice((2, 3, 7))
        priority = "high" if k % 5 == 0 else "normal"
        consent = TODAY - timedelta(days=70)
        entry_rows[k] += (persons[k], dwellings[k], "80_89", True, consent.isoformat(),
                          "written", "", "", frequency, priority, True)
        due, last = consent + timedelta(days=frequency), None
        # Most people are checked on time; one in twenty has been missed for a while.
        stop = TODAY - timedelta(days=frequency + rng.randrange(1, 5)) if k % 20 == 7 else TODAY
        while due < stop:
            outcome = rng.choice(OUTCOMES)
            cid = new_ids(1)[0]
            done = sql_datetime(datetime.combine(due, datetime.min.time()).astimezone()
                                + timedelta(hours=10))
            checks.append((cid, org, now, now, 1, eid, due.isoformat(), done, "call", outcome))
            # As WelfareService does: a second 'not reached' raises an alert, reaching
            # the person again closes it.
            if outcome == last == "not_reached" and not (alerts and alerts[-1][5] == eid
                                                           and alerts[-1][-1] is None):
                alerts.append([new_ids(1)[0], org, now, now, 1, eid, cid, "not_reached_twice",
                               done, "", None, None])
            elif outcome != "not_reached" and alerts and alerts[-1][5] == eid:
                alerts[-1][-2:] = [done, "check"]
            last = outcome
            due += timedelta(days=frequency)
        checks.append((new_ids(1)[0], org, now, now, 1, eid, due.isoformat(), None, None, None))
    with ws.session() as s, s.begin():
        conn = s.connection()
        bulk.insert_rows(conn, _table(ws, "welfare_entries"),
                         (*RECORD, "person_id", "dwelling_id", "age_band", "lives_alone",
                          "consent_on", "consent_method", "consent_given_by", "home_care",
                          "frequency_days", "priority", "active"), entry_rows)
        bulk.insert_rows(conn, _table(ws, "welfare_checks"),
                         (*RECORD, "entry_id", "due_on", "done_at", "method", "outcome",
                          "follow_up_to", "notes"), [(*c, "", "") for c in checks])
        bulk.insert_rows(conn, _table(ws, "welfare_alerts"),
                         (*RECORD, "entry_id", "check_id", "reason", "raised_at", "note",
                          "acted_at", "action"), [tuple(a) for a in alerts])


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def measure(spaces: dict[str, Workspace], runs: int) -> dict:
    """Warm, then 1x and 10x one after the other in each run: a spike of load on the
    machine (other work, other tests) hits both sizes alike."""
    services = {name: TodayService(ws) for name, ws in spaces.items()}
    counts = {}
    for name, service in services.items():
        data = service.today(TODAY)
        service.round(TODAY)
        counts[name] = {key: getattr(data, key).count for key in (
            "alerts", "checks_due", "checks_overdue", "cases_due", "cases_late", "waiting")}
    times = {name: {"today": [], "round": []} for name in services}
    for _ in range(runs):
        for name, service in services.items():
            times[name]["today"].append(_timed(lambda s=service: s.today(TODAY)))
            times[name]["round"].append(_timed(lambda s=service: s.round(TODAY)))
    return {name: {"today_ms": round(statistics.median(t["today"]) * 1000, 3),
                   "today_best_ms": round(min(t["today"]) * 1000, 3),
                   "round_ms": round(statistics.median(t["round"]) * 1000, 3),
                   "counts": counts[name]} for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="build the workspaces here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        result, spaces = {}, {}
        for scale in (1, 10):
            t = time.perf_counter()
            build(root / f"today-x{scale}", scale).close()
            result[f"x{scale}"] = {
                "signalements": BASE["signalements"] * scale, "cases": BASE["cases"] * scale,
                "register": BASE["register"] * scale,
                "build_s": round(time.perf_counter() - t, 1)}
            # Measured as the app meets it: a workspace opened, not one still being written.
            spaces[f"x{scale}"] = Workspace.open(root / f"today-x{scale}")
        for name, figures in measure(spaces, args.runs).items():
            result[name].update(figures)
        for ws in spaces.values():
            ws.close()
        x1, x10 = result["x1"], result["x10"]
        result["ratio_today"] = round(x10["today_ms"] / x1["today_ms"], 2)
        result["ratio_today_best"] = round(x10["today_best_ms"] / x1["today_best_ms"], 2)
        result["ratio_round"] = round(x10["round_ms"] / x1["round_ms"], 2)
        result["bar"] = "ratio_today <= 2"
        result["load_average"] = round(os.getloadavg()[0], 2)
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
