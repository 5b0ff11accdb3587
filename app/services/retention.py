"""Retention: each kind of record is deleted or anonymised once its period is over.

`PurgeService.run()` applies every period in one transaction, audited, and, because it
writes through the ORM inside ServiceBase.write(), every change is queued in the sync
outbox like any edit: the server and the other desktops apply the same anonymisation.
`run_if_due()` is the app's daily call (at start and from a timer): at most one run per
local day, remembered in the workspace.

Periods and why: app/domain/retention.py. Security officer only (and the system).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session

from app.domain import retention as periods
from app.domain.codes import AuditAction, CaseStatus, SignalementStatus
from app.domain.policy import Action, Kind
from app.models import (
    Attachment,
    AuditEntry,
    CaseStep,
    ConflictCase,
    ConflictParty,
    FormDraft,
    MediationSession,
    Referral,
    Signalement,
    WelfareAlert,
    WelfareCheck,
    WorkspaceSetting,
    utcnow,
)
from app.services.base import ServiceBase
from app.services.errors import Errors
from app.services.welfare import WelfareService

LAST_RUN = "purge.last_run"  # ISO datetime (UTC) of the last run
AUDIT_ANCHOR = "audit.anchor"  # "seq:hash" of the last entry cut off (integrity.py)
# The audit trail's record kinds for what a run changed.
AUDIT_KINDS = {"signalements": "signalement", "conflict_cases": "conflict_case",
               "welfare_checks": "welfare_check", "drafts": "form_draft"}
SIGNALEMENT_TEXTS = ("description", "persons_description", "witnesses", "harm_people",
                     "harm_property", "actions_notes")


@dataclass
class PurgeReport:
    """What a run changed (or would change, for a dry run), by kind of record."""

    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def read_periods(s: Session) -> dict[str, int]:
    stored = dict(s.execute(select(WorkspaceSetting.key, WorkspaceSetting.value).where(
        WorkspaceSetting.key.like("retention.%"))).all())
    out = {}
    for kind, default in periods.DEFAULT_DAYS.items():
        try:
            out[kind] = int(stored.get(periods.setting_key(kind), default))
        except ValueError:
            out[kind] = default
    return out


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


class PurgeService(ServiceBase):
    # Settings ------------------------------------------------------------------------

    def periods(self) -> dict[str, int]:
        """Every retention period in days: the workspace's own or the default."""
        with self.read() as s:
            return read_periods(s)

    def set_period(self, kind: str, days: int) -> None:
        errors = Errors()
        if kind not in periods.KINDS:
            errors.add("kind", "unknown_code", value=kind)
        else:
            low, high = periods.BOUNDS[kind]
            if not isinstance(days, int) or not low <= days <= high:
                errors.add(kind, "days_range", low=low, high=high)
        errors.raise_if_any()
        self.authorise(Action.UPDATE, Kind.RETENTION, self.actor.org_id)
        with self.write() as s:
            s.merge(WorkspaceSetting(key=periods.setting_key(kind), value=str(days)))
            self.audit(s, AuditAction.UPDATE, "retention", None, f"{kind}={days}")

    def last_run(self) -> datetime | None:
        with self.read() as s:
            value = s.get(WorkspaceSetting, LAST_RUN)
            return datetime.fromisoformat(value.value) if value else None

    # The purge -----------------------------------------------------------------------

    def run(self, dry_run: bool = False, today: date | None = None) -> PurgeReport:
        """Apply every retention period now, in one transaction (rolled back if dry)."""
        self.authorise(Action.DELETE, Kind.RETENTION, self.actor.org_id)
        report = PurgeReport(dry_run=dry_run)
        try:
            with self.write() as s:
                self._run(s, today or date.today(), report)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return report

    def run_if_due(self, now: datetime | None = None) -> PurgeReport | None:
        """The app's daily purge: runs unless one already ran this local day (None)."""
        self.authorise(Action.DELETE, Kind.RETENTION, self.actor.org_id)
        now = now or utcnow()
        today = now.astimezone().date()
        report = PurgeReport()
        with self.write() as s:
            # Read inside the write transaction: two processes never both run it.
            last = s.get(WorkspaceSetting, LAST_RUN)
            if last is not None and datetime.fromisoformat(last.value).astimezone().date() >= today:
                return None
            self._run(s, today, report)
            s.merge(WorkspaceSetting(key=LAST_RUN, value=now.astimezone(UTC).isoformat()))
        return report

    def _run(self, s: Session, today: date, report: PurgeReport) -> None:
        days = read_periods(s)
        now, user = utcnow(), self.actor.user_id
        counts = report.counts
        counts["signalements"] = self._signalements(
            s, _start_of(periods.cutoff(today, days[periods.SIGNALEMENTS])), now, user)
        counts["conflict_cases"] = self._cases(
            s, periods.cutoff(today, days[periods.CONFLICT_CASES]), now, user)
        counts["welfare_checks"] = self._checks(
            s, _start_of(periods.cutoff(today, days[periods.WELFARE_CHECKS])), now, user)
        counts["welfare_entries"] = WelfareService(self.ws, self.actor).erase_expired(s, today)
        drafts_before = _start_of(periods.cutoff(today, days[periods.DRAFTS]))
        counts["drafts"] = s.execute(
            delete(FormDraft).where(FormDraft.updated_at < drafts_before)).rowcount or 0
        s.flush()
        for kind, n in counts.items():
            if n and kind in AUDIT_KINDS:  # erase_expired audits its own
                self.audit(s, AuditAction.DELETE, AUDIT_KINDS[kind], None, f"retention: {n}")
        # Last, once this run's own entries are in: the chain continues from them.
        counts["audit"] = _cut_audit_trail(
            s, _start_of(periods.cutoff(today, days[periods.AUDIT])))
        if counts["audit"]:
            self.audit(s, AuditAction.DELETE, "audit_entry", None,
                       f"retention: {counts['audit']}")

    def _mine(self, model) -> list:
        """A signed-in officer purges their organisation's records; other organisations'
        records on this desktop (shared cases) are theirs to purge."""
        return [model.org_id == self.actor.org_id] if self.actor.signed_in else []

    def _signalements(self, s: Session, before: datetime, now: datetime, user) -> int:
        """Closed signalements whose last change (their closing) is older than the period:
        anonymised. Category, dates, site and place stay for the activity report."""
        rows = s.scalars(select(Signalement).where(
            Signalement.status == SignalementStatus.CLOSED.value,
            Signalement.deleted_at.is_(None), Signalement.updated_at < before,
            *self._mine(Signalement),
            or_(*(getattr(Signalement, f) != "" for f in SIGNALEMENT_TEXTS),
                Signalement.reporter_id.is_not(None)))).all()
        for sig in rows:
            anonymise_signalement(s, sig, now, user)
        return len(rows)

    def _cases(self, s: Session, before: date, now: datetime, user) -> int:
        """Closed cases: the parties go, the free text is blanked; nature, site, dates and
        the steps taken stay for the activity report."""
        cases = s.scalars(select(ConflictCase).where(
            ConflictCase.status == CaseStatus.CLOSED.value, ConflictCase.deleted_at.is_(None),
            ConflictCase.closed_on < before, *self._mine(ConflictCase),
            or_(ConflictCase.summary != "", ConflictCase.id.in_(
                select(ConflictParty.case_id).where(ConflictParty.deleted_at.is_(None)))))).all()
        for case_ in cases:
            anonymise_case(s, case_, now, user)
        return len(cases)

    def _checks(self, s: Session, before: datetime, now: datetime, user) -> int:
        """Welfare checks done before the period: deleted (tombstones, emptied)."""
        checks = s.scalars(select(WelfareCheck).where(
            WelfareCheck.deleted_at.is_(None), WelfareCheck.done_at.is_not(None),
            WelfareCheck.done_at < before, *self._mine(WelfareCheck))).all()
        ids = [c.id for c in checks]
        for check in checks:
            check.notes, check.follow_up_to = "", ""
            check.deleted_at, check.updated_by = now, user
        for start in range(0, len(ids), 500):
            for alert in s.scalars(select(WelfareAlert).where(
                    WelfareAlert.check_id.in_(ids[start:start + 500]),
                    WelfareAlert.deleted_at.is_(None))):
                alert.note = ""
                alert.deleted_at, alert.updated_by = now, user
        return len(checks)


def anonymise_signalement(s: Session, sig: Signalement, now: datetime, user) -> None:
    """Blank what names or describes people; keep what the statistics count."""
    for name in SIGNALEMENT_TEXTS:
        setattr(sig, name, "")
    sig.reporter_id = None
    sig.protect_identity = False
    sig.updated_by = user
    for ref in s.scalars(select(Referral).where(Referral.signalement_id == sig.id)):
        if ref.notes or ref.reference_number:
            ref.notes, ref.reference_number, ref.updated_by = "", "", user
    _drop_attachments(s, "signalement", sig.id, now, user)


def anonymise_case(s: Session, case_: ConflictCase, now: datetime, user) -> None:
    case_.summary = ""
    case_.updated_by = user
    for party in s.scalars(select(ConflictParty).where(ConflictParty.case_id == case_.id,
                                                       ConflictParty.deleted_at.is_(None))):
        party.deleted_at, party.updated_by = now, user
    for step in s.scalars(select(CaseStep).where(CaseStep.case_id == case_.id)):
        if step.outcome or step.override_reason:
            step.outcome = ""
            step.override_reason = None if step.override_reason is None else ""
            step.updated_by = user
    for m in s.scalars(select(MediationSession).where(MediationSession.case_id == case_.id)):
        if m.participants or m.agreement:
            m.participants, m.agreement, m.updated_by = "", "", user
    _drop_attachments(s, "conflict_case", case_.id, now, user)


def _drop_attachments(s: Session, owner_kind: str, owner_id: str, now: datetime, user) -> None:
    for att in s.scalars(select(Attachment).where(Attachment.owner_kind == owner_kind,
                                                  Attachment.owner_id == owner_id,
                                                  Attachment.deleted_at.is_(None))):
        att.caption = ""
        att.deleted_at, att.updated_by = now, user


def _cut_audit_trail(s: Session, before: datetime) -> int:
    """Delete the entries older than the period, from the start of the chain, and keep
    the last one's seq and hash as the anchor `palier check` verifies the rest from."""
    query = select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.at < before)
    # A workspace that syncs keeps what the server has not acknowledged yet: the trail's
    # copy there is the one that outlives this PC (app.sync.client, audit_pushed).
    state = dict(s.execute(text("SELECT key, value FROM sync_state WHERE key IN"
                                " ('server_url', 'audit_pushed')")).all())
    if state.get("server_url"):
        query = query.where(AuditEntry.seq <= int(state.get("audit_pushed") or 0))
    last = s.execute(query.order_by(AuditEntry.seq.desc()).limit(1)).first()
    if last is None:
        return 0
    n = s.execute(delete(AuditEntry).where(AuditEntry.seq <= last.seq)).rowcount or 0
    s.merge(WorkspaceSetting(key=AUDIT_ANCHOR, value=f"{last.seq}:{last.hash}"))
    return n
