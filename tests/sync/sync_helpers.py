"""Test helpers: server administration on the database, and desktops that sync."""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.server import auth, core
from app.server import db as sdb
from app.services.base import Actor
from app.services.places import PlaceService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import WORKSPACE_FILE, Workspace
from app.sync.client import Backoff, SyncClient

PASSWORD = "correct horse battery"
T0 = datetime(2025, 5, 12, 21, 30, tzinfo=UTC)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class Admin:
    """What `palier server org/user/share` do, straight on the server's database."""

    def __init__(self, url: str) -> None:
        self.engine = sdb.make_engine(url)
        sdb.init_db(self.engine)

    def org(self, kind: str = "landlord", name: str | None = None) -> str:
        with self.engine.begin() as conn:
            return core.add_org(conn, name or unique("Org"), kind)

    def user(self, org: str, role: str, sites: list[str] = (), login: str | None = None) -> str:
        login = login or unique(role)
        with self.engine.begin() as conn:
            core.add_user(conn, login, org, role, list(sites), auth.hash_password(PASSWORD))
        return login

    def set_sites(self, login: str, sites: list[str]) -> None:
        with self.engine.begin() as conn:
            core.set_sites(conn, login, sites)

    def share(self, root_id: str, org: str, revoke: bool = False) -> None:
        with self.engine.begin() as conn:
            entity, rid, _ = core.find_root(conn, root_id)
            core.share(conn, entity, rid, org, revoke=revoke)

    def disable(self, login: str) -> None:
        with self.engine.begin() as conn:
            core.disable_user(conn, login)

    def purge(self, older_than: int) -> int:
        with self.engine.begin() as conn:
            return core.purge(conn, older_than)

    def records(self, entity: str) -> dict[str, dict]:
        with self.engine.connect() as conn:
            r = sdb.records.c
            return {i: json.loads(d) for i, d in conn.execute(
                select(r.id, r.data).where(r.entity == entity))}

    def count(self, table) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar()

    def close(self) -> None:
        self.engine.dispose()


class Desk:
    """One desktop: its own workspace, signed in to the server as one user."""

    def __init__(self, folder: Path, server_url: str, login: str, template: Path | None = None,
                 initial_sync: bool = True, **client_options) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if template is not None:
            shutil.copyfile(template, folder / WORKSPACE_FILE)
        self.folder = folder
        self.ws = Workspace.open(folder)
        client_options.setdefault("backoff", Backoff(base=0.02, cap=0.2, attempts=4))
        self.client = SyncClient(self.ws, **client_options)
        self.user = self.client.sign_in(server_url, login, PASSWORD)
        self.actor = Actor(user_id=self.user["id"], org_id=self.user["org_id"],
                           role=self.user["role"])
        self.places = PlaceService(self.ws, self.actor)
        self.sigs = SignalementService(self.ws, self.actor)
        if initial_sync:  # the first sync brings the organisation and its directory
            self.sync()

    def sync(self):
        return self.client.sync()

    def site(self, code: str | None = None) -> str:
        return self.places.create_site(code or unique("S"), "Résidence des Tilleuls",
                                       self.user["org_id"])

    def signalement(self, site: str, **values) -> str:
        fields = {"category": "squat", "site_id": site, "facts_start": T0,
                  "description": "Squat constaté dans la cave.", **values}
        return self.sigs.create(SignalementDraft(**fields))

    def edit(self, sig_id: str, **changes) -> int:
        d = self.sigs.get(sig_id)
        return self.sigs.update(sig_id, d.version, dataclasses.replace(d.draft, **changes))

    def delete(self, sig_id: str) -> None:
        self.sigs.delete(sig_id, self.sigs.get(sig_id).version)

    def rows(self, table: str, where: str = "1") -> list[tuple]:
        with self.ws.engine.connect() as conn:
            return conn.exec_driver_sql(f"SELECT * FROM {table} WHERE {where}").all()

    def ids(self, table: str, live: bool = True) -> set[str]:
        cond = "deleted_at IS NULL" if live else "1"
        with self.ws.engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE {cond}")}

    def value(self, table: str, rid: str, column: str):
        with self.ws.engine.connect() as conn:
            return conn.exec_driver_sql(f"SELECT {column} FROM {table} WHERE id = ?",
                                        (rid,)).scalar()

    def outbox_size(self) -> int:
        return self.client.pending_count()

    def close(self) -> None:
        self.client.close()
        self.ws.close()
