"""The demo workspace: complete, reproducible, fictitious, factual, and safe to fill twice."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.codes import Category, ProcedureStep
from app.domain.privacy import sensitive_words
from app.domain.welfare_rules import needs_escalation
from app.models import (
    AlertPlan,
    CaseStep,
    ConflictCase,
    Dwelling,
    Household,
    MediationSession,
    Organisation,
    Person,
    Referral,
    Signalement,
    Site,
    User,
    WelfareAlert,
    WelfareCheck,
    WelfareEntry,
    user_sites,
)
from app.services.demo import DemoService
from app.services.demo_data import USERS
from app.store.workspace import WORKSPACE_FILE, Workspace

TODAY = date(2025, 11, 20)
RECORDS = 300


def _demo(tmp_path_factory, template, name: str, seed: int = 7) -> Workspace:
    folder = tmp_path_factory.mktemp(name)
    shutil.copyfile(template, folder / WORKSPACE_FILE)
    ws = Workspace.open(folder)
    ws.report = DemoService(ws).generate(records=RECORDS, seed=seed, today=TODAY)
    return ws


@pytest.fixture(scope="module")
def demo(tmp_path_factory, migrated_template):
    ws = _demo(tmp_path_factory, migrated_template, "demo")
    yield ws
    ws.close()


def count(ws: Workspace, model, *where) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def fingerprint(ws: Workspace) -> tuple[list, list]:
    """What must not change between two runs with the same seed (ids and references may)."""
    with ws.session() as s:
        signalements = s.execute(
            select(Signalement.category, Site.code, Signalement.facts_start,
                   Signalement.description)
            .join(Site, Site.id == Signalement.site_id).order_by(Signalement.seq)).all()
        households = s.scalars(select(Household.name).join(Dwelling)
                               .order_by(Dwelling.reference)).all()
        return signalements, households


def test_report_counts_what_was_written(demo):
    report = demo.report
    assert report.signalements == RECORDS == count(demo, Signalement)
    assert report.cases == count(demo, ConflictCase) >= len(ProcedureStep)
    assert report.welfare == count(demo, WelfareEntry) == 30
    assert report.referrals == count(demo, Referral) > 0
    assert report.sites == count(demo, Site) == 12
    assert 200 <= report.households == count(demo, Household) <= 900
    assert not report.reused


def test_places_and_people_are_shaped_like_the_field(demo):
    with demo.session() as s:
        kinds = Counter(s.scalars(select(Organisation.kind)))
        assert kinds == {"landlord": 2, "town": 1, "mediation": 1, "association": 1}
        assert set(s.scalars(select(Site.difficulty))) == {1, 2, 3, 4}
        assert set(s.scalars(select(Dwelling.floor))) <= set(range(11))
        roles = Counter(s.scalars(select(User.role)))
        assert roles["caretaker"] >= 3 and roles["officer"] >= 1
        assert roles["mediator"] == roles["admin"] == roles["partner"] == 1
        caretakers = s.execute(select(User.login, func.count(user_sites.c.site_id))
                               .join(user_sites, user_sites.c.user_id == User.id)
                               .group_by(User.login)).all()
        assert caretakers and all(login.startswith("gardien.") and n >= 1
                                  for login, n in caretakers)
        # Numbers from the ranges ARCEP reserves for fiction only.
        phones = s.scalars(select(Person.phone)).all()
        assert phones and all(p.startswith(("06 39 98 ", "01 99 00 ")) for p in phones)


def test_every_category_appears(demo):
    with demo.session() as s:
        found = set(s.scalars(select(Signalement.category).distinct()))
        statuses = Counter(s.scalars(select(Signalement.status)))
        closed_without_reason = s.scalar(select(func.count()).select_from(Signalement).where(
            Signalement.status == "closed", Signalement.closing_reason.is_(None)))
        referred_without_referral = s.scalar(
            select(func.count()).select_from(Signalement).where(
                Signalement.status == "referred",
                ~Signalement.id.in_(select(Referral.signalement_id))))
    assert found == set(Category.codes())
    assert statuses["closed"] > statuses["new"] > 0
    assert closed_without_reason == 0 and referred_without_referral == 0
    assert count(demo, Signalement, Signalement.protect_identity) > 0


def test_every_procedure_step_has_a_case_on_it(demo):
    with demo.session() as s:
        open_steps = set(s.scalars(select(ConflictCase.current_step).where(
            ConflictCase.status == "open")))
        cases = s.scalars(select(ConflictCase)).all()
        for case in cases:
            dates = [st.taken_on for st in case.steps]
            assert case.steps[0].step == "complaint" and dates == sorted(dates)
            assert dates[0] == case.opened_on
            assert {p.role for p in case.parties} == {"complainant", "respondent"}
        overdue = [c for c in cases if c.status == "open" and c.next_due_on < TODAY]
        due_today = [c for c in cases if c.status == "open" and c.next_due_on == TODAY]
        external = s.scalars(select(MediationSession).where(
            MediationSession.kind != "internal")).all()
        overridden = s.scalar(select(func.count()).select_from(CaseStep).where(
            CaseStep.override_reason.is_not(None)))
    assert open_steps == set(ProcedureStep.codes())
    assert any(c.status == "closed" for c in cases)
    assert overdue and due_today
    assert external and all(m.consent_complainant and m.consent_respondent for m in external)
    assert overridden >= 1


def test_the_register_has_history_overdue_checks_and_an_escalation(demo):
    with demo.session() as s:
        entries = s.scalars(select(WelfareEntry)).all()
        assert all(e.age_band != "under_70" and e.consent_on <= TODAY for e in entries)
        assert sum(e.lives_alone for e in entries) > len(entries) / 2
        overdue = s.scalar(select(func.count()).select_from(WelfareCheck).where(
            WelfareCheck.done_at.is_(None), WelfareCheck.deleted_at.is_(None),
            WelfareCheck.due_on < TODAY))
        due_today = s.scalar(select(func.count()).select_from(WelfareCheck).where(
            WelfareCheck.done_at.is_(None), WelfareCheck.deleted_at.is_(None),
            WelfareCheck.due_on == TODAY))
        outcomes = {e.id: [c.outcome for c in e.checks if c.outcome] for e in entries}
        plans = s.scalars(select(AlertPlan).order_by(AlertPlan.starts_on)).all()
        open_alerts = s.scalars(select(WelfareAlert.reason).where(
            WelfareAlert.acted_at.is_(None))).all()
    assert overdue >= 1 and due_today >= 1
    assert all(len(o) >= 2 for o in outcomes.values())
    assert any(needs_escalation(o) for o in outcomes.values())
    assert "not_reached_twice" in open_alerts
    # One plan is over, one runs today (winter here: last summer's heatwave, a cold spell).
    assert [p.kind for p in plans] == ["heatwave", "cold"]
    assert plans[0].ends_on < TODAY and plans[1].starts_on <= TODAY <= plans[1].ends_on


def test_texts_stay_factual(demo):
    with demo.session() as s:
        texts = [*s.scalars(select(Signalement.description).distinct()),
                 *s.scalars(select(Signalement.persons_description).distinct()),
                 *s.scalars(select(Signalement.actions_notes).distinct()),
                 *s.scalars(select(ConflictCase.summary).distinct()),
                 *s.scalars(select(CaseStep.outcome).distinct()),
                 *s.scalars(select(WelfareCheck.notes).distinct())]
    assert [(t, sensitive_words(t)) for t in texts if sensitive_words(t)] == []


def test_same_seed_and_day_give_the_same_content(demo, tmp_path_factory, migrated_template):
    again = _demo(tmp_path_factory, migrated_template, "again")
    try:
        assert fingerprint(again) == fingerprint(demo)
    finally:
        again.close()


def test_filling_twice_adds_signalements_only(workspace, landlord_site):
    # The conftest landlord carries a demo name: the demo must reuse it, not fail on it.
    service = DemoService(workspace)
    first = service.generate(records=40, seed=3, today=TODAY)
    second = service.generate(records=25, seed=3, today=TODAY)
    assert (first.signalements, second.signalements) == (40, 25)
    assert (second.sites, second.households, second.cases, second.welfare) == (0, 0, 0, 0)
    assert second.reused
    assert count(workspace, Signalement) == 65
    assert count(workspace, Site) == 13  # the conftest site and the twelve demo ones
    assert count(workspace, Organisation, Organisation.name == "Habitat Val-de-Seine") == 1
    assert count(workspace, ConflictCase) == first.cases
    assert count(workspace, WelfareEntry) == first.welfare
    assert count(workspace, AlertPlan) == 2
    assert count(workspace, User) == len(USERS)
