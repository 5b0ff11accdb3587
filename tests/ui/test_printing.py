"""Print, preview and save as PDF in the app (app.ui.printing): the documents are built on
the worker thread, previewed with QtPdf from memory, printed through QPrinter and saved
where the person says; every print and every export is audited."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from app.models import AuditEntry
from app.services.signalement_types import SignalementFilter

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

# The offscreen platform says so when a dialog or a menu is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def audit(ws, action: str) -> list[tuple[str, str | None, str]]:
    with ws.session() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.entity_kind, AuditEntry.entity_id, AuditEntry.summary)
            .where(AuditEntry.action == action).order_by(AuditEntry.seq))]


def has_ink(image) -> bool:
    """Some dark pixel in the middle column of the view: text has been drawn."""
    x = image.width() // 2
    return any(image.pixelColor(x0, y).lightness() < 128
               for x0 in range(x // 4, x + x // 2, 7) for y in range(0, image.height(), 5))


def open_signalement(qtbot, window, ctx):
    row = ctx.signalements.page(SignalementFilter(), limit=1)[0]
    screen = window.signalements
    screen.open_signalement(row.id)
    qtbot.waitUntil(lambda: screen.form.editing_id == row.id)
    return row


def preview_by_ctrl_p(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    return dialog


def test_ctrl_p_previews_the_referral_sheet(qtbot, window, ctx, ui_workspace, wait_idle):
    row = open_signalement(qtbot, window, ctx)
    dialog = preview_by_ctrl_p(qtbot, window)
    assert row.reference in dialog.document.filename
    assert dialog.page_count() == dialog.document.pages
    assert str(dialog.document.pages) in dialog.pages.text()
    # The generation is a print in the audit trail, of this signalement.
    assert ("signalement", row.id) in [e[:2] for e in audit(ui_workspace, "print")]
    dialog.reject()
    wait_idle(ctx.worker)


def test_save_as_pdf_writes_the_file_and_audits_it(qtbot, window, ctx, ui_workspace,
                                                    tmp_path, monkeypatch, wait_idle):
    row = open_signalement(qtbot, window, ctx)
    target = tmp_path / "out" / "fiche"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.printing.saved, timeout=10000) as saved:
        window.save_pdf_action.trigger()
    path = tmp_path / "out" / "fiche.pdf"
    assert saved.args == [str(path)]
    assert sorted(p.name for p in path.parent.iterdir()) == ["fiche.pdf"]  # no .part left
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert row.reference in text
    exports = audit(ui_workspace, "export")
    assert exports[-1][:2] == ("signalement", row.id)
    assert "fiche.pdf" in exports[-1][2]
    wait_idle(ctx.worker)


def test_printing_renders_every_page_and_is_audited(qtbot, window, ctx, ui_workspace,
                                                     tmp_path, wait_idle):
    row = open_signalement(qtbot, window, ctx)
    dialog = preview_by_ctrl_p(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(96)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    before = len(audit(ui_workspace, "print"))
    with qtbot.waitSignal(dialog.printed, timeout=10000) as printed:
        assert dialog.print_to(printer) == dialog.document.pages
    assert printed.args[0] == dialog.document.pages
    assert len(PdfReader(str(out)).pages) == dialog.document.pages
    qtbot.waitUntil(lambda: len(audit(ui_workspace, "print")) == before + 1)
    entity_kind, entity_id, summary = audit(ui_workspace, "print")[-1]
    assert (entity_kind, entity_id) == ("signalement", row.id)
    assert "printed.pdf" in summary
    dialog.reject()
    wait_idle(ctx.worker)


def test_every_screen_offers_its_documents(qtbot, window, ctx, wait_idle):
    screen = window.signalements
    qtbot.waitUntil(lambda: screen.list.current_id() is not None or
                    screen.list.model.rowCount() > 0)
    titles = [t.title for t in screen.print_targets()]
    assert titles[-2:] == ["Cette liste", "Rapport d'activité de la période"]
    window.show_screen("today")
    assert [t.entity_kind for t in window.screen("today").print_targets()] == ["welfare_round"]
    window.show_screen("welfare")
    qtbot.waitUntil(lambda: window.screen("welfare") is not None)
    assert [t.entity_kind for t in window.screen("welfare").print_targets()] == [
        "welfare_round", "welfare_entry"]
    # A list without a record: the welfare round is built on the worker and previewed.
    window.preview_action.trigger()
    menu = window.printing.menu
    assert [a.text() for a in menu.actions()] == ["Tournée de veille du jour", "Cette liste"]
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        menu.actions()[0].trigger()
    shown.args[0].reject()
    menu.close()
    wait_idle(ctx.worker)


def pdf_text(document) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(document.data)).pages)


def test_the_sites_list_prints_as_shown(qtbot, window, ctx, ui_workspace, wait_idle):
    window.show_screen("sites")
    screen = window.screen("sites")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    assert [t.title for t in screen.print_targets()] == ["Cette liste"]
    before = len(audit(ui_workspace, "print"))
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        window.preview_action.trigger()
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    text = pdf_text(dialog.document)
    model = screen.model
    for c in range(model.columnCount()):
        assert model.headerData(c, Qt.Orientation.Horizontal) in text
    flat = "".join(text.split())  # a narrow column may wrap a name
    assert "".join(model.data(model.index(0, 1)).split()) in flat  # a name, as displayed
    assert "Sans filtre" in text
    entries = audit(ui_workspace, "print")
    assert len(entries) == before + 1
    assert entries[-1] == ("site", None, f"list 'Sites' ({model.rowCount()} rows)")
    dialog.reject()
    wait_idle(ctx.worker)


def test_the_conflicts_list_prints_as_shown(qtbot, window, ctx, ui_workspace, wait_idle):
    from datetime import date

    from followup_data import add_homes

    from app.services.conflicts import ConflictService

    ids = ui_workspace.ids
    homes = add_homes(ui_workspace, ids["entrance1A1"], ids["org"])
    ConflictService(ui_workspace).open_case(
        ids["site1"], "noise", "Musique forte la nuit.", date.today(), [homes[0][1]],
        [homes[1][1]])
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    screen.list.model.reload()
    qtbot.waitUntil(lambda: screen.list.model.rowCount() > 0, timeout=5000)
    targets = screen.print_targets()
    assert [t.title for t in targets] == ["Cette liste"]
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        window.print_action.trigger()
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    text = pdf_text(dialog.document)
    model = screen.list.model
    assert model.data(model.index(0, 0)) in "".join(text.split())  # the case's reference
    assert "État : Ouvert" in text  # the list's filter, in one line
    assert audit(ui_workspace, "print")[-1][0] == "conflict_case"
    dialog.reject()
    wait_idle(ctx.worker)


@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshot_of_the_preview(qtbot, window, ctx, lang, wait_idle):
    open_signalement(qtbot, window, ctx)
    dialog = preview_by_ctrl_p(qtbot, window)
    qtbot.waitExposed(dialog)
    # QPdfView renders its pages on a thread: wait for ink on the page.
    qtbot.waitUntil(lambda: has_ink(dialog.view.grab().toImage()), timeout=10000)
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "print-preview.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 5000
    dialog.reject()
    wait_idle(ctx.worker)


def test_a_case_offers_its_file_and_letters_in_a_menu(qtbot, window, ctx, ui_workspace,
                                                       wait_idle):
    from datetime import date

    from followup_data import add_homes

    from app.services.conflicts import ConflictService

    ids = ui_workspace.ids
    homes = add_homes(ui_workspace, ids["entrance1A1"], ids["org"])
    case_id = ConflictService(ui_workspace).open_case(
        ids["site1"], "noise", "Musique forte la nuit.", date.today(), [homes[0][1]],
        [homes[1][1]])
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    with qtbot.waitSignal(screen.case.loaded, timeout=5000):
        screen.open_case(case_id)
    window.print_action.trigger()
    menu = window.printing.menu
    assert [a.text() for a in menu.actions()] == [
        "Dossier du conflit", "Lettre de rappel", "Lettre de convocation",
        "Lettre de mise en demeure"]
    with qtbot.waitSignal(window.printing.previewShown, timeout=10000) as shown:
        menu.actions()[0].trigger()
    dialog = shown.args[0]
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    assert dialog.page_count() == dialog.document.pages
    assert ("conflict_case", case_id) in [e[:2] for e in audit(ui_workspace, "print")]
    dialog.reject()
    menu.close()
    wait_idle(ctx.worker)
