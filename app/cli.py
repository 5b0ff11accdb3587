"""The `palier` command. Every subcommand goes through the same service layer as the GUI.

Exit codes: 0 success, 1 the work was refused or found problems (the message says why),
2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.domain.messages import detect_language, msg, set_language
from app.sync import commands as sync_commands

EXPORT_KINDS = ("sites", "households", "signalements", "conflicts", "welfare")
SCREENS = ("today", "signalements", "conflicts", "welfare", "sites", "audit", "sync")


# argparse's own words (it reads them through gettext at call time). French only:
# English is argparse's source language.
ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : %(value)r (possibles : %(choices)s)",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
}


def _translate_argparse(lang: str) -> None:
    argparse._ = (lambda text: ARGPARSE_FR.get(text, text)) if lang == "fr" else (lambda t: t)


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(msg("cli_records_positive"))
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="palier",
        description=msg("help_description"),
    )
    parser.add_argument("--version", action="version", version=f"palier {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=msg("help_data_dir"))
    parser.add_argument("--lang", choices=("fr", "en"), help=msg("help_lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help=msg("help_gui"))
    _add_gui_options(gui)

    demo = sub.add_parser("demo", help=msg("help_demo"))
    demo.add_argument("--records", type=_non_negative, default=2000, metavar="N",
                      help=msg("help_records"))
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help=msg("help_seed"))

    imp = sub.add_parser("import", help=msg("help_import"))
    imp.add_argument("kind", choices=("sites", "households"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=msg("help_dry_run"))
    imp.add_argument("--map", type=Path, metavar="MAPFILE",
                     help=msg("help_map"))

    exp = sub.add_parser("export", help=msg("help_export"))
    exp.add_argument("kind", choices=EXPORT_KINDS)
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE",
                     help=msg("help_output"))

    sub.add_parser("check", help=msg("help_check"))
    _add_account_parsers(sub)
    selfcheck = sub.add_parser("selfcheck", help=msg("help_selfcheck"))
    selfcheck.add_argument("--pdf", type=Path, metavar="FILE", help=msg("help_selfcheck_pdf"))
    _add_report_parser(sub)
    sync_commands.add_parsers(sub)  # palier server ..., palier sync
    _add_privacy_parsers(sub)  # palier purge, retention, person
    _add_gui_options(parser)
    return parser


def _date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("cli_report_bad_date", value=value)) from None


def _datetime(value: str):
    from datetime import datetime

    try:
        return datetime.fromisoformat(value).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(msg("cli_report_bad_datetime", value=value)) from None


def _add_report_parser(sub) -> None:
    """`palier report DOCUMENT ...`: the PDF documents (app.services.reports)."""
    report = sub.add_parser("report", help=msg("help_report"))
    docs = report.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    sheet = docs.add_parser("police-sheet", help=msg("help_report_sheet"))
    sheet.add_argument("id", metavar="ID", help=msg("help_report_sig_id"))
    letter = docs.add_parser("letter", help=msg("help_report_letter"))
    letter.add_argument("case_id", metavar="CASE_ID", help=msg("help_report_case_id"))
    letter.add_argument("--kind", choices=("reminder", "summons", "notice"), required=True,
                        help=msg("help_report_kind"))
    letter.add_argument("--meeting", type=_datetime, metavar="'YYYY-MM-DD HH:MM'",
                        help=msg("help_report_meeting"))
    letter.add_argument("--deadline", type=_date, metavar="YYYY-MM-DD",
                        help=msg("help_report_deadline"))
    round_ = docs.add_parser("welfare-round", help=msg("help_report_round"))
    round_.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help=msg("help_report_round_date"))
    round_.add_argument("--site", nargs="+", action="extend", default=[], metavar="CODE",
                        help=msg("help_report_sites"))
    case = docs.add_parser("case-file", help=msg("help_report_case"))
    case.add_argument("case_id", metavar="CASE_ID", help=msg("help_report_case_id"))
    activity = docs.add_parser("activity", help=msg("help_report_activity"))
    activity.add_argument("--from", dest="date_from", type=_date, required=True,
                          metavar="YYYY-MM-DD", help=msg("help_report_from"))
    activity.add_argument("--to", dest="date_to", type=_date, required=True,
                          metavar="YYYY-MM-DD", help=msg("help_report_to"))
    activity.add_argument("--site", nargs="+", action="extend", default=[], metavar="CODE",
                          help=msg("help_report_sites"))
    for p in (sheet, letter, round_, case, activity):
        p.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help=msg("help_report_output"))
        p.add_argument("--password", metavar="PASSWORD", help=msg("help_report_password"))


def _add_account_parsers(sub) -> None:
    """`palier account ...` and `palier encrypt`: the workspace's local accounts."""
    account = sub.add_parser("account", help=msg("help_account"))
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=msg("help_account_add"))
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--password-stdin", action="store_true", help=msg("help_password_stdin"))
    actions.add_parser("passwd", help=msg("help_account_passwd"))
    recover = actions.add_parser("recover", help=msg("help_account_recover"))
    recover.add_argument("login", metavar="LOGIN")
    sub.add_parser("encrypt", help=msg("help_encrypt"))


def _add_gui_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--screen", choices=SCREENS, help=msg("help_screen"))
    p.add_argument("--quit-after", type=float, metavar="SECONDS",
                   help=msg("help_quit_after"))
    p.add_argument("--screenshot", type=Path, metavar="FILE.png",
                   help=msg("help_screenshot"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language must be known before argparse prints any message.
    lang = _peek_lang(argv) or detect_language()
    set_language(lang)
    _translate_argparse(lang)
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from app.ui.signin import early

        early.start(args.data_dir)  # the key derivation, while Qt is imported
        from app.ui.app import run

        return run(data_dir=args.data_dir, lang=args.lang, screen=args.screen,
                   quit_after=args.quit_after, screenshot=args.screenshot)
    if command == "selfcheck":
        from app import selfcheck

        return selfcheck.main(pdf=args.pdf)
    from app.cli_signin import SignInNeeded
    from app.services.errors import ServiceError
    from app.services.signin import SignInError
    from app.store.workspace import WorkspaceError

    try:
        return COMMANDS[command](args)
    except WorkspaceError as exc:
        _err(msg(exc.key, **exc.values))
        return 1
    except SignInNeeded:
        _err(msg("cli_sign_in_needed"))
        return 1
    except SignInError as exc:
        _err(exc.message())
        return 1
    except ServiceError as exc:
        _err(str(exc))
        return 1


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _open(args, **options):
    """The workspace, signed in (app.cli_signin); `args.actor` is who acts."""
    from app.cli_signin import open_workspace

    ws, identity = open_workspace(args.data_dir, **options)
    if ws.migration.backup is not None:
        _err(msg("cli_backup_made", path=ws.migration.backup))
    # The account that set the workspace up acts as the workspace's server user, if any.
    args.actor = identity.actor() if identity is not None and identity.user_id else \
        sync_commands.workspace_actor(ws)
    return ws


def cmd_demo(args) -> int:
    from app.cli_signin import add_demo_accounts
    from app.services.demo import DemoService

    with _open(args, demo=True) as ws:
        # The demo fills the actor's organisation (and a caretaker's sites) as before
        # sign-in existed: it is demo data, not a user's own writes.
        actor = dataclasses.replace(args.actor, signed_in=False)
        report = DemoService(ws, actor).generate(records=args.records, seed=args.seed)
        print(msg("cli_demo_done", signalements=report.signalements, cases=report.cases,
                  welfare=report.welfare))
        print(msg("cli_workspace", path=ws.db_path))
        add_demo_accounts(ws)
    return 0


def cmd_import(args) -> int:
    from app.services.imports import ImportRefused, ImportService

    for path in (args.file, args.map):
        if path is not None and not path.is_file():
            _err(msg("cli_file_not_found", path=path))
            return 1
    with _open(args) as ws:
        service = ImportService(ws, args.actor)
        run = service.import_sites if args.kind == "sites" else service.import_households
        try:
            report = run(args.file, dry_run=args.dry_run, mapping_path=args.map)
        except ImportRefused as exc:
            for line, reason in exc.errors:
                _err(msg("cli_line_error", line=line, reason=reason))
            _err(msg("cli_import_refused", count=len(exc.errors)))
            return 1
        key = "cli_import_dry_run" if args.dry_run else "cli_import_done"
        print(msg(key, created=report.created, updated=report.updated,
                  unchanged=report.unchanged))
    return 0


def cmd_export(args) -> int:
    from app.services.exports import ExportService

    with _open(args) as ws:
        service = ExportService(ws, args.actor)
        if args.output is None:
            count = service.export(args.kind, args.format, sys.stdout.buffer)
            sys.stdout.flush()
            return 0
        partial = args.output.with_name(args.output.name + ".part")
        try:
            # Written beside the target then renamed: a failed export leaves no half file.
            with open(partial, "wb") as out:
                count = service.export(args.kind, args.format, out)
            partial.replace(args.output)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            _err(msg("cli_cannot_write", path=args.output, reason=exc.strerror or exc))
            return 1
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _err(msg("cli_export_done", count=count, path=args.output))
    return 0


def cmd_check(args) -> int:
    from app.services.integrity import IntegrityService

    with _open(args) as ws:
        problems = IntegrityService(ws).check()
    for p in problems:
        _err(p.message)
    if problems:
        _err(msg("cli_check_failed", count=len(problems)))
        return 1
    print(msg("cli_check_ok"))
    return 0


def cmd_report(args) -> int:
    from app.services.reports import ReportService

    with _open(args) as ws:
        service = ReportService(ws, args.actor)
        password = args.password or None
        if args.document == "police-sheet":
            doc = service.referral_sheet(args.id, password=password)
        elif args.document == "letter":
            doc = service.letter(args.case_id, args.kind, meeting=args.meeting,
                                 deadline=args.deadline, password=password)
        elif args.document == "welfare-round":
            doc = service.welfare_round(args.date, sites=args.site, password=password)
        elif args.document == "case-file":
            doc = service.case_file(args.case_id, password=password)
        else:
            doc = service.activity_report(args.date_from, args.date_to, sites=args.site,
                                          password=password)
    target = args.output or Path(doc.filename)
    partial = target.with_name(target.name + ".part")
    try:
        # Written beside the target then renamed: a failed write leaves no half file.
        partial.write_bytes(doc.data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _err(msg("cli_cannot_write", path=target, reason=exc.strerror or exc))
        return 1
    _err(msg("cli_report_done", title=doc.title, pages=doc.pages, path=target))
    return 0


def cmd_account(args) -> int:
    from app import cli_signin

    return cli_signin.account_command(args)


def cmd_encrypt(args) -> int:
    from app import cli_signin

    return cli_signin.encrypt_command(args)


COMMANDS = {"account": cmd_account, "encrypt": cmd_encrypt, "demo": cmd_demo, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "report": cmd_report}
COMMANDS.update(server=sync_commands.cmd_server, sync=sync_commands.cmd_sync)


def _add_privacy_parsers(sub) -> None:
    from app import cli_privacy

    cli_privacy.add_parsers(sub)


def _privacy(name: str):
    def command(args) -> int:
        from app import cli_privacy

        return getattr(cli_privacy, name)(args)
    return command


COMMANDS.update(purge=_privacy("cmd_purge"), retention=_privacy("cmd_retention"),
                person=_privacy("cmd_person"))
