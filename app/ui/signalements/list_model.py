"""A lazy table model over signalement ids, filled page by page on the database worker.

Pages come from app.services.signalement_list (a `ListReader`: SignalementList on the
start-up connection, or SignalementService) with keyset pagination (the last row's key,
never OFFSET), so the 1,000th page costs what the first does. canFetchMore/fetchMore let
the view ask for the next page as it scrolls; a page in flight blocks another request.
The total for the footer is counted after the first page, so first paint never waits
for count(); a view sets `count_scheduler` to start it once that page is painted, as a
count over 100,000 rows would otherwise compete with the paint for the CPU. A filter or sort change bumps `generation`: late pages of the old query are
dropped.

A search with no column chosen by the person is shown most recently recorded first
("recorded"): the full-text index is walked newest first and stops at the page size,
where sorting by date would first gather and sort every match of a common word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from app.domain.codes import Category, Severity, SignalementStatus
from app.services.signalement_types import SignalementFilter, SignalementRow
from app.ui.widgets import SEVERITY_COLOURS, STATUS_COLOURS
from app.ui.worker import DbWorker

PAGE_SIZE = 200
DEFAULT_SORT = ("facts_start", True)  # newest facts first
RECORDED = "recorded"
Index = QModelIndex | QPersistentModelIndex

# (field, sort key understood by SignalementService.page, or None when not sortable)
COLUMNS = (
    ("reference", "reference"),
    ("facts_start", "facts_start"),
    ("category", "category"),
    ("site_code", None),
    ("building", None),
    ("status", "status"),
    ("severity", "severity"),
    ("summary", None),
)
COL = {name: i for i, (name, _) in enumerate(COLUMNS)}
ID_ROLE = Qt.ItemDataRole.UserRole


class ListReader(Protocol):
    """SignalementList and SignalementService both read the list this way."""

    def page(self, flt: SignalementFilter = ..., *, sort: str = ..., descending: bool = ...,
             limit: int = ..., after: tuple | None = ...) -> list[SignalementRow]: ...

    def count(self, flt: SignalementFilter = ...) -> int: ...

    def page_key(self, row: SignalementRow, sort: str = ...) -> tuple: ...


class SignalementListModel(QAbstractTableModel):
    countChanged = Signal(int)  # -1 while counting
    pageLoaded = Signal(int)  # rows now loaded
    loadFailed = Signal(str)

    def __init__(self, reader: ListReader, worker: DbWorker, lang: str = "fr",
                 page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader  # used on the worker thread only
        self.worker = worker
        self.lang = lang
        self.page_size = page_size
        self.filter = SignalementFilter()
        self.sort_key, self.descending = DEFAULT_SORT
        # False until the person sorts by a column: a search is then shown most recent first.
        self.column_chosen = False
        # When to count a filter's total, given the call that starts it; None: at once.
        self.count_scheduler: Callable[[Callable[[], None]], None] | None = None
        self.generation = 0
        self.total: int | None = None
        self._ids: list[str] = []
        self._rows: dict[str, SignalementRow] = {}
        self._loading = False
        self._exhausted = True
        self._labels = {
            "category": {c.value: c.label(lang) for c in Category},
            "status": {s.value: s.label(lang) for s in SignalementStatus},
            "severity": {int(s.value): s.label(lang) for s in Severity},
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._titles = {
            "reference": self.tr("Reference"), "facts_start": self.tr("Date of facts"),
            "category": self.tr("Category"), "site_code": self.tr("Site"),
            "building": self.tr("Building"), "status": self.tr("Status"),
            "severity": self.tr("Severity"), "summary": self.tr("Description"),
        }

    # Loading ---------------------------------------------------------------------------

    def reload(self, first_page: list[SignalementRow] | None = None) -> None:
        """Drop every row and fetch the first page of the current filter and sort.

        `first_page`: that page already read, on the worker, with `page_size` rows at most
        (start-up reads it while the window is being built)."""
        self.generation += 1
        self.beginResetModel()
        self._ids = []
        self._rows = {}
        self._exhausted = False
        self._loading = False
        self.total = None
        self.endResetModel()
        self.countChanged.emit(-1)
        if first_page is None:
            self._fetch()
        else:
            self._loading = True
            self._on_page(self.generation, first_page)

    def set_filter(self, flt: SignalementFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self.filter, text=text.strip()))

    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def effective_sort(self) -> tuple[str, bool]:
        """(sort key, descending) of the rows shown: "recorded" for a search, unless the
        person chose a column."""
        if self.filter.text and not self.column_chosen:
            return RECORDED, True
        return self.sort_key, self.descending

    def by_recency(self) -> bool:
        return self.effective_sort()[0] == RECORDED

    def _fetch(self) -> None:
        self._loading = True
        gen, flt, size = self.generation, self.filter, self.page_size
        sort, desc = self.effective_sort()
        reader = self.reader
        after = reader.page_key(self._rows[self._ids[-1]], sort) if self._ids else None

        def job():
            return reader.page(flt, sort=sort, descending=desc, limit=size, after=after)

        self.worker.submit(job, lambda rows: self._on_page(gen, rows),
                           lambda exc: self._on_error(gen, exc), owner=self)

    def _on_page(self, gen: int, rows: list[SignalementRow]) -> None:
        if gen != self.generation:
            return
        first_page = not self._ids
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        fresh = [r for r in rows if r.id not in self._rows]
        if fresh:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for r in fresh:
                self._ids.append(r.id)
                self._rows[r.id] = r
            self.endInsertRows()
        if first_page:
            if self._exhausted:
                self._set_total(gen, len(self._ids))
            elif self.count_scheduler is None:
                self._count(gen)
            else:
                self.count_scheduler(lambda: self._count(gen))
        self.pageLoaded.emit(len(self._ids))

    def _count(self, gen: int) -> None:
        if gen == self.generation:
            flt, reader = self.filter, self.reader
            self.worker.submit(lambda: reader.count(flt), lambda n: self._set_total(gen, n),
                               owner=self)

    def _on_error(self, gen: int, exc: BaseException) -> None:
        if gen == self.generation:
            self._loading = False
            self._exhausted = True
            self.loadFailed.emit(str(exc))

    def _set_total(self, gen: int, n: int) -> None:
        if gen == self.generation:
            self.total = n
            self.countChanged.emit(n)

    # Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> SignalementRow | None:
        if 0 <= row < len(self._ids):
            return self._rows[self._ids[row]]
        return None

    def row_of(self, signalement_id: str) -> int:
        try:
            return self._ids.index(signalement_id)
        except ValueError:
            return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        name = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, name)
        if role == Qt.ItemDataRole.ToolTipRole and name == "summary":
            return r.summary
        if role == Qt.ItemDataRole.BackgroundRole and name in ("severity", "reference"):
            return SEVERITY_COLOURS.get(r.severity)
        if role == Qt.ItemDataRole.ForegroundRole and name == "status":
            return STATUS_COLOURS.get(r.status)
        if role == Qt.ItemDataRole.FontRole and name == "status" and r.status == "new":
            return self._bold
        if role == ID_ROLE:
            return r.id
        return None

    def _display(self, r: SignalementRow, name: str) -> str:
        if name == "facts_start":
            return _local(r.facts_start)
        if name in ("category", "status"):
            code = getattr(r, name)
            return self._labels[name].get(code, code)
        if name == "severity":
            return self._labels["severity"].get(r.severity, str(r.severity))
        if name == "summary":
            return " ".join(r.summary.split())
        value = getattr(r, name)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[COLUMNS[section][0]]
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
                return self.tr("This column cannot be sorted")
            if role == Qt.ItemDataRole.InitialSortOrderRole and COLUMNS[section][0] in (
                    "facts_start", "severity"):
                # A first click shows the newest, or the most serious, first.
                return Qt.SortOrder.DescendingOrder
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None

    def sort_column(self) -> int:
        """The column of the sort shown, -1 when the rows are by recency."""
        if self.by_recency():
            return -1
        return next(i for i, (_n, k) in enumerate(COLUMNS) if k == self.sort_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The person sorts by a column (the header's click)."""
        if not self.is_sortable(column):
            return
        key = COLUMNS[column][1]
        desc = order == Qt.SortOrder.DescendingOrder
        before = self.effective_sort()
        self.sort_key, self.descending, self.column_chosen = key, desc, True
        if self.effective_sort() != before:
            self.reload()


def _local(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")
