"""The Welfare watch screen: the register, a person's follow-up, the register form, and
the alert plans, with the offer to resume a registration the app did not save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.common.screen import DraftFormScreen
from app.ui.context import UiContext
from app.ui.welfare.detail import EntryView
from app.ui.welfare.form import RegisterForm
from app.ui.welfare.list_view import EntryListView
from app.ui.welfare.plans import AlertPlansDialog


class WelfareScreen(DraftFormScreen):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banner.resume_button.setAccessibleName(self.tr("Resume the registration"))
        self.banner.discard_button.setAccessibleName(self.tr("Discard the registration"))
        self.list = EntryListView(ctx, self)
        self.form = RegisterForm(ctx, self)
        self.entry = EntryView(ctx, self)
        self.plans: AlertPlansDialog | None = None
        self.lay_out(self.list, self.form, self.entry)
        self.list.newRequested.connect(self.new_entry)
        self.list.openRequested.connect(self.open_entry)
        self.list.plansRequested.connect(self.show_plans)
        self.form.saved.connect(self._registered)

    def title(self) -> str:
        return self.tr("Welfare watch")

    def print_targets(self) -> list:
        """The day's welfare round, for the list's site, and, on the register, the list
        as shown (app.ui.printing)."""
        from app.ui.printing import targets

        site = getattr(self.list, "site", None)
        out = [targets.welfare_round(None, [site.currentData()] if site else [])]
        if self.stack.currentWidget() is self.list:
            out.append(targets.this_list(self.list.table, self.list.model,
                                         targets.describe_filters(self.list),
                                         self.list.table.accessibleName(), "welfare_entry"))
        return out

    def draft_text(self) -> str:
        return self.tr("A registration on the register was not saved. Resume it?")

    def new_entry(self) -> None:
        self.new_record()

    def open_entry(self, entry_id: str) -> None:
        self.banner.hide()
        self.stack.setCurrentWidget(self.entry)
        self.entry.open_entry(entry_id)

    def show_plans(self) -> None:
        self.plans = AlertPlansDialog(self.ctx, self)
        self.plans.changed.connect(self.statusMessage)
        self.plans.changed.connect(lambda _t: self.list.model.reload())
        self.plans.open()

    def _registered(self, entry_id: str) -> None:
        self._draft = None
        self.statusMessage.emit(self.tr("The person is on the register."))
        self.open_entry(entry_id)
