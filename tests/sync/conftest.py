"""Fixtures of the sync tests: a throwaway PostgreSQL for the session, server processes."""

from __future__ import annotations

import pytest
from sync_env import Postgres, ServerProcess


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
