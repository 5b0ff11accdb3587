"""Small widgets and helpers shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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


def fill_choices(combo: QComboBox, choices) -> None:
    """Add (label, id) choices after what the combo holds, without a change signal."""
    combo.blockSignals(True)
    for c in choices:
        combo.addItem(c.label, c.id)
    combo.blockSignals(False)


def title_label(parent: QWidget, text: str = "", scale: float = 1.4) -> QLabel:
    """A page's title: bold, `scale` times the usual size."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def labelled_row(form: QFormLayout, text: str, widget: QWidget, parent: QWidget) -> None:
    """A row of `form`: the label (its mnemonic focuses `widget`) names the widget too."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)


def form_page(page: QWidget, body: QWidget, header: list[QWidget], error: QWidget) -> None:
    """A form's page: the `header` widgets in a row (the first one stretched), the
    form-wide `error`, then `body` scrolling below."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    top = QHBoxLayout()
    for i, widget in enumerate(header):
        top.addWidget(widget, 1 if i == 0 else 0)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(error)
    layout.addWidget(scroll, 1)


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


class AfterPaint(QObject):
    """Calls `fn` once, just after `widget` next paints, or after `limit_ms` if it does not
    (hidden, minimised): work that would compete with a first paint waits for it."""

    def __init__(self, widget: QWidget, fn: Callable[[], None], limit_ms: int = 1000) -> None:
        super().__init__(widget)
        self._fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(limit_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._fn is not None:
            # Runs once this paint has been drawn and flushed to the screen.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            fn()
