"""The audit journal on screen: the trail's rows, a filter, the chain's banner (intact,
then broken by an altered entry), the CSV export and who is offered the screen."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.audit_log import AuditLogService
from app.services.base import Actor
from app.services.places import PlaceService
from app.services.review import ReviewService
from app.services.signalements import SignalementDraft, SignalementService
from app.ui.audit import may_read
from app.ui.main_window import SCREENS
from app.ui.widgets import select_data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def trail_size(ws) -> int:
    return AuditLogService(ws).count()


@pytest.fixture
def journal(qtbot, window, ctx, wait_idle):
    """The journal tab, loaded: its first page, its count and the chain's status."""
    window.show_screen("audit")
    screen = window.screen("audit")
    view = screen.journal
    qtbot.waitUntil(lambda: view.model.total is not None and view.banner.status is not None,
                    timeout=5000)
    wait_idle(ctx.worker)
    return view


def column_texts(view, column: str) -> list[str]:
    col = [name for name, _ in view.model.COLUMNS].index(column)
    return [view.model.data(view.model.index(r, col)) for r in range(view.model.rowCount())]


def test_rows_filter_and_intact_banner(qtbot, journal, ctx, wait_idle):
    model = journal.model
    total = trail_size(ctx.workspace)
    assert model.total == total > 0
    # Newest first; the seeded signalements were created by the system, in French.
    seqs = [int(s) for s in column_texts(journal, "seq")]
    assert seqs == sorted(seqs, reverse=True) and seqs[0] == total
    assert "Création" in column_texts(journal, "action")
    assert "Système" in column_texts(journal, "user_name")
    assert journal.footer.text() == f"{model.rowCount()} affichées sur {total} entrées"
    banner = journal.banner.label.text()
    assert banner.startswith("Chaîne intègre : ") and banner.endswith("entrées vérifiées")
    digits = "".join(ch for ch in banner if ch.isdigit())
    assert int(digits) == total

    # Filter on an action nobody took: no row; back to all: every row again.
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        select_data(journal.action, "delete")
    assert model.rowCount() == 0 and model.total == 0
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        select_data(journal.action, None)
    assert model.total == total

    # A words search in the summaries: the site's creation names its code.
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        journal.search.setText("VS02")
        journal.apply_filters()
    found = column_texts(journal, "summary")
    assert 0 < len(found) < total and all("VS02" in s for s in found)
    reference = found[0]

    # A reversed period is refused where it was typed, and the list is left as it was.
    select_data(journal.period, "custom")
    wait_idle(ctx.worker)
    journal.date_to.setDate(journal.date_from.date().addDays(-1))
    assert journal.error.isVisible()
    assert "fin de la période" in journal.error.text()
    assert column_texts(journal, "summary") == found and reference in found
    wait_idle(ctx.worker)


def test_broken_chain_banner_names_the_entry_in_red(qtbot, journal, ctx, wait_idle):
    with ctx.workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entries SET summary = 'effacé' WHERE seq = 2")
    journal.banner.verify_button.click()
    qtbot.waitUntil(lambda: not journal.banner.status.intact, timeout=5000)
    text = journal.banner.label.text()
    assert text.startswith("Chaîne rompue : ") and "n° 2" in text and "modifiée" in text
    assert "b00020" in journal.banner.styleSheet()
    # The altered entry's row is red too; the others are not.
    model = journal.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).seq == 2)
    colour = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#b00020"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    wait_idle(ctx.worker)


def test_back_on_the_screen_the_new_entries_are_shown(qtbot, journal, window, ctx,
                                                      wait_idle):
    before = journal.model.total
    window.show_screen("today")
    PlaceService(ctx.workspace).create_site("VS03", "Résidence Les Érables", ctx.workspace.ids["org"])
    window.show_screen("audit")
    qtbot.waitUntil(lambda: journal.model.total == before + 1, timeout=5000)
    assert journal.model.row_at(0).summary == "VS03"
    wait_idle(ctx.worker)


def test_export_writes_the_filtered_entries_and_is_audited(qtbot, journal, ctx, tmp_path,
                                                          wait_idle):
    model = journal.model
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        select_data(journal.action, "create")
    creates = model.total
    target = tmp_path / "journal.csv"
    with qtbot.waitSignal(journal.exported, timeout=5000) as done:
        journal.export_to(target)
    assert done.args == [str(target), creates]
    assert not Path(str(target) + ".part").exists()
    rows = list(csv.reader(target.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["seq", "at", "action", "action_label"]
    assert len(rows) == creates + 1
    assert {r[2] for r in rows[1:]} == {"create"} and {r[3] for r in rows[1:]} == {"Création"}
    seqs = [int(r[0]) for r in rows[1:]]
    assert seqs == sorted(seqs)  # oldest first, as a file is read

    # The export itself is now the newest entry, shown once the filter allows it.
    wait_idle(ctx.worker)
    newest = AuditLogService(ctx.workspace).page(limit=1)[0]
    assert (newest.action, newest.summary) == ("export", f"csv: {creates}")
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        select_data(journal.action, "export")
    assert model.row_at(0).seq == newest.seq
    assert model.data(model.index(0, 4)) == "Journal d'audit"


def test_export_to_a_place_that_cannot_be_written_says_so(qtbot, journal, ctx, tmp_path,
                                                         wait_idle):
    before = trail_size(ctx.workspace)
    target = tmp_path / "taken"
    target.mkdir()  # a folder already has the name: the rename fails
    with qtbot.waitSignal(journal.exportFailed, timeout=5000) as failed:
        journal.export_to(target)
    assert "Écriture impossible" in failed.args[0]
    assert "Écriture impossible" in journal.error.text()
    assert "taken.part" not in [p.name for p in tmp_path.iterdir()]
    assert trail_size(ctx.workspace) == before
    wait_idle(ctx.worker)


def test_who_is_offered_the_screen(window, ctx):
    assert may_read(None) and may_read(Actor())
    for role, shown in (("officer", True), ("admin", True), ("caretaker", False),
                        ("mediator", False), ("partner", False)):
        assert may_read(Actor("u1", "o1", role, signed_in=True)) is shown, role
    row = SCREENS.index("audit")
    assert not window.nav.item(row).isHidden()  # unsigned: the system sees everything
    ctx.actor = Actor("u1", "o1", "caretaker", signed_in=True)
    window.apply_access()
    assert window.nav.item(row).isHidden() and not window.screen_actions[row].isVisible()
    ctx.actor = Actor("u1", "o1", "officer", signed_in=True)
    window.apply_access()
    assert not window.nav.item(row).isHidden()


@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshot(qtbot, window, ctx, lang, wait_idle):
    window.resize(1366, 800)
    window.show_screen("audit")
    view = window.screen("audit").journal
    qtbot.waitUntil(lambda: view.model.total is not None and view.banner.status is not None,
                    timeout=5000)
    wait_idle(ctx.worker)
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "audit.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 5000
    assert view.table.model().rowCount(QModelIndex()) > 0


@pytest.fixture
def flagged(ctx):
    """A signalement saved with a sensitive-looking word: flagged for review."""
    ids = ctx.workspace.ids
    sid = SignalementService(ctx.workspace).create(SignalementDraft(
        category="neighbour_disturbance", site_id=ids["site1"],
        facts_start=datetime.now(UTC) - timedelta(days=1),
        description="Voisin alcoolique qui crie dans le hall la nuit."))
    assert ReviewService(ctx.workspace).count_pending() == 1
    return sid


def test_review_queue_open_and_mark_reviewed(qtbot, flagged, window, ctx, wait_idle):
    window.show_screen("audit")
    screen = window.screen("audit")
    review = screen.review
    qtbot.waitUntil(lambda: review.model.total == 1, timeout=5000)
    tab = screen.tabs.indexOf(review)
    assert screen.tabs.tabText(tab) == "À &revoir (1)"
    model = review.model
    assert model.data(model.index(0, 1)) == "Signalement"
    assert model.data(model.index(0, 2)).startswith("SIG-")
    assert model.data(model.index(0, 3)) == "alcoolique"
    assert model.data(model.index(0, 4)) == "Description"
    assert not review.done_button.isEnabled()  # nothing chosen yet

    screen.tabs.setCurrentIndex(tab)
    review.table.setCurrentIndex(model.index(0, 0))
    assert review.done_button.isEnabled()
    (SCREENSHOTS / "fr").mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "fr" / "audit-review.png"))
    with qtbot.waitSignal(screen.openRecord, timeout=5000) as opened:
        review.open_button.click()
    assert opened.args == ["signalement", flagged]
    qtbot.waitUntil(lambda: window.current_screen() == "signalements", timeout=5000)
    wait_idle(ctx.worker)

    window.show_screen("audit")
    qtbot.waitUntil(lambda: review.model.total == 1, timeout=5000)
    review.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(review.reviewed, timeout=5000):
        review.done_button.click()
    qtbot.waitUntil(lambda: review.model.total == 0, timeout=5000)
    assert model.rowCount() == 0 and review.footer.text() == "Rien à revoir."
    assert screen.tabs.tabText(tab) == "À &revoir"
    assert ReviewService(ctx.workspace).count_pending() == 0
    # The review is in the trail, and the journal shows it on top.
    journal = screen.journal
    qtbot.waitUntil(lambda: journal.model.total is not None and journal.model.rowCount() > 0
                    and journal.model.row_at(0).summary == "reviewed", timeout=5000)
    assert journal.model.row_at(0).entity_id == flagged
    wait_idle(ctx.worker)


def test_review_tab_for_the_officer_only(qtbot, ctx):
    from app.ui.audit.screen import AuditScreen

    for role, has_review in (("officer", True), ("admin", False)):
        ctx.actor = Actor("u1", ctx.workspace.ids["org"], role, signed_in=True)
        screen = AuditScreen(ctx)
        qtbot.addWidget(screen)
        assert (screen.review is not None) is has_review, role
        assert screen.tabs.count() == (2 if has_review else 1)
