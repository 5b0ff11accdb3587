"""Sites screen: models checked, difficulty editable by a manager only, recent signalements."""

from __future__ import annotations


def test_sites_models_and_recent_signalements(qtbot, qtmodeltester, window, ctx, wait_idle):
    sites = window.sites
    qtbot.waitUntil(lambda: sites.model.rowCount() == 2)
    qtmodeltester.check(sites.model)
    qtbot.waitUntil(lambda: sites.places_model.rowCount() == 2)
    qtmodeltester.check(sites.places_model)
    assert sites.places_model.item(0).rowCount() == 2  # two entrances per building
    qtbot.waitUntil(lambda: sites.recent_model.total == 40)
    assert sites.recent_model.rowCount() == 20
    qtmodeltester.check(sites.recent_model)
    wait_idle(ctx.worker)


def test_manager_changes_the_difficulty_level(qtbot, window, ctx, wait_idle):
    sites = window.sites
    qtbot.waitUntil(lambda: sites.current_site() is not None)
    assert sites.difficulty.isEnabled()
    site_id = sites.current_site().id
    sites.difficulty.setCurrentIndex(sites.difficulty.findData("4"))
    with qtbot.waitSignal(sites.statusMessage, timeout=5000):
        sites.save_button.click()
    qtbot.waitUntil(lambda: sites.current_site() is not None
                    and sites.current_site().difficulty == 4)
    assert [s.difficulty for s in ctx.places.sites() if s.id == site_id] == [4]
    wait_idle(ctx.worker)


def test_caretaker_cannot_change_the_level(qtbot, window, ctx, wait_idle):
    ctx.settings.role = "caretaker"
    sites = window.sites
    qtbot.waitUntil(lambda: sites.current_site() is not None)
    sites._set_enabled(True)
    assert not sites.difficulty.isEnabled()
    assert not sites.save_button.isEnabled()
    assert not sites.manager_note.isHidden()
    wait_idle(ctx.worker)
