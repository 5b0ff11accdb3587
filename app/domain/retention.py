"""How long each kind of record is kept, and when it is over. Pure Python.

Defaults, in days, each configurable per workspace (app.services.retention):
- closed signalements, 5 years after closing: the civil limitation period (Code civil,
  art. 2224) within which the landlord may still have to show what it knew and did;
- closed conflict cases, 5 years after closing: the same, for a lease-termination case;
- welfare checks, 2 years after the check: long enough to see a person's pattern over two
  winters and summers, no longer (health data is excessive by principle);
- form drafts, 30 days without an edit: a draft is not a record, it is text nobody saved;
- the audit trail, 6 years: the limitation period for offences (délits, Code de
  procédure pénale art. 8), so that a misuse of the file can still be shown.
A welfare register entry of someone who left it follows the landlord's own rule
(LandlordRule.WELFARE_RETENTION, app.services.rules), as it already did.

Anonymised, not deleted, where the activity report needs the record: a signalement keeps
its category, dates, site and place; a case its nature, site, dates and steps.
"""

from __future__ import annotations

from datetime import date, timedelta

SIGNALEMENTS = "signalements"
CONFLICT_CASES = "conflict_cases"
WELFARE_CHECKS = "welfare_checks"
DRAFTS = "drafts"
AUDIT = "audit"

DEFAULT_DAYS: dict[str, int] = {
    SIGNALEMENTS: 5 * 365 + 1,
    CONFLICT_CASES: 5 * 365 + 1,
    WELFARE_CHECKS: 2 * 365,
    DRAFTS: 30,
    AUDIT: 6 * 365 + 1,
}
BOUNDS: dict[str, tuple[int, int]] = {
    SIGNALEMENTS: (30, 3650),
    CONFLICT_CASES: (30, 3650),
    WELFARE_CHECKS: (30, 3650),
    DRAFTS: (1, 365),
    AUDIT: (365, 3650),
}
KINDS = tuple(DEFAULT_DAYS)


def setting_key(kind: str) -> str:
    return f"retention.{kind}"


def cutoff(today: date, days: int) -> date:
    """Records whose period started before this day are over their retention."""
    return today - timedelta(days=days)
