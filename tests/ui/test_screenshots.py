"""A picture of every screen, in French and in English, for a person to look at.

Written to screenshots/<lang>/ at the root of the repository (git-ignored). The tests do
not compare pixels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.settings_dialog import SettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


# The offscreen platform says so when a dialog is shown; harmless.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshots_of_every_screen(qtbot, window, ctx, lang, wait_idle):
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 800)
    qtbot.waitUntil(lambda: window.signalements.list.site.count() > 1)
    shots = {}
    for key in ("today", "signalements", "conflicts", "welfare", "sites"):
        window.show_screen(key)
        if key == "sites":
            qtbot.waitUntil(lambda: window.sites.recent_model.total is not None)
            qtbot.waitUntil(lambda: window.sites.places_model.rowCount() > 0)
        wait_idle(ctx.worker)
        shots[key] = window.grab()
    window.new_signalement()
    form = window.signalements.form
    qtbot.waitUntil(lambda: form.site.count() > 1)
    form.description.setPlainText("Regroupement d'une dizaine de personnes dans le hall du "
                                  "bâtiment A, entre 22 h et minuit.")
    with qtbot.waitSignal(form.saveFailed, timeout=5000):
        form.save()
    shots["signalement-form-errors"] = window.grab()
    dialog = SettingsDialog(ctx.settings, ctx.lang, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shots["settings"] = dialog.grab()
    for name, pixmap in shots.items():
        path = folder / f"{name}.png"
        assert pixmap.save(str(path))
        assert path.stat().st_size > 5000
    form.autosave.stop()
    wait_idle(ctx.worker)
