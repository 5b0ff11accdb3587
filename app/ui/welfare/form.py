"""Putting a person on the register: their home, their consent (date, how, by whom), the
people to call and the home-care service, how often to check and how urgent they are.
No health data is asked for. What is typed is kept as a draft until it is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import AgeBand, ConsentMethod, ContactKind, Priority
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.common.sensitive import forget_confirmation, needs_confirmation
from app.ui.context import UiContext
from app.ui.drafts import DraftKeeper
from app.ui.followup_widgets import ChoiceList, floor_text
from app.ui.welfare import ENTRY_DRAFT_KIND
from app.ui.widgets import (
    FieldError,
    fill_choices,
    fill_codes,
    form_page,
    labelled_row,
    select_data,
    title_label,
)

SEP = "\t"  # a pending contact, kept in its list as kind<TAB>name<TAB>phone


class RegisterForm(QWidget):
    saved = Signal(str)  # entry id
    closed = Signal()
    saveFailed = Signal()
    dwellingsLoaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self._want: dict[str, str | None] = {}
        self._gen = {"building": 0, "entrance": 0, "dwelling": 0}
        self._saving = False
        self.drafts = DraftKeeper(ctx, ENTRY_DRAFT_KIND, self.state, self)
        self.errors: dict[str, FieldError] = {}

        self.title = title_label(self, self.tr("Put a person on the register"))
        self.draft_state = QLabel(self)
        self.save_button = QPushButton(self.tr("&Register"), self)
        self.save_button.setAccessibleName(self.tr("Put the person on the register"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.back_button = QPushButton(self.tr("Back to the &list"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list, keeping the draft"))
        self.discard_button = QPushButton(self.tr("&Discard draft"), self)
        self.summary_error = FieldError(self)

        where = QGroupBox(self.tr("Home"), self)
        where_form = QFormLayout(where)
        self.site = QComboBox(self)
        self.site.addItem(self.tr("Choose a site…"), None)
        self.building = QComboBox(self)
        self.entrance = QComboBox(self)
        self.dwelling = QComboBox(self)
        for text, widget, name in ((self.tr("S&ite"), self.site, None),
                                   (self.tr("&Building"), self.building, None),
                                   (self.tr("&Entrance"), self.entrance, None),
                                   (self.tr("D&welling"), self.dwelling, "dwelling_id")):
            self._row(where_form, text, widget, name)

        person = QGroupBox(self.tr("Person"), self)
        person_form = QFormLayout(person)
        self.last_name = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.age_band = QComboBox(self)
        fill_codes(self.age_band, AgeBand, self.lang, self.tr("Choose an age band…"))
        self.lives_alone = QCheckBox(self.tr("Lives &alone"), self)
        self.lives_alone.setChecked(True)
        for text, widget, name in ((self.tr("&Last name"), self.last_name, "last_name"),
                                   (self.tr("&First name"), self.first_name, None),
                                   (self.tr("&Phone"), self.phone, None),
                                   (self.tr("A&ge"), self.age_band, "age_band")):
            self._row(person_form, text, widget, name)
        person_form.addRow("", self.lives_alone)

        consent = QGroupBox(self.tr("Consent"), self)
        consent_form = QFormLayout(consent)
        self.consent_on = QDateEdit(QDate.currentDate(), self)
        self.consent_on.setCalendarPopup(True)
        self.consent_on.setDisplayFormat("dd/MM/yyyy")
        self.consent_method = QComboBox(self)
        fill_codes(self.consent_method, ConsentMethod, self.lang)
        self.consent_given_by = QLineEdit(self)
        self.consent_given_by.setPlaceholderText(self.tr("The person, or who asked for them"))
        for text, widget, name in ((self.tr("Given &on"), self.consent_on, "consent_on"),
                                   (self.tr("&How"), self.consent_method, "consent_method"),
                                   (self.tr("Given &by"), self.consent_given_by,
                                    "consent_given_by")):
            self._row(consent_form, text, widget, name)

        follow = QGroupBox(self.tr("Follow-up"), self)
        follow_form = QFormLayout(follow)
        self.frequency = QSpinBox(self)
        self.frequency.setRange(1, 90)
        self.frequency.setValue(7)
        self.frequency.setSuffix(self.tr(" days"))
        self.priority = QComboBox(self)
        fill_codes(self.priority, Priority, self.lang)
        self.home_care = QLineEdit(self)
        self.home_care.setPlaceholderText(self.tr("Home-care service, if any"))
        for text, widget, name in ((self.tr("Check e&very"), self.frequency, "frequency_days"),
                                   (self.tr("P&riority"), self.priority, "priority"),
                                   (self.tr("Home &care"), self.home_care, None)):
            self._row(follow_form, text, widget, name)

        contacts = QGroupBox(self.tr("People to call"), self)
        contacts_form = QFormLayout(contacts)
        self.contact_kind = QComboBox(self)
        fill_codes(self.contact_kind, ContactKind, self.lang)
        self.contact_name = QLineEdit(self)
        self.contact_phone = QLineEdit(self)
        self.contact_button = QPushButton(self.tr("&Add the contact"), self)
        row = QHBoxLayout()
        row.addWidget(self.contact_kind)
        row.addWidget(self.contact_name, 2)
        row.addWidget(self.contact_phone, 1)
        row.addWidget(self.contact_button)
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_phone.setPlaceholderText(self.tr("Phone"))
        self.contact_name.setAccessibleName(self.tr("Contact's name"))
        self.contact_phone.setAccessibleName(self.tr("Contact's phone"))
        self.contact_kind.setAccessibleName(self.tr("Kind of contact"))
        self.contacts = ChoiceList(self.tr("People to call"), self)
        contacts_form.addRow(row)
        contacts_form.addRow(self.contacts)

        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (where, person, consent):
            left.addWidget(box)
        for box in (follow, contacts):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        form_page(self, body, [self.title, self.draft_state, self.discard_button,
                               self.back_button, self.save_button], self.summary_error)

        self.site.currentIndexChanged.connect(self._site_changed)
        self.building.currentIndexChanged.connect(self._building_changed)
        self.entrance.currentIndexChanged.connect(self._entrance_changed)
        self.dwelling.currentIndexChanged.connect(self._dwelling_changed)
        self.contact_button.clicked.connect(self._add_contact)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.close_form)
        self.discard_button.clicked.connect(self.discard)
        for signal in (self.last_name.textChanged, self.first_name.textChanged,
                       self.phone.textChanged, self.age_band.currentIndexChanged,
                       self.lives_alone.toggled, self.consent_on.dateChanged,
                       self.consent_method.currentIndexChanged,
                       self.consent_given_by.textChanged, self.frequency.valueChanged,
                       self.priority.currentIndexChanged, self.home_care.textChanged,
                       self.contacts.changed):
            signal.connect(self.drafts.changed)
        self.drafts.saved.connect(self.draft_state.setText)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, name: str | None) -> None:
        labelled_row(form, text, widget, self)
        if name:
            self.errors[name] = FieldError(self)
            form.addRow(self.errors[name])

    # Starting and the places cascade --------------------------------------------------------

    def start_new(self, payload: dict | None = None) -> None:
        for label in (*self.errors.values(), self.summary_error):
            label.show_message("")
        self.draft_state.clear()
        with self.drafts.quiet():
            self.restore(payload or {})
        if self.site.count() <= 1:
            places = self.ctx.places
            self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)
        self.site.setFocus()

    def _fill_sites(self, choices) -> None:
        fill_choices(self.site, choices)
        self._pick(self.site, self._want.get("site"), self._site_changed)

    @staticmethod
    def _pick(combo: QComboBox, wanted: str | None, changed) -> None:
        index = combo.findData(wanted) if wanted else -1
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)
        elif index >= 0:
            changed()

    def _load(self, kind: str, combo: QComboBox, fetch, labels) -> None:
        self._gen[kind] += 1
        gen = self._gen[kind]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose…"), None)
        combo.blockSignals(False)

        def fill(rows) -> None:
            if gen != self._gen[kind]:
                return
            combo.blockSignals(True)
            for item_id, label in labels(rows):
                combo.addItem(label, item_id)
            combo.blockSignals(False)
            self._pick(combo, self._want.get(kind), {
                "building": self._building_changed, "entrance": self._entrance_changed,
                "dwelling": self._dwelling_changed}[kind])
            if kind == "dwelling":
                self.dwellingsLoaded.emit()

        self.ctx.worker.submit(fetch, fill, owner=self)

    def _site_changed(self) -> None:
        site_id, places = self.site.currentData(), self.ctx.places
        self._want["site"] = site_id or self._want.get("site")
        if site_id:
            self._load("building", self.building, lambda: places.buildings(site_id),
                       lambda rows: [(c.id, c.label) for c in rows])

    def _building_changed(self) -> None:
        building_id, places = self.building.currentData(), self.ctx.places
        if building_id:
            self._want["building"] = building_id
            self._load("entrance", self.entrance, lambda: places.entrances(building_id),
                       lambda rows: [(c.id, c.label) for c in rows])

    def _entrance_changed(self) -> None:
        entrance_id, ctx = self.entrance.currentData(), self.ctx
        if entrance_id:
            self._want["entrance"] = entrance_id
            self._load("dwelling", self.dwelling,
                       lambda: acting.welfare(ctx).dwelling_choices(entrance_id),
                       lambda rows: [(d, self._dwelling_label(floor, door, name))
                                     for d, floor, door, name in rows])

    def _dwelling_label(self, floor: int, door: str, name: str) -> str:
        text = self.tr("%1, door %2").replace("%1", floor_text(floor)).replace("%2", door)
        return f"{text} – {name}" if name else text

    def _dwelling_changed(self) -> None:
        dwelling_id, ctx = self.dwelling.currentData(), self.ctx
        if not dwelling_id:
            return
        self._want["dwelling"] = dwelling_id
        if self.last_name.text().strip():
            return  # typed already: never overwritten
        self.ctx.worker.submit(lambda: acting.welfare(ctx).household_head(dwelling_id),
                               self._fill_head, owner=self)

    def _fill_head(self, head) -> None:
        if head and not self.last_name.text().strip():
            last, first, phone = head
            self.last_name.setText(last)
            self.first_name.setText(first)
            if not self.phone.text():
                self.phone.setText(phone)

    def _add_contact(self) -> None:
        name = self.contact_name.text().strip()
        if not name:
            self.contact_name.setFocus()
            return
        kind, phone = self.contact_kind.currentData(), self.contact_phone.text().strip()
        label = f"{self.contact_kind.currentText()} : {name} {phone}".strip()
        self.contacts.add(SEP.join((kind, name, phone)), label)
        self.contact_name.clear()
        self.contact_phone.clear()
        self.contact_name.setFocus()

    # State and drafts ------------------------------------------------------------------

    def state(self) -> dict:
        return {
            "site": self.site.currentData() or self._want.get("site"),
            "building": self.building.currentData() or self._want.get("building"),
            "entrance": self.entrance.currentData() or self._want.get("entrance"),
            "dwelling": self.dwelling.currentData() or self._want.get("dwelling"),
            "last_name": self.last_name.text(), "first_name": self.first_name.text(),
            "phone": self.phone.text(), "age_band": self.age_band.currentData(),
            "lives_alone": self.lives_alone.isChecked(),
            "consent_on": self.consent_on.date().toPython().isoformat(),
            "consent_method": self.consent_method.currentData(),
            "consent_given_by": self.consent_given_by.text(),
            "frequency_days": self.frequency.value(), "priority": self.priority.currentData(),
            "home_care": self.home_care.text(), "contacts": self.contacts.items(),
        }

    def restore(self, st: dict) -> None:
        self._want = {k: st.get(k) for k in ("site", "building", "entrance", "dwelling")}
        self.last_name.setText(st.get("last_name", ""))
        self.first_name.setText(st.get("first_name", ""))
        self.phone.setText(st.get("phone", ""))
        select_data(self.age_band, st.get("age_band"))
        self.lives_alone.setChecked(st.get("lives_alone", True))
        self.consent_on.setDate(QDate.fromString(st["consent_on"], "yyyy-MM-dd")
                                if st.get("consent_on") else QDate.currentDate())
        select_data(self.consent_method, st.get("consent_method") or "written")
        self.consent_given_by.setText(st.get("consent_given_by", ""))
        self.frequency.setValue(int(st.get("frequency_days") or 7))
        select_data(self.priority, st.get("priority") or "normal")
        self.home_care.setText(st.get("home_care", ""))
        self.contacts.set_items(st.get("contacts"))
        self._pick(self.site, self._want.get("site"), self._site_changed)

    def save_draft(self, sync: bool = False) -> None:
        self.drafts.save(sync=sync)

    def close_form(self) -> None:
        self.drafts.save()
        self.closed.emit()

    def discard(self) -> None:
        self.drafts.forget()
        self.closed.emit()

    # Saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        for label in (*self.errors.values(), self.summary_error):
            label.show_message("")
        st, ctx = self.state(), self.ctx
        if not self.dwelling.currentData():
            self.errors["dwelling_id"].show_message(self.tr("Choose the dwelling."))
            self.saveFailed.emit()
            return
        if needs_confirmation(self, (self.home_care.text(),)):
            return

        def job() -> str:
            service = acting.welfare(ctx)
            entry = service.register_person(
                st["dwelling"], st["last_name"], st["first_name"], st["phone"],
                st["age_band"] or "", st["lives_alone"], date.fromisoformat(st["consent_on"]),
                st["consent_method"], st["consent_given_by"], st["frequency_days"],
                st["priority"], st["home_care"])
            for packed, _label in st["contacts"]:
                kind, name, phone = packed.split(SEP)
                service.add_contact(entry, kind, name, phone)
            return entry

        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(job, self._saved, self._failed, owner=self)

    def _saved(self, entry_id: str) -> None:
        self._saving = False
        forget_confirmation(self)
        self.save_button.setEnabled(True)
        self.drafts.forget()
        self.saved.emit(entry_id)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for name, text in exc.errors.items():
                self.errors.get(name, self.summary_error).show_message(text)
            if not self.summary_error.text():
                self.summary_error.show_message(self.tr("Some fields need attention: see the "
                                                        "messages in red."))
        else:
            self.summary_error.show_message(str(exc))
        self.saveFailed.emit()
