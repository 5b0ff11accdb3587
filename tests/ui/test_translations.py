"""French first: the catalogue is complete, in step with the code, and every visible text
of every screen is translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit

from app.domain.privacy import PRIVACY_REMINDER_FR
from app.ui import i18n
from app.ui.main_window import SCREENS
from app.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def messages(lang: str):
    tree = ET.parse(i18n.ts_path(lang))
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for m in context.iter("message"):
            yield name, m.find("source").text or "", m.find("translation")


def french() -> dict[str, str]:
    return {src: (tr.text or "") for _c, src, tr in messages("fr")
            if tr.get("type") not in ("obsolete", "vanished")}


def test_french_catalogue_is_complete():
    unfinished = [(c, s) for c, s, tr in messages("fr")
                  if tr.get("type") not in ("obsolete", "vanished")
                  and (tr.get("type") == "unfinished" or not (tr.text or "").strip())]
    assert unfinished == []
    for _c, source, tr in messages("fr"):
        # Placeholders and mnemonics survive translation.
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", tr.text or ""))


def test_catalogues_are_in_step_with_the_code(tmp_path):
    """A string added in app/ui without running `make translations-update` fails here."""
    lupdate = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv/bin/pyside6-lupdate")
    copy = tmp_path / "palier_fr.ts"
    shutil.copy(i18n.ts_path("fr"), copy)
    sources = sorted(str(p) for p in (ROOT / "app/ui").rglob("*.py"))
    out = subprocess.run([str(lupdate), *sources, "-ts", str(copy)], capture_output=True,
                         text=True, check=True).stdout
    assert re.search(r"\(0 new and", out), out


def test_privacy_reminder_is_the_domain_text():
    fr = french()
    english = next(s for s in fr if s.startswith("Stay factual"))
    assert fr[english] == PRIVACY_REMINDER_FR


def visible_texts(root) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton),
              *root.findChildren(QGroupBox), *root.findChildren(QLineEdit),
              *root.findChildren(QComboBox)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        texts += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        for action in w.actions():
            texts.append(action.text())
    return [t for t in texts if t]


def model_texts(window) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models hide columnCount
            columns = 1
        for col in range(columns):
            texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
        for row in range(min(model.rowCount(QModelIndex()), 5)):
            for col in range(columns):
                texts.append(str(model.data(model.index(row, col)) or ""))
    return texts


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_no_english_left_on_any_screen(qtbot, window, ctx, wait_idle):
    untranslated = {s for s, t in french().items() if t != s}
    window.sites.start()
    qtbot.waitUntil(lambda: window.sites.model.rowCount() == 2)
    window.signalements.new_signalement()
    qtbot.waitUntil(lambda: window.signalements.form.site.count() > 1)
    dialog = SettingsDialog(ctx.settings, ctx.lang, window)
    qtbot.addWidget(dialog)
    found = []
    for key in SCREENS:  # each screen is built on its first visit
        window.show_screen(key)
        found += visible_texts(window)
    found += visible_texts(dialog) + model_texts(window)
    for menu_action in window.menuBar().actions():
        found.append(menu_action.text())
        found += [a.text() for a in menu_action.menu().actions()]
    left = sorted({t for t in found if t in untranslated})
    assert left == []
    wait_idle(ctx.worker)
