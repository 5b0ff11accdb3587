"""The roles, one by one: every forbidden action refused, every allowed one allowed."""

from __future__ import annotations

import itertools

import pytest

from app.domain.messages import MESSAGES
from app.domain.policy import PERSONAL, Action, Kind, Subject, Target, decide

LANDLORD, OTHER, TEAM = "org-landlord", "org-other", "org-team"
MINE, THEIRS = "site-mine", "site-theirs"

CARETAKER = Subject("caretaker", LANDLORD, frozenset({MINE}), "u1")
MEDIATOR = Subject("mediator", TEAM, frozenset(), "u2")
OFFICER = Subject("officer", LANDLORD, frozenset(), "u3")
ADMIN = Subject("admin", LANDLORD, frozenset(), "u4")
PARTNER = Subject("partner", "org-town", frozenset(), "u5")

ALL_ACTIONS = list(Action)


def allowed(subject, action, target) -> bool:
    return decide(subject, action, target) is None


def test_system_may_do_everything():
    for action, kind in itertools.product(ALL_ACTIONS, Kind):
        assert allowed(Subject(), action, Target(kind, OTHER, THEIRS))


@pytest.mark.parametrize("kind", sorted(PERSONAL))
def test_caretaker_own_sites_only(kind):
    mine, theirs = Target(kind, LANDLORD, MINE), Target(kind, LANDLORD, THEIRS)
    for action in (Action.READ, Action.CREATE, Action.UPDATE, Action.PRINT):
        assert allowed(CARETAKER, action, mine)
        assert decide(CARETAKER, action, theirs) == "perm_other_site"
        assert decide(CARETAKER, action, Target(kind, OTHER, MINE)) == "perm_other_org"
    for action in (Action.DELETE, Action.EXPORT):
        assert not allowed(CARETAKER, action, mine)
    # A new record whose site is not chosen yet: creating is allowed, nothing else.
    assert allowed(CARETAKER, Action.CREATE, Target(kind, LANDLORD))
    assert not allowed(CARETAKER, Action.READ, Target(kind, LANDLORD))


def test_mediator_cases_of_the_team_or_shared_with_it():
    shared = Target(Kind.CONFLICT_CASE, LANDLORD, THEIRS, frozenset({TEAM}))
    not_shared = Target(Kind.CONFLICT_CASE, LANDLORD, THEIRS, frozenset({OTHER}))
    own = Target(Kind.CONFLICT_CASE, TEAM, None)
    for action in (Action.READ, Action.CREATE, Action.UPDATE, Action.PRINT):
        assert allowed(MEDIATOR, action, shared)
        assert allowed(MEDIATOR, action, own)
        assert decide(MEDIATOR, action, not_shared) == "perm_not_shared"
    for action in (Action.DELETE, Action.EXPORT):
        assert not allowed(MEDIATOR, action, shared)
    for kind in (Kind.SIGNALEMENT, Kind.WELFARE_ENTRY):
        for action in ALL_ACTIONS:
            assert decide(MEDIATOR, action, Target(kind, TEAM, None)) == "perm_mediator_cases"


@pytest.mark.parametrize("kind", sorted(PERSONAL))
def test_officer_every_record_of_the_landlord(kind):
    for action in ALL_ACTIONS:
        assert allowed(OFFICER, action, Target(kind, LANDLORD, THEIRS))
        assert allowed(OFFICER, action, Target(kind, LANDLORD, MINE))
        assert decide(OFFICER, action, Target(kind, OTHER, MINE)) == "perm_other_org"


def test_admin_users_and_settings_never_personal_records():
    for action in ALL_ACTIONS:
        for kind in (Kind.USER, Kind.SETTINGS):
            assert allowed(ADMIN, action, Target(kind, LANDLORD))
            assert decide(ADMIN, action, Target(kind, OTHER)) == "perm_admin_only"
            for other in (CARETAKER, MEDIATOR, OFFICER, PARTNER):
                assert not allowed(other, action, Target(kind, LANDLORD))
        for kind in PERSONAL:
            assert decide(ADMIN, action, Target(kind, LANDLORD, MINE)) == "perm_admin_no_records"


def test_partner_indicators_only():
    for action in (Action.READ, Action.PRINT, Action.EXPORT):
        assert allowed(PARTNER, action, Target(Kind.INDICATORS, LANDLORD))
    for action, kind in itertools.product(ALL_ACTIONS, Kind):
        if kind != Kind.INDICATORS:
            assert decide(PARTNER, action, Target(kind, "org-town", None)) \
                == "perm_partner_indicators"
    for action in (Action.CREATE, Action.UPDATE, Action.DELETE):
        assert not allowed(PARTNER, action, Target(Kind.INDICATORS))


def test_places_and_audit():
    place = Target(Kind.PLACE, LANDLORD, MINE)
    for who in (CARETAKER, OFFICER, ADMIN):
        assert allowed(who, Action.READ, place)
    assert allowed(MEDIATOR, Action.READ, Target(Kind.PLACE, TEAM))
    for action in (Action.CREATE, Action.UPDATE, Action.DELETE):
        assert allowed(OFFICER, action, place) and allowed(ADMIN, action, place)
        assert not allowed(CARETAKER, action, place)
        assert not allowed(MEDIATOR, action, place)
        assert not allowed(OFFICER, action, Target(Kind.PLACE, OTHER))
    audit = Target(Kind.AUDIT, LANDLORD)
    assert allowed(OFFICER, Action.READ, audit) and allowed(ADMIN, Action.READ, audit)
    for who in (CARETAKER, MEDIATOR, PARTNER):
        assert not allowed(who, Action.READ, audit)
    assert not allowed(OFFICER, Action.UPDATE, audit)


def test_every_refusal_has_a_message_in_both_languages():
    subjects = (CARETAKER, MEDIATOR, OFFICER, ADMIN, PARTNER)
    keys = set()
    for who, action, kind, org, site in itertools.product(
            subjects, ALL_ACTIONS, Kind, (LANDLORD, OTHER, TEAM, None), (MINE, THEIRS, None)):
        key = decide(who, action, Target(kind, org, site))
        if key is not None:
            keys.add(key)
    for key in keys:
        fr, en = MESSAGES[key]
        assert fr and en and fr != en


def test_list_scopes_match_the_record_rules():
    from app.domain.policy import ListScope, list_scope

    assert list_scope(Subject(), Kind.SIGNALEMENT) is None
    for kind in PERSONAL:
        assert list_scope(CARETAKER, kind) == ListScope(LANDLORD, frozenset({MINE}))
        assert list_scope(OFFICER, kind) == ListScope(LANDLORD)
        assert list_scope(ADMIN, kind).nothing and list_scope(PARTNER, kind).nothing
    assert list_scope(MEDIATOR, Kind.CONFLICT_CASE) == ListScope(TEAM)
    assert list_scope(MEDIATOR, Kind.SIGNALEMENT).nothing
    assert list_scope(MEDIATOR, Kind.WELFARE_ENTRY).nothing


@pytest.mark.parametrize("kind", [Kind.REVIEW, Kind.RETENTION, Kind.PERSON_FILE])
def test_privacy_actions_are_the_officers(kind):
    """Review flags, the purge and a person's file: the officer of the landlord only."""
    for action in ALL_ACTIONS:
        assert allowed(OFFICER, action, Target(kind, LANDLORD))
        assert allowed(OFFICER, action, Target(kind))
        assert decide(OFFICER, action, Target(kind, OTHER)) == "perm_officer_only"
        for subject in (CARETAKER, MEDIATOR, ADMIN):
            assert decide(subject, action, Target(kind, LANDLORD)) == "perm_officer_only"
        assert decide(PARTNER, action, Target(kind, LANDLORD)) == "perm_partner_indicators"
    assert "perm_officer_only" in MESSAGES
