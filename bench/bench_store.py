"""Benchmark of the data layer (issue 2). Not a test: prints JSON, checks nothing.

At 1k and 100k signalements it times, in one run:
- inserting through the service layer (SignalementService.create_many);
- a raw sqlite3 executemany of the very same rows into a bare table (no index,
  no constraint, no trigger) in a fresh file with the same pragmas;
- the first page of the list (sorted by date, filtered by one site);
- one full-text search.
Each figure is the median of several runs; the query timings of both sizes are taken in
turn, run after run, so that load on the machine hits both alike. Usage: python bench/bench_store.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.codes import Category, LocationKind, Recurrence
from app.services.places import PlaceService
from app.services.signalements import SignalementDraft, SignalementFilter, SignalementService
from app.store.workspace import WORKSPACE_FILE, Workspace

PHRASES = [
    "Regroupement de plusieurs individus dans le hall, allées et venues fréquentes en soirée",
    "Porte du local poubelles forcée, serrure arrachée",
    "Tags sur les murs de la cage d'escalier et boîtes aux lettres dégradées",
    "Véhicule sans plaques stationné depuis trois semaines sur le parking",
    "Dépôt sauvage d'encombrants au pied de l'immeuble",
    "Rodéo de motos sur la voie pompiers vers 22 h",
    "Bruit de musique tardive signalé par plusieurs locataires du 4e étage",
    "Squat constaté dans la cave, matelas et restes de repas",
    "Ascenseur bloqué volontairement entre deux étages",
    "Menaces verbales envers le gardien lors de la sortie des containers",
]


def make_drafts(n: int, sites: list[tuple[str, str]], seed: int) -> list[SignalementDraft]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    cats, kinds, recs = list(Category.codes()), list(LocationKind.codes()), list(Recurrence.codes())
    drafts = []
    for i in range(n):
        site, building = rng.choice(sites)
        start = now - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        drafts.append(SignalementDraft(
            category=rng.choice(cats), site_id=site, building_id=building,
            location_kind=rng.choice(kinds), facts_start=start,
            reported_at=min(start + timedelta(hours=rng.randrange(48)), now),
            description=f"{rng.choice(PHRASES)}. {rng.choice(PHRASES)} (fiche {i}).",
            recurrence=rng.choice(recs), severity=rng.randint(1, 4),
            persons_count=rng.randrange(8)))
    return drafts


def new_workspace(root: Path, name: str) -> tuple[Workspace, list[tuple[str, str]]]:
    ws = Workspace.open(root / name)
    places = PlaceService(ws)
    org = places.create_organisation("Habitat Banc d'essai", "landlord")
    sites = []
    for k in range(10):
        site = places.create_site(f"B{k:02d}", f"Résidence {k}", org, difficulty=1 + k % 4)
        sites.append((site, places.add_building(site, "Bâtiment A")))
    return ws, sites


def raw_insert(root: Path, rows: list[tuple], columns: list[str]) -> float:
    """executemany of the same rows into a bare table, same pragmas, fresh file."""
    path = root / f"bare-{time.perf_counter_ns()}.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    # The workspace's own pragmas (app.store.workspace), so only the schema differs.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")
    db.execute(f"CREATE TABLE bare ({', '.join(columns)})")
    sql = f"INSERT INTO bare VALUES ({', '.join('?' * len(columns))})"
    t = time.perf_counter()
    db.execute("BEGIN")
    db.executemany(sql, rows)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - t
    db.close()
    return elapsed


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def measure(root: Path, n: int, insert_runs: int) -> tuple:
    service_times, raw_times = [], []
    for run in range(insert_runs):
        ws, sites = new_workspace(root, f"ws-{n}-{run}")
        drafts = make_drafts(n, sites, seed=run)
        t = time.perf_counter()
        SignalementService(ws).create_many(drafts)
        service_times.append(time.perf_counter() - t)
        with sqlite3.connect(ws.data_dir / WORKSPACE_FILE) as db:
            columns = [r[1] for r in db.execute("PRAGMA table_info(signalements)")]
            rows = db.execute(f"SELECT {', '.join(columns)} FROM signalements").fetchall()
        raw_times.append(raw_insert(root, rows, columns))
        if run < insert_runs - 1:
            ws.close()
    return ws, sites, {
        "records": n,
        "service_insert_s": round(statistics.median(service_times), 4),
        "raw_executemany_s": round(statistics.median(raw_times), 4),
        "insert_ratio": round(statistics.median(service_times) / statistics.median(raw_times), 2),
    }


def measure_queries(opened: list, runs: int) -> None:
    """Time the list's first page and one search on every workspace in turn, run after
    run, so that a burst of load on the machine hits every size alike."""
    probes = []
    for ws, sites, result in opened:
        service = SignalementService(ws)
        flt = SignalementFilter(site_id=sites[3][0])
        probes.append((result, "first_page_ms", lambda sv=service, f=flt: sv.page(f, limit=100)))
        probes.append((result, "search_ms", lambda sv=service: sv.search("hall", limit=200)))
        result["search_hits"] = len(service.search("hall", limit=200))
    times: dict[int, list[float]] = {i: [] for i in range(len(probes))}
    for _ in range(runs):
        for i, (_, _, probe) in enumerate(probes):
            t = time.perf_counter()
            probe()
            times[i].append(time.perf_counter() - t)
    for i, (result, key, _) in enumerate(probes):
        result[key] = round(statistics.median(times[i]) * 1000, 3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10k instead of 100k, fewer runs")
    args = parser.parse_args()
    big = 10_000 if args.quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        opened = [measure(root, 1_000, insert_runs=5), measure(root, big, insert_runs=5)]
        measure_queries(opened, runs=100)
        small, large = (result for _, _, result in opened)
        for ws, _, _ in opened:
            ws.close()
    result = {
        "benchmark": "store",
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "small": small,
        "large": large,
        "bars": {
            "insert_ratio_at_large": large["insert_ratio"],
            "insert_ratio_max": 3.0,
            "first_page_large_over_small": round(large["first_page_ms"] / small["first_page_ms"], 2),
            "search_large_over_small": round(large["search_ms"] / small["search_ms"], 2),
            "query_ratio_max": 2.0,
        },
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
