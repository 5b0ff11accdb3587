"""Autosaving what a person types into a form, as the signalement form does: every change
restarts a timer; the draft goes to the workspace (DraftService) on the worker; closing
the form or the window saves it at once, and the crash handler asks for a last save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.context import UiContext


class DraftKeeper(QObject):
    saved = Signal(str)  # "kept at HH:MM:SS"

    def __init__(self, ctx: UiContext, kind: str, state: Callable[[], dict],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.state = ctx, kind, state
        self.key = f"{kind}:new"
        self.dirty = False
        self._quiet = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ctx.settings.autosave_seconds * 1000)
        self.timer.timeout.connect(self.save)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Filling the form from a record or a draft is not typing."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def changed(self, *_args) -> None:
        if self._quiet:
            return
        self.dirty = True
        self.timer.setInterval(self.ctx.settings.autosave_seconds * 1000)
        self.timer.start()

    def save(self, sync: bool = False) -> None:
        self.timer.stop()
        if not self.dirty or not self.ctx.ready:
            return
        key, kind, payload, drafts = self.key, self.kind, self.state(), self.ctx.drafts
        if sync:
            drafts.save(key, kind, payload)
            self._saved()
            return
        self.ctx.worker.submit(lambda: drafts.save(key, kind, payload), self._saved,
                               owner=self)

    def _saved(self, _result=None) -> None:
        self.saved.emit(self.tr("Draft kept at %1").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))

    def find(self, done: Callable[[dict | None], None]) -> None:
        """The draft under `key`, if any, to `done` on the GUI thread."""
        key, drafts = self.key, self.ctx.drafts
        self.ctx.worker.submit(lambda: drafts.get(key), lambda d: done(
            d.payload if d is not None else None), owner=self)

    def forget(self) -> None:
        """Saved for real, or discarded: the draft goes."""
        self.timer.stop()
        self.dirty = False
        key, drafts = self.key, self.ctx.drafts
        self.ctx.worker.submit(lambda: drafts.delete(key), owner=self)
