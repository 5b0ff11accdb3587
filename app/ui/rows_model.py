"""A table model that holds its rows, for lists short by construction: the Today lists
(50 rows at most), the day's round, a case's chronology, a person's checks. Lists that
grow with the workspace use a lazy model (app.ui.paged_model) instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#b00020")
HIGH = QColor("#ffd8a8")
DONE = QColor("#5f6368")


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[object], str]
    colour: Callable[[object], QColor | None] | None = None  # text colour
    background: Callable[[object], QColor | None] | None = None


class RowsModel(QAbstractTableModel):
    """Rows and their columns; ID_ROLE gives what a double click opens."""

    def __init__(self, columns: list[Column], row_id: Callable[[object], str],
                 parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.row_id = row_id
        self.rows: list = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.bold: Callable[[object], bool] = lambda _r: False

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            return col.colour(row)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(row)
        if role == Qt.ItemDataRole.FontRole and self.bold(row):
            return self._bold
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None
