"""Benchmark of issue 7's bars. Not a test: prints JSON, checks nothing.

- Opening a workspace of 100k signalements encrypted (SQLCipher) against the very same
  workspace unencrypted: `Workspace.open` (connection, key, schema, revision check; the
  bar, 1.5x); the app's first screen (the quick connection and the list's first page of
  200 rows read at random places of the table, then `Workspace.open`); and, as the
  heaviest reading, a scan of the whole signalement table. Each run opens a new connection (SQLCipher's page cache is per
  connection, so every page read is decrypted again); the two are timed in turn, run
  after run, and the medians compared.
- Sign-in with the real Argon2id costs: unwrapping the data key from the key file.

Usage: python bench/bench_security.py [--records N] [--runs R]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services import signin  # noqa: E402
from app.services.demo import DemoService  # noqa: E402
from app.services.signalement_list import SignalementList  # noqa: E402
from app.store import quick  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402

PASSWORD = "mot de passe du banc"
PAGE_SIZE = 200  # app.ui.signalements.list_model.PAGE_SIZE, without importing Qt


def first_screen(folder: Path, key: bytes | None) -> float:
    """What the app does on opening (app/ui/app.py): the quick connection and the list's
    first page, then the full Workspace (engine, schema revision). Seconds."""
    start = time.perf_counter()
    conn = quick.open_if_current(folder, key)
    SignalementList(conn).page(sort="facts_start", descending=True, limit=PAGE_SIZE)
    conn.close()
    ws = Workspace.open(folder, key=key)
    with ws.engine.connect() as c:
        c.exec_driver_sql("SELECT count(*) FROM sites").scalar()
    ws.close()
    return time.perf_counter() - start


def open_only(folder: Path, key: bytes | None) -> float:
    """Workspace.open (connection, key, pragmas, schema, revision check), then close."""
    start = time.perf_counter()
    Workspace.open(folder, key=key).close()
    return time.perf_counter() - start


def full_count(folder: Path, key: bytes | None) -> float:
    start = time.perf_counter()
    conn = quick.connect(folder / quick.WORKSPACE_FILE, key)
    conn.execute("SELECT count(*), sum(length(description)) FROM signalements").fetchone()
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="palier-bench-sec-"))
    try:
        plain = tmp / "plain"
        t0 = time.perf_counter()
        with Workspace.open(plain) as ws:
            DemoService(ws).generate(records=args.records, seed=3)
            with ws.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        built = time.perf_counter() - t0
        encrypted = tmp / "encrypted"
        shutil.copytree(plain, encrypted)
        t0 = time.perf_counter()
        unlocked, _ = signin.set_up(encrypted, "admin", PASSWORD)
        encrypting = time.perf_counter() - t0
        key = unlocked.key
        timings = {"plain_open": [], "enc_open": [], "plain_first": [], "enc_first": [],
                   "plain_count": [], "enc_count": []}
        for _ in range(args.runs):
            timings["plain_open"].append(open_only(plain, None))
            timings["enc_open"].append(open_only(encrypted, key))
            timings["plain_first"].append(first_screen(plain, None))
            timings["enc_first"].append(first_screen(encrypted, key))
            timings["plain_count"].append(full_count(plain, None))
            timings["enc_count"].append(full_count(encrypted, key))
        sign_ins = []
        for _ in range(5):
            t0 = time.perf_counter()
            signin.unlock(encrypted, "admin", PASSWORD)
            sign_ins.append(time.perf_counter() - t0)
        med = {k: statistics.median(v) for k, v in timings.items()}
        print(json.dumps({
            "records": args.records,
            "runs": args.runs,
            "build_demo_s": round(built, 2),
            "encrypt_in_place_s": round(encrypting, 2),
            "open_plain_ms": round(med["plain_open"] * 1000, 2),
            "open_encrypted_ms": round(med["enc_open"] * 1000, 2),
            "open_ratio": round(med["enc_open"] / med["plain_open"], 2),
            "open_ratio_bar": 1.5,
            "first_screen_plain_ms": round(med["plain_first"] * 1000, 2),
            "first_screen_encrypted_ms": round(med["enc_first"] * 1000, 2),
            "first_screen_ratio": round(med["enc_first"] / med["plain_first"], 2),
            "full_table_read_plain_ms": round(med["plain_count"] * 1000, 2),
            "full_table_read_encrypted_ms": round(med["enc_count"] * 1000, 2),
            "full_table_read_ratio": round(med["enc_count"] / med["plain_count"], 2),
            "sign_in_median_s": round(statistics.median(sign_ins), 3),
            "sign_in_max_s": round(max(sign_ins), 3),
            "sign_in_bar_s": 1.0,
            "file_mib": {"plain": round((plain / quick.WORKSPACE_FILE).stat().st_size / 2**20, 1),
                         "encrypted": round((encrypted / quick.WORKSPACE_FILE).stat().st_size
                                            / 2**20, 1)},
        }, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
