"""Recording one welfare check: how, what came of it, and what follows. Used on the
Today round and on a person's page; saving runs on the worker, refusals show inline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import CheckMethod, CheckOutcome, FollowUp
from app.domain.messages import msg
from app.domain.privacy import sensitive_words
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.common.sensitive import needs_confirmation
from app.ui.context import UiContext
from app.ui.widgets import FieldError, fill_codes


class CheckDialog(QDialog):
    saved = Signal(str)  # the check's id
    failed = Signal()

    def __init__(self, ctx: UiContext, entry_id: str, due_on: date, person: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry_id, self.due_on = ctx, entry_id, due_on
        self.setWindowTitle(self.tr("Record a check"))
        heading = QLabel(self.tr("%1 – check due on %2").replace("%1", person).replace(
            "%2", due_on.strftime("%d/%m/%Y")), self)
        heading.setWordWrap(True)
        self.done_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.done_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.done_at.setCalendarPopup(True)
        self.method = QComboBox(self)
        fill_codes(self.method, CheckMethod, ctx.lang)
        self.outcome = QComboBox(self)
        fill_codes(self.outcome, CheckOutcome, ctx.lang)
        self.follow_up = QComboBox(self)
        fill_codes(self.follow_up, FollowUp, ctx.lang)
        self.follow_up_to = QLineEdit(self)
        self.follow_up_to.setPlaceholderText(self.tr("Who it was passed on to"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.warning = FieldError(self)
        self.errors = {name: FieldError(self) for name in (
            "done_at", "method", "outcome", "follow_up", "entry_id")}
        form = QFormLayout()
        for text, widget, name in ((self.tr("&Done at"), self.done_at, "done_at"),
                                   (self.tr("&How"), self.method, "method"),
                                   (self.tr("&Outcome"), self.outcome, "outcome"),
                                   (self.tr("&Follow-up"), self.follow_up, "follow_up"),
                                   (self.tr("Passed on &to"), self.follow_up_to, None),
                                   (self.tr("&Notes"), self.notes, None)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
            if name:
                form.addRow(self.errors[name])
        form.addRow(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.errors["entry_id"])
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.notes.textChanged.connect(self._check_words)
        self.outcome.setFocus()

    def _check_words(self) -> None:
        words = sensitive_words(self.notes.toPlainText())
        self.warning.show_message("\n".join(msg("sensitive_word", word=w) for w in words[:2]))

    def save(self) -> None:
        for label in self.errors.values():
            label.show_message("")
        if needs_confirmation(self, (self.notes.toPlainText(), self.follow_up_to.text())):
            return
        ctx, entry, due = self.ctx, self.entry_id, self.due_on
        done_at = self.done_at.dateTime().toPython().astimezone()
        values = (self.method.currentData(), self.outcome.currentData(),
                  self.follow_up.currentData(), self.follow_up_to.text(),
                  self.notes.toPlainText())
        self.buttons.setEnabled(False)
        self.ctx.worker.submit(
            lambda: acting.welfare(ctx).record_check(entry, due, done_at, *values),
            self._saved, self._failed, owner=self)

    def _saved(self, check_id: str) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(check_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ValidationError):
            self.errors["entry_id"].show_message(str(exc))
        else:
            for name, text in exc.errors.items():
                self.errors.get(name, self.errors["entry_id"]).show_message(text)
        self.failed.emit()

