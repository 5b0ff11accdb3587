"""`palier server ...` and `palier sync` as a person runs them, on both backends."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sync_env import ROOT
from sync_helpers import PASSWORD, unique
from workspace_access import open_signed_in

from app.services.base import Actor
from app.services.places import PlaceService
from app.store.keyfile import KEY_FILE
from app.store.workspace import WORKSPACE_FILE


@pytest.fixture
def palier(capsys, monkeypatch):
    """Run `palier ARGS` in this process (the commands are the same; no interpreter start)."""
    monkeypatch.delenv("PALIER_USER", raising=False)
    monkeypatch.delenv("PALIER_PASSWORD", raising=False)

    def run(*args: str, stdin: str | None = None, env: dict | None = None, data_dir=None):
        import io

        from app.cli import main

        prefix = ["--lang", "en"] + (["--data-dir", str(data_dir)] if data_dir else [])
        with monkeypatch.context() as m:
            for k, v in (env or {}).items():
                m.setenv(k, v)
            m.setattr("sys.stdin", io.StringIO(stdin or ""))
            try:
                code = main([*prefix, *args])
            except SystemExit as exc:  # argparse
                code = exc.code
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    return run


def test_admin_commands_and_palier_sync(server, tmp_path, palier):
    db = server.db_url
    org = unique("Habitat")
    done = palier("server", "org", "add", org, "--kind", "landlord", "--db", db)
    assert done.returncode == 0 and f"Organisation '{org}' created" in done.stdout, done.stderr
    again = palier("server", "--db", db, "org", "add", org, "--kind", "landlord")
    assert again.returncode == 1 and "already exists" in again.stderr
    login = unique("officer")
    done = palier("server", "user", "add", login, "--org", org, "--role", "officer",
                  "--password-stdin", "--db", db, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    short = palier("server", "user", "add", unique("x"), "--org", org, "--role", "officer",
                   "--password-stdin", "--db", db, stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    no_org = palier("server", "user", "add", unique("x"), "--org", "Nowhere", "--role",
                    "admin", "--password-stdin", "--db", db, stdin=PASSWORD + "\n")
    assert no_org.returncode == 1 and "Unknown organisation" in no_org.stderr
    bad_site = palier("server", "user", "add", unique("x"), "--org", org, "--role",
                      "caretaker", "--sites", "NOPE", "--password-stdin", "--db", db,
                      stdin=PASSWORD + "\n")
    assert bad_site.returncode == 1 and "NOPE" in bad_site.stderr
    usage = palier("server", "user", "add", "x", "--org", org, "--role", "emperor")
    assert usage.returncode == 2
    # And once as its own process, as a person types it.
    own = subprocess.run([sys.executable, "-m", "app", "--lang", "en", "server", "--db", db,
                          "org", "add", unique("Ville"), "--kind", "town"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert own.returncode == 0 and "created" in own.stdout, own.stderr

    # palier sync: credentials from the environment, the server remembered afterwards.
    ws_dir = tmp_path / "ws"
    env = {"PALIER_USER": login, "PALIER_PASSWORD": PASSWORD}
    no_server = palier("sync", data_dir=ws_dir, env=env)
    assert no_server.returncode == 1 and "--server" in no_server.stderr
    wrong = palier("sync", "--server", server.url, data_dir=ws_dir,
                   env={**env, "PALIER_PASSWORD": "not-the-password"})
    assert wrong.returncode == 1
    # The server refused: the workspace this first sign-in set up is not kept.
    assert not (ws_dir / WORKSPACE_FILE).exists() and not (ws_dir / KEY_FILE).exists()
    first = palier("sync", "--server", server.url, data_dir=ws_dir, env=env)
    assert first.returncode == 0, first.stderr
    assert "Received:" in first.stdout and "Sent: 0" in first.stdout
    # The first sign-in to the server created the local account, encrypted.
    assert (ws_dir / WORKSPACE_FILE).read_bytes()[:16] != b"SQLite format 3\x00"
    with open_signed_in(ws_dir, login, PASSWORD) as ws:
        from app.sync.client import SyncClient

        client = SyncClient(ws)
        user = {"id": client.state("user_id"), "org": client.state("org_id")}
        client.close()
        site = PlaceService(ws, Actor(user_id=user["id"], org_id=user["org"])).create_site(
            unique("S"), "Les Érables", user["org"])
    # The kept token: the server asks for no password (the local sign-in still does).
    second = palier("sync", data_dir=ws_dir, env=env)
    assert second.returncode == 0 and "Sent: 1" in second.stdout, second.stderr

    # Sharing by id, then a refused share.
    team = unique("Médiation")
    palier("server", "org", "add", team, "--kind", "mediation", "--db", db)
    missing = palier("server", "share", site, "--with", team, "--db", db)
    assert missing.returncode == 1  # a site is not a case or a signalement

    # A disabled account: its token stops working, the sync fails with exit 1.
    done = palier("server", "user", "disable", login, "--db", db)
    assert done.returncode == 0, done.stderr
    # (The token is refused; signing in again with the password is refused too.)
    refused = palier("sync", data_dir=ws_dir, env={"PALIER_USER": login,
                                                    "PALIER_PASSWORD": PASSWORD})
    assert refused.returncode == 1 and "Login or password refused" in refused.stderr
