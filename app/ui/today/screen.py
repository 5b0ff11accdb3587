"""The Today screen, where the app opens: what is due and what is late on the user's sites.

Alerts come first, in a red frame, until someone acts on them. Below, side by side:
welfare checks due today and overdue, case steps due today and late, signalements
waiting for a referral; a double click (or Enter) opens the record. The Round tab lists
the day's checks by building and floor, and records each one.

The lists come from app.services.today_queries, standard library only: at start-up they
run on the plain sqlite3 connection the signalement list uses (app.store.quick), before
SQLAlchemy has loaded; otherwise through TodayService. `site_ids` (None: every site) is
what sign-in will set.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import (
    AlertKind,
    Category,
    CheckOutcome,
    ConflictNature,
    EscalationReason,
    Priority,
    ProcedureStep,
)
from app.services.today_queries import COUNT_CAP, CheckRow, Person, TodayData, TodayQueries
from app.ui import acting
from app.ui.common.list_view import list_table
from app.ui.context import UiContext
from app.ui.followup_widgets import day_text, floor_text
from app.ui.rows_model import DONE, HIGH, ID_ROLE, LATE, Column, RowsModel


class TodayScreen(QWidget):
    statusMessage = Signal(str)
    openRecord = Signal(str, str)  # kind ("welfare", "case", "signalement"), id
    loaded = Signal()
    roundLoaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.site_ids: list[str] | None = getattr(ctx, "site_ids", None)
        self.data: TodayData | None = None
        self.check_dialog = None
        self._loading = False
        self._started = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.plan_banner = QLabel(self)
        self.plan_banner.setWordWrap(True)
        self.plan_banner.setStyleSheet("background: #fff4c2; border: 1px solid #c9a400; "
                                       "padding: 6px;")
        self.plan_banner.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("F5"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the day"))
        # F5 only: the refresh key includes Ctrl+R on some desktops, which syncs now.
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)

        # Alerts: prominent until someone acts on them.
        self.alerts_box = QFrame(self)
        self.alerts_box.setObjectName("alertsBox")
        self.alerts_title = QLabel(self.alerts_box)
        bold = self.alerts_title.font()
        bold.setBold(True)
        self.alerts_title.setFont(bold)
        self.alerts_model = RowsModel([
            Column(self.tr("Person"), lambda r: r.person.name),
            Column(self.tr("Why"), lambda r: EscalationReason(r.reason).label(self.lang),
                   colour=lambda _r: LATE),
            Column(self.tr("Since"), lambda r: day_text(r.since)),
            Column(self.tr("Phone"), lambda r: r.person.phone),
            Column(self.tr("Place"), lambda r: self._place(r.person)),
        ], lambda r: r.person.entry_id, self)
        self.alerts = self._table(self.alerts_model, self.tr("Alerts"), "welfare")
        alerts_layout = QVBoxLayout(self.alerts_box)
        alerts_layout.addWidget(self.alerts_title)
        alerts_layout.addWidget(self.alerts)

        overdue = lambda r: LATE  # noqa: E731 - a column colour
        self.sections: dict[str, tuple[QGroupBox, RowsModel, QTableView]] = {}
        self._section("checks_due", "welfare", [
            Column(self.tr("Person"), lambda r: r.person.name),
            Column(self.tr("Priority"), lambda r: Priority(r.person.priority).label(self.lang),
                   background=lambda r: HIGH if r.person.priority == "high" else None),
            Column(self.tr("Phone"), lambda r: r.person.phone),
            Column(self.tr("Place"), lambda r: self._place(r.person)),
        ], lambda r: r.person.entry_id)
        self._section("checks_overdue", "welfare", [
            Column(self.tr("Person"), lambda r: r.person.name),
            Column(self.tr("Was due"), lambda r: day_text(r.due_on), colour=overdue),
            Column(self.tr("Priority"), lambda r: Priority(r.person.priority).label(self.lang),
                   background=lambda r: HIGH if r.person.priority == "high" else None),
            Column(self.tr("Place"), lambda r: self._place(r.person)),
        ], lambda r: r.person.entry_id)
        self._section("cases_due", "case", [
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Site"), lambda r: r.site_code),
            Column(self.tr("Step reached"),
                   lambda r: ProcedureStep(r.current_step).label(self.lang)),
            Column(self.tr("Nature"), lambda r: ConflictNature(r.nature).label(self.lang)),
            Column(self.tr("Households"), lambda r: r.parties),
        ], lambda r: r.case_id)
        self._section("cases_late", "case", [
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Site"), lambda r: r.site_code),
            Column(self.tr("Step reached"),
                   lambda r: ProcedureStep(r.current_step).label(self.lang)),
            Column(self.tr("Was due"), lambda r: day_text(r.next_due_on), colour=overdue),
            Column(self.tr("Households"), lambda r: r.parties),
        ], lambda r: r.case_id)
        self._section("waiting", "signalement", [
            Column(self.tr("Reference"), lambda r: r.reference),
            Column(self.tr("Date of facts"),
                   lambda r: r.facts_start.astimezone().strftime("%d/%m/%Y")),
            Column(self.tr("Site"), lambda r: r.site_code),
            Column(self.tr("Category"), lambda r: Category(r.category).label(self.lang)),
            Column(self.tr("Description"), lambda r: " ".join(r.summary.split())),
        ], lambda r: r.signalement_id)

        overview = QWidget(self)
        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 4, 0, 0)
        for n, key in enumerate(("checks_due", "checks_overdue", "cases_due", "cases_late")):
            grid.addWidget(self.sections[key][0], n // 2, n % 2)
        grid.addWidget(self.sections["waiting"][0], 2, 0, 1, 2)

        # The round: the day's checks, in walking order.
        round_page = QWidget(self)
        self.round_sort = QComboBox(self)
        for key, text in (("place", self.tr("By building, entrance and floor")),
                          ("floor", self.tr("By building and floor")),
                          ("due", self.tr("By due date")), ("name", self.tr("By name"))):
            self.round_sort.addItem(text, key)
        self.round_sort.setAccessibleName(self.tr("Order of the round"))
        self.record_button = QPushButton(self.tr("Record the &check…"), self)
        self.record_button.setAccessibleName(self.tr("Record the selected check"))
        self.record_button.setToolTip(self.tr("Enter"))
        self.open_person_button = QPushButton(self.tr("Open the &person"), self)
        self.round_summary = QLabel(self)
        self.round_model = RowsModel([
            Column(self.tr("Site"), lambda r: r.person.site_code),
            Column(self.tr("Building"), lambda r: r.person.building),
            Column(self.tr("Entrance"), lambda r: r.person.entrance),
            Column(self.tr("Floor"), lambda r: floor_text(r.person.floor)),
            Column(self.tr("Door"), lambda r: r.person.door),
            Column(self.tr("Person"), lambda r: r.person.name),
            Column(self.tr("Phone"), lambda r: r.person.phone),
            Column(self.tr("Due"), lambda r: day_text(r.due_on),
                   colour=lambda r: LATE if r.done_at is None and r.due_on < self._today()
                   else None),
            Column(self.tr("Done"), self._done_text,
                   colour=lambda r: DONE if r.done_at else None),
        ], lambda r: r.person.entry_id, self)
        self.round_model.bold = lambda r: r.done_at is None and r.person.priority == "high"
        self.round = self._table(self.round_model, self.tr("The day's round"), None)
        self.round.activated.connect(lambda _i: self.record_selected())
        sort_label = QLabel(self.tr("&Order"), self)
        sort_label.setBuddy(self.round_sort)
        tools = QHBoxLayout()
        tools.addWidget(sort_label)
        tools.addWidget(self.round_sort)
        tools.addWidget(self.round_summary, 1)
        tools.addWidget(self.open_person_button)
        tools.addWidget(self.record_button)
        round_layout = QVBoxLayout(round_page)
        round_layout.addLayout(tools)
        round_layout.addWidget(self.round, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("&Due and late"))
        self.tabs.addTab(round_page, self.tr("&Round"))
        self.tabs.setAccessibleName(self.tr("Today"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_banner)
        layout.addWidget(self.alerts_box)
        layout.addWidget(self.tabs, 1)

        self.refresh_button.clicked.connect(self.reload)
        self.round_sort.currentIndexChanged.connect(self.load_round)
        self.record_button.clicked.connect(self.record_selected)
        self.open_person_button.clicked.connect(self._open_round_person)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._show_alerts(0)

    def title(self) -> str:
        return self.tr("Today")

    # Building ----------------------------------------------------------------------------

    def _table(self, model: RowsModel, name: str, kind: str | None) -> QTableView:
        table = list_table(self, model, name, row_padding=8)
        # Short lists (50 rows at most, the round a day's checks): sized to their contents.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if kind is not None:
            table.activated.connect(lambda index, k=kind: self._activated(k, index))
        return table

    def _section(self, key: str, kind: str, columns: list[Column], row_id) -> None:
        model = RowsModel(columns, row_id, self)
        box = QGroupBox(self)
        table = self._table(model, "", kind)
        QVBoxLayout(box).addWidget(table)
        self.sections[key] = (box, model, table)

    def _titles(self) -> dict[str, str]:
        return {"checks_due": self.tr("Welfare checks due today (%1)"),
                "checks_overdue": self.tr("Welfare checks overdue (%1)"),
                "cases_due": self.tr("Case steps due today (%1)"),
                "cases_late": self.tr("Case steps late (%1)"),
                "waiting": self.tr("Signalements waiting for a referral (%1)")}

    def print_targets(self) -> list:
        """The day's welfare round (app.ui.printing)."""
        from app.ui.printing import targets

        return [targets.welfare_round(self._today(), self.site_ids or [])]

    # Loading -----------------------------------------------------------------------------

    def start(self) -> None:
        self._started = True
        self.reload()
        # Once a day is enough: people who left the register longer ago than their
        # landlord keeps them are erased when the services are there.
        ctx = self.ctx
        ctx.when_ready(lambda: ctx.worker.submit(
            lambda: acting.welfare(ctx).apply_retention(), owner=self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._started and self.data is not None:
            self.reload()  # back from acting on a record: the day has changed

    @staticmethod
    def _today() -> date:
        return date.today()

    def _reader(self):
        """A callable for the worker: TodayQueries on the start-up connection, or the
        service; None while neither is there yet."""
        conn = getattr(self.ctx.list_reader, "conn", None)
        if conn is not None:
            return lambda: TodayQueries(conn)
        if self.ctx.ready:
            ctx = self.ctx
            return lambda: _ServiceQueries(acting.today(ctx))
        return None

    def reload(self) -> None:
        reader = self._reader()
        if reader is None:
            self.ctx.when_ready(self.reload)
            return
        if self._loading:
            return
        self._loading = True
        today, sites = self._today(), self.site_ids
        self.ctx.worker.submit(lambda: reader().all(today, sites), self._loaded,
                               self._failed, owner=self)
        if self.tabs.currentIndex() == 1:
            self.load_round()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.statusMessage.emit(str(exc))

    def _loaded(self, data: TodayData) -> None:
        self._loading = False
        self.data = data
        locale = QLocale()
        self.heading.setText(self.tr("Today, %1").replace(
            "%1", locale.toString(data.today, QLocale.FormatType.LongFormat)))
        self._show_plans(data)
        self.alerts_model.set_rows(data.alerts.rows)
        self._show_alerts(data.alerts.count)
        titles = self._titles()
        for key, (box, model, _table) in self.sections.items():
            section = getattr(data, key)
            model.set_rows(section.rows)
            box.setTitle(titles[key].replace("%1", _count(section.count)))
            box.setAccessibleName(box.title())
        self.loaded.emit()

    def _show_plans(self, data: TodayData) -> None:
        texts = []
        for plan in data.plans:
            text = self.tr("%1 running: everyone on the register is checked at least every "
                           "%2 days").replace("%1", AlertKind(plan.kind).label(self.lang)).replace(
                "%2", str(plan.max_interval_days))
            if plan.ends_on:
                text += self.tr(", until %1").replace("%1", day_text(plan.ends_on))
            texts.append(text + ".")
        self.plan_banner.setText("\n".join(texts))
        self.plan_banner.setVisible(bool(texts))

    def _show_alerts(self, count: int) -> None:
        if count:
            self.alerts_title.setText(self.tr("Alerts: someone must act now (%1)").replace(
                "%1", _count(count)))
            self.alerts_box.setStyleSheet("#alertsBox { background: #fdecea; "
                                          "border: 2px solid #b00020; }")
            self.alerts_title.setStyleSheet("color: #b00020;")
        else:
            self.alerts_title.setText(self.tr("No alert: nobody is waiting for an urgent "
                                              "visit."))
            self.alerts_box.setStyleSheet("#alertsBox { border: 1px solid #3d6b3d; }")
            self.alerts_title.setStyleSheet("color: #3d6b3d;")
        self.alerts.setVisible(bool(count))
        # Up to four alerts in full view; more scroll.
        rows = min(max(count, 1), 4)
        table = self.alerts
        table.setFixedHeight(rows * table.verticalHeader().defaultSectionSize()
                             + table.horizontalHeader().sizeHint().height()
                             + 2 * table.frameWidth() + 2)

    # The round ---------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.load_round()

    def load_round(self) -> None:
        reader = self._reader()
        if reader is None:
            self.ctx.when_ready(self.load_round)
            return
        today, sites, sort = self._today(), self.site_ids, self.round_sort.currentData()
        self.ctx.worker.submit(lambda: reader().round(today, sites, sort), self._round_loaded,
                               self._failed, owner=self)

    def _round_loaded(self, rows: list[CheckRow]) -> None:
        self.round_model.set_rows(rows)
        done = sum(1 for r in rows if r.done_at)
        self.round_summary.setText(self.tr("%1 checks today, %2 done").replace(
            "%1", str(len(rows))).replace("%2", str(done)))
        # On the first check still to do, ready for Enter.
        todo = next((i for i, r in enumerate(rows) if r.done_at is None), -1)
        if todo >= 0:
            self.round.setCurrentIndex(self.round_model.index(todo, 0))
        self.roundLoaded.emit()

    def selected_check(self) -> CheckRow | None:
        index = self.round.currentIndex()
        return self.round_model.row_at(index.row()) if index.isValid() else None

    def record_selected(self) -> None:
        row = self.selected_check()
        if row is None or row.done_at is not None:
            return
        if not self.ctx.ready:
            self.ctx.when_ready(self.record_selected)
            return
        from app.ui.welfare.check_dialog import CheckDialog

        self.check_dialog = CheckDialog(self.ctx, row.person.entry_id, row.due_on,
                                        row.person.name, self)
        self.check_dialog.saved.connect(self._check_saved)
        self.check_dialog.open()

    def _check_saved(self, _check_id: str) -> None:
        self.statusMessage.emit(self.tr("Check recorded."))
        self.reload()
        self.load_round()

    def _open_round_person(self) -> None:
        row = self.selected_check()
        if row is not None:
            self.openRecord.emit("welfare", row.person.entry_id)

    # Helpers -----------------------------------------------------------------------------

    def _activated(self, kind: str, index: QModelIndex) -> None:
        record_id = index.model().data(index, ID_ROLE)
        if record_id:
            self.openRecord.emit(kind, record_id)

    def _place(self, p: Person) -> str:
        return f"{p.site_code} – {p.building} – {p.entrance} – {floor_text(p.floor)}"

    def _done_text(self, r: CheckRow) -> str:
        if r.done_at is None:
            return ""
        outcome = CheckOutcome(r.outcome).label(self.lang) if r.outcome else ""
        return f"{r.done_at.astimezone():%H:%M} {outcome}"


class _ServiceQueries:
    """TodayService under TodayQueries' two method names."""

    def __init__(self, service) -> None:
        self.service = service

    def all(self, today: date, site_ids):
        return self.service.today(today, site_ids)

    def round(self, today: date, site_ids, sort: str):
        return self.service.round(today, site_ids, sort)


def _count(n: int) -> str:
    return f"{COUNT_CAP}+" if n >= COUNT_CAP else str(n)

