"""The graduated procedure as a state machine: every transition, every override, the
deadlines and the mediation conditions, exhaustively (pure domain code, no database)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from app.domain.codes import LandlordRule, MediationExclusion, MediationKind
from app.domain.codes import ProcedureStep as P
from app.domain.procedure import (
    DEFAULT_DEADLINE_DAYS,
    LADDER,
    Move,
    Proposal,
    classify,
    deadline_days,
    default_due,
    is_late,
    is_manager,
    mediation_refusals,
    next_step,
    propose,
    transition,
)

REASONS = (None, "", "   ", "Menaces répétées envers le plaignant")
PAIRS = list(itertools.product(LADDER, LADDER))


def expected_move(current: P, new: P) -> Move:
    """The ladder of domain.md in words: a complaint anytime, the same rung, the next one;
    anything else skips up or goes back down."""
    if new is P.COMPLAINT:
        return Move.COMPLAINT
    delta = LADDER.index(new) - LADDER.index(current)
    return {0: Move.REPEAT, 1: Move.NEXT}.get(delta, Move.SKIP if delta > 1 else Move.BACK)


@pytest.mark.parametrize(("current", "new"), PAIRS, ids=[f"{c}->{n}" for c, n in PAIRS])
def test_every_transition_with_every_override(current, new):
    move = expected_move(current, new)
    assert classify(current, new) is move
    for reason, manager in itertools.product(REASONS, (False, True)):
        t = transition(current, new, reason, by_manager=manager)
        has_reason = bool(reason and reason.strip())
        if move in (Move.COMPLAINT, Move.REPEAT, Move.NEXT):
            # Normal moves need nobody's permission, and a reason changes nothing.
            assert t.allowed and not t.overridden
            assert t.moved_to is (current if move is Move.COMPLAINT else new)
        elif not has_reason:
            assert t.refusal == ("step_skip_needs_reason" if move is Move.SKIP
                                 else "step_back_needs_reason")
            assert t.moved_to is current
        elif not manager:
            assert t.refusal == "step_override_manager_only" and t.moved_to is current
        else:
            assert t.allowed and t.overridden and t.moved_to is new
        # A closed case takes nothing, whoever asks and why.
        closed = transition(current, new, reason, by_manager=manager, closed=True)
        assert closed.refusal == "case_closed_no_step" and closed.moved_to is current


def test_the_shape_of_the_machine():
    moves = [classify(c, n) for c, n in PAIRS]
    assert moves.count(Move.COMPLAINT) == 7  # the complaint column
    assert moves.count(Move.REPEAT) == 6  # the diagonal, complaint excluded
    assert moves.count(Move.NEXT) == 6  # one per rung below court
    assert moves.count(Move.SKIP) == 15 and moves.count(Move.BACK) == 15


def test_climbing_the_whole_ladder_needs_no_reason():
    current = P.COMPLAINT
    for step in LADDER[1:]:
        t = transition(current, step)
        assert t.allowed and t.move is Move.NEXT
        current = t.moved_to
    assert current is P.COURT and next_step(current) is None


@pytest.mark.parametrize("step", LADDER)
def test_a_complaint_never_moves_the_case(step):
    t = transition(step, P.COMPLAINT)
    assert t.allowed and t.moved_to is step


def test_only_managers_override():
    assert is_manager("officer") and is_manager("admin")
    assert not any(is_manager(r) for r in ("caretaker", "mediator", "partner", None, ""))


# Deadlines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("step", LADDER)
def test_default_deadline_of_every_step(step):
    taken = date(2025, 3, 3)
    if step is P.COURT:
        assert deadline_days(step) is None and default_due(step, taken) is None
        return
    days = DEFAULT_DEADLINE_DAYS[step]
    assert deadline_days(step) == days
    assert default_due(step, taken) == taken + timedelta(days=days)


@pytest.mark.parametrize("step", LADDER[:-1])
def test_a_landlord_sets_its_own_deadlines(step):
    rule = f"deadline.{step.value}"
    assert rule in LandlordRule.codes()
    rules = {rule: 42, "deadline.unrelated": 1}
    assert deadline_days(step, rules) == 42
    assert default_due(step, date(2024, 2, 28), rules) == date(2024, 4, 10)
    others = [s for s in LADDER[:-1] if s is not step]
    assert all(deadline_days(s, rules) == DEFAULT_DEADLINE_DAYS[s] for s in others)


@pytest.mark.parametrize("current", LADDER)
def test_the_app_proposes_the_next_rung_and_its_deadline(current):
    on = date(2024, 2, 29)  # a leap day
    proposal = propose(current, on, {"deadline.formal_notice": 10})
    if current is P.COURT:
        assert proposal == Proposal(None, None)
    elif current is P.FORMAL_NOTICE:
        assert proposal == Proposal(P.COURT, None)  # nothing is due after court
    else:
        step = next_step(current)
        days = 10 if step is P.FORMAL_NOTICE else DEFAULT_DEADLINE_DAYS[step]
        assert proposal == Proposal(step, on + timedelta(days=days))


def test_lateness():
    today = date(2025, 3, 30)
    assert is_late(date(2025, 3, 29), today)
    assert not is_late(today, today) and not is_late(None, today)


# Mediation ---------------------------------------------------------------------------------

ANSWERS = (None, False, True)
EXCLUSIONS = [e.value for e in MediationExclusion]


def test_internal_mediation_has_no_condition():
    for answers in itertools.product(ANSWERS, repeat=4):
        for consents in itertools.product((False, True), repeat=2):
            assert mediation_refusals("internal", *consents, dict(zip(EXCLUSIONS, answers,
                                                                      strict=True)),
                                      P.COURT) == []


@pytest.mark.parametrize("kind", [MediationKind.INTER_LANDLORD, MediationKind.CONCILIATOR])
@pytest.mark.parametrize("at_court", [False, True])
def test_external_mediation_every_combination(kind, at_court):
    current = P.COURT if at_court else P.MEDIATION
    for answers in itertools.product(ANSWERS, repeat=4):
        exclusions = dict(zip(EXCLUSIONS, answers, strict=True))
        for c1, c2 in itertools.product((False, True), repeat=2):
            found = {r.key: r for r in mediation_refusals(kind, c1, c2, exclusions, current)}
            assert ("mediation_consent_needed" in found) is not (c1 and c2)
            excluded = [e for e in EXCLUSIONS if exclusions[e]]
            if at_court and "court" not in excluded:
                excluded.append("court")
            if excluded:
                assert found["mediation_excluded"].codes == tuple(excluded)
                assert found["mediation_excluded"].field == "exclusions"
                assert "mediation_exclusions_unanswered" not in found
            elif None in answers:
                assert found["mediation_exclusions_unanswered"].codes == tuple(
                    e for e in EXCLUSIONS if exclusions[e] is None)
            else:
                assert set(found) <= {"mediation_consent_needed"}
            if c1 and c2 and not excluded and None not in answers:
                assert found == {}  # consent and four "no": external mediation may go ahead
