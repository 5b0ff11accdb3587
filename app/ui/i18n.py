"""Qt Linguist translations: sources in resources/*.ts, compiled to .qm with lrelease.

Source strings are English, French is the first language. The .qm files are build
output (not in git): `make translations` (or `python -m app.ui.i18n`) writes them into
app/ui/translations/, which is package data, so an installed Palier finds them there.
In a source checkout a missing or stale .qm is compiled at start with the lrelease that
PySide6-Essentials ships, so `palier` works straight after a pull. The frozen bundle
carries the compiled .qm (installer/palier.spec) and never compiles.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import resources
from app.domain import messages

LANGS = ("fr", "en")
QM_DIR = Path(__file__).with_name("translations")
TS_DIR = resources.path()


def ts_path(lang: str) -> Path:
    return TS_DIR / f"palier_{lang}.ts"


def lrelease() -> str | None:
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease not found: install PySide6-Essentials")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def build(target: Path = QM_DIR) -> list[Path]:
    """Compile every resources/palier_*.ts; returns the .qm written."""
    out = []
    for lang in LANGS:
        qm = target / f"palier_{lang}.qm"
        compile_ts(ts_path(lang), qm)
        out.append(qm)
    return out


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_path(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, compiling it first in a source checkout."""
    ts = ts_path(lang)
    packaged = QM_DIR / f"palier_{lang}.qm"
    if resources.is_frozen():  # the bundle carries its .qm and never writes beside itself
        return packaged if packaged.exists() else None
    if _fresh(packaged, ts):
        return packaged
    if not ts.exists():
        return packaged if packaged.exists() else None
    target = packaged if os.access(QM_DIR.parent, os.W_OK) else (
        Path(platformdirs.user_cache_dir("Palier", appauthor=False)) / packaged.name)
    if not _fresh(target, ts):
        try:
            compile_ts(ts, target)
        except (OSError, RuntimeError, subprocess.CalledProcessError):
            return packaged if packaged.exists() else None
    return target


def system_language() -> str:
    env = os.environ.get("PALIER_LANG", "")
    if env:
        return "en" if env.lower().startswith("en") else "fr"
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def resolve_language(cli: str | None, setting: str = "") -> str:
    """--lang first, then the settings, then the system locale; French by default."""
    for choice in (cli, setting):
        if choice in LANGS:
            return choice
    return system_language()


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Palier's catalogue and Qt's own (standard buttons) for `lang`."""
    messages.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                               QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom))
    loaded = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    path = qm_path(lang)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        loaded.append(ours)
    return loaded


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)


if __name__ == "__main__":
    for written in build():
        print(written)
