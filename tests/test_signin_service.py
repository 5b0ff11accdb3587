"""Encrypted workspaces and signing in (app.services.signin, app.store.cipher), on real
SQLCipher files; the CLI's sign-in through real `palier` processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from app.domain.codes import AuditAction
from app.models import AuditEntry
from app.services import signin
from app.services.integrity import IntegrityService
from app.services.places import PlaceService
from app.store import cipher
from app.store.keyfile import KEY_FILE, KdfParams, KeyFile
from app.store.workspace import WORKSPACE_FILE, Workspace, WorkspaceError

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Cheap Argon2 costs for the tests (the real ones are timed in bench/)."""
    import app.store.keyfile as keyfile

    monkeypatch.setattr(keyfile, "DEFAULT_PARAMS", FAST)
    original = KeyFile.add_user
    monkeypatch.setattr(KeyFile, "add_user",
                        lambda self, key, login, pw, params=FAST: original(self, key, login, pw,
                                                                            params))
    original_create = KeyFile.create_with_key.__func__
    monkeypatch.setattr(KeyFile, "create_with_key", classmethod(
        lambda cls, folder, key, login, pw, params=FAST: original_create(cls, folder, key, login,
                                                                         pw, params)))


def _set_up(folder, login="admin", password=PASSWORD):
    unlocked, recovery = signin.set_up(folder, login, password)
    return unlocked, recovery


def test_a_new_workspace_is_encrypted_and_opens_only_with_its_key(tmp_path):
    unlocked, recovery = _set_up(tmp_path)
    assert signin.state(tmp_path) == signin.State.ENCRYPTED
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        PlaceService(ws).create_organisation("Habitat Val-de-Seine", "landlord")
        assert ws.encrypted
    data = (tmp_path / WORKSPACE_FILE).read_bytes()
    assert not data.startswith(cipher.PLAIN_HEADER)
    assert b"Val-de-Seine" not in data
    with pytest.raises(WorkspaceError) as locked:
        Workspace.open(tmp_path)
    assert locked.value.key == "workspace_locked"
    with pytest.raises(WorkspaceError) as wrong:
        Workspace.open(tmp_path, key=b"\x01" * 32)
    assert wrong.value.key == "workspace_key_wrong"
    # The recovery key unwraps the same data key.
    assert KeyFile(tmp_path).unlock_with_recovery(recovery) == unlocked.key


def test_wrong_password_is_refused_with_a_growing_delay_and_nothing_decrypted(tmp_path):
    unlocked, _ = _set_up(tmp_path)
    with pytest.raises(signin.SignInError) as first:
        signin.unlock(tmp_path, "admin", "wrong password")
    assert first.value.key == "sign_in_refused" and first.value.wait == 1
    assert "Identifiant ou mot de passe incorrect." in first.value.message()
    assert "Nouvel essai possible dans 1 s." in first.value.message()
    # During the delay even the right password is refused without being tried.
    with pytest.raises(signin.SignInError) as waiting:
        signin.unlock(tmp_path, "admin", PASSWORD)
    assert waiting.value.key == "sign_in_wait"
    assert signin.wait_before_attempt(tmp_path, "admin") > 0
    # The counters hold no login and no password in clear.
    throttle = (tmp_path / signin.THROTTLE_FILE).read_text()
    assert "wrong password" not in throttle and "admin" not in json.loads(throttle)["failures"]
    # Later attempts wait twice as long each time.
    assert [signin.delay_after(n) for n in (1, 2, 3, 4, 12)] == [1, 2, 4, 8, 300]
    time.sleep(1.05)
    with pytest.raises(signin.SignInError) as second:
        signin.unlock(tmp_path, "admin", "still wrong")
    assert second.value.wait == 2
    time.sleep(2.05)
    again = signin.unlock(tmp_path, "admin", PASSWORD)
    assert again.key == unlocked.key
    # The failures are handed over for the audit trail, then forgotten.
    assert [f["login"] for f in again.failed_before] == ["admin", "admin"]
    assert signin.wait_before_attempt(tmp_path, "admin") == 0


def test_an_unknown_login_typed_is_never_written_down(tmp_path):
    _set_up(tmp_path)
    with pytest.raises(signin.SignInError):
        signin.unlock(tmp_path, "MySecretPassw0rd", PASSWORD)
    assert "MySecretPassw0rd" not in (tmp_path / signin.THROTTLE_FILE).read_text()


def test_sign_in_and_failures_reach_the_audit_trail(tmp_path):
    _set_up(tmp_path)
    with pytest.raises(signin.SignInError):
        signin.unlock(tmp_path, "admin", "wrong password")
    time.sleep(1.05)
    unlocked = signin.unlock(tmp_path, "admin", PASSWORD)
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        conn = ws.raw_connection()
        identity = unlocked.identity(conn)
        conn.close()
        assert identity.user_id is None  # the set-up account acts as the system
        signin.record_sign_in(ws, unlocked, identity)
        with ws.session() as s:
            rows = s.execute(select(AuditEntry.action, AuditEntry.summary)
                             .order_by(AuditEntry.seq)).all()
        assert [r.action for r in rows] == [AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN]
        assert rows[0].summary.startswith("admin (") and rows[1].summary == "admin"
        assert IntegrityService(ws).check() == []


def test_a_users_row_gives_the_account_its_role(tmp_path):
    unlocked, _ = _set_up(tmp_path)
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        places = PlaceService(ws)
        org = places.create_organisation("Habitat Val-de-Seine", "landlord")
        site = places.create_site("VS01", "Les Tilleuls", org)
        with ws.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO users (id, org_id, login, display_name, role, email, phone, active,"
                " version, created_at, updated_at) VALUES ('u1', ?, 'gardien', 'Jean Martin',"
                " 'caretaker', '', '', 1, 1, 0, 0)", (org,))
            conn.exec_driver_sql("INSERT INTO user_sites VALUES ('u1', ?)", (site,))
        conn = ws.raw_connection()
        identity = signin.identity_for(conn, "gardien")
        conn.close()
    actor = identity.actor()
    assert (actor.role, actor.org_id, actor.site_ids, actor.signed_in) == \
        ("caretaker", org, frozenset({site}), True)


def test_setting_up_a_plain_workspace_encrypts_it_and_its_backups(tmp_path):
    with Workspace.open(tmp_path) as ws:
        PlaceService(ws).create_organisation("Logis Francilien Témoin", "landlord")
        ws.backup("avant")
    backup = next((tmp_path / "backups").glob("*.sqlite3"))
    assert cipher.looks_plain(backup)
    assert signin.state(tmp_path) == signin.State.PLAIN
    unlocked, _ = _set_up(tmp_path)
    for path in (tmp_path / WORKSPACE_FILE, backup):
        assert not cipher.looks_plain(path)
        assert b"Francilien" not in path.read_bytes()
    assert not (tmp_path / (WORKSPACE_FILE + "-wal")).exists() or \
        b"Francilien" not in (tmp_path / (WORKSPACE_FILE + "-wal")).read_bytes()
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM organisations").scalar() == \
                "Logis Francilien Témoin"
        assert IntegrityService(ws).check() == []
    assert not list(tmp_path.glob("*.encrypting"))


def test_recovery_key_sets_a_new_password_and_a_password_change_keeps_the_database(tmp_path):
    unlocked, recovery = _set_up(tmp_path)
    db_before = (tmp_path / WORKSPACE_FILE).read_bytes()
    with pytest.raises(signin.SignInError) as bad:
        signin.recover(tmp_path, "AAAAA-BBBBB", "admin", "new password 1")
    assert bad.value.key == "recovery_refused"
    again = signin.recover(tmp_path, recovery.lower(), "admin", "new password 1")
    assert again.key == unlocked.key
    signin.change_password(tmp_path, "admin", "new password 1", "new password 2")
    assert signin.unlock(tmp_path, "admin", "new password 2").key == unlocked.key
    assert (tmp_path / WORKSPACE_FILE).read_bytes() == db_before  # not re-encrypted


def test_two_accounts_share_one_workspace(tmp_path):
    unlocked, _ = _set_up(tmp_path)
    signin.add_account(unlocked, "gardien.martin", "son mot de passe")
    with pytest.raises(signin.SignInError) as taken:
        signin.add_account(unlocked, "gardien.martin", "autre mot de passe")
    assert taken.value.key == "login_taken"
    assert signin.unlock(tmp_path, "gardien.martin", "son mot de passe").key == unlocked.key
    assert KeyFile(tmp_path).logins() == ["admin", "gardien.martin"]


@pytest.mark.parametrize(("login", "password", "confirm", "expected"), [
    ("", PASSWORD, None, {"login": "required"}),
    (" admin", PASSWORD, None, {"login": "login_invalid"}),
    ("a:b", PASSWORD, None, {"login": "login_invalid"}),
    ("admin", "short", None, {"password": "password_too_short"}),
    ("admin", PASSWORD, "other", {"confirm": "password_mismatch"}),
    ("admin", PASSWORD, PASSWORD, {}),
])
def test_new_account_checks(login, password, confirm, expected):
    assert signin.check_new_account(login, password, confirm) == expected


def test_set_up_refuses_a_short_password_and_writes_nothing(tmp_path):
    with pytest.raises(signin.SignInError) as short:
        signin.set_up(tmp_path, "admin", "court")
    assert short.value.key == "password_too_short"
    assert not (tmp_path / KEY_FILE).exists() and not (tmp_path / WORKSPACE_FILE).exists()


def _palier(*args, data_dir, env=None, stdin=None):
    full = {**os.environ, "PALIER_DATA_DIR": str(data_dir), "PALIER_LANG": "fr", **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=full, input=stdin, timeout=120)


def test_cli_sign_in_refused_without_credentials_or_with_a_wrong_password(tmp_path):
    made = _palier("demo", "--records", "20", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Comptes de démonstration (mot de passe « palier-demo » pour tous)" in made.stdout
    assert "surete.moreau" in made.stdout and "Référent sûreté" in made.stdout
    assert "CLÉ DE SECOURS" in made.stderr
    bare = {k: v for k, v in os.environ.items() if k not in ("PALIER_USER", "PALIER_PASSWORD")}
    no_creds = subprocess.run([sys.executable, "-m", "app", "check"], capture_output=True,
                              text=True, stdin=subprocess.DEVNULL, timeout=120,
                              env={**bare, "PALIER_DATA_DIR": str(tmp_path)})
    assert no_creds.returncode == 1
    assert "Connexion nécessaire : définissez PALIER_USER et PALIER_PASSWORD" in no_creds.stderr
    wrong = _palier("check", data_dir=tmp_path, env={"PALIER_PASSWORD": "mauvais"})
    assert wrong.returncode == 1
    assert "Identifiant ou mot de passe incorrect. Nouvel essai possible dans 1 s." \
        in wrong.stderr
    time.sleep(1.05)
    # A caretaker signs in with their own role: a bulk export is refused to them.
    caretaker = {"PALIER_USER": "gardien.martin", "PALIER_PASSWORD": "palier-demo"}
    refused = _palier("export", "signalements", data_dir=tmp_path, env=caretaker)
    assert refused.returncode == 1 and "non autorisée" in refused.stderr
    ok = _palier("check", data_dir=tmp_path)
    assert ok.returncode == 0, ok.stderr


def test_an_interrupted_encryption_is_finished_at_the_next_opening(tmp_path):
    with Workspace.open(tmp_path) as ws:
        PlaceService(ws).create_organisation("Logis Interrompu", "landlord")
    key = b"\x07" * 32
    db = tmp_path / WORKSPACE_FILE
    cipher.encrypted_copy(db, key)
    KeyFile.create_with_key(tmp_path, key, "admin", PASSWORD)
    # The process stopped here: key file written, clear file not yet replaced.
    assert cipher.looks_plain(db)
    with Workspace.open(tmp_path, key=key) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM organisations").scalar() == \
            "Logis Interrompu"
    assert not cipher.looks_plain(db) and b"Interrompu" not in db.read_bytes()


def test_cli_encrypt_account_add_and_recover(tmp_path):
    with Workspace.open(tmp_path) as ws:
        PlaceService(ws).create_organisation("Habitat Ancien", "landlord")
    warned = _palier("check", data_dir=tmp_path)
    assert warned.returncode == 0 and "n'est pas chiffré" in warned.stderr
    done = _palier("encrypt", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Espace de travail chiffré (avec ses sauvegardes)" in done.stdout
    recovery = done.stderr.split("affichée une seule fois : ")[1].split()[0]
    assert not cipher.looks_plain(tmp_path / WORKSPACE_FILE)
    again = _palier("encrypt", data_dir=tmp_path)
    assert again.returncode == 1 and "déjà un fichier de clés" in again.stderr
    short = _palier("account", "add", "gardien", "--password-stdin", data_dir=tmp_path,
                    stdin="court\n")
    assert short.returncode == 1 and "au moins 8 caractères" in short.stderr
    added = _palier("account", "add", "gardien", "--password-stdin", data_dir=tmp_path,
                    stdin="mot de passe gardien\n")
    assert added.returncode == 0, added.stderr
    as_gardien = {"PALIER_USER": "gardien", "PALIER_PASSWORD": "mot de passe gardien"}
    assert _palier("check", data_dir=tmp_path, env=as_gardien).returncode == 0
    recovered = _palier("account", "recover", "gardien", data_dir=tmp_path,
                        env={"PALIER_RECOVERY_KEY": recovery,
                             "PALIER_NEW_PASSWORD": "nouveau mot de passe"})
    assert recovered.returncode == 0, recovered.stderr
    assert _palier("check", data_dir=tmp_path,
                   env={"PALIER_USER": "gardien",
                        "PALIER_PASSWORD": "nouveau mot de passe"}).returncode == 0


def test_check_names_a_page_altered_on_disk(tmp_path):
    unlocked, _ = _set_up(tmp_path)
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        places = PlaceService(ws)
        org = places.create_organisation("Habitat Val-de-Seine", "landlord")
        for i in range(60):
            places.create_site(f"S{i:02d}", "Résidence " + "des Tilleuls " * 20, org)
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert IntegrityService(ws).check() == []
    db = tmp_path / WORKSPACE_FILE
    data = bytearray(db.read_bytes())
    last_page = len(data) - 4096
    data[last_page + 100] ^= 0xFF  # one bit pattern flipped inside the last page
    db.write_bytes(bytes(data))
    with Workspace.open(tmp_path, key=unlocked.key) as ws:
        problems = [p.message for p in IntegrityService(ws).check()]
    assert any(p.startswith("Chiffrement : page altérée") for p in problems), problems
