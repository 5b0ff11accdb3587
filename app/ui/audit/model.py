"""The journal's rows: a lazy model over AuditLogService.page (keyset paging on seq, newest
first, on the worker). Entries where the chain is broken are shown in red."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain.codes import AuditAction
from app.ui.paged_model import PagedTableModel

BROKEN = QColor("#b00020")
REFUSED = QColor("#8a5a00")


# The record kinds the services write into the trail, as lupdate must see them.
KINDS = {
    "signalement": QT_TRANSLATE_NOOP("AuditKinds", "Signalement"),
    "signalements": QT_TRANSLATE_NOOP("AuditKinds", "Signalements (list)"),
    "referral": QT_TRANSLATE_NOOP("AuditKinds", "Referral"),
    "conflict_case": QT_TRANSLATE_NOOP("AuditKinds", "Neighbour case"),
    "conflicts": QT_TRANSLATE_NOOP("AuditKinds", "Neighbour cases (list)"),
    "mediation_session": QT_TRANSLATE_NOOP("AuditKinds", "Mediation session"),
    "welfare_entry": QT_TRANSLATE_NOOP("AuditKinds", "Register entry"),
    "welfare": QT_TRANSLATE_NOOP("AuditKinds", "Register (list)"),
    "welfare_check": QT_TRANSLATE_NOOP("AuditKinds", "Welfare check"),
    "welfare_contact": QT_TRANSLATE_NOOP("AuditKinds", "Contact person"),
    "welfare_alert": QT_TRANSLATE_NOOP("AuditKinds", "Welfare alert"),
    "alert_plan": QT_TRANSLATE_NOOP("AuditKinds", "Alert plan"),
    "attachment": QT_TRANSLATE_NOOP("AuditKinds", "Attachment"),
    "site": QT_TRANSLATE_NOOP("AuditKinds", "Site"),
    "sites": QT_TRANSLATE_NOOP("AuditKinds", "Sites (list)"),
    "building": QT_TRANSLATE_NOOP("AuditKinds", "Building"),
    "entrance": QT_TRANSLATE_NOOP("AuditKinds", "Entrance"),
    "household": QT_TRANSLATE_NOOP("AuditKinds", "Household"),
    "households": QT_TRANSLATE_NOOP("AuditKinds", "Households (list)"),
    "organisation": QT_TRANSLATE_NOOP("AuditKinds", "Organisation"),
    "user": QT_TRANSLATE_NOOP("AuditKinds", "User"),
    "landlord_rules": QT_TRANSLATE_NOOP("AuditKinds", "Landlord's deadlines"),
    "letter_template": QT_TRANSLATE_NOOP("AuditKinds", "Letter template"),
    "report_settings": QT_TRANSLATE_NOOP("AuditKinds", "Document settings"),
    "welfare_round": QT_TRANSLATE_NOOP("AuditKinds", "Welfare round"),
    "activity_report": QT_TRANSLATE_NOOP("AuditKinds", "Activity report"),
    "demo": QT_TRANSLATE_NOOP("AuditKinds", "Demo data"),
    "audit_entries": QT_TRANSLATE_NOOP("AuditKinds", "Audit journal"),
}


def kind_labels() -> dict[str, str]:
    """What each record kind is called on screen; an unknown kind shows its code."""
    return {code: QCoreApplication.translate("AuditKinds", text)
            for code, text in KINDS.items()}


class AuditListModel(PagedTableModel):
    COLUMNS = (
        ("seq", "seq"),
        ("at", "seq"),  # time order is sequence order
        ("user_name", None),
        ("action", None),
        ("entity_kind", None),
        ("entity_id", None),
        ("summary", None),
    )

    def __init__(self, reader, worker, flt, lang: str = "fr", parent=None) -> None:
        super().__init__(reader, worker, flt, "seq", True, parent=parent)
        self.lang = lang
        self.kinds = kind_labels()
        self.broken: frozenset[int] = frozenset()  # seqs where the chain fails
        self.system = self.tr("System")
        self._titles = {
            "seq": self.tr("No."), "at": self.tr("Date and time"), "user_name": self.tr("User"),
            "action": self.tr("Action"), "entity_kind": self.tr("Record"),
            "entity_id": self.tr("Identifier"), "summary": self.tr("Summary"),
        }

    def titles(self) -> dict[str, str]:
        return self._titles

    def kind_label(self, code: str) -> str:
        return self.kinds.get(code, code)

    def display(self, row, name: str) -> str:
        if name == "at":
            fmt = "%Y-%m-%d %H:%M:%S" if self.lang == "en" else "%d/%m/%Y %H:%M:%S"
            return row.at.astimezone().strftime(fmt)
        if name == "user_name":
            return row.user_name or (self.system if row.user_id is None else row.user_id)
        if name == "action":
            return AuditAction(row.action).label(self.lang)
        if name == "entity_kind":
            return self.kind_label(row.entity_kind)
        return super().display(row, name)

    def decorate(self, row, name: str, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and name in ("entity_id", "summary"):
            return self.display(row, name) or None  # whole, where the column cuts it
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.seq in self.broken:
                return BROKEN
            if name == "action" and row.action == AuditAction.SIGN_IN_FAILED:
                return REFUSED
        return None

    def set_broken(self, seqs: frozenset[int]) -> None:
        if seqs != self.broken:
            self.broken = seqs
            if self.rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))
