"""Opening a neighbour-conflict case: from scratch, or from one or more signalements.

Parties are households of the site's register, complainants and respondents, several
of each. What is typed is kept as a draft (DraftKeeper) until the case is saved;
refusals of the service show next to their fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import ConflictNature
from app.domain.messages import msg
from app.domain.privacy import sensitive_words
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.common.sensitive import forget_confirmation, needs_confirmation
from app.ui.conflicts import CASE_DRAFT_KIND
from app.ui.context import UiContext
from app.ui.drafts import DraftKeeper
from app.ui.followup_widgets import ChoiceList, searchable
from app.ui.widgets import (
    FieldError,
    fill_choices,
    fill_codes,
    form_page,
    labelled_row,
    select_data,
    title_label,
)

NO_DATE = QDate(2000, 1, 1)  # the minimum of the deadline box: the landlord's default


class NewCaseForm(QWidget):
    saved = Signal(str, str)  # id, reference
    closed = Signal()
    saveFailed = Signal()
    householdsLoaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self._want_site: str | None = None
        self._households_gen = 0
        self._saving = False
        self.drafts = DraftKeeper(ctx, CASE_DRAFT_KIND, self.state, self)

        self.title = title_label(self, self.tr("New neighbour case"))
        self.draft_state = QLabel(self)
        self.save_button = QPushButton(self.tr("&Open the case"), self)
        self.save_button.setAccessibleName(self.tr("Open the case"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.back_button = QPushButton(self.tr("Back to the &list"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list, keeping the draft"))
        self.discard_button = QPushButton(self.tr("&Discard draft"), self)
        self.summary_error = FieldError(self)
        self.errors: dict[str, FieldError] = {}

        self.site = QComboBox(self)
        self.site.addItem(self.tr("Choose a site…"), None)
        self.nature = QComboBox(self)
        fill_codes(self.nature, ConflictNature, self.lang, self.tr("Choose a nature…"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().height() * 6)
        self.privacy_warning = FieldError(self)
        self.opened_on = self._date_box()
        self.opened_on.setDate(QDate.currentDate())
        self.next_due_on = self._date_box()
        self.next_due_on.setMinimumDate(NO_DATE)
        self.next_due_on.setSpecialValueText(self.tr("The landlord's deadline"))
        self.next_due_on.setDate(NO_DATE)
        case_box = QGroupBox(self.tr("The case"), self)
        case_form = QFormLayout(case_box)
        for text, widget, name in ((self.tr("S&ite"), self.site, "site_id"),
                                   (self.tr("&Nature"), self.nature, "nature"),
                                   (self.tr("S&ummary of the facts"), self.summary, "summary"),
                                   (self.tr("Opened &on"), self.opened_on, "opened_on"),
                                   (self.tr("Next step d&ue"), self.next_due_on, "next_due_on")):
            self._row(case_form, text, widget, name)
        case_form.addRow(self.privacy_warning)

        parties_box = QGroupBox(self.tr("Households"), self)
        self.household = QComboBox(self)
        searchable(self.household)
        self.household.setAccessibleName(self.tr("Household"))
        self.household.setMinimumContentsLength(30)
        self.add_complainant = QPushButton(self.tr("Add as &complainant"), self)
        self.add_respondent = QPushButton(self.tr("Add as &respondent"), self)
        self.complainants = ChoiceList(self.tr("Complainants"), self)
        self.respondents = ChoiceList(self.tr("Respondents"), self)
        grid = QGridLayout(parties_box)
        pick_label = QLabel(self.tr("&Household of the site"), self)
        pick_label.setBuddy(self.household)
        grid.addWidget(pick_label, 0, 0)
        grid.addWidget(self.household, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_complainant)
        buttons.addWidget(self.add_respondent)
        grid.addLayout(buttons, 1, 1)
        for row, (text, picked, name) in enumerate(
                ((self.tr("Complainants"), self.complainants, "complainant_household_ids"),
                 (self.tr("Respondents"), self.respondents, "respondent_household_ids")), 2):
            grid.addWidget(QLabel(text, self), row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(picked, row * 2, 1)
            self.errors[name] = FieldError(self)
            grid.addWidget(self.errors[name], row * 2 + 1, 1)

        links_box = QGroupBox(self.tr("Linked signalements"), self)
        self.find_text = QLineEdit(self)
        self.find_text.setPlaceholderText(self.tr("A reference (SIG-…) or words, then Enter"))
        self.find_text.setAccessibleName(self.tr("Find signalements"))
        self.found = QComboBox(self)
        self.found.setAccessibleName(self.tr("Signalements found"))
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.signalements = ChoiceList(self.tr("Linked signalements"), self)
        links = QGridLayout(links_box)
        find_label = QLabel(self.tr("&Find"), self)
        find_label.setBuddy(self.find_text)
        links.addWidget(find_label, 0, 0)
        links.addWidget(self.find_text, 0, 1)
        links.addWidget(self.found, 1, 1)
        links.addWidget(self.link_button, 1, 2)
        links.addWidget(self.signalements, 2, 1, 1, 2)
        self.errors["signalement_ids"] = FieldError(self)
        links.addWidget(self.errors["signalement_ids"], 3, 1)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(case_box)
        body_layout.addWidget(parties_box)
        body_layout.addWidget(links_box)
        body_layout.addStretch(1)
        form_page(self, body, [self.title, self.draft_state, self.discard_button,
                               self.back_button, self.save_button], self.summary_error)

        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.close_form)
        self.discard_button.clicked.connect(self.discard)
        self.site.currentIndexChanged.connect(self._site_changed)
        self.add_complainant.clicked.connect(lambda: self._add_party(self.complainants))
        self.add_respondent.clicked.connect(lambda: self._add_party(self.respondents))
        self.find_text.returnPressed.connect(self.find_signalements)
        self.link_button.clicked.connect(self._link)
        self.summary.textChanged.connect(self._check_words)
        for signal in (self.nature.currentIndexChanged, self.summary.textChanged,
                       self.opened_on.dateChanged, self.next_due_on.dateChanged,
                       self.complainants.changed, self.respondents.changed,
                       self.signalements.changed):
            signal.connect(self.drafts.changed)
        self.drafts.saved.connect(self.draft_state.setText)

    def _date_box(self) -> QDateEdit:
        box = QDateEdit(self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd/MM/yyyy")
        return box

    def _row(self, form: QFormLayout, text: str, widget: QWidget, name: str) -> None:
        labelled_row(form, text, widget, self)
        self.errors[name] = FieldError(self)
        form.addRow(self.errors[name])

    # Starting ----------------------------------------------------------------------------

    def start_new(self, payload: dict | None = None) -> None:
        """An empty form, or one filled from a draft or from signalements."""
        for label in (*self.errors.values(), self.summary_error):
            label.show_message("")
        self.draft_state.clear()
        with self.drafts.quiet():
            self.restore(payload or {})
        if self.site.count() <= 1:
            places = self.ctx.places
            self.ctx.worker.submit(places.site_choices, self._fill_sites, owner=self)
        self.site.setFocus()

    def start_from_signalements(self, site_id: str, signalement_ids: list[str]) -> None:
        ctx = self.ctx
        self.start_new({"site_id": site_id, "opened_on": date.today().isoformat()})
        self.ctx.worker.submit(
            lambda: acting.conflicts(ctx).signalement_choices(signalement_ids),
            lambda choices: self.signalements.set_items((c.id, c.label) for c in choices),
            owner=self)

    def _fill_sites(self, choices) -> None:
        fill_choices(self.site, choices)
        if self._want_site:
            self._select_site(self._want_site)

    def _select_site(self, site_id: str | None) -> None:
        self._want_site = site_id
        index = self.site.findData(site_id) if site_id else 0
        if index >= 0:
            if index == self.site.currentIndex():
                self._site_changed()
            else:
                self.site.setCurrentIndex(index)

    def _site_changed(self) -> None:
        site_id = self.site.currentData()
        self._households_gen += 1
        gen = self._households_gen
        self.household.clear()
        if site_id:
            self._want_site = site_id
            ctx = self.ctx
            self.ctx.worker.submit(lambda: acting.conflicts(ctx).household_choices(site_id),
                                   lambda choices: self._fill_households(gen, choices),
                                   owner=self)
        self.drafts.changed()

    def _fill_households(self, gen: int, choices) -> None:
        if gen != self._households_gen:
            return
        self.household.clear()
        for c in choices:
            self.household.addItem(c.label, c.id)
        self.household.setCurrentIndex(-1)
        self.householdsLoaded.emit()

    def _add_party(self, target: ChoiceList) -> None:
        index = self.household.findText(self.household.currentText())
        if index >= 0:
            target.add(self.household.itemData(index), self.household.itemText(index))
            self.household.setCurrentIndex(-1)
            self.household.setFocus()

    def find_signalements(self) -> None:
        words, site_id, ctx = self.find_text.text(), self.site.currentData(), self.ctx
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).find_signalements(site_id, words),
                               self._found, owner=self)

    def _found(self, choices) -> None:
        self.found.clear()
        for c in choices:
            self.found.addItem(c.label, c.id)
        if not choices:
            self.found.addItem(self.tr("Nothing found"), None)

    def _link(self) -> None:
        if self.found.currentData():
            self.signalements.add(self.found.currentData(), self.found.currentText())

    def _check_words(self) -> None:
        words = sensitive_words(self.summary.toPlainText())
        self.privacy_warning.show_message(
            "\n".join(msg("sensitive_word", word=w) for w in words[:3]))

    # State and drafts --------------------------------------------------------------------

    def state(self) -> dict:
        due = self.next_due_on.date()
        return {
            "site_id": self.site.currentData() or self._want_site,
            "nature": self.nature.currentData(),
            "summary": self.summary.toPlainText(),
            "opened_on": self.opened_on.date().toPython().isoformat(),
            "next_due_on": None if due == NO_DATE else due.toPython().isoformat(),
            "complainants": self.complainants.items(),
            "respondents": self.respondents.items(),
            "signalements": self.signalements.items(),
        }

    def restore(self, state: dict) -> None:
        self._select_site(state.get("site_id"))
        select_data(self.nature, state.get("nature"))
        self.summary.setPlainText(state.get("summary", ""))
        self.opened_on.setDate(QDate.fromString(state["opened_on"], "yyyy-MM-dd")
                               if state.get("opened_on") else QDate.currentDate())
        self.next_due_on.setDate(QDate.fromString(state["next_due_on"], "yyyy-MM-dd")
                                 if state.get("next_due_on") else NO_DATE)
        self.complainants.set_items(state.get("complainants"))
        self.respondents.set_items(state.get("respondents"))
        self.signalements.set_items(state.get("signalements"))

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
        if needs_confirmation(self, (self.summary.toPlainText(),)):
            return
        st, ctx = self.state(), self.ctx
        due = date.fromisoformat(st["next_due_on"]) if st["next_due_on"] else None

        def job():
            service = acting.conflicts(ctx)
            case_id = service.open_case(
                st["site_id"] or "", st["nature"] or "", st["summary"],
                date.fromisoformat(st["opened_on"]), [i for i, _ in st["complainants"]],
                [i for i, _ in st["respondents"]], [i for i, _ in st["signalements"]],
                next_due_on=due)
            return case_id, service.get(case_id).reference

        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(job, self._saved, self._failed, owner=self)

    def _saved(self, result: tuple[str, str]) -> None:
        self._saving = False
        forget_confirmation(self)
        self.save_button.setEnabled(True)
        self.drafts.forget()
        self.saved.emit(*result)

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
