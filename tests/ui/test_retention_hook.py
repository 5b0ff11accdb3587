"""The desktop app runs the retention purge itself: once the workspace is attached, then
from an hourly timer, at most once a day (app.services.retention.run_if_due)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from app.models import Signalement
from app.services.retention import PurgeService
from app.store.timestamps import to_micros


def test_the_window_purges_at_start_then_once_a_day(qtbot, ctx, ui_workspace, wait_idle):
    from app.ui.main_window import PURGE_CHECK_MS, MainWindow

    with ui_workspace.session() as s:
        closed = s.scalars(select(Signalement.id).where(Signalement.status == "closed")).first()
    with ui_workspace.engine.begin() as conn:
        conn.execute(text("UPDATE signalements SET updated_at = :at WHERE id = :id"),
                     {"at": to_micros(datetime.now(UTC) - timedelta(days=7 * 365)),
                      "id": closed})
    assert PurgeService(ui_workspace).last_run() is None

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.purgeChecked, timeout=5000) as first:
        pass
    assert first.args[0].counts["signalements"] == 1
    with ui_workspace.session() as s:
        assert s.get(Signalement, closed).description == ""
    assert PurgeService(ui_workspace).last_run() is not None
    assert win.purge_timer.isActive() and win.purge_timer.interval() == PURGE_CHECK_MS
    # The hourly check finds today's run done.
    with qtbot.waitSignal(win.purgeChecked, timeout=5000) as again:
        win.purge_timer.timeout.emit()
    assert again.args[0] is None
    wait_idle(ctx.worker)
