"""What every screen needs, handed to it explicitly (no global application object).

At start-up the context exists before the workspace is fully open: the signalement
lists read through `list_reader` (app.services.signalement_list on a plain sqlite3
connection, app.store.quick) while SQLAlchemy, the models and the services load on the
worker thread. Until `attach` has run, the services below do not exist yet; a screen
that needs one asks through `when_ready(fn)`, which runs fn at once when they are
attached already. This module imports no service at module level: importing it must
not import SQLAlchemy (tests/ui/test_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui.settings import Settings, SettingsStore
from app.ui.worker import DbWorker

if TYPE_CHECKING:
    from app.services.attachments import AttachmentService
    from app.services.base import Actor
    from app.services.drafts import DraftService
    from app.services.places import PlaceService
    from app.services.signalements import SignalementService
    from app.store.workspace import Workspace
    from app.ui.signalements.list_model import ListReader


def open_services(workspace: Workspace, actor: Actor | None = None) -> dict[str, Any]:
    """The services of the screens, by attribute name. Imports SQLAlchemy: the desktop
    app calls it on the worker thread, so that the window never waits for that import."""
    from app.services.attachments import AttachmentService
    from app.services.base import SYSTEM
    from app.services.drafts import DraftService
    from app.services.places import PlaceService
    from app.services.signalements import SignalementService

    a = actor or SYSTEM
    return {
        "actor": a,
        "signalements": SignalementService(workspace, a),
        "places": PlaceService(workspace, a),
        "drafts": DraftService(workspace, a),
        "attachments": AttachmentService(workspace, a),
    }


@dataclass
class UiContext:
    # None until the full workspace is attached (see the module's docstring).
    workspace: Workspace | None
    worker: DbWorker
    settings: Settings
    store: SettingsStore | None = None
    lang: str = "fr"
    actor: Actor | None = None
    user_label: str = ""
    services: dict = field(default_factory=dict)
    data_dir: Path | None = None
    # What the signalement lists read through, on the worker thread only: a
    # SignalementList or the SignalementService (the same three methods).
    list_reader: ListReader | None = None
    # The signalement list's first page (default filter and order), read at start-up
    # with the workspace's opening; taken by the list when it starts.
    first_page: list | None = None

    # Set by attach().
    signalements: SignalementService = field(init=False, repr=False)
    places: PlaceService = field(init=False, repr=False)
    drafts: DraftService = field(init=False, repr=False)
    attachments: AttachmentService = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._waiting: list[Callable[[], None]] = []
        self._ready = False
        if self.workspace is not None:
            self.attach(self.workspace, open_services(self.workspace, self.actor))

    @property
    def ready(self) -> bool:
        """True once the workspace and its services are attached."""
        return self._ready

    def attach(self, workspace: Workspace, services: dict[str, Any]) -> None:
        """Hand the opened workspace and its services (open_services) to the screens;
        on the GUI thread. Runs what was waiting for them, in order."""
        self.workspace = workspace
        self.data_dir = workspace.data_dir
        for name, service in services.items():
            setattr(self, name, service)
        if self.list_reader is None:
            self.list_reader = self.signalements
        self._ready = True
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()

    def when_ready(self, fn: Callable[[], None]) -> None:
        """Run fn (on the GUI thread) once the services are attached: now if they are."""
        if self._ready:
            fn()
        else:
            self._waiting.append(fn)

    def save_settings(self) -> None:
        if self.store is not None:
            self.store.save(self.settings)
