"""Shared fixtures: real workspaces in temporary folders, never a mocked database."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Qt tests need this before Qt is imported anywhere in the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PALIER_LANG", "fr")
# The account every `palier` subprocess signs in with (app.cli_signin): a command run on
# a new folder sets an encrypted workspace up with it, as `palier demo` does.
os.environ.setdefault("PALIER_USER", "admin")
os.environ.setdefault("PALIER_PASSWORD", "palier-demo")

import pytest

# tests/workspace_access.py and friends, importable from every test folder.
sys.path.insert(0, str(Path(__file__).parent))

from app.domain.messages import set_language
from app.services.places import PlaceService
from app.store.workspace import WORKSPACE_FILE, Workspace


@pytest.fixture(autouse=True)
def french_messages():
    set_language("fr")
    yield
    set_language("fr")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """One freshly migrated workspace file, copied for each test: migrating costs ~0.1 s."""
    folder = tmp_path_factory.mktemp("template")
    Workspace.open(folder).close()
    return folder / WORKSPACE_FILE


@pytest.fixture
def workspace(tmp_path, migrated_template):
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(migrated_template, folder / WORKSPACE_FILE)
    ws = Workspace.open(folder)
    yield ws
    ws.close()


@pytest.fixture
def landlord_site(workspace):
    """A landlord with one site, one building and one entrance: (org_id, site_id, building_id, entrance_id)."""
    places = PlaceService(workspace)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord")
    site = places.create_site("VS01", "Résidence Les Tilleuls", org, difficulty=2,
                              city="Montreuil-sur-Marne", postcode="93100")
    building = places.add_building(site, "Bâtiment A")
    entrance = places.add_entrance(building, "Cage 1")
    return org, site, building, entrance


def hours_ago(h: float) -> datetime:
    return datetime.now(UTC) - timedelta(hours=h)
