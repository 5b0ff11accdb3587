"""Start-up of the desktop app: Qt, translations, settings, crash handler, worker, window.

The window is on screen, its signalement list filled, before SQLAlchemy is imported:

1. On the worker thread, app.store.quick.open_if_current opens the workspace with plain
   sqlite3 when it exists and needs no migration (the usual case).
2. The window is built (only the screen it opens on) and shown; the list reads its first
   page through app.services.signalement_list on that connection, on the worker.
3. Once that page is painted, the worker opens the full Workspace (SQLAlchemy engine)
   and the services (open_services); UiContext.attach hands them to the screens, and
   what waited for them (site choices, drafts, the form, the sites screen) runs.

A new workspace, or one whose schema is older, takes the full path at once (migration
with its backup, the busy indicator on); the list then reads through the service.
Nothing imported before step 3 may import SQLAlchemy: tests/ui/test_startup.py.

PALIER_TIMING=1 prints "PALIER_READY <epoch seconds>" when the main window has painted
its list filled; bench/bench_gui.py reads it.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import resources
from app.store import quick
from app.ui import i18n
from app.ui.crash import CrashHandler, acknowledge, log_dir, previous_crash
from app.ui.settings import SettingsStore
from app.ui.widgets import AfterPaint
from app.ui.worker import DbWorker


def _crash_dialog(log: Path, summary: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      app.translate("Crash", "Palier met a problem"),
                      app.translate("Crash", "Something went wrong. What you were typing has "
                                             "been kept as a draft.\n\nA report was written "
                                             "here:\n%1").replace("%1", str(log)))
    box.setDetailedText(summary)
    box.exec()


def app_icon() -> QIcon:
    """resources/icon/palier-*.png: PNG renditions need no SVG plugin, on any platform."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources.path("icon", f"palier-{size}.png")), QSize(size, size))
    return icon


def wait_on_worker(worker: DbWorker, fn: Callable):
    """Run fn on the worker and return its result (or raise its error); the GUI thread
    waits in an event loop meanwhile."""
    result: dict = {}
    loop = QEventLoop()

    def done(value):
        result["value"] = value
        loop.quit()

    def failed(exc):
        result["error"] = exc
        loop.quit()

    worker.submit(fn, done, failed)
    loop.exec()
    if "error" in result:
        raise result["error"]
    return result["value"]


def run(data_dir=None, lang: str | None = None, screen: str | None = None,
        quit_after: float | None = None, screenshot: Path | None = None) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Palier")
    app.setOrganizationName("Palier")
    app.setApplicationDisplayName("Palier")
    app.setWindowIcon(app_icon())
    # PALIER_SETTINGS: another settings file (tests, benchmarks, a shared office PC profile).
    store = SettingsStore(Path(os.environ["PALIER_SETTINGS"]) if os.environ.get("PALIER_SETTINGS") else None)
    settings = store.load()
    lang = i18n.resolve_language(lang, settings.language)
    translators = i18n.install(app, lang)
    base_size = app.font().pointSizeF()
    from app.ui.main_window import MainWindow, apply_text_size

    apply_text_size(app, base_size, settings.larger_text)
    crash = CrashHandler(dialog=_crash_dialog)
    crash.install()
    worker = DbWorker()
    from app.domain.messages import msg
    from app.services.signalement_list import SignalementList
    from app.ui.context import UiContext, open_services

    folder = quick.resolve_data_dir(data_dir)
    conn = wait_on_worker(worker, lambda: quick.open_if_current(folder))
    user = settings.user_name or getpass.getuser()
    ctx = UiContext(workspace=None, worker=worker, settings=settings, store=store, lang=lang,
                    user_label=user, data_dir=folder,
                    list_reader=SignalementList(conn) if conn is not None else None)
    window = MainWindow(ctx, base_point_size=base_size)
    crash.before_dialog.append(lambda: window.keep_drafts(sync=True))
    opened: dict = {}

    def open_full():  # on the worker: SQLAlchemy, the models, the services
        from app.store.workspace import Workspace

        ws = opened["ws"] = Workspace.open(folder)
        return ws, open_services(ws, ctx.actor)

    def attach(result) -> None:
        ctx.attach(*result)

    def open_failed(exc: BaseException) -> None:
        if isinstance(exc, quick.WorkspaceError):
            text = msg(exc.key, **exc.values)
            print(text, file=sys.stderr)
            if os.environ.get("PALIER_NO_CRASH_DIALOG") != "1" and quit_after is None:
                QMessageBox.critical(window, "Palier", text)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        app.exit(1)

    def open_services_now() -> None:
        if "started" not in opened:
            opened["started"] = True
            worker.submit(open_full, attach, open_failed)

    def list_shown() -> None:
        if os.environ.get("PALIER_TIMING") == "1":
            print(f"PALIER_READY {time.time():.6f}", flush=True)
        open_services_now()

    window.show()
    window.start(screen)
    if conn is not None and "signalements" in window.screens:
        # The first page, painted, first; SQLAlchemy's import would slow its painting.
        table = window.signalements.list.table.viewport()
        window.listReady.connect(lambda: AfterPaint(table, list_shown))
        window.signalements.list.model.loadFailed.connect(lambda _t: open_services_now())
    else:
        open_services_now()
        if os.environ.get("PALIER_TIMING") == "1":
            window.listReady.connect(lambda: AfterPaint(window, list_shown))
    _notice_previous_crash(window, crash)

    if quit_after is not None:
        def finish():
            if screenshot is not None:
                path = Path(screenshot)
                path.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(path))
            window.close()
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), finish)
    try:
        code = app.exec()
    finally:
        if conn is not None:
            worker.submit(conn.close)  # the worker's connection: closed on the worker
        worker.stop()
        if "ws" in opened:
            opened["ws"].close()
        crash.uninstall()
        i18n.uninstall(app, translators)
    return code


def _notice_previous_crash(window, crash: CrashHandler) -> None:
    """Spyder's habit: say at start that the last run crashed, and where its report is."""
    folder = crash.folder if crash.folder else log_dir()
    log = previous_crash(folder)
    if log is None:
        return
    acknowledge(folder)
    text = QCoreApplication.translate(
        "MainWindow", "Palier stopped unexpectedly last time. A report was kept here: %1").replace(
        "%1", str(log))
    window.statusBar().showMessage(text, 15000)
