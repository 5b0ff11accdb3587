"""`palier check`: SQLite's own checks, the search index, the schema revision and the
domain invariants that a CHECK constraint cannot express (or that an outside tool could
have bypassed)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from app.domain.audit_chain import FIELDS, Break, verify
from app.domain.codes import Coded, SignalementStatus
from app.domain.messages import msg
from app.services.base import ServiceBase
from app.store import fts
from app.store.workspace import current_revision, head_revision


@dataclass(frozen=True)
class Problem:
    message: str


# (table, column, code enum, nullable): checked again here because a workspace edited by
# another tool may have been written with CHECK constraints ignored.
def _coded_columns() -> list[tuple[str, str, type[Coded], bool]]:
    from app.domain import codes as c

    return [
        ("organisations", "kind", c.OrgKind, False),
        ("users", "role", c.Role, False),
        ("signalements", "category", c.Category, False),
        ("signalements", "status", c.SignalementStatus, False),
        ("signalements", "recurrence", c.Recurrence, False),
        ("signalements", "location_kind", c.LocationKind, True),
        ("signalements", "closing_reason", c.ClosingReason, True),
        ("referrals", "recipient", c.ReferralRecipient, False),
        ("referrals", "channel", c.ReferralChannel, False),
        ("conflict_cases", "nature", c.ConflictNature, False),
        ("conflict_cases", "status", c.CaseStatus, False),
        ("conflict_cases", "current_step", c.ProcedureStep, False),
        ("case_steps", "step", c.ProcedureStep, False),
        ("conflict_parties", "role", c.PartyRole, False),
        ("welfare_entries", "age_band", c.AgeBand, False),
        ("welfare_entries", "priority", c.Priority, False),
        ("welfare_checks", "outcome", c.CheckOutcome, True),
        ("welfare_alerts", "reason", c.EscalationReason, False),
        ("welfare_alerts", "action", c.AlertAction, True),
        ("landlord_rules", "rule", c.LandlordRule, False),
    ]


VERSIONED_TABLES = (
    "organisations", "sites", "buildings", "entrances", "dwellings", "households", "persons",
    "users", "signalements", "referrals", "conflict_cases", "conflict_parties", "case_steps",
    "mediation_sessions", "welfare_entries", "welfare_contacts", "welfare_checks",
    "alert_plans", "attachments", "welfare_alerts", "landlord_rules",
)


class IntegrityService(ServiceBase):
    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        head = head_revision()
        current = current_revision(self.ws.engine)
        if current != head:
            problems.append(Problem(msg("check_schema", current=current, head=head)))
            return problems
        with self.ws.engine.connect() as conn:
            if self.ws.encrypted:
                # Every page's MAC first: a page changed on disk outside SQLCipher cannot be
                # read, so nothing else can be checked past it.
                for (detail,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                    problems.append(Problem(msg("check_cipher", detail=detail)))
                if problems:
                    return problems
            for (detail,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if detail != "ok":
                    problems.append(Problem(msg("check_integrity", detail=detail)))
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(Problem(msg("check_foreign_key", table=table, rowid=rowid,
                                            parent=parent)))
            for table, detail in fts.integrity_problems(conn):
                problems.append(Problem(msg("check_fts", table=table, detail=detail)))
            problems += self._invariants(conn)
            problems += [Problem(msg(f"check_audit_{b.kind}", seq=b.seq, entry=b.entry_id))
                         for b in audit_chain_breaks(conn)]
            conn.rollback()
        return problems

    def _invariants(self, conn) -> list[Problem]:
        found: list[Problem] = []

        def each(sql: str, table: str, key: str, **values) -> None:
            for (record,) in conn.execute(text(sql)):
                found.append(Problem(msg("check_invariant", table=table, record=record,
                                         detail=msg(key, **values))))

        closed = SignalementStatus.CLOSED.value
        each(f"SELECT reference FROM signalements WHERE status = '{closed}' "
             "AND closing_reason IS NULL", "signalements", "check_closed_without_reason")
        each(f"SELECT reference FROM signalements WHERE status != '{closed}' "
             "AND closing_reason IS NOT NULL", "signalements", "check_reason_not_closed")
        each("SELECT reference FROM signalements WHERE facts_end < facts_start",
             "signalements", "check_end_before_start")
        each("SELECT s.reference FROM signalements s JOIN buildings b ON b.id = s.building_id "
             "WHERE b.site_id != s.site_id "
             "UNION ALL SELECT s.reference FROM signalements s "
             "JOIN entrances e ON e.id = s.entrance_id "
             "WHERE s.building_id IS NULL OR e.building_id != s.building_id",
             "signalements", "check_place_mismatch")
        each("SELECT c.reference FROM conflict_cases c WHERE NOT EXISTS "
             "(SELECT 1 FROM case_steps s WHERE s.case_id = c.id AND s.step = 'complaint')",
             "conflict_cases", "check_no_complaint_step")
        each("SELECT id FROM welfare_entries WHERE active AND left_on IS NOT NULL",
             "welfare_entries", "check_left_but_active")
        for table in VERSIONED_TABLES:
            each(f"SELECT id FROM {table} WHERE version IS NULL OR version < 1", table,
                 "check_bad_version")
        for table, column, codes, nullable in _coded_columns():
            allowed = ", ".join(f"'{c}'" for c in codes.codes())
            cond = f"{column} NOT IN ({allowed})"
            if not nullable:
                cond = f"({cond} OR {column} IS NULL)"
            for record, value in conn.execute(
                text(f"SELECT id, {column} FROM {table} WHERE {cond}")
            ):
                found.append(Problem(msg("check_invariant", table=table, record=record,
                                         detail=msg("check_bad_code", value=value,
                                                    column=column))))
        return found


def audit_chain_breaks(conn) -> list[Break]:
    """Recompute the audit trail's hash chain (app.domain.audit_chain), streaming the
    entries in sequence order. Removing the last entries cannot be seen from the chain
    alone; anything else can."""
    columns = ", ".join(FIELDS)
    # Where the retention purge cut the oldest entries off (app.services.retention).
    anchor = conn.exec_driver_sql(
        "SELECT value FROM workspace_settings WHERE key = 'audit.anchor'").scalar()
    rows = conn.exec_driver_sql(f"SELECT {columns}, hash FROM audit_entries ORDER BY seq")
    return verify((tuple(r) for r in rows), audit_anchor(anchor))


def audit_anchor(value: str | None) -> tuple[int, str] | None:
    """The stored anchor "seq:hash" as (seq, hash)."""
    if not value:
        return None
    seq, _, digest = value.partition(":")
    return int(seq), digest
