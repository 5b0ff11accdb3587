"""What every screen needs, handed to it explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.attachments import AttachmentService
from app.services.base import SYSTEM, Actor
from app.services.drafts import DraftService
from app.services.places import PlaceService
from app.services.signalements import SignalementService
from app.store.workspace import Workspace
from app.ui.settings import Settings, SettingsStore
from app.ui.worker import DbWorker


@dataclass
class UiContext:
    workspace: Workspace
    worker: DbWorker
    settings: Settings
    store: SettingsStore | None = None
    lang: str = "fr"
    actor: Actor = SYSTEM
    user_label: str = ""
    services: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        ws, a = self.workspace, self.actor
        self.signalements = SignalementService(ws, a)
        self.places = PlaceService(ws, a)
        self.drafts = DraftService(ws, a)
        self.attachments = AttachmentService(ws, a)

    def save_settings(self) -> None:
        if self.store is not None:
            self.store.save(self.settings)
