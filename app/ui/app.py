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

Sign-in (app/ui/signin) comes first: an encrypted workspace opens only with the data key.
With PALIER_USER and PALIER_PASSWORD set, step 1 signs in with them on the worker
(Argon2id, about 0.2 s) before opening, while Qt builds the window; otherwise the
sign-in window asks first, then the same steps run. A user with a role reads the first
page with that role's scope. A plain workspace (from before encryption) opens as before,
with a bar offering to encrypt it. The lock, the idle time and switching user live in
app.ui.signin.session.

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
from app.services import signin
from app.store import quick
from app.ui import i18n
from app.ui.crash import CrashHandler, acknowledge, log_dir, previous_crash
from app.ui.settings import SettingsStore
from app.ui.signin import startup
from app.ui.signin.session import Session
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


class WorkerResult:
    """`fn` handed to the worker now; `result()` later returns what it returned (or raises
    its error), the GUI thread waiting in an event loop if it has to."""

    def __init__(self, worker: DbWorker, fn: Callable) -> None:
        self._outcome: dict = {}
        self._loop: QEventLoop | None = None
        worker.submit(fn, lambda value: self._settle(value=value),
                      lambda exc: self._settle(error=exc))

    def _settle(self, **outcome) -> None:
        self._outcome = outcome
        if self._loop is not None:
            self._loop.quit()

    def result(self):
        if not self._outcome:
            self._loop = QEventLoop()
            self._loop.exec()
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["value"]


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
    # The workspace is opened, and the list's first page read, on the worker while the
    # GUI thread imports and builds the window.
    folder = quick.resolve_data_dir(data_dir)
    list_first = (screen or settings.start_screen) == "signalements"
    worker = DbWorker()
    state = signin.state(folder)
    credentials = startup.env_credentials()
    opening = None
    if state == signin.State.PLAIN:
        opening = WorkerResult(worker, lambda: startup.open_quick(
            folder, list_first, startup.Started(state)))
    elif credentials is not None:
        opening = WorkerResult(worker, lambda: startup.sign_in_and_open(
            folder, state, *credentials, list_first))
    lang = i18n.resolve_language(lang, settings.language)
    translators = i18n.install(app, lang)
    base_size = app.font().pointSizeF()
    from app.ui.main_window import MainWindow, apply_text_size

    apply_text_size(app, base_size, settings.larger_text)
    crash = CrashHandler(dialog=_crash_dialog)
    crash.install()
    from app.domain.messages import msg
    from app.ui.context import UiContext

    started, refused = None, ""
    if opening is not None:
        try:
            started = opening.result()
        except signin.SignInError as exc:  # the environment's password: ask instead
            refused = exc.message()
    if started is None:
        started = startup.ask(worker, folder, state, list_first, error=refused,
                              quit_after=quit_after, screenshot=screenshot)
        if started is None:  # the sign-in window was closed
            worker.stop()
            crash.uninstall()
            i18n.uninstall(app, translators)
            return 0
    if started.recovery is not None:
        print(msg("cli_set_up_done", login=started.unlocked.login), file=sys.stderr)
        print(msg("cli_recovery_key", recovery=started.recovery), file=sys.stderr)
    conn = started.conn
    user = settings.user_name or getpass.getuser()
    ctx = UiContext(workspace=None, worker=worker, settings=settings, store=store, lang=lang,
                    user_label=user, data_dir=folder,
                    list_reader=started.reader,
                    first_page=started.first_page)
    window = MainWindow(ctx, base_point_size=base_size)
    session = Session(window, ctx, folder, started)
    session.apply_role()
    crash.before_dialog.append(lambda: window.keep_drafts(sync=True))
    opened: dict = {}

    def open_full():  # on the worker: SQLAlchemy, the models, the services
        result = startup.open_full(folder, started)
        opened["ws"] = result[0]
        return result

    def attach(result) -> None:
        session.attached(*result)

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

    window.listReady.connect(
        lambda: AfterPaint(window.signalements.list.table.viewport(), list_shown))
    window.start(session.start_screen(screen or settings.start_screen))  # built, then shown
    window.show()
    if "signalements" in window.screens:
        window.signalements.list.model.loadFailed.connect(lambda _t: open_services_now())
    if conn is None or "signalements" not in window.screens:
        open_services_now()
    # Otherwise the first page, painted, comes first: SQLAlchemy's import on the worker
    # would slow its painting down (the GIL).
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
        if session.conn is not None:  # the worker's connection: closed on the worker
            worker.submit(session.conn.close)
        worker.stop()
        session.close()
        if "ws" in opened and opened["ws"] is not session.ws:
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
