"""Small widgets and helpers shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QWidget

from app.domain.codes import Coded

# Light backgrounds keep black text readable (contrast above 4.5:1).
SEVERITY_COLOURS = {1: None, 2: QColor("#fff4c2"), 3: QColor("#ffd8a8"), 4: QColor("#ffb3b3")}
STATUS_COLOURS = {"new": QColor("#1c4f9c"), "in_progress": QColor("#8a5a00"),
                  "referred": QColor("#6b2f8f"), "closed": QColor("#3d6b3d")}
DIFFICULTY_COLOURS = {1: QColor("#cdeccd"), 2: QColor("#fff4c2"), 3: QColor("#ffd8a8"),
                      4: QColor("#ffb3b3")}


def fill_codes(combo: QComboBox, enum: type[Coded], lang: str, empty: str | None = None) -> None:
    """Items from a code list, labelled in `lang`; `empty` adds a first item meaning 'none'."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for member in enum:
        combo.addItem(member.label(lang), member.value)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class FieldError(QLabel):
    """The message next to a field, in the service's words; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


class BusyIndicator(QWidget):
    """An indeterminate bar and a word, shown in the status bar while the worker is slow."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(text)
        self.label = QLabel(text, self)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.hide()
