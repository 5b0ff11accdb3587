"""GUI start-up and list speed, printed as JSON (a benchmark, not a test).

    .venv/bin/python bench/bench_gui.py [--runs 5] [--keep DIR]

- bare_start_s: a bare PySide6 QApplication with an empty QMainWindow, from process
  start to the window shown (subprocess).
- palier_start_s: `palier gui` on a 100,000-signalement workspace, from process start to
  the main window shown with its list filled (subprocess, PALIER_TIMING marker).
- list_first_paint_s / search_s at 1k and 100k: in process, the list model's first page
  and one full-text search, from request to rows in the model.
Bars of issue 3: palier_start <= 2.5 x bare_start; 100k <= 1.5 x 1k for both list figures.
Uses the offscreen platform unless DISPLAY is set (run under xvfb-run for a real X server).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print(f"PALIER_READY {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def make_workspace(folder: Path, records: int) -> Path:
    from app.services.places import PlaceService
    from app.services.signalements import SignalementDraft, SignalementService
    from app.store.workspace import Workspace

    ws = Workspace.open(folder)
    try:
        service = SignalementService(ws)
        if service.count() >= records:
            return folder
        places = PlaceService(ws)
        org = places.create_organisation(f"Bailleur {records}", "landlord")
        sites = [places.create_site(f"S{i:02d}", f"Résidence {i}", org, difficulty=1 + i % 4)
                 for i in range(20)]
        buildings = [places.add_building(s, "Bâtiment A") for s in sites]
        words = ["hall", "cave", "parking", "tags", "boîtes aux lettres", "encombrants",
                 "regroupement", "vitre brisée", "ascenseur", "porte forcée"]
        now = datetime.now(UTC)
        batch = []
        for i in range(records):
            start = now - timedelta(minutes=37 * i + 5)
            status = ("new", "in_progress", "referred", "closed")[i % 4]
            batch.append(SignalementDraft(
                category=("damage", "loitering", "theft", "fly_tipping")[i % 4],
                site_id=sites[i % 20], building_id=buildings[i % 20], facts_start=start,
                reported_at=start + timedelta(minutes=2), severity=1 + i % 4, status=status,
                closing_reason="resolved" if status == "closed" else None,
                description=f"{words[i % 10]} {words[(i * 7) % 10]} constat n°{i}"))
            if len(batch) == 20_000:
                service.create_many(batch)
                batch = []
        if batch:
            service.create_many(batch)
    finally:
        ws.close()
    return folder


def timed_process(args: list[str], env: dict) -> float:
    t0 = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("PALIER_READY "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no timing marker: {out.stdout[-500:]} {out.stderr[-2000:]}")


def list_timings(folder: Path, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.services.signalements import SignalementService
    from app.store.workspace import Workspace
    from app.ui.signalements.list_model import SignalementListModel
    from app.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(folder)
    worker = DbWorker()
    model = SignalementListModel(SignalementService(ws), worker)

    def wait_page(action) -> float:
        done = []
        conn = model.pageLoaded.connect(lambda n: done.append(time.perf_counter()))
        t0 = time.perf_counter()
        action()
        while not done:
            app.processEvents()
        model.pageLoaded.disconnect(conn)
        while worker.pending():  # the count after the first page: not in the figure
            app.processEvents()
        return done[0] - t0

    first, search = [], []
    for _ in range(runs):
        model.set_text("")
        first.append(wait_page(model.reload))
        search.append(wait_page(lambda: model.set_text("regroupement parking")))
    worker.stop()
    ws.close()
    return {"first_paint_s": statistics.median(first), "search_s": statistics.median(search)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "palier-bench")
    args = parser.parse_args()
    small = make_workspace(args.keep / "ws-1k", 1_000)
    big = make_workspace(args.keep / "ws-100k", 100_000)

    env = dict(os.environ, PALIER_TIMING="1", PALIER_NO_CRASH_DIALOG="1",
               PALIER_SETTINGS=str(args.keep / "settings.ini"))
    py = sys.executable
    bare, palier = [], []
    for _ in range(args.runs):
        bare.append(timed_process([py, "-c", BARE], env))
        palier.append(timed_process([py, "-m", "app", "--data-dir", str(big), "gui",
                                     "--screen", "signalements", "--quit-after", "0.3"], env))
    lists = {"1k": list_timings(small, args.runs), "100k": list_timings(big, args.runs)}
    bare_s, palier_s = statistics.median(bare), statistics.median(palier)
    result = {
        "platform": os.environ.get("QT_QPA_PLATFORM") or "xcb",
        "runs": args.runs,
        "bare_start_s": round(bare_s, 4),
        "palier_start_100k_s": round(palier_s, 4),
        "start_ratio": round(palier_s / bare_s, 2),
        "start_bar": 2.5,
        "list_first_paint_1k_s": round(lists["1k"]["first_paint_s"], 4),
        "list_first_paint_100k_s": round(lists["100k"]["first_paint_s"], 4),
        "first_paint_ratio": round(lists["100k"]["first_paint_s"] / lists["1k"]["first_paint_s"], 2),
        "search_1k_s": round(lists["1k"]["search_s"], 4),
        "search_100k_s": round(lists["100k"]["search_s"], 4),
        "search_ratio": round(lists["100k"]["search_s"] / lists["1k"]["search_s"], 2),
        "list_bar": 1.5,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
