"""Alert plans (heatwave, cold, lockdown): each shortens every check interval from its
first day to its last. Declaring one brings pending checks forward; ending one early
puts them back where the frequencies say."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import AlertKind, OrgKind
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.context import UiContext
from app.ui.followup_widgets import day_text
from app.ui.rows_model import Column, RowsModel
from app.ui.widgets import FieldError, fill_codes


class AlertPlansDialog(QDialog):
    changed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.setWindowTitle(self.tr("Alert plans"))
        self.resize(720, 480)
        today = date.today()
        self.model = RowsModel([
            Column(self.tr("Plan"), lambda p: AlertKind(p.kind).label(self.lang)),
            Column(self.tr("From"), lambda p: day_text(p.starts_on)),
            Column(self.tr("To"), lambda p: day_text(p.ends_on) or self.tr("until ended")),
            Column(self.tr("Every"), lambda p: self.tr("%1 days").replace(
                "%1", str(p.max_interval_days))),
            Column(self.tr("Now"), lambda p: self.tr("Running") if p.starts_on <= today and (
                p.ends_on is None or p.ends_on >= today) else self.tr("Over")
                if p.ends_on and p.ends_on < today else self.tr("To come")),
        ], lambda p: p.id, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Alert plans"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.end_button = QPushButton(self.tr("&End the selected plan today"), self)
        self.error = FieldError(self)

        new = QGroupBox(self.tr("New plan"), self)
        form = QFormLayout(new)
        self.kind = QComboBox(self)
        fill_codes(self.kind, AlertKind, self.lang)
        self.starts_on = self._date_box()
        self.has_end = QCheckBox(self.tr("Ends on"), self)
        self.ends_on = self._date_box()
        self.ends_on.setDate(QDate.currentDate().addDays(7))
        self.has_end.setChecked(True)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 30)
        self.interval.setValue(2)
        self.interval.setSuffix(self.tr(" days"))
        self.add_button = QPushButton(self.tr("&Declare the plan"), self)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ends_on, 1)
        for text, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Starts on"), self.starts_on),
                             (self.tr("A check at least e&very"), self.interval)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", end_row)
        form.addRow("", self.add_button)
        self.ends_on.setAccessibleName(self.tr("Ends on"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.end_button)
        layout.addWidget(new)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.add_button.clicked.connect(self.add_plan)
        self.end_button.clicked.connect(self.end_selected)
        self.reload()

    def _date_box(self) -> QDateEdit:
        box = QDateEdit(QDate.currentDate(), self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd/MM/yyyy")
        return box

    def reload(self) -> None:
        ctx = self.ctx
        self.ctx.worker.submit(lambda: acting.welfare(ctx).alert_plans(), self._loaded,
                               owner=self)

    def _loaded(self, plans) -> None:
        self.model.set_rows(plans)
        self.loaded.emit()

    def _write(self, fn, text: str) -> None:
        self.error.show_message("")

        def failed(exc: BaseException) -> None:
            self.error.show_message("\n".join(exc.errors.values())
                                    if isinstance(exc, ValidationError) else str(exc))

        def done(_r) -> None:
            self.changed.emit(text)
            self.reload()

        self.ctx.worker.submit(fn, done, failed, owner=self)

    def add_plan(self) -> None:
        ctx = self.ctx
        kind, start = self.kind.currentData(), self.starts_on.date().toPython()
        end = self.ends_on.date().toPython() if self.has_end.isChecked() else None
        interval = self.interval.value()

        def job():
            # Declared by the town when there is one: a plan covers the whole register.
            places = ctx.places
            towns = places.organisations(OrgKind.TOWN.value) or places.organisations()
            return acting.welfare(ctx).add_alert_plan(towns[0].id, kind, start, end, interval)

        self._write(job, self.tr("Alert plan declared: the checks due have moved."))

    def end_selected(self) -> None:
        index = self.table.currentIndex()
        plan = self.model.row_at(index.row()) if index.isValid() else None
        if plan is None:
            return
        ctx, on = self.ctx, max(date.today(), plan.starts_on)
        self._write(lambda: acting.welfare(ctx).end_alert_plan(plan.id, on),
                    self.tr("Alert plan ended."))
