"""The Today screen: where the app opens, what it lists, a day's round recorded on it, an
alert plan changing what is due, an escalation appearing and leaving once acted on."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from followup_data import add_homes, register

from app.services.conflicts import ConflictService
from app.services.welfare import WelfareService
from app.ui.settings import Settings
from app.ui.widgets import select_data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# The offscreen platform says so whenever a dialog is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TODAY = date.today()


@pytest.fixture
def homes(ui_workspace):
    ids = ui_workspace.ids
    return add_homes(ui_workspace, ids["entrance1A1"], ids["org"])


def today_screen(qtbot, window):
    window.show_screen("today")
    screen = window.screen("today")
    if screen.data is None:
        with qtbot.waitSignal(screen.loaded, timeout=5000):
            pass
    return screen


def when(due: date) -> datetime:
    """A check done on its due day, or now when that is today or later."""
    if due >= TODAY:
        return datetime.now(UTC)
    return datetime.combine(due, time(10)).astimezone()


def refresh(qtbot, screen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.reload()


def test_the_app_opens_on_today():
    assert Settings().start_screen == "today"
    assert Settings(start_screen="nowhere").start_screen == "today"


def test_today_lists_and_opens_each_record(qtbot, window, ctx, homes, wait_idle):
    ids = ctx.workspace.ids
    due = register(ctx.workspace, homes[0][0], 0, due=TODAY)
    late = register(ctx.workspace, homes[1][0], 1, due=TODAY - timedelta(days=2))
    case_id = ConflictService(ctx.workspace).open_case(
        ids["site1"], "noise", "Musique", TODAY - timedelta(days=20), [homes[2][1]],
        [homes[3][1]], next_due_on=TODAY - timedelta(days=1))
    screen = today_screen(qtbot, window)
    sections = {key: model for key, (_box, model, _table) in screen.sections.items()}
    assert [r.person.entry_id for r in sections["checks_due"].rows] == [due]
    assert [r.person.entry_id for r in sections["checks_overdue"].rows] == [late]
    assert [r.case_id for r in sections["cases_late"].rows] == [case_id]
    assert sections["waiting"].rowCount() > 0  # the seed's new and in-progress ones
    box = screen.sections["checks_overdue"][0]
    assert box.title() == "Contrôles de veille en retard (1)"
    assert "Aucune alerte" in screen.alerts_title.text()

    # One click (Enter) from its record.
    table = screen.sections["cases_late"][2]
    table.setCurrentIndex(table.model().index(0, 0))
    table.activated.emit(table.currentIndex())
    conflicts = window.screen("conflicts")
    qtbot.waitUntil(lambda: conflicts.case.detail is not None, timeout=5000)
    assert window.current_screen() == "conflicts" and conflicts.case.case_id == case_id
    window.show_screen("today")
    qtbot.waitUntil(lambda: not ctx.worker.pending(), timeout=5000)
    table = screen.sections["checks_overdue"][2]
    table.activated.emit(table.model().index(0, 0))
    welfare = window.screen("welfare")
    qtbot.waitUntil(lambda: welfare.entry.detail is not None, timeout=5000)
    assert welfare.entry.entry_id == late
    wait_idle(ctx.worker)


def test_a_days_welfare_round(qtbot, window, ctx, homes, wait_idle):
    entries = [register(ctx.workspace, homes[n][0], n, due=TODAY) for n in (5, 1, 3)]
    screen = today_screen(qtbot, window)
    with qtbot.waitSignal(screen.roundLoaded, timeout=5000):
        screen.tabs.setCurrentIndex(1)
    # Walking order: up the stair.
    assert [r.person.floor for r in screen.round_model.rows] == [1, 3, 5]
    for n in range(3):
        row = screen.selected_check()
        assert row is not None and row.done_at is None  # the next one still to do
        screen.record_selected()
        dialog = screen.check_dialog
        select_data(dialog.method, "visit")
        select_data(dialog.outcome, "reached_fine" if n else "reached_needs")
        if not n:
            select_data(dialog.follow_up, "ccas")
            dialog.follow_up_to.setText("CCAS de Montreuil")
        dialog.buttons.accepted.emit()
        # Until the round shows this check done: another reload of the round (a start-up
        # job finishing) may come first, and must not be taken for this one.
        qtbot.waitUntil(lambda k=n + 1: sum(r.done_at is not None
                                            for r in screen.round_model.rows) == k,
                        timeout=5000)
    assert all(r.done_at is not None for r in screen.round_model.rows)
    assert screen.round_summary.text() == "3 contrôles aujourd'hui, 3 faits"
    qtbot.waitUntil(lambda: screen.data.checks_due.count == 0, timeout=5000)
    first = WelfareService(ctx.workspace).get(entries[1])
    assert (first.checks[0].outcome, first.checks[0].follow_up) == ("reached_needs", "ccas")
    assert first.next_due_on == TODAY + timedelta(days=7)
    wait_idle(ctx.worker)


def test_an_alert_plan_changes_the_checks_due(qtbot, window, ctx, homes, wait_idle):
    entries = [register(ctx.workspace, homes[n][0], n, frequency=7, days_ago=d)
               for n, d in ((0, 3), (1, 2), (2, 0))]
    screen = today_screen(qtbot, window)
    assert screen.data.checks_due.count == 0 and screen.plan_banner.isHidden()
    # A heatwave from today: everyone at least every two days.
    welfare = window.screen("welfare")
    window.show_screen("welfare")
    welfare.list.plans_button.click()
    dialog = welfare.plans
    qtbot.waitUntil(lambda: not ctx.worker.pending(), timeout=5000)
    select_data(dialog.kind, "heatwave")
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.add_button.click()
    dialog.close()
    window.show_screen("today")
    refresh(qtbot, screen)
    # Registered three and two days ago: due today now. Registered today: in two days.
    assert {r.person.entry_id for r in screen.data.checks_due.rows} == set(entries[:2])
    assert WelfareService(ctx.workspace).next_check_due(entries[2]) == TODAY + timedelta(days=2)
    assert "Plan canicule" in screen.plan_banner.text() and screen.plan_banner.isVisibleTo(screen)
    wait_idle(ctx.worker)


def test_an_escalation_appears_and_leaves_once_acted_on(qtbot, window, ctx, homes, wait_idle):
    entry = register(ctx.workspace, homes[4][0], 4, frequency=2, days_ago=10)
    service = WelfareService(ctx.workspace)
    screen = today_screen(qtbot, window)
    assert screen.data.alerts.count == 0
    for _ in range(2):
        due = service.next_check_due(entry)
        service.record_check(entry, due, when(due), "intercom", "not_reached")
    refresh(qtbot, screen)
    assert [r.person.entry_id for r in screen.alerts_model.rows] == [entry]
    assert screen.alerts_title.text() == "Alertes : quelqu'un doit agir maintenant (1)"
    assert "#b00020" in screen.alerts_box.styleSheet() and screen.alerts.isVisibleTo(screen)

    screen.alerts.activated.emit(screen.alerts_model.index(0, 0))
    view = window.screen("welfare").entry
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == entry, timeout=5000)
    assert view.alert_box.isVisibleTo(view)
    select_data(view.alert_action, "family")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.act_button.click()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        window.show_screen("today")  # back on Today: it reloads
    assert screen.data.alerts.count == 0 and not screen.alerts.isVisibleTo(screen)
    wait_idle(ctx.worker)


@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshots_of_today(qtbot, window, ctx, lang, homes, wait_idle):
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 800)
    ids = ctx.workspace.ids
    service = WelfareService(ctx.workspace)
    entries = [register(ctx.workspace, homes[n][0], n, frequency=3,
                        priority=("high", "normal")[n % 2], days_ago=12,
                        due=(TODAY, TODAY, TODAY - timedelta(days=2), TODAY)[n % 4])
               for n in range(6)]
    for _ in range(2):
        due = service.next_check_due(entries[5])
        service.record_check(entries[5], due, when(due), "call", "not_reached")
    conflicts = ConflictService(ctx.workspace)
    for n in range(3):
        conflicts.open_case(ids["site1"], ("noise", "animals", "smells")[n], "Troubles",
                            TODAY - timedelta(days=30), [homes[n][1]], [homes[n + 3][1]],
                            next_due_on=TODAY - timedelta(days=n))
    service.add_alert_plan(ids["org"], "heatwave", TODAY, TODAY + timedelta(days=5), 2)
    service.record_check(entries[1], TODAY, datetime.now(UTC), "visit", "reached_fine")
    screen = today_screen(qtbot, window)
    refresh(qtbot, screen)
    shots = {"today-day": window.grab()}
    with qtbot.waitSignal(screen.roundLoaded, timeout=5000):
        screen.tabs.setCurrentIndex(1)
    shots["today-round"] = window.grab()
    for name, pixmap in shots.items():
        assert pixmap.save(str(folder / f"{name}.png"))
    wait_idle(ctx.worker)


def test_today_erases_who_left_the_register_long_ago(qtbot, window, ctx, homes, wait_idle):
    gone = register(ctx.workspace, homes[6][0], 6, days_ago=90)
    kept = register(ctx.workspace, homes[7][0], 7, days_ago=90)
    service = WelfareService(ctx.workspace)
    service.leave_register(gone, TODAY - timedelta(days=31))  # kept 30 days by default
    service.leave_register(kept, TODAY - timedelta(days=10))
    today_screen(qtbot, window)
    wait_idle(ctx.worker)
    from app.services.errors import NotFound

    with pytest.raises(NotFound):
        service.get(gone)
    assert service.get(kept).kept_until == TODAY + timedelta(days=20)
