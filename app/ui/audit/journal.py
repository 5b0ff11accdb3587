"""The journal tab: the chain's status in a banner, filters, the trail newest first, and
its export to CSV. Every read runs on the database worker; reading is not audited, the
export is (by the service)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import AuditAction
from app.domain.messages import msg
from app.services.audit_log import SEARCH_MAX, AuditFilter, AuditLogService, ChainStatus
from app.services.base import SYSTEM
from app.ui.audit.model import AuditListModel
from app.ui.common.list_view import list_table, search_box, search_timer, set_column_chars
from app.ui.context import UiContext
from app.ui.widgets import FieldError, fill_codes

INTACT_STYLE = ("#chainBanner { background: #e6f4ea; border: 1px solid #3d6b3d; }"
                " #chainBanner QLabel { color: #1e4620; }")
BROKEN_STYLE = ("#chainBanner { background: #fde7e9; border: 1px solid #b00020; }"
                " #chainBanner QLabel { color: #b00020; font-weight: bold; }")
NEUTRAL_STYLE = "#chainBanner { background: #f1f3f4; border: 1px solid #9aa0a6; }"

# The period choices; "custom" enables the two dates.
PERIODS = ("all", "today", "week", "month", "year", "custom")


def audit_service(ctx: UiContext) -> AuditLogService:
    """The signed-in actor's own rights (not the settings' role), on the worker thread."""
    return AuditLogService(ctx.workspace, ctx.actor or SYSTEM)


class ChainBanner(QFrame):
    """The whole chain's state, verified on the worker: green when intact, red naming
    the first broken entry."""

    verifyRequested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chainBanner")
        self.locale = QLocale(QLocale.Language.English if lang == "en"
                              else QLocale.Language.French)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Audit chain status"))
        self.verify_button = QPushButton(self.tr("&Verify again"), self)
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain again"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.verify_button)
        self.verify_button.clicked.connect(self.verifyRequested)
        self.status: ChainStatus | None = None
        self.show_checking()

    def _show(self, text: str, style: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setStyleSheet(style)

    def show_checking(self) -> None:
        self.verify_button.setEnabled(False)
        self._show(self.tr("Verifying the audit chain…"), NEUTRAL_STYLE)

    def show_status(self, status: ChainStatus) -> None:
        self.status = status
        self.verify_button.setEnabled(True)
        count = self.locale.toString(status.entries)
        if status.intact:
            text = (self.tr("Chain intact: %1 entries verified").replace("%1", count)
                    if status.entries else self.tr("The audit trail is empty."))
            self._show(text, INTACT_STYLE)
            return
        text = self.tr("Chain broken: %1 (%2 problems over %3 entries)").replace(
            "%1", status.first_message).replace(
            "%2", self.locale.toString(len(status.breaks))).replace("%3", count)
        self._show(text, BROKEN_STYLE)

    def show_error(self, text: str) -> None:
        self.verify_button.setEnabled(True)
        self._show(text, BROKEN_STYLE)


class JournalView(QWidget):
    statusMessage = Signal(str)
    exported = Signal(str, int)  # path, rows
    exportFailed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditListModel(lambda: audit_service(ctx), ctx.worker, AuditFilter(),
                                    ctx.lang, self)
        self.banner = ChainBanner(ctx.lang, self)

        self.search = search_box(self, self.tr("Words of the summary"),
                                 self.tr("Search the summaries"))
        self.search.setMaxLength(SEARCH_MAX)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("SIG-… or VOI-… reference, or identifier"))
        self.reference.setAccessibleName(self.tr("Record reference"))
        self.reference.setClearButtonEnabled(True)
        self.reference.setMaxLength(SEARCH_MAX)
        self.export_button = QPushButton(self.tr("E&xport as CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the entries shown as CSV"))

        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip(PERIODS, (self.tr("All dates"), self.tr("Today"),
                                       self.tr("Last 7 days"), self.tr("Last 30 days"),
                                       self.tr("Last 12 months"), self.tr("Chosen dates")),
                             strict=True):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from = self._date_edit(today.addDays(-30), self.tr("From"))
        self.date_to = self._date_edit(today, self.tr("To"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        fill_codes(self.action, AuditAction, ctx.lang, self.tr("All actions"))
        self.user = QComboBox(self)
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItem(self.tr("All users"), None)
        self.user.setMinimumContentsLength(18)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Record kind"))
        self.kind.addItem(self.tr("All records"), None)
        self.kind.setMinimumContentsLength(16)
        self.error = FieldError(self)

        self.table = list_table(self, self.model, self.tr("Audit trail entries"))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        set_column_chars(self.table, enumerate((7, 21, 20, 16, 22, 24)), self)
        self.footer = QLabel(self)
        self.footer.setAccessibleName(self.tr("Counts"))

        self._lay_out()
        self._search_timer = search_timer(self, self.search, self.apply_filters)
        self.reference.textChanged.connect(self._search_timer.start)
        self.reference.returnPressed.connect(self.apply_filters)
        for combo in (self.action, self.user, self.kind):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.export_button.clicked.connect(self.choose_export_file)
        self.banner.verifyRequested.connect(self.verify)
        self.model.countChanged.connect(self._update_footer)
        self.model.pageLoaded.connect(self._update_footer)
        self.model.loadFailed.connect(self._load_failed)
        self._enable_dates()  # nothing is read before start()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd" if self.ctx.lang == "en" else "dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.reference, 1)
        top.addWidget(self.export_button)
        grid = QGridLayout()
        filters = ((self.tr("&Period"), self.period), (self.tr("Fro&m"), self.date_from),
                   (self.tr("&To"), self.date_to), (self.tr("&Action"), self.action),
                   (self.tr("&User"), self.user), (self.tr("&Record"), self.kind))
        for col, (text, widget) in enumerate(filters):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.setColumnStretch(len(filters), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    # Loading -----------------------------------------------------------------------------

    def start(self) -> None:
        """The list, the choices and the chain's status."""
        self.refresh()
        self.verify()

    def refresh(self) -> None:
        """The list and the choices again (the trail grows while the person works
        elsewhere). Not the chain: verifying 200,000 entries holds the worker 2 s, so it
        runs on opening, after an export and on the banner's button."""
        self.model.filter = self.current_filter() or AuditFilter()
        self.model.reload()
        ctx = self.ctx
        self.ctx.worker.submit(lambda: audit_service(ctx).users(), self._fill_users,
                               self._load_failed_exc, owner=self)
        self.ctx.worker.submit(lambda: audit_service(ctx).kinds(), self._fill_kinds,
                               self._load_failed_exc, owner=self)

    def verify(self) -> None:
        self.banner.show_checking()
        ctx = self.ctx
        self.ctx.worker.submit(lambda: audit_service(ctx).verify(), self._verified,
                               lambda exc: self.banner.show_error(str(exc)), owner=self)

    def _verified(self, status: ChainStatus) -> None:
        self.banner.show_status(status)
        self.model.set_broken(frozenset(b.seq for b in status.breaks))

    def _fill_users(self, choices) -> None:
        self._refill(self.user, [(c.label, c.id) for c in choices])

    def _fill_kinds(self, kinds: list[str]) -> None:
        labelled = sorted(((self.model.kind_label(k), k) for k in kinds),
                          key=lambda p: p[0].casefold())
        self._refill(self.kind, labelled)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace the choices after the first ('all'), keeping the one chosen if it is
        still there, without a change signal."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # Filters -----------------------------------------------------------------------------

    def _period_changed(self) -> None:
        self._enable_dates()
        self.apply_filters()

    def _enable_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)

    def _bounds(self) -> tuple[date | None, date | None]:
        key, today = self.period.currentData(), date.today()
        if key == "custom":
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        back = {"today": 0, "week": 6, "month": 29, "year": 364}.get(key)
        return (None, None) if back is None else (today - timedelta(days=back), None)

    def current_filter(self) -> AuditFilter | None:
        """The filter the widgets say, or None (and the message under them) when the
        chosen period ends before it starts."""
        start, end = self._bounds()
        if start and end and end < start:
            self.error.show_message(msg("period_reversed"))
            return None
        self.error.show_message("")
        return AuditFilter(date_from=start, date_to=end, action=self.action.currentData(),
                           user_id=self.user.currentData(), entity_kind=self.kind.currentData(),
                           reference=self.reference.text().strip(),
                           text=self.search.text().strip())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt is not None:
            self.model.set_filter(flt)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_footer(self, *_args) -> None:
        loaded, total = self.model.rowCount(), self.model.total
        if total is None:
            text = self.tr("%1 entries shown, counting…").replace("%1", str(loaded))
        else:
            text = self.tr("%1 shown of %2 entries").replace("%1", str(loaded)).replace(
                "%2", str(total))
        self.footer.setText(text)

    def _load_failed(self, text: str) -> None:
        self.error.show_message(text)

    def _load_failed_exc(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))

    # Export ------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"journal-audit-{date.today():%Y%m%d}.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The entries the filters select, oldest first, to `path` (the service writes
        FILE.part and renames it); the export's own entry then heads the list."""
        flt = self.current_filter()
        if flt is None:
            return
        ctx, lang = self.ctx, self.ctx.lang
        self.export_button.setEnabled(False)
        self.ctx.worker.submit(lambda: audit_service(ctx).export_csv(flt, path, lang),
                               lambda n: self._exported(path, n), self._export_failed,
                               owner=self)

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.statusMessage.emit(self.tr("%1 entries exported to %2").replace(
            "%1", str(count)).replace("%2", str(path)))
        self.model.reload()
        self.verify()
        self.exported.emit(str(path), count)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.error.show_message(str(exc))
        self.statusMessage.emit(str(exc))
        self.exportFailed.emit(str(exc))
