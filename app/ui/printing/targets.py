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


def targets_of(screen: Any) -> list[PrintTarget]:
    """A screen's print_targets(), or none."""
    offer = getattr(screen, "print_targets", None)
    return list(offer()) if offer is not None else []
