"""Benchmark of sync (issue 5). Not a test: prints JSON, checks nothing.

In one run, against real `palier server` processes on loopback:
- initial pull of N records (default 100,000 signalements) into an empty workspace, and a
  raw sqlite3 executemany of the very same rows into a bare table, same pragmas: their
  rates and ratio (the bar: pull >= 15 % of raw);
- push of M new records (default 20,000) from the outbox, against the same raw baseline:
  the best of three pushes (each by a new desktop, client defaults) against the best of
  three raw runs, the median push's ratio printed too;
- an idle sync (nothing to send or receive): one round trip, median and p95;
- load: C simulated desktops (default 200) syncing at once against one server on
  PostgreSQL, each creating records and editing shared ones over several rounds; p50 and
  p95 per sync, errors, and whether every desktop ends equal to the server.

Usage: python bench/bench_sync.py [--records N] [--push M] [--clients C] [--rounds R]
                                  [--backend sqlite|postgres] [--skip-load]
PostgreSQL comes from Debian's packages (tests/sync/sync_env.py starts a throwaway one).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "sync"))

from sync_env import Postgres, ServerProcess  # noqa: E402
from sync_helpers import Admin, Desk, unique  # noqa: E402

from app.services.signalements import SignalementDraft  # noqa: E402
from app.store.workspace import WORKSPACE_FILE, Workspace  # noqa: E402
from app.sync.client import Backoff  # noqa: E402
from app.sync.entities import registry  # noqa: E402

PUSH_RUNS = 3
PHRASES = ["Regroupement dans le hall, allées et venues en soirée",
           "Porte du local poubelles forcée", "Tags dans la cage d'escalier",
           "Véhicule sans plaques sur le parking", "Dépôt sauvage au pied de l'immeuble"]


def drafts(n: int, site: str, seed: int = 1) -> list[SignalementDraft]:
    now = datetime.now(UTC)
    return [SignalementDraft(
        category=("squat", "damage", "theft", "loitering")[i % 4], site_id=site,
        facts_start=now - timedelta(minutes=(i * 37) % 500000),
        description=f"{PHRASES[(i + seed) % len(PHRASES)]} (fiche {i}).",
        severity=1 + i % 4, persons_count=i % 7) for i in range(n)]


def raw_rate(rows: list[tuple], columns: tuple[str, ...]) -> float:
    """Seconds for a raw executemany of the rows into a bare table in a fresh file: the
    best of three, so that machine load cannot flatter the ratio."""
    return min(_raw_once(rows, columns) for _ in range(3))


def _raw_once(rows: list[tuple], columns: tuple[str, ...]) -> float:
    folder = Path(tempfile.mkdtemp())
    db = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                   "PRAGMA cache_size=-65536"):
        db.execute(pragma)
    db.execute(f"CREATE TABLE bare ({', '.join(columns)})")
    start = time.perf_counter()
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO bare VALUES ({', '.join('?' * len(columns))})", rows)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    shutil.rmtree(folder)
    return elapsed


def rows_of(ws: Workspace) -> tuple[list[tuple], tuple[str, ...]]:
    cols = registry()["signalements"].columns
    with ws.engine.connect() as conn:
        rows = [tuple(r) for r in conn.exec_driver_sql(
            f"SELECT {', '.join(cols)} FROM signalements")]
    return rows, cols


def fresh_desk(root: Path, url: str, login: str, template: Path, **options) -> Desk:
    return Desk(root / unique("desk"), url, login, template, **options)


def template(root: Path) -> Path:
    folder = root / "template"
    Workspace.open(folder).close()
    return folder / WORKSPACE_FILE


def throughput(args, root: Path, url: str, admin: Admin, tpl: Path) -> dict:
    # Push of M new records, three times, each by a new desktop of its own organisation
    # with the client's defaults: the best of three, as for the raw baseline.
    pushes = []
    for run in range(PUSH_RUNS):
        org = admin.org()
        writer = fresh_desk(root, url, admin.user(org, "admin"), tpl)
        site = writer.site()
        writer.sync()
        writer.sigs.create_many(drafts(args.push, site, seed=run))
        start = time.perf_counter()
        report = writer.sync()
        pushes.append(time.perf_counter() - start)
        assert report.sent == args.push and report.rejected == 0, report
        if run < PUSH_RUNS - 1:
            writer.close()
    rows, cols = rows_of(writer.ws)
    push_s = min(pushes)
    push_raw = raw_rate(rows, cols)
    # The N records of another organisation, pushed untimed, then pulled by an empty
    # workspace.
    org = admin.org()
    writer.close()
    writer = fresh_desk(root, url, admin.user(org, "admin"), tpl)
    site = writer.site()
    writer.sync()
    rest = args.records
    for k in range(0, rest, 20000):
        writer.sigs.create_many(drafts(min(20000, rest - k), site, seed=k + 1))
        writer.sync()
    reader = fresh_desk(root, url, admin.user(org, "officer"), tpl, initial_sync=False)
    start = time.perf_counter()
    report = reader.sync()
    pull_s = time.perf_counter() - start
    got = len(reader.ids("signalements"))
    assert got == args.records, (got, args.records)
    rows, cols = rows_of(reader.ws)
    pull_raw = raw_rate(rows, cols)
    # Idle sync: nothing to send, nothing to receive.
    idle = []
    for _ in range(60):
        start = time.perf_counter()
        reader.sync()
        idle.append(time.perf_counter() - start)
    idle.sort()
    writer.close()
    reader.close()
    return {
        "initial_pull": {"records": args.records, "seconds": round(pull_s, 3),
                         "records_per_s": round(args.records / pull_s),
                         "raw_executemany_s": round(pull_raw, 3),
                         "raw_records_per_s": round(args.records / pull_raw),
                         "rate_ratio": round(pull_raw / pull_s, 3), "bar": 0.15},
        "push": {"records": args.push, "seconds": round(push_s, 3),
                 "runs_s": [round(x, 3) for x in pushes],
                 "median_rate_ratio": round(push_raw / statistics.median(pushes), 3),
                 "records_per_s": round(args.push / push_s),
                 "raw_executemany_s": round(push_raw, 3),
                 "raw_records_per_s": round(args.push / push_raw),
                 "rate_ratio": round(push_raw / push_s, 3), "bar": 0.15},
        "idle_sync_ms": {"median": round(statistics.median(idle) * 1000, 2),
                         "p95": round(idle[int(len(idle) * 0.95)] * 1000, 2), "bar": 10.0},
    }


def load(args, root: Path, url: str, admin: Admin, tpl: Path) -> dict:
    org = admin.org()
    boss = fresh_desk(root, url, admin.user(org, "admin"), tpl)
    site = boss.site()
    shared = boss.sigs.create_many(drafts(20, site))
    boss.sync()
    desks: list[Desk] = []
    for _ in range(args.clients):
        desks.append(fresh_desk(root, url, admin.user(org, "officer"), tpl,
                                backoff=Backoff(base=0.2, cap=5, attempts=8)))
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(args.clients)

    def work(k: int, d: Desk) -> None:
        try:
            barrier.wait()
            for r in range(args.rounds):
                d.sigs.create_many(drafts(2, site, seed=k * 100 + r))
                d.edit(shared[(k + r) % len(shared)], persons_count=(k + r) % 7)
                start = time.perf_counter()
                d.sync()
                with lock:
                    times.append(time.perf_counter() - start)
        except Exception as exc:  # counted, and the run says so
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work, args=(k, d)) for k, d in enumerate(desks)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    for d in desks + [boss]:
        d.sync()
    on_server = {i for i, d in admin.records("signalements").items() if d["org_id"] == org}
    cols = registry()["signalements"].columns
    reference = None
    equal = True
    for d in desks + [boss]:
        with d.ws.engine.connect() as conn:
            state = sorted(tuple(r) for r in conn.exec_driver_sql(
                f"SELECT {', '.join(cols)} FROM signalements"))
        if reference is None:
            reference = state
        equal &= state == reference and {r[cols.index("id")] for r in state} == on_server
    for d in desks + [boss]:
        d.close()
    times.sort()
    return {"clients": args.clients, "rounds": args.rounds, "syncs": len(times),
            "errors": len(errors), "first_errors": errors[:3], "wall_s": round(wall, 2),
            "sync_p50_ms": round(statistics.median(times) * 1000, 1) if times else None,
            "sync_p95_ms": round(times[int(len(times) * 0.95)] * 1000, 1) if times else None,
            "records_on_server": len(on_server), "all_replicas_equal": equal}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--push", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite",
                        help="for the throughput part; the load part always uses PostgreSQL")
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="palier-bench-sync-"))
    pg = None
    result: dict = {"benchmark": "sync", "python": sys.version.split()[0],
                    "sqlite": sqlite3.sqlite_version}
    try:
        tpl = template(root)
        if args.backend == "postgres" or not args.skip_load:
            pg = Postgres()
        url = (pg.new_database() if args.backend == "postgres"
               else f"sqlite:///{root / 'server.sqlite3'}")
        server = ServerProcess(url)
        admin = Admin(url)
        try:
            result["throughput"] = {"backend": args.backend,
                                    **throughput(args, root, server.url, admin, tpl)}
        finally:
            server.kill()
            admin.close()
        if not args.skip_load:
            url = pg.new_database()
            server = ServerProcess(url)
            admin = Admin(url)
            try:
                result["load"] = {"backend": "postgres",
                                  **load(args, root, server.url, admin, tpl)}
            finally:
                server.kill()
                admin.close()
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
