"""Fixtures of the sync tests: a throwaway PostgreSQL for the session, server processes,
the administration of the shared server and desktops signed in to it."""

from __future__ import annotations

import pytest
from sync_env import Postgres, ServerProcess
from sync_helpers import Admin, Desk, unique


@pytest.fixture(scope="session")
def postgres():
    pg = Postgres()
    yield pg
    pg.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request, tmp_path_factory):
    """A database URL for the server: a SQLite file, or a fresh PostgreSQL database.

    Shared by the session (one server process per backend): each test makes its own
    organisations and users, so tests do not see each other's records.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture(scope="session")
def server(backend):
    proc = ServerProcess(backend)
    yield proc
    proc.kill()


@pytest.fixture(scope="module")
def admin(server):
    """`palier server org/user/share` on the shared server's database."""
    a = Admin(server.db_url)
    yield a
    a.close()


@pytest.fixture
def desk(tmp_path, server, migrated_template):
    """desk(login, **client_options): a desktop signed in to the shared server."""
    made = []

    def make(login: str, **options) -> Desk:
        d = Desk(tmp_path / unique("desk"), server.url, login, migrated_template, **options)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()
