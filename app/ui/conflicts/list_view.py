"""The case list: filters, search by reference or words, sortable table, counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from app.domain.codes import CaseStatus, ConflictNature, ProcedureStep
from app.services.conflicts import CaseFilter
from app.ui import acting
from app.ui.common.list_view import PagedListView, search_box, site_box
from app.ui.conflicts.list_model import CaseListModel
from app.ui.context import UiContext
from app.ui.widgets import fill_codes


class CaseListView(PagedListView):
    rulesRequested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CaseListModel(lambda: acting.conflicts(ctx), ctx.worker,
                                   CaseFilter(status="open"), ctx.lang, self)

        self.search = search_box(self, self.tr("Search by reference or words of the summary"),
                                 self.tr("Search the cases"))
        self.site = site_box(self, self.tr("Site"), self.tr("All sites"), 20)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        fill_codes(self.status, CaseStatus, ctx.lang, self.tr("All statuses"))
        self.status.setCurrentIndex(self.status.findData("open"))
        self.step = QComboBox(self)
        self.step.setAccessibleName(self.tr("Step reached"))
        fill_codes(self.step, ProcedureStep, ctx.lang, self.tr("All steps"))
        self.nature = QComboBox(self)
        self.nature.setAccessibleName(self.tr("Nature"))
        fill_codes(self.nature, ConflictNature, ctx.lang, self.tr("All natures"))
        self.late_only = QCheckBox(self.tr("&Late only"), self)
        self.late_only.setAccessibleName(self.tr("Late only"))
        self.rules_button = QPushButton(self.tr("&Deadlines…"), self)
        self.rules_button.setAccessibleName(self.tr("The landlord's deadlines"))
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setAccessibleName(self.tr("New neighbour case"))

        self.table = self.sorted_table(self.tr("Neighbour cases"), 1,
                                       Qt.SortOrder.DescendingOrder,
                                       (24, 11, 8, 16, 24, 12, 8, 20))
        self.footer = self.footer_label(self.tr("Counts"))

        self.lay_out(((self.tr("&Site"), self.site), (self.tr("Stat&us"), self.status),
                      (self.tr("S&tep"), self.step), (self.tr("N&ature"), self.nature)),
                     self.late_only, (self.rules_button, self.new_button))
        self.wire((self.site, self.status, self.step, self.nature), self.late_only,
                  self.new_button)
        self.rules_button.clicked.connect(self.rulesRequested)

    def current_filter(self):
        return CaseFilter(site_id=self.site.currentData(), status=self.status.currentData(),
                            step=self.step.currentData(), nature=self.nature.currentData(),
                            late_on=date.today() if self.late_only.isChecked() else None,
                            text=self.search.text().strip())

    def count_text(self, loaded: int, total: int | None) -> str:
        if total is None:
            return self.tr("%1 cases shown, counting…").replace("%1", str(loaded))
        return self.tr("%1 shown of %2 cases").replace("%1", str(loaded)).replace(
            "%2", str(total))
