"""One neighbour-conflict case: where it stands, what comes next, and everything so far.

The app proposes the next step and its deadline (app.domain.procedure); a step that
skips the ladder asks for a reason, which only a manager may give, and the screen says
why before the service is even asked. Mediation shows, while it is typed, why external
mediation would be refused. The chronology lists everything in date order.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import (
    Category,
    ClosingReason,
    ConflictNature,
    MediationExclusion,
    MediationKind,
    PartyRole,
    ProcedureStep,
)
from app.domain.messages import msg
from app.domain.procedure import default_due, is_manager, mediation_refusals, transition
from app.services.errors import ValidationError
from app.ui import acting
from app.ui.common.sensitive import needs_confirmation
from app.ui.conflicts import STEP_DRAFT_KIND
from app.ui.context import UiContext
from app.ui.drafts import DraftKeeper
from app.ui.followup_widgets import ChoiceList, day_text, searchable
from app.ui.rows_model import LATE, Column, RowsModel
from app.ui.widgets import (
    FieldError,
    fill_codes,
    labelled_row,
    select_data,
    title_label,
)


class CaseView(QWidget):
    closed = Signal()  # back to the list
    changed = Signal(str)  # the case was written to: what was done
    loaded = Signal()
    failed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.case_id: str | None = None
        self.detail = None
        self.step_drafts = DraftKeeper(ctx, STEP_DRAFT_KIND, self._step_state, self)

        self.title = title_label(self, scale=1.3)
        self.title.setWordWrap(True)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("background: #eef3fb; border-left: 4px solid #1c4f9c; "
                                    "padding: 6px;")
        self.back_button = QPushButton(self.tr("Back to the &list"), self)
        self.back_button.setToolTip(self.tr("Escape"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_view)
        self.error = FieldError(self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._step_tab(), self.tr("&Next step"))
        self.tabs.addTab(self._mediation_tab(), self.tr("&Mediation"))
        self.tabs.addTab(self._links_tab(), self.tr("Households and &signalements"))
        self.tabs.addTab(self._close_tab(), self.tr("Cl&ose"))

        self.chronology_model = RowsModel([
            Column(self.tr("Date"), lambda i: day_text(i.on)),
            Column(self.tr("Event"), self._event_text),
            Column(self.tr("Details"), lambda i: " ".join(i.text.split())),
            Column(self.tr("By"), lambda i: i.who),
            Column(self.tr("Next due"), lambda i: day_text(i.due_on)),
            Column(self.tr("Reason or participants"), lambda i: i.note if i.kind in (
                "step", "mediation") else "", colour=lambda i: LATE if i.kind == "step"
                   and i.note else None),
        ], lambda i: i.reference, self)
        self.chronology = QTableView(self)
        self.chronology.setModel(self.chronology_model)
        self.chronology.setAccessibleName(self.tr("Chronology"))
        self.chronology.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chronology.setTabKeyNavigation(False)
        self.chronology.verticalHeader().hide()
        header = self.chronology.horizontalHeader()
        # A case's chronology is tens of lines: sized to what it says.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        chronology_box = QGroupBox(self.tr("Chronology"), self)
        QVBoxLayout(chronology_box).addWidget(self.chronology)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(chronology_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.where)
        layout.addWidget(self.proposal)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.back_button.clicked.connect(self.close_view)

    # Tabs ----------------------------------------------------------------------------------

    def _form_row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        labelled_row(form, text, widget, self)

    def _date_box(self) -> QDateEdit:
        box = QDateEdit(QDate.currentDate(), self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("dd/MM/yyyy")
        return box

    @staticmethod
    def _top(page: QWidget, inner) -> None:
        """The tab's contents at their natural height, at the top of the page."""
        layout = QVBoxLayout(page)
        layout.addLayout(inner)
        layout.addStretch(1)

    def _step_tab(self) -> QWidget:
        page = QWidget(self)
        self.step = QComboBox(self)
        fill_codes(self.step, ProcedureStep, self.lang)
        self.taken_on = self._date_box()
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(self.fontMetrics().height() * 4)
        self.next_due_on = self._date_box()
        self.no_deadline = QLabel(self.tr("No deadline after the court: the case waits for "
                                          "the judgment, then is closed."), self)
        self.no_deadline.setWordWrap(True)
        self.override_reason = QLineEdit(self)
        self.override_reason.setPlaceholderText(self.tr("Why the procedure is not followed "
                                                        "in order"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.step_errors = {name: FieldError(self) for name in (
            "step", "taken_on", "next_due_on", "override_reason")}
        self.step_button = QPushButton(self.tr("&Record the step"), self)
        self.step_button.setAccessibleName(self.tr("Record the step"))
        form = QFormLayout()
        self._top(page, form)
        for text, widget, name in ((self.tr("S&tep"), self.step, "step"),
                                   (self.tr("Taken &on"), self.taken_on, "taken_on"),
                                   (self.tr("O&utcome"), self.outcome, None),
                                   (self.tr("Next step &due"), self.next_due_on, "next_due_on"),
                                   (self.tr("Manager's &reason"), self.override_reason,
                                    "override_reason")):
            self._form_row(form, text, widget)
            if name:
                form.addRow(self.step_errors[name])
        form.addRow(self.no_deadline)
        form.addRow(self.verdict)
        form.addRow("", self.step_button)
        self.step.currentIndexChanged.connect(self._step_changed)
        self.taken_on.dateChanged.connect(self._step_changed)
        self.override_reason.textChanged.connect(self._show_verdict)
        self.step_button.clicked.connect(self.record_step)
        for signal in (self.step.currentIndexChanged, self.taken_on.dateChanged,
                       self.outcome.textChanged, self.next_due_on.dateChanged,
                       self.override_reason.textChanged):
            signal.connect(self.step_drafts.changed)
        return page

    def _mediation_tab(self) -> QWidget:
        page = QWidget(self)
        self.exclusions: dict[str, QComboBox] = {}
        answers = QGroupBox(self.tr("Exclusions of external mediation"), self)
        answers_form = QFormLayout(answers)
        note = QLabel(self.tr("Yes or no only: never write health details."), self)
        note.setWordWrap(True)
        answers_form.addRow(note)
        for exclusion in MediationExclusion:
            combo = QComboBox(self)
            combo.addItem(self.tr("Not asked yet"), None)
            combo.addItem(self.tr("No"), False)
            combo.addItem(self.tr("Yes"), True)
            combo.currentIndexChanged.connect(self._show_mediation_refusals)
            self.exclusions[exclusion.value] = combo
            self._form_row(answers_form, exclusion.label(self.lang), combo)
        self.exclusions_button = QPushButton(self.tr("Save the &answers"), self)
        answers_form.addRow("", self.exclusions_button)

        session = QGroupBox(self.tr("Mediation session"), self)
        session_form = QFormLayout(session)
        self.mediation_kind = QComboBox(self)
        fill_codes(self.mediation_kind, MediationKind, self.lang)
        self.held_on = self._date_box()
        self.participants = QLineEdit(self)
        self.agreement = QPlainTextEdit(self)
        self.agreement.setTabChangesFocus(True)
        self.agreement.setMaximumHeight(self.fontMetrics().height() * 4)
        self.consent_complainant = QCheckBox(self.tr("Written consent of the &complainant"), self)
        self.consent_respondent = QCheckBox(self.tr("Written consent of the res&pondent"), self)
        for text, widget in ((self.tr("&Kind"), self.mediation_kind),
                             (self.tr("&Held on"), self.held_on),
                             (self.tr("&Participants"), self.participants),
                             (self.tr("A&greement reached"), self.agreement)):
            self._form_row(session_form, text, widget)
        session_form.addRow("", self.consent_complainant)
        session_form.addRow("", self.consent_respondent)
        self.mediation_refusal = FieldError(self)
        session_form.addRow(self.mediation_refusal)
        self.mediation_button = QPushButton(self.tr("Record the &session"), self)
        session_form.addRow("", self.mediation_button)
        for w in (self.mediation_kind.currentIndexChanged, self.consent_complainant.toggled,
                  self.consent_respondent.toggled):
            w.connect(self._show_mediation_refusals)
        self.exclusions_button.clicked.connect(self.save_exclusions)
        self.mediation_button.clicked.connect(self.record_mediation)
        boxes = QHBoxLayout()
        boxes.addWidget(answers, 2, Qt.AlignmentFlag.AlignTop)
        boxes.addWidget(session, 3, Qt.AlignmentFlag.AlignTop)
        self._top(page, boxes)
        return page

    def _links_tab(self) -> QWidget:
        page = QWidget(self)
        self.parties_label = QLabel(self)
        self.parties_label.setWordWrap(True)
        self.parties_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.household = QComboBox(self)
        searchable(self.household)
        self.household.setMinimumContentsLength(30)
        self.party_role = QComboBox(self)
        fill_codes(self.party_role, PartyRole, self.lang)
        self.party_button = QPushButton(self.tr("Add the &household"), self)
        self.linked = ChoiceList(self.tr("Linked signalements"), self)
        self.linked.remove_button.setText(self.tr("Unlink"))
        self.find_text = QLineEdit(self)
        self.find_text.setPlaceholderText(self.tr("A reference (SIG-…) or words, then Enter"))
        self.found = QComboBox(self)
        self.link_button = QPushButton(self.tr("&Link"), self)
        form = QFormLayout()
        self._top(page, form)
        form.addRow(self.tr("Households"), self.parties_label)
        row = QHBoxLayout()
        row.addWidget(self.household, 1)
        row.addWidget(self.party_role)
        row.addWidget(self.party_button)
        self._form_row(form, self.tr("Add a &household"), self.household)
        form.addRow("", row)
        form.addRow(self.tr("Linked signalements"), self.linked)
        self._form_row(form, self.tr("&Find"), self.find_text)
        found_row = QHBoxLayout()
        found_row.addWidget(self.found, 1)
        found_row.addWidget(self.link_button)
        form.addRow("", found_row)
        self.party_button.clicked.connect(self.add_party)
        self.find_text.returnPressed.connect(self._find)
        self.link_button.clicked.connect(self.link_found)
        self.linked.remove_button.clicked.disconnect()
        self.linked.remove_button.clicked.connect(self.unlink_current)
        return page

    def _close_tab(self) -> QWidget:
        page = QWidget(self)
        self.closing_reason = QComboBox(self)
        fill_codes(self.closing_reason, ClosingReason, self.lang, self.tr("Choose a reason…"))
        self.closed_on = self._date_box()
        self.close_button = QPushButton(self.tr("&Close the case"), self)
        self.close_error = FieldError(self)
        form = QFormLayout()
        self._top(page, form)
        self._form_row(form, self.tr("&Reason"), self.closing_reason)
        self._form_row(form, self.tr("Closed &on"), self.closed_on)
        form.addRow(self.close_error)
        form.addRow("", self.close_button)
        self.close_button.clicked.connect(self.close_case)
        return page

    # Loading -------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        if self.case_id and self.case_id != case_id:
            self.step_drafts.save()
        self.case_id = case_id
        self.step_drafts.key = f"{STEP_DRAFT_KIND}:{case_id}"
        self.error.show_message("")
        self.reload(fresh=True)

    def reload(self, fresh: bool = False) -> None:
        case_id, ctx = self.case_id, self.ctx

        def job():
            service = acting.conflicts(ctx)
            detail = service.get(case_id)
            return (detail, service.chronology(case_id),
                    service.household_choices(detail.site_id),
                    ctx.drafts.get(f"{STEP_DRAFT_KIND}:{case_id}") if fresh else None)

        self.ctx.worker.submit(job, lambda r: self._loaded(*r, fresh=fresh), self._failed,
                               owner=self)

    def _loaded(self, detail, chronology, households, draft, fresh: bool) -> None:
        self.detail = detail
        lang = self.lang
        self.title.setText(f"{detail.reference} – {ConflictNature(detail.nature).label(lang)}")
        state = self.tr("Step reached: %1").replace(
            "%1", ProcedureStep(detail.current_step).label(lang))
        if detail.status == "closed":
            state += " · " + self.tr("Closed on %1 (%2)").replace(
                "%1", day_text(detail.closed_on)).replace(
                "%2", ClosingReason(detail.closing_reason).label(lang))
        elif detail.next_due_on:
            late = detail.next_due_on < date.today()
            state += " · " + (self.tr("Next step was due on %1: late") if late
                              else self.tr("Next step due by %1")).replace(
                "%1", day_text(detail.next_due_on))
        self.where.setText(f"{detail.site_label} · {state}")
        self.where.setStyleSheet("color: #b00020;" if detail.status == "open"
                                 and detail.next_due_on and detail.next_due_on < date.today()
                                 else "")
        proposal = detail.proposal
        if detail.status == "closed":
            self.proposal.setText(self.tr("This case is closed: its chronology is kept as "
                                          "it is."))
        elif proposal.step is None:
            self.proposal.setText(self.tr("The case is before the court: close it with the "
                                          "judgment."))
        else:
            text = self.tr("Proposed next step: %1.").replace(
                "%1", proposal.step.label(lang))
            if proposal.next_due_on:
                text += " " + self.tr("Taken today, the step after it would be due by %1.") \
                    .replace("%1", day_text(proposal.next_due_on))
            self.proposal.setText(text)
        self.parties_label.setText("\n".join(
            f"{p.name} ({PartyRole(p.role).label(lang)}) – {p.dwelling}" for p in detail.parties))
        self.linked.set_items((s.id, f"{s.reference} – {day_text(s.facts_on)} – "
                                     f"{Category(s.category).label(lang)}")
                              for s in detail.signalements)
        self.household.clear()
        for c in households:
            self.household.addItem(c.label, c.id)
        self.household.setCurrentIndex(-1)
        with self.step_drafts.quiet():
            for code, combo in self.exclusions.items():
                select_data(combo, detail.exclusions.get(code))
            if fresh:
                self._reset_step_form(draft.payload if draft else None)
        self.chronology_model.set_rows(chronology)
        self.chronology.scrollToBottom()
        open_case = detail.status == "open"
        for index in range(self.tabs.count()):
            self.tabs.widget(index).setEnabled(open_case)
        self._show_mediation_refusals()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))
        self.failed.emit()

    # The next step ---------------------------------------------------------------------

    def _reset_step_form(self, payload: dict | None) -> None:
        proposal = self.detail.proposal
        for label in self.step_errors.values():
            label.show_message("")
        select_data(self.step, (payload or {}).get("step") or (
            proposal.step.value if proposal.step else self.detail.current_step))
        self.taken_on.setDate(QDate.fromString(payload["taken_on"], "yyyy-MM-dd")
                              if payload and payload.get("taken_on") else QDate.currentDate())
        self.outcome.setPlainText((payload or {}).get("outcome", ""))
        self.override_reason.setText((payload or {}).get("override_reason", ""))
        self._step_changed()
        if payload and payload.get("next_due_on"):
            self.next_due_on.setDate(QDate.fromString(payload["next_due_on"], "yyyy-MM-dd"))

    def _step_state(self) -> dict:
        return {"case_id": self.case_id, "step": self.step.currentData(),
                "taken_on": self.taken_on.date().toPython().isoformat(),
                "outcome": self.outcome.toPlainText(),
                "next_due_on": self.next_due_on.date().toPython().isoformat(),
                "override_reason": self.override_reason.text()}

    def _step_changed(self, *_args) -> None:
        """The deadline the landlord gives this step, and whether the move needs a reason."""
        if self.detail is None:
            return
        step = ProcedureStep(self.step.currentData())
        due = default_due(step, self.taken_on.date().toPython(), self.detail.deadlines)
        self.next_due_on.setVisible(due is not None)
        self.no_deadline.setVisible(due is None)
        if due is not None:
            self.next_due_on.setDate(QDate(due.year, due.month, due.day))
        self._show_verdict()

    def _show_verdict(self) -> None:
        if self.detail is None:
            return
        current, new = ProcedureStep(self.detail.current_step), ProcedureStep(
            self.step.currentData())
        manager = is_manager(self.ctx.settings.role)
        t = transition(current, new, self.override_reason.text(), by_manager=manager)
        needs_reason = t.move.value in ("skip", "back")
        self.override_reason.setEnabled(needs_reason and manager)
        if t.refusal:
            self.verdict.setText(msg(t.refusal, current=current.label(self.lang),
                                     new=new.label(self.lang)))
            self.verdict.setStyleSheet("color: #b00020;")
        elif t.overridden:
            self.verdict.setText(self.tr("Out of the procedure's order: your reason is kept "
                                         "with the step."))
            self.verdict.setStyleSheet("color: #8a5a00;")
        else:
            self.verdict.setText("")
        self.step_button.setEnabled(t.allowed)

    def record_step(self) -> None:
        for label in self.step_errors.values():
            label.show_message("")
        st, ctx, case_id = self._step_state(), self.ctx, self.case_id
        if needs_confirmation(self, (st["outcome"], st["override_reason"] or ""),
                              self.record_step):
            return
        due = date.fromisoformat(st["next_due_on"]) if self.next_due_on.isVisible() else None

        def job():
            return acting.conflicts(ctx).add_step(
                case_id, st["step"], date.fromisoformat(st["taken_on"]), st["outcome"],
                due, st["override_reason"] or None)

        self.ctx.worker.submit(job, lambda _r: self._written(
            self.tr("Step recorded."), reset=True), self._step_failed, owner=self)

    def _step_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            for name, text in exc.errors.items():
                self.step_errors.get(name, self.error).show_message(text)
        else:
            self.error.show_message(str(exc))
        self.failed.emit()

    def _written(self, what: str, reset: bool = False) -> None:
        if reset:
            self.step_drafts.forget()
        self.changed.emit(what)
        self.reload(fresh=reset)

    # Mediation -------------------------------------------------------------------------

    def _answers(self) -> dict[str, bool | None]:
        return {code: combo.currentData() for code, combo in self.exclusions.items()}

    def _show_mediation_refusals(self, *_args) -> None:
        if self.detail is None:
            return
        refusals = mediation_refusals(
            self.mediation_kind.currentData(), self.consent_complainant.isChecked(),
            self.consent_respondent.isChecked(), self._answers(),
            ProcedureStep(self.detail.current_step))
        texts = []
        for r in refusals:
            if r.key == "mediation_consent_needed":
                texts.append(msg(r.key, kind=MediationKind(r.codes[0]).label(self.lang)))
            else:
                texts.append(msg(r.key, reasons=", ".join(
                    MediationExclusion(c).label(self.lang).lower() for c in r.codes)))
        self.mediation_refusal.show_message("\n".join(texts))
        self.mediation_button.setEnabled(not refusals)

    def save_exclusions(self) -> None:
        answers, ctx, case_id = self._answers(), self.ctx, self.case_id
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).set_exclusions(case_id, answers),
                               lambda _r: self._written(self.tr("Answers saved.")),
                               self._failed, owner=self)

    def record_mediation(self) -> None:
        if needs_confirmation(self, (self.participants.text(), self.agreement.toPlainText()),
                              self.record_mediation):
            return
        ctx, case_id = self.ctx, self.case_id
        values = (self.mediation_kind.currentData(), self.held_on.date().toPython(),
                  self.participants.text(), self.agreement.toPlainText(),
                  self.consent_complainant.isChecked(), self.consent_respondent.isChecked())
        answers = self._answers()

        def job():
            service = acting.conflicts(ctx)
            service.set_exclusions(case_id, answers)
            return service.record_mediation(case_id, *values)

        def done(_r) -> None:
            self.participants.clear()
            self.agreement.clear()
            self._written(self.tr("Mediation session recorded."))

        self.ctx.worker.submit(job, done, self._mediation_failed, owner=self)

    def _mediation_failed(self, exc: BaseException) -> None:
        text = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
        self.mediation_refusal.show_message(text)
        self.failed.emit()

    # Households and signalements ---------------------------------------------------------

    def add_party(self) -> None:
        index = self.household.findText(self.household.currentText())
        if index < 0:
            return
        household, role = self.household.itemData(index), self.party_role.currentData()
        ctx, case_id = self.ctx, self.case_id
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).add_party(case_id, household, role),
                               lambda _r: self._written(self.tr("Household added.")),
                               self._failed, owner=self)

    def _find(self) -> None:
        words, ctx = self.find_text.text(), self.ctx
        site_id = self.detail.site_id if self.detail else None
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).find_signalements(site_id, words),
                               self._found, owner=self)

    def _found(self, choices) -> None:
        self.found.clear()
        for c in choices:
            self.found.addItem(c.label, c.id)
        if not choices:
            self.found.addItem(self.tr("Nothing found"), None)

    def link_found(self) -> None:
        sid = self.found.currentData()
        if not sid:
            return
        ctx, case_id = self.ctx, self.case_id
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).link_signalements(case_id, [sid]),
                               lambda _r: self._written(self.tr("Signalement linked.")),
                               self._failed, owner=self)

    def unlink_current(self) -> None:
        row = self.linked.list.currentRow()
        if row < 0:
            return
        sid = self.linked.ids()[row]
        ctx, case_id = self.ctx, self.case_id
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).unlink_signalement(case_id, sid),
                               lambda _r: self._written(self.tr("Signalement unlinked.")),
                               self._failed, owner=self)

    # Closing ---------------------------------------------------------------------------

    def close_case(self) -> None:
        self.close_error.show_message("")
        reason, on = self.closing_reason.currentData(), self.closed_on.date().toPython()
        ctx, case_id = self.ctx, self.case_id
        self.ctx.worker.submit(lambda: acting.conflicts(ctx).close_case(case_id, reason or "", on),
                               lambda _r: self._written(self.tr("Case closed.")),
                               lambda exc: self.close_error.show_message(
                                   "\n".join(exc.errors.values())
                                   if isinstance(exc, ValidationError) else str(exc)),
                               owner=self)

    def close_view(self) -> None:
        self.step_drafts.save()
        self.closed.emit()

    def keep_drafts(self, sync: bool = False) -> None:
        self.step_drafts.save(sync=sync)

    # Helpers ---------------------------------------------------------------------------

    def _event_text(self, item) -> str:
        lang = self.lang
        if item.kind == "step":
            return ProcedureStep(item.code).label(lang)
        if item.kind == "mediation":
            return MediationKind(item.code).label(lang)
        if item.kind == "signalement":
            return self.tr("Signalement %1: %2").replace("%1", item.reference).replace(
                "%2", Category(item.code).label(lang))
        return self.tr("Case closed: %1").replace("%1", ClosingReason(item.code).label(lang))

