"""Who may do what: the roles of issue 7 as one pure decision function.

The service layer asks `decide(subject, action, target)` before it reads or writes a
record and raises PermissionDenied with the message this returns. Pure Python: the
rules can be tested role by role without a workspace, and the GUI never decides.

- caretaker: the records of their own sites (user_sites), no deletion, no bulk export;
- mediator: the neighbour-conflict cases of their organisation or shared with it;
- officer: every record of their landlord;
- admin: users and settings of their organisation, and its places; no personal record;
- partner: indicators only, never a personal record.

A subject without a role is the system (the command line and the GUI until sign-in
exists): it may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.codes import Role


class Action(StrEnum):
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"


class Kind(StrEnum):
    SIGNALEMENT = "signalement"
    CONFLICT_CASE = "conflict_case"
    WELFARE_ENTRY = "welfare_entry"
    HOUSEHOLD = "household"
    PLACE = "place"
    USER = "user"
    SETTINGS = "settings"
    INDICATORS = "indicators"
    AUDIT = "audit"
    # Privacy (issue 7 §5): the review of flagged free text, retention (settings and the
    # purge) and a person's file (export and erasure). The security officer's alone.
    REVIEW = "review"
    RETENTION = "retention"
    PERSON_FILE = "person_file"


OFFICER_ONLY = frozenset({Kind.REVIEW, Kind.RETENTION, Kind.PERSON_FILE})
# Records about people: never for a partner or an administrator.
PERSONAL = frozenset({Kind.SIGNALEMENT, Kind.CONFLICT_CASE, Kind.WELFARE_ENTRY,
                      Kind.HOUSEHOLD})


@dataclass(frozen=True)
class Subject:
    role: str | None = None
    org_id: str | None = None
    site_ids: frozenset[str] = field(default_factory=frozenset)
    user_id: str | None = None


@dataclass(frozen=True)
class Target:
    """What is acted on. `org_id` and `site_id` are the record's (None for a new record
    whose site is not known yet, or for something that belongs to no site);
    `shared_with` the organisations a case is shared with."""

    kind: Kind
    org_id: str | None = None
    site_id: str | None = None
    shared_with: frozenset[str] = field(default_factory=frozenset)


def decide(subject: Subject, action: Action, target: Target) -> str | None:
    """None when allowed, else the key of the message that explains the refusal
    (app.domain.messages, block # Security)."""
    role = subject.role
    if role is None:
        return None
    kind = target.kind
    own_org = target.org_id is None or target.org_id == subject.org_id
    if kind == Kind.INDICATORS:
        return None if action in (Action.READ, Action.PRINT, Action.EXPORT) else "perm_denied"
    if role == Role.PARTNER:
        return "perm_partner_indicators"
    if kind in OFFICER_ONLY:
        return None if role == Role.OFFICER and own_org else "perm_officer_only"
    if kind == Kind.AUDIT:
        # Read, and export a copy (itself audited); never edited.
        return None if role in (Role.OFFICER, Role.ADMIN) \
            and action in (Action.READ, Action.EXPORT) and own_org else "perm_denied"
    if kind in (Kind.USER, Kind.SETTINGS):
        return None if role == Role.ADMIN and own_org else "perm_admin_only"
    if kind == Kind.PLACE:
        if action == Action.READ:
            return None if own_org else "perm_other_org"
        return None if role in (Role.ADMIN, Role.OFFICER) and own_org else "perm_denied"
    # Personal records from here on.
    if role == Role.ADMIN:
        return "perm_admin_no_records"
    if role == Role.OFFICER:
        return None if own_org else "perm_other_org"
    if role == Role.MEDIATOR:
        if kind != Kind.CONFLICT_CASE:
            return "perm_mediator_cases"
        if action in (Action.DELETE, Action.EXPORT):
            return "perm_denied"
        if own_org or subject.org_id in target.shared_with:
            return None
        return "perm_not_shared"
    if role == Role.CARETAKER:
        if action in (Action.DELETE, Action.EXPORT):
            return "perm_denied"
        if not own_org:
            return "perm_other_org"
        if target.site_id is None:
            return None if action == Action.CREATE else "perm_other_site"
        return None if target.site_id in subject.site_ids else "perm_other_site"
    return "perm_denied"


@dataclass(frozen=True)
class ListScope:
    """Which records of a kind a list, a count or a search may show: those of `org_id`
    (None: any), on `site_ids` (None: any site), or nothing at all."""

    org_id: str | None = None
    site_ids: frozenset[str] | None = None
    nothing: bool = False


def list_scope(subject: Subject, kind: Kind) -> ListScope | None:
    """The rows of `kind` a subject's lists show; None when unrestricted (the system)."""
    if subject.role is None:
        return None
    if kind not in PERSONAL or subject.role in (Role.PARTNER, Role.ADMIN):
        return ListScope(nothing=True)
    if subject.role == Role.MEDIATOR:
        # Cases shared with the team arrive by sync; no share is kept locally yet.
        if kind != Kind.CONFLICT_CASE:
            return ListScope(nothing=True)
        return ListScope(org_id=subject.org_id)
    if subject.role == Role.OFFICER:
        return ListScope(org_id=subject.org_id)
    if subject.role == Role.CARETAKER:
        return ListScope(org_id=subject.org_id, site_ids=frozenset(subject.site_ids))
    return ListScope(nothing=True)
