"""The register: filters, search by name or phone, sortable table, counts."""

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

from app.domain.codes import Priority
from app.services.welfare import EntryFilter
from app.ui import acting
from app.ui.context import UiContext
from app.ui.paged_model import ID_ROLE
from app.ui.welfare.list_model import EntryListModel
from app.ui.widgets import fill_codes

SEARCH_DELAY_MS = 250


class EntryListView(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    plansRequested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EntryListModel(lambda: acting.welfare(ctx), ctx.worker, EntryFilter(),
                                    ctx.lang, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or phone"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.site = QComboBox(self)
        self.site.setAccessibleName(self.tr("Site"))
        self.site.addItem(self.tr("All sites"), None)
        self.site.setMinimumContentsLength(20)
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

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Welfare register"))
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
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        fm = self.fontMetrics()
        for col, chars in enumerate((26, 34, 14, 14, 9, 9, 17)):
            self.table.setColumnWidth(col, fm.averageCharWidth() * chars + 16)
        self.footer = QLabel(self)
        self.footer.setAccessibleName(self.tr("Counts"))

        filters = QGridLayout()
        for col, (text, widget) in enumerate(((self.tr("&Site"), self.site),
                                              (self.tr("Re&gister"), self.state),
                                              (self.tr("P&riority"), self.priority))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label, 0, col)
            filters.addWidget(widget, 1, col)
        filters.addWidget(self.overdue_only, 1, 3)
        filters.setColumnStretch(4, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.plans_button)
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
        for combo in (self.site, self.state, self.priority):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.newRequested)
        self.plans_button.clicked.connect(self.plansRequested)
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
        return EntryFilter(site_id=self.site.currentData(), active=self.state.currentData(),
                             priority=self.priority.currentData(),
                             overdue_on=date.today() if self.overdue_only.isChecked() else None,
                             text=self.search.text().strip())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.today = date.today()
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        entry_id = self.model.data(index, ID_ROLE)
        if entry_id:
            self.openRequested.emit(entry_id)

    def _update_footer(self, *_args) -> None:
        loaded, total = self.model.rowCount(), self.model.total
        if total is None:
            text = self.tr("%1 people shown, counting…").replace("%1", str(loaded))
        else:
            text = self.tr("%1 shown of %2 people").replace("%1", str(loaded)).replace(
                "%2", str(total))
        self.footer.setText(text)
