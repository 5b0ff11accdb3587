"""The Neighbour conflicts screen: the case list, a case, and the new-case form, with the
offer to resume a case that was being opened when the app stopped."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.common.screen import DraftFormScreen
from app.ui.conflicts.detail import CaseView
from app.ui.conflicts.form import NewCaseForm
from app.ui.conflicts.list_view import CaseListView
from app.ui.context import UiContext


class ConflictsScreen(DraftFormScreen):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner.resume_button.setAccessibleName(self.tr("Resume the case being opened"))
        self.banner.discard_button.setAccessibleName(self.tr("Discard the case being opened"))
        self.list = CaseListView(ctx, self)
        self.form = NewCaseForm(ctx, self)
        self.case = CaseView(ctx, self)
        self.lay_out(self.list, self.form, self.case)
        self.list.newRequested.connect(self.new_case)
        self.list.openRequested.connect(self.open_case)
        self.list.rulesRequested.connect(self.show_rules)
        self.rules = None
        self.form.saved.connect(self._opened)

    def title(self) -> str:
        return self.tr("Neighbour conflicts")

    def print_targets(self) -> list:
        """The open case's file and letters; on the list, the list as shown
        (app.ui.printing)."""
        from app.ui.printing import targets

        if self.stack.currentWidget() is self.case and self.case.case_id:
            return targets.case_documents(self.case.case_id)
        if self.stack.currentWidget() is self.list:
            return [targets.this_list(self.list.table, self.list.model,
                                      targets.describe_filters(self.list),
                                      self.list.table.accessibleName(), "conflict_case")]
        return []

    def draft_text(self) -> str:
        return self.tr("A case you were opening was not saved. Resume it?")

    # Navigation --------------------------------------------------------------------------

    def new_case(self) -> None:
        self.new_record()

    def new_case_from_signalements(self, site_id: str, signalement_ids: list[str]) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.form)
        self.form.start_from_signalements(site_id, signalement_ids)

    def open_case(self, case_id: str) -> None:
        self.stack.setCurrentWidget(self.case)
        self.case.open_case(case_id)

    def show_rules(self) -> None:
        from app.ui.conflicts.rules_dialog import RulesDialog

        self.rules = RulesDialog(self.ctx, self)
        self.rules.saved.connect(self.statusMessage)
        self.rules.open()

    def _opened(self, case_id: str, reference: str) -> None:
        self._draft = None
        self.statusMessage.emit(self.tr("Case %1 opened.").replace("%1", reference))
        self.open_case(case_id)

    def keep_drafts(self, sync: bool = False) -> None:
        super().keep_drafts(sync=sync)
        self.case.keep_drafts(sync=sync)
