"""What a screen can print: a title for the menu and a job that builds the document.

The job runs on the worker thread with a ReportService acting as the person at the
keyboard; it returns an app.services.reports.PdfDocument (and audits the print).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.services.reports import PdfDocument, ReportService
    from app.ui.context import UiContext

LETTERS = ("reminder", "summons", "notice")
LIST_CAP = 5000  # rows of a printed list


@dataclass(frozen=True)
class PrintTarget:
    title: str  # in the menu when a screen offers several
    make: Callable[[ReportService], PdfDocument]  # on the worker thread
    entity_kind: str  # for the audit entries of the print and the export
    entity_id: str | None = None


def report_service(ctx: UiContext) -> ReportService:
    """The reports as the person at the keyboard (on the worker thread: imports SQLAlchemy)."""
    from app.services.reports import ReportService
    from app.ui import acting

    return ReportService(ctx.workspace, acting.actor(ctx))


def referral_sheet(signalement_id: str) -> PrintTarget:
    title = QCoreApplication.translate("PrintTargets", "Referral sheet")
    return PrintTarget(title, lambda r: r.referral_sheet(signalement_id), "signalement",
                       signalement_id)


def case_documents(case_id: str) -> list[PrintTarget]:
    titles = {"reminder": QCoreApplication.translate("PrintTargets", "Reminder letter"),
              "summons": QCoreApplication.translate("PrintTargets", "Summons letter"),
              "notice": QCoreApplication.translate("PrintTargets", "Formal notice letter")}
    out = [PrintTarget(QCoreApplication.translate("PrintTargets", "Case file"),
                       lambda r: r.case_file(case_id), "conflict_case", case_id)]
    for kind in LETTERS:
        out.append(PrintTarget(titles[kind], lambda r, k=kind: r.letter(case_id, k),
                               "conflict_case", case_id))
    return out


def welfare_round(day: date | None = None, sites: Sequence[str] = ()) -> PrintTarget:
    sites = tuple(s for s in sites if s)
    title = QCoreApplication.translate("PrintTargets", "Welfare round of the day")
    return PrintTarget(title, lambda r: r.welfare_round(day, sites=sites), "welfare_round")


def activity_report(date_from: date | None, date_to: date | None,
                    sites: Sequence[str] = ()) -> PrintTarget:
    """The activity report of a list's period (from 1 January when it has no start)."""
    end = date_to or date.today()
    start = date_from or date(end.year, 1, 1)
    if start > end:
        start = end - timedelta(days=30)
    sites = tuple(s for s in sites if s)
    title = QCoreApplication.translate("PrintTargets", "Activity report of the period")
    return PrintTarget(title, lambda r: r.activity_report(start, end, sites), "activity_report")


def describe_filters(container: Any) -> str:
    """The filters of a list, in one line as the person set them: each box's accessible
    name and current text, for the boxes that narrow the list (not their 'All ...')."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QWidget,
    )

    parts = []
    for w in container.findChildren(QWidget):
        if not w.isVisibleTo(container) or not w.isEnabled():
            continue
        name = w.accessibleName()
        if isinstance(w, QComboBox):
            if w.currentIndex() > 0 or (w.currentIndex() == 0 and w.currentData() is not None):
                parts.append(f"{name} : {w.currentText()}" if name else w.currentText())
        elif isinstance(w, QDateEdit):
            if w.date() != w.minimumDate():
                parts.append(f"{name} : {w.text()}" if name else w.text())
        elif isinstance(w, QCheckBox):
            if w.isChecked():
                parts.append(name or w.text().replace("&", ""))
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(),
                                                         (QAbstractSpinBox, QComboBox)):
            text = w.text().strip()
            if text:
                parts.append(f"{name} : « {text} »" if name else f"« {text} »")
    return " · ".join(parts)


def this_list(view: Any, model: Any, filters: str = "", title: str | None = None,
              entity_kind: str = "list") -> PrintTarget:
    """'This list': the rows loaded in `model`, as `view` (a QTableView) shows them (its
    visible columns, in their on-screen order, the displayed texts), at most LIST_CAP rows.
    Read now, on the GUI thread; only the document is built on the worker."""
    from PySide6.QtCore import Qt

    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    display = Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "")
               for c in columns]
    total = model.rowCount()
    rows = []
    for r in range(min(total, LIST_CAP)):
        rows.append(["" if (v := model.data(model.index(r, c), display)) is None else str(v)
                     for c in columns])
    name = title or view.accessibleName() or QCoreApplication.translate("PrintTargets",
                                                                         "List")
    subtitle = filters or QCoreApplication.translate("PrintTargets", "No filter")
    if total > LIST_CAP:
        subtitle += " · " + QCoreApplication.translate(
            "PrintTargets", "the first %1 rows of %2 loaded").replace(
            "%1", str(LIST_CAP)).replace("%2", str(total))
    menu = QCoreApplication.translate("PrintTargets", "This list")
    return PrintTarget(menu, lambda r: r.list_table(name, subtitle, headers, rows,
                                                        entity_kind=entity_kind),
                       entity_kind)


def targets_of(screen: Any) -> list[PrintTarget]:
    """A screen's print_targets(), or none."""
    offer = getattr(screen, "print_targets", None)
    return list(offer()) if offer is not None else []
