"""GUI start-up and list speed, printed as JSON (a benchmark, not a test).

    .venv/bin/python bench/bench_gui.py [--runs 5] [--keep DIR]

- bare_start_s: a bare PySide6 QApplication with an empty QMainWindow, from process
  start to the window shown (subprocess).
- palier_start_s: `palier gui --screen signalements` on a 100,000-signalement workspace,
  from process start to the main window painted with its list filled (subprocess,
  PALIER_TIMING marker, printed once the list's first page has been painted). The
  workspace is encrypted and the app signs in unattended with PALIER_USER and
  PALIER_PASSWORD (the demo's administration account, admin / palier-demo), key
  derivation included; palier_start_plain_100k_s is the same start on the same records
  unencrypted (a workspace from before encryption), for comparison, and unlock_s the key
  derivation alone (Argon2id, one lane, so that Qt keeps the other core while it starts).
- list_first_paint_s / search_s at 1k and 100k: in process, the real list view (what
  start-up builds: SignalementListView reading through SignalementList on the start-up
  connection) in a shown window. First paint: from the reload to the rows painted. Search:
  a common two-word search typed into the search box, from Enter to the rows painted
  (the 250 ms typing delay is not counted). On the encrypted workspaces. Each figure is the median of --runs, after
  one run that warms SQLite's cache.
Bars of issue 3: palier_start <= 2.5 x bare_start; 100k <= 1.5 x 1k for both list figures.
Palier's modules are byte-compiled first, as in an installed Palier (pip and the
PyInstaller bundle ship .pyc): with PYTHONDONTWRITEBYTECODE set, a checkout would
otherwise compile every module from source at each start, which a user never pays.
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

ROOT = Path(__file__).resolve().parents[1]

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


# The account of `palier demo` that set the workspace up (app/cli_signin.py).
BENCH_LOGIN, BENCH_PASSWORD = "admin", "palier-demo"


def encrypted_copy(plain: Path, folder: Path) -> bytes:
    """The same records in an encrypted workspace (a copy of `plain` set up the way a
    user encrypts one), and its data key."""
    import sqlite3

    from app.services import signin
    from app.store.workspace import WORKSPACE_FILE

    if signin.state(folder) == signin.State.ENCRYPTED:
        return signin.unlock(folder, BENCH_LOGIN, BENCH_PASSWORD).key
    folder.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(plain / WORKSPACE_FILE)
    dst = sqlite3.connect(folder / WORKSPACE_FILE)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    unlocked, _recovery = signin.set_up(folder, BENCH_LOGIN, BENCH_PASSWORD)
    return unlocked.key


def timed_process(args: list[str], env: dict) -> float:
    t0 = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("PALIER_READY "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no timing marker: {out.stdout[-500:]} {out.stderr[-2000:]}")


SEARCH = "regroupement parking"  # a fifth of the records hold both words


def list_timings(folders: dict[str, tuple[Path, bytes]], runs: int) -> dict[str, dict]:
    """Both workspaces' views side by side, measured in turn: a load that comes and goes
    on the machine weighs on both alike."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.signalement_list import SignalementList
    from app.store import quick
    from app.ui.context import UiContext
    from app.ui.settings import Settings
    from app.ui.signalements.list_view import SignalementListView
    from app.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])

    def wait(signal) -> None:
        # Blocked in an event loop, as the app is: a busy loop here would hold the GIL
        # against the worker and time the benchmark's own contention.
        loop = QEventLoop()
        connection = signal.connect(loop.quit)
        loop.exec()
        signal.disconnect(connection)

    class Bench:
        def __init__(self, folder: Path, key: bytes) -> None:
            self.worker = DbWorker()
            self.conn = quick.open_if_current(folder, key)
            ctx = UiContext(workspace=None, worker=self.worker, settings=Settings(),
                            data_dir=folder, list_reader=SignalementList(self.conn))
            self.view = SignalementListView(ctx)
            self.view.resize(1280, 760)
            self.view.show()
            QTest.qWaitForWindowExposed(self.view)
            self.first: list[float] = []
            self.search: list[float] = []

        def idle(self) -> None:
            # The count after the first page (started once it is painted): not timed.
            app.processEvents()
            if self.worker.pending():
                wait(self.worker.idle)

        def painted(self, action) -> float:
            """From `action` to the first page in the model and painted on screen."""
            t0 = time.perf_counter()
            action()
            wait(self.view.model.pageLoaded)
            self.view.table.viewport().repaint()
            elapsed = time.perf_counter() - t0
            self.idle()
            return elapsed

        def run(self, record: bool = True) -> None:
            view = self.view
            view.clear_filters()
            self.idle()
            first = self.painted(view.model.reload)
            view.search.setFocus()
            QTest.keyClicks(view.search, SEARCH)
            search = self.painted(lambda: QTest.keyClick(view.search, Qt.Key.Key_Return))
            assert view.model.by_recency() and view.model.rowCount() > 0
            if record:
                self.first.append(first)
                self.search.append(search)

        def close(self) -> None:
            self.view.close()
            self.worker.submit(self.conn.close)
            self.worker.stop()

    benches = {name: Bench(*where) for name, where in folders.items()}
    for b in benches.values():
        b.run(record=False)  # warms SQLite's cache and Qt's glyphs
    for _ in range(runs):
        for b in benches.values():
            b.run()
    for b in benches.values():
        b.close()
    return {name: {"first_paint_s": statistics.median(b.first),
                   "search_s": statistics.median(b.search)} for name, b in benches.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "palier-bench")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True,
                   stdout=subprocess.DEVNULL)
    small_plain = make_workspace(args.keep / "ws-1k", 1_000)
    big_plain = make_workspace(args.keep / "ws-100k", 100_000)
    small, big = args.keep / "ws-1k-encrypted", args.keep / "ws-100k-encrypted"
    small_key = encrypted_copy(small_plain, small)
    big_key = encrypted_copy(big_plain, big)

    env = dict(os.environ, PALIER_TIMING="1", PALIER_NO_CRASH_DIALOG="1",
               PALIER_SETTINGS=str(args.keep / "settings.ini"),
               PALIER_USER=BENCH_LOGIN, PALIER_PASSWORD=BENCH_PASSWORD)
    py = sys.executable

    def start(folder: Path) -> float:
        return timed_process([py, "-m", "app", "--data-dir", str(folder), "gui",
                              "--screen", "signalements", "--quit-after", "1"], env)

    bare, palier, plain = [], [], []
    for _ in range(args.runs):
        bare.append(timed_process([py, "-c", BARE], env))
        palier.append(start(big))
        plain.append(start(big_plain))
    from app.services import signin

    unlock = []  # the key derivation alone, in this process: what sign-in adds at most
    for _ in range(args.runs):
        t0 = time.perf_counter()
        signin.unlock(big, BENCH_LOGIN, BENCH_PASSWORD)
        unlock.append(time.perf_counter() - t0)
    lists = list_timings({"1k": (small, small_key), "100k": (big, big_key)}, args.runs)
    bare_s, palier_s = statistics.median(bare), statistics.median(palier)
    plain_s = statistics.median(plain)
    result = {
        "platform": os.environ.get("QT_QPA_PLATFORM") or "xcb",
        "runs": args.runs,
        "bare_start_s": round(bare_s, 4),
        "palier_start_100k_s": round(palier_s, 4),
        "start_ratio": round(palier_s / bare_s, 2),
        # Best runs: what the machine does when nothing else competes for it.
        "start_ratio_of_best_runs": round(min(palier) / min(bare), 2),
        "start_bar": 2.5,
        "palier_start_plain_100k_s": round(plain_s, 4),
        "start_ratio_plain": round(plain_s / bare_s, 2),
        "encrypted_vs_plain_start_ratio": round(palier_s / plain_s, 2),
        "unlock_s": round(statistics.median(unlock), 4),
        "list_first_paint_1k_s": round(lists["1k"]["first_paint_s"], 4),
        "list_first_paint_100k_s": round(lists["100k"]["first_paint_s"], 4),
        "first_paint_ratio": round(lists["100k"]["first_paint_s"] / lists["1k"]["first_paint_s"], 2),
        "search_1k_s": round(lists["1k"]["search_s"], 4),
        "search_100k_s": round(lists["100k"]["search_s"], 4),
        "search_ratio": round(lists["100k"]["search_s"] / lists["1k"]["search_s"], 2),
        "list_bar": 1.5,
        # Other work on the machine spreads the figures: its load while they were taken.
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
