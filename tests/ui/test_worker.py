"""The database worker: order, results and errors back on the GUI thread, busy indicator."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from app.ui.worker import BUSY_DELAY_MS


def test_jobs_run_in_order_off_the_gui_thread(qtbot, worker):
    seen, threads = [], []
    main = threading.get_ident()
    for i in range(5):
        worker.submit(lambda i=i: (threads.append(threading.get_ident()), i)[1], seen.append)
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [0, 1, 2, 3, 4]
    assert main not in threads


def test_errors_come_back_to_the_caller_or_as_unhandled(qtbot, worker):
    errors = []
    worker.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(worker.unhandledError) as blocker:
        worker.submit(lambda: [][1])
    assert isinstance(blocker.args[0], IndexError)


def test_callbacks_of_a_destroyed_owner_are_skipped(qtbot, worker):
    owner = QObject()
    called = []
    worker.submit(lambda: 1, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: worker.pending() == 0)
    # Either it ran before the delete or was skipped: never a crash on a dead object.
    assert called in ([], [1])


def test_busy_indicator_only_for_slow_jobs(qtbot, worker):
    states = []
    worker.busyChanged.connect(states.append)
    done = []
    worker.submit(lambda: 1, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert states == []
    with qtbot.waitSignals([worker.busyChanged, worker.idle], timeout=3000):
        # The slow job sleeps in the worker thread: the test itself waits on signals.
        worker.submit(lambda: time.sleep(BUSY_DELAY_MS * 1.5 / 1000))
    qtbot.waitUntil(lambda: states == [True, False])
