"""Guard against a Qt binding that loses references to None/True (PySide6 6.12.0 did,
on every void call and Signal.emit): under Python 3.11 the app then aborts after a while."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal(int)


def test_void_calls_and_emit_keep_reference_counts(qapp):
    label, emitter = QLabel(), _Emitter()
    emitter.ping.connect(lambda _n: None)
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        emitter.ping.emit(1)
    # A few references may come and go elsewhere; 200 lost ones would not.
    assert sys.getrefcount(None) - none > -50
    assert sys.getrefcount(True) - true > -50
