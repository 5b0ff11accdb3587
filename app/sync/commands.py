"""`palier server ...` and `palier sync`: their arguments, and what they run.

Kept apart from app/cli.py, which only registers them. Light to import: FastAPI, uvicorn
and httpx load only when one of these commands runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.domain.messages import msg

ORG_KINDS = ("landlord", "town", "mediation", "association")
ROLES = ("caretaker", "mediator", "officer", "admin", "partner")
DEFAULT_PORT = 8765


def add_parsers(sub) -> None:
    server = sub.add_parser("server", help=msg("help_server"))
    _db_option(server, top=True)
    server.add_argument("--host", default="127.0.0.1", help=msg("help_server_host"))
    server.add_argument("--port", type=int, default=DEFAULT_PORT, help=msg("help_server_port"))
    server.add_argument("--ssl-certfile", metavar="FILE", help=msg("help_server_tls"))
    server.add_argument("--ssl-keyfile", metavar="FILE", help=msg("help_server_tls"))
    server.add_argument("--token-days", type=float, metavar="N",
                        help=msg("help_server_token_days"))
    admin = server.add_subparsers(dest="server_command", metavar="ACTION")

    org = admin.add_parser("org", help=msg("help_server_org"))
    org_sub = org.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    org_add = org_sub.add_parser("add", help=msg("help_server_org_add"))
    org_add.add_argument("name", metavar="NAME")
    org_add.add_argument("--kind", choices=ORG_KINDS, required=True)
    _db_option(org_add)

    user = admin.add_parser("user", help=msg("help_server_user"))
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_add = user_sub.add_parser("add", help=msg("help_server_user_add"))
    user_add.add_argument("login", metavar="LOGIN")
    user_add.add_argument("--org", required=True, metavar="NAME")
    user_add.add_argument("--role", choices=ROLES, required=True)
    user_add.add_argument("--sites", default="", metavar="CODE,CODE",
                          help=msg("help_server_sites"))
    user_add.add_argument("--name", metavar="DISPLAY_NAME", help=msg("help_server_name"))
    user_add.add_argument("--password-stdin", action="store_true",
                          help=msg("help_server_password_stdin"))
    _db_option(user_add)
    user_disable = user_sub.add_parser("disable", help=msg("help_server_user_disable"))
    user_disable.add_argument("login", metavar="LOGIN")
    _db_option(user_disable)

    device = admin.add_parser("device", help=msg("help_server_device"))
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    device_list = device_sub.add_parser("list", help=msg("help_server_device_list"))
    device_list.add_argument("login", metavar="LOGIN")
    _db_option(device_list)
    device_revoke = device_sub.add_parser("revoke", help=msg("help_server_device_revoke"))
    device_revoke.add_argument("login", metavar="LOGIN")
    device_revoke.add_argument("--device", metavar="ID", help=msg("help_server_device_id"))
    _db_option(device_revoke)

    sign_ins = admin.add_parser("sign-ins", help=msg("help_server_sign_ins"))
    sign_ins.add_argument("--login", metavar="LOGIN")
    sign_ins.add_argument("--failed", action="store_true", help=msg("help_server_failed"))
    sign_ins.add_argument("--last", type=int, default=50, metavar="N")
    _db_option(sign_ins)

    share = admin.add_parser("share", help=msg("help_server_share"))
    share.add_argument("record", metavar="CASE_OR_SIGNALEMENT_ID")
    share.add_argument("--with", dest="with_org", required=True, metavar="ORG")
    share.add_argument("--revoke", action="store_true", help=msg("help_server_revoke"))
    _db_option(share)

    purge = admin.add_parser("purge", help=msg("help_server_purge"))
    purge.add_argument("--days", type=int, default=90, metavar="N")
    _db_option(purge)

    sync = sub.add_parser("sync", help=msg("help_sync"))
    sync.add_argument("--server", metavar="URL", help=msg("help_sync_server"))


def _db_option(p: argparse.ArgumentParser, top: bool = False) -> None:
    # SUPPRESS below the top: `palier server --db X user add ...` and
    # `palier server user add ... --db X` both work, the one given wins.
    default = None if top else argparse.SUPPRESS
    p.add_argument("--db", metavar="URL", default=default, help=msg("help_server_db"))
    p.add_argument("--data", metavar="DIR", default=default, help=msg("help_server_data"))


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_server(args) -> int:
    from app.server import db as sdb

    url = sdb.resolve_url(args.db, args.data)
    action = getattr(args, "server_command", None)
    if action is None:
        from app.server.api import serve
        from app.server.settings import Settings

        tls = {k: v for k, v in (("ssl_certfile", args.ssl_certfile),
                                 ("ssl_keyfile", args.ssl_keyfile)) if v}
        scheme = "https" if tls else "http"
        try:
            settings = Settings.from_env(token_days=args.token_days)
        except ValueError as exc:
            _err(msg("srv_bad_setting", setting=str(exc)))
            return 2
        _err(msg("srv_listening", url=f"{scheme}://{args.host}:{args.port}",
                 db=_safe_url(url)))
        serve(url, args.host, args.port, settings, **tls)
        return 0
    engine = sdb.make_engine(url)
    try:
        sdb.init_db(engine)
        with engine.begin() as conn:
            return {"org": _org, "user": _user, "share": _share, "purge": _purge,
                    "device": _device, "sign-ins": _sign_ins}[action](conn, args)
    finally:
        engine.dispose()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _org(conn, args) -> int:
    from app.server import core

    name = args.name.strip()
    if not name:
        _err(msg("required"))
        return 1
    if core.org_by_name(conn, name) is not None:
        _err(msg("duplicate_value", value=name))
        return 1
    oid = core.add_org(conn, name, args.kind)
    _out(msg("srv_org_added", name=name, id=oid))
    return 0


def _user(conn, args) -> int:
    import json

    from sqlalchemy import select

    from app.server import auth, core
    from app.server import db as sdb

    if args.user_command == "disable":
        if not core.disable_user(conn, args.login):
            _err(msg("srv_user_unknown", login=args.login))
            return 1
        _out(msg("srv_user_disabled", login=args.login))
        return 0
    org = core.org_by_name(conn, args.org)
    if org is None:
        _err(msg("srv_org_unknown", name=args.org))
        return 1
    if conn.execute(select(sdb.users.c.id).where(sdb.users.c.login == args.login)).first():
        _err(msg("duplicate_value", value=args.login))
        return 1
    codes = [c.strip() for c in args.sites.split(",") if c.strip()]
    site_ids = []
    r = sdb.records.c
    known = {json.loads(d).get("code"): i for i, d in conn.execute(
        select(r.id, r.data).where(r.entity == "sites", r.org_id == org.id,
                                   r.deleted.is_(False)))}
    for code in codes:
        if code not in known:
            _err(msg("srv_site_unknown", code=code, org=org.name))
            return 1
        site_ids.append(known[code])
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(msg("sync_password_prompt"))
    if len(password) < 8:
        _err(msg("srv_password_short"))
        return 1
    uid = core.add_user(conn, args.login, org.id, args.role, site_ids,
                        auth.hash_password(password), args.name)
    _out(msg("srv_user_added", login=args.login, org=org.name, role=args.role, id=uid))
    return 0


def _device(conn, args) -> int:
    """`device list LOGIN`: the account's devices and their tokens; `device revoke LOGIN
    [--device ID]`: end the sign-in of one device, or of all, without disabling the account."""
    from sqlalchemy import select

    from app.server import auth
    from app.server import db as sdb
    from app.server.settings import Settings

    uid = conn.execute(select(sdb.users.c.id).where(sdb.users.c.login == args.login)).scalar()
    if uid is None:
        _err(msg("srv_user_unknown", login=args.login))
        return 1
    if args.device_command == "revoke":
        count = auth.revoke_devices(conn, uid, args.device)
        if args.device and not count:
            _err(msg("srv_device_unknown", login=args.login, device=args.device))
            return 1
        _out(msg("srv_devices_revoked", login=args.login, count=count))
        return 0
    lifetime = Settings.from_env().token_lifetime
    now = auth.now_micros()
    for device_id, name, created, revoked in auth.devices(conn, uid):
        end = auth.expires_at(created, lifetime)
        state = ("revoked" if revoked is not None else "expired" if end is not None and
                 now >= end else "active")
        _out(f"{device_id}\t{name or '-'}\t{_when(created)}\t"
             f"{_when(end) if end is not None else '-'}\t{msg('srv_device_' + state)}")
    return 0


def _sign_ins(conn, args) -> int:
    """The server's record of sign-in attempts, newest first."""
    from sqlalchemy import select

    from app.server import db as sdb

    e = sdb.auth_events.c
    query = select(e.at, e.login, e.outcome, e.address, e.device_id, e.failures)
    if args.login:
        query = query.where(e.login == args.login)
    if args.failed:
        query = query.where(e.outcome != "success")
    for at, login, outcome, address, device, failures in conn.execute(
            query.order_by(e.id.desc()).limit(max(args.last, 1))):
        _out(f"{_when(at)}\t{login}\t{outcome}\t{address}\t{device}\t{failures}")
    return 0


def _when(micros: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(micros / 1e6, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _share(conn, args) -> int:
    from app.server import core

    org = core.org_by_name(conn, args.with_org)
    if org is None:
        _err(msg("srv_org_unknown", name=args.with_org))
        return 1
    root = core.find_root(conn, args.record)
    if root is None:
        _err(msg("srv_share_unknown", id=args.record))
        return 1
    entity, rid, _owner = root
    core.share(conn, entity, rid, org.id, revoke=args.revoke)
    _out(msg("srv_share_revoked" if args.revoke else "srv_share_done", id=rid, org=org.name))
    return 0


def _purge(conn, args) -> int:
    from app.server import core
    from app.server.auth import now_micros

    gone = core.purge(conn, now_micros() - args.days * 86_400_000_000)
    _out(msg("srv_purged", count=gone, days=args.days))
    return 0


def cmd_sync(args) -> int:
    from app.cli_signin import discard_new_workspace, open_workspace
    from app.sync.client import SyncClient, SyncFailed

    # The same credentials sign in here and on the server; on a new folder they set the
    # workspace up, which is discarded again if the server refuses them.
    if not args.server and _is_new(args.data_dir):
        _err(msg("sync_no_server"))
        return 1
    ws, _identity = open_workspace(args.data_dir)
    fresh = getattr(ws, "set_up_now", False)
    with ws:
        client = SyncClient(ws)
        try:
            url = args.server or client.server_url()
            if not url:
                _err(msg("sync_no_server"))
                return 1
            if args.server and client.server_url() and args.server != client.server_url():
                client.forget_token()
            try:
                if client.token() is None:
                    try:
                        _sign_in(client, url)
                    except SyncFailed:
                        if fresh:
                            client.close()
                            ws.close()
                            discard_new_workspace(ws.data_dir)
                        raise
                try:
                    report = client.sync()
                except SyncFailed as exc:
                    if not exc.signed_out:
                        raise
                    # A revoked or expired token is forgotten: sign in again if we can.
                    client.forget_token()
                    if not os.environ.get("PALIER_PASSWORD"):
                        raise
                    _sign_in(client, url)
                    report = client.sync()
            except SyncFailed as exc:
                _err(msg(exc.key, **exc.values))
                return 1
            except (EOFError, KeyboardInterrupt):
                _err(msg("sync_credentials_needed"))
                return 1
        finally:
            client.close()
        _out(msg("sync_sent", count=report.sent))
        _out(msg("sync_received", count=report.received, removed=report.removed))
        for line in report.renamed_lines():
            _out(line)
        for line in report.conflict_lines():
            _out(line)
        if report.conflicts:
            _out(msg("sync_conflicts", count=report.conflicts))
        for line in report.rejected_lines():
            _err(line)
        if report.rejected:
            _err(msg("sync_rejected", count=report.rejected))
            return 1
    return 0


def _is_new(data_dir) -> bool:
    from app.services.signin import State, state

    return state(data_dir) == State.NEW


def _sign_in(client, url: str) -> None:
    login = os.environ.get("PALIER_USER") or input(msg("sync_login_prompt"))
    password = os.environ.get("PALIER_PASSWORD")
    if password is None:
        password = getpass.getpass(msg("sync_password_prompt"))
    client.sign_in(url, login, password)


def workspace_actor(ws, *, signed_in: bool = True):
    """Who this workspace is signed in as (app.services.base.Actor), or the system when it
    has never signed in to a server. `palier demo` and `palier import` act as this user,
    so that they fill only the user's own organisation and sites."""
    import json

    from app.services.base import SYSTEM, Actor

    with ws.engine.connect() as conn:
        state = dict(conn.exec_driver_sql(
            "SELECT key, value FROM sync_state WHERE key IN"
            " ('user_id', 'org_id', 'role', 'sites', 'server_url')").all())
    if not state.get("server_url") or not state.get("org_id"):
        return SYSTEM
    sites = frozenset(json.loads(state.get("sites") or "[]")) \
        if state.get("role") == "caretaker" else frozenset()
    return Actor(user_id=state.get("user_id"), org_id=state["org_id"], role=state.get("role"),
                 site_ids=sites, signed_in=signed_in)
