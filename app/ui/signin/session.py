"""Who is signed in to the open window, and the lock screen.

- Locking (after the idle time of the settings, when the system locks the session, or
  File › Lock) keeps the drafts (the window's keep_drafts), closes the dialogs, hides the
  window's content behind the lock screen and disables every action. Unlocking needs a
  password; the same person finds the window as it was.
- Another account may sign in from the lock screen (File › Switch user): the services
  are made again for that account's actor, the screens rebuilt, and the screens its role
  cannot use hidden (app.domain.policy: the services refuse anyway, the window only does
  not offer).
- A plain workspace (from before encryption) cannot be locked: a bar says so and offers
  to encrypt it in place; the connections are closed around that, then opened with the
  key.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.codes import Role
from app.services import signin
from app.ui.signin.oslock import IdleWatcher, SystemLockWatcher
from app.ui.widgets import title_label

if TYPE_CHECKING:
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.signin.startup import Started

RECORD_SCREENS = ("today", "signalements", "conflicts", "welfare", "sites")
# The record screens each role is offered (the others: all of them).
ROLE_SCREENS = {
    Role.MEDIATOR.value: ("conflicts",),
    Role.ADMIN.value: ("sites",),
    Role.PARTNER.value: (),
}


def screens_for(role: str | None) -> tuple[str, ...]:
    return ROLE_SCREENS.get(role, RECORD_SCREENS) if role else RECORD_SCREENS


def user_text(identity: signin.Identity | None, fallback: str, lang: str) -> str:
    if identity is None:
        return fallback
    name = identity.display_name or identity.login
    if identity.role:
        return f"{name} ({Role(identity.role).label(lang)})"
    return name


class LockScreen(QWidget):
    """Over the whole window while it is locked: nothing of the records shows through."""

    def __init__(self, worker, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        from app.ui.signin.forms import SignInPanel  # at the first lock, not at start-up

        self.panel = SignInPanel(worker, folder, self)
        self.cancel_button = QPushButton(self.tr("Not &now"), self)
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title_label(self, "Palier", 2.0), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()


class PlainBar(QFrame):
    """The warning of a workspace from before encryption, with its way out."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plainWarning")
        self.setStyleSheet("#plainWarning { background: #fff4c2; border: 1px solid #c9a400; }")
        text = QLabel(self.tr("This workspace is not encrypted: anyone who can open this "
                              "computer's files can read it, and it cannot be locked."), self)
        text.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt it…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(text, 1)
        layout.addWidget(self.encrypt_button)


class Session(QObject):
    """The signed-in state of one main window. `locked` and `userChanged(Identity)` say
    what happened; tests wait on them."""

    lockedChanged = Signal(bool)
    userChanged = Signal(object)

    def __init__(self, window: MainWindow, ctx: UiContext, folder: Path,
                 started: Started) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.folder = folder
        self.state = started.state
        self.unlocked = started.unlocked
        self.identity = started.identity
        self.conn = started.conn  # the fast path's connection, closed on the worker
        self.ws = ctx.workspace
        self.is_locked = False
        self._disabled: list[QAction] = []
        self._encrypting: dict = {}
        self._overlay: LockScreen | None = None  # built at the first lock: start-up is short
        window.installEventFilter(self)

        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock())
        self.switch_action = QAction(self.tr("S&witch user…"), window)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_user)
        self._add_to_file_menu(self.lock_action, self.switch_action)

        self.idle = IdleWatcher(lambda: ctx.settings.lock_minutes * 60.0, self)
        self.idle.idle.connect(self.lock)
        # An application-wide event filter, D-Bus calls, a window handle: after start-up's
        # first paint (the services come after it), not before.
        self.system_lock: SystemLockWatcher | None = None
        ctx.when_ready(self._watch)

        self.plain_bar = None
        self.nothing_label: QLabel | None = None
        self._state_changed()
        self.show_user()

    # Wiring ----------------------------------------------------------------------------

    @property
    def overlay(self) -> LockScreen:
        if self._overlay is None:
            self._overlay = LockScreen(self.ctx.worker, self.folder, self.window)
            self._overlay.panel.signedIn.connect(self._signed_in)
            self._overlay.cancel_button.clicked.connect(self._cancel_encryption)
        return self._overlay

    def _add_to_file_menu(self, *actions: QAction) -> None:
        quit_action = getattr(self.window, "quit_action", None)
        menus = [m for m in (quit_action.associatedObjects() if quit_action else [])
                 if hasattr(m, "insertAction") and m is not self.window]
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(action)
            if menus:
                menus[0].insertAction(quit_action, action)
        if menus:
            menus[0].insertSeparator(quit_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Resize
                and self._overlay is not None):
            self._overlay.setGeometry(self.window.rect())
        return False

    def _watch(self) -> None:
        if not isValid(self):
            return
        self.idle.start()
        if self.system_lock is None:
            self.system_lock = SystemLockWatcher(self.window, self)
            self.system_lock.locked.connect(self.lock)

    def _state_changed(self) -> None:
        encrypted = self.unlocked is not None
        self.lock_action.setEnabled(encrypted)
        self.switch_action.setEnabled(encrypted)
        self.idle.enabled = encrypted and not self.is_locked
        if encrypted:
            if self.plain_bar is not None:
                self.plain_bar.hide()
            return
        if self.plain_bar is None:
            self.plain_bar = PlainBar(self.window)
            self.plain_bar.encrypt_button.clicked.connect(self.offer_encryption)
            self.window.statusBar().insertWidget(0, self.plain_bar, 1)

    def show_user(self) -> None:
        label = user_text(self.identity, self.ctx.user_label, self.ctx.lang)
        self.ctx.user_label = label
        self.window.user_label.setText(
            QCoreApplication.translate("MainWindow", "User: %1").replace("%1", label))

    def attached(self, ws, services: dict, identity: signin.Identity | None) -> None:
        """The full workspace and its services are open (start-up's step 3)."""
        self.ws = ws
        if identity is not None:
            self.identity = identity
        self.ctx.actor = services.get("actor")  # what the screens' access rules read
        self.apply_role()
        self.ctx.attach(ws, services)
        self.show_user()

    # Roles -----------------------------------------------------------------------------

    def role(self) -> str | None:
        return self.identity.role if self.identity is not None else None

    def start_screen(self, wanted: str) -> str:
        allowed = screens_for(self.role())
        if wanted in allowed or wanted not in RECORD_SCREENS or not allowed:
            return wanted
        return allowed[0]

    def apply_role(self) -> None:
        """Offer only the screens the signed-in role may use."""
        from app.ui.main_window import SCREENS

        w = self.window
        if hasattr(w, "apply_access"):
            w.apply_access()
        allowed = screens_for(self.role())
        for row, key in enumerate(SCREENS):
            if key in RECORD_SCREENS:
                shown = key in allowed and not w.nav.item(row).isHidden()
                w.nav.item(row).setHidden(not shown)
                w.screen_actions[row].setVisible(shown)
        for action in (w.new_action, w.case_action, w.search_action):
            action.setVisible("signalements" in allowed)
        visible = [key for row, key in enumerate(SCREENS) if not w.nav.item(row).isHidden()]
        if visible and w.current_screen() not in visible:
            w.show_screen(visible[0])
        if self.nothing_label is None:
            self.nothing_label = QLabel(self.tr(
                "Your role gives access to the indicators only: File › Print the activity "
                "report."), w.centralWidget())
            self.nothing_label.setWordWrap(True)
            self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.centralWidget().layout().addWidget(self.nothing_label, 1)
        self.nothing_label.setVisible(not visible)
        w.stack.setVisible(bool(visible))

    # Locking ---------------------------------------------------------------------------

    def lock(self, login: str | None = None) -> None:
        """Hide everything behind the lock screen; `login` "" asks for any account."""
        if self.unlocked is None:
            return
        newly = not self.is_locked
        if newly:
            self._cover()
        panel = self.overlay.panel
        who = user_text(self.identity, self.unlocked.login, self.ctx.lang)
        panel.show_sign_in(
            self.unlocked.login if login is None else login,
            title=self.tr("Palier is locked"),
            intro=self.tr("Signed in: %1. Type your password to go on, or sign in with "
                          "another account.").replace("%1", who))
        self.overlay.layout().activate()
        if newly:
            self.lockedChanged.emit(True)

    def switch_user(self) -> None:
        self.lock(login="")

    def _cover(self) -> None:
        w = self.window
        w.keep_drafts(sync=False)
        for top in QApplication.topLevelWidgets():
            if top is not w and top.isVisible():
                # A dialog may show a record (a print preview): closed as cancelled.
                if isinstance(top, QDialog):
                    top.reject()
                top.hide()
        self._disabled = [a for a in w.actions() if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        w.menuBar().setEnabled(False)
        w.centralWidget().hide()
        w.statusBar().clearMessage()
        self.overlay.setGeometry(w.rect())
        self.overlay.show()
        self.overlay.raise_()
        self.is_locked = True
        self.idle.enabled = False

    def _reveal(self) -> None:
        w = self.window
        self.overlay.hide()
        self.overlay.cancel_button.hide()
        w.centralWidget().show()
        w.menuBar().setEnabled(True)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self._state_changed()
        was_locked, self.is_locked = self.is_locked, False
        self.idle.touch()
        self.idle.enabled = self.unlocked is not None
        if was_locked:
            self.lockedChanged.emit(False)

    def _signed_in(self, unlocked: signin.Unlocked) -> None:
        if self._encrypting:
            self._encrypted(unlocked)
            return
        same = self.unlocked is not None and unlocked.login == self.unlocked.login
        ws = self.ws

        def job():
            from app.ui.context import open_services

            identity = signin.enter(ws, unlocked)
            return identity, (None if same else open_services(ws, identity.actor()))

        def done(result) -> None:
            identity, services = result
            self.unlocked = unlocked
            if services is not None:
                self._become(identity, services)
            self._reveal()

        self.ctx.worker.submit(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.overlay.panel.password_error.show_message(str(exc))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _become(self, identity: signin.Identity | None, services: dict) -> None:
        """Another account: its actor's services, the screens rebuilt for its role."""
        self.identity = identity
        ctx = self.ctx
        ctx.first_page = None
        ctx.actor = services.get("actor")
        ctx.attach(self.ws, services)
        # The start-up connection reads every row: lists go through the services now.
        ctx.list_reader = services["signalements"]
        self._rebuild_screens()
        self.show_user()
        self.userChanged.emit(identity)

    def _rebuild_screens(self) -> None:
        w = self.window
        for screen in list(w.screens.values()):
            screen.hide()
            screen.setParent(None)
            screen.deleteLater()
        w.screens.clear()
        self.apply_role()
        w.screen(w.current_screen())

    # A plain workspace -----------------------------------------------------------------

    def offer_encryption(self) -> None:
        """The set-up card over the window; the work is done by _encrypt_job."""
        if self.unlocked is not None or self.is_locked:
            return
        if not self.ctx.ready:  # the workspace is still opening on the worker
            self.ctx.when_ready(self.offer_encryption)
            return
        self._encrypting = {"pending": True}
        self.overlay.panel.set_up_job = self._encrypt_job
        self._cover()
        self.overlay.cancel_button.show()
        self.overlay.panel.show_set_up(
            title=self.tr("Encrypt this workspace"),
            intro=self.tr("Choose the account that will hold this workspace. The records "
                          "stay as they are; the file is encrypted in place, with its "
                          "backups."))
        self.overlay.layout().activate()
        self.lockedChanged.emit(True)

    def _encrypt_job(self, login: str, password: str) -> tuple:
        """On the worker: close what reads the plain file, encrypt it, open it keyed."""
        from app.store.workspace import Workspace
        from app.ui.context import open_services

        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.ws is not None:
            self.ws.close()
        self._encrypting["closed"] = True
        unlocked, recovery = signin.set_up(self.folder, login, password)
        ws = Workspace.open(self.folder, key=unlocked.key)
        identity = signin.enter(ws, unlocked)
        self._encrypting.update(ws=ws, identity=identity,
                                services=open_services(ws, identity.actor()))
        return unlocked, recovery

    def _encrypted(self, unlocked: signin.Unlocked) -> None:
        done, self._encrypting = self._encrypting, {}
        self.ws = done["ws"]
        self.unlocked = unlocked
        self.state = signin.State.ENCRYPTED
        self._become(done["identity"], done["services"])
        self._reveal()

    def _cancel_encryption(self) -> None:
        """Not now: as it was. If a failed attempt had closed the workspace, it is opened
        again (still plain: set_up writes the key file only once the copies are made)."""
        was, self._encrypting = self._encrypting, {}
        if not was.get("closed"):
            self._reveal()
            return
        folder = self.folder

        def job():
            from app.store.workspace import Workspace
            from app.ui.context import open_services

            ws = Workspace.open(folder)
            return ws, open_services(ws)

        def done(result) -> None:
            self.ws = result[0]
            self._become(self.identity, result[1])
            self._reveal()

        self.ctx.worker.submit(job, done, self._failed)

    def close(self) -> None:
        """At exit, after the worker has stopped (the window may be gone already)."""
        if isValid(self):
            self.idle.stop()
            if self.system_lock is not None:
                self.system_lock.stop()
        if self.ws is not None:
            self.ws.close()
