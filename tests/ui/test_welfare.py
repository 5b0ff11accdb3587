"""The welfare watch on screen: registering a person, their checks, an escalation and the
action taken on it, leaving the register, alert plans, drafts and the lazy register."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from followup_data import add_homes, register

from app.services.welfare import WelfareService
from app.ui.widgets import select_data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# The offscreen platform says so whenever a dialog is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def homes(ui_workspace):
    ids = ui_workspace.ids
    return add_homes(ui_workspace, ids["entrance1A1"], ids["org"])


def open_welfare(window):
    window.show_screen("welfare")
    return window.screen("welfare")


def record(qtbot, view, outcome: str) -> None:
    view.record_button.click()
    dialog = view.check_dialog
    select_data(dialog.outcome, outcome)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        dialog.buttons.accepted.emit()


def test_register_a_person_check_escalate_act_and_leave(qtbot, window, ctx, homes, wait_idle):
    screen = open_welfare(window)
    screen.new_entry()
    form = screen.form
    qtbot.waitUntil(lambda: form.site.count() > 1, timeout=5000)
    ids = ctx.workspace.ids
    with qtbot.waitSignal(form.dwellingsLoaded, timeout=5000):
        form.site.setCurrentIndex(form.site.findData(ids["site1"]))
        qtbot.waitUntil(lambda: form.building.count() > 1, timeout=5000)
        form.building.setCurrentIndex(form.building.findData(ids["building1A"]))
        qtbot.waitUntil(lambda: form.entrance.count() > 1, timeout=5000)
        form.entrance.setCurrentIndex(form.entrance.findData(ids["entrance1A1"]))
    form.dwelling.setCurrentIndex(form.dwelling.findData(homes[4][0]))
    qtbot.waitUntil(lambda: form.last_name.text() == "Roux", timeout=5000)  # the tenant
    select_data(form.age_band, "90_plus")
    select_data(form.consent_method, "third_party")
    form.frequency.setValue(2)
    select_data(form.priority, "high")
    # Through a third party: who gave consent is required, and said so.
    with qtbot.waitSignal(form.saveFailed, timeout=5000):
        form.save_button.click()
    assert "qui a donné l'accord" in form.errors["consent_given_by"].text()
    form.consent_given_by.setText("Sa fille, Martine Roux")
    form.contact_name.setText("Martine Roux")
    form.contact_phone.setText("06 39 98 11 22")
    form.contact_button.click()
    view = screen.entry
    with qtbot.waitSignal(view.loaded, timeout=5000):
        form.save_button.click()
    assert view.title.text() == "ROUX Odette"
    assert "Martine Roux" in view.contacts_label.text()
    assert not view.alert_box.isVisibleTo(view)

    record(qtbot, view, "not_reached")
    assert not view.alert_box.isVisibleTo(view)
    record(qtbot, view, "not_reached")
    assert view.alert_box.isVisibleTo(view)
    assert "Non joint deux fois de suite" in view.alert_text.text()
    select_data(view.alert_action, "visit")
    view.alert_note.setText("Passage du gardien : la personne était chez sa fille.")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.act_button.click()
    assert not view.alert_box.isVisibleTo(view)
    assert [c.outcome for c in view.detail.checks] == ["not_reached", "not_reached"]

    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.leave_button.click()
    assert not view.detail.active
    assert "gardées jusqu'au" in view.next_check.text()
    assert not view.record_button.isEnabled()
    wait_idle(ctx.worker)


def test_the_register_form_keeps_a_draft(qtbot, window, ctx, homes, wait_idle):
    screen = open_welfare(window)
    screen.new_entry()
    form = screen.form
    form.last_name.setText("Lambert")
    with qtbot.waitSignal(form.drafts.saved, timeout=5000):
        pass  # the autosave timer
    form.back_button.click()
    qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=5000)
    screen.new_entry()  # the unsaved one comes back rather than an empty form
    assert form.last_name.text() == "Lambert"
    form.discard_button.click()
    qtbot.waitUntil(lambda: not screen.banner.isVisible(), timeout=5000)
    wait_idle(ctx.worker)


def test_alert_plans_dialog_and_the_register_list(qtbot, qtmodeltester, window, ctx, homes,
                                                  wait_idle):
    for n in range(4):
        register(ctx.workspace, homes[n][0], n, frequency=7, days_ago=3)
    screen = open_welfare(window)
    view = screen.list
    qtbot.waitUntil(lambda: view.model.total == 4, timeout=5000)
    qtmodeltester.check(view.model)
    assert [view.model.data(view.model.index(r, 0)) for r in range(4)] == [
        "DIALLO Moussa", "MARTIN Julie", "MOREAU Louis", "PETIT Jeanne"]
    with qtbot.waitSignal(window.screen("welfare").list.plansRequested):
        view.plans_button.click()
    dialog = screen.plans
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not ctx.worker.pending())
    select_data(dialog.kind, "heatwave")
    dialog.interval.setValue(1)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.add_button.click()
    assert [p.kind for p in dialog.model.rows] == ["heatwave"]
    assert WelfareService(ctx.workspace).next_check_due(view.model.rows[0].id) == date.today()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.end_button.click()
    assert dialog.model.rows[0].ends_on == date.today()
    dialog.close()
    with qtbot.waitSignal(view.model.countChanged, timeout=5000,
                          check_params_cb=lambda n: n == 0):
        view.overdue_only.setChecked(True)
    wait_idle(ctx.worker)


@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshots_of_the_welfare_watch(qtbot, window, ctx, lang, homes, wait_idle):
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 800)
    today = date.today()
    entries = [register(ctx.workspace, homes[n][0], n, frequency=(2, 3, 7, 7, 3, 2)[n],
                        priority=("high", "normal")[n % 2], days_ago=30)
               for n in range(6)]
    welfare = WelfareService(ctx.workspace)
    for n, entry in enumerate(entries):
        # The first is not reached twice; the last is overdue; the others are on time.
        outcomes = iter(("reached_fine", "not_reached", "not_reached") if n == 0 else
                        ("reached_fine", "reached_needs") if n == 5 else ())
        while (due := welfare.next_check_due(entry)) < today:
            outcome = next(outcomes, None if n in (0, 5) else "reached_fine")
            if outcome is None:
                break
            welfare.record_check(entry, due, _at(due), ("call", "visit")[n % 2], outcome,
                                 "family" if outcome == "reached_needs" else None,
                                 "Fils prévenu" if outcome == "reached_needs" else "")
    welfare.add_alert_plan(ctx.workspace.ids["org"], "cold", today,
                           today + timedelta(days=6), 2)
    welfare.add_contact(entries[0], "family", "Martine Martin (fille)", "06 39 98 11 22")
    screen = open_welfare(window)
    qtbot.waitUntil(lambda: screen.list.model.total == 6, timeout=5000)
    shots = {"welfare-register": window.grab()}
    with qtbot.waitSignal(screen.entry.loaded, timeout=5000):
        screen.open_entry(entries[0])
    shots["welfare-person"] = window.grab()
    screen.show_list()
    screen.new_entry()
    qtbot.waitUntil(lambda: screen.form.site.count() > 1, timeout=5000)
    shots["welfare-new"] = window.grab()
    screen.form.back_button.click()
    screen.list.plans_button.click()
    qtbot.waitUntil(lambda: not ctx.worker.pending(), timeout=5000)
    qtbot.waitExposed(screen.plans)
    shots["welfare-plans"] = screen.plans.grab()
    screen.plans.close()
    for name, pixmap in shots.items():
        assert pixmap.save(str(folder / f"{name}.png"))
    screen.form.drafts.timer.stop()
    wait_idle(ctx.worker)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10)).astimezone()
