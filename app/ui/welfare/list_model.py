"""The register: a lazy model over WelfareService.page (keyset paging on the worker)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from app.domain.codes import AgeBand, CheckOutcome, Priority
from app.ui.followup_widgets import day_text
from app.ui.paged_model import PagedTableModel

LATE = QColor("#b00020")
HIGH = QColor("#ffd8a8")
ALERT = QColor("#fdecea")
LEFT = QColor("#5f6368")


class EntryListModel(PagedTableModel):
    COLUMNS = (
        ("name", "name"),
        ("place", None),
        ("floor", None),
        ("age_band", None),
        ("priority", None),
        ("frequency_days", None),
        ("next_due_on", "next_due_on"),
        ("last_outcome", None),
    )

    def __init__(self, reader, worker, flt, lang: str = "fr", parent=None) -> None:
        super().__init__(reader, worker, flt, "name", False, parent=parent)
        self.lang = lang
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._titles = {
            "name": self.tr("Person"), "place": self.tr("Site and building"),
            "floor": self.tr("Floor and door"), "age_band": self.tr("Age"),
            "priority": self.tr("Priority"), "frequency_days": self.tr("Every"),
            "next_due_on": self.tr("Next check"), "last_outcome": self.tr("Last check"),
        }

    def titles(self) -> dict[str, str]:
        return self._titles

    def display(self, row, name: str) -> str:
        if name == "place":
            return f"{row.site_code} – {row.building} – {row.entrance}"
        if name == "floor":
            return f"{row.floor} / {row.door}"
        if name == "age_band":
            return AgeBand(row.age_band).label(self.lang)
        if name == "priority":
            return Priority(row.priority).label(self.lang)
        if name == "frequency_days":
            return self.tr("%1 days").replace("%1", str(row.frequency_days))
        if name == "next_due_on":
            if not row.active:
                return self.tr("Left on %1").replace("%1", day_text(row.left_on))
            return day_text(row.next_due_on)
        if name == "last_outcome":
            return CheckOutcome(row.last_outcome).label(self.lang) if row.last_outcome else ""
        return super().display(row, name)

    def decorate(self, row, name: str, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.open_alert and name == "name":
                return ALERT
            if name == "priority" and row.priority == "high":
                return HIGH
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return LEFT
            if name == "next_due_on" and row.next_due_on and row.next_due_on < self.today:
                return LATE
            if row.open_alert and name == "name":
                return LATE
        if role == Qt.ItemDataRole.FontRole and row.open_alert and name == "name":
            return self._bold
        return None
