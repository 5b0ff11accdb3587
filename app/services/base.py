"""What every service shares: the workspace, the acting user, transactions and the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction
from app.domain.ids import new_id
from app.models import AuditEntry, utcnow
from app.store import outbox
from app.store.workspace import Workspace


@dataclass(frozen=True)
class Actor:
    """Who is acting. `user_id` is None for the command line acting as the system.

    `role` (app.domain.codes.Role) when the caller knows it; otherwise the services read
    the user's role, and the system acts as an administrator.
    """

    user_id: str | None = None
    org_id: str | None = None
    role: str | None = None


SYSTEM = Actor()


class ServiceBase:
    def __init__(self, workspace: Workspace, actor: Actor = SYSTEM) -> None:
        self.ws = workspace
        self.actor = actor

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write, one transaction: committed whole or not at all.

        Every record it creates, edits or deletes gets its sync outbox row in this same
        transaction (app/store/outbox.py).
        """
        with self.ws.session() as session, session.begin():
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            outbox.track(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.ws.session() as session:
            yield session

    def audit(
        self,
        session: Session,
        action: AuditAction,
        entity_kind: str,
        entity_id: str | None,
        summary: str = "",
        org_id: str | None = None,
    ) -> None:
        session.execute(
            insert(AuditEntry).values(
                id=new_id(),
                at=utcnow(),
                org_id=org_id or self.actor.org_id,
                user_id=self.actor.user_id,
                action=action.value,
                entity_kind=entity_kind,
                entity_id=entity_id,
                summary=summary,
            )
        )

    def stamp(self, values: dict, *, creating: bool) -> dict:
        """Fill the audit columns of the mixin for a Core insert or update."""
        now = utcnow()
        values["updated_at"] = now
        values["updated_by"] = self.actor.user_id
        if creating:
            values.setdefault("id", new_id())
            values["created_at"] = now
            values["created_by"] = self.actor.user_id
            values["version"] = 1
        return values
