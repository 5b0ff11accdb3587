"""Benchmark of the PDF documents (issue 6). Not a test: prints JSON, checks nothing.

- the referral sheet: median of 20 prints of one signalement (protected reporter,
  a referral, earlier referrals about the same building), fonts already loaded;
- the activity report over every site and the whole history, at 1,000 and at 100,000
  signalements, and the ratio of the two: the counts are aggregated in SQL (GROUP BY
  site, category and month), so the 100k report must cost no more than 3x the 1k one.

Usage: python bench/bench_reports.py [--quick]   (--quick: 20,000 instead of 100,000)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from app.domain.codes import Category, LocationKind, Recurrence
from app.models import User
from app.reports.common import register_fonts
from app.services.places import PlaceService
from app.services.reports import ReportService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import Workspace

YEARS = 3
CHUNK = 20_000
PHRASES = [
    "Regroupement de plusieurs individus dans le hall, allées et venues fréquentes en soirée",
    "Porte du local poubelles forcée, serrure arrachée",
    "Tags sur les murs de la cage d'escalier et boîtes aux lettres dégradées",
    "Véhicule sans plaques stationné depuis trois semaines sur le parking",
    "Dépôt sauvage d'encombrants au pied de l'immeuble",
    "Rodéo de motos sur la voie pompiers vers 22 h",
]


def build(folder: Path, n: int, seed: int = 1) -> tuple[Workspace, str]:
    """A workspace with 12 sites and `n` signalements over three years; returns a sheet's id."""
    ws = Workspace.open(folder)
    places = PlaceService(ws)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord",
                                     address="18 boulevard de la Résistance", postcode="93100",
                                     city="Montreuil-sur-Marne", phone="01 99 00 12 40")
    with ws.session() as s, s.begin():
        caretaker = User(login="gardien.bench", display_name="Jean Bench", role="caretaker",
                         org_id=org)
        officer = User(login="surete.bench", display_name="Claire Sûreté", role="officer",
                       org_id=org, phone="01 99 00 12 41")
        s.add_all([caretaker, officer])
        s.flush()
        caretaker_id = caretaker.id
    sites = []
    for i in range(12):
        site = places.create_site(f"S{i:02d}", f"Résidence {i}", org, difficulty=1 + i % 4,
                                  address=f"{i + 1} rue des Lilas", postcode="93100",
                                  city="Montreuil-sur-Marne")
        for letter in "AB":
            building = places.add_building(site, f"Bâtiment {letter}")
            places.add_entrance(building, "Entrée 1")
            sites.append((site, building))
    rng = random.Random(seed)
    now = datetime.now().astimezone()
    cats, kinds = list(Category.codes()), list(LocationKind.codes())
    recurrences = list(Recurrence.codes())
    service = SignalementService(ws)
    for start in range(0, n, CHUNK):
        drafts = []
        for _ in range(start, min(n, start + CHUNK)):
            site, building = rng.choice(sites)
            facts = now - timedelta(minutes=rng.randint(60, YEARS * 365 * 24 * 60))
            drafts.append(SignalementDraft(
                category=rng.choice(cats), site_id=site, building_id=building,
                location_kind=rng.choice(kinds), facts_start=facts,
                reported_at=facts + timedelta(minutes=30), description=rng.choice(PHRASES),
                recurrence=rng.choice(recurrences), severity=rng.randint(1, 4),
                persons_count=rng.randint(0, 6), reporter_id=caretaker_id,
                protect_identity=rng.random() < 0.2))
        service.create_many(drafts)
    site, building = sites[0]
    facts = now - timedelta(days=2)
    sheet = service.create(SignalementDraft(
        category="drug_dealing", site_id=site, building_id=building, location_kind="hall",
        facts_start=facts, reported_at=facts + timedelta(hours=1),
        description="Guetteurs installés dans le hall ; échanges rapides avec des personnes "
                    "extérieures au site, tous les soirs entre 18 h et 22 h.",
        recurrence="daily", severity=3, persons_count=5, witnesses="Deux locataires",
        harm_property="Porte du hall forcée", estimated_cost_cents=45_000,
        action_called_17=True, protect_identity=True, reporter_id=caretaker_id))
    service.add_referral(sheet, "police", date.today() - timedelta(days=1), "email", "PV 123")
    return ws, sheet


def timed(fn, runs: int) -> float:
    """Median wall time of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    big = 20_000 if args.quick else 100_000
    register_fonts()
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        period = (date.today() - timedelta(days=YEARS * 365), date.today())
        services = {}
        for n in (1_000, big):
            start = time.perf_counter()
            ws, sheet = build(Path(tmp) / f"ws{n}", n)
            out[f"build_{n}_s"] = round(time.perf_counter() - start, 1)
            services[n] = (ws, ReportService(ws), sheet)
        _, small, sheet = services[1_000]
        small.referral_sheet(sheet)  # warm-up: first use of the fonts' metrics
        out["referral_sheet_ms_median_of_20"] = round(
            timed(lambda: small.referral_sheet(sheet), 20), 1)
        # Interleaved, so that a busy machine slows both sizes alike.
        times: dict[int, list[float]] = {1_000: [], big: []}
        for n in times:
            services[n][1].activity_report(*period)
        for _ in range(7):
            for n in times:
                start = time.perf_counter()
                services[n][1].activity_report(*period)
                times[n].append((time.perf_counter() - start) * 1000)
        for n in times:
            out[f"activity_report_{n}_ms_median_of_7"] = round(statistics.median(times[n]), 1)
        out["activity_ratio"] = round(statistics.median(times[big])
                                      / statistics.median(times[1_000]), 2)
        out["activity_ratio_limit"] = 3
        for ws, _, _ in services.values():
            ws.close()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
