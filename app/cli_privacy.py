"""`palier purge`, `palier retention` and `palier person`: retention and a person's file.

Kept beside app/cli.py, which only registers them: the services decide who may (the
security officer, or the system before sign-in) and audit what is done.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.domain.messages import msg
from app.domain.retention import KINDS

PURGE_KINDS = ("signalements", "conflict_cases", "welfare_checks", "welfare_entries", "drafts",
               "audit")


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def add_parsers(sub) -> None:
    purge = sub.add_parser("purge", help=msg("help_purge"))
    purge.add_argument("--dry-run", action="store_true", help=msg("help_purge_dry_run"))

    retention = sub.add_parser("retention", help=msg("help_retention"))
    retention.add_argument("kind", nargs="?", choices=KINDS)
    retention.add_argument("days", nargs="?", type=int, help=msg("help_retention_days"))

    person = sub.add_parser("person", help=msg("help_person"))
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=msg("help_person_export"))
    erase = actions.add_parser("erase", help=msg("help_person_erase"))
    for p in (export, erase):
        p.add_argument("person_id", nargs="?", metavar="PERSON_ID", help=msg("help_person_id"))
        p.add_argument("--name", metavar="'NOM Prénom'", help=msg("help_person_name"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help=msg("help_person_output"))
    erase.add_argument("--anonymise", "--anonymize", action="store_true",
                       help=msg("help_person_anonymise"))


def cmd_purge(args) -> int:
    from app.cli import _open
    from app.services.retention import PurgeService

    with _open(args) as ws:
        report = PurgeService(ws, args.actor).run(dry_run=args.dry_run)
    print(msg("cli_purge_dry_run" if args.dry_run else "cli_purge_done"))
    for kind in PURGE_KINDS:
        print(msg("cli_purge_line", label=msg(f"retention_kind_{kind}"),
                  count=report.counts.get(kind, 0)))
    return 0


def cmd_retention(args) -> int:
    from app.cli import _open
    from app.services.retention import PurgeService

    if (args.kind is None) != (args.days is None):
        _err(msg("required"))
        return 2
    with _open(args) as ws:
        service = PurgeService(ws, args.actor)
        if args.kind is not None:
            service.set_period(args.kind, args.days)
            print(msg("cli_retention_set", kind=args.kind, days=args.days))
            return 0
        for kind, days in service.periods().items():
            print(msg("cli_retention_line", kind=kind, days=days,
                      label=msg(f"retention_kind_{kind}")))
        print(msg("cli_retention_welfare"))
    return 0


def cmd_person(args) -> int:
    from app.cli import _open
    from app.services.person_file import PersonFileService

    if not args.person_id and not args.name:
        _err(msg("person_id_or_name"))
        return 2
    with _open(args) as ws:
        service = PersonFileService(ws, args.actor)
        person_id = args.person_id or service.find(args.name)
        if args.action == "erase":
            result = service.erase(person_id, anonymise=args.anonymise)
            key = "cli_person_anonymised" if args.anonymise else "cli_person_erased"
            print(msg(key, count=result.changed, flagged=result.flagged))
            return 0
        target = args.output
        partial = target.with_name(target.name + ".part")
        try:
            # Written beside the target then renamed: a failed export leaves no half file.
            def write(document: dict) -> None:
                if target.suffix.lower() == ".pdf":  # a readable document, else JSON
                    from datetime import UTC, datetime

                    from app.reports.person_file import render

                    partial.write_bytes(render(document, datetime.now(UTC)).data)
                    return
                with open(partial, "w", encoding="utf-8") as out:
                    json.dump(document, out, ensure_ascii=False, indent=2)

            # The service audits the export once the file is written, then it is renamed.
            document = service.export(person_id, write=write)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            _err(msg("cli_cannot_write", path=target, reason=exc.strerror or exc))
            return 1
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    print(msg("cli_person_exported", path=target, count=document["count"]))
    return 0
