"""The environment's sign-in, started before Qt is even imported.

`palier gui` calls start() first thing: with PALIER_USER and PALIER_PASSWORD set on an
encrypted workspace, the key derivation (Argon2id, 0.2 s or more on a busy machine) runs
on a thread of its own while Python imports Qt and the window (about 0.3 s), instead of
after them. argon2-cffi releases the GIL, so the two overlap. The worker then takes the
result (app.ui.signin.startup.sign_in_and_open). No Qt and no SQLAlchemy here.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.services import signin
from app.store.quick import resolve_data_dir

_started: dict[Path, EarlySignIn] = {}


class EarlySignIn:
    def __init__(self, folder: Path, login: str, password: str) -> None:
        self.folder = folder
        self.login = login
        self._outcome: dict = {}
        self._thread = threading.Thread(target=self._run, args=(password,), daemon=True,
                                        name="palier-sign-in")
        self._thread.start()

    def _run(self, password: str) -> None:
        try:
            self._outcome["unlocked"] = signin.unlock(self.folder, self.login, password)
        except BaseException as exc:  # handed to whoever takes the result
            self._outcome["error"] = exc

    def result(self) -> signin.Unlocked:
        self._thread.join()
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["unlocked"]


def start(data_dir: str | os.PathLike | None) -> None:
    login, password = os.environ.get("PALIER_USER"), os.environ.get("PALIER_PASSWORD")
    if not login or password is None:
        return
    folder = resolve_data_dir(data_dir)
    if signin.state(folder) == signin.State.ENCRYPTED:
        _started[folder] = EarlySignIn(folder, login, password)


def take(folder: Path, login: str) -> EarlySignIn | None:
    """The sign-in started for `folder` and `login`, once."""
    early = _started.pop(resolve_data_dir(folder), None)
    return early if early is not None and early.login == login else None
