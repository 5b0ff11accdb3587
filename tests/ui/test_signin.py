"""Signing in to the desktop app, on real encrypted workspaces (a `palier demo` made in a
subprocess, copied for each test): wrong password and its delay, the list after the
right one, unattended sign-in from the environment, the first set-up and its recovery
key, the idle lock, switching user, and a plain workspace encrypted in place.

Pictures of the sign-in, set-up and lock screens go to screenshots/ (not compared).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from workspace_access import connect_workspace, copy_workspace

from app.services import signin
from app.store.workspace import WORKSPACE_FILE
from app.ui.signin import startup
from app.ui.signin.session import Session

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
PASSWORD = "palier-demo"
SQLITE_HEADER = b"SQLite format 3\x00"

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def palier(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items()
            if k not in ("PALIER_DATA_DIR", "PALIER_USER", "PALIER_PASSWORD")}
    full.update(PALIER_LANG="fr", **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=full, timeout=120)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = palier("--data-dir", str(folder), "demo", "--records", "150", "--seed", "7")
    assert done.returncode == 0, done.stderr
    assert "gardien.martin" in done.stdout
    recovery = re.search(r"CLÉ DE SECOURS, affichée une seule fois : (\S+)", done.stderr)
    (folder.parent / "recovery.txt").write_text(recovery.group(1))
    return folder


@pytest.fixture
def demo(demo_template, tmp_path) -> Path:
    folder = tmp_path / "demo"
    copy_workspace(demo_template, folder)
    return folder


def count_signalements(folder: Path) -> int:
    with connect_workspace(folder / WORKSPACE_FILE) as db:
        return db.execute("SELECT count(*) FROM signalements WHERE deleted_at IS NULL"
                          ).fetchone()[0]


@pytest.fixture
def open_window(qtbot, worker, settings_store, translators, wait_idle):
    """open_window(folder, started): the main window as app.ui.app builds it, with the
    full workspace attached (on the GUI thread here: the test waits anyway)."""
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow

    made = []

    def make(folder: Path, started: startup.Started):
        settings = settings_store.load()
        ctx = UiContext(workspace=None, worker=worker, settings=settings, store=settings_store,
                        lang=translators, user_label="poste", data_dir=folder,
                        list_reader=started.reader,
                        first_page=started.first_page)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        session = Session(win, ctx, folder, started)
        session.apply_role()
        made.append((win, session))
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.start(session.start_screen("signalements"))
        session.attached(*startup.open_full(folder, started))
        return win, session

    yield make
    for win, session in made:
        if "signalements" in win.screens and win.signalements.form_built():
            win.signalements.form.autosave.stop()
        wait_idle(worker)
        if session.conn is not None:
            worker.submit(session.conn.close)
        wait_idle(worker)
        session.close()


def signed_in(folder: Path, login: str) -> startup.Started:
    return startup.open_quick(folder, True, startup.Started(
        signin.State.ENCRYPTED, signin.unlock(folder, login, PASSWORD)))


def list_rows(qtbot, win, at_least: int = 1) -> int:
    model = win.signalements.list.model
    qtbot.waitUntil(lambda: model.rowCount() >= at_least, timeout=5000)
    return model.rowCount()


# Sign-in -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_wrong_password_says_so_at_the_field_then_counts_down(qtbot, demo, worker,
                                                              translators):
    win = startup.SignInWindow(worker, demo)
    qtbot.addWidget(win)
    panel = win.panel
    panel.show_sign_in()
    win.show()
    qtbot.waitExposed(win)
    qtbot.keyClicks(panel.login, "gardien.martin")
    qtbot.keyClicks(panel.password, "pas-le-bon")
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: panel.password_error.isVisible(), timeout=5000)
    assert panel.password_error.text() == "Identifiant ou mot de passe incorrect."
    assert panel.password.text() == ""  # typed again, never kept
    # The first delay: a second. The button says how long, and refuses meanwhile.
    assert not panel.sign_in_button.isEnabled()
    assert panel.wait_label.text() == "Nouvel essai possible dans 1 s."
    assert "(1 s)" in panel.sign_in_button.text()
    qtbot.waitUntil(panel.sign_in_button.isEnabled, timeout=3000)
    assert not panel.wait_label.isVisible()

    # A second wrong password doubles it; Enter during the delay tries nothing.
    qtbot.keyClicks(panel.password, "toujours-faux")
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: panel.seconds_left() > 0, timeout=5000)
    assert panel.wait_label.text() == "Nouvel essai possible dans 2 s."
    qtbot.keyClicks(panel.password, PASSWORD)
    panel.sign_in()
    assert worker.pending() == 0 and not panel.sign_in_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert win.grab().save(str(SCREENSHOTS / "signin_fr.png"))
    # A new window (the app started again) shows the delay still running.
    again = startup.SignInWindow(worker, demo)
    qtbot.addWidget(again)
    again.panel.show_sign_in("gardien.martin")
    assert not again.panel.sign_in_button.isEnabled()

    qtbot.waitUntil(panel.sign_in_button.isEnabled, timeout=4000)
    with qtbot.waitSignal(panel.signedIn, timeout=5000) as got:
        panel.sign_in()
    assert got.args[0].login == "gardien.martin"
    # The two failures are written to the audit trail with the next sign-in.
    assert len(got.args[0].failed_before) == 2


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_forgotten_password_is_replaced_with_the_recovery_key(qtbot, demo, demo_template,
                                                                worker, translators):
    recovery = (demo_template.parent / "recovery.txt").read_text()
    win = startup.SignInWindow(worker, demo)
    qtbot.addWidget(win)
    panel = win.panel
    panel.show_sign_in("gardien.martin")
    win.show()
    panel.forgot_button.click()
    assert panel.current_page() == "recover"
    assert panel.recover_login.text() == "gardien.martin"
    panel.recovery_input.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    panel.recover_password.setText("nouveau-secret")
    panel.recover_confirm.setText("nouveau-secret")
    panel.recover_button.click()
    qtbot.waitUntil(lambda: panel.recovery_error.isVisible(), timeout=5000)
    assert panel.recovery_error.text() == "Clé de secours incorrecte."
    with pytest.raises(signin.SignInError):
        signin.unlock(demo, "gardien.martin", "nouveau-secret")  # nothing changed

    panel.recovery_input.setText(recovery)
    with qtbot.waitSignal(panel.signedIn, timeout=5000) as got:
        panel.recover_button.click()
    assert got.args[0].login == "gardien.martin"
    assert signin.unlock(demo, "gardien.martin", "nouveau-secret").key == got.args[0].key
    with pytest.raises(signin.SignInError):
        signin.unlock(demo, "gardien.martin", PASSWORD)


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_right_password_opens_the_list(qtbot, demo, worker, translators, open_window):
    from PySide6.QtCore import QTimer

    def type_in() -> None:
        win = next(w for w in qtbot_windows() if isinstance(w, startup.SignInWindow))
        win.panel.login.setText("admin")
        win.panel.password.setText(PASSWORD)
        win.panel.sign_in_button.click()

    def qtbot_windows():
        from PySide6.QtWidgets import QApplication

        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    QTimer.singleShot(100, type_in)
    started = startup.ask(worker, demo, signin.State.ENCRYPTED, True)
    assert started is not None and started.unlocked.login == "admin"
    assert started.conn is not None and len(started.first_page) > 0  # the fast path
    win, session = open_window(demo, started)
    assert list_rows(qtbot, win, at_least=100) <= count_signalements(demo)
    assert not session.overlay.isVisible() and session.lock_action.isEnabled()
    assert "admin" in win.user_label.text()


# app.ui.app.run in a process of its own (it runs the application's event loop to its
# end), signing in through the window as a person would.
RUN_AND_TYPE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.app import run
from app.ui.main_window import MainWindow
from app.ui.signin.startup import SignInWindow

def visible(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)

def type_in():
    win = visible(SignInWindow)
    if win is None:
        return QTimer.singleShot(100, type_in)
    print("SIGN_IN_SHOWN", visible(MainWindow) is None, flush=True)
    win.panel.login.setText(sys.argv[2])
    win.panel.password.setText(sys.argv[3])
    win.panel.sign_in_button.click()

def look():
    main = visible(MainWindow)
    print("ROWS", main.signalements.list.model.rowCount() if main else -1, flush=True)
    print("USER", main.user_label.text() if main else "", flush=True)

app = QApplication(sys.argv[:1])  # before the timers; run() takes this one
QTimer.singleShot(100, type_in)
QTimer.singleShot(5000, look)
sys.exit(run(sys.argv[1], "fr", "signalements", quit_after=6))
"""


def test_the_app_opens_on_the_sign_in_screen_then_the_list(demo, tmp_path):
    """As `make run` starts it, no credentials in the environment: the sign-in window
    first, then, signed in, the main window with its list and who is signed in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PALIER_USER", "PALIER_PASSWORD")}
    env["PALIER_SETTINGS"] = str(tmp_path / "settings.ini")
    done = subprocess.run([sys.executable, "-c", RUN_AND_TYPE, str(demo), "surete.moreau",
                           PASSWORD], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines.get("SIGN_IN_SHOWN") == "True", done.stdout + done.stderr
    assert int(lines["ROWS"]) > 0
    assert "Claire Moreau" in lines["USER"]


def test_a_caretakers_first_page_holds_his_sites_only(demo, tmp_path):
    """The fast path (before the services) reads with the role's scope, and paints
    before SQLAlchemy loads as the administration account's does."""
    from test_startup import WATCH, marks

    started = signed_in(demo, "gardien.martin")
    with connect_workspace(demo / WORKSPACE_FILE) as db:
        his = db.execute(
            "SELECT count(*) FROM signalements s JOIN user_sites us ON us.site_id = s.site_id"
            " JOIN users u ON u.id = us.user_id WHERE u.login = 'gardien.martin'"
            " AND s.deleted_at IS NULL").fetchone()[0]
    assert 0 < his < count_signalements(demo)
    assert len(started.first_page) == min(his, 100)
    assert getattr(started.reader, "conn", None) is None  # Today waits for its services
    started.conn.close()

    env = dict(os.environ, PALIER_TIMING="1", PALIER_LANG="fr", PALIER_USER="gardien.martin",
               PALIER_PASSWORD=PASSWORD, PALIER_SETTINGS=str(tmp_path / "settings.ini"))
    done = subprocess.run([sys.executable, "-c", WATCH, "--data-dir", str(demo), "gui",
                           "--screen", "signalements", "--quit-after", "3"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = marks(done.stdout)
    assert float(seen["PALIER_READY"][0]) < float(seen["SQLALCHEMY"][0])


def gui(folder: Path, tmp_path: Path, *extra: str, env: dict | None = None,
        quit_after: str = "3") -> subprocess.CompletedProcess:
    return palier("--data-dir", str(folder), "gui", "--screen", "signalements",
                  "--quit-after", quit_after, *extra,
                  env={"PALIER_TIMING": "1", "PALIER_NO_CRASH_DIALOG": "1",
                       "PALIER_SETTINGS": str(tmp_path / "settings.ini"), **(env or {})})


def test_the_environment_signs_in_without_a_screen(demo, tmp_path):
    shot = tmp_path / "window.png"
    done = gui(demo, tmp_path, "--screenshot", str(shot),
               env={"PALIER_USER": "surete.moreau", "PALIER_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert "PALIER_READY" in done.stdout, done.stdout + done.stderr
    assert shot.stat().st_size > 5000
    with connect_workspace(demo / WORKSPACE_FILE) as db:
        signed = db.execute("SELECT summary FROM audit_entries WHERE action = 'sign_in' "
                            "ORDER BY seq DESC LIMIT 1").fetchone()
    assert signed == ("surete.moreau",)


def test_a_wrong_password_in_the_environment_shows_the_screen(demo, tmp_path):
    shot = tmp_path / "signin.png"
    done = gui(demo, tmp_path, "--screenshot", str(shot), quit_after="2",
               env={"PALIER_USER": "admin", "PALIER_PASSWORD": "faux-mot-de-passe"})
    assert done.returncode == 0, done.stderr
    assert "PALIER_READY" not in done.stdout  # the window never opened
    assert shot.stat().st_size > 2000  # the sign-in window's picture


def test_a_new_folder_is_set_up_from_the_environment(tmp_path):
    folder = tmp_path / "new"
    done = gui(folder, tmp_path, quit_after="6",
               env={"PALIER_USER": "chef", "PALIER_PASSWORD": "un-bon-mot-de-passe"})
    assert done.returncode == 0, done.stderr
    assert "PALIER_READY" in done.stdout
    recovery = re.search(r"CLÉ DE SECOURS, affichée une seule fois : (\S+)", done.stderr)
    assert recovery, done.stderr
    assert (folder / WORKSPACE_FILE).read_bytes()[:16] != SQLITE_HEADER
    # The key printed is the real one: it gives an account back.
    signin.recover(folder, recovery.group(1), "chef", "encore-un-autre")
    signin.unlock(folder, "chef", "encore-un-autre")


# Set-up --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_set_up_shows_the_recovery_key_once_and_encrypts(qtbot, tmp_path, worker,
                                                         translators, wait_idle):
    folder = tmp_path / "new"
    win = startup.SignInWindow(worker, folder)
    qtbot.addWidget(win)
    panel = win.panel
    panel.show_set_up()
    win.show()
    qtbot.waitExposed(win)
    assert win.grab().save(str(SCREENSHOTS / "setup_fr.png"))
    qtbot.keyClicks(panel.new_login, "chef.agence")
    qtbot.keyClicks(panel.new_password, "court")
    qtbot.keyClicks(panel.new_confirm, "court")
    panel.set_up_button.click()
    assert panel.new_password_error.text() == (
        "Le mot de passe doit compter au moins 8 caractères.")
    panel.new_password.setText("un-long-mot-de-passe")
    panel.new_confirm.setText("un-autre-mot-de-passe")
    panel.set_up_button.click()
    assert panel.new_confirm_error.text() == "Les deux mots de passe ne sont pas identiques."
    wait_idle(worker)
    assert signin.state(folder) == signin.State.NEW  # nothing written for a refusal

    panel.new_confirm.setText("un-long-mot-de-passe")
    panel.set_up_button.click()
    qtbot.waitUntil(lambda: panel.current_page() == "key", timeout=10000)
    recovery = panel.key_field.text()
    assert re.fullmatch(r"[A-Z0-9]{5}(-[A-Z0-9]{5})+", recovery)
    assert win.grab().save(str(SCREENSHOTS / "recovery_key_fr.png"))
    assert not panel.continue_button.isEnabled()  # not before "I have written it down"
    panel.noted.setChecked(True)
    with qtbot.waitSignal(panel.signedIn, timeout=2000) as got:
        panel.continue_button.click()
    assert got.args[0].login == "chef.agence"
    assert panel.key_field.text() == ""  # shown once
    header = (folder / WORKSPACE_FILE).read_bytes()[:16]
    assert len(header) == 16 and header != SQLITE_HEADER
    assert signin.state(folder) == signin.State.ENCRYPTED
    signin.recover(folder, recovery, "chef.agence", "nouveau-mot-de-passe")


# Lock and switch -----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_idle_lock_hides_the_records_and_wants_the_password(qtbot, demo, open_window,
                                                            wait_idle):
    win, session = open_window(demo, signed_in(demo, "surete.moreau"))
    list_rows(qtbot, win)
    win.new_signalement()
    form = win.signalements.form
    qtbot.waitUntil(lambda: form.site.count() > 1, timeout=5000)
    form.description.setPlainText("Porte du local vélos forcée")
    assert session.idle.seconds() == 5 * 60  # the settings' default
    win.ctx.settings.lock_minutes = 12  # as the settings dialog does: applies at once
    assert session.idle.seconds() == 12 * 60
    session.idle.set_seconds(0.3)
    with qtbot.waitSignal(session.lockedChanged, timeout=3000) as got:
        pass
    assert got.args == [True]
    session.idle.set_seconds(600)
    assert session.overlay.isVisible()
    assert not win.centralWidget().isVisible()  # the records, behind
    assert not win.signalements.list.table.isVisible()
    assert not win.new_action.isEnabled() and not win.menuBar().isEnabled()
    panel = session.overlay.panel
    assert panel.login.text() == "surete.moreau"
    qtbot.wait(50)  # the lock screen laid out, as before any paint
    assert win.grab().save(str(SCREENSHOTS / "lock_fr.png"))

    panel.password.setText("pas-le-bon")
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: panel.password_error.isVisible(), timeout=5000)
    assert session.is_locked and not win.centralWidget().isVisible()
    qtbot.waitUntil(panel.sign_in_button.isEnabled, timeout=3000)
    panel.password.setText(PASSWORD)
    with qtbot.waitSignal(session.lockedChanged, timeout=5000) as got:
        panel.sign_in_button.click()
    assert got.args == [False]
    assert win.centralWidget().isVisible() and win.new_action.isEnabled()
    assert form.description.toPlainText() == "Porte du local vélos forcée"  # kept
    wait_idle(win.ctx.worker)
    with connect_workspace(demo / WORKSPACE_FILE) as db:
        actions = [r[0] for r in db.execute(
            "SELECT action FROM audit_entries ORDER BY seq DESC LIMIT 2")]
        drafts = db.execute("SELECT count(*) FROM form_drafts").fetchone()[0]
    assert actions == ["sign_in", "sign_in_failed"]
    assert drafts >= 1  # the form was kept as a draft when the window locked


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_switch_user_shows_what_the_role_may_use(qtbot, demo, open_window):
    from app.ui.main_window import SCREENS

    win, session = open_window(demo, signed_in(demo, "admin"))
    everything = list_rows(qtbot, win)

    def offered() -> set[str]:
        return {key for row, key in enumerate(SCREENS)
                if key in ("today", "signalements", "conflicts", "welfare", "sites")
                and not win.nav.item(row).isHidden()}

    def switch_to(login: str) -> None:
        session.switch_user()
        panel = session.overlay.panel
        assert session.is_locked and panel.login.text() == ""
        panel.login.setText(login)
        panel.password.setText(PASSWORD)
        with qtbot.waitSignal(session.userChanged, timeout=5000):
            panel.sign_in_button.click()
        assert not session.is_locked

    assert offered() == {"today", "signalements", "conflicts", "welfare", "sites"}
    switch_to("gardien.martin")
    assert "Gardien" in win.user_label.text()
    assert offered() == {"today", "signalements", "conflicts", "welfare", "sites"}
    win.show_screen("signalements")
    mine = list_rows(qtbot, win)
    assert 0 < mine < everything  # his sites only

    switch_to("mediateur.fontaine")
    assert offered() == {"conflicts"} and win.current_screen() == "conflicts"
    assert not win.new_action.isVisible()
    switch_to("admin.durand")
    assert offered() == {"sites"}
    switch_to("ville.lambert")
    assert offered() == set()  # indicators only (the other screens are not records)
    assert win.current_screen() not in ("today", "signalements", "conflicts", "welfare",
                                         "sites")
    switch_to("admin")
    assert offered() == {"today", "signalements", "conflicts", "welfare", "sites"}


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_a_plain_workspace_warns_and_is_encrypted_in_place(qtbot, ui_workspace,
                                                           open_window, wait_idle):
    folder = ui_workspace.data_dir
    ui_workspace.close()
    started = startup.open_quick(folder, True, startup.Started(signin.State.PLAIN))
    win, session = open_window(folder, started)
    assert list_rows(qtbot, win) == 60
    assert session.plain_bar.isVisible() and not session.lock_action.isEnabled()
    session.lock()
    assert not session.is_locked  # no account to unlock with: the bar says so

    session.plain_bar.encrypt_button.click()
    panel = session.overlay.panel
    assert session.is_locked and panel.current_page() == "set_up"
    panel.new_login.setText("responsable")
    panel.new_password.setText("mot-de-passe-fort")
    panel.new_confirm.setText("mot-de-passe-fort")
    panel.set_up_button.click()
    qtbot.waitUntil(lambda: panel.current_page() == "key", timeout=15000)
    panel.noted.setChecked(True)
    with qtbot.waitSignal(session.lockedChanged, timeout=5000):
        panel.continue_button.click()
    assert (folder / WORKSPACE_FILE).read_bytes()[:16] != SQLITE_HEADER
    assert not session.plain_bar.isVisible() and session.lock_action.isEnabled()
    assert list_rows(qtbot, win) == 60  # the same records, read through the key now
    wait_idle(win.ctx.worker)
    signin.unlock(folder, "responsable", "mot-de-passe-fort")


def test_an_encrypted_workspace_paints_its_list_before_sqlalchemy(demo, tmp_path):
    """Start-up's order holds with sign-in: the key derived and the first page painted
    (PALIER_USER from tests/conftest.py, the demo's administration account), SQLAlchemy
    after, on the worker."""
    from test_startup import marks, palier_gui

    done = palier_gui(demo, tmp_path)
    assert done.returncode == 0, done.stderr
    seen = marks(done.stdout)
    assert "PALIER_READY" in seen and "SQLALCHEMY" in seen, done.stdout + done.stderr
    assert float(seen["PALIER_READY"][0]) < float(seen["SQLALCHEMY"][0])
    assert seen["SQLALCHEMY"][1] != "MainThread"


WATCH_DBUS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from app.ui.signin.oslock import SystemLockWatcher

app = QApplication(sys.argv[:1])
window = QWidget()
watcher = SystemLockWatcher(window)
print("WATCHING", " ".join(watcher.watching), flush=True)
# Each lock is printed; a second after the first, the end.
watcher.locked.connect(lambda: (print("LOCKED", flush=True),
                                QTimer.singleShot(1000, app.quit)))
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus: Linux desktops")
def test_the_screen_savers_signal_on_d_bus_locks(tmp_path):
    """A private session bus: the screen saver's ActiveChanged(true) reaches the watcher
    that Session connects to lock()."""
    import shutil

    if not (shutil.which("dbus-daemon") and shutil.which("dbus-send")):
        pytest.skip("dbus-daemon and dbus-send are not installed")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                           stdout=subprocess.PIPE, text=True)
    try:
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen([sys.executable, "-c", WATCH_DBUS], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
        watching = app.stdout.readline()
        assert "session:org.freedesktop.ScreenSaver:/org/freedesktop/ScreenSaver" in watching
        # Not locked: the screen saver going off locks nothing.
        for active in ("false", "true"):
            subprocess.run(["dbus-send", "--session", "--type=signal",
                            "/org/freedesktop/ScreenSaver",
                            "org.freedesktop.ScreenSaver.ActiveChanged", f"boolean:{active}"],
                           env=env, check=True, timeout=10)
        out, err = app.communicate(timeout=30)
        assert out.split() == ["LOCKED"], err  # once: for true, not for false
    finally:
        bus.terminate()
        bus.wait(timeout=10)
