"""A follow-up screen (neighbour conflicts, welfare watch): a list, a record and the form
that opens one, in a stack under a banner that offers the form's unsaved draft back.

Subclasses make the pages and give the banner's words (`draft_text`), so each keeps its
own texts and translation context; they wire what only they have (rules, plans)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.signalements.screen import DraftBanner


class DraftFormScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = DraftBanner(self)
        self._draft: dict | None = None

    def lay_out(self, list_view: QWidget, form: QWidget, record: QWidget) -> None:
        """The pages in a stack under the banner; back to the list from the form and the
        record; what the record did goes to the status bar."""
        self.list, self.form = list_view, form
        self.stack = QStackedWidget(self)
        for page in (list_view, form, record):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        form.closed.connect(self.show_list)
        record.closed.connect(self.show_list)
        record.changed.connect(self.statusMessage)
        self.banner.resume.connect(self.resume_draft)
        self.banner.discard.connect(self.discard_draft)

    def draft_text(self) -> str:
        """The banner's question when the form has an unsaved draft."""
        raise NotImplementedError

    def start(self) -> None:
        self.list.start()
        self.check_draft()

    # Drafts ------------------------------------------------------------------------------

    def check_draft(self) -> None:
        self.form.drafts.find(self._draft_found)

    def _draft_found(self, payload: dict | None) -> None:
        self._draft = payload
        if payload is None or self.stack.currentWidget() is self.form:
            self.banner.hide()
            return
        self.banner.label.setText(self.draft_text())
        self.banner.show()

    def resume_draft(self) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.form)
        self.form.start_new(self._draft)

    def discard_draft(self) -> None:
        self.banner.hide()
        self.form.drafts.forget()
        self._draft = None

    # Navigation --------------------------------------------------------------------------

    def new_record(self) -> None:
        """The form: the unsaved draft if there is one, else empty."""
        if self._draft is not None:
            self.resume_draft()
            return
        self.stack.setCurrentWidget(self.form)
        self.form.start_new()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.model.reload()
        self.list.table.setFocus()
        self.check_draft()

    def save(self) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save()

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.focus_search()

    def keep_drafts(self, sync: bool = False) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save_draft(sync=sync)
