"""Signing in while the app starts, before the main window (app/ui/app.py).

With PALIER_USER and PALIER_PASSWORD set, the worker signs in with them (a new folder is
set up with them, its recovery key printed on standard error) while the GUI thread
builds the window: nobody sees a sign-in screen (tests, screenshots, benchmarks).
Otherwise a small window asks, and the main window is built once the key is there.

Either way the key derivation and the workspace's fast opening (app.store.quick) run on
the worker. Nothing here imports SQLAlchemy: this runs before step 3 of app.ui.app.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import signin
from app.services.signalement_list import SignalementList
from app.store import quick
from app.ui.signalements.list_model import DEFAULT_SORT, PAGE_SIZE
from app.ui.widgets import title_label
from app.ui.worker import DbWorker


@dataclass
class Started:
    """What start-up hands the main window: the sign-in (None for a plain workspace),
    who it is (None until the full workspace says, for a new one), and the fast path's
    connection and first page (None: the full path)."""

    state: signin.State
    unlocked: signin.Unlocked | None = None
    identity: signin.Identity | None = None
    conn: object | None = None  # the quick DB-API connection (app.store.quick)
    first_page: list | None = None
    recovery: str | None = None
    # What the lists read through until the services are there (UiContext.list_reader).
    reader: object | None = None


class ScopedList:
    """The start-up connection's list reads, limited to the rows the signed-in role may
    see (app.domain.policy.list_scope, as the service limits them). It has no `conn`:
    the Today screen, which reads a bare connection unscoped, waits for its services."""

    def __init__(self, conn, identity: signin.Identity) -> None:
        from app.domain.policy import Kind, Subject, list_scope

        subject = Subject(identity.role, identity.org_id, identity.site_ids, identity.user_id)
        self._list = SignalementList(conn, list_scope(subject, Kind.SIGNALEMENT))

    def page(self, *args, **kwargs):
        return self._list.page(*args, **kwargs)

    def page_key(self, *args, **kwargs):
        return self._list.page_key(*args, **kwargs)

    def count(self, *args, **kwargs):
        return self._list.count(*args, **kwargs)


def env_credentials() -> tuple[str, str] | None:
    login, password = os.environ.get("PALIER_USER"), os.environ.get("PALIER_PASSWORD")
    return (login, password) if login and password is not None else None


def open_quick(folder: Path, list_first: bool, started: Started) -> Started:
    """On the worker: the plain connection if the workspace needs no migration, and the
    signalement list's first page if the list opens first."""
    key = started.unlocked.key if started.unlocked is not None else None
    conn = quick.open_if_current(folder, key)
    started.conn = conn
    if conn is None:
        return started
    started.reader = SignalementList(conn)
    if started.unlocked is not None:
        identity = started.identity = signin.identity_for(conn, started.unlocked.login)
        if identity.role is not None:
            started.reader = ScopedList(conn, identity)
    if list_first:
        sort, descending = DEFAULT_SORT
        started.first_page = started.reader.page(sort=sort, descending=descending,
                                                 limit=PAGE_SIZE)
    return started


def sign_in_and_open(folder: Path, state: signin.State, login: str, password: str,
                     list_first: bool) -> Started:
    """On the worker: the environment's credentials (SignInError if refused)."""
    from app.ui.signin import early

    recovery = None
    started = early.take(folder, login)  # begun before Qt was imported (palier gui)
    if started is not None:
        unlocked = started.result()
    elif state == signin.State.NEW:
        unlocked, recovery = signin.set_up(folder, login, password)
    else:
        unlocked = signin.unlock(folder, login, password)
    return open_quick(folder, list_first, Started(state, unlocked, recovery=recovery))


def open_full(folder: Path, started: Started) -> tuple:
    """On the worker, after the first paint: the full Workspace (SQLAlchemy), who signed
    in, the sign-in written to the audit trail, and the services for that actor.
    Returns (workspace, services, identity) for Session.attached."""
    from app.store.workspace import Workspace
    from app.ui.context import open_services

    unlocked = started.unlocked
    ws = Workspace.open(folder, key=unlocked.key if unlocked else None)
    try:
        identity = started.identity
        if unlocked is not None:  # (a new workspace has no identity yet: no fast path)
            identity = signin.enter(ws, unlocked, identity)
        return ws, open_services(ws, identity.actor() if identity else None), identity
    except BaseException:
        ws.close()
        raise


class SignInWindow(QWidget):
    """The first window of an encrypted or new workspace: the sign-in card, centred."""

    def __init__(self, worker: DbWorker, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Palier: sign in"))
        self.setMinimumSize(560, 560)
        self.resize(720, 640)
        from app.ui.signin.forms import SignInPanel  # the unattended start does without

        self.panel = SignInPanel(worker, folder, self)
        name = title_label(self, "Palier", 2.0)
        where = QLabel(self.tr("Workspace: %1").replace("%1", str(folder)), self)
        where.setWordWrap(True)
        where.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(name, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(where)


def ask(worker: DbWorker, folder: Path, state: signin.State, list_first: bool,
        error: str = "", window: SignInWindow | None = None,
        quit_after: float | None = None, screenshot: Path | None = None) -> Started | None:
    """Show the sign-in (or set-up) window until someone signs in; None if it is closed
    (or, with `quit_after`, when that many seconds have passed: `palier gui --quit-after
    S --screenshot F` without credentials takes a picture of it). Then open the
    workspace's fast path on the worker, as without the window."""
    win = window or SignInWindow(worker, folder)
    loop = QEventLoop()
    outcome: dict = {}

    def signed_in(unlocked: signin.Unlocked) -> None:
        started = Started(state, unlocked)

        def opened(value: Started) -> None:
            outcome["started"] = value
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        worker.submit(lambda: open_quick(folder, list_first, started), opened, failed)

    win.panel.signedIn.connect(signed_in)
    watch = _CloseWatch(loop, win)
    win.installEventFilter(watch)
    if state == signin.State.NEW:
        win.panel.show_set_up()
        win.panel.new_login_error.show_message(error)
    else:
        login = (env_credentials() or (os.environ.get("PALIER_USER") or "", ""))[0]
        win.panel.show_sign_in(login, error=error)
    win.show()
    if quit_after is not None:
        def give_up() -> None:
            if screenshot is not None:
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                win.grab().save(str(screenshot))
            loop.quit()

        QTimer.singleShot(int(quit_after * 1000), win, give_up)
    loop.exec()
    win.hide()
    win.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("started")


class _CloseWatch(QObject):
    """Ends the sign-in window's event loop when the person closes the window."""

    def __init__(self, loop: QEventLoop, parent: QObject) -> None:
        super().__init__(parent)
        self.loop = loop

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            self.loop.quit()
        return False
