"""Reading the audit trail: the security officer's journal, filtered and paged, its
chain status and its CSV export.

Reading is authorised (app.domain.policy: an officer or an administrator, of their
organisation) but not audited, which would add an entry per page turned. Exporting is
audited: a copy of the trail leaves the workspace.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Select, String, and_, func, literal, or_, select

from app.domain.audit_chain import Break
from app.domain.codes import AuditAction
from app.domain.messages import msg
from app.domain.policy import Action, Kind
from app.models import AuditEntry, ConflictCase, Signalement, User
from app.services.base import ServiceBase
from app.services.errors import Errors, ServiceError
from app.services.integrity import audit_chain_breaks
from app.store.timestamps import local_day_start

# The user filter's value for entries written by no user (the command line, the system).
NO_USER = ""
# Entity kind of the audit entry that records an export of the trail itself.
TRAIL_KIND = "audit_entries"

# Longest reference or search text accepted: a filter, not a document.
SEARCH_MAX = 200

CSV_COLUMNS = ("seq", "at", "action", "action_label", "user_id", "user_name", "org_id",
               "entity_kind", "entity_id", "summary", "prev_hash", "hash")


@dataclass(frozen=True)
class AuditFilter:
    """What the journal shows. Days are local and inclusive; `user_id` NO_USER means the
    entries written by the system; `reference` is a record's id or its SIG-/case reference."""

    date_from: date | None = None
    date_to: date | None = None
    action: str | None = None
    user_id: str | None = None
    entity_kind: str | None = None
    reference: str = ""
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: str
    seq: int
    at: object  # aware datetime, UTC
    org_id: str | None
    user_id: str | None
    user_name: str
    action: str
    entity_kind: str
    entity_id: str | None
    summary: str


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class ChainStatus:
    """The whole chain's state: `entries` verified, and its breaks in sequence order
    (`first_message` names the first one in the user's language)."""

    entries: int
    breaks: tuple[Break, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def first(self) -> Break | None:
        return self.breaks[0] if self.breaks else None

    @property
    def first_message(self) -> str:
        b = self.first
        return "" if b is None else msg(f"check_audit_{b.kind}", seq=b.seq, entry=b.entry_id)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class AuditLogService(ServiceBase):
    # Reading -----------------------------------------------------------------------------

    def page(self, flt: AuditFilter = AuditFilter(), *, sort: str = "seq",
             descending: bool = True, limit: int = 100,
             after: tuple | None = None) -> list[AuditRow]:
        """Newest first by default; keyset-paginated on seq (unique): pass the last row's
        `page_key` as `after`."""
        self.authorise(Action.READ, Kind.AUDIT, self.actor.org_id)
        q = self._rows(flt)
        if after is not None:
            q = q.where(AuditEntry.seq < after[0] if descending else AuditEntry.seq > after[0])
        q = q.order_by(AuditEntry.seq.desc() if descending else AuditEntry.seq.asc())
        with self.read() as s:
            return [AuditRow(*r) for r in s.execute(q.limit(max(1, limit)))]

    @staticmethod
    def page_key(row: AuditRow, sort: str = "seq") -> tuple:
        return (row.seq, row.id)

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        self.authorise(Action.READ, Kind.AUDIT, self.actor.org_id)
        q = select(func.count()).select_from(AuditEntry).where(*self._conditions(flt))
        with self.read() as s:
            return s.scalar(q)

    def users(self) -> list[Choice]:
        """The people who appear in the visible trail, by name; the system (NO_USER) first
        when it wrote any entry."""
        self.authorise(Action.READ, Kind.AUDIT, self.actor.org_id)
        q = (select(AuditEntry.user_id, User.display_name, User.login).distinct()
             .outerjoin(User, User.id == AuditEntry.user_id).where(*self._scope()))
        with self.read() as s:
            found = list(s.execute(q))
        system = [Choice(NO_USER, msg("audit_system_user")) for uid, *_ in found if uid is None]
        people = sorted((Choice(uid, name or login or uid) for uid, name, login in found
                         if uid is not None), key=lambda c: c.label.casefold())
        return system[:1] + people

    def kinds(self) -> list[str]:
        """The record kinds present in the visible trail (codes such as 'signalement')."""
        self.authorise(Action.READ, Kind.AUDIT, self.actor.org_id)
        q = (select(AuditEntry.entity_kind).distinct().where(*self._scope())
             .order_by(AuditEntry.entity_kind))
        with self.read() as s:
            return list(s.scalars(q))

    def verify(self) -> ChainStatus:
        """Recompute the whole hash chain, as `palier check` does (one snapshot: the count
        and the verification read the same entries)."""
        self.authorise(Action.READ, Kind.AUDIT, self.actor.org_id)
        with self.ws.engine.connect() as conn:
            entries = conn.exec_driver_sql("SELECT count(*) FROM audit_entries").scalar_one()
            breaks = tuple(audit_chain_breaks(conn))
            conn.rollback()
        return ChainStatus(entries, breaks)

    # Export ------------------------------------------------------------------------------

    def export_csv(self, flt: AuditFilter, path: Path, lang: str = "fr") -> int:
        """Write the filtered trail (oldest first) to `path` as CSV for French Excel (UTF-8
        with a BOM, ';'); returns the row count. Written to FILE.part, renamed once the
        export's own audit entry is in: a failed export leaves neither file nor entry."""
        self.authorise(Action.EXPORT, Kind.AUDIT, self.actor.org_id)
        query = (self._rows(flt).add_columns(AuditEntry.prev_hash, AuditEntry.hash)
                 .order_by(AuditEntry.seq.asc()).execution_options(yield_per=2000))
        path = Path(path)
        part = path.with_name(path.name + ".part")
        try:
            with self.read() as s, open(part, "wb") as out:
                count = _write_csv(out, s.execute(query), lang)
            with self.write() as s:
                self.audit(s, AuditAction.EXPORT, TRAIL_KIND, None, f"csv: {count}")
                part.replace(path)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise ServiceError(msg("cannot_write_file", path=path,
                                   reason=exc.strerror or exc)) from exc
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return count

    # Queries -----------------------------------------------------------------------------

    def _scope(self) -> list:
        """A signed-in reader sees their organisation's entries and those of no
        organisation (the system's, on this computer), as the policy's 'own org'."""
        if not self.actor.signed_in:
            return []
        return [or_(AuditEntry.org_id == self.actor.org_id, AuditEntry.org_id.is_(None))]

    def _conditions(self, flt: AuditFilter) -> list:
        errors = Errors()
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            errors.add("date_to", "period_reversed")
        if flt.action is not None and flt.action not in AuditAction.codes():
            errors.add("action", "unknown_code", value=flt.action)
        for name in ("reference", "text"):
            value = getattr(flt, name)
            if len(value) > SEARCH_MAX:
                errors.add(name, "too_long", length=len(value), limit=SEARCH_MAX)
        errors.raise_if_any()

        conds = self._scope()
        if flt.date_from:
            conds.append(AuditEntry.at >= local_day_start(flt.date_from))
        if flt.date_to:
            conds.append(AuditEntry.at < local_day_start(flt.date_to + timedelta(days=1)))
        if flt.action:
            conds.append(AuditEntry.action == flt.action)
        if flt.user_id is not None:
            conds.append(AuditEntry.user_id.is_(None) if flt.user_id == NO_USER
                         else AuditEntry.user_id == flt.user_id)
        if flt.entity_kind:
            conds.append(AuditEntry.entity_kind == flt.entity_kind)
        ref = flt.reference.strip()
        if ref:
            # A reference names a record by its id, or by the SIG-/case reference that
            # the summaries also carry.
            ids = (select(Signalement.id).where(Signalement.reference == ref)
                   .union(select(ConflictCase.id).where(ConflictCase.reference == ref)))
            conds.append(or_(AuditEntry.entity_id == ref, AuditEntry.entity_id.in_(ids),
                             AuditEntry.summary.like(_like(ref), escape="\\")))
        words = flt.text.split()
        if words:
            conds.append(and_(*(AuditEntry.summary.like(_like(w), escape="\\")
                                for w in words)))
        return conds

    def _rows(self, flt: AuditFilter) -> Select:
        return (select(AuditEntry.id, AuditEntry.seq, AuditEntry.at, AuditEntry.org_id,
                       AuditEntry.user_id,
                       func.coalesce(User.display_name, User.login, literal("", String)),
                       AuditEntry.action, AuditEntry.entity_kind, AuditEntry.entity_id,
                       AuditEntry.summary)
                .outerjoin(User, User.id == AuditEntry.user_id)
                .where(*self._conditions(flt)))


def _write_csv(out, rows: Iterator, lang: str) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        text.write("\ufeff")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        count = 0
        for (_id, seq, at, org, user, user_name, action, kind, entity, summary, prev,
             digest) in rows:
            writer.writerow((seq, at.isoformat(), action, AuditAction(action).label(lang),
                             user or "", user_name or "", org or "", kind, entity or "",
                             summary or "", prev, digest))
            count += 1
        return count
    finally:
        text.detach()
