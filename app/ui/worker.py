"""One database worker thread, as Anki's taskman: jobs run one at a time, in order.

SQLite serialises writers anyway; one thread keeps the order of a person's actions
(save, then reload the list) without locks. Results come back to the GUI thread through
a queued signal, and the callbacks run there. A job still running after BUSY_DELAY_MS
turns the busy indicator on.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from shiboken6 import isValid

BUSY_DELAY_MS = 200


class _Runner(QObject):
    """Lives in the worker thread; runs what it is handed."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed to the caller, never lost in the thread
            self.failed.emit(job_id, exc, traceback.format_exc())
        else:
            self.finished.emit(job_id, result)


class DbWorker(QObject):
    """Submit callables from the GUI thread; get on_done(result) or on_error(exc) back there."""

    busyChanged = Signal(bool)
    # Errors that no caller handled: the main window shows them.
    unhandledError = Signal(object, str)
    idle = Signal()
    _request = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("palier-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._jobs: dict[int, tuple] = {}
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               owner: QObject | None = None) -> int:
        """Queue `fn`; callbacks are skipped if `owner` was destroyed meanwhile."""
        job_id = next(self._ids)
        self._jobs[job_id] = (on_done, on_error, owner)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._request.emit(job_id, fn)
        return job_id

    def pending(self) -> int:
        return len(self._jobs)

    def is_busy(self) -> bool:
        return self._busy

    def stop(self) -> None:
        """Finish the jobs already queued (a draft saved on close), then end the thread."""
        if self._thread.isRunning():
            # Queued behind the other jobs: quit() alone could drop pending ones.
            self._request.emit(0, lambda: QThread.currentThread().quit())
            self._thread.wait()

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        on_done, _on_error, owner = self._jobs.pop(job_id, (None, None, None))
        try:
            if on_done is not None and (owner is None or isValid(owner)):
                on_done(result)
        finally:
            self._settle()

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, exc: BaseException, trace: str) -> None:
        _on_done, on_error, owner = self._jobs.pop(job_id, (None, None, None))
        try:
            if owner is not None and not isValid(owner):
                return
            if on_error is not None:
                on_error(exc)
            else:
                self.unhandledError.emit(exc, trace)
        finally:
            self._settle()

    def _settle(self) -> None:
        if self._jobs:
            return
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            self.busyChanged.emit(False)
        self.idle.emit()

    def _show_busy(self) -> None:
        if self._jobs and not self._busy:
            self._busy = True
            self.busyChanged.emit(True)
