"""The settings' sync part: sign in to a server (address, login, password), sign out, and
how often to sync. Signing in happens at once, on the sync thread, whatever button closes
the settings afterwards; the password is never kept, only the device token the server
returns (in the workspace, as `palier sync` does)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import Settings
from app.ui.sync.controller import SIGNED_OUT, SyncController, failure_text
from app.ui.widgets import FieldError


class SyncAccountBox(QGroupBox):
    def __init__(self, controller: SyncController, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sync server"), parent)
        self.controller = controller
        st = controller.status
        self.url = QLineEdit(st.server_url or "" if st else "", self)
        self.url.setPlaceholderText("https://palier.exemple.fr")
        self.login = QLineEdit(st.login or "" if st else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_error, self.login_error, self.password_error = (
            FieldError(self), FieldError(self), FieldError(self))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(settings.sync_minutes)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign &in"), self)
        self.sign_out_button = QPushButton(self.tr("Sign &out"), self)
        for b in (self.sign_in_button, self.sign_out_button):
            b.setAutoDefault(False)  # Enter in a field signs in, it does not close the dialog
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        form = QFormLayout()
        for text, widget, error in ((self.tr("Server &address"), self.url, self.url_error),
                                    (self.tr("&Login"), self.login, self.login_error),
                                    (self.tr("&Password"), self.password, self.password_error),
                                    (self.tr("Sync &every"), self.minutes, None)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
            if error is not None:
                form.addRow("", error)
                widget.installEventFilter(self)
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 40))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        self._show_state()
        if controller.state == SIGNED_OUT:
            self.password_error.show_message(self.tr(
                "Session expired or revoked: type your password again to sign in."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.sign_in()
            return True
        return super().eventFilter(watched, event)

    def _show_state(self, busy: str = "") -> None:
        st = self.controller.status
        signed_in = bool(st and st.signed_in)
        if busy:
            text = busy
        elif signed_in:
            text = self.tr("Signed in to %1 as %2.").replace("%1", st.server_url or "").replace(
                "%2", st.login or "")
        else:
            text = self.tr("Not signed in: this computer works on its own.")
            if st and st.waiting:
                text += " " + self.tr("Changes waiting on this computer: %1; they leave at "
                                      "the next sign-in.").replace("%1", str(st.waiting))
        self.state_label.setText(text)
        for w in (self.url, self.login, self.password, self.sign_in_button):
            w.setEnabled(not busy)
        self.sign_out_button.setEnabled(signed_in and not busy)

    def _clear_errors(self) -> None:
        for e in (self.url_error, self.login_error, self.password_error):
            e.show_message("")

    def sign_in(self) -> None:
        self._clear_errors()
        url, login, password = self.url.text().strip(), self.login.text().strip(), \
            self.password.text()
        first = None
        parts = urlsplit(url)
        if not url:
            self.url_error.show_message(self.tr("Type the server's address."))
            first = self.url
        elif parts.scheme not in ("http", "https") or not parts.hostname:
            self.url_error.show_message(self.tr(
                "This address is not valid: it starts with https:// (or http://) and the "
                "server's name, as in https://palier.exemple.fr."))
            first = self.url
        if not login:
            self.login_error.show_message(self.tr("Type your login."))
            first = first or self.login
        if not password:
            self.password_error.show_message(self.tr("Type your password."))
            first = first or self.password
        if first is not None:
            first.setFocus()
            return
        self._show_state(self.tr("Signing in…"))
        self.controller.sign_in(url, login, password, self._signed_in, self._refused,
                                owner=self)

    def _signed_in(self, _status) -> None:
        self.password.clear()
        self._show_state()

    def _refused(self, exc: BaseException) -> None:
        from app.sync.client import SyncFailed

        self._show_state()
        if not isinstance(exc, SyncFailed):
            self.url_error.show_message(self.tr("This address cannot be used: %1").replace(
                "%1", str(exc)))
            self.url.setFocus()
        elif exc.key == "sync_bad_credentials":
            self.password_error.show_message(self.tr("Login or password refused."))
            self.password.clear()
            self.password.setFocus()
        elif exc.key in ("sync_throttled", "sync_locked"):  # too many refused passwords
            self.password_error.show_message(failure_text(exc))
            self.password.clear()
        elif exc.key == "sync_unreachable":
            self.url_error.show_message(self.tr(
                "No Palier server answers at this address: check it, and the network."))
            self.url.setFocus()
        else:  # a server too old or too new, an error of the server
            self.url_error.show_message(failure_text(exc))
            self.url.setFocus()

    def sign_out(self) -> None:
        self._clear_errors()
        self._show_state(self.tr("Signing out…"))
        self.controller.sign_out(lambda _status: self._show_state(), owner=self)
