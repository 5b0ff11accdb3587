"""When to lock: after an idle time, and when the operating system locks the session.

Idle: an event filter on the application notes the time of each key, click, wheel or
mouse move; a coarse timer compares. Python sees every event this way, but only stores
a number for the few input types.

The system's lock, best effort:
- Windows: WTSRegisterSessionNotification on the main window, then WM_WTSSESSION_CHANGE
  with WTS_SESSION_LOCK through a native event filter (ctypes, no pywin32).
- Linux: the screen saver's ActiveChanged(true) on the session bus (freedesktop, GNOME
  and KDE names) and logind's Lock signal for this process's own session on the system
  bus, through QtDBus. Without a bus (a bare X server, a container) nothing is watched
  and only the idle time locks.
- macOS: nothing (Palier does not ship there).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
                    QEvent.Type.TabletPress})


class IdleWatcher(QObject):
    """`idle` once nobody has touched the app for `seconds()` (then again only after new
    input); read at each check, so that a change in the settings applies at once.
    `enabled` False stops watching (a plain workspace, a window already locked)."""

    idle = Signal()

    def __init__(self, seconds: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.seconds = seconds
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._started = False

    def start(self) -> None:
        """Watch from now on. The desktop app starts it after its first paint: an
        application-wide event filter would slow the thousands of events before it."""
        if not self._started:
            self._started = True
            QApplication.instance().installEventFilter(self)
            self.touch()
            self._check()

    def set_seconds(self, seconds: float) -> None:
        """A fixed delay instead of the settings' (tests), counted from now."""
        self.seconds = lambda: seconds
        self.touch()
        if self._started:
            self._check()

    def touch(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
            self._fired = False
        return False

    def _check(self) -> None:
        seconds = self.seconds()
        if self.enabled and not self._fired and time.monotonic() - self._last >= seconds:
            self._fired = True
            self.idle.emit()
        # A quarter of the delay, between 50 ms (tests) and 15 s: late by that much at most.
        interval = int(min(15.0, max(0.05, seconds / 4)) * 1000)
        if self._timer.interval() != interval or not self._timer.isActive():
            self._timer.start(interval)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._started:
            app.removeEventFilter(self)


class SystemLockWatcher(QObject):
    """`locked` when the operating system says the session is being locked. `watching`
    lists what it could subscribe to (empty: nothing, idle time only)."""

    locked = Signal()

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        self._native = None
        if sys.platform == "win32":
            self._watch_windows(window)
        elif sys.platform.startswith("linux"):
            self._watch_dbus()

    # Linux -----------------------------------------------------------------------------

    @Slot(bool)
    def screenSaverActive(self, active: bool) -> None:  # noqa: N802 (a D-Bus slot name)
        if active:
            self.locked.emit()

    @Slot()
    def sessionLock(self) -> None:  # noqa: N802
        self.locked.emit()

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
        except ImportError:
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, iface in (
                    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
                    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
                # Any sender: the signal's sender is the screen saver's unique bus name.
                if session.connect("", path, iface, "ActiveChanged", self,
                                   SLOT("screenSaverActive(bool)")):
                    self.watching.append(f"session:{iface}:{path}")
        system = QDBusConnection.systemBus()
        if not system.isConnected():
            return
        ask = QDBusMessage.createMethodCall(
            "org.freedesktop.login1", "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager", "GetSession")
        # "auto": logind's name for the caller's own session.
        ask.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        reply = system.call(ask, QDBus.CallMode.Block, 1000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return  # not in a logind session (ssh, a container)
        path = _object_path(reply.arguments()[0])
        if path and system.connect("org.freedesktop.login1", path,
                                   "org.freedesktop.login1.Session", "Lock", self,
                                   SLOT("sessionLock()")):
            self.watching.append(f"system:login1:{path}")

    # Windows ---------------------------------------------------------------------------

    def _watch_windows(self, window: QWidget) -> None:
        import ctypes
        from ctypes import wintypes

        try:
            wts = ctypes.windll.wtsapi32
            hwnd = wintypes.HWND(int(window.winId()))
            if not wts.WTSRegisterSessionNotification(hwnd, 0):  # NOTIFY_FOR_THIS_SESSION
                return
        except (AttributeError, OSError):
            return
        self._native = _WtsFilter(self.locked.emit)
        QApplication.instance().installNativeEventFilter(self._native)
        self._hwnd = hwnd
        self.watching.append("windows:wts")

    def stop(self) -> None:
        if self._native is not None:
            import ctypes

            QApplication.instance().removeNativeEventFilter(self._native)
            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)
            self._native = None


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7


class _WtsFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt's name)
        kind = event_type.data() if hasattr(event_type, "data") else bytes(event_type)
        if kind == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self.on_lock()
        return False, 0


def _object_path(value) -> str:
    path = getattr(value, "path", None)
    return path() if callable(path) else str(value or "")
