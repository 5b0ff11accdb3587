"""Neighbour cases on screen: opened from a signalement and taken through every step of
the procedure, the manager's override, mediation, closing, drafts, the lazy list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from followup_data import add_homes

from app.services.conflicts import ConflictService
from app.services.signalements import SignalementDraft, SignalementService
from app.ui.widgets import select_data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

PROCEDURE = ("verbal_reminder", "rules_reminder", "summons", "mediation", "formal_notice",
             "court")


@pytest.fixture
def homes(ui_workspace):
    ids = ui_workspace.ids
    return add_homes(ui_workspace, ids["entrance1A1"], ids["org"])


def pick_household(form_or_view, label_start: str) -> None:
    combo = form_or_view.household
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(label_start))
    combo.setCurrentIndex(index)


def test_a_case_from_a_signalement_through_every_step(qtbot, window, ctx, homes, wait_idle):
    ids = ctx.workspace.ids
    sid = SignalementService(ctx.workspace).create(SignalementDraft(
        category="neighbour_disturbance", site_id=ids["site1"],
        facts_start=datetime.now(UTC) - timedelta(days=2),
        description="Musique très forte au 2e étage après minuit."))
    signalements = window.signalements
    with qtbot.waitSignal(signalements.list.model.pageLoaded, timeout=5000):
        signalements.list.model.reload()
    row = signalements.list.model.row_of(sid)
    signalements.list.table.setCurrentIndex(signalements.list.model.index(row, 0))

    # File > New neighbour case from the signalement: the form comes filled in.
    window.case_action.trigger()
    screen = window.screen("conflicts")
    form = screen.form
    qtbot.waitUntil(lambda: form.signalements.ids() == [sid], timeout=5000)
    qtbot.waitUntil(lambda: form.household.count() == len(homes), timeout=5000)
    assert window.current_screen() == "conflicts"
    assert form.site.currentData() == ids["site1"]
    select_data(form.nature, "noise")
    form.summary.setPlainText("Musique forte la nuit, plusieurs fois par semaine.")
    pick_household(form, "MARTIN Julie")
    form.add_complainant.click()
    pick_household(form, "DIALLO Moussa")
    form.add_respondent.click()
    assert len(form.complainants.ids()) == len(form.respondents.ids()) == 1
    with qtbot.waitSignal(screen.case.loaded, timeout=5000):
        form.save_button.click()
    case = screen.case
    assert case.detail.current_step == "complaint"
    assert [s.id for s in case.detail.signalements] == [sid]

    for step in PROCEDURE:
        # The app proposes the next rung; a mediation first needs its session.
        assert case.step.currentData() == step
        if step == "mediation":
            for combo in case.exclusions.values():
                select_data(combo, False)
            select_data(case.mediation_kind, "inter_landlord")
            case.consent_complainant.setChecked(True)
            assert not case.mediation_button.isEnabled()  # still missing a consent
            assert "accord écrit" in case.mediation_refusal.text()
            case.consent_respondent.setChecked(True)
            case.participants.setText("Équipe de médiation ; les deux ménages")
            case.agreement.setPlainText("Plus de musique après 22 h.")
            with qtbot.waitSignal(case.loaded, timeout=5000):
                case.mediation_button.click()
        case.outcome.setPlainText(f"Étape {step} faite.")
        assert case.step_button.isEnabled(), case.verdict.text()
        with qtbot.waitSignal(case.loaded, timeout=5000):
            case.step_button.click()
        assert case.detail.current_step == step
    assert case.no_deadline.isVisibleTo(case) and case.detail.next_due_on is None

    select_data(case.closing_reason, "court")
    with qtbot.waitSignal(case.loaded, timeout=5000):
        case.close_button.click()
    assert case.detail.status == "closed"
    kinds = [i.kind for i in case.chronology_model.rows]
    assert kinds == ["signalement", "step", "step", "step", "step", "mediation", "step", "step",
                     "step", "closed"]
    assert not case.tabs.widget(0).isEnabled()
    wait_idle(ctx.worker)


def test_skipping_a_step_needs_a_manager_and_a_reason(qtbot, window, ctx, homes, wait_idle):
    ids = ctx.workspace.ids
    case_id = ConflictService(ctx.workspace).open_case(
        ids["site1"], "insults_threats", "Menaces dans l'escalier.", datetime.now().date(),
        [homes[0][1]], [homes[1][1]])
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    with qtbot.waitSignal(screen.case.loaded, timeout=5000):
        screen.open_case(case_id)
    case = screen.case
    ctx.settings.role = "caretaker"
    select_data(case.step, "summons")
    assert not case.step_button.isEnabled() and not case.override_reason.isEnabled()
    assert "saute des étapes" in case.verdict.text()
    ctx.settings.role = "officer"
    case._show_verdict()
    assert case.override_reason.isEnabled()
    case.override_reason.setText("Menaces répétées envers le plaignant.")
    assert case.step_button.isEnabled() and "motif est conservé" in case.verdict.text()
    with qtbot.waitSignal(case.loaded, timeout=5000):
        case.step_button.click()
    step = case.chronology_model.rows[-1]
    assert (step.code, step.note) == ("summons", "Menaces répétées envers le plaignant.")
    wait_idle(ctx.worker)


def test_the_new_case_form_keeps_a_draft(qtbot, window, ctx, homes, wait_idle):
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    screen.new_case()
    form = screen.form
    qtbot.waitUntil(lambda: form.site.count() > 1, timeout=5000)
    form.site.setCurrentIndex(form.site.findData(ctx.workspace.ids["site1"]))
    qtbot.waitUntil(lambda: form.household.count() == len(homes), timeout=5000)
    form.summary.setPlainText("Aboiements toute la journée.")
    with qtbot.waitSignal(form.drafts.saved, timeout=5000):
        pass  # the autosave timer (1 s in the tests)
    form.back_button.click()
    qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=5000)
    screen.banner.resume_button.click()
    assert form.summary.toPlainText() == "Aboiements toute la journée."
    # An empty case is refused field by field, and nothing is lost.
    with qtbot.waitSignal(form.saveFailed, timeout=5000):
        form.save_button.click()
    assert form.errors["nature"].isVisibleTo(form)
    assert form.errors["complainant_household_ids"].text() == "Ce champ est obligatoire."
    wait_idle(ctx.worker)


def test_case_list_model(qtbot, qtmodeltester, window, ctx, homes, wait_idle):
    service = ConflictService(ctx.workspace)
    today = datetime.now().date()
    for n in range(5):
        service.open_case(ctx.workspace.ids["site1"], "noise", f"Cas {n}",
                          today - timedelta(days=n), [homes[n][1]], [homes[n + 1][1]],
                          next_due_on=today - timedelta(days=1) if n % 2 else None)
    window.show_screen("conflicts")
    view = window.screen("conflicts").list
    qtbot.waitUntil(lambda: view.model.total == 5, timeout=5000)
    qtmodeltester.check(view.model)
    with qtbot.waitSignal(view.model.countChanged, timeout=5000,
                          check_params_cb=lambda n: n == 2):
        view.late_only.setChecked(True)
    wait_idle(ctx.worker)


@pytest.mark.parametrize("lang", ["fr", "en"], indirect=True)
def test_screenshots_of_the_cases(qtbot, window, ctx, lang, homes, wait_idle):
    folder = SCREENSHOTS / lang
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 800)
    service = ConflictService(ctx.workspace)
    today = datetime.now().date()
    ids = []
    for n, (nature, step) in enumerate((("noise", "summons"), ("animals", "rules_reminder"),
                                        ("smells", None), ("common_areas", "verbal_reminder"))):
        case_id = service.open_case(ctx.workspace.ids["site1"], nature, "Troubles répétés.",
                                    today - timedelta(days=40 + n), [homes[n][1]],
                                    [homes[n + 1][1]])
        path = PROCEDURE[:PROCEDURE.index(step) + 1] if step else ()
        for k, rung in enumerate(path):
            service.add_step(case_id, rung, today - timedelta(days=30 - 8 * k),
                             f"{rung} : courrier remis.")
        ids.append(case_id)
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    qtbot.waitUntil(lambda: screen.list.model.total == 4, timeout=5000)
    shots = {"conflicts-list": window.grab()}
    with qtbot.waitSignal(screen.case.loaded, timeout=5000):
        screen.open_case(ids[0])
    shots["conflicts-case"] = window.grab()
    screen.case.tabs.setCurrentIndex(1)
    shots["conflicts-mediation"] = window.grab()
    screen.show_list()
    screen.new_case()
    qtbot.waitUntil(lambda: screen.form.site.count() > 1, timeout=5000)
    shots["conflicts-new"] = window.grab()
    for name, pixmap in shots.items():
        assert pixmap.save(str(folder / f"{name}.png"))
    screen.form.drafts.timer.stop()
    wait_idle(ctx.worker)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_manager_sets_the_landlords_deadlines(qtbot, window, ctx, homes, wait_idle):
    window.show_screen("conflicts")
    screen = window.screen("conflicts")
    screen.list.rules_button.click()
    dialog = screen.rules
    qtbot.waitUntil(lambda: dialog.landlord.count() == 1 and not ctx.worker.pending(),
                    timeout=5000)
    assert dialog.days["deadline.summons"].value() == 21  # the default
    dialog.days["deadline.complaint"].setValue(3)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.accepted.emit()
    today = datetime.now().date()
    case_id = ConflictService(ctx.workspace).open_case(
        ctx.workspace.ids["site1"], "noise", "", today, [homes[0][1]], [homes[1][1]])
    assert ConflictService(ctx.workspace).get(case_id).next_due_on == today + timedelta(days=3)
    dialog.close()
    ctx.settings.role = "caretaker"
    screen.list.rules_button.click()
    assert not screen.rules.buttons.button(screen.rules.buttons.StandardButton.Save).isEnabled()
    screen.rules.close()
    wait_idle(ctx.worker)
