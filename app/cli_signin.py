"""Signing in on the command line: credentials from PALIER_USER and PALIER_PASSWORD, or
typed in a terminal, then the workspace opened with its data key (app.services.signin).

A command run on a folder with no workspace yet sets one up, encrypted, with these
credentials as its first account, and prints the recovery key once on standard error.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable

from app.domain.messages import language, msg
from app.services import signin
from app.store.quick import resolve_data_dir

DEMO_LOGIN = "admin"
DEMO_PASSWORD = "palier-demo"
# The demo users (app/services/demo_data.py) that get an account in a demo workspace.
DEMO_ACCOUNTS = ("gardien.martin", "surete.moreau", "mediateur.fontaine", "admin.durand",
                 "ville.lambert")


class SignInNeeded(Exception):
    """No credentials in the environment and no terminal to ask for them."""


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def credentials(new: bool = False) -> tuple[str, str]:
    login = os.environ.get("PALIER_USER")
    password = os.environ.get("PALIER_PASSWORD")
    if login and password is not None:
        return login, password
    if not sys.stdin.isatty():
        raise SignInNeeded
    try:
        login = login or input(msg("cli_prompt_login")).strip()
        if password is None:
            password = getpass.getpass(msg("cli_prompt_new_password" if new
                                           else "cli_prompt_password"))
            if new and getpass.getpass(msg("cli_prompt_confirm")) != password:
                raise signin.SignInError("password_mismatch")
    except (EOFError, KeyboardInterrupt):
        raise SignInNeeded from None
    return login, password


def open_workspace(data_dir, *, before_set_up: Callable[[str, str], None] | None = None,
                   demo: bool = False):
    """(workspace, identity) for a command. Raises SignInNeeded, SignInError or
    WorkspaceError, which app.cli turns into messages and exit code 1.

    `before_set_up(login, password)` runs before a new workspace is set up (palier sync
    signs in to the server first: that sign-in creates the local user). `demo` sets a new
    workspace up with the demo accounts instead of asking."""
    from app.store.workspace import Workspace

    folder = resolve_data_dir(data_dir)
    current = signin.state(folder)
    if current == signin.State.PLAIN:
        _err(msg("cli_plain_workspace"))
        return Workspace.open(folder), None
    if current == signin.State.NEW:
        login, password = (DEMO_LOGIN, DEMO_PASSWORD) if demo else credentials(new=True)
        if before_set_up is not None:
            before_set_up(login, password)
        unlocked, recovery = signin.set_up(folder, login, password)
        _err(msg("cli_set_up_done", login=login))
        _err(msg("cli_recovery_key", recovery=recovery))
    else:
        login, password = credentials()
        unlocked = signin.unlock(folder, login, password)
    ws = Workspace.open(folder, key=unlocked.key)
    try:
        identity = signin.enter(ws, unlocked)
    except BaseException:
        ws.close()
        raise
    ws.signed_in = unlocked
    ws.set_up_now = current == signin.State.NEW
    return ws, identity


def add_demo_accounts(ws) -> None:
    """Give the demo users their accounts (same password), then print them all."""
    unlocked = getattr(ws, "signed_in", None)
    # Only a workspace the demo itself has just set up: known passwords never enter a
    # real workspace.
    if unlocked is None or not getattr(ws, "set_up_now", False):
        return
    from app.store.keyfile import KeyFile

    keys = KeyFile(unlocked.folder)
    have = set(keys.logins())
    for login in DEMO_ACCOUNTS:
        if login not in have:
            keys.add_user(unlocked.key, login, DEMO_PASSWORD)
    conn = ws.raw_connection()
    try:
        roles = dict(conn.execute("SELECT login, role FROM users WHERE deleted_at IS NULL"))
    finally:
        conn.close()
    from app.domain.codes import Role

    print(msg("cli_demo_credentials", password=DEMO_PASSWORD))
    for login in keys.logins():
        role = roles.get(login)
        label = Role(role).label(language()) if role else msg("cli_account_system")
        print(msg("cli_demo_account", login=login, role=label))


def discard_new_workspace(folder) -> None:
    """Remove a workspace set up a moment ago by this command (nothing in it yet)."""
    from app.store.keyfile import KEY_FILE
    from app.store.quick import WORKSPACE_FILE

    for name in (WORKSPACE_FILE, WORKSPACE_FILE + "-wal", WORKSPACE_FILE + "-shm", KEY_FILE,
                 signin.THROTTLE_FILE):
        (folder / name).unlink(missing_ok=True)


def _new_password(args_stdin: bool) -> str:
    """A new password: one line of standard input, or typed twice in a terminal."""
    if args_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise SignInNeeded
    password = getpass.getpass(msg("cli_prompt_new_password"))
    if getpass.getpass(msg("cli_prompt_confirm")) != password:
        raise signin.SignInError("password_mismatch")
    return password


def account_command(args) -> int:
    """palier account add LOGIN | passwd | recover LOGIN."""
    folder = resolve_data_dir(args.data_dir)
    if args.action == "recover":
        if not sys.stdin.isatty() and not os.environ.get("PALIER_RECOVERY_KEY"):
            raise SignInNeeded
        recovery = os.environ.get("PALIER_RECOVERY_KEY") or getpass.getpass(
            msg("cli_prompt_recovery"))
        password = os.environ.get("PALIER_NEW_PASSWORD") or _new_password(False)
        signin.recover(folder, recovery, args.login, password)
        print(msg("cli_recovered", login=args.login))
        return 0
    if args.action == "passwd":
        login, old = credentials()
        new = os.environ.get("PALIER_NEW_PASSWORD") or _new_password(False)
        signin.change_password(folder, login, old, new)
        print(msg("cli_password_changed"))
        return 0
    # add: only the account that set the workspace up, or an administrator.
    ws, identity = open_workspace(args.data_dir)
    with ws:
        if identity is not None and identity.role not in (None, "admin"):
            from app.services.errors import PermissionDenied

            raise PermissionDenied("perm_admin_only")
        password = _new_password(args.password_stdin)
        signin.add_account(ws.signed_in, args.login, password)
    print(msg("cli_account_added", login=args.login))
    return 0


def encrypt_command(args) -> int:
    """palier encrypt: a workspace from before encryption, encrypted in place."""
    folder = resolve_data_dir(args.data_dir)
    current = signin.state(folder)
    if current != signin.State.PLAIN:
        key = "key_file_exists" if current == signin.State.ENCRYPTED else "workspace_not_set_up"
        raise signin.SignInError(key, path=folder)
    login, password = credentials(new=True)
    _unlocked, recovery = signin.set_up(folder, login, password)
    print(msg("cli_encrypted_done", login=login))
    _err(msg("cli_recovery_key", recovery=recovery))
    return 0
