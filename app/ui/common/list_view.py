"""The parts of a list screen the signalement list, the case list and the register share:
a table of rows that never measures them, a search started a moment after typing stops,
a site filter filled on the worker.

`PagedListView` is the whole of the case list and the register but for their filters,
buttons and texts: every text is given by the subclass, so each keeps its own words (and
translation context).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
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

from app.ui.context import UiContext
from app.ui.paged_model import ID_ROLE
from app.ui.widgets import fill_choices

SEARCH_DELAY_MS = 250


def list_table(parent: QWidget, model: QAbstractItemModel, name: str,
               row_padding: int = 10) -> QTableView:
    """A table of whole rows, one selected at a time, with fixed row heights (a line of
    `parent`'s font and `row_padding`: the view never measures a long list) and the last
    column stretched."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(parent.fontMetrics().height() + row_padding)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_column_chars(table: QTableView, widths: Iterable[tuple[int, int]],
                     widget: QWidget) -> None:
    """Each (column, characters) pair: a width for that many characters of `widget`'s font."""
    fm = widget.fontMetrics()
    for col, chars in widths:
        table.setColumnWidth(col, fm.averageCharWidth() * chars + 16)


def search_timer(parent: QWidget, search: QLineEdit, apply: Callable[[], None]) -> QTimer:
    """`apply` a moment after typing stops in `search`, or at once on Enter."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    search.textChanged.connect(timer.start)
    search.returnPressed.connect(apply)
    return timer


def search_box(parent: QWidget, placeholder: str, name: str) -> QLineEdit:
    search = QLineEdit(parent)
    search.setPlaceholderText(placeholder)
    search.setAccessibleName(name)
    search.setClearButtonEnabled(True)
    return search


def site_box(parent: QWidget, name: str, all_sites: str, min_chars: int) -> QComboBox:
    site = QComboBox(parent)
    site.setAccessibleName(name)
    site.addItem(all_sites, None)
    site.setMinimumContentsLength(min_chars)
    return site


class PagedListView(QWidget):
    """A searchable, filtered list over a PagedTableModel. Subclasses build their widgets
    (with `search_box`, `site_box`, `list_table`...) then call `lay_out` and `wire`; they
    give `current_filter` and `count_text`."""

    openRequested = Signal(str)
    newRequested = Signal()

    search: QLineEdit
    site: QComboBox
    table: QTableView
    footer: QLabel

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    # Building ----------------------------------------------------------------------------

    def sorted_table(self, name: str, column: int, order: Qt.SortOrder,
                     widths: Iterable[int]) -> QTableView:
        table = list_table(self, self.model, name)
        table.horizontalHeader().setSortIndicator(column, order)
        table.setSortingEnabled(True)
        set_column_chars(table, enumerate(widths), self)
        return table

    def footer_label(self, name: str) -> QLabel:
        footer = QLabel(self)
        footer.setAccessibleName(name)
        return footer

    def lay_out(self, filters: Iterable[tuple[str, QWidget]], check: QCheckBox,
                buttons: Iterable[QPushButton], stretch_last: bool = False) -> None:
        """The search and `buttons` on top, the labelled `filters` and `check` below, the
        table, the footer."""
        grid = QGridLayout()
        col = -1
        for col, (text, widget) in enumerate(filters):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(check, 1, col + 1)
        if stretch_last:
            grid.setColumnStretch(col + 2, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in buttons:
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    def wire(self, combos: Iterable[QComboBox], check: QCheckBox,
             new_button: QPushButton) -> None:
        self._search_timer = search_timer(self, self.search, self.apply_filters)
        for combo in combos:
            combo.currentIndexChanged.connect(self.apply_filters)
        check.toggled.connect(self.apply_filters)
        new_button.clicked.connect(self.newRequested)
        self.table.activated.connect(self._activated)
        self.model.countChanged.connect(self._update_footer)
        self.model.pageLoaded.connect(self._update_footer)
        self.model.loadFailed.connect(self.footer.setText)

    # To give -----------------------------------------------------------------------------

    def current_filter(self):
        raise NotImplementedError

    def count_text(self, loaded: int, total: int | None) -> str:
        """The footer: rows shown, and of how many once counted."""
        raise NotImplementedError

    # Behaviour ---------------------------------------------------------------------------

    def start(self) -> None:
        self.model.reload()
        places = self.ctx.places
        self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)

    def _fill_sites(self, choices) -> None:
        fill_choices(self.site, choices)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.today = date.today()
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        row_id = self.model.data(index, ID_ROLE)
        if row_id:
            self.openRequested.emit(row_id)

    def _update_footer(self, *_args) -> None:
        self.footer.setText(self.count_text(self.model.rowCount(), self.model.total))
