"""Crash handling: a log in the user's log folder and a dialog, as Picard and Spyder do.

The dialog is switched off in tests (PALIER_NO_CRASH_DIALOG=1 or show_dialog=False):
a modal box would hang an unattended run. The previous run's crash is noticed at start
through a marker file that names its log.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import platformdirs

from app import __version__

MARKER = "last-crash.txt"


def log_dir() -> Path:
    env = os.environ.get("PALIER_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir("Palier", appauthor=False))


def _where(exc_type, exc, tb) -> str:
    """The frames and the exception types, chained causes included, without their
    messages: a message can quote what was typed (a name, a note), and logs sit in clear
    on disk. The frames (file, line, function, source line) say where it happened."""
    parts = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        te = traceback.TracebackException(type(exc), exc, exc.__traceback__ or tb)
        parts.append("".join(te.stack.format()) + f"{type(exc).__module__}."
                     f"{type(exc).__qualname__} (message left out)\n")
        exc = exc.__cause__ or exc.__context__
    if not parts:
        parts.append(f"{exc_type.__qualname__}\n")
    return "\nCaused by / during:\n".join(parts)


def write_crash_log(folder: Path, exc_type, exc, tb) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.log"
    text = _where(exc_type, exc, tb)
    path.write_text(
        f"Palier {__version__}\nPython {sys.version}\n{platform.platform()}\n"
        f"{datetime.now().isoformat()}\n\n{text}", encoding="utf-8")
    (folder / MARKER).write_text(str(path), encoding="utf-8")
    return path


def previous_crash(folder: Path) -> Path | None:
    """The log of a crash not yet acknowledged; acknowledging it removes the marker."""
    marker = folder / MARKER
    try:
        path = Path(marker.read_text(encoding="utf-8").strip())
    except OSError:
        return None
    return path


def acknowledge(folder: Path) -> None:
    (folder / MARKER).unlink(missing_ok=True)


class CrashHandler:
    """Installed as sys.excepthook and threading.excepthook."""

    def __init__(self, folder: Path | None = None, show_dialog: bool | None = None,
                 dialog: Callable[[Path, str], None] | None = None) -> None:
        self.folder = folder or log_dir()
        if show_dialog is None:
            show_dialog = os.environ.get("PALIER_NO_CRASH_DIALOG", "") not in ("1", "true")
        self.show_dialog = show_dialog
        self.dialog = dialog
        self.last_log: Path | None = None
        self._previous_hook = sys.excepthook
        # Called before the dialog: the main window saves its drafts there.
        self.before_dialog: list[Callable[[], None]] = []

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value,
                                                        args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = threading.__excepthook__

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        try:
            self.last_log = write_crash_log(self.folder, exc_type, exc, tb)
        except OSError:
            self.last_log = None
        traceback.print_exception(exc_type, exc, tb)
        for save in self.before_dialog:
            try:
                save()
            except Exception:  # saving drafts must not hide the first error
                traceback.print_exc()
        if self.show_dialog and self.dialog is not None:
            self.dialog(self.last_log or self.folder, f"{exc_type.__name__}: {exc}")
