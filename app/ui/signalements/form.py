"""The signalement form: quick to fill with the keyboard, never losing what was typed.

Every change restarts an autosave timer; the draft goes to the workspace database
(DraftService) on the worker. Closing the form or the window saves it too, and the
crash handler asks for one last save. Saving validates in the service: its
ValidationError messages are shown next to each field, in the service's French.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import (
    Category,
    ClosingReason,
    LocationKind,
    Recurrence,
    ReferralChannel,
    ReferralRecipient,
    Severity,
    SignalementStatus,
)
from app.domain.messages import msg
from app.domain.privacy import sensitive_words
from app.domain.workflow import can_move
from app.services.errors import ServiceError, ValidationError
from app.services.signalements import DESCRIPTION_LIMIT, SignalementDraft
from app.ui.common.sensitive import forget_confirmation, needs_confirmation
from app.ui.context import UiContext
from app.ui.signalements import DRAFT_KIND
from app.ui.signalements.attachments import AttachmentsPanel
from app.ui.widgets import (
    FieldError,
    fill_choices,
    fill_codes,
    form_page,
    select_data,
    title_label,
)

NO_FLOOR = -6  # below the lowest floor the service accepts: means "not given"
Index = QModelIndex | QPersistentModelIndex


def draft_key(signalement_id: str | None) -> str:
    return f"signalement:{signalement_id or 'new'}"


@dataclass
class SaveResult:
    id: str
    reference: str
    version: int
    referral_errors: dict[str, str] = field(default_factory=dict)


class ReferralModel(QAbstractTableModel):
    """Referrals already recorded and those to be recorded when the form is saved."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[dict] = []
        self._titles = [self.tr("Recipient"), self.tr("Date"), self.tr("Channel"),
                        self.tr("Reference number"), self.tr("State")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return ReferralRecipient(r["recipient"]).label(self.lang)
        if col == 1:
            return date.fromisoformat(r["referred_on"]).strftime("%d/%m/%Y")
        if col == 2:
            return ReferralChannel(r["channel"]).label(self.lang)
        if col == 3:
            return r["reference_number"]
        return self.tr("Recorded") if r.get("id") else self.tr("Recorded on save")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append(self, row: dict) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def pending(self) -> list[dict]:
        return [r for r in self.rows if not r.get("id")]


class SignalementForm(QWidget):
    saved = Signal(str, str)  # id, reference
    closed = Signal()
    draftSaved = Signal()
    saveFailed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.editing_id: str | None = None
        self.version = 0
        self.reference = ""
        self.original_status = SignalementStatus.NEW.value
        self.dirty = False
        self._loading = False
        self._want: dict[str, str | None] = {}
        self._place_gen = {"building": 0, "entrance": 0}
        self.errors: dict[str, FieldError] = {}
        self._saving = False

        self.title = title_label(self)
        self.draft_state = QLabel(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the signalement"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setDefault(False)
        self.back_button = QPushButton(self.tr("Back to the &list"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list, keeping the draft"))
        self.discard_button = QPushButton(self.tr("&Discard draft"), self)
        self.discard_button.setAccessibleName(self.tr("Discard this draft"))
        self.summary_error = FieldError(self)

        body = QWidget(self)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns = QHBoxLayout(body)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # What ----------------------------------------------------------------------------
        what = self._group(self.tr("What happened"), left)
        self.category = QComboBox(self)
        fill_codes(self.category, Category, self.lang, self.tr("Choose a category…"))
        self._row(what, self.tr("&Category"), self.category, "category")
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 6)
        self.description.setMaximumHeight(self.fontMetrics().height() * 10)
        self._row(what, self.tr("&Description of the facts"), self.description, "description")
        self.char_count = QLabel(self)
        self.char_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        what.addRow("", self.char_count)
        self.reminder = QLabel(self.tr(
            "Stay factual: describe what you saw or heard, without judgement and without "
            "health, religious or origin data. The person concerned may ask to read this text."),
            self)
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: palette(window-text); background: #eef3fb; "
                                    "border-left: 4px solid #1c4f9c; padding: 6px;")
        what.addRow(self.reminder)
        self.privacy_warning = FieldError(self)
        what.addRow(self.privacy_warning)
        self.recurrence = QComboBox(self)
        fill_codes(self.recurrence, Recurrence, self.lang)
        self._row(what, self.tr("&How often"), self.recurrence, "recurrence")
        self.severity = QComboBox(self)
        for s in Severity:
            self.severity.addItem(s.label(self.lang), int(s.value))
        self._row(what, self.tr("Se&verity"), self.severity, "severity")

        # Where ---------------------------------------------------------------------------
        where = self._group(self.tr("Where"), left)
        self.site = QComboBox(self)
        self.site.addItem(self.tr("Choose a site…"), None)
        self._row(where, self.tr("S&ite"), self.site, "site_id")
        self.building = QComboBox(self)
        self._row(where, self.tr("&Building"), self.building, "building_id")
        self.entrance = QComboBox(self)
        self._row(where, self.tr("&Entrance or stair"), self.entrance, "entrance_id")
        self.floor = QSpinBox(self)
        self.floor.setRange(NO_FLOOR, 60)
        self.floor.setSpecialValueText(self.tr("Not given"))
        self._row(where, self.tr("&Floor"), self.floor, "floor")
        self.location_kind = QComboBox(self)
        fill_codes(self.location_kind, LocationKind, self.lang, self.tr("Not given"))
        self._row(where, self.tr("&Kind of place"), self.location_kind, "location_kind")

        # When ----------------------------------------------------------------------------
        when = self._group(self.tr("When"), left)
        self.facts_start = self._datetime_box()
        self._row(when, self.tr("Facts &started"), self.facts_start, "facts_start")
        self.has_end = QCheckBox(self.tr("The facts have an end &time"), self)
        when.addRow("", self.has_end)
        self.facts_end = self._datetime_box()
        self.facts_end.setEnabled(False)
        self._row(when, self.tr("Facts ended"), self.facts_end, "facts_end")
        self.reported_at = self._datetime_box()
        self._row(when, self.tr("&Reported on"), self.reported_at, "reported_at")

        # Status --------------------------------------------------------------------------
        status = self._group(self.tr("Follow-up"), left)
        self.status = QComboBox(self)
        fill_codes(self.status, SignalementStatus, self.lang)
        self._row(status, self.tr("S&tatus"), self.status, "status")
        self.closing_reason = QComboBox(self)
        fill_codes(self.closing_reason, ClosingReason, self.lang, self.tr("Not closed"))
        self.closing_reason.setEnabled(False)
        self._row(status, self.tr("Reason for &closing"), self.closing_reason, "closing_reason")
        self.protect_identity = QCheckBox(self.tr("&Protect my identity"), self)
        status.addRow(self.protect_identity)
        protect_note = QLabel(self.tr("The referral sheet will then name the landlord's security "
                                      "officer as the source, never you."), self)
        protect_note.setWordWrap(True)
        status.addRow(protect_note)
        left.addStretch(1)

        # Who -----------------------------------------------------------------------------
        who = self._group(self.tr("Persons involved (no identity needed)"), right)
        self.persons_count = QSpinBox(self)
        self.persons_count.setRange(0, 500)
        self._row(who, self.tr("&Number of persons"), self.persons_count, "persons_count")
        self.persons_description = self._text_box(3)
        self._row(who, self.tr("Descri&ption"), self.persons_description, "persons_description")
        self.witnesses = self._text_box(2)
        self._row(who, self.tr("&Witnesses (optional)"), self.witnesses, "witnesses")

        # Harm ----------------------------------------------------------------------------
        harm = self._group(self.tr("Harm"), right)
        self.harm_people = self._text_box(2)
        self._row(harm, self.tr("To people"), self.harm_people, "harm_people")
        self.harm_property = self._text_box(2)
        self._row(harm, self.tr("To property"), self.harm_property, "harm_property")
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 10_000_000)
        self.cost.setDecimals(2)
        self.cost.setSuffix(" €")
        self.cost.setGroupSeparatorShown(True)
        self._row(harm, self.tr("Estimated c&ost"), self.cost, "estimated_cost_cents")

        # Actions -------------------------------------------------------------------------
        actions = self._group(self.tr("Actions already taken"), right)
        self.action_intervention = QCheckBox(self.tr("Intervention on the spot"), self)
        self.action_called_17 = QCheckBox(self.tr("Called the police (17)"), self)
        self.action_town_informed = QCheckBox(self.tr("Town informed"), self)
        for box in (self.action_intervention, self.action_called_17, self.action_town_informed):
            actions.addRow(box)
        self.actions_notes = self._text_box(2)
        self._row(actions, self.tr("Notes"), self.actions_notes, "actions_notes")

        # Referrals -----------------------------------------------------------------------
        ref_box = QGroupBox(self.tr("Referrals"), self)
        right.addWidget(ref_box)
        ref_layout = QVBoxLayout(ref_box)
        self.referral_model = ReferralModel(self.lang, self)
        self.referrals = QTableView(self)
        self.referrals.setAccessibleName(self.tr("Referrals"))
        self.referrals.setModel(self.referral_model)
        self.referrals.setTabKeyNavigation(False)
        self.referrals.verticalHeader().hide()
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setMaximumHeight(self.fontMetrics().height() * 7)
        ref_layout.addWidget(self.referrals)
        grid = QGridLayout()
        self.ref_recipient = QComboBox(self)
        fill_codes(self.ref_recipient, ReferralRecipient, self.lang)
        self.ref_date = QDateEdit(self)
        self.ref_date.setCalendarPopup(True)
        self.ref_date.setDisplayFormat("dd/MM/yyyy")
        self.ref_date.setDate(QDate.currentDate())
        self.ref_channel = QComboBox(self)
        fill_codes(self.ref_channel, ReferralChannel, self.lang)
        self.ref_number = QLineEdit(self)
        self.ref_number.setMaxLength(60)
        self.ref_add = QPushButton(self.tr("&Add the referral"), self)
        self.ref_add.setAccessibleName(self.tr("Add the referral"))
        for col, (text, widget) in enumerate(((self.tr("To"), self.ref_recipient),
                                             (self.tr("On"), self.ref_date),
                                             (self.tr("Channel"), self.ref_channel),
                                             (self.tr("Reference number given"), self.ref_number))):
            lab = QLabel(text, self)
            lab.setBuddy(widget)
            widget.setAccessibleName(text)
            grid.addWidget(lab, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.ref_add, 1, 4)
        ref_layout.addLayout(grid)
        self.referral_error = FieldError(self)
        ref_layout.addWidget(self.referral_error)

        # Attachments ---------------------------------------------------------------------
        att_box = QGroupBox(self.tr("Photos and documents"), self)
        right.addWidget(att_box)
        att_layout = QVBoxLayout(att_box)
        self.attachments = AttachmentsPanel(ctx, self)
        att_layout.addWidget(self.attachments)
        right.addStretch(1)

        form_page(self, body, [self.title, self.draft_state, self.discard_button,
                               self.back_button, self.save_button], self.summary_error)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(ctx.settings.autosave_seconds * 1000)
        self.autosave.timeout.connect(self.save_draft)
        self._connect()
        self._update_count()

    # Building blocks -------------------------------------------------------------------

    def _group(self, title: str, column: QVBoxLayout) -> QFormLayout:
        box = QGroupBox(title, self)
        column.addWidget(box)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above the fields: long French labels never squeeze the field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        return form

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field_name: str) -> None:
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        error = FieldError(self)
        holder = QWidget(self)
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(error)
        form.addRow(lab, holder)
        self.errors[field_name] = error

    def _text_box(self, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(self.fontMetrics().height() * (lines + 1))
        box.setMaximumHeight(self.fontMetrics().height() * (lines + 3))
        return box

    def _datetime_box(self) -> QDateTimeEdit:
        box = QDateTimeEdit(self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd/MM/yyyy HH:mm")
        box.setDateTime(QDateTime.currentDateTime())
        return box

    def _connect(self) -> None:
        combos = (self.category, self.recurrence, self.severity, self.location_kind,
                  self.status, self.closing_reason)
        for w in combos:
            w.currentIndexChanged.connect(self._changed)
        for w in (self.description, self.persons_description, self.witnesses, self.harm_people,
                  self.harm_property, self.actions_notes):
            w.textChanged.connect(self._changed)
        for w in (self.floor, self.persons_count):
            w.valueChanged.connect(self._changed)
        self.cost.valueChanged.connect(self._changed)
        for w in (self.facts_start, self.facts_end, self.reported_at):
            w.dateTimeChanged.connect(self._changed)
        for w in (self.has_end, self.protect_identity, self.action_intervention,
                  self.action_called_17, self.action_town_informed):
            w.toggled.connect(self._changed)
        self.description.textChanged.connect(self._update_count)
        self.has_end.toggled.connect(self.facts_end.setEnabled)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.site.currentIndexChanged.connect(self._site_changed)
        self.building.currentIndexChanged.connect(self._building_changed)
        self.entrance.currentIndexChanged.connect(self._changed)
        self.attachments.changed.connect(self._changed)
        self.ref_add.clicked.connect(self.add_referral)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.close_form)
        self.discard_button.clicked.connect(self.discard)
        # Editing a field clears its message.
        for name, widget in self._field_widgets().items():
            signal = getattr(widget, "currentIndexChanged", None) or getattr(
                widget, "textChanged", None) or getattr(widget, "dateTimeChanged", None) or getattr(
                widget, "valueChanged", None)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self._clear_error(n))

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "category": self.category, "site_id": self.site, "building_id": self.building,
            "entrance_id": self.entrance, "floor": self.floor,
            "location_kind": self.location_kind, "facts_start": self.facts_start,
            "facts_end": self.facts_end, "reported_at": self.reported_at,
            "description": self.description, "recurrence": self.recurrence,
            "severity": self.severity, "persons_count": self.persons_count,
            "persons_description": self.persons_description, "witnesses": self.witnesses,
            "harm_people": self.harm_people, "harm_property": self.harm_property,
            "estimated_cost_cents": self.cost, "actions_notes": self.actions_notes,
            "status": self.status, "closing_reason": self.closing_reason,
        }

    # Opening ---------------------------------------------------------------------------

    def start_new(self, draft_state: dict | None = None) -> None:
        """An empty form (facts and report now), or a draft brought back."""
        self._reset()
        self.editing_id = None
        self.title.setText(self.tr("New signalement"))
        self._load_sites()
        if draft_state:
            self.restore(draft_state)
        else:
            self.attachments.load(None, [])
        self.dirty = bool(draft_state)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, signalement_id: str, draft_state: dict | None = None) -> None:
        self._reset()
        service = self.ctx.signalements
        self.ctx.worker.submit(lambda: service.get(signalement_id),
                               lambda d: self._edit_loaded(d, draft_state),
                               self._load_failed, owner=self)

    def _edit_loaded(self, detail, draft_state: dict | None) -> None:
        self.editing_id = detail.id
        self.version = detail.version
        self.reference = detail.reference
        self.original_status = detail.draft.status
        self.title.setText(self.tr("Signalement %1").replace("%1", detail.reference))
        self._load_sites()
        state = self._draft_to_state(detail.draft)
        state["referrals"] = [{"id": r.id, "recipient": r.recipient,
                               "referred_on": r.referred_on.isoformat(), "channel": r.channel,
                               "reference_number": r.reference_number} for r in detail.referrals]
        if draft_state:
            # Pending referrals and staged files of the draft come on top of the record.
            state.update({k: v for k, v in draft_state.items() if k not in ("referrals",)})
            state["referrals"] += [r for r in draft_state.get("referrals", []) if not r.get("id")]
        self.restore(state)
        self.dirty = bool(draft_state)
        self._limit_status_moves()
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_failed(self, exc: BaseException) -> None:
        self.summary_error.show_message(str(exc))

    def _reset(self) -> None:
        self._loading = True
        self.autosave.stop()
        for e in self.errors.values():
            e.show_message("")
        self.summary_error.show_message("")
        self.referral_error.show_message("")
        self.privacy_warning.show_message("")
        self.draft_state.setText("")
        self.version = 0
        self.reference = ""
        self.original_status = SignalementStatus.NEW.value
        self.restore(self._draft_to_state(SignalementDraft(
            facts_start=datetime.now().astimezone(), reported_at=datetime.now().astimezone())))
        for i in range(self.status.count()):
            self.status.model().item(i).setEnabled(True)
        self._loading = False
        self.dirty = False

    def _load_sites(self) -> None:
        if self.site.count() > 1:
            return
        places = self.ctx.places
        self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)

    def _fill_sites(self, choices) -> None:
        want = self._want.get("site")
        self._loading, was = True, self._loading
        fill_choices(self.site, choices)
        self._loading = was
        if want:
            self._select_site(want)

    # Places cascade --------------------------------------------------------------------

    def _select_site(self, site_id: str | None) -> None:
        self._want["site"] = site_id
        index = self.site.findData(site_id) if site_id else 0
        if index < 0:
            return  # the list has not arrived yet: _fill_sites selects it
        if index == self.site.currentIndex():
            self._site_changed()
        else:
            self.site.setCurrentIndex(index)

    def _site_changed(self) -> None:
        site_id = self.site.currentData()
        self._fill_place(self.building, "building", None)
        self._fill_place(self.entrance, "entrance", None)
        if site_id:
            self._want["site"] = site_id
            places = self.ctx.places
            self._request_place("building", lambda: places.buildings(site_id))
        self._changed()

    def _building_changed(self) -> None:
        building_id = self.building.currentData()
        self._fill_place(self.entrance, "entrance", None)
        if building_id:
            places = self.ctx.places
            self._request_place("entrance", lambda: places.entrances(building_id))
        if not self._loading and self.building.isEnabled():
            self._want["building"] = building_id
        self._changed()

    def _request_place(self, kind: str, fetch) -> None:
        self._place_gen[kind] += 1
        gen = self._place_gen[kind]
        combo = self.building if kind == "building" else self.entrance
        self.ctx.worker.submit(fetch, lambda choices: (
            self._fill_place(combo, kind, choices) if gen == self._place_gen[kind] else None),
            owner=self)

    def _fill_place(self, combo: QComboBox, kind: str, choices) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Not given"), None)
        for c in choices or []:
            combo.addItem(c.label, c.id)
        combo.setEnabled(bool(choices))
        want = self._want.get(kind)
        index = combo.findData(want) if want else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if kind == "building" and combo.currentData():
            self._building_changed()

    # State and drafts ------------------------------------------------------------------

    @staticmethod
    def _draft_to_state(d: SignalementDraft) -> dict:
        state = d.to_dict()
        for name in ("facts_start", "facts_end", "reported_at"):
            value = state[name]
            state[name] = value.isoformat() if value else None
        state["referrals"] = []
        state["attachments"] = []
        return state

    def state(self) -> dict:
        """Everything typed, as JSON-ready values: the draft payload."""
        d = self._collect()
        state = self._draft_to_state(d)
        state["editing_id"] = self.editing_id
        state["version"] = self.version
        state["referrals"] = self.referral_model.pending()
        state["attachments"] = self.attachments.state()
        return state

    def restore(self, state: dict) -> None:
        was, self._loading = self._loading, True
        try:
            select_data(self.category, state.get("category") or None)
            self.description.setPlainText(state.get("description", ""))
            select_data(self.recurrence, state.get("recurrence") or Recurrence.FIRST_TIME.value)
            select_data(self.severity, int(state.get("severity") or 2))
            self._want = {"site": state.get("site_id"), "building": state.get("building_id"),
                          "entrance": state.get("entrance_id")}
            self._select_site(state.get("site_id"))
            floor = state.get("floor")
            self.floor.setValue(NO_FLOOR if floor is None else int(floor))
            select_data(self.location_kind, state.get("location_kind"))
            self.facts_start.setDateTime(_qdt(state.get("facts_start")))
            end = state.get("facts_end")
            self.has_end.setChecked(bool(end))
            self.facts_end.setDateTime(_qdt(end or state.get("facts_start")))
            self.reported_at.setDateTime(_qdt(state.get("reported_at")))
            self.persons_count.setValue(int(state.get("persons_count") or 0))
            for name in ("persons_description", "witnesses", "harm_people", "harm_property",
                         "actions_notes"):
                getattr(self, name).setPlainText(state.get(name) or "")
            self.cost.setValue((state.get("estimated_cost_cents") or 0) / 100)
            for name in ("action_intervention", "action_called_17", "action_town_informed",
                         "protect_identity"):
                getattr(self, name).setChecked(bool(state.get(name)))
            select_data(self.status, state.get("status") or SignalementStatus.NEW.value)
            select_data(self.closing_reason, state.get("closing_reason"))
            self._status_changed()
            self.referral_model.set_rows(state.get("referrals", []))
            if state.get("version"):
                self.version = int(state["version"])
        finally:
            self._loading = was
        if "attachments" in state and not self._loading:
            self.attachments.load(self.editing_id, state.get("attachments", []))
        self._update_count()

    def _collect(self) -> SignalementDraft:
        def dt(box: QDateTimeEdit) -> datetime:
            return box.dateTime().toPython().astimezone()

        floor = self.floor.value()
        return SignalementDraft(
            category=self.category.currentData() or "",
            site_id=self.site.currentData() or self._want.get("site") or "",
            building_id=self.building.currentData() or None,
            entrance_id=self.entrance.currentData() or None,
            floor=None if floor == NO_FLOOR else floor,
            location_kind=self.location_kind.currentData() or None,
            facts_start=dt(self.facts_start),
            facts_end=dt(self.facts_end) if self.has_end.isChecked() else None,
            reported_at=dt(self.reported_at),
            description=self.description.toPlainText(),
            recurrence=self.recurrence.currentData(),
            severity=self.severity.currentData(),
            persons_count=self.persons_count.value(),
            persons_description=self.persons_description.toPlainText(),
            witnesses=self.witnesses.toPlainText(),
            harm_people=self.harm_people.toPlainText(),
            harm_property=self.harm_property.toPlainText(),
            estimated_cost_cents=round(self.cost.value() * 100),
            action_intervention=self.action_intervention.isChecked(),
            action_called_17=self.action_called_17.isChecked(),
            action_town_informed=self.action_town_informed.isChecked(),
            actions_notes=self.actions_notes.toPlainText(),
            status=self.status.currentData(),
            closing_reason=self.closing_reason.currentData() or None,
            protect_identity=self.protect_identity.isChecked(),
            reporter_id=self.ctx.actor.user_id,
        )

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.autosave.start()

    def save_draft(self, sync: bool = False) -> None:
        """Keep what was typed in the workspace. `sync` waits for it (window closing, crash)."""
        self.autosave.stop()
        if not self.dirty:
            return
        key, payload, drafts = draft_key(self.editing_id), self.state(), self.ctx.drafts
        if sync:
            drafts.save(key, DRAFT_KIND, payload)
            return
        self.ctx.worker.submit(lambda: drafts.save(key, DRAFT_KIND, payload),
                               self._draft_saved, owner=self)

    def _draft_saved(self, _result=None) -> None:
        self.draft_state.setText(self.tr("Draft kept at %1").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))
        self.draftSaved.emit()

    def close_form(self) -> None:
        self.save_draft()
        self.closed.emit()

    def discard(self) -> None:
        key, drafts, attachments = draft_key(self.editing_id), self.ctx.drafts, self.ctx.attachments

        def job():
            drafts.delete(key)
            attachments.prune_unlinked()

        self.autosave.stop()
        self.dirty = False
        self.ctx.worker.submit(job, owner=self)
        self.closed.emit()

    # Live checks -----------------------------------------------------------------------

    def _update_count(self) -> None:
        n = len(self.description.toPlainText())
        self.char_count.setText(self.tr("%1 / %2 characters").replace("%1", str(n)).replace(
            "%2", str(DESCRIPTION_LIMIT)))
        self.char_count.setStyleSheet("color: #b00020;" if n > DESCRIPTION_LIMIT else "")
        words = []
        for box in (self.description, self.persons_description, self.witnesses,
                    self.harm_people, self.harm_property, self.actions_notes):
            for w in sensitive_words(box.toPlainText()):
                if w not in words:
                    words.append(w)
        self.privacy_warning.show_message(
            "\n".join(msg("sensitive_word", word=w) for w in words[:3]))

    def _status_changed(self, *_args) -> None:
        closed = self.status.currentData() == SignalementStatus.CLOSED.value
        self.closing_reason.setEnabled(closed)
        if not closed:
            self.closing_reason.setCurrentIndex(0)

    def _limit_status_moves(self) -> None:
        old = SignalementStatus(self.original_status)
        for i in range(self.status.count()):
            allowed = can_move(old, SignalementStatus(self.status.itemData(i)))
            self.status.model().item(i).setEnabled(allowed)

    def _clear_error(self, name: str) -> None:
        if name in self.errors:
            self.errors[name].show_message("")

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name, text in errors.items():
            name = name.split(".", 1)[-1]
            label = self.errors.get(name)
            if label is None:
                self.summary_error.show_message(text)
                continue
            label.show_message(text)
            if first is None:
                first = self._field_widgets().get(name)
        self.summary_error.show_message(
            self.summary_error.text() or self.tr("Some fields need attention: see the "
                                                 "messages in red."))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # Referrals -------------------------------------------------------------------------

    def add_referral(self) -> None:
        on = self.ref_date.date().toPython()
        if on > date.today():
            self.referral_error.show_message(msg("in_future"))
            return
        self.referral_error.show_message("")
        self.referral_model.append({
            "recipient": self.ref_recipient.currentData(), "referred_on": on.isoformat(),
            "channel": self.ref_channel.currentData(),
            "reference_number": self.ref_number.text().strip()})
        self.ref_number.clear()
        self._changed()

    # Saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        for e in self.errors.values():
            e.show_message("")
        self.summary_error.show_message("")
        if self.attachments.busy():
            self.summary_error.show_message(self.tr("Wait until the files are added."))
            return
        if needs_confirmation(self, (box.toPlainText() for box in (
                self.description, self.persons_description, self.witnesses,
                self.harm_people, self.harm_property, self.actions_notes))):
            return
        draft = self._collect()
        editing, version = self.editing_id, self.version
        pending = self.referral_model.pending()
        staged = self.attachments.staged()
        old_key = draft_key(editing)
        ctx = self.ctx

        def job() -> SaveResult:
            if editing is None:
                sid = ctx.signalements.create(draft)
            else:
                sid = editing
                ctx.signalements.update(editing, version, draft)
            if staged:
                ctx.attachments.link("signalement", sid, staged)
            ref_errors: dict[str, str] = {}
            for r in pending:
                try:
                    ctx.signalements.add_referral(
                        sid, r["recipient"], date.fromisoformat(r["referred_on"]),
                        r["channel"], r["reference_number"])
                except ValidationError as exc:
                    ref_errors.update(exc.errors)
            ctx.drafts.delete(old_key)
            detail = ctx.signalements.get(sid)
            return SaveResult(sid, detail.reference, detail.version, ref_errors)

        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(job, self._saved, self._save_failed, owner=self)

    def _saved(self, result: SaveResult) -> None:
        self._saving = False
        forget_confirmation(self)
        self.save_button.setEnabled(True)
        self.autosave.stop()
        self.dirty = False
        self.attachments.mark_saved()
        if result.referral_errors:
            self.editing_id, self.version = result.id, result.version
            self.referral_error.show_message("\n".join(result.referral_errors.values()))
            return
        self.saved.emit(result.id, result.reference)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, ServiceError):  # StaleVersion included: reload needed
            self.summary_error.show_message(str(exc))
        else:
            self.summary_error.show_message(self.tr("The signalement could not be saved. "
                                                    "Your text is kept as a draft."))
            self.save_draft()
            raise exc
        self.saveFailed.emit()


def _qdt(iso: str | None) -> QDateTime:
    if not iso:
        return QDateTime(QDate.currentDate(), QTime.currentTime())
    value = datetime.fromisoformat(iso)
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return QDateTime(value)
