"""Background sync: when to run the engine, one sync at a time, never on the GUI thread.

The engine is app.sync.client.SyncClient, the same code `palier sync` runs. Sync waits on
the network, so it has its own worker thread (a second DbWorker) instead of the database
worker: a slow server must never hold up a save or a page of a list. A sync runs:
- once the workspace is open, then every `sync_minutes` (the settings), and on Ctrl+R;
- after local writes: when the database worker falls idle the outbox is counted, on the
  sync thread, WRITE_DEBOUNCE_MS later, and a sync follows if it grew;
- when the system says the network is back (QNetworkInformation, where Qt has a
  backend), and after a failure, again with back-off (RETRY_FIRST_S, doubling up to the
  interval): that is how a server coming back is noticed.
Offline is a state shown in the status bar, never a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget
from shiboken6 import isValid

from app.ui.worker import DbWorker

log = logging.getLogger(__name__)

WRITE_DEBOUNCE_MS = 2000
RETRY_FIRST_S = 15
NETWORK_TIMEOUT_S = 30.0
# A server that does not answer at all (a dead address, a cut network) is known as such
# within a few seconds, and closing the app never waits long for it.
CONNECT_TIMEOUT_S = 5.0

# States of the controller, as the indicator shows them.
NONE = "none"              # no server, or signed out
IDLE = "idle"              # the last sync succeeded
SYNCING = "syncing"
OFFLINE = "offline"        # the server could not be reached: normal, retried
SIGNED_OUT = "signed_out"  # the server refused the token (expired, revoked)
ERROR = "error"            # anything else: shown, retried


# The server no longer takes this device's token: expired, revoked or unknown.
SIGNED_OUT_KEYS = frozenset({"sync_signed_out", "sync_token_expired"})


class Cancelled(Exception):
    """The app is closing: a sync waiting to retry gives up, its outbox untouched."""


def _sleeper(stopping: threading.Event) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        if stopping.wait(seconds):
            raise Cancelled
    return sleep


def failure_text(exc) -> str:
    """A SyncFailed in the user's language (app.domain.messages); its key if the catalogue
    does not know it yet, rather than an error inside the error."""
    from app.domain.messages import msg

    try:
        return msg(exc.key, **exc.values)
    except (KeyError, IndexError):
        return exc.key


def _guarded(fn, owner):
    """fn, skipped if `owner` (a widget of a closed dialog) no longer exists."""
    def call(*args):
        if fn is not None and (owner is None or isValid(owner)):
            fn(*args)
    return call


class SyncController(QObject):
    changed = Signal()        # state or status changed: the indicator redraws
    synced = Signal(object)   # a SyncReport, after each successful sync
    syncFailed = Signal(str)  # the error's message key, after each failed sync
    openConflicts = Signal()
    openSettings = Signal()
    message = Signal(str)     # a line for the status bar
    # Emitted on the sync thread after each page pulled: records received so far.
    _pulled = Signal(int)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = NONE
        self.status = None     # app.sync.client.SyncStatus, as last read
        self.error = ""        # the last failure, in the user's language
        self.client = None     # app.sync.client.SyncClient, once the workspace is open
        self._ws = None        # the workspace object the client reads
        self._net: DbWorker | None = None
        self._running = False
        self._counted = 0
        self._again = False
        self._checking = False
        self._follow_up = False
        self._known_waiting = 0
        self._stopping = threading.Event()
        self._retry_s = RETRY_FIRST_S
        self._network = None   # QNetworkInformation, when Qt has a backend here
        self.received = 0      # records received by the sync running (its progress)
        self._pulled.connect(self._progress)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.set_interval(ctx.settings.sync_minutes)
        self.write_timer = QTimer(self)
        self.write_timer.setSingleShot(True)
        self.write_timer.setInterval(WRITE_DEBOUNCE_MS)
        self.write_timer.timeout.connect(self._check_writes)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.sync_now)
        ctx.worker.idle.connect(self._db_idle)
        ctx.when_ready(self._load)

    # State -----------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return bool(self.status and self.status.signed_in)

    def set_interval(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def _set_state(self, state: str, error: str = "") -> None:
        self.state, self.error = state, error
        self.changed.emit()

    def _make_client(self, ws):
        import httpx

        from app.sync.client import Backoff, SyncClient

        # Three quick tries: beyond, the controller's own back-off takes over.
        return SyncClient(ws, backoff=Backoff(base=0.5, cap=2.0, attempts=3,
                                              sleep=_sleeper(self._stopping)),
                          timeout=httpx.Timeout(NETWORK_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
                          hooks={"after_page": self._page_applied})

    def _load(self) -> None:
        """Once the workspace is open: the client, and whether a server is signed in."""
        ws = self.ctx.workspace

        def job():
            client = self._make_client(ws)
            try:
                return ws, client, client.status()
            finally:
                client.close()  # opened again by its next job

        self.ctx.worker.submit(job, self._loaded, self._broken, owner=self)

    def _loaded(self, result) -> None:
        self._ws, self.client, self.status = result
        if self._stopping.is_set():
            self.client.close()
            return
        self._known_waiting = self.status.waiting
        if self.signed_in:
            self.timer.start()
            self._watch_network()
            self.sync_now()
        else:
            self.changed.emit()

    def _watch_network(self) -> None:
        """Sync as soon as the system says the network is back, where Qt has a backend
        for it (NetworkManager, glib, Windows...); elsewhere the back-off notices it."""
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability):
            return
        self._network = QNetworkInformation.instance()
        self._network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and \
                self.state in (OFFLINE, ERROR):
            self.sync_now()

    def current_client(self):
        """The client, over the workspace attached now. The workspace is opened anew when
        it is encrypted in place or another account signs in (app/ui/signin): a client on
        the replaced file would sync a copy nobody reads any more."""
        ws = self.ctx.workspace
        if self.client is not None and ws is not None and ws is not self._ws:
            old, self._ws = self.client, ws
            self.client = self._make_client(ws)
            # Closed after what is queued with it (a sync running on it ends first).
            self._net_worker().submit(old.close)
        return self.client

    def _submit(self, client, fn, on_done, on_error) -> None:
        """fn on the sync thread, then the client's connection and HTTP session closed:
        between two jobs nothing stays open on the workspace file, which may be encrypted
        in place and replaced meanwhile (app/ui/signin). Reopening costs milliseconds."""
        def job():
            try:
                return fn()
            finally:
                client.close()

        self._net_worker().submit(job, on_done, on_error, owner=self)

    def _net_worker(self) -> DbWorker:
        if self._net is None:
            self._net = DbWorker(self)
        return self._net

    # Syncing ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        """A sync now, or right after the one running; nothing without a signed-in server."""
        if self.client is None or self._stopping.is_set() or not self.signed_in:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.retry_timer.stop()
        self.received = self._counted = 0
        self._set_state(SYNCING, self.error)
        client = self.current_client()

        def job():
            from app.sync.client import SyncFailed

            try:
                report = client.sync()
            except SyncFailed as exc:
                return None, exc, client.status()
            return report, None, client.status()

        self._submit(client, job, self._synced, self._broken)

    def _page_applied(self, page: dict) -> None:
        # On the sync thread, after a page is stored: counted here, shown on the GUI thread.
        self._counted += len(page["changes"])
        self._pulled.emit(self._counted)

    def _progress(self, received: int) -> None:
        if self.state == SYNCING and received != self.received:
            self.received = received
            self.changed.emit()

    def user_sync(self) -> None:
        """Ctrl+R: as sync_now, saying why when there is nothing to sync with."""
        if self.client is not None and not self.signed_in:
            self.message.emit(self.tr("No sync server: sign in from File › Settings."))
            return
        self.sync_now()

    def _synced(self, result) -> None:
        self._running = False
        if self._stopping.is_set():
            return
        report, exc, status = result
        self.status = status
        self._known_waiting = status.waiting
        if exc is None:
            self._retry_s = RETRY_FIRST_S
            self._set_state(IDLE)
            self.synced.emit(report)
            self._tell_renamed(report.renamed_details)
            if status.waiting and not self._again and not self._follow_up:
                # Written while the sync ran: sent by one more sync, soon.
                self._follow_up = True
                self._known_waiting = 0
                self.write_timer.start()
            else:
                self._follow_up = False
        else:
            # What was asked meanwhile waits for the retry: no second attempt at once.
            self._again = False
            self._failed(exc)
        if self._again:
            self._again = False
            self.sync_now()

    def _tell_renamed(self, renamed: list[dict]) -> None:
        """A reference another computer had taken first: say which one changed (a sheet
        printed before the sync carries the old one)."""
        if len(renamed) == 1:
            # Both references first: the status bar's permanent labels may cut the end.
            self.message.emit(self.tr("%1 is now %2: reference already taken on another"
                                      " computer.")
                              .replace("%1", renamed[0]["old"])
                              .replace("%2", renamed[0]["new"]))
        elif renamed:
            self.message.emit(self.tr("%1 references already taken on another computer were"
                                      " replaced (see the audit log).")
                              .replace("%1", str(len(renamed))))

    def _failed(self, exc) -> None:
        text = failure_text(exc)
        if exc.key in SIGNED_OUT_KEYS:
            # The token is no good any more: forget it, as `palier sync` does; the
            # person signs in again from the settings (the indicator says so).
            self.timer.stop()
            client = self.client
            self._submit(client, lambda: (client.forget_token(), client.status())[1],
                         self._token_forgotten, self._broken)
            self._set_state(SIGNED_OUT, text)
        elif exc.key == "sync_no_server":
            self._set_state(NONE)
        else:
            self._set_state(OFFLINE if exc.key == "sync_unreachable" else ERROR, text)
            self._retry_later()
        self.syncFailed.emit(exc.key)

    def _token_forgotten(self, status) -> None:
        self.status = status
        self.changed.emit()

    def _retry_later(self) -> None:
        self.retry_timer.start(self._retry_s * 1000)
        self._retry_s = min(self._retry_s * 2, self.timer.interval() // 1000)

    def _broken(self, exc: BaseException) -> None:
        """A job that raised: a bug or a locked database, not an offline server."""
        self._running = self._checking = False
        if self._stopping.is_set() or isinstance(exc, Cancelled):
            return
        log.error("sync job failed", exc_info=exc)
        self._set_state(ERROR, str(exc) or type(exc).__name__)
        if self.signed_in:
            self._retry_later()

    # After local writes ----------------------------------------------------------------

    def _db_idle(self) -> None:
        if self.signed_in and not self._stopping.is_set():
            self.write_timer.start()  # restarted by each burst: a debounce

    def _check_writes(self) -> None:
        if self._running or self._checking or self.client is None or not self.signed_in:
            return
        self._checking = True
        client = self.current_client()
        self._submit(client, client.status, self._checked, self._broken)

    def _checked(self, status) -> None:
        self._checking = False
        if self._stopping.is_set():
            return
        grew = status.waiting > self._known_waiting
        self.status = status
        self._known_waiting = status.waiting
        if grew:
            self.sync_now()
        else:
            self.changed.emit()

    # Signing in and out (the settings) -------------------------------------------------

    def sign_in(self, url: str, login: str, password: str,
                on_done: Callable | None = None, on_error: Callable | None = None,
                owner: QObject | None = None) -> None:
        """Sign in on the sync thread, as `palier sync` does, then sync. The callbacks run
        on the GUI thread, skipped if `owner` is gone (the settings closed meanwhile)."""
        client = self.current_client()
        if client is None:
            _guarded(on_error, owner)(RuntimeError(self.tr("The workspace is still opening.")))
            return

        def job():
            client.sign_in(url, login, password)
            return client.status()

        def done(status) -> None:
            self.status = status
            self._known_waiting = status.waiting
            self._retry_s = RETRY_FIRST_S
            self.timer.start()
            self._watch_network()
            self._set_state(IDLE)
            _guarded(on_done, owner)(status)
            self.sync_now()

        self._submit(client, job, done, _guarded(on_error, owner))

    def sign_out(self, on_done: Callable | None = None, owner: QObject | None = None) -> None:
        """Revoke and forget this device's token; what waits in the outbox stays."""
        client = self.current_client()
        if client is None:
            return
        for t in (self.timer, self.retry_timer, self.write_timer):
            t.stop()

        def job():
            client.sign_out()
            return client.status()

        def done(status) -> None:
            self.status = status
            self._set_state(NONE)
            _guarded(on_done, owner)(status)

        self._submit(client, job, done, self._broken)

    def indicator_clicked(self) -> None:
        if self.status and (self.status.conflicts or self.status.rejected):
            self.openConflicts.emit()
        elif not self.signed_in:
            self.openSettings.emit()
        else:
            self.sync_now()

    def stop(self) -> None:
        """At close: no new sync; the one running ends (a retry's wait is cut short)."""
        self._stopping.set()
        for t in (self.timer, self.retry_timer, self.write_timer):
            t.stop()
        client, self.client = self.client, None
        if self._net is not None:
            if client is not None:
                self._net.submit(client.close)
            self._net.stop()
            self._net = None
        elif client is not None:
            client.close()


class SyncIndicator(QToolButton):
    """The status bar's sync state; a click opens the conflicts, the settings, or syncs."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        controller.changed.connect(self.refresh)
        self.clicked.connect(controller.indicator_clicked)
        self.refresh()

    @staticmethod
    def _count(n: int, one: str, many: str) -> str:
        # Two sources rather than Qt's numerus forms: "1" and "%1" read the same in French.
        return one if n == 1 else many.replace("%1", str(n))

    def _waiting(self, n: int) -> str:
        return self._count(n, self.tr("1 change waiting"), self.tr("%1 changes waiting"))

    def text_for(self) -> str:
        c = self.controller
        st = c.status
        if c.state == SYNCING:
            parts = [self.tr("Syncing… %1 received").replace("%1", str(c.received))
                     if c.received else self.tr("Syncing…")]
        elif c.state == SIGNED_OUT:
            parts = [self.tr("Session expired: sign in again")]
        elif st is None or not st.signed_in:
            parts = [self.tr("Sync: signed out") if st and st.server_url
                     else self.tr("Sync: no server")]
            if st and st.waiting:
                parts.append(self._waiting(st.waiting))
        elif c.state == OFFLINE:
            parts = [self.tr("Offline, %1").replace("%1", self._waiting(st.waiting))
                     if st.waiting else self.tr("Offline")]
        elif c.state == ERROR:
            parts = [self.tr("Sync failed")]
        elif st.last_success is None:
            parts = [self.tr("Not synced yet")]
        else:
            parts = [self._synced_at(st.last_success)]
            if st.waiting:
                parts.append(self._waiting(st.waiting))
        if st is not None and st.conflicts:
            parts.append(self._count(st.conflicts, self.tr("1 conflict"),
                                     self.tr("%1 conflicts")))
        if st is not None and st.rejected:
            parts.append(self._count(st.rejected, self.tr("1 change refused"),
                                     self.tr("%1 changes refused")))
        return " · ".join(parts)

    def _synced_at(self, micros: int) -> str:
        when = QDateTime.fromMSecsSinceEpoch(micros // 1000)
        if when.date() == QDate.currentDate():
            return self.tr("Synced at %1").replace("%1", when.toString("HH:mm"))
        return self.tr("Synced on %1 at %2").replace("%1", when.toString("dd/MM/yyyy")).replace(
            "%2", when.toString("HH:mm"))

    def refresh(self) -> None:
        text = self.text_for()
        self.setText(text)
        self.setAccessibleName(text)
        tips = [self.controller.error] if self.controller.error else []
        st = self.controller.status
        if st is not None and st.server_url:
            tips.append(self.tr("Server: %1").replace("%1", st.server_url))
        tips.append(self.tr("Ctrl+R: sync now"))
        self.setToolTip("\n".join(tips))
