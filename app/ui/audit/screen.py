"""The audit journal screen, for the roles that may read the trail (app.ui.audit.may_read):
the journal itself, and the records flagged for the security officer's review."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.audit.journal import JournalView
from app.ui.context import UiContext


class AuditScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Audit journal"))
        self.journal = JournalView(ctx, self.tabs)
        self.tabs.addTab(self.journal, self.tr("&Journal"))
        self.journal.statusMessage.connect(self.statusMessage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._seen = False

    def start(self) -> None:
        self.journal.start()

    def showEvent(self, event: QShowEvent) -> None:
        # Back on the screen: the trail has grown meanwhile (every save writes to it).
        # The first showing follows start(), which has loaded it already.
        if self._seen and not event.spontaneous():
            self.journal.start()
        self._seen = True
        super().showEvent(event)

    def focus_search(self) -> None:
        self.journal.focus_search()
