"""The lazy signalement list: qtmodeltester, keyset paging, filters, search, sort, footer."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from app.services.signalements import SignalementFilter
from app.ui.signalements.list_model import COL, SignalementListModel


def loaded_model(qtbot, ctx, page_size=25, **flt) -> SignalementListModel:
    model = SignalementListModel(ctx.signalements, ctx.worker, ctx.lang, page_size=page_size)
    model.filter = SignalementFilter(**flt)
    with qtbot.waitSignal(model.countChanged, check_params_cb=lambda n: n >= 0, timeout=5000):
        model.reload()
    return model


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, ctx):
    model = loaded_model(qtbot, ctx)
    qtmodeltester.check(model)
    assert model.rowCount() == 25


def test_pages_arrive_with_fetch_more_without_duplicates(qtbot, ctx):
    model = loaded_model(qtbot, ctx, page_size=25)
    assert model.total == 60
    while model.canFetchMore():
        with qtbot.waitSignal(model.pageLoaded, timeout=5000):
            model.fetchMore()
    assert model.rowCount() == 60
    ids = [model.row_at(i).id for i in range(60)]
    assert len(set(ids)) == 60
    starts = [model.row_at(i).facts_start for i in range(60)]
    assert starts == sorted(starts, reverse=True)


def test_filters_and_search(qtbot, ctx, ui_workspace):
    ids = ui_workspace.ids
    assert loaded_model(qtbot, ctx, site_id=ids["site2"]).total == 20
    assert loaded_model(qtbot, ctx, building_id=ids["building1A"]).total == 40
    assert loaded_model(qtbot, ctx, category="theft").total == 12
    assert loaded_model(qtbot, ctx, status="closed").total == 15
    today = date.today()
    recent = loaded_model(qtbot, ctx, date_from=today - timedelta(days=9), date_to=today)
    assert 9 <= recent.total <= 10
    found = loaded_model(qtbot, ctx, text="fracturées")
    assert found.total == 12
    assert all("fracturées" in found.row_at(i).summary for i in range(found.rowCount()))
    # Accents folded, last word a prefix: what a caretaker types.
    assert loaded_model(qtbot, ctx, text="fractur").total == 12
    assert loaded_model(qtbot, ctx, text="introuvable").total == 0


def test_sort_by_severity_and_refusal_of_unsortable_columns(qtbot, ctx):
    model = loaded_model(qtbot, ctx, page_size=100)
    with qtbot.waitSignal(model.pageLoaded, timeout=5000):
        model.sort(COL["severity"], Qt.SortOrder.DescendingOrder)
    severities = [model.row_at(i).severity for i in range(model.rowCount())]
    assert severities == sorted(severities, reverse=True)
    generation = model.generation
    model.sort(COL["summary"], Qt.SortOrder.AscendingOrder)
    assert model.generation == generation  # nothing reloaded


def test_list_view_filters_search_box_and_footer(qtbot, window, ui_workspace, wait_idle):
    view = window.signalements.list
    qtbot.waitUntil(lambda: view.site.count() == 3)
    assert "60" in view.footer.text()
    view.site.setCurrentIndex(view.site.findData(ui_workspace.ids["site2"]))
    qtbot.waitUntil(lambda: view.model.total == 20)
    assert "20" in view.footer.text()
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.total == 60)
    window.search_action.trigger()
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "hall")
    qtbot.waitUntil(lambda: view.model.total == 12, timeout=3000)
    view.status.setCurrentIndex(view.status.findData("new"))
    qtbot.waitUntil(lambda: view.model.total is not None and view.model.total < 12)
    view.clear_filters()
    view.date_from.setDate(QDate.currentDate().addDays(-4))
    qtbot.waitUntil(lambda: view.model.total in (4, 5))
    wait_idle(window.ctx.worker)


def test_opening_a_row_with_the_keyboard(qtbot, window, wait_idle):
    view = window.signalements.list
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = window.signalements.form
    qtbot.waitUntil(lambda: form.editing_id == view.model.row_at(0).id)
    assert window.signalements.form_open()
    wait_idle(window.ctx.worker)


def test_a_search_is_shown_most_recent_first_until_a_column_is_chosen(qtbot, window, wait_idle):
    from PySide6.QtCore import QPoint

    view = window.signalements.list
    hh = view.table.horizontalHeader()
    assert not view.model.by_recency() and hh.sortIndicatorSection() == COL["facts_start"]
    view.search.setText("hall")
    with qtbot.waitSignal(view.model.pageLoaded, timeout=5000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
    assert len(rows) == 12
    # Newest recorded first: the seed records the oldest facts last.
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert rows[0].facts_start < rows[-1].facts_start
    assert hh.sortIndicatorSection() == -1 and view.order_hint.isVisibleTo(view)
    assert "récents" in view.order_hint.text()

    date = COL["facts_start"]
    with qtbot.waitSignal(view.model.pageLoaded, timeout=5000):
        qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(hh.sectionViewportPosition(date) + 10, hh.height() // 2))
    assert view.model.effective_sort() == ("facts_start", True)  # a first click: newest first
    starts = [view.model.row_at(i).facts_start for i in range(view.model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    assert hh.sortIndicatorSection() == date and not view.order_hint.isVisibleTo(view)
    wait_idle(window.ctx.worker)
