"""Typed settings with defaults, stored with QSettings, versioned like Picard's config.

Each field of `Settings` is one key. Reading converts to the field's type and falls back
to the default on a missing or broken value, so a damaged settings file never stops the
app. `UPGRADES` renames or converts keys of older versions, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 2
LANGUAGES = ("", "fr", "en")  # "" follows the system
SCREENS = ("today", "signalements", "conflicts", "welfare", "sites")


@dataclass
class Settings:
    language: str = ""
    larger_text: bool = False
    # Who is at the keyboard until sign-in arrives; shown in the status bar.
    user_name: str = ""
    # Role codes of app.domain.codes.Role; managers (officer, admin) may edit sites.
    role: str = "caretaker"
    autosave_seconds: int = 3
    # Background sync with the server, when one is signed in (app/ui/sync).
    sync_minutes: int = 5
    start_screen: str = "today"
    # Minutes without input before the window locks itself (app/ui/signin).
    lock_minutes: int = 5
    geometry: bytes = field(default=b"", repr=False)
    window_state: bytes = field(default=b"", repr=False)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            self.language = ""
        if self.start_screen not in SCREENS:
            self.start_screen = "today"
        if not 1 <= self.autosave_seconds <= 60:
            self.autosave_seconds = 3
        if not 1 <= self.lock_minutes <= 240:
            self.lock_minutes = 5
        if not 1 <= self.sync_minutes <= 120:
            self.sync_minutes = 5

    @property
    def is_manager(self) -> bool:
        return self.role in ("officer", "admin")


def _upgrade_to_1(qs: QSettings) -> None:
    """Version 0 had no version key: nothing to convert yet."""


def _upgrade_to_2(qs: QSettings) -> None:
    """The app opens on Today (issue 4). Nothing could choose the start screen before, so
    a stored "signalements" was the old default, not a choice."""
    if qs.value("start_screen") == "signalements":
        qs.setValue("start_screen", "today")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_to_1, 2: _upgrade_to_2}


def default_path() -> Path:
    """platformdirs' config folder: ~/.config/Palier/Palier.ini, %APPDATA%\\Palier\\Palier.ini.

    The same file QSettings' user-scope ini format used before, so no setting is lost;
    naming it here makes the place explicit, beside the other platformdirs folders.
    """
    return Path(platformdirs.user_config_dir("Palier", appauthor=False, roaming=True)) / "Palier.ini"


class SettingsStore:
    """Loads and saves `Settings`. Tests pass their own ini file."""

    def __init__(self, path: Path | None = None) -> None:
        self.qs = QSettings(str(path or default_path()), QSettings.Format.IniFormat)
        self._upgrade()

    @property
    def path(self) -> str:
        return self.qs.fileName()

    def _upgrade(self) -> None:
        found = _to_int(self.qs.value("settings_version"), 0)
        for version in sorted(UPGRADES):
            if found < version:
                UPGRADES[version](self.qs)
        if found != SETTINGS_VERSION:
            self.qs.setValue("settings_version", SETTINGS_VERSION)

    def load(self) -> Settings:
        values = {}
        defaults = Settings()
        for f in fields(Settings):
            raw = self.qs.value(f.name)
            default = getattr(defaults, f.name)
            values[f.name] = default if raw is None else _convert(raw, default)
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        for f in fields(Settings):
            value = getattr(settings, f.name)
            self.qs.setValue(f.name, QByteArray(value) if isinstance(value, bytes) else value)
        self.qs.sync()


def _to_int(raw, default: int) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError):
        return default


def _convert(raw, default):
    # QSettings ini files give strings back; QByteArray for binary values.
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        return str(raw).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        return _to_int(raw, default)
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return raw.data()
        return raw if isinstance(raw, bytes) else default
    return str(raw)
