"""Neighbour-conflict cases: the ladder rules alone, then the service on a real workspace."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.codes import ProcedureStep as P
from app.domain.procedure import check_step, next_step, step_after
from app.models import CaseStep, ConflictCase, ConflictParty, Dwelling, case_signalements
from app.services.conflicts import ConflictService
from app.services.errors import ValidationError
from app.services.places import new_household
from app.services.signalements import SignalementDraft, SignalementService

OPENED = date(2025, 3, 3)


# Pure rules -------------------------------------------------------------------------------

def test_next_step_climbs_the_ladder_and_stops_at_court():
    assert next_step(P.COMPLAINT) is P.VERBAL_REMINDER
    assert next_step(P.MEDIATION) is P.FORMAL_NOTICE
    assert next_step(P.COURT) is None


@pytest.mark.parametrize(("current", "new"), [
    (P.VERBAL_REMINDER, P.VERBAL_REMINDER),  # repeat
    (P.VERBAL_REMINDER, P.RULES_REMINDER),  # one rung up
    (P.FORMAL_NOTICE, P.COMPLAINT),  # a new incident, whatever the rung
])
def test_allowed_moves_need_no_reason(current, new):
    assert check_step(current, new, None) is None


def test_skipping_or_going_down_needs_a_reason():
    assert check_step(P.COMPLAINT, P.SUMMONS, None) == "step_skip_needs_reason"
    assert check_step(P.COMPLAINT, P.SUMMONS, "   ") == "step_skip_needs_reason"
    assert check_step(P.FORMAL_NOTICE, P.MEDIATION, None) == "step_back_needs_reason"
    assert check_step(P.COMPLAINT, P.SUMMONS, "Menaces répétées") is None


def test_a_late_complaint_does_not_move_the_case_down():
    assert step_after(P.SUMMONS, P.COMPLAINT) is P.SUMMONS
    assert step_after(P.SUMMONS, P.MEDIATION) is P.MEDIATION


# Service ----------------------------------------------------------------------------------

@pytest.fixture
def households(workspace, landlord_site):
    """Two households on the site, one above the other: (site_id, [household ids])."""
    org, site, _building, entrance = landlord_site
    ids = []
    with workspace.session() as s, s.begin():
        for floor, (last, first) in enumerate([("Martin", "Julie"), ("Diallo", "Moussa")], 2):
            dwelling = Dwelling(entrance_id=entrance, reference=f"VS01-A1-{floor:02d}01",
                                floor=floor, door="1", org_id=org)
            s.add(dwelling)
            s.flush()
            ids.append(new_household(s, dwelling, last, first, "06 39 98 00 0{floor}",
                                     None, None).id)
    return site, ids


@pytest.fixture
def case(workspace, households):
    site, (below, above) = households
    return ConflictService(workspace).open_case(
        site, "noise", "Musique forte après 22 h.", OPENED, [below], [above])


def _case(workspace, case_id) -> ConflictCase:
    with workspace.session() as s:
        case = s.get(ConflictCase, case_id)
        case.steps, case.parties  # noqa: B018 - load while the session is open
        return case


def test_open_case_records_parties_and_the_complaint_step(workspace, households):
    site, (below, above) = households
    sig = SignalementService(workspace).create(SignalementDraft(
        category="neighbour_disturbance", site_id=site, facts_start=datetime(2025, 3, 1, 21, tzinfo=UTC)))
    case_id = ConflictService(workspace).open_case(
        site, "noise", "Musique forte après 22 h.", OPENED, [below], [above], [sig],
        next_due_on=OPENED + timedelta(days=10))
    case = _case(workspace, case_id)
    assert case.reference.startswith("VOI-2025-")
    assert (case.status, case.current_step) == ("open", "complaint")
    assert case.next_due_on == OPENED + timedelta(days=10)
    assert [(st.step, st.taken_on) for st in case.steps] == [("complaint", OPENED)]
    assert sorted((p.role, p.household_id) for p in case.parties) == [
        ("complainant", below), ("respondent", above)]
    with workspace.session() as s:
        assert s.scalars(select(case_signalements.c.signalement_id)).all() == [sig]


def test_open_case_refuses_bad_input_and_writes_nothing(workspace, households):
    site, (below, _above) = households
    service = ConflictService(workspace)
    with pytest.raises(ValidationError) as err:
        service.open_case(site, "gossip", "", OPENED, [], [])
    assert set(err.value.errors) == {"nature", "complainant_household_ids"}
    with pytest.raises(ValidationError) as err:
        service.open_case(site, "noise", "", OPENED, [below], [below])
    assert "à la fois plaignant et mis en cause" in err.value.errors["respondent_household_ids"]
    with pytest.raises(ValidationError) as err:
        service.open_case(site, "noise", "", OPENED, [below], ["no-such-household"])
    assert "no-such-household" in err.value.errors["respondent_household_ids"]
    with workspace.session() as s:
        assert s.scalars(select(ConflictCase)).all() == []
        assert s.scalars(select(ConflictParty)).all() == []


def test_the_ladder_is_climbed_one_rung_at_a_time(workspace, case):
    service = ConflictService(workspace)
    service.add_step(case, "verbal_reminder", OPENED + timedelta(days=7), "Rappel fait.",
                     next_due_on=OPENED + timedelta(days=21))
    service.add_step(case, "verbal_reminder", OPENED + timedelta(days=14), "Second rappel.")
    service.add_step(case, "rules_reminder", OPENED + timedelta(days=21), "Courrier envoyé.",
                     next_due_on=OPENED + timedelta(days=40))
    loaded = _case(workspace, case)
    assert loaded.current_step == "rules_reminder"
    assert loaded.next_due_on == OPENED + timedelta(days=40)
    assert [st.step for st in loaded.steps] == [
        "complaint", "verbal_reminder", "verbal_reminder", "rules_reminder"]


def test_skipping_a_rung_is_refused_without_a_reason(workspace, case):
    with pytest.raises(ValidationError) as err:
        ConflictService(workspace).add_step(case, "summons", OPENED + timedelta(days=3), "")
    assert err.value.errors["step"] == (
        "Passer de « Plainte enregistrée » à « Convocation » saute des étapes de la procédure : "
        "indiquez le motif.")
    loaded = _case(workspace, case)
    assert loaded.current_step == "complaint"
    assert len(loaded.steps) == 1


def test_skipping_a_rung_with_a_reason_keeps_the_reason(workspace, case):
    ConflictService(workspace).add_step(case, "summons", OPENED + timedelta(days=3),
                                        "Convocation à l'agence.",
                                        override_reason="Menaces répétées envers le plaignant.")
    loaded = _case(workspace, case)
    assert loaded.current_step == "summons"
    assert loaded.steps[-1].override_reason == "Menaces répétées envers le plaignant."


def test_a_new_complaint_keeps_the_rung_and_its_deadline(workspace, case):
    service = ConflictService(workspace)
    due = OPENED + timedelta(days=30)
    service.add_step(case, "verbal_reminder", OPENED + timedelta(days=7), "", next_due_on=due)
    service.add_step(case, "complaint", OPENED + timedelta(days=9), "Les faits ont repris.")
    loaded = _case(workspace, case)
    assert (loaded.current_step, loaded.next_due_on) == ("verbal_reminder", due)


def test_step_dates_are_checked(workspace, case):
    service = ConflictService(workspace)
    with pytest.raises(ValidationError) as err:
        service.add_step(case, "verbal_reminder", OPENED - timedelta(days=1), "")
    assert "03/03/2025" in err.value.errors["taken_on"]
    with pytest.raises(ValidationError) as err:
        service.add_step(case, "verbal_reminder", OPENED, "", next_due_on=OPENED - timedelta(1))
    assert set(err.value.errors) == {"next_due_on"}
    with pytest.raises(ValidationError) as err:
        service.add_step(case, "verbal_reminder", date.today() + timedelta(days=2), "")
    assert set(err.value.errors) == {"taken_on"}


def test_a_closed_case_takes_no_more_steps(workspace, case):
    service = ConflictService(workspace)
    service.close_case(case, "resolved", OPENED + timedelta(days=20))
    loaded = _case(workspace, case)
    assert (loaded.status, loaded.closing_reason, loaded.next_due_on) == ("closed", "resolved", None)
    with pytest.raises(ValidationError) as err:
        service.add_step(case, "verbal_reminder", OPENED + timedelta(days=25), "")
    assert err.value.errors["case_id"] == "Ce dossier est clos depuis le 23/03/2025."
    with pytest.raises(ValidationError):
        service.close_case(case, "resolved", OPENED + timedelta(days=25))
    with workspace.session() as s:
        assert len(s.scalars(select(CaseStep).where(CaseStep.case_id == case)).all()) == 1


def test_close_case_needs_a_known_reason_after_the_opening(workspace, case):
    service = ConflictService(workspace)
    with pytest.raises(ValidationError) as err:
        service.close_case(case, "bored", OPENED + timedelta(days=1))
    assert set(err.value.errors) == {"reason"}
    with pytest.raises(ValidationError) as err:
        service.close_case(case, "resolved", OPENED - timedelta(days=1))
    assert set(err.value.errors) == {"closed_on"}


def test_external_mediation_needs_both_consents(workspace, case):
    service = ConflictService(workspace)
    held = OPENED + timedelta(days=40)
    with pytest.raises(ValidationError) as err:
        service.record_mediation(case, "inter_landlord", held, "Équipe de médiation",
                                 "", consent_complainant=True, consent_respondent=False)
    assert err.value.errors["consent"] == (
        "La médiation externe (Médiation inter-bailleurs) exige l'accord écrit des deux parties.")
    service.record_mediation(case, "internal", held, "Responsable de secteur", "Accord oral.",
                             consent_complainant=False, consent_respondent=False)
    # External mediation also needs the exclusions answered, each "no".
    service.set_exclusions(case, dict.fromkeys(
        ("mental_health", "guardianship", "minors", "court"), False))
    service.record_mediation(case, "conciliator", held, "Conciliateur de justice",
                             "Accord écrit.", consent_complainant=True, consent_respondent=True)
    with workspace.session() as s:
        sessions = s.get(ConflictCase, case).sessions
        assert [m.kind for m in sessions] == ["internal", "conciliator"]


def test_messages_follow_the_language(workspace, case):
    from app.domain.messages import set_language

    set_language("en")
    with pytest.raises(ValidationError) as err:
        ConflictService(workspace).add_step(case, "court", OPENED + timedelta(days=3), "")
    assert err.value.errors["step"] == (
        "Going from 'Complaint recorded' to 'Court: lease termination' skips steps of the "
        "procedure: give the reason.")


# Follow-ups: managers, deadlines, exclusions, parties, links, chronology, the list ------

def _user(workspace, org, login, role) -> str:
    from app.models import User

    with workspace.session() as s, s.begin():
        user = User(login=login, display_name=login.title(), role=role, org_id=org)
        s.add(user)
        s.flush()
        return user.id


def test_only_a_manager_overrides_the_ladder(workspace, landlord_site, case):
    from app.services.base import Actor

    org = landlord_site[0]
    caretaker = ConflictService(workspace, Actor(_user(workspace, org, "gardien", "caretaker")))
    with pytest.raises(ValidationError) as err:
        caretaker.add_step(case, "summons", OPENED + timedelta(days=3), "",
                           override_reason="Menaces")
    assert "Seul un référent sûreté" in err.value.errors["override_reason"]
    # The role given by the caller counts before the user's own.
    ConflictService(workspace, Actor(None, org, role="caretaker")).add_step(
        case, "verbal_reminder", OPENED + timedelta(days=2), "Rappel fait.")
    officer = ConflictService(workspace, Actor(_user(workspace, org, "surete", "officer")))
    officer.add_step(case, "formal_notice", OPENED + timedelta(days=3), "Mise en demeure.",
                     override_reason="Menaces")
    steps = _case(workspace, case).steps
    assert [(st.step, st.override_reason) for st in steps] == [
        ("complaint", None), ("verbal_reminder", None), ("formal_notice", "Menaces")]


def test_deadlines_come_from_the_landlord(workspace, landlord_site, households):
    from app.services.rules import RulesService

    org = landlord_site[0]
    site, (below, above) = households
    service = ConflictService(workspace)
    case_id = service.open_case(site, "noise", "", OPENED, [below], [above])
    assert _case(workspace, case_id).next_due_on == OPENED + timedelta(days=8)
    RulesService(workspace).set_rules(org, {"deadline.verbal_reminder": 10})
    service.add_step(case_id, "verbal_reminder", OPENED + timedelta(days=1), "")
    assert _case(workspace, case_id).next_due_on == OPENED + timedelta(days=11)
    detail = service.get(case_id, today=OPENED + timedelta(days=2))
    assert (detail.proposal.step, detail.proposal.next_due_on) == (
        P.RULES_REMINDER, OPENED + timedelta(days=2 + 15))
    service.add_step(case_id, "rules_reminder", OPENED + timedelta(days=2), "")
    service.add_step(case_id, "summons", OPENED + timedelta(days=3), "")
    service.add_step(case_id, "mediation", OPENED + timedelta(days=4), "")
    service.add_step(case_id, "formal_notice", OPENED + timedelta(days=5), "")
    service.add_step(case_id, "court", OPENED + timedelta(days=6), "Assignation.")
    assert _case(workspace, case_id).next_due_on is None  # nothing due after court
    assert service.get(case_id).proposal.step is None


def test_landlord_rules_are_checked_and_kept_to_managers(workspace, landlord_site):
    from app.services.base import Actor
    from app.services.rules import DEFAULTS, RulesService

    org = landlord_site[0]
    rules = RulesService(workspace)
    assert rules.rules(org) == DEFAULTS
    with pytest.raises(ValidationError) as err:
        rules.set_rules(org, {"deadline.summons": 0, "retention.welfare": 5000, "x": 3})
    assert set(err.value.errors) == {"deadline.summons", "retention.welfare", "x"}
    with pytest.raises(ValidationError) as err:
        RulesService(workspace, Actor(role="caretaker")).set_rules(org, {"deadline.summons": 9})
    rules.set_rules(org, {"deadline.summons": 9, "retention.welfare": 0})
    rules.set_rules(org, {"deadline.summons": 12})
    assert rules.rules(org)["deadline.summons"] == 12
    assert rules.rules(org)["retention.welfare"] == 0
    rules.reset_rule(org, "deadline.summons")
    assert rules.rules(org)["deadline.summons"] == DEFAULTS["deadline.summons"]
    assert [name for _id, name in rules.landlords()] == ["Habitat Val-de-Seine"]


def test_exclusions_refuse_external_mediation_and_say_why(workspace, case):
    service = ConflictService(workspace)
    held = OPENED + timedelta(days=10)
    with pytest.raises(ValidationError) as err:
        service.record_mediation(case, "conciliator", held, "", "", True, True)
    assert err.value.errors["exclusions"].startswith(
        "Avant une médiation externe, répondez aux questions d'exclusion : santé mentale")
    service.set_exclusions(case, {"mental_health": False, "guardianship": False,
                                  "minors": True, "court": False})
    with pytest.raises(ValidationError) as err:
        service.record_mediation(case, "inter_landlord", held, "", "", False, True)
    assert set(err.value.errors) == {"consent", "exclusions"}
    assert err.value.errors["exclusions"] == (
        "La médiation externe n'est pas possible dans ce dossier : mineurs concernés. "
        "Une médiation interne reste possible.")
    service.record_mediation(case, "internal", held, "Responsable de secteur", "Accord.",
                             False, False)
    assert service.get(case).exclusions == {"mental_health": False, "guardianship": False,
                                            "minors": True, "court": False}
    with pytest.raises(ValidationError):
        service.set_exclusions(case, {"religion": True})


def test_parties_links_and_the_chronology(workspace, households):
    site, (below, above) = households
    signalements = SignalementService(workspace)
    first, second = (signalements.create(SignalementDraft(
        category="neighbour_disturbance", site_id=site, description=text,
        facts_start=datetime(2025, 3, day, 22, tzinfo=UTC))) for day, text in (
        (1, "Musique forte au 3e étage"), (12, "Cris et coups contre le plafond")))
    service = ConflictService(workspace)
    case_id = service.open_case(site, "noise", "Musique forte après 22 h.", OPENED, [below],
                                [], [first])
    service.add_party(case_id, above, "respondent")
    with pytest.raises(ValidationError):
        service.add_party(case_id, above, "complainant")
    assert service.link_signalements(case_id, [first, second]) == 1
    service.add_step(case_id, "verbal_reminder", OPENED + timedelta(days=9), "Rappel fait.")
    service.record_mediation(case_id, "internal", OPENED + timedelta(days=9), "Gardien",
                             "Baisser le son après 22 h.", False, False)
    service.close_case(case_id, "resolved", OPENED + timedelta(days=30))
    items = service.chronology(case_id)
    assert [(i.on, i.kind, i.code) for i in items] == [
        (date(2025, 3, 1), "signalement", "neighbour_disturbance"),
        (OPENED, "step", "complaint"),
        (OPENED + timedelta(days=9), "signalement", "neighbour_disturbance"),
        (OPENED + timedelta(days=9), "step", "verbal_reminder"),
        (OPENED + timedelta(days=9), "mediation", "internal"),
        (OPENED + timedelta(days=30), "closed", "resolved"),
    ]
    detail = service.get(case_id)
    assert [(p.role, p.household_id) for p in detail.parties] == [
        ("complainant", below), ("respondent", above)]
    service_links = [s.id for s in detail.signalements]
    assert service_links == [first, second]
    with pytest.raises(ValidationError):
        service.unlink_signalement(case_id, first)  # closed cases are kept as they are


def test_the_case_list_filters_sorts_and_pages(workspace, households):
    site, (below, above) = households
    service = ConflictService(workspace)
    ids = [service.open_case(site, nature, f"Cas {n} : {nature}", OPENED + timedelta(days=n),
                             [below], [above]) for n, nature in enumerate(
        ("noise", "smells", "noise", "animals", "noise"))]
    service.close_case(ids[0], "resolved", OPENED + timedelta(days=20))
    from app.services.conflicts import CaseFilter

    rows = service.page(CaseFilter(), limit=2)
    assert [r.id for r in rows] == [ids[4], ids[3]]
    rows += service.page(CaseFilter(), limit=2, after=service.page_key(rows[-1]))
    rows += service.page(CaseFilter(), limit=2, after=service.page_key(rows[-1]))
    assert [r.id for r in rows] == ids[::-1]
    assert rows[0].complainants == "MARTIN Julie" and rows[0].respondents == "DIALLO Moussa"
    assert service.count(CaseFilter(nature="noise", status="open")) == 2
    assert service.count(CaseFilter(site_ids=())) == 0
    assert service.count(CaseFilter(late_on=OPENED + timedelta(days=11))) == 2
    assert [r.id for r in service.page(CaseFilter(text="odeurs"))] == []
    assert [r.id for r in service.page(CaseFilter(text="smells"))] == [ids[1]]
    reference = rows[2].reference
    assert [r.id for r in service.page(CaseFilter(text=reference.lower()))] == [rows[2].id]
    by_due = service.page(CaseFilter(status="open"), sort="next_due_on", descending=False,
                          limit=3)
    by_due += service.page(CaseFilter(status="open"), sort="next_due_on", descending=False,
                           limit=3, after=service.page_key(by_due[-1], "next_due_on"))
    assert [r.id for r in by_due] == ids[1:]
    assert [c.label.split(" – ")[0] for c in service.household_choices(site)] == [
        "DIALLO Moussa", "MARTIN Julie"]
