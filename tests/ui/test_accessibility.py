"""Readable by everyone: names for screen readers, keyboard reach, larger text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

from app.ui.main_window import LARGER_TEXT, MainWindow, apply_text_size
from app.ui.settings_dialog import SettingsDialog


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.window() is not root.window():
            continue  # popups (combo lists, calendars) are their own windows
        parent = w.parentWidget()
        # Inner editors of spin boxes and combos are named by their owner.
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or isinstance(w, QScrollArea):
            continue
        if w.inherits("QCalendarWidget") or (parent and parent.inherits("QCalendarWidget")):
            continue
        name = w.accessibleName() or getattr(w, "text", lambda: "")()
        if not name.replace("&", "").strip():
            missing.append(f"{type(w).__name__} {w.objectName()} in {type(parent).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, window, ctx, wait_idle):
    window.signalements.new_signalement()
    qtbot.waitUntil(lambda: window.signalements.form.site.count() > 1)
    assert unnamed_controls(window) == []
    dialog = SettingsDialog(ctx.settings, ctx.lang, window)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    wait_idle(ctx.worker)


# The offscreen platform says so when the preview is shown; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_screen_has_a_keyboard_shortcut(qtbot, window, wait_idle):
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+S", "Ctrl+P", "Ctrl+1", "Ctrl+5"} <= shortcuts
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "sites"
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().currentMessage()  # printing: announced, not silent
    shown.args[0].reject()  # the sites, as listed
    wait_idle(window.ctx.worker)


def test_larger_text_setting(qapp):
    base = qapp.font().pointSizeF()
    try:
        apply_text_size(qapp, base, True)
        assert qapp.font().pointSizeF() == base * LARGER_TEXT
    finally:
        apply_text_size(qapp, base, False)
    assert qapp.font().pointSizeF() == base


def test_geometry_is_restored(qtbot, ctx, wait_idle):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.move(40, 30)
    first.resize(first.minimumWidth() + 10, first.minimumHeight() + 10)
    size = (first.width(), first.height())
    first.close()
    assert ctx.settings.geometry
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    # The offscreen screen is 800 px wide: only the height escapes clamping.
    assert again.height() == size[1]
    wait_idle(ctx.worker)
