"""The Welfare watch screen: the register, a person's follow-up, the register form, and
the alert plans, with the offer to resume a registration the app did not save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.signalements.screen import DraftBanner
from app.ui.welfare.detail import EntryView
from app.ui.welfare.form import RegisterForm
from app.ui.welfare.list_view import EntryListView
from app.ui.welfare.plans import AlertPlansDialog


class WelfareScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = DraftBanner(self)
        self.banner.resume_button.setAccessibleName(self.tr("Resume the registration"))
        self.banner.discard_button.setAccessibleName(self.tr("Discard the registration"))
        self.list = EntryListView(ctx, self)
        self.form = RegisterForm(ctx, self)
        self.entry = EntryView(ctx, self)
        self.plans: AlertPlansDialog | None = None
        self.stack = QStackedWidget(self)
        for page in (self.list, self.form, self.entry):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._draft: dict | None = None
        self.list.newRequested.connect(self.new_entry)
        self.list.openRequested.connect(self.open_entry)
        self.list.plansRequested.connect(self.show_plans)
        self.form.saved.connect(self._registered)
        self.form.closed.connect(self.show_list)
        self.entry.closed.connect(self.show_list)
        self.entry.changed.connect(self.statusMessage)
        self.banner.resume.connect(self.resume_draft)
        self.banner.discard.connect(self.discard_draft)

    def title(self) -> str:
        return self.tr("Welfare watch")

    def print_targets(self) -> list:
        """The day's welfare round, for the list's site (app.ui.printing)."""
        from app.ui.printing import targets

        site = getattr(self.list, "site", None)
        return [targets.welfare_round(None, [site.currentData()] if site else [])]

    def start(self) -> None:
        self.list.start()
        self.check_draft()

    def check_draft(self) -> None:
        self.form.drafts.find(self._draft_found)

    def _draft_found(self, payload: dict | None) -> None:
        self._draft = payload
        if payload is None or self.stack.currentWidget() is self.form:
            self.banner.hide()
            return
        self.banner.label.setText(self.tr("A registration on the register was not saved. "
                                          "Resume it?"))
        self.banner.show()

    def resume_draft(self) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.form)
        self.form.start_new(self._draft)

    def discard_draft(self) -> None:
        self.banner.hide()
        self.form.drafts.forget()
        self._draft = None

    def new_entry(self) -> None:
        if self._draft is not None:
            self.resume_draft()
            return
        self.stack.setCurrentWidget(self.form)
        self.form.start_new()

    def open_entry(self, entry_id: str) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.entry)
        self.entry.open_entry(entry_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.model.reload()
        self.list.table.setFocus()
        self.check_draft()

    def show_plans(self) -> None:
        self.plans = AlertPlansDialog(self.ctx, self)
        self.plans.changed.connect(self.statusMessage)
        self.plans.changed.connect(lambda _t: self.list.model.reload())
        self.plans.open()

    def _registered(self, entry_id: str) -> None:
        self._draft = None
        self.statusMessage.emit(self.tr("The person is on the register."))
        self.open_entry(entry_id)

    def save(self) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save()

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.focus_search()

    def keep_drafts(self, sync: bool = False) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save_draft(sync=sync)
