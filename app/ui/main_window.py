"""The main window: navigation between the five screens, menus with the standard
shortcuts, and a status bar with the workspace, the user and the sync state.

Screens are built lazily: `screen_specs()` says how to build each one, and a screen's
module is imported and the screen built the first time it is shown, so that start-up
builds only the screen it opens on. A screen built before the workspace's services are
attached (UiContext.ready) must be marked `early` and wait for them itself through
ctx.when_ready; the others are built once the services are there (a second at most after
start-up), an "Opening the workspace…" line standing in meanwhile. Once built, a screen's
`statusMessage` signal, if any, goes to the status bar, and its `start()`, if any, runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.errors import ServiceError
from app.ui.context import UiContext
from app.ui.widgets import BusyIndicator

if TYPE_CHECKING:
    from app.ui.signalements.screen import SignalementsScreen
    from app.ui.sites.screen import SitesScreen

SCREENS = ("today", "signalements", "conflicts", "welfare", "sites", "audit", "sync")
LARGER_TEXT = 1.25


@dataclass(frozen=True)
class ScreenSpec:
    title: str  # in the navigation list and the View menu, before the screen is built
    build: Callable[[UiContext, QWidget], QWidget]  # (ctx, parent) -> the screen
    early: bool = False  # may be built before the services are attached
    # Whether the acting user is offered the screen at all (the services check again).
    shown: Callable[[UiContext], bool] = lambda _ctx: True


def _signalements(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.signalements.screen import SignalementsScreen

    return SignalementsScreen(ctx, parent)


def _sites(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.sites.screen import SitesScreen

    return SitesScreen(ctx, parent)


def _today(ctx: UiContext, parent: QWidget) -> QWidget:
    # Early: its lists run on the start-up connection until the services are there.
    from app.ui.today.screen import TodayScreen

    return TodayScreen(ctx, parent)


def _conflicts(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.conflicts.screen import ConflictsScreen

    return ConflictsScreen(ctx, parent)


def _welfare(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.welfare.screen import WelfareScreen

    return WelfareScreen(ctx, parent)


def _sync_conflicts(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.sync.screen import SyncConflictsScreen

    return SyncConflictsScreen(ctx, parent.window().sync, parent)


def _audit(ctx: UiContext, parent: QWidget) -> QWidget:
    from app.ui.audit.screen import AuditScreen

    return AuditScreen(ctx, parent)


def _may_read_audit(ctx: UiContext) -> bool:
    from app.ui.audit import may_read

    return may_read(ctx.actor)


def screen_specs() -> dict[str, ScreenSpec]:
    """Every screen of SCREENS, in the GUI thread's language (translators installed)."""
    return {
        "today": ScreenSpec(QCoreApplication.translate("TodayScreen", "Today"), _today,
                            early=True),
        "signalements": ScreenSpec(QCoreApplication.translate("SignalementsScreen", "Signalements"),
                                   _signalements, early=True),
        "conflicts": ScreenSpec(QCoreApplication.translate("ConflictsScreen",
                                                           "Neighbour conflicts"), _conflicts),
        "welfare": ScreenSpec(QCoreApplication.translate("WelfareScreen", "Welfare watch"),
                              _welfare),
        "sites": ScreenSpec(QCoreApplication.translate("SitesScreen", "Sites"), _sites),
        "audit": ScreenSpec(QCoreApplication.translate("AuditScreen", "Audit journal"), _audit,
                            shown=_may_read_audit),
        "sync": ScreenSpec(QCoreApplication.translate("SyncConflictsScreen", "Sync conflicts"),
                           _sync_conflicts),
    }


def apply_text_size(app: QApplication, base_point_size: float, larger: bool) -> None:
    """The system's font size, or a quarter larger: everything follows the application font."""
    font = app.font()
    font.setPointSizeF(base_point_size * (LARGER_TEXT if larger else 1.0))
    app.setFont(font)


PURGE_CHECK_MS = 60 * 60 * 1000
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # Emitted once the signalement list shows its first page: start-up is over.
    listReady = Signal()
    # Emitted after a retention check (app.services.retention): its report, or None when
    # the purge had already run today.
    purgeChecked = Signal(object)

    def __init__(self, ctx: UiContext, base_point_size: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base_point_size = base_point_size or QApplication.font().pointSizeF()
        self.setWindowTitle(self.tr("Palier"))
        self.setMinimumSize(900, 600)
        self.specs = screen_specs()
        self.screens: dict[str, QWidget] = {}  # the screens built so far
        self._pages: dict[str, QWidget] = {}  # the stack's page of each screen
        self._list_ready = False

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Screens"))
        self.stack = QStackedWidget(self)
        for key in SCREENS:
            item = QListWidgetItem(self.specs[key].title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            page = QWidget(self.stack)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.stack.addWidget(page)
        fm = self.nav.fontMetrics()
        self.nav.setFixedWidth(max(fm.horizontalAdvance(self.nav.item(i).text())
                                   for i in range(self.nav.count())) + 48)
        self.nav.setSpacing(4)
        self.nav.currentRowChanged.connect(self._row_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_status_bar()
        ctx.worker.busyChanged.connect(self.busy.setVisible)
        ctx.worker.unhandledError.connect(self._unhandled_error)
        # Retention: the purge once the workspace is attached, then checked every hour
        # (it runs at most once a day, remembered in the workspace).
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(PURGE_CHECK_MS)
        self.purge_timer.timeout.connect(self.purge_if_due)
        self.purge_timer.start()
        ctx.when_ready(self.purge_if_due)
        self._restore_geometry()

    def purge_if_due(self) -> None:
        """On the worker, as the system: the daily purge is not one person's action."""
        ws = self.ctx.workspace
        if ws is None:
            return

        def job():
            from app.services.retention import PurgeService

            return PurgeService(ws).run_if_due()

        def failed(exc: BaseException) -> None:  # tried again at the next check
            log.warning("retention purge failed: %s", exc)

        self.ctx.worker.submit(job, self.purgeChecked.emit, failed, owner=self)

    # Building --------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New signalement"), self.new_signalement,
                                       QKeySequence.StandardKey.New, file_menu)
        self.case_action = self._action(self.tr("New neighbour &case from the signalement"),
                                        self.case_from_signalement,
                                        QKeySequence("Ctrl+Shift+N"), file_menu)
        self.save_action = self._action(self.tr("&Save"), self.save,
                                        QKeySequence.StandardKey.Save, file_menu)
        self.print_action = self._action(self.tr("&Print…"), self.print_current,
                                         QKeySequence.StandardKey.Print, file_menu)
        self.preview_action = self._action(self.tr("Pre&view…"), self.print_current, None,
                                           file_menu)
        self.save_pdf_action = self._action(self.tr("Save as P&DF…"), self.save_as_pdf,
                                            QKeySequence("Ctrl+Shift+P"), file_menu)
        self.sync_action = self._action(self.tr("S&ync now"), lambda: self.sync.user_sync(),
                                        QKeySequence("Ctrl+R"), file_menu)
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("S&ettings…"), self.open_settings,
                                            QKeySequence("Ctrl+,"), file_menu)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence("Ctrl+Q"), file_menu)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.search_action = self._action(self.tr("&Search the signalements"), self.focus_search,
                                          QKeySequence.StandardKey.Find, edit_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        self.screen_actions = []
        for n, key in enumerate(SCREENS, start=1):
            action = self._action(self.specs[key].title, lambda _c=False, k=key:
                                  self.show_screen(k), QKeySequence(f"Ctrl+{n}"), view_menu)
            self.screen_actions.append(action)
        self.apply_access()
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About Palier"), self.about, None, help_menu)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = BusyIndicator(self.tr("Working…"), self)
        self.workspace_label = QLabel(self.tr("Workspace: %1").replace(
            "%1", str(self.ctx.data_dir)), self)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.ctx.user_label), self)
        from app.ui.sync.controller import SyncController, SyncIndicator

        self.sync = SyncController(self.ctx, self)
        self.sync.openConflicts.connect(lambda: self.show_screen("sync"))
        self.sync.openSettings.connect(self.open_settings)
        self.sync.message.connect(lambda text: bar.showMessage(text, 8000))
        self.sync_label = SyncIndicator(self.sync, self)
        for w in (self.busy, self.workspace_label, self.user_label, self.sync_label):
            bar.addPermanentWidget(w)

    # Screens ---------------------------------------------------------------------------

    def apply_access(self) -> None:
        """Offer only the screens the acting user may use (again after a change of user)."""
        for row, key in enumerate(SCREENS):
            shown = self.specs[key].shown(self.ctx)
            self.nav.item(row).setHidden(not shown)
            self.screen_actions[row].setVisible(shown)
            if not shown and self.stack.currentIndex() == row:
                self.show_screen("today")

    def start(self, screen: str | None = None) -> None:
        """Open on `screen`: it is built and loads its data; the others wait their turn."""
        self.show_screen(screen or self.ctx.settings.start_screen)

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(SCREENS.index(key))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.screen(SCREENS[row])
        self.stack.setCurrentIndex(row)

    def screen(self, key: str) -> QWidget | None:
        """The screen `key`, built first if it was not yet; None while it waits for the
        services (it is built as soon as they are attached)."""
        built = self.screens.get(key)
        if built is not None:
            return built
        spec, page = self.specs[key], self._pages[key]
        if not (spec.early or self.ctx.ready):
            if page.layout().count() == 0:
                page.layout().addWidget(QLabel(self.tr("Opening the workspace…"), page), 0,
                                        Qt.AlignmentFlag.AlignCenter)
                self.ctx.when_ready(lambda: self.screen(key))
            return None
        while page.layout().count():  # the waiting line
            page.layout().takeAt(0).widget().deleteLater()
        screen = spec.build(self.ctx, page)
        page.layout().addWidget(screen)
        self.screens[key] = screen
        if hasattr(screen, "statusMessage"):
            screen.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if hasattr(screen, "openRecord"):
            screen.openRecord.connect(self.open_record)
        if key == "signalements":
            screen.list.model.pageLoaded.connect(self._first_page)
        if hasattr(screen, "start"):
            screen.start()
        return screen

    @property
    def signalements(self) -> SignalementsScreen:
        return self.screen("signalements")

    @property
    def sites(self) -> SitesScreen | None:
        return self.screen("sites")

    def current_screen(self) -> str:
        return SCREENS[self.stack.currentIndex()]

    def _first_page(self, _rows: int) -> None:
        if not self._list_ready:
            self._list_ready = True
            self.listReady.emit()

    def is_list_ready(self) -> bool:
        return self._list_ready

    # Actions ---------------------------------------------------------------------------

    def new_signalement(self) -> None:
        self.show_screen("signalements")
        self.signalements.new_signalement()

    def save(self) -> None:
        screen = self.screens.get(self.current_screen())
        if hasattr(screen, "save"):
            screen.save()

    def open_record(self, kind: str, record_id: str) -> None:
        """From the Today screen: a signalement, a case ("case") or a person ("welfare")."""
        key = {"case": "conflicts"}.get(kind, kind if kind != "signalement" else "signalements")
        self.show_screen(key)
        self.ctx.when_ready(lambda: self._open_in(key, record_id))

    def _open_in(self, key: str, record_id: str) -> None:
        screen = self.screen(key)
        {"signalements": lambda: screen.open_signalement(record_id),
         "conflicts": lambda: screen.open_case(record_id),
         "welfare": lambda: screen.open_entry(record_id)}[key]()

    def case_from_signalement(self) -> None:
        """A neighbour case opened from the signalement selected in the list."""
        signalements = self.screens.get("signalements")
        sid = signalements.list.current_id() if signalements is not None else None
        if sid is None:
            self.statusBar().showMessage(self.tr("Select a signalement in the list first."),
                                         8000)
            return
        self.ctx.when_ready(lambda: self._case_from(sid))

    def _case_from(self, signalement_id: str) -> None:
        ctx = self.ctx

        def job():
            from app.ui import acting

            return acting.conflicts(ctx).signalement_site(signalement_id)

        def open_form(found) -> None:
            if found is not None:
                self.show_screen("conflicts")
                self.screen("conflicts").new_case_from_signalements(found[0], [signalement_id])

        self.ctx.worker.submit(job, open_form)

    def focus_search(self) -> None:
        self.show_screen("signalements")
        self.signalements.focus_search()

    @property
    def printing(self):
        """Print, preview and save as PDF (app.ui.printing), built on first use."""
        if getattr(self, "_printing", None) is None:
            from app.ui.printing.controller import Printing

            self._printing = Printing(self.ctx, self)
            self._printing.statusMessage.connect(
                lambda text: self.statusBar().showMessage(text, 8000))
        return self._printing

    def print_current(self) -> None:
        """The preview of the current screen's document (a menu when it offers several),
        from which it prints through the system's dialog."""
        self.printing.preview_current(self.screens.get(self.current_screen()))

    def save_as_pdf(self) -> None:
        self.printing.save_current(self.screens.get(self.current_screen()))

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx.lang, self, sync=self.sync)
        if dialog.exec():
            new = dialog.result_settings()
            self.sync.set_interval(new.sync_minutes)
            larger_changed = new.larger_text != self.ctx.settings.larger_text
            self.ctx.settings = new
            signalements = self.screens.get("signalements")
            if signalements is not None and signalements.form_built():
                signalements.form.autosave.setInterval(new.autosave_seconds * 1000)
            self.ctx.save_settings()
            if larger_changed:
                apply_text_size(QApplication.instance(), self.base_point_size, new.larger_text)
            sites = self.screens.get("sites")
            if sites is not None:
                sites._set_enabled(sites.current_site() is not None)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Palier"), self.tr(
            "Palier %1: incident reports, neighbour conflicts and welfare watch for "
            "social-housing estate staff.").replace("%1", __version__))

    def _unhandled_error(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ServiceError):
            self.statusBar().showMessage(str(exc), 10000)
            return
        # A bug, not a refusal: the crash handler logs it and tells the person.
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    # Geometry and closing --------------------------------------------------------------

    def _restore_geometry(self) -> None:
        s = self.ctx.settings
        if not (s.geometry and self.restoreGeometry(QByteArray(s.geometry))):
            self.resize(1280, 800)
        if s.window_state:
            self.restoreState(QByteArray(s.window_state))

    def keep_drafts(self, sync: bool = True) -> None:
        for screen in self.screens.values():
            if hasattr(screen, "keep_drafts"):
                screen.keep_drafts(sync=sync)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_drafts(sync=False)
        self.sync.stop()
        self.ctx.settings.geometry = self.saveGeometry().data()
        self.ctx.settings.window_state = self.saveState().data()
        self.ctx.save_settings()
        super().closeEvent(event)
