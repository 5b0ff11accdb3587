"""The 'To review' tab: records saved with sensitive-looking words (app.services.review),
oldest first, for the security officer to open, correct if need be, and mark reviewed.
Pages come from the worker by offset (the queue is short and only shrinks from the top)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.base import SYSTEM
from app.services.review import ReviewService
from app.ui.audit.model import kind_labels
from app.ui.common.list_view import list_table, set_column_chars
from app.ui.context import UiContext
from app.ui.paged_model import PagedTableModel
from app.ui.widgets import FieldError

# The free-text fields the services flag, as lupdate must see them.
FIELDS = {
    "description": QT_TRANSLATE_NOOP("ReviewFields", "Description"),
    "persons_description": QT_TRANSLATE_NOOP("ReviewFields", "Persons involved"),
    "witnesses": QT_TRANSLATE_NOOP("ReviewFields", "Witnesses"),
    "harm_people": QT_TRANSLATE_NOOP("ReviewFields", "Harm to people"),
    "harm_property": QT_TRANSLATE_NOOP("ReviewFields", "Harm to property"),
    "actions_notes": QT_TRANSLATE_NOOP("ReviewFields", "Action taken"),
    "referral_notes": QT_TRANSLATE_NOOP("ReviewFields", "Referral notes"),
    "summary": QT_TRANSLATE_NOOP("ReviewFields", "Summary"),
    "step_outcome": QT_TRANSLATE_NOOP("ReviewFields", "Step outcome"),
    "override_reason": QT_TRANSLATE_NOOP("ReviewFields", "Reason for the override"),
    "participants": QT_TRANSLATE_NOOP("ReviewFields", "Participants"),
    "agreement": QT_TRANSLATE_NOOP("ReviewFields", "Agreement"),
    "home_care": QT_TRANSLATE_NOOP("ReviewFields", "Home care"),
    "check_notes": QT_TRANSLATE_NOOP("ReviewFields", "Check notes"),
    "follow_up_to": QT_TRANSLATE_NOOP("ReviewFields", "Passed on to"),
    "alert_note": QT_TRANSLATE_NOOP("ReviewFields", "Alert note"),
}
# What the main window opens for each flagged kind (MainWindow.open_record).
OPEN_KINDS = {"signalement": "signalement", "conflict_case": "case",
              "welfare_entry": "welfare"}


def review_service(ctx: UiContext) -> ReviewService:
    return ReviewService(ctx.workspace, ctx.actor or SYSTEM)


class PendingReader:
    """ReviewService as the paged model reads it: pages by offset, a count."""

    def __init__(self, service: ReviewService) -> None:
        self.service = service

    def pending(self, limit: int, offset: int) -> list:
        return self.service.pending(limit, offset)

    def count(self, _flt) -> int:
        return self.service.count_pending()


class ReviewModel(PagedTableModel):
    COLUMNS = (
        ("flagged_at", None),
        ("kind", None),
        ("reference", None),
        ("words", None),
        ("fields", None),
        ("flagged_by", None),
    )

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(lambda: PendingReader(review_service(ctx)), ctx.worker, None,
                         "flagged_at", False, parent=parent)
        self.lang = ctx.lang
        self.kinds = kind_labels()
        self._titles = {
            "flagged_at": self.tr("Flagged on"), "kind": self.tr("Record"),
            "reference": self.tr("Reference"), "words": self.tr("Words found"),
            "fields": self.tr("In the fields"), "flagged_by": self.tr("Saved by"),
        }

    def titles(self) -> dict[str, str]:
        return self._titles

    def _fetch(self) -> None:
        # Offset pages: the review queue has no stable key to page on.
        self._loading = True
        gen, size, offset, reader = self.generation, self.page_size, len(self.rows), self.reader
        self.worker.submit(lambda: reader().pending(size, offset),
                           lambda rows: self._on_page(gen, rows),
                           lambda exc: self._on_error(gen, exc), owner=self)

    def display(self, row, name: str) -> str:
        if name == "flagged_at":
            fmt = "%Y-%m-%d %H:%M" if self.lang == "en" else "%d/%m/%Y %H:%M"
            return row.flagged_at.astimezone().strftime(fmt)
        if name == "kind":
            return self.kinds.get(row.kind, row.kind)
        if name == "words":
            return ", ".join(row.words)
        if name == "fields":
            return ", ".join(QCoreApplication.translate("ReviewFields", FIELDS[f])
                             if f in FIELDS else f for f in row.fields)
        if name == "flagged_by":
            return row.flagged_by or self.tr("System")
        return super().display(row, name)


class ReviewView(QWidget):
    openRecord = Signal(str, str)  # as MainWindow.open_record takes it
    countChanged = Signal(int)
    statusMessage = Signal(str)
    reviewed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ReviewModel(ctx, self)
        self.intro = QLabel(self.tr(
            "Records saved with words that look like sensitive data (health, religion, "
            "origin, insults, judgements). Open each one, correct the text if needed, then "
            "mark it reviewed."), self)
        self.intro.setWordWrap(True)
        self.table = list_table(self, self.model, self.tr("Records to review"))
        set_column_chars(self.table, enumerate((17, 22, 28, 26, 30)), self)
        self.open_button = QPushButton(self.tr("&Open the record"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected record"))
        self.done_button = QPushButton(self.tr("&Mark reviewed"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected record reviewed"))
        self.error = FieldError(self)
        self.footer = QLabel(self)
        self.footer.setAccessibleName(self.tr("Counts"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_current)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)
        self.model.countChanged.connect(self._counted)
        self.model.loadFailed.connect(self.error.show_message)
        self._enable()

    def start(self) -> None:
        self.error.show_message("")
        self.model.reload()

    def current(self):
        return self.model.row_at(self.table.currentIndex().row())

    def _enable(self, *_args) -> None:
        chosen = self.current() is not None
        self.open_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)

    def _counted(self, n: int) -> None:
        if n < 0:
            self.footer.setText(self.tr("Counting…"))
            return
        self.footer.setText(self.tr("%1 records to review").replace("%1", str(n))
                            if n else self.tr("Nothing to review."))
        self.countChanged.emit(n)

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            self.openRecord.emit(OPEN_KINDS.get(row.kind, row.kind), row.id)

    def mark_current(self) -> None:
        row = self.current()
        if row is None:
            return
        ctx, kind, record_id, reference = self.ctx, row.kind, row.id, row.reference
        self.done_button.setEnabled(False)
        self.ctx.worker.submit(lambda: review_service(ctx).mark_reviewed(kind, record_id),
                               lambda _r: self._marked(reference),
                               self._mark_failed, owner=self)

    def _marked(self, reference: str) -> None:
        self.error.show_message("")
        self.statusMessage.emit(self.tr("%1 marked reviewed.").replace("%1", reference))
        self.reviewed.emit(reference)
        self.model.reload()

    def _mark_failed(self, exc: BaseException) -> None:
        self._enable()
        self.error.show_message(str(exc))
