"""GUI test fixtures: a real workspace on disk, the real DB worker, French or English UI."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PALIER_NO_CRASH_DIALOG"] = "1"

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.messages import set_language
from app.services.places import PlaceService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import Workspace

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory):
    os.environ["PALIER_LOG_DIR"] = str(tmp_path_factory.mktemp("logs"))


@pytest.fixture(scope="session")
def compiled_translations():
    from app.ui import i18n

    for lang in i18n.LANGS:
        assert i18n.qm_path(lang) is not None, f"palier_{lang}.qm could not be built"


def seed(ws: Workspace, records: int = 60) -> dict:
    """Two sites with buildings and entrances, and `records` signalements, spread over time."""
    places = PlaceService(ws)
    org = places.create_organisation("Habitat Val-de-Seine", "landlord")
    ids = {"org": org}
    for n, (code, name, level) in enumerate((("VS01", "Résidence Les Tilleuls", 2),
                                             ("VS02", "Cité des Peupliers", 3)), start=1):
        site = places.create_site(code, name, org, difficulty=level, city="Montreuil-sur-Marne")
        ids[f"site{n}"] = site
        for b in ("A", "B"):
            building = places.add_building(site, f"Bâtiment {b}")
            ids[f"building{n}{b}"] = building
            for e in (1, 2):
                ids[f"entrance{n}{b}{e}"] = places.add_entrance(building, f"Cage {e}")
    now = datetime.now(UTC)
    cats = ["damage", "drug_dealing", "loitering", "fly_tipping", "theft"]
    texts = ["Boîtes aux lettres fracturées", "Regroupement dans le hall", "Encombrants déposés",
             "Tags dans la cage d'escalier", "Vélo volé au local"]
    drafts = []
    for i in range(records):
        start = now - timedelta(days=i, hours=1)
        status = ("new", "in_progress", "referred", "closed")[i % 4]
        drafts.append(SignalementDraft(
            category=cats[i % 5], site_id=ids["site1"] if i % 3 else ids["site2"],
            building_id=ids["building1A"] if i % 3 else None, facts_start=start,
            reported_at=start + timedelta(minutes=30), description=f"{texts[i % 5]} n°{i}",
            severity=1 + i % 4, status=status,
            closing_reason="resolved" if status == "closed" else None))
    if drafts:
        SignalementService(ws).create_many(drafts)
    return ids


@pytest.fixture
def ui_workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.ids = seed(ws)
    yield ws
    ws.close()


@pytest.fixture(params=["fr"])
def lang(request):
    return request.param


@pytest.fixture
def translators(qapp, lang, compiled_translations):
    from app.ui import i18n

    loaded = i18n.install(qapp, lang)
    yield lang
    i18n.uninstall(qapp, loaded)
    set_language("fr")


@pytest.fixture
def worker(qapp):
    from app.ui.worker import DbWorker

    w = DbWorker()
    yield w
    w.stop()


@pytest.fixture
def settings_store(tmp_path):
    from app.ui.settings import SettingsStore

    return SettingsStore(tmp_path / "settings.ini")


@pytest.fixture
def ctx(ui_workspace, worker, settings_store, translators):
    from app.ui.context import UiContext

    settings = settings_store.load()
    settings.autosave_seconds = 1
    settings.role = "officer"
    return UiContext(workspace=ui_workspace, worker=worker, settings=settings,
                     store=settings_store, lang=translators, user_label="gardien.test")


@pytest.fixture
def window(qtbot, ctx):
    from app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.listReady, timeout=5000):
        win.start("signalements")
    yield win
    win.signalements.form.autosave.stop()


@pytest.fixture
def wait_idle(qtbot):
    """wait_idle(worker): until every job queued on the DB worker has come back."""
    def wait(worker, timeout=5000):
        qtbot.waitUntil(lambda: worker.pending() == 0, timeout=timeout)
    return wait
