"""One person on the register: the open alert first, the next check, the checks done,
the schedule, the people to call, and leaving the register (one action)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import (
    AgeBand,
    AlertAction,
    CheckMethod,
    CheckOutcome,
    ConsentMethod,
    ContactKind,
    EscalationReason,
    FollowUp,
    Priority,
)
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.common.sensitive import needs_confirmation
from app.ui.context import UiContext
from app.ui.followup_widgets import day_text, floor_text
from app.ui.rows_model import LATE, Column, RowsModel
from app.ui.welfare.check_dialog import CheckDialog
from app.ui.widgets import (
    FieldError,
    fill_codes,
    labelled_row,
    select_data,
    title_label,
)


class EntryView(QWidget):
    closed = Signal()
    changed = Signal(str)
    loaded = Signal()
    failed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.entry_id: str | None = None
        self.detail = None
        self.check_dialog: CheckDialog | None = None

        self.title = title_label(self, scale=1.3)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("Back to the &list"), self)
        self.back_button.setToolTip(self.tr("Escape"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)
        self.error = FieldError(self)

        # The alert, prominent until someone acts on it.
        self.alert_box = QFrame(self)
        self.alert_box.setObjectName("alertBox")
        self.alert_box.setStyleSheet("#alertBox { background: #fdecea; "
                                     "border: 2px solid #b00020; }")
        self.alert_text = QLabel(self.alert_box)
        self.alert_text.setWordWrap(True)
        self.alert_text.setStyleSheet("color: #b00020; font-weight: bold;")
        self.alert_action = QComboBox(self.alert_box)
        for action in AlertAction:
            if action is not AlertAction.CHECK:
                self.alert_action.addItem(action.label(self.lang), action.value)
        self.alert_action.setAccessibleName(self.tr("What was done"))
        self.alert_note = QLineEdit(self.alert_box)
        self.alert_note.setPlaceholderText(self.tr("What was done, what was found (no health "
                                                   "details)"))
        self.alert_note.setAccessibleName(self.tr("Note on the action"))
        self.act_button = QPushButton(self.tr("I &acted on it"), self.alert_box)
        act_row = QHBoxLayout()
        act_row.addWidget(self.alert_action)
        act_row.addWidget(self.alert_note, 1)
        act_row.addWidget(self.act_button)
        alert_layout = QVBoxLayout(self.alert_box)
        alert_layout.addWidget(self.alert_text)
        alert_layout.addLayout(act_row)
        self.alert_box.hide()

        self.next_check = QLabel(self)
        self.record_button = QPushButton(self.tr("&Record a check…"), self)
        self.record_button.setAccessibleName(self.tr("Record a check"))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_check, 1)
        next_row.addWidget(self.record_button)

        self.checks_model = RowsModel([
            Column(self.tr("Due"), lambda c: day_text(c.due_on)),
            Column(self.tr("Done"), lambda c: c.done_at.astimezone().strftime("%d/%m/%Y %H:%M")
                   if c.done_at else ""),
            Column(self.tr("How"), lambda c: CheckMethod(c.method).label(self.lang)
                   if c.method else ""),
            Column(self.tr("Outcome"), lambda c: CheckOutcome(c.outcome).label(self.lang)
                   if c.outcome else "",
                   colour=lambda c: LATE if c.outcome in ("not_reached", "alert_raised")
                   else None),
            Column(self.tr("Follow-up"), lambda c: " – ".join(v for v in (
                FollowUp(c.follow_up).label(self.lang) if c.follow_up else "",
                c.follow_up_to) if v)),
            Column(self.tr("By"), lambda c: c.done_by),
            Column(self.tr("Notes"), lambda c: " ".join(c.notes.split())),
        ], lambda c: c.id, self)
        self.checks = QTableView(self)
        self.checks.setModel(self.checks_model)
        self.checks.setAccessibleName(self.tr("Checks done"))
        self.checks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks.setTabKeyNavigation(False)
        self.checks.verticalHeader().hide()
        self.checks.setWordWrap(False)
        # A person's checks: a few a week, sized to what they say.
        self.checks.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.checks.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.checks, self.tr("&Checks"))
        self.tabs.addTab(self._schedule_tab(), self.tr("&Schedule and consent"))
        self.tabs.addTab(self._contacts_tab(), self.tr("&People to call"))
        self.tabs.addTab(self._leave_tab(), self.tr("&Leave the register"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.where)
        layout.addWidget(self.error)
        layout.addWidget(self.alert_box)
        layout.addLayout(next_row)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.closed)
        self.act_button.clicked.connect(self.act_on_alert)
        self.record_button.clicked.connect(self.record_check)

    def _form_row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        labelled_row(form, text, widget, self)

    def _schedule_tab(self) -> QWidget:
        page = QWidget(self)
        self.frequency = QSpinBox(self)
        self.frequency.setRange(1, 90)
        self.frequency.setSuffix(self.tr(" days"))
        self.priority = QComboBox(self)
        fill_codes(self.priority, Priority, self.lang)
        self.schedule_button = QPushButton(self.tr("Save the &schedule"), self)
        self.schedule_error = FieldError(self)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        form = QFormLayout()
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        self._form_row(form, self.tr("Check e&very"), self.frequency)
        self._form_row(form, self.tr("P&riority"), self.priority)
        form.addRow(self.schedule_error)
        form.addRow("", self.schedule_button)
        form.addRow(self.tr("Consent"), self.consent)
        self.schedule_button.clicked.connect(self.save_schedule)
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget(self)
        self.contacts_label = QLabel(self)
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_kind = QComboBox(self)
        fill_codes(self.contact_kind, ContactKind, self.lang)
        self.contact_kind.setAccessibleName(self.tr("Kind of contact"))
        self.contact_name = QLineEdit(self)
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_name.setAccessibleName(self.tr("Contact's name"))
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setPlaceholderText(self.tr("Phone"))
        self.contact_phone.setAccessibleName(self.tr("Contact's phone"))
        self.contact_button = QPushButton(self.tr("&Add the contact"), self)
        self.contact_error = FieldError(self)
        row = QHBoxLayout()
        row.addWidget(self.contact_kind)
        row.addWidget(self.contact_name, 2)
        row.addWidget(self.contact_phone, 1)
        row.addWidget(self.contact_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts_label)
        layout.addLayout(row)
        layout.addWidget(self.contact_error)
        layout.addStretch(1)
        self.contact_button.clicked.connect(self.add_contact)
        return page

    def _leave_tab(self) -> QWidget:
        page = QWidget(self)
        note = QLabel(self.tr("Leaving the register is the person's right, at any time. Their "
                              "pending checks are dropped; what the register holds about them "
                              "is kept only as long as the landlord's retention rule allows, "
                              "then erased."), self)
        note.setWordWrap(True)
        self.left_on = QDateEdit(QDate.currentDate(), self)
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("dd/MM/yyyy")
        self.leave_button = QPushButton(self.tr("Take the person off the &register"), self)
        self.leave_error = FieldError(self)
        form = QFormLayout()
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(note)
        self._form_row(form, self.tr("Left &on"), self.left_on)
        form.addRow(self.leave_error)
        form.addRow("", self.leave_button)
        self.leave_button.clicked.connect(self.leave_register)
        return page

    # Loading -------------------------------------------------------------------------------

    def open_entry(self, entry_id: str) -> None:
        self.entry_id = entry_id
        self.error.show_message("")
        self.reload()

    def reload(self) -> None:
        entry_id, ctx = self.entry_id, self.ctx
        self.ctx.worker.submit(lambda: acting.welfare(ctx).get(entry_id), self._loaded,
                               self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))
        self.failed.emit()

    def _loaded(self, d) -> None:
        self.detail = d
        lang = self.lang
        self.title.setText(d.full_name)
        facts = [f"{d.site_code} – {d.building} – {d.entrance} – {floor_text(d.floor)} – "
                 + self.tr("door %1").replace("%1", d.door),
                 AgeBand(d.age_band).label(lang),
                 self.tr("lives alone") if d.lives_alone else self.tr("does not live alone"),
                 d.phone or self.tr("no phone")]
        if d.home_care:
            facts.append(self.tr("home care: %1").replace("%1", d.home_care))
        self.where.setText(" · ".join(facts))
        alert = d.open_alert
        self.alert_box.setVisible(alert is not None)
        if alert is not None:
            since = alert.raised_at.astimezone().strftime("%d/%m/%Y") if alert.raised_at else ""
            self.alert_text.setText(self.tr("Alert since %1: %2. Someone must act now.").replace(
                "%1", since).replace("%2", EscalationReason(alert.reason).label(lang)))
        if not d.active:
            self.next_check.setText(self.tr("Left the register on %1; what it holds is kept "
                                            "until %2.").replace("%1", day_text(d.left_on))
                                    .replace("%2", day_text(d.kept_until)))
            self.next_check.setStyleSheet("")
        elif d.next_due_on:
            late = d.next_due_on < date.today()
            text = (self.tr("Next check was due on %1: overdue.") if late
                    else self.tr("Next check due on %1.")).replace("%1", day_text(d.next_due_on))
            if d.interval_days < d.frequency_days:
                text += " " + self.tr("An alert plan runs: a check at least every %1 days.") \
                    .replace("%1", str(d.interval_days))
            self.next_check.setText(text)
            self.next_check.setStyleSheet("color: #b00020;" if late else "")
        self.record_button.setEnabled(d.active and d.pending_check_id is not None)
        self.checks_model.set_rows(d.checks)
        self.frequency.setValue(d.frequency_days)
        select_data(self.priority, d.priority)
        given = d.consent_given_by or ""
        self.consent.setText(self.tr("Given on %1, %2%3").replace(
            "%1", day_text(d.consent_on)).replace(
            "%2", ConsentMethod(d.consent_method).label(lang).lower()).replace(
            "%3", f" ({given})" if given else ""))
        self.contacts_label.setText("\n".join(
            f"{ContactKind(c.kind).label(lang)} : {c.name} {c.phone}".strip()
            for c in d.contacts) or self.tr("Nobody yet."))
        for index in range(1, self.tabs.count()):
            self.tabs.widget(index).setEnabled(d.active)
        self.loaded.emit()

    # Actions -----------------------------------------------------------------------------

    def _write(self, fn, done_text: str, error: FieldError) -> None:
        error.show_message("")

        def failed(exc: BaseException) -> None:
            error.show_message("\n".join(exc.errors.values())
                               if isinstance(exc, ValidationError) else str(exc))
            self.failed.emit()

        def done(_r) -> None:
            self.changed.emit(done_text)
            self.reload()

        self.ctx.worker.submit(fn, done, failed, owner=self)

    def act_on_alert(self) -> None:
        if needs_confirmation(self, (self.alert_note.text(),), self.act_on_alert):
            return
        ctx, entry = self.ctx, self.entry_id
        action, note = self.alert_action.currentData(), self.alert_note.text()
        self.alert_note.clear()
        self._write(lambda: acting.welfare(ctx).act_on_alert(entry, action, note),
                    self.tr("Action recorded: the alert is closed."), self.error)

    def record_check(self) -> None:
        d = self.detail
        if d is None or d.next_due_on is None:
            return
        self.check_dialog = CheckDialog(self.ctx, d.id, d.next_due_on, d.full_name, self)
        self.check_dialog.saved.connect(lambda _id: (self.changed.emit(self.tr(
            "Check recorded.")), self.reload()))
        self.check_dialog.open()

    def save_schedule(self) -> None:
        ctx, entry = self.ctx, self.entry_id
        frequency, priority = self.frequency.value(), self.priority.currentData()
        self._write(lambda: acting.welfare(ctx).change_schedule(entry, frequency, priority),
                    self.tr("Schedule saved."), self.schedule_error)

    def add_contact(self) -> None:
        ctx, entry = self.ctx, self.entry_id
        values = (self.contact_kind.currentData(), self.contact_name.text(),
                  self.contact_phone.text())
        self.contact_name.clear()
        self.contact_phone.clear()
        self._write(lambda: acting.welfare(ctx).add_contact(entry, *values),
                    self.tr("Contact added."), self.contact_error)

    def leave_register(self) -> None:
        ctx, entry, on = self.ctx, self.entry_id, self.left_on.date().toPython()
        self._write(lambda: acting.welfare(ctx).leave_register(entry, on),
                    self.tr("The person has left the register."), self.leave_error)
