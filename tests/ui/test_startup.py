"""Start-up: the window and its list come before SQLAlchemy, the services after.

The modules that start the desktop app import no SQLAlchemy, Alembic or models (they
cost more than Qt itself); the real `palier gui` paints its list first, then imports
SQLAlchemy on the worker thread; screens and actions that need the services wait for
them; a new workspace takes the full path (migration) and an unusable one stops cleanly.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from workspace_access import data_key

from app.services.signalement_list import SignalementList
from app.store import quick
from app.ui.context import UiContext, open_services

HEAVY = ("sqlalchemy", "alembic", "app.models", "app.store.workspace", "app.services.base")
START_UP = ("app.cli", "app.ui.app", "app.ui.main_window", "app.ui.context",
            "app.ui.signalements.screen", "app.ui.signalements.list_view",
            "app.ui.signalements.list_model", "app.ui.placeholders", "app.store.quick",
            "app.services.signalement_list")

# Runs `palier gui` and says when SQLAlchemy is first imported, and by which thread.
WATCH = textwrap.dedent("""
    import sys, threading, time

    class Watch:
        seen = False

        def find_spec(self, name, path=None, target=None):
            if name == "sqlalchemy" and not Watch.seen:
                Watch.seen = True
                print(f"SQLALCHEMY {time.time():.6f} {threading.current_thread().name}",
                      flush=True)
            return None

    sys.meta_path.insert(0, Watch())
    from app.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def palier_gui(data_dir, tmp_path, quit_after="3") -> subprocess.CompletedProcess:
    env = dict(os.environ, PALIER_TIMING="1", PALIER_SETTINGS=str(tmp_path / "settings.ini"),
               PALIER_LANG="fr")
    return subprocess.run([sys.executable, "-c", WATCH, "--data-dir", str(data_dir), "gui",
                           "--screen", "signalements", "--quit-after", quit_after],
                          capture_output=True, text=True, env=env, timeout=120)


def marks(out: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in out.splitlines()
            if line.startswith(("PALIER_READY", "SQLALCHEMY"))}


def test_start_up_modules_import_no_sqlalchemy():
    code = (f"import sys\nimport {', '.join(START_UP)}\n"
            f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_gui_paints_its_list_before_sqlalchemy_loads_on_the_worker(ui_workspace, tmp_path):
    done = palier_gui(ui_workspace.data_dir, tmp_path)
    assert done.returncode == 0, done.stderr
    seen = marks(done.stdout)
    assert "PALIER_READY" in seen, done.stdout + done.stderr
    assert "SQLALCHEMY" in seen, "the services were never opened"
    ready, (loaded, thread) = float(seen["PALIER_READY"][0]), seen["SQLALCHEMY"]
    assert ready < float(loaded)
    assert thread != "MainThread"


def test_a_new_workspace_takes_the_full_path(tmp_path):
    folder = tmp_path / "new"
    done = palier_gui(folder, tmp_path, quit_after="6")  # creating it takes a second or so
    assert done.returncode == 0, done.stderr
    assert "PALIER_READY" in marks(done.stdout)
    # Set up encrypted with the environment's account (tests/conftest.py), then migrated.
    assert quick.open_if_current(folder) is None
    assert quick.open_if_current(folder, data_key(folder)) is not None


def test_a_workspace_from_a_newer_palier_stops_the_gui_cleanly(ui_workspace, tmp_path):
    with sqlite3.connect(ui_workspace.db_path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    done = palier_gui(ui_workspace.data_dir, tmp_path, quit_after="10")
    assert done.returncode == 1
    assert "9999" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_window_before_and_after_the_services(qtbot, ui_workspace, worker, settings_store,
                                              translators, wait_idle):
    from app.ui.main_window import MainWindow

    conn = quick.open_if_current(ui_workspace.data_dir)
    ctx = UiContext(workspace=None, worker=worker, settings=settings_store.load(),
                    store=settings_store, lang=translators, data_dir=ui_workspace.data_dir,
                    list_reader=SignalementList(conn))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.listReady, timeout=5000):
        win.start("signalements")
    screen = win.signalements
    assert screen.list.model.rowCount() == 60
    assert set(win.screens) == {"signalements"}  # only the screen shown is built
    win.show_screen("sites")
    assert "sites" not in win.screens  # it needs the services: a waiting line stands in
    win.new_signalement()  # waits for the services too
    assert not ctx.ready and not screen.form_built() and screen.list.site.count() == 1

    ctx.attach(ui_workspace, open_services(ui_workspace))
    assert "sites" in win.screens and screen.form_open()
    qtbot.waitUntil(lambda: win.sites.model.rowCount() == 2)
    qtbot.waitUntil(lambda: screen.list.site.count() == 3)
    qtbot.waitUntil(lambda: screen.form.site.count() > 2)
    screen.form.autosave.stop()
    wait_idle(worker)
    worker.submit(conn.close)
    wait_idle(worker)
