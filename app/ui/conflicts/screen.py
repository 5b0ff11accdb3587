"""The Neighbour conflicts screen: the case list, a case, and the new-case form, with the
offer to resume a case that was being opened when the app stopped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.ui.conflicts.detail import CaseView
from app.ui.conflicts.form import NewCaseForm
from app.ui.conflicts.list_view import CaseListView
from app.ui.context import UiContext
from app.ui.signalements.screen import DraftBanner


class ConflictsScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = DraftBanner(self)
        self.banner.resume_button.setAccessibleName(self.tr("Resume the case being opened"))
        self.banner.discard_button.setAccessibleName(self.tr("Discard the case being opened"))
        self.list = CaseListView(ctx, self)
        self.form = NewCaseForm(ctx, self)
        self.case = CaseView(ctx, self)
        self.stack = QStackedWidget(self)
        for page in (self.list, self.form, self.case):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._draft: dict | None = None
        self.list.newRequested.connect(self.new_case)
        self.list.openRequested.connect(self.open_case)
        self.list.rulesRequested.connect(self.show_rules)
        self.rules = None
        self.form.saved.connect(self._opened)
        self.form.closed.connect(self.show_list)
        self.case.closed.connect(self.show_list)
        self.case.changed.connect(self.statusMessage)
        self.banner.resume.connect(self.resume_draft)
        self.banner.discard.connect(self.discard_draft)

    def title(self) -> str:
        return self.tr("Neighbour conflicts")

    def print_targets(self) -> list:
        """The open case's file and letters (app.ui.printing)."""
        from app.ui.printing import targets

        if self.stack.currentWidget() is self.case and self.case.case_id:
            return targets.case_documents(self.case.case_id)
        return []

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
        self.banner.label.setText(self.tr("A case you were opening was not saved. Resume it?"))
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

    def new_case(self) -> None:
        if self._draft is not None:
            self.resume_draft()
            return
        self.stack.setCurrentWidget(self.form)
        self.form.start_new()

    def new_case_from_signalements(self, site_id: str, signalement_ids: list[str]) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.form)
        self.form.start_from_signalements(site_id, signalement_ids)

    def open_case(self, case_id: str) -> None:
        self.stack.setCurrentWidget(self.case)
        self.case.open_case(case_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.model.reload()
        self.list.table.setFocus()
        self.check_draft()

    def show_rules(self) -> None:
        from app.ui.conflicts.rules_dialog import RulesDialog

        self.rules = RulesDialog(self.ctx, self)
        self.rules.saved.connect(self.statusMessage)
        self.rules.open()

    def _opened(self, case_id: str, reference: str) -> None:
        self._draft = None
        self.statusMessage.emit(self.tr("Case %1 opened.").replace("%1", reference))
        self.open_case(case_id)

    def save(self) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save()

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.focus_search()

    def keep_drafts(self, sync: bool = False) -> None:
        if self.stack.currentWidget() is self.form:
            self.form.save_draft(sync=sync)
        self.case.keep_drafts(sync=sync)
