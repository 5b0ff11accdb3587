"""The sensitive-word guard on screen: a save with such words waits for a yes in a
warning box; "Back to the text" saves nothing, "Save anyway" saves and the record is
flagged for the security officer's review."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup_data import add_homes, register
from PySide6.QtWidgets import QMessageBox

from app.services.review import ReviewService
from app.ui.common.sensitive import BOX_NAME
from app.ui.widgets import select_data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def box_of(qtbot, form) -> QMessageBox:
    qtbot.waitUntil(lambda: form.findChild(QMessageBox, BOX_NAME) is not None, timeout=5000)
    box = form.findChild(QMessageBox, BOX_NAME)
    qtbot.waitUntil(box.isVisible, timeout=5000)
    return box


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def test_a_signalement_with_sensitive_words_needs_a_yes(qtbot, window, ctx, ui_workspace,
                                                        lang, wait_idle):
    window.show_screen("signalements")
    window.signalements.new_signalement()
    form = window.signalements.form
    qtbot.waitUntil(lambda: form.site.count() > 2, timeout=5000)
    select_data(form.category, "neighbour_disturbance")
    form.site.setCurrentIndex(form.site.findData(ui_workspace.ids["site1"]))
    form.description.setPlainText("Le voisin du 2e est alcoolique et crie la nuit.")
    form.witnesses.setPlainText("Une voisine hystérique")
    before = ctx.signalements.count()

    form.save()
    box = box_of(qtbot, form)
    assert "« alcoolique », « hystérique »" in box.text()
    if lang == "fr":
        box.grab().save(str(SCREENSHOTS / "sensitive_words_fr.png"))
    answer(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: form.findChild(QMessageBox, BOX_NAME) is None, timeout=5000)
    wait_idle(ctx.worker)
    assert ctx.signalements.count() == before  # back to the text: nothing saved

    form.save()
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        answer(box_of(qtbot, form), QMessageBox.ButtonRole.AcceptRole)
    rows = ReviewService(ctx.workspace).pending()
    assert [(r.kind, r.id, r.words) for r in rows] == [
        ("signalement", saved.args[0], ["alcoolique", "hystérique"])]
    wait_idle(ctx.worker)


def test_clean_text_saves_without_a_question(qtbot, window, ctx, ui_workspace, wait_idle):
    window.show_screen("signalements")
    window.signalements.new_signalement()
    form = window.signalements.form
    qtbot.waitUntil(lambda: form.site.count() > 2, timeout=5000)
    select_data(form.category, "damage")
    form.site.setCurrentIndex(form.site.findData(ui_workspace.ids["site1"]))
    form.description.setPlainText("Le hall est sale depuis lundi, porte forcée.")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert form.findChild(QMessageBox, BOX_NAME) is None
    assert ReviewService(ctx.workspace).count_pending() == 0
    wait_idle(ctx.worker)


def test_a_welfare_check_note_needs_a_yes(qtbot, window, ctx, ui_workspace, wait_idle):
    ids = ui_workspace.ids
    homes = add_homes(ui_workspace, ids["entrance1A1"], ids["org"])
    entry = register(ui_workspace, homes[0][0], 0)
    window.show_screen("welfare")
    screen = window.screen("welfare")
    view = screen.entry
    with qtbot.waitSignal(view.loaded, timeout=5000):
        screen.open_entry(entry)
    view.record_button.click()
    dialog = view.check_dialog
    select_data(dialog.outcome, "reached_fine")
    dialog.notes.setPlainText("Elle dit être dépressive")
    dialog.buttons.accepted.emit()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        answer(box_of(qtbot, dialog), QMessageBox.ButtonRole.AcceptRole)
    assert [(r.kind, r.id, r.words) for r in ReviewService(ctx.workspace).pending()] == [
        ("welfare_entry", entry, ["dépressive"])]
    wait_idle(ctx.worker)


def test_a_case_step_with_sensitive_words_needs_a_yes(qtbot, window, ctx, ui_workspace,
                                                      wait_idle):
    from datetime import date, timedelta

    from app.services.conflicts import ConflictService

    ids = ui_workspace.ids
    homes = add_homes(ui_workspace, ids["entrance1A1"], ids["org"])
    case_id = ConflictService(ui_workspace).open_case(
        ids["site1"], "noise", "Musique forte la nuit", date.today() - timedelta(days=5),
        [homes[0][1]], [homes[1][1]])
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    case = screen.case
    with qtbot.waitSignal(case.loaded, timeout=5000):
        screen.open_case(case_id)
    case.outcome.setPlainText("Rappel fait ; le voisin est schizophrène")
    qtbot.waitUntil(case.step_button.isEnabled, timeout=5000)
    case.step_button.click()
    box = box_of(qtbot, case)
    assert "« schizophrène »" in box.text()
    with qtbot.waitSignal(case.loaded, timeout=5000):
        answer(box, QMessageBox.ButtonRole.AcceptRole)
    assert case.detail.current_step == "verbal_reminder"
    assert [(r.kind, r.id, r.words) for r in ReviewService(ctx.workspace).pending()] == [
        ("conflict_case", case_id, ["schizophrène"])]
    wait_idle(ctx.worker)
