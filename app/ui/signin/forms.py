"""The sign-in card: sign in, recover a lost password with the recovery key, set up the
first account and show the recovery key once. The same card stands in the start-up
window and on the lock screen.

Everything that derives a key (Argon2id, about 0.2 s) runs on the DbWorker; messages
come from app.domain.messages (the service's words), shown at the field concerned. After
a wrong password the service refuses the next attempts for a while without trying: the
button says how long, second by second.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import msg
from app.services import signin
from app.ui.widgets import FieldError, title_label
from app.ui.worker import DbWorker

CARD_WIDTH = 440


def _fit(label: QLabel) -> None:
    """A wrapped label's height for the card's width, as its minimum: layouts inside a
    widget that is not a window do not always ask heightForWidth, and squeeze the rest."""
    label.setMinimumHeight(label.heightForWidth(CARD_WIDTH - 48) if label.text() else 0)


def _say(error: FieldError, text: str) -> None:
    error.show_message(text)
    _fit(error)


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Form:
    """A form layout whose rows carry their field's error line below the field."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.layout = QFormLayout()
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

    def row(self, text: str, widget: QWidget) -> FieldError:
        label = QLabel(text, self.parent)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        box = QWidget(self.parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        error = FieldError(box)
        column.addWidget(widget)
        column.addWidget(error)
        self.layout.addRow(label, box)
        return error


class SignInPanel(QFrame):
    """`signedIn(Unlocked)` once a person has signed in (or set up and noted the key)."""

    signedIn = Signal(object)

    def __init__(self, worker: DbWorker, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.folder = folder
        # Set-up, on the worker: (login, password) -> (Unlocked, recovery key). The lock
        # screen of a plain workspace replaces it (connections closed around it).
        self.set_up_job: Callable[[str, str], tuple] = (
            lambda login, password: signin.set_up(folder, login, password))
        self._busy = False
        self._retry_at = 0.0
        self._pending: signin.Unlocked | None = None
        self.setObjectName("signInCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        # One page shown at a time; hidden ones take no room, so the card fits its page.
        self.pages = QWidget(self)
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        self._build_sign_in()
        self._build_recover()
        self._build_set_up()
        self._build_key()

    # Pages -----------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout, QLabel, QLabel]:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = title_label(page, title, 1.3)
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.hide()
        layout.addWidget(heading)
        layout.addWidget(intro)
        page.hide()
        self._pages_layout.addWidget(page)
        return page, layout, heading, intro

    def _build_sign_in(self) -> None:
        page, layout, self.sign_in_title, self.sign_in_intro = self._page(self.tr("Sign in"))
        self.sign_in_page = page
        self.login = QLineEdit(page)
        self.password = _password_field(page)
        form = _Form(page)
        self.login_error = form.row(self.tr("&Login"), self.login)
        self.password_error = form.row(self.tr("&Password"), self.password)
        self.wait_label = QLabel(page)
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        self.sign_in_button = QPushButton(self.tr("Sign &in"), page)
        self.sign_in_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("&Forgot your password?"), page)
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addLayout(form.layout)
        layout.addWidget(self.wait_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.sign_in)
        self.forgot_button.clicked.connect(self.show_recover)

    def _build_recover(self) -> None:
        page, layout, _title, intro = self._page(self.tr("Forgotten password"))
        self.recover_page = page
        intro.setText(self.tr("Ask the administrator who holds this workspace's recovery key "
                              "to type it here, then choose a new password."))
        intro.show()
        self.recovery_input = QLineEdit(page)
        self.recover_login = QLineEdit(page)
        self.recover_password = _password_field(page)
        self.recover_confirm = _password_field(page)
        form = _Form(page)
        self.recovery_error = form.row(self.tr("&Recovery key"), self.recovery_input)
        self.recover_login_error = form.row(self.tr("&Login"), self.recover_login)
        self.recover_password_error = form.row(self.tr("&New password"), self.recover_password)
        self.recover_confirm_error = form.row(self.tr("&Confirm the password"),
                                              self.recover_confirm)
        self.recover_button = QPushButton(self.tr("&Save and sign in"), page)
        self.recover_button.setDefault(True)
        back = QPushButton(self.tr("&Back"), page)
        layout.addLayout(form.layout)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout.addLayout(buttons)
        self.recover_button.clicked.connect(self.recover)
        self.recover_confirm.returnPressed.connect(self.recover)
        back.clicked.connect(lambda: self._show(self.sign_in_page, self.password))

    def _build_set_up(self) -> None:
        page, layout, self.set_up_title, self.set_up_intro = self._page(
            self.tr("Create the first account"))
        self.set_up_page = page
        self.set_up_intro.setText(self.tr(
            "This workspace will be encrypted: without a password or the recovery key, "
            "nobody can read it. The first account holds the whole workspace."))
        self.set_up_intro.show()
        self.new_login = QLineEdit(page)
        self.new_password = _password_field(page)
        self.new_confirm = _password_field(page)
        form = _Form(page)
        self.new_login_error = form.row(self.tr("&Login"), self.new_login)
        self.new_password_error = form.row(self.tr("&Password (8 characters or more)"),
                                           self.new_password)
        self.new_confirm_error = form.row(self.tr("&Confirm the password"), self.new_confirm)
        self.set_up_button = QPushButton(self.tr("&Create the account"), page)
        self.set_up_button.setDefault(True)
        layout.addLayout(form.layout)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_up_button)
        layout.addLayout(buttons)
        self.set_up_button.clicked.connect(self.set_up)
        self.new_confirm.returnPressed.connect(self.set_up)

    def _build_key(self) -> None:
        page, layout, _title, intro = self._page(self.tr("Recovery key"))
        self.key_page = page
        intro.setText(self.tr(
            "Write this key down and lock it away. It is shown only this once, and it alone "
            "gives access back if a password is lost."))
        intro.show()
        self.key_field = QLineEdit(page)
        self.key_field.setReadOnly(True)
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.noted = QCheckBox(self.tr("I have &written it down"), page)
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        layout.addWidget(self.key_field)
        layout.addWidget(self.noted)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.noted.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._key_noted)

    # Showing ---------------------------------------------------------------------------

    def _show(self, page: QWidget, focus: QWidget) -> None:
        if self._current is not None and self._current is not page:
            self._current.hide()
        self._current = page
        for label in page.findChildren(QLabel):
            if label.wordWrap():
                _fit(label)
        page.show()
        focus.setFocus()

    def show_sign_in(self, login: str = "", title: str | None = None, intro: str = "",
                     error: str = "") -> None:
        self.sign_in_title.setText(title or self.tr("Sign in"))
        self.sign_in_intro.setText(intro)
        self.sign_in_intro.setVisible(bool(intro))
        _fit(self.sign_in_intro)
        self.login.setText(login)
        self.password.clear()
        _say(self.login_error, "")
        _say(self.password_error, error)
        self._show(self.sign_in_page, self.password if login else self.login)
        # A delay still running from before (another start, the lock screen) shows too.
        wait = signin.wait_before_attempt(self.folder, login) if login else 0.0
        if wait > 0:
            self._start_wait(wait)

    def show_recover(self) -> None:
        self.recover_login.setText(self.login.text().strip())
        for w in (self.recovery_input, self.recover_password, self.recover_confirm):
            w.clear()
        for e in (self.recovery_error, self.recover_login_error, self.recover_password_error,
                  self.recover_confirm_error):
            _say(e, "")
        self._show(self.recover_page, self.recovery_input)

    def show_set_up(self, title: str | None = None, intro: str | None = None) -> None:
        if title:
            self.set_up_title.setText(title)
        if intro:
            self.set_up_intro.setText(intro)
        for w in (self.new_login, self.new_password, self.new_confirm):
            w.clear()
        for e in (self.new_login_error, self.new_password_error, self.new_confirm_error):
            _say(e, "")
        self._show(self.set_up_page, self.new_login)

    def current_page(self) -> str:
        return {self.sign_in_page: "sign_in", self.recover_page: "recover",
                self.set_up_page: "set_up", self.key_page: "key"}.get(self._current, "")

    # Doing -----------------------------------------------------------------------------

    def _run(self, job: Callable, done: Callable, failed: Callable, button: QPushButton) -> None:
        self._busy = True
        button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

        def settle() -> None:
            self._busy = False
            self.unsetCursor()
            button.setEnabled(not self.countdown.isActive())

        self.worker.submit(job, lambda value: (settle(), done(value)),
                           lambda exc: (settle(), failed(exc)), owner=self)

    def sign_in(self) -> None:
        if self._busy or self.countdown.isActive():
            return
        login, password = self.login.text().strip(), self.password.text()
        _say(self.login_error, "" if login else msg("required"))
        _say(self.password_error, "" if password else msg("required"))
        if not (login and password):
            (self.login if not login else self.password).setFocus()
            return
        folder = self.folder
        self._run(lambda: signin.unlock(folder, login, password), self._signed_in,
                  self._refused, self.sign_in_button)

    def _signed_in(self, unlocked: signin.Unlocked) -> None:
        self.password.clear()
        self.signedIn.emit(unlocked)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, signin.SignInError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.password.clear()
        self.password.setFocus()
        _say(self.password_error, msg(exc.key, **exc.values))
        if exc.wait > 0:
            self._start_wait(exc.wait)

    def _start_wait(self, seconds: float) -> None:
        self._retry_at = time.monotonic() + seconds
        self.sign_in_button.setEnabled(False)
        self.wait_label.show()
        self._tick()
        self.countdown.start()

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._retry_at - time.monotonic()))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self.countdown.stop()
            self.wait_label.hide()
            self.sign_in_button.setText(self.tr("Sign &in"))
            self.sign_in_button.setEnabled(not self._busy)
            return
        self.wait_label.setText(msg("sign_in_next_attempt", seconds=left))
        _fit(self.wait_label)
        self.sign_in_button.setText(self.tr("Sign in (%1 s)").replace("%1", str(left)))

    def recover(self) -> None:
        if self._busy:
            return
        key = self.recovery_input.text().strip()
        login, password = self.recover_login.text().strip(), self.recover_password.text()
        errors = signin.check_new_account(login, password, self.recover_confirm.text())
        if not key:
            errors["recovery"] = "required"
        fields = {"recovery": self.recovery_error, "login": self.recover_login_error,
                  "password": self.recover_password_error,
                  "confirm": self.recover_confirm_error}
        for name, label in fields.items():
            _say(label, msg(errors[name]) if name in errors else "")
        if errors:
            return
        folder = self.folder

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, signin.SignInError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            where = fields.get(str(exc.values.get("field", "recovery")), self.recovery_error)
            _say(where, msg(exc.key, **{k: v for k, v in exc.values.items()
                                              if k != "field"}))

        self._run(lambda: signin.recover(folder, key, login, password), self._recovered,
                  refused, self.recover_button)

    def _recovered(self, unlocked: signin.Unlocked) -> None:
        for w in (self.recovery_input, self.recover_password, self.recover_confirm):
            w.clear()
        self.countdown.stop()
        self._retry_at = 0.0
        self._tick()
        self.signedIn.emit(unlocked)

    def set_up(self) -> None:
        if self._busy:
            return
        login, password = self.new_login.text().strip(), self.new_password.text()
        errors = signin.check_new_account(login, password, self.new_confirm.text())
        fields = {"login": self.new_login_error, "password": self.new_password_error,
                  "confirm": self.new_confirm_error}
        for name, label in fields.items():
            _say(label, msg(errors[name]) if name in errors else "")
        if errors:
            return
        job = self.set_up_job

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, signin.SignInError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            where = fields.get(str(exc.values.get("field", "login")), self.new_login_error)
            _say(where, msg(exc.key, **{k: v for k, v in exc.values.items()
                                              if k != "field"}))

        self._run(lambda: job(login, password), self._set_up_done, refused, self.set_up_button)

    def _set_up_done(self, result: tuple) -> None:
        unlocked, recovery = result[0], result[1]
        for w in (self.new_password, self.new_confirm):
            w.clear()
        self._pending = unlocked
        self.key_field.setText(recovery)
        self.noted.setChecked(False)
        self._show(self.key_page, self.key_field)

    def _key_noted(self) -> None:
        if not self.noted.isChecked() or self._pending is None:
            return
        self.key_field.clear()  # shown once: not kept in the window
        unlocked, self._pending = self._pending, None
        self.signedIn.emit(unlocked)
