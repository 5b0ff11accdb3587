"""Where Palier's read-only files are: the one place that knows about the frozen bundle.

In a checkout (or an editable install) they are in resources/ at the repository root.
In the PyInstaller bundle (installer/palier.spec) they are in resources/ inside the
bundle's data folder, sys._MEIPASS. Nothing here is ever written to: a frozen Palier
writes only to platformdirs' folders (data, settings, logs), never beside its executable.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder that holds resources/ (and, frozen, the app package's data files)."""
    if is_frozen():
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parents[1]


def path(*parts: str) -> Path:
    """resources/<parts>: path("fonts"), path("icon", "palier.svg")."""
    return root().joinpath("resources", *parts)

