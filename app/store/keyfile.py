"""The workspace's data key and who may unwrap it: `workspace.keys.json` beside the file.

The database will be encrypted (SQLCipher) under one random 256-bit data key. The key is
never stored in clear: for each local user it is wrapped (AES-256-GCM) under a key
derived from that user's password with Argon2id; one more copy is wrapped under the
administrator's recovery key, shown once at set-up. Changing a password re-wraps the data
key only: the database is not re-encrypted. A wrong password fails the GCM tag check, so
nothing is decrypted with it.

File format (version 1), JSON:
    {"version": 1, "kdf": "argon2id",
     "users": {login: {"salt": b64, "time_cost": t, "memory_kib": m, "parallelism": p,
                       "nonce": b64, "wrapped": b64}},
     "recovery": {"salt": ..., same fields}}
The associated data of each wrap is "palier-key:v1:<login>" (or ":recovery"), so a wrap
cannot be moved to another user's entry.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

KEY_FILE = "workspace.keys.json"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_ENTRY = ":recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id costs. The defaults keep a sign-in well under one second on an office PC
    (about 0.1 s here); tests/test_keyfile.py checks the bound. Above OWASP's Argon2id
    baseline (46 MiB, one pass): 64 MiB, which is what makes guessing dear, and two
    passes. One lane: the desktop derives the key while Qt starts, and a second lane
    would take the core Qt needs."""

    time_cost: int = 2
    memory_kib: int = 64 * 1024
    parallelism: int = 1


DEFAULT_PARAMS = KdfParams()


class KeyFileError(Exception):
    """`key` names a message in app.domain.messages (block # Security)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)
        self.key = key
        self.values = values


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def _aad(login: str) -> bytes:
    return f"palier-key:v{VERSION}:{login}".encode()


def _wrap(data_key: bytes, secret: str, login: str, params: KdfParams) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(derive(secret, salt, params)).encrypt(nonce, data_key, _aad(login))
    return {"salt": _b64(salt), "time_cost": params.time_cost,
            "memory_kib": params.memory_kib, "parallelism": params.parallelism,
            "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(entry: dict, secret: str, login: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = KdfParams(entry["time_cost"], entry["memory_kib"], entry["parallelism"])
    kek = derive(secret, _unb64(entry["salt"]), params)
    try:
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]),
                                   _aad(login))
    except InvalidTag:
        return None


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 5 characters (base32, no padding): to print once."""
    raw = base64.b32encode(secrets.token_bytes(25)).decode("ascii")
    return "-".join(raw[i:i + 5] for i in range(0, 40, 5))


class KeyFile:
    """The key file of one workspace folder."""

    def __init__(self, folder: Path | str) -> None:
        self.path = Path(folder) / KEY_FILE
        self.data: dict = {}
        if self.path.is_file():
            try:
                self.data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise KeyFileError("key_file_unreadable", path=self.path) from exc
            if self.data.get("version") != VERSION:
                raise KeyFileError("key_file_unreadable", path=self.path)

    @property
    def exists(self) -> bool:
        return bool(self.data)

    def logins(self) -> list[str]:
        return sorted(self.data.get("users", {}))

    @classmethod
    def create(cls, folder: Path | str, admin_login: str, admin_password: str,
               params: KdfParams = DEFAULT_PARAMS) -> tuple[KeyFile, bytes, str]:
        """A new data key, wrapped for the administrator and under a new recovery key.
        Returns (key file, data key, recovery key); the recovery key is shown once."""
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        keys, recovery = cls.create_with_key(folder, data_key, admin_login, admin_password,
                                             params)
        return keys, data_key, recovery

    @classmethod
    def create_with_key(cls, folder: Path | str, data_key: bytes, admin_login: str,
                        admin_password: str, params: KdfParams = DEFAULT_PARAMS
                        ) -> tuple[KeyFile, str]:
        """The key file for an existing data key (a workspace being encrypted)."""
        keys = cls(folder)
        if keys.exists:
            raise KeyFileError("key_file_exists", path=keys.path)
        recovery = new_recovery_key()
        keys.data = {"version": VERSION, "kdf": "argon2id",
                     "users": {admin_login: _wrap(data_key, admin_password, admin_login, params)},
                     "recovery": _wrap(data_key, recovery, RECOVERY_ENTRY, params)}
        keys._save()
        return keys, recovery

    def unlock(self, login: str, password: str) -> bytes:
        """The data key, or KeyFileError('sign_in_refused') for an unknown login or a wrong
        password (the same message for both: no hint of which logins exist)."""
        entry = self.data.get("users", {}).get(login)
        if entry is None:
            # Spend the same time as a real attempt.
            _unwrap(_wrap(b"\0" * DATA_KEY_BYTES, "x", login, DEFAULT_PARAMS), password, "-")
            raise KeyFileError("sign_in_refused")
        data_key = _unwrap(entry, password, login)
        if data_key is None:
            raise KeyFileError("sign_in_refused")
        return data_key

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        data_key = _unwrap(self.data["recovery"], recovery_key.strip().upper(), RECOVERY_ENTRY)
        if data_key is None:
            raise KeyFileError("recovery_refused")
        return data_key

    def add_user(self, data_key: bytes, login: str, password: str,
                 params: KdfParams = DEFAULT_PARAMS) -> None:
        """Give a local user their own wrap of the data key (or replace it)."""
        self.data.setdefault("users", {})[login] = _wrap(data_key, password, login, params)
        self._save()

    def change_password(self, login: str, old_password: str, new_password: str,
                        params: KdfParams = DEFAULT_PARAMS) -> None:
        """Re-wrap the data key under the new password; the database is untouched."""
        self.add_user(self.unlock(login, old_password), login, new_password, params)

    def remove_user(self, login: str) -> None:
        self.data.get("users", {}).pop(login, None)
        self._save()

    def _save(self) -> None:
        """Write a temporary file and rename it over the old one: never half a key file."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
