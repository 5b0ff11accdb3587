"""Form drafts: autosaved while a person types, offered back after a crash, deleted on save.

Stored in the workspace database (table form_drafts), never as loose files: a draft
holds free text about people. The payload is whatever JSON the form needs to restore
itself; this layer does not interpret it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import FormDraft, utcnow
from app.services.base import ServiceBase


@dataclass(frozen=True)
class DraftInfo:
    key: str
    kind: str
    payload: dict
    updated_at: datetime


class DraftService(ServiceBase):
    def save(self, key: str, kind: str, payload: dict) -> None:
        text = json.dumps(payload, ensure_ascii=False, default=str)
        now = utcnow()
        stmt = sqlite_insert(FormDraft).values(key=key, kind=kind, payload=text, updated_at=now)
        stmt = stmt.on_conflict_do_update(index_elements=[FormDraft.key],
                                          set_={"kind": kind, "payload": text, "updated_at": now})
        with self.write() as s:
            s.execute(stmt)

    def get(self, key: str) -> DraftInfo | None:
        with self.read() as s:
            d = s.get(FormDraft, key)
            return None if d is None else DraftInfo(d.key, d.kind, json.loads(d.payload),
                                                    d.updated_at)

    def list(self, kind: str | None = None) -> list[DraftInfo]:
        q = select(FormDraft).order_by(FormDraft.updated_at.desc())
        if kind:
            q = q.where(FormDraft.kind == kind)
        with self.read() as s:
            return [DraftInfo(d.key, d.kind, json.loads(d.payload), d.updated_at)
                    for d in s.scalars(q)]

    def delete(self, key: str) -> None:
        with self.write() as s:
            s.execute(delete(FormDraft).where(FormDraft.key == key))
