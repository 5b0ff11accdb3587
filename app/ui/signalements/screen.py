"""The Signalements screen: the list, the form, and the offer to resume an unsaved draft.

At start-up only the list is built and filled; the form is built the first time it is
opened, and everything that needs the services (drafts, the form) waits for them
through UiContext.when_ready.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.signalements import DRAFT_KIND
from app.ui.signalements.list_view import SignalementListView

if TYPE_CHECKING:
    from app.services.drafts import DraftInfo
    from app.ui.signalements.form import SignalementForm


class DraftBanner(QFrame):
    """'A signalement was not saved': resume or discard, without a modal box."""

    resume = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff4c2; border: 1px solid #c9a400; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setAccessibleName(self.tr("Resume the unsaved signalement"))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved signalement"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.hide()


class SignalementsScreen(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drafts: list[DraftInfo] = []
        self.banner = DraftBanner(self)
        self.list = SignalementListView(ctx, self)
        self._form: SignalementForm | None = None
        self._pending: Callable[[], None] | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.list.newRequested.connect(self.new_signalement)
        self.list.openRequested.connect(self.open_signalement)
        self.banner.resume.connect(self.resume_draft)
        self.banner.discard.connect(self.discard_draft)

    @property
    def form(self) -> SignalementForm:
        """The form, built the first time it is needed (it needs the services)."""
        if self._form is None:
            from app.ui.signalements.form import SignalementForm

            self._form = SignalementForm(self.ctx, self)
            self.stack.addWidget(self._form)
            self._form.saved.connect(self._saved)
            self._form.closed.connect(self.show_list)
        return self._form

    def form_built(self) -> bool:
        return self._form is not None

    def start(self) -> None:
        self.list.start()
        self.ctx.when_ready(self.check_drafts)

    def _when_ready(self, action: Callable[[], None]) -> None:
        """Run a person's action now, or once the services are open (a second at most
        after start-up); of several actions asked for meanwhile, the last one wins."""
        if self.ctx.ready:
            action()
            return
        if self._pending is None:
            self.ctx.when_ready(self._run_pending)
        self._pending = action

    def _run_pending(self) -> None:
        action, self._pending = self._pending, None
        if action is not None:
            action()

    def title(self) -> str:
        return self.tr("Signalements")

    def print_targets(self) -> list:
        """The open or selected signalement's referral sheet, then the list as shown and
        the activity report of the list's period and site (app.ui.printing)."""
        from app.ui.printing import targets

        out = []
        current = (self.form.editing_id if self.form_open() else None) or (
            None if self.form_open() else self.list.current_id())
        if current:
            out.append(targets.referral_sheet(current))
        if not self.form_open():
            f = self.list.current_filter()
            out.append(targets.this_list(self.list.table, self.list.model,
                                         targets.describe_filters(self.list),
                                         self.title(), "signalement"))
            out.append(targets.activity_report(f.date_from, f.date_to, [f.site_id]))
        return out

    # Drafts ----------------------------------------------------------------------------

    def check_drafts(self) -> None:
        drafts = self.ctx.drafts
        self.ctx.worker.submit(lambda: drafts.list(DRAFT_KIND), self._drafts_found, owner=self)

    def _drafts_found(self, drafts: list[DraftInfo]) -> None:
        self.drafts = drafts
        if not drafts or self.form_open():
            self.banner.hide()
            return
        when = drafts[0].updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = self.tr("A signalement you were writing was not saved (draft of %1). "
                       "Resume it?").replace("%1", when)
        if len(drafts) > 1:
            text += " " + self.tr("%1 other drafts are waiting.").replace("%1", str(len(drafts) - 1))
        self.banner.label.setText(text)
        self.banner.show()

    def resume_draft(self) -> None:
        if not self.drafts:  # only shown once the services are open
            return
        d = self.drafts.pop(0)
        self.banner.hide()
        editing = d.payload.get("editing_id")
        self.stack.setCurrentWidget(self.form)
        if editing:
            self.form.start_edit(editing, d.payload)
        else:
            self.form.start_new(d.payload)

    def discard_draft(self) -> None:
        if not self.drafts:
            return
        d = self.drafts.pop(0)
        drafts, attachments = self.ctx.drafts, self.ctx.attachments

        def job():
            drafts.delete(d.key)
            attachments.prune_unlinked()

        self.ctx.worker.submit(job, lambda _r: self.check_drafts(), owner=self)
        self.banner.hide()

    # Navigation ------------------------------------------------------------------------

    def form_open(self) -> bool:
        return self._form is not None and self.stack.currentWidget() is self._form

    def new_signalement(self) -> None:
        if not self.ctx.ready:
            self._when_ready(self.new_signalement)
            return
        if self.form_open():
            self.form.save_draft()
        new_draft = next((d for d in self.drafts if d.key == "signalement:new"), None)
        if new_draft is not None:
            # One new draft at a time: bring it back rather than start over it.
            self.drafts.remove(new_draft)
            self.banner.hide()
            self.stack.setCurrentWidget(self.form)
            self.form.start_new(new_draft.payload)
            return
        self.stack.setCurrentWidget(self.form)
        self.form.start_new()

    def open_signalement(self, signalement_id: str) -> None:
        if not self.ctx.ready:
            self._when_ready(lambda: self.open_signalement(signalement_id))
            return
        self.stack.setCurrentWidget(self.form)
        draft = next((d for d in self.drafts if d.key == f"signalement:{signalement_id}"), None)
        self.form.start_edit(signalement_id, draft.payload if draft else None)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.table.setFocus()
        self.check_drafts()

    def save(self) -> None:
        if self.form_open():
            self.form.save()

    def focus_search(self) -> None:
        if self.form_open():
            self.form.close_form()
        self.list.focus_search()

    def _saved(self, _sid: str, reference: str) -> None:
        self.statusMessage.emit(self.tr("Signalement %1 saved.").replace("%1", reference))
        self.stack.setCurrentWidget(self.list)
        self.list.model.reload()
        self.list.table.setFocus()
        self.check_drafts()

    def keep_drafts(self, sync: bool = False) -> None:
        """Window closing or app crashing: whatever is in the form goes to the database."""
        if self.form_open():
            self.form.save_draft(sync=sync)
