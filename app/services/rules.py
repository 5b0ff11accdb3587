"""A landlord's follow-up rules: the procedure's deadlines and the welfare retention period.

A rule without a stored value takes the domain's default. Only a manager (security
officer, administrator) changes them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction, LandlordRule, OrgKind
from app.domain.procedure import DEADLINE_BOUNDS, DEADLINE_RULES, DEFAULT_DEADLINE_DAYS, is_manager
from app.domain.welfare_rules import DEFAULT_RETENTION_DAYS, RETENTION_BOUNDS
from app.models import LandlordRuleValue, Organisation, User, utcnow
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound

DEFAULTS: dict[str, int] = {
    **{rule.value: DEFAULT_DEADLINE_DAYS[step] for step, rule in DEADLINE_RULES.items()},
    LandlordRule.WELFARE_RETENTION.value: DEFAULT_RETENTION_DAYS,
}
BOUNDS: dict[str, tuple[int, int]] = {
    **{rule.value: DEADLINE_BOUNDS for rule in DEADLINE_RULES.values()},
    LandlordRule.WELFARE_RETENTION.value: RETENTION_BOUNDS,
}


def stored_rules(s: Session, landlord_id: str | None) -> dict[str, int]:
    """The values a landlord set itself (the rest take DEFAULTS)."""
    if landlord_id is None:
        return {}
    return dict(s.execute(select(LandlordRuleValue.rule, LandlordRuleValue.days).where(
        LandlordRuleValue.landlord_id == landlord_id, LandlordRuleValue.deleted_at.is_(None))).all())


def actor_role(s: Session, service: ServiceBase) -> str:
    """The acting role: given by the caller, else the user's, else the system's (admin)."""
    actor = service.actor
    if actor.role:
        return actor.role
    if actor.user_id:
        return s.scalar(select(User.role).where(User.id == actor.user_id)) or ""
    return "admin"


class RulesService(ServiceBase):
    def rules(self, landlord_id: str) -> dict[str, int]:
        """Every rule of a landlord, its own value or the default."""
        with self.read() as s:
            return {**DEFAULTS, **stored_rules(s, landlord_id)}

    def landlords(self) -> list[tuple[str, str]]:
        with self.read() as s:
            return list(s.execute(select(Organisation.id, Organisation.name).where(
                Organisation.kind == OrgKind.LANDLORD.value, Organisation.deleted_at.is_(None))
                .order_by(Organisation.name)).all())

    def set_rules(self, landlord_id: str, values: dict[str, int]) -> None:
        """Store a landlord's values; a value equal to the default is stored too."""
        errors = Errors()
        for rule, days in values.items():
            if rule not in LandlordRule.codes():
                errors.add(rule, "unknown_code", value=rule)
                continue
            low, high = BOUNDS[rule]
            if not isinstance(days, int) or not low <= days <= high:
                errors.add(rule, "days_range", low=low, high=high)
        errors.raise_if_any()
        with self.write() as s:
            if not is_manager(actor_role(s, self)):
                errors.add("landlord_id", "rules_manager_only")
                errors.raise_if_any()
            org = s.get(Organisation, landlord_id)
            if org is None or org.deleted_at is not None:
                raise NotFound(landlord_id)
            current = {r.rule: r for r in s.scalars(select(LandlordRuleValue).where(
                LandlordRuleValue.landlord_id == landlord_id,
                LandlordRuleValue.deleted_at.is_(None)))}
            user = self.actor.user_id
            changed = []
            for rule, days in values.items():
                row = current.get(rule)
                if row is None:
                    s.add(LandlordRuleValue(landlord_id=landlord_id, rule=rule, days=days,
                                            org_id=landlord_id, created_by=user, updated_by=user))
                elif row.days != days:
                    row.days = days
                    row.updated_by = user
                else:
                    continue
                changed.append(f"{rule}={days}")
            if changed:
                s.flush()
                self.audit(s, AuditAction.UPDATE, "landlord_rules", landlord_id,
                           ", ".join(changed), org_id=landlord_id)

    def reset_rule(self, landlord_id: str, rule: str) -> None:
        """Back to the default: the stored value is tombstoned."""
        with self.write() as s:
            if not is_manager(actor_role(s, self)):
                errors = Errors()
                errors.add("landlord_id", "rules_manager_only")
                errors.raise_if_any()
            for row in s.scalars(select(LandlordRuleValue).where(
                    LandlordRuleValue.landlord_id == landlord_id, LandlordRuleValue.rule == rule,
                    LandlordRuleValue.deleted_at.is_(None))):
                row.deleted_at = utcnow()
                row.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "landlord_rules", landlord_id, f"{rule}=default",
                       org_id=landlord_id)
