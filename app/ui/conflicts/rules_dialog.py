"""A landlord's own rules: the days allowed after each step of the procedure, and how long
the welfare register keeps the data of someone who left it. Managers only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import LandlordRule
from app.domain.procedure import DEADLINE_BOUNDS
from app.domain.welfare_rules import RETENTION_BOUNDS
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.context import UiContext
from app.ui.widgets import FieldError


class RulesDialog(QDialog):
    saved = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("The landlord's deadlines"))
        self.landlord = QComboBox(self)
        self.landlord.setAccessibleName(self.tr("Landlord"))
        self.days: dict[str, QSpinBox] = {}
        form = QFormLayout()
        label = QLabel(self.tr("&Landlord"), self)
        label.setBuddy(self.landlord)
        form.addRow(label, self.landlord)
        for rule in LandlordRule:
            box = QSpinBox(self)
            low, high = RETENTION_BOUNDS if rule is LandlordRule.WELFARE_RETENTION \
                else DEADLINE_BOUNDS
            box.setRange(low, high)
            box.setSuffix(self.tr(" days"))
            box.setAccessibleName(rule.label(ctx.lang))
            self.days[rule.value] = box
            form.addRow(rule.label(ctx.lang), box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        manager = ctx.settings.is_manager
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(manager)
        self.note.setText(self.tr("A new deadline applies to the steps taken from now on.")
                          if manager else self.tr("Only a security officer or an "
                                                  "administrator may change them."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.landlord.currentIndexChanged.connect(self._load_rules)
        ctx.worker.submit(lambda: acting.rules(ctx).landlords(), self._landlords, owner=self)

    def _landlords(self, rows) -> None:
        self.landlord.blockSignals(True)
        for landlord_id, name in rows:
            self.landlord.addItem(name, landlord_id)
        self.landlord.blockSignals(False)
        self._load_rules()

    def _load_rules(self) -> None:
        landlord, ctx = self.landlord.currentData(), self.ctx
        if landlord:
            ctx.worker.submit(lambda: acting.rules(ctx).rules(landlord), self._show, owner=self)

    def _show(self, rules: dict[str, int]) -> None:
        for rule, box in self.days.items():
            box.setValue(rules[rule])
        self.loaded.emit()

    def save(self) -> None:
        landlord, ctx = self.landlord.currentData(), self.ctx
        values = {rule: box.value() for rule, box in self.days.items()}
        self.error.show_message("")

        def failed(exc: BaseException) -> None:
            self.error.show_message("\n".join(exc.errors.values())
                                    if isinstance(exc, ValidationError) else str(exc))

        ctx.worker.submit(lambda: acting.rules(ctx).set_rules(landlord, values),
                          lambda _r: self.saved.emit(self.tr("Deadlines saved.")), failed,
                          owner=self)
