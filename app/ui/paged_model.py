"""A lazy table model filled page by page on the database worker, for the case list and
the register (the signalement list has its own, tuned for 100,000 rows at start-up).

The reader is a service with page(flt, sort=, descending=, limit=, after=), count(flt)
and page_key(row, sort): keyset pagination, never OFFSET. canFetchMore/fetchMore let the
view ask for the next page as it scrolls; a page in flight blocks another request. The
total is counted after the first page. A filter or sort change bumps `generation`: late
pages of the old query are dropped. Subclasses give the columns and how a row reads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.worker import DbWorker

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class PagedTableModel(QAbstractTableModel):
    countChanged = Signal(int)  # -1 while counting
    pageLoaded = Signal(int)  # rows now loaded
    loadFailed = Signal(str)

    # (field, sort key of the reader or None): set by subclasses.
    COLUMNS: tuple[tuple[str, str | None], ...] = ()

    def __init__(self, reader: Callable[[], object], worker: DbWorker, flt, sort: str,
                 descending: bool, page_size: int = 100, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader  # returns the service, on the worker thread
        self.worker = worker
        self.filter = flt
        self.sort_key, self.descending = sort, descending
        self.page_size = page_size
        self.generation = 0
        self.total: int | None = None
        self.rows: list = []
        self._loading = False
        self._exhausted = True

    # To give -----------------------------------------------------------------------------

    def titles(self) -> dict[str, str]:
        raise NotImplementedError

    def display(self, row, name: str) -> str:
        value = getattr(row, name)
        return "" if value is None else str(value)

    def decorate(self, row, name: str, role: int):
        """Colours and fonts: None unless a subclass says otherwise."""
        return None

    # Loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._loading = False
        self.total = None
        self.endResetModel()
        self.countChanged.emit(-1)
        self._fetch()

    def set_filter(self, flt) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        gen, flt, sort, desc, size = (self.generation, self.filter, self.sort_key,
                                      self.descending, self.page_size)
        reader = self.reader
        last = self.rows[-1] if self.rows else None

        def job():
            service = reader()
            after = service.page_key(last, sort) if last is not None else None
            return service.page(flt, sort=sort, descending=desc, limit=size, after=after)

        self.worker.submit(job, lambda rows: self._on_page(gen, rows),
                           lambda exc: self._on_error(gen, exc), owner=self)

    def _on_page(self, gen: int, rows: list) -> None:
        if gen != self.generation:
            return
        first_page = not self.rows
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        known = {r.id for r in self.rows}
        fresh = [r for r in rows if r.id not in known]
        if fresh:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        if first_page:
            if self._exhausted:
                self._set_total(gen, len(self.rows))
            else:
                flt, reader = self.filter, self.reader
                self.worker.submit(lambda: reader().count(flt),
                                   lambda n: self._set_total(gen, n), owner=self)
        self.pageLoaded.emit(len(self.rows))

    def _on_error(self, gen: int, exc: BaseException) -> None:
        if gen == self.generation:
            self._loading = False
            self._exhausted = True
            self.loadFailed.emit(str(exc))

    def _set_total(self, gen: int, n: int) -> None:
        if gen == self.generation:
            self.total = n
            self.countChanged.emit(n)

    # Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        name = self.COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(r, name)
        if role == ID_ROLE:
            return r.id
        return self.decorate(r, name, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.titles()[self.COLUMNS[section][0]]
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column][1] is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        key = self.COLUMNS[column][1]
        desc = order == Qt.SortOrder.DescendingOrder
        if (key, desc) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, desc
            self.reload()

