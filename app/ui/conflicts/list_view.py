"""The case list: filters, search by reference or words, sortable table, counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import CaseStatus, ConflictNature, ProcedureStep
from app.services.conflicts import CaseFilter
from app.ui import acting
from app.ui.conflicts.list_model import CaseListModel
from app.ui.context import UiContext
from app.ui.paged_model import ID_ROLE
from app.ui.widgets import fill_codes

SEARCH_DELAY_MS = 250


class CaseListView(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    rulesRequested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseListModel(lambda: acting.conflicts(ctx), ctx.worker,
                                   CaseFilter(status="open"), ctx.lang, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by reference or words of the summary"))
        self.search.setAccessibleName(self.tr("Search the cases"))
        self.search.setClearButtonEnabled(True)
        self.site = QComboBox(self)
        self.site.setAccessibleName(self.tr("Site"))
        self.site.addItem(self.tr("All sites"), None)
        self.site.setMinimumContentsLength(20)
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

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Neighbour cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        fm = self.fontMetrics()
        for col, chars in enumerate((24, 11, 8, 16, 24, 12, 8, 20)):
            self.table.setColumnWidth(col, fm.averageCharWidth() * chars + 16)
        self.footer = QLabel(self)
        self.footer.setAccessibleName(self.tr("Counts"))

        filters = QGridLayout()
        for col, (text, widget) in enumerate(((self.tr("&Site"), self.site),
                                              (self.tr("Stat&us"), self.status),
                                              (self.tr("S&tep"), self.step),
                                              (self.tr("N&ature"), self.nature))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.late_only, 1, 4)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.rules_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.site, self.status, self.step, self.nature):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.late_only.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.newRequested)
        self.rules_button.clicked.connect(self.rulesRequested)
        self.table.activated.connect(self._activated)
        self.model.countChanged.connect(self._update_footer)
        self.model.pageLoaded.connect(self._update_footer)
        self.model.loadFailed.connect(self.footer.setText)

    def start(self) -> None:
        self.model.reload()
        places = self.ctx.places
        self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)

    def _fill_sites(self, choices) -> None:
        self.site.blockSignals(True)
        for c in choices:
            self.site.addItem(c.label, c.id)
        self.site.blockSignals(False)

    def current_filter(self):
        return CaseFilter(site_id=self.site.currentData(), status=self.status.currentData(),
                            step=self.step.currentData(), nature=self.nature.currentData(),
                            late_on=date.today() if self.late_only.isChecked() else None,
                            text=self.search.text().strip())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.today = date.today()
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, ID_ROLE)
        if case_id:
            self.openRequested.emit(case_id)

    def _update_footer(self, *_args) -> None:
        loaded, total = self.model.rowCount(), self.model.total
        if total is None:
            text = self.tr("%1 cases shown, counting…").replace("%1", str(loaded))
        else:
            text = self.tr("%1 shown of %2 cases").replace("%1", str(loaded)).replace(
                "%2", str(total))
        self.footer.setText(text)
