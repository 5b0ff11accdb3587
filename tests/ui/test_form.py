"""The signalement form: keyboard only, inline validation, drafts and crash recovery,
attachments, referrals."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.services.signalements import SignalementFilter
from app.ui.crash import CrashHandler
from app.ui.main_window import MainWindow


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def open_new_form(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.signalements.form
    qtbot.waitUntil(lambda: window.signalements.form_open())
    qtbot.waitUntil(lambda: form.site.count() > 2)
    return form


def test_fill_and_save_with_the_keyboard_alone(qtbot, window, ctx, ui_workspace, wait_idle):
    form = open_new_form(qtbot, window)
    assert focused() is form.category
    qtbot.keyClicks(focused(), "Vol")  # combo keyboard search: "Vol" is theft
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.description
    # QTest types ASCII only; accents are covered by the draft test.
    qtbot.keyClicks(focused(), "Velo vole dans le local, cadenas coupe.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.recurrence
    press(qtbot, Qt.Key.Key_Down)  # recurring
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.site
    qtbot.keyClicks(focused(), "VS02")
    qtbot.waitUntil(lambda: form.building.count() > 1)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = ctx.signalements.get(saved.args[0])
    assert detail.draft.category == "theft"
    assert detail.draft.recurrence == "recurring"
    assert detail.draft.site_id == ui_workspace.ids["site2"]
    assert detail.draft.description == "Velo vole dans le local, cadenas coupe."
    qtbot.waitUntil(lambda: window.signalements.list.model.total == 61)
    assert not window.signalements.form_open()
    assert ctx.drafts.list() == []
    wait_idle(ctx.worker)


def test_validation_messages_are_shown_next_to_the_fields(qtbot, window, ctx, wait_idle):
    form = open_new_form(qtbot, window)
    with qtbot.waitSignal(form.saveFailed, timeout=5000):
        form.save()
    assert form.errors["category"].isVisible()
    assert form.errors["category"].text() == "Ce champ est obligatoire."
    assert form.errors["site_id"].text() == "Ce champ est obligatoire."
    assert focused() is form.category
    assert "rouge" in form.summary_error.text()
    # Typing in the field clears its message.
    form.category.setCurrentIndex(form.category.findData("damage"))
    assert not form.errors["category"].isVisible()
    form.site.setCurrentIndex(1)
    form.has_end.setChecked(True)
    form.facts_end.setDateTime(form.facts_start.dateTime().addSecs(-3600))
    form.status.setCurrentIndex(form.status.findData("closed"))
    with qtbot.waitSignal(form.saveFailed, timeout=5000):
        form.save()
    assert form.errors["facts_end"].text() == "La fin des faits ne peut pas précéder leur début."
    assert form.errors["closing_reason"].text() == "Indiquez le motif de clôture."
    assert not form.errors["category"].isVisible()
    wait_idle(ctx.worker)


def test_live_character_count_and_privacy_warning(qtbot, window, wait_idle):
    form = open_new_form(qtbot, window)
    assert form.reminder.text().startswith("Restez factuel")
    form.description.setPlainText("Le locataire est alcoolique.")
    assert form.char_count.text() == "28 / 4000 caractères"
    assert "alcoolique" in form.privacy_warning.text()
    form.description.setPlainText("Tags dans le hall.")
    assert not form.privacy_warning.isVisible()
    wait_idle(window.ctx.worker)


def test_draft_survives_a_crash_and_is_offered_back(qtbot, window, ctx, ui_workspace, tmp_path,
                                                    wait_idle):
    form = open_new_form(qtbot, window)
    form.category.setCurrentIndex(form.category.findData("fly_tipping"))
    form.site.setCurrentIndex(form.site.findData(ui_workspace.ids["site1"]))
    qtbot.waitUntil(lambda: form.building.count() > 1)
    form.building.setCurrentIndex(form.building.findData(ui_workspace.ids["building1B"]))
    form.description.insertPlainText("Matelas et frigo devant le local poubelles.")
    # Autosave while typing, without any action of the person.
    with qtbot.waitSignal(form.draftSaved, timeout=5000):
        pass
    form.description.insertPlainText(" Signalé au bailleur.")
    # A crash now: the handler logs it and saves the form before anything else.
    handler = CrashHandler(folder=tmp_path / "logs", show_dialog=False)
    handler.before_dialog.append(lambda: window.keep_drafts(sync=True))
    typed = form.description.toPlainText()
    try:
        raise RuntimeError(f"simulated crash while saving {typed!r}")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    logged = handler.last_log.read_text(encoding="utf-8")
    # Where it happened, not what it said: a message may quote what was typed.
    assert "builtins.RuntimeError (message left out)" in logged
    assert "test_draft_survives_a_crash_and_is_offered_back" in logged
    assert "Matelas" not in logged  # what was typed, quoted by the message
    wait_idle(ctx.worker)
    window.signalements.form.autosave.stop()
    window.hide()

    # Next start.
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.listReady, timeout=5000):
        again.start("signalements")
    screen = again.signalements
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert "n'a pas été enregistré" in screen.banner.label.text()
    screen.banner.resume_button.click()
    restored = screen.form
    qtbot.waitUntil(lambda: restored.building.currentData() == ui_workspace.ids["building1B"])
    assert restored.description.toPlainText() == ("Matelas et frigo devant le local poubelles. "
                                                  "Signalé au bailleur.")
    assert restored.category.currentData() == "fly_tipping"
    with qtbot.waitSignal(restored.saved, timeout=5000):
        restored.save()
    assert ctx.drafts.list() == []
    restored.autosave.stop()
    wait_idle(ctx.worker)


def test_closing_the_window_keeps_the_draft(qtbot, window, ctx, wait_idle):
    form = open_new_form(qtbot, window)
    qtbot.keyClicks(form.description, "Porte du hall forcee.")
    window.close()
    wait_idle(ctx.worker)
    drafts = ctx.drafts.list("signalement")
    assert [d.payload["description"] for d in drafts] == ["Porte du hall forcee."]
    assert ctx.settings.geometry  # geometry kept for the next start


def _png(path, colour="#1c4f9c"):
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_attachments_picked_dropped_checked_and_saved(qtbot, window, ctx, tmp_path, wait_idle):
    form = open_new_form(qtbot, window)
    panel = form.attachments
    panel.add_files([_png(tmp_path / "hall.png")])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.items[0].thumbnail is not None
    assert panel.model.items[0].mime_type == "image/png"

    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program")
    panel.add_files([fake])
    qtbot.waitUntil(lambda: panel.error.isVisible())
    assert "Type de fichier non accepté : « photo.jpg »" in panel.error.text()

    big = tmp_path / "video.png"
    with open(big, "wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)
    panel.add_files([big])
    qtbot.waitUntil(lambda: "trop lourd" in panel.error.text())
    assert panel.model.rowCount() == 1

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "boxes.png", "#c00000")))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)

    form.category.setCurrentIndex(form.category.findData("damage"))
    form.site.setCurrentIndex(1)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    names = sorted(a.filename for a in ctx.attachments.list("signalement", saved.args[0]))
    assert names == ["boxes.png", "hall.png"]
    wait_idle(ctx.worker)


def test_referral_and_status_workflow_on_an_existing_signalement(qtbot, window, ctx, wait_idle):
    row = ctx.signalements.page(SignalementFilter(status="new"), limit=1)[0]
    screen = window.signalements
    screen.open_signalement(row.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.editing_id == row.id)
    assert row.reference in form.title.text()
    # "Referred" can't go back to "new": the workflow greys impossible moves out.
    form.ref_recipient.setCurrentIndex(form.ref_recipient.findData("police"))
    form.ref_channel.setCurrentIndex(form.ref_channel.findData("platform"))
    form.ref_number.setText("PV 2026/0457")
    form.ref_add.click()
    assert form.referral_model.rowCount() == 1
    form.ref_date.setDate(form.ref_date.date().addDays(3))
    form.ref_add.click()
    assert form.referral_error.text() == "Cette date est dans le futur."
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    detail = ctx.signalements.get(row.id)
    assert [(r.recipient, r.reference_number) for r in detail.referrals] == [
        ("police", "PV 2026/0457")]
    assert detail.draft.status == "referred"
    screen.open_signalement(row.id)
    qtbot.waitUntil(lambda: form.version == detail.version)
    new_index = form.status.findData("new")
    assert not form.status.model().item(new_index).isEnabled()
    form.status.setCurrentIndex(form.status.findData("closed"))
    assert form.closing_reason.isEnabled()
    form.closing_reason.setCurrentIndex(form.closing_reason.findData("resolved"))
    form.protect_identity.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    detail = ctx.signalements.get(row.id)
    assert (detail.draft.status, detail.draft.closing_reason) == ("closed", "resolved")
    assert detail.draft.protect_identity is True
    assert detail.draft.facts_start - row.facts_start < timedelta(minutes=1)
    wait_idle(ctx.worker)
