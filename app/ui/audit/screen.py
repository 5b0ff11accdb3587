"""The audit journal screen, for the roles that may read the trail (app.ui.audit.may_read):
the journal itself, and the records flagged for the security officer's review (that tab
for the roles that may review, app.ui.audit.may_review)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.audit import may_review
from app.ui.audit.journal import JournalView
from app.ui.audit.review import ReviewView
from app.ui.context import UiContext


class AuditScreen(QWidget):
    statusMessage = Signal(str)
    openRecord = Signal(str, str)  # a flagged record, opened by the main window

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Audit journal"))
        self.journal = JournalView(ctx, self.tabs)
        self.tabs.addTab(self.journal, self.tr("&Journal"))
        self.journal.statusMessage.connect(self.statusMessage)
        self.review: ReviewView | None = None
        if may_review(ctx.actor):
            self.review = ReviewView(ctx, self.tabs)
            self.tabs.addTab(self.review, self.tr("To &review"))
            self.review.statusMessage.connect(self.statusMessage)
            self.review.openRecord.connect(self.openRecord)
            self.review.countChanged.connect(self._review_counted)
            # A review is written to the trail: the journal shows it.
            self.review.reviewed.connect(lambda _ref: self.journal.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._seen = False

    def start(self) -> None:
        self.journal.start()
        if self.review is not None:
            self.review.start()

    def showEvent(self, event: QShowEvent) -> None:
        # Back on the screen: the trail and the queue have changed meanwhile (every save
        # writes to them). The first showing follows start(), which has loaded them.
        if self._seen and not event.spontaneous():
            self.journal.refresh()
            if self.review is not None:
                self.review.start()
        self._seen = True
        super().showEvent(event)

    def _review_counted(self, n: int) -> None:
        index = self.tabs.indexOf(self.review)
        self.tabs.setTabText(index, self.tr("To &review (%1)").replace("%1", str(n)) if n
                             else self.tr("To &review"))

    def focus_search(self) -> None:
        self.journal.focus_search()
