"""The signalement list: filters, full-text search, sortable table and a footer with counts."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import Category, SignalementStatus
from app.services.signalement_types import SignalementFilter
from app.ui.common.list_view import list_table, search_timer, set_column_chars
from app.ui.context import UiContext
from app.ui.signalements.list_model import COL, ID_ROLE, SignalementListModel
from app.ui.widgets import AfterPaint, fill_choices, fill_codes

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes stands for "no bound"


class SignalementListView(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SignalementListModel(ctx.list_reader, ctx.worker, ctx.lang, parent=self)
        # The total is counted once the first page is on screen, not against its paint.
        self.model.count_scheduler = lambda count: AfterPaint(self.table.viewport(), count)
        self._building_gen = 0

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the text of the signalements (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.site = QComboBox(self)
        self.site.setAccessibleName(self.tr("Site"))
        self.site.addItem(self.tr("All sites"), None)
        self.site.setMinimumContentsLength(22)
        self.building = QComboBox(self)
        self.building.setAccessibleName(self.tr("Building"))
        self.building.addItem(self.tr("All buildings"), None)
        self.building.setEnabled(False)
        self.building.setMinimumContentsLength(14)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        fill_codes(self.category, Category, ctx.lang, self.tr("All categories"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        fill_codes(self.status, SignalementStatus, ctx.lang, self.tr("All statuses"))
        self.date_from = self._date_box(self.tr("From date"))
        self.date_to = self._date_box(self.tr("To date"))
        self.reset_button = QPushButton(self.tr("&Clear filters"), self)
        self.reset_button.setAccessibleName(self.tr("Clear filters"))
        self.new_button = QPushButton(self.tr("&New signalement"), self)
        self.new_button.setAccessibleName(self.tr("New signalement"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))

        # Fixed row heights: the view never measures 100,000 rows.
        self.table = list_table(self, self.model, self.tr("Signalements"))
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicator(COL["facts_start"], Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.model.column_chosen = False  # that call sorted by the default: not a choice
        hh.sortIndicatorChanged.connect(self._keep_indicator)
        set_column_chars(self.table, ((COL[name], chars) for name, chars in (
            ("reference", 24), ("facts_start", 17), ("category", 26), ("site_code", 8),
            ("building", 14), ("status", 11), ("severity", 10))), self)

        self.footer = QLabel(self)
        self.footer.setAccessibleName(self.tr("Counts"))
        # A search is shown most recently recorded first until a column is chosen.
        self.order_hint = QLabel(self.tr("Most recent first. Click a column title to sort "
                                         "the results by it."), self)
        self.order_hint.setAccessibleName(self.tr("Order of the results"))
        self.order_hint.hide()

        filters = QGridLayout()
        row = 0
        for col, (label, widget) in enumerate(((self.tr("&Site"), self.site),
                                              (self.tr("&Building"), self.building),
                                              (self.tr("Ca&tegory"), self.category),
                                              (self.tr("Stat&us"), self.status))):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            filters.addWidget(lab, row, col)
            filters.addWidget(widget, row + 1, col)
        lab_from = QLabel(self.tr("F&rom"), self)
        lab_from.setBuddy(self.date_from)
        lab_to = QLabel(self.tr("T&o"), self)
        lab_to.setBuddy(self.date_to)
        filters.addWidget(lab_from, row, 4)
        filters.addWidget(self.date_from, row + 1, 4)
        filters.addWidget(lab_to, row, 5)
        filters.addWidget(self.date_to, row + 1, 5)
        filters.addWidget(self.reset_button, row + 1, 6)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.order_hint)
        layout.addLayout(bottom)

        self._search_timer = search_timer(self, self.search, self.apply_filters)
        self.site.currentIndexChanged.connect(self._site_changed)
        for w in (self.building, self.category, self.status):
            w.currentIndexChanged.connect(self.apply_filters)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self.apply_filters)
        self.reset_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.newRequested)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._show_order)
        self.model.countChanged.connect(self._update_footer)
        self.model.pageLoaded.connect(self._update_footer)
        self.model.loadFailed.connect(self.footer.setText)
        self._update_footer()

    def _date_box(self, name: str) -> QDateEdit:
        box = QDateEdit(self)
        box.setAccessibleName(name)
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd/MM/yyyy")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("Any date"))
        box.setDate(NO_DATE)
        return box

    # Loading ---------------------------------------------------------------------------

    def start(self) -> None:
        """First page now (or as soon as there is a reader); the site list once the
        services are open (first paint first)."""
        if self.model.reader is not None:
            # Read at start-up with the default filter and order, if it was.
            first_page, self.ctx.first_page = self.ctx.first_page, None
            self.model.reload(first_page)
        else:
            self.ctx.when_ready(self._reader_ready)
        self.ctx.when_ready(self._load_sites)

    def _reader_ready(self) -> None:
        self.model.reader = self.ctx.list_reader
        self.model.reload()

    def _load_sites(self) -> None:
        places = self.ctx.places
        self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)

    def _fill_sites(self, choices) -> None:
        fill_choices(self.site, choices)

    def _site_changed(self) -> None:
        site_id = self.site.currentData()
        self._building_gen += 1
        gen = self._building_gen
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        self.building.setEnabled(False)
        self.building.blockSignals(False)
        if site_id:
            places = self.ctx.places
            self.ctx.worker.submit(lambda: places.buildings(site_id),
                                   lambda b: self._fill_buildings(gen, b), owner=self)
        self.apply_filters()

    def _fill_buildings(self, gen: int, choices) -> None:
        if gen != self._building_gen:
            return
        self.building.blockSignals(True)
        for c in choices:
            self.building.addItem(c.label, c.id)
        self.building.setEnabled(bool(choices))
        self.building.blockSignals(False)

    def current_filter(self) -> SignalementFilter:
        def day(box: QDateEdit):
            return None if box.date() == NO_DATE else box.date().toPython()

        return SignalementFilter(
            site_id=self.site.currentData(), building_id=self.building.currentData(),
            category=self.category.currentData(), status=self.status.currentData(),
            date_from=day(self.date_from), date_to=day(self.date_to),
            text=self.search.text().strip())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for w in (self.site, self.building, self.category, self.status, self.date_from,
                  self.date_to, self.search):
            w.blockSignals(True)
        self.site.setCurrentIndex(0)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        self.building.setEnabled(False)
        self.building.setMinimumContentsLength(14)
        self.category.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for w in (self.site, self.building, self.category, self.status, self.date_from,
                  self.date_to, self.search):
            w.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Reactions -------------------------------------------------------------------------

    def _keep_indicator(self, column: int, order: Qt.SortOrder) -> None:
        # Columns the service cannot sort keep the indicator where the data really is.
        if not self.model.is_sortable(column):
            self._show_order()

    def _show_order(self) -> None:
        """The header's arrow on the sorted column; none, and the hint, for a search
        shown most recent first."""
        hh = self.table.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                            if self.model.effective_sort()[1] else Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)
        self.order_hint.setVisible(self.model.by_recency())

    def _activated(self, index: QModelIndex) -> None:
        sid = self.model.data(index, ID_ROLE)
        if sid:
            self.openRequested.emit(sid)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _update_footer(self, *_args) -> None:
        loaded = self.model.rowCount()
        total = self.model.total
        if total is None:
            text = self.tr("%1 signalements shown, counting…").replace("%1", _n(loaded, self.ctx.lang))
        else:
            text = self.tr("%1 shown of %2 signalements").replace(
                "%1", _n(loaded, self.ctx.lang)).replace("%2", _n(total, self.ctx.lang))
        self.footer.setText(text)


def _n(value: int, lang: str) -> str:
    # French groups thousands with a narrow space: 100 000.
    return f"{value:,}".replace(",", "\u202f" if lang == "fr" else ",")
