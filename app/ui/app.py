"""Start-up of the desktop app: Qt, translations, settings, crash handler, worker, window.

PALIER_TIMING=1 prints "PALIER_READY <epoch seconds>" when the main window is shown
with its list filled; bench/bench_gui.py reads it.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import i18n
from app.ui.crash import CrashHandler, acknowledge, log_dir, previous_crash
from app.ui.settings import SettingsStore
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


def open_workspace(worker: DbWorker, data_dir):
    """Open (and if needed migrate) the workspace on the worker; the GUI thread waits in
    an event loop, so a slow migration never freezes a window."""
    from app.store.workspace import Workspace

    result: dict = {}
    loop = QEventLoop()

    def done(ws):
        result["ws"] = ws
        loop.quit()

    def failed(exc):
        result["error"] = exc
        loop.quit()

    worker.submit(lambda: Workspace.open(data_dir), done, failed)
    loop.exec()
    if "error" in result:
        raise result["error"]
    return result["ws"]


def run(data_dir=None, lang: str | None = None, screen: str | None = None,
        quit_after: float | None = None, screenshot: Path | None = None) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Palier")
    app.setOrganizationName("Palier")
    app.setApplicationDisplayName("Palier")
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
    from app.store.workspace import WorkspaceError

    try:
        ws = open_workspace(worker, data_dir)
    except WorkspaceError as exc:
        worker.stop()
        text = msg(exc.key, **exc.values)
        print(text, file=sys.stderr)
        if os.environ.get("PALIER_NO_CRASH_DIALOG") != "1" and quit_after is None:
            QMessageBox.critical(None, "Palier", text)
        return 1

    from app.ui.context import UiContext

    user = settings.user_name or getpass.getuser()
    ctx = UiContext(workspace=ws, worker=worker, settings=settings, store=store, lang=lang,
                    user_label=user)
    window = MainWindow(ctx, base_point_size=base_size)
    crash.before_dialog.append(lambda: window.keep_drafts(sync=True))
    if os.environ.get("PALIER_TIMING") == "1":
        window.listReady.connect(lambda: print(f"PALIER_READY {time.time():.6f}", flush=True))
    window.show()
    window.start(screen)
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
        worker.stop()
        ws.close()
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
