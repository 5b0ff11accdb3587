"""What every service shares: the workspace, the acting user, transactions and the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import false, insert, select
from sqlalchemy.orm import Session

from app.domain.audit_chain import next_entry
from app.domain.codes import AuditAction
from app.domain.ids import new_id
from app.domain.policy import Action, Kind, ListScope, Subject, Target, decide, list_scope
from app.models import AuditEntry, utcnow
from app.services.errors import PermissionDenied
from app.store import outbox
from app.store.timestamps import from_micros, to_micros
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
    # A signed-in actor is held to app.domain.policy with these sites (user_sites).
    # Until sign-in exists the CLI, the GUI and the sync tools act unsigned, as the system.
    site_ids: frozenset[str] = frozenset()
    signed_in: bool = False

    @property
    def subject(self) -> Subject:
        return Subject(self.role, self.org_id, self.site_ids, self.user_id)


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

    def authorise(self, action: Action, kind: Kind, org_id: str | None = None,
                  site_id: str | None = None, shared_with: frozenset[str] = frozenset()) -> None:
        """Raise PermissionDenied unless the actor may do `action` on this record."""
        if not self.actor.signed_in:
            return
        key = decide(self.actor.subject, action, Target(kind, org_id, site_id, shared_with))
        if key is not None:
            raise PermissionDenied(key)

    def list_scope(self, kind: Kind) -> ListScope | None:
        """What the actor's lists, counts and searches of `kind` may show; None: all."""
        return list_scope(self.actor.subject, kind) if self.actor.signed_in else None

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
        append_audit(session, action, entity_kind, entity_id, summary,
                     org_id=org_id or self.actor.org_id, user_id=self.actor.user_id)


def scope_conditions(scope: ListScope | None, org_column, site_column) -> list:
    """SQL conditions restricting a list to a ListScope (app.domain.policy)."""
    if scope is None:
        return []
    if scope.nothing or (scope.site_ids is not None and not scope.site_ids):
        return [false()]
    conds = []
    if scope.org_id is not None:
        conds.append(org_column == scope.org_id)
    if scope.site_ids is not None:
        conds.append(site_column.in_(sorted(scope.site_ids)))
    return conds


def append_audit(session: Session, action: AuditAction, entity_kind: str,
                 entity_id: str | None, summary: str = "", *, org_id: str | None = None,
                 user_id: str | None = None) -> None:
    """Add one entry at the end of the audit chain (app.domain.audit_chain).

    Writes run in IMMEDIATE transactions, so no other writer can append between reading
    the last entry and inserting this one.
    """
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    entry = next_entry(tuple(last) if last else None, new_id(), to_micros(utcnow()), org_id,
                       user_id, action.value, entity_kind, entity_id, summary)
    session.execute(insert(AuditEntry).values({**entry, "at": from_micros(entry["at"])}))
