"""What the follow-up screens (Today, cases, the register) share: how a day and a floor
read, a short list of picked items, and a combo box searched by typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)


def day_text(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def floor_text(floor: int) -> str:
    if floor == 0:
        return QCoreApplication.translate("FollowUps", "Ground floor")
    return QCoreApplication.translate("FollowUps", "Floor %1").replace("%1", str(floor))


class ChoiceList(QWidget):
    """Picked items (households, signalements, contacts): a short list, Delete removes one."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.remove_button.clicked.connect(self.remove_current)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.remove_current()
        else:
            super().keyPressEvent(event)

    def add(self, item_id: str, label: str) -> None:
        if item_id and item_id not in self.ids():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            self.list.addItem(item)
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def items(self) -> list[list[str]]:
        return [[self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text()]
                for i in range(self.list.count())]

    def set_items(self, items) -> None:
        self.list.clear()
        for item_id, label in items or []:
            self.add(item_id, label)


def searchable(combo: QComboBox) -> None:
    """Type a few letters of a name to find it among hundreds of households."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
