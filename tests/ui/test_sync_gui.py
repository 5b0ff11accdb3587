"""Sync in the desktop app, against a real `palier server` process on loopback (SQLite):
sign-in from the settings, background sync after a write, the status bar, Ctrl+R, the
conflicts screen settling a conflict on both sides, a wrong password, a server gone."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync_env import ServerProcess, free_port  # noqa: E402
from sync_helpers import PASSWORD, Admin, Desk, unique  # noqa: E402

from app.services.base import Actor  # noqa: E402
from app.services.places import PlaceService  # noqa: E402
from app.services.signalements import SignalementService  # noqa: E402
from app.store.workspace import WORKSPACE_FILE, Workspace  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SYNC_MS = 20_000
# The offscreen platform says so when a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    proc = ServerProcess(f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}")
    yield proc
    proc.kill()


@pytest.fixture(scope="module")
def admin(server):
    a = Admin(server.db_url)
    yield a
    a.close()


class Gui:
    """The desktop app on its own workspace: window, database worker, sync controller."""

    def __init__(self, qtbot, folder: Path, template: Path, lang: str) -> None:
        from app.ui.context import UiContext
        from app.ui.main_window import MainWindow
        from app.ui.settings import SettingsStore
        from app.ui.worker import DbWorker

        folder.mkdir(parents=True)
        shutil.copyfile(template, folder / WORKSPACE_FILE)
        self.ws = Workspace.open(folder)
        self.worker = DbWorker()
        store = SettingsStore(folder.parent / f"{folder.name}.ini")
        self.ctx = UiContext(workspace=self.ws, worker=self.worker, settings=store.load(),
                             store=store, lang=lang, user_label="gardien.test")
        self.win = MainWindow(self.ctx)
        qtbot.addWidget(self.win)
        self.win.resize(1280, 800)
        self.win.show()
        qtbot.waitExposed(self.win)
        self.sync = self.win.sync
        self.sync.write_timer.setInterval(100)  # the write debounce, shortened for tests
        qtbot.waitUntil(lambda: self.sync.client is not None)
        self.qtbot = qtbot

    def indicator(self) -> str:
        return self.win.sync_label.text()

    def settings(self):
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx.lang, self.win, sync=self.sync)
        self.qtbot.addWidget(dialog)
        return dialog

    def sign_in(self, url: str, login: str, password: str = PASSWORD):
        dialog = self.settings()
        box = dialog.sync_box
        box.url.setText(url)
        box.login.setText(login)
        box.password.setText(password)
        return dialog, box

    def actor(self) -> Actor:
        with self.ws.engine.connect() as conn:
            st = dict(conn.exec_driver_sql("SELECT key, value FROM sync_state").all())
        return Actor(user_id=st["user_id"], org_id=st["org_id"], role=st["role"])

    def close(self) -> None:
        self.win.close()
        self.worker.stop()
        self.ws.close()


@pytest.fixture
def gui(qtbot, tmp_path, migrated_template, translators):
    made = []

    def make(name: str = "gui") -> Gui:
        g = Gui(qtbot, tmp_path / name, migrated_template, translators)
        made.append(g)
        return g

    yield make
    for g in made:
        g.close()


@pytest.fixture
def desk(tmp_path, server, migrated_template):
    made = []

    def make(login: str) -> Desk:
        d = Desk(tmp_path / unique("desk"), server.url, login, migrated_template)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def signed_in(qtbot, g: Gui, url: str, login: str) -> None:
    """Signed in through the settings, its first sync done."""
    _dialog, box = g.sign_in(url, login)
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    assert box.password.text() == ""  # the password is not kept


def no_dialog_shown() -> bool:
    return not any(isinstance(w, QMessageBox | QDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_sign_in_from_the_settings_then_a_write_is_sent_in_the_background(qtbot, gui, admin,
                                                                           server):
    org = admin.org()
    login = admin.user(org, "admin")
    g = gui()
    assert g.indicator() == "Synchro : aucun serveur"
    signed_in(qtbot, g, server.url, login)
    st = g.sync.status
    assert st.signed_in and st.login == login and st.server_url == server.url
    assert g.indicator().startswith("Synchronisé à ")
    # The first sync brought the organisation from the server.
    with g.ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM organisations WHERE id = ?",
                                    (org,)).scalar() == 1
    # A write through the services on the database worker: sent once the worker is idle.
    places = PlaceService(g.ws, g.actor())
    code = unique("S")
    box = {}
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as sent:
        g.worker.submit(lambda: places.create_site(code, "Résidence des Lilas", org),
                        lambda sid: box.update(site=sid))
    assert sent.args[0].sent == 1
    assert box["site"] in admin.records("sites")
    # Nothing stays open on the workspace file between two jobs (it may be replaced by
    # its encryption in place).
    assert g.sync.client._conn is None and g.sync.client._http_client is None
    assert g.sync.status.waiting == 0
    assert g.indicator().startswith("Synchronisé à ")
    # Every few minutes (the settings' interval), and at start-up once signed in: the
    # app opened again on this workspace syncs by itself.
    assert g.sync.timer.isActive() and g.sync.timer.interval() == 5 * 60_000
    from app.ui.main_window import MainWindow

    g.win.close()
    again = MainWindow(g.ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.sync.synced, timeout=SYNC_MS) as first:
        pass
    assert (first.args[0].sent, first.args[0].received) == (0, 0)
    assert again.sync.timer.isActive()
    again.close()


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_ctrl_r_syncs_now_and_the_status_bar_says_so(qtbot, gui, admin, server, desk):
    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "officer"))
    other = desk(admin.user(org, "admin"))
    sig = other.signalement(other.site())
    other.sync()
    seen = []
    g.sync.changed.connect(lambda: seen.append(g.indicator()))
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as done:
        qtbot.keyClick(g.win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert done.args[0].received >= 2
    # Progress while it runs: the records received so far, page after page.
    assert seen[0] == "Synchronisation…"
    assert f"Synchronisation… {done.args[0].received} reçus" in seen
    assert SignalementService(g.ws).get(sig).draft.description == "Squat constaté dans la cave."
    # Two syncs are never run at once: a request during one runs right after it.
    count = []
    g.sync.synced.connect(lambda _r: count.append(1))
    g.sync.sync_now()
    g.sync.sync_now()
    assert g.sync._again
    qtbot.waitUntil(lambda: len(count) == 2, timeout=SYNC_MS)
    assert not g.sync._running


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_reference_taken_on_another_computer_is_replaced_and_the_status_bar_says_so(
        qtbot, gui, admin, server, desk):
    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "officer"))
    other = desk(admin.user(org, "admin"))
    site = other.site()
    other.sync()
    g.sync.timer.stop()  # this test syncs by hand
    g.sync.write_timer.setInterval(60_000)
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        g.sync.sync_now()  # the site, to write a signalement there
    first = other.signalement(site)
    taken = other.value("signalements", first, "reference")
    other.sync()
    sigs = SignalementService(g.ws, g.actor())
    mine = other.sigs.get(first).draft
    sig = sigs.create(mine)
    with g.ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE signalements SET reference = ? WHERE id = ?", (taken, sig))
    with qtbot.waitSignal(g.sync.message, timeout=SYNC_MS) as told:
        qtbot.keyClick(g.win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    new = sigs.get(sig).reference
    assert new != taken
    assert told.args[0] == (f"{taken} devient {new} : référence déjà prise sur un autre "
                            f"poste.")
    qtbot.waitUntil(lambda: told.args[0] in g.win.statusBar().currentMessage())
    g.win.grab().save(str(_shots() / "sync_reference_renamed_window.png"))


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_conflict_is_listed_and_settled_on_both_sides(qtbot, gui, admin, server, desk):
    from pytestqt.modeltest import ModelTester

    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "officer"))
    other = desk(admin.user(org, "admin"))
    sig = other.signalement(other.site())
    other.sync()
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        g.sync.sync_now()
    # Both change the description offline; the other desktop's reaches the server first.
    other.edit(sig, description="Deux individus dans la cave.")
    other.sync()
    mine = SignalementService(g.ws, g.actor())
    d = mine.get(sig)
    import dataclasses

    mine.update(sig, d.version, dataclasses.replace(d.draft,
                                                    description="Trois individus dans la cave."))
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as done:
        g.sync.sync_now()
    assert done.args[0].conflicts == 1
    assert g.sync.status.conflicts == 1
    assert g.indicator().endswith("1 conflit")
    # The indicator opens the conflicts screen.
    qtbot.mouseClick(g.win.sync_label, Qt.MouseButton.LeftButton)
    assert g.win.current_screen() == "sync"
    screen = g.win.screens["sync"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    ModelTester(None).check(screen.model)
    texts = [screen.model.index(0, c).data() for c in range(screen.model.columnCount())]
    assert texts[0].startswith("Signalement ") and texts[1] == "Description"
    assert texts[2] == "Deux individus dans la cave."
    assert texts[3] == "Trois individus dans la cave." and texts[4] == "ce poste"
    assert screen.other_text.toPlainText() == "Trois individus dans la cave."
    screen.grab().save(str(_shots() / "sync_conflicts.png"))
    g.win.grab().save(str(_shots() / "sync_conflicts_window.png"))
    # Keep this computer's value: written with its outbox row, then synced.
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as settled:
        qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    assert settled.args[0].sent >= 2
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.empty.isVisible()
    assert g.sync.status.conflicts == 0 and "conflit" not in g.indicator()
    other.sync()
    assert other.value("signalements", sig, "description") == "Trois individus dans la cave."
    assert other.client.open_conflicts() == []
    assert mine.get(sig).draft.description == "Trois individus dans la cave."


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_sign_in_errors_are_shown_at_their_field(qtbot, gui, admin, server):
    org = admin.org()
    login = admin.user(org, "officer")
    g = gui()
    dialog, box = g.sign_in("palier.exemple.fr", "", "")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    assert box.url_error.text().startswith("Cette adresse n'est pas valide")
    assert box.login_error.text() == "Indiquez votre identifiant."
    assert box.password_error.text() == "Indiquez votre mot de passe."
    # A wrong password: refused by the server, said at the password, nothing kept.
    box.url.setText(server.url)
    box.login.setText(login)
    box.password.setText("not the password")
    qtbot.keyClick(box.password, Qt.Key.Key_Return)  # Enter signs in, the dialog stays
    qtbot.waitUntil(lambda: box.password_error.isVisible(), timeout=SYNC_MS)
    assert box.password_error.text() == "Identifiant ou mot de passe refusé."
    assert box.password.text() == "" and box.url_error.text() == ""
    assert not g.sync.signed_in and dialog.isVisible()  # Enter did not close the settings
    dialog.grab().save(str(_shots() / "settings_sync_refused.png"))
    # Nobody listening at the address.
    box.url.setText(f"http://127.0.0.1:{free_port()}")
    box.password.setText(PASSWORD)
    qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.url_error.isVisible(), timeout=SYNC_MS)
    assert box.url_error.text().startswith("Aucun serveur Palier ne répond")
    assert not g.sync.signed_in
    # Right at last; then signing out forgets the token, keeps the address.
    box.url.setText(server.url)
    box.password.setText(PASSWORD)
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        qtbot.mouseClick(box.sign_in_button, Qt.MouseButton.LeftButton)
    assert box.state_label.text().startswith("Connecté à ")
    assert box.sign_out_button.isEnabled()
    dialog.grab().save(str(_shots() / "settings_sync.png"))
    qtbot.mouseClick(box.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not g.sync.signed_in, timeout=SYNC_MS)
    assert g.sync.status.server_url == server.url
    assert g.indicator() == "Synchro : déconnecté"
    dialog.close()


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_server_down_is_offline_in_the_status_bar_then_it_catches_up(qtbot, gui, admin,
                                                                      tmp_path):
    own = ServerProcess(admin.engine.url.render_as_string(hide_password=False))
    try:
        org = admin.org()
        g = gui()
        signed_in(qtbot, g, own.url, admin.user(org, "admin"))
        own.kill()
        places = PlaceService(g.ws, g.actor())
        with qtbot.waitSignal(g.sync.syncFailed, timeout=SYNC_MS) as failed:
            sid = places.create_site(unique("S"), "Résidence des Lilas", org)
            g.sync.sync_now()
        assert failed.args[0] == "sync_unreachable"
        assert g.indicator() == "Hors ligne, 1 modification en attente"
        assert "injoignable" in g.win.sync_label.toolTip()
        assert no_dialog_shown()
        qtbot.wait(50)  # the status bar lays the new text out
        g.win.grab().save(str(_shots() / "sync_offline_window.png"))
        # It tries again by itself, with back-off: the server back, the write goes.
        assert g.sync.retry_timer.isActive()
        g.sync.retry_timer.setInterval(200)
        own.start()
        g.sync.retry_timer.start()
        with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
            pass
        assert sid in admin.records("sites")
        assert g.indicator().startswith("Synchronisé à ")
        # And at once when the system says the network is back, if it was offline.
        from PySide6.QtNetwork import QNetworkInformation

        own.kill()
        places.create_site(unique("S"), "Résidence des Acacias", org)
        with qtbot.waitSignal(g.sync.syncFailed, timeout=SYNC_MS):
            g.sync.sync_now()
        g.sync.retry_timer.stop()
        own.start()
        with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
            g.sync._reachability_changed(QNetworkInformation.Reachability.Online)
        assert g.sync.status.waiting == 0
    finally:
        own.kill()


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_revoked_session_asks_to_sign_in_again(qtbot, gui, admin, server):
    org = admin.org()
    login = admin.user(org, "officer")
    g = gui()
    signed_in(qtbot, g, server.url, login)
    admin.disable(login)
    with qtbot.waitSignal(g.sync.syncFailed, timeout=SYNC_MS) as failed:
        g.sync.sync_now()
    assert failed.args[0] == "sync_signed_out"
    qtbot.waitUntil(lambda: not g.sync.status.signed_in)
    assert g.indicator() == "Session expirée : reconnectez-vous"
    assert no_dialog_shown()
    _dialog, box = g.sign_in(server.url, login)
    assert box.password_error.text().startswith("Session expirée ou révoquée")


def _shots() -> Path:
    folder = SCREENSHOTS / "fr"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_an_edit_of_a_deleted_record_is_acknowledged_on_both_sides(qtbot, gui, admin, server,
                                                                   desk):
    import dataclasses

    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "officer"))
    other = desk(admin.user(org, "admin"))
    sig = other.signalement(other.site())
    other.sync()
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        g.sync.sync_now()
    other.delete(sig)
    other.sync()
    mine = SignalementService(g.ws, g.actor())
    d = mine.get(sig)
    mine.update(sig, d.version, dataclasses.replace(d.draft, description="Toujours occupé."))
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as done:
        g.sync.sync_now()
    assert done.args[0].conflicts == 1
    g.win.show_screen("sync")
    screen = g.win.screens["sync"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.index(0, 1).data() == "(fiche supprimée)"
    assert "Toujours occupé." in screen.other_text.toPlainText()
    assert screen.keep_button.text() == "&Accepter la suppression"
    assert screen.other_button.isHidden() and screen.merge_button.isHidden()
    assert not screen.open_button.isEnabled()
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS):
        qtbot.mouseClick(screen.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    other.sync()
    assert other.client.open_conflicts() == [] and g.sync.status.conflicts == 0
    # The deletion stands on both sides.
    assert other.value("signalements", sig, "deleted_at") is not None
    with g.ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT deleted_at FROM signalements WHERE id = ?",
                                    (sig,)).scalar() is not None


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_workspace_opened_anew_is_synced_through_the_new_one(qtbot, gui, admin, server):
    """As after encrypting it in place (app/ui/signin): the client follows the workspace."""
    from app.ui.context import open_services

    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "admin"))
    before = g.sync.client
    again = Workspace.open(g.ws.data_dir)
    try:
        g.ctx.attach(again, open_services(again))
        sid = PlaceService(again, g.actor()).create_site(unique("S"), "Les Acacias", org)
        with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as done:
            g.sync.sync_now()
        assert g.sync.client is not before and g.sync.client.ws is again
        assert done.args[0].sent == 1 and sid in admin.records("sites")
    finally:
        g.win.close()
        again.close()


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_changes_the_server_refuses_are_shown_not_dropped(qtbot, gui, admin, server):
    from pytestqt.modeltest import ModelTester

    org = admin.org()
    g = gui()
    signed_in(qtbot, g, server.url, admin.user(org, "admin"))
    # Made offline for an organisation this account does not belong to: refused for good.
    places = PlaceService(g.ws, g.actor())
    foreign = places.create_organisation(unique("Ailleurs"), "landlord")
    places.create_site(unique("X"), "Hors périmètre", foreign)
    with qtbot.waitSignal(g.sync.synced, timeout=SYNC_MS) as done:
        g.sync.sync_now()
    refused = done.args[0].rejected
    assert refused >= 1 and g.sync.status.rejected == refused
    assert g.indicator().endswith(f"{refused} modifications refusées" if refused > 1
                                  else "1 modification refusée")
    qtbot.mouseClick(g.win.sync_label, Qt.MouseButton.LeftButton)
    assert g.win.current_screen() == "sync"
    screen = g.win.screens["sync"]
    qtbot.waitUntil(lambda: screen.refused_model.rowCount() == refused)
    ModelTester(None).check(screen.refused_model)
    assert screen.refused_table.isVisible() and screen.empty.isVisible()
    reasons = {screen.refused_model.index(r, 2).data() for r in range(refused)}
    assert "géré sur le serveur seulement (organisations)" in reasons
    qtbot.wait(50)
    g.win.grab().save(str(_shots() / "sync_refused_window.png"))
