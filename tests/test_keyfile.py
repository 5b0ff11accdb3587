"""The workspace key file: Argon2id-derived wraps of one data key, per user and for
recovery, on real files."""

from __future__ import annotations

import json

import pytest

from app.domain.messages import msg
from app.store.keyfile import DEFAULT_PARAMS, KEY_FILE, KdfParams, KeyFile, KeyFileError

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # tests only


def refused(call) -> str:
    with pytest.raises(KeyFileError) as caught:
        call()
    return caught.value.key


def test_set_up_sign_in_and_recovery(tmp_path):
    keys, data_key, recovery = KeyFile.create(tmp_path, "admin", "correct horse 42", FAST)
    assert len(data_key) == 32 and len(recovery) == 47 and recovery.count("-") == 7
    again = KeyFile(tmp_path)
    assert again.logins() == ["admin"]
    assert again.unlock("admin", "correct horse 42") == data_key
    assert again.unlock_with_recovery(recovery.lower()) == data_key
    # Neither the data key, nor the password, nor the recovery key is in the file.
    raw = (tmp_path / KEY_FILE).read_bytes()
    for secret in (data_key, data_key.hex().encode(), b"correct horse", recovery.encode()):
        assert secret not in raw
    assert json.loads(raw)["users"]["admin"]["memory_kib"] == FAST.memory_kib
    assert refused(lambda: KeyFile.create(tmp_path, "admin", "x", FAST)) == "key_file_exists"


def test_wrong_password_unknown_login_and_wrong_recovery_are_refused(tmp_path):
    keys, _key, recovery = KeyFile.create(tmp_path, "admin", "correct horse 42", FAST)
    assert refused(lambda: keys.unlock("admin", "Correct horse 42")) == "sign_in_refused"
    assert refused(lambda: keys.unlock("nobody", "correct horse 42")) == "sign_in_refused"
    assert refused(lambda: keys.unlock_with_recovery(recovery[:-1] + "A")) == "recovery_refused"
    assert msg("sign_in_refused") == "Identifiant ou mot de passe incorrect."


def test_password_change_rewraps_only(tmp_path):
    keys, data_key, recovery = KeyFile.create(tmp_path, "admin", "correct horse 42", FAST)
    keys.add_user(data_key, "gardien", "battery staple 7", FAST)
    before = json.loads((tmp_path / KEY_FILE).read_text())
    keys.change_password("gardien", "battery staple 7", "new password 8", FAST)
    after = json.loads((tmp_path / KEY_FILE).read_text())
    assert after["users"]["admin"] == before["users"]["admin"]
    assert after["recovery"] == before["recovery"]
    assert after["users"]["gardien"] != before["users"]["gardien"]
    reread = KeyFile(tmp_path)
    assert reread.unlock("gardien", "new password 8") == data_key
    assert refused(lambda: reread.unlock("gardien", "battery staple 7")) == "sign_in_refused"
    assert refused(lambda: keys.change_password("gardien", "wrong", "x", FAST)) \
        == "sign_in_refused"
    keys.remove_user("gardien")
    assert KeyFile(tmp_path).logins() == ["admin"]


def test_a_wrap_cannot_be_moved_to_another_login(tmp_path):
    keys, data_key, _recovery = KeyFile.create(tmp_path, "admin", "correct horse 42", FAST)
    keys.data["users"]["intrus"] = keys.data["users"]["admin"]
    assert refused(lambda: keys.unlock("intrus", "correct horse 42")) == "sign_in_refused"


def test_unreadable_or_future_key_file(tmp_path):
    (tmp_path / KEY_FILE).write_text("{not json", encoding="utf-8")
    assert refused(lambda: KeyFile(tmp_path)) == "key_file_unreadable"
    (tmp_path / KEY_FILE).write_text(json.dumps({"version": 99}), encoding="utf-8")
    assert refused(lambda: KeyFile(tmp_path)) == "key_file_unreadable"


def test_sign_in_with_the_default_costs(tmp_path):
    """The real costs (their time is bench/bench_security.py's, not a test's)."""
    keys, data_key, _recovery = KeyFile.create(tmp_path, "admin", "correct horse 42")
    # Above OWASP's Argon2id baseline (46 MiB, one pass), never below 64 MiB.
    assert DEFAULT_PARAMS.memory_kib >= 64 * 1024 and DEFAULT_PARAMS.time_cost >= 2
    entry = json.loads((tmp_path / KEY_FILE).read_text())["users"]["admin"]
    assert (entry["memory_kib"], entry["time_cost"]) == (DEFAULT_PARAMS.memory_kib,
                                                        DEFAULT_PARAMS.time_cost)
    assert KeyFile(tmp_path).unlock("admin", "correct horse 42") == data_key
