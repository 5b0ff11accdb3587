"""A landlord's own follow-up rules: deadlines of the procedure, retention periods.

One row per landlord and rule (app.domain.codes.LandlordRule), holding a number of days;
a rule without a row takes the default of the domain. One row per setting rather than
one wide row, so that two managers changing two different rules never collide.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import LandlordRule
from app.models.base import ID, Base, RecordMixin
from app.models.checks import in_codes


class LandlordRuleValue(RecordMixin, Base):
    __tablename__ = "landlord_rules"
    __table_args__ = (
        CheckConstraint(in_codes("rule", LandlordRule), name="rule"),
        CheckConstraint("days BETWEEN 0 AND 3650", name="days"),
        Index("uq_landlord_rules_landlord_rule_live", "landlord_id", "rule", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    landlord_id: Mapped[str] = mapped_column(ID, ForeignKey("organisations.id"))
    rule: Mapped[str] = mapped_column(String(40))
    days: Mapped[int] = mapped_column(Integer)
