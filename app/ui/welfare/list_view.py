"""The register: filters, search by name or phone, sortable table, counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from app.domain.codes import Priority
from app.services.welfare import EntryFilter
from app.ui import acting
from app.ui.common.list_view import PagedListView, search_box, site_box
from app.ui.context import UiContext
from app.ui.welfare.list_model import EntryListModel
from app.ui.widgets import fill_codes


class EntryListView(PagedListView):
    plansRequested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = EntryListModel(lambda: acting.welfare(ctx), ctx.worker, EntryFilter(),
                                    ctx.lang, self)
        self.search = search_box(self, self.tr("Search by name or phone"),
                                 self.tr("Search the register"))
        self.site = site_box(self, self.tr("Site"), self.tr("All sites"), 20)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("On the register"))
        self.state.addItem(self.tr("On the register"), True)
        self.state.addItem(self.tr("Left the register"), False)
        self.state.addItem(self.tr("Everyone"), None)
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        fill_codes(self.priority, Priority, ctx.lang, self.tr("All priorities"))
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_only.setAccessibleName(self.tr("Overdue only"))
        self.new_button = QPushButton(self.tr("&New person"), self)
        self.new_button.setAccessibleName(self.tr("Put a person on the register"))
        self.plans_button = QPushButton(self.tr("Alert &plans…"), self)
        self.plans_button.setAccessibleName(self.tr("Alert plans"))

        self.table = self.sorted_table(self.tr("Welfare register"), 0,
                                       Qt.SortOrder.AscendingOrder, (26, 34, 14, 14, 9, 9, 17))
        self.footer = self.footer_label(self.tr("Counts"))

        self.lay_out(((self.tr("&Site"), self.site), (self.tr("Re&gister"), self.state),
                      (self.tr("P&riority"), self.priority)),
                     self.overdue_only, (self.plans_button, self.new_button), stretch_last=True)
        self.wire((self.site, self.state, self.priority), self.overdue_only, self.new_button)
        self.plans_button.clicked.connect(self.plansRequested)

    def current_filter(self):
        return EntryFilter(site_id=self.site.currentData(), active=self.state.currentData(),
                             priority=self.priority.currentData(),
                             overdue_on=date.today() if self.overdue_only.isChecked() else None,
                             text=self.search.text().strip())

    def count_text(self, loaded: int, total: int | None) -> str:
        if total is None:
            return self.tr("%1 people shown, counting…").replace("%1", str(loaded))
        return self.tr("%1 shown of %2 people").replace("%1", str(loaded)).replace(
            "%2", str(total))
