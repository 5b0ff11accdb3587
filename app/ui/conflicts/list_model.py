"""The case list: a lazy model over ConflictService.page (keyset paging on the worker)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.codes import CaseStatus, ConflictNature, ProcedureStep
from app.ui.followup_widgets import day_text
from app.ui.paged_model import PagedTableModel

LATE = QColor("#b00020")
CLOSED = QColor("#3d6b3d")


class CaseListModel(PagedTableModel):
    COLUMNS = (
        ("reference", "reference"),
        ("opened_on", "opened_on"),
        ("site_code", None),
        ("nature", None),
        ("current_step", None),
        ("next_due_on", "next_due_on"),
        ("status", None),
        ("complainants", None),
        ("respondents", None),
    )

    def __init__(self, reader, worker, flt, lang: str = "fr", parent=None) -> None:
        super().__init__(reader, worker, flt, "opened_on", True, parent=parent)
        self.lang = lang
        self.today = date.today()
        self._titles = {
            "reference": self.tr("Reference"), "opened_on": self.tr("Opened on"),
            "site_code": self.tr("Site"), "nature": self.tr("Nature"),
            "current_step": self.tr("Step reached"), "next_due_on": self.tr("Next step due"),
            "status": self.tr("Status"), "complainants": self.tr("Complainants"),
            "respondents": self.tr("Respondents"),
        }

    def titles(self) -> dict[str, str]:
        return self._titles

    def display(self, row, name: str) -> str:
        if name in ("opened_on", "next_due_on"):
            return day_text(getattr(row, name))
        if name == "nature":
            return ConflictNature(row.nature).label(self.lang)
        if name == "current_step":
            return ProcedureStep(row.current_step).label(self.lang)
        if name == "status":
            return CaseStatus(row.status).label(self.lang)
        return super().display(row, name)

    def decorate(self, row, name: str, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "next_due_on" and row.status == "open" and row.next_due_on \
                    and row.next_due_on < self.today:
                return LATE
            if name == "status" and row.status == "closed":
                return CLOSED
        return None
