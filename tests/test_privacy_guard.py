"""The sensitive-word guard: the word list, the review flags the services write, the
officer's review (app.services.review) and who may use it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.domain.privacy import sensitive_fields, sensitive_words
from app.models import AuditEntry, ReviewFlag
from app.services.base import Actor
from app.services.conflicts import ConflictService
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.places import PlaceService
from app.services.review import ReviewService
from app.services.signalements import SignalementDraft, SignalementService
from app.services.welfare import WelfareService
from tests.privacy_data import T0, case, people, signalement, welfare_entry

# One sentence per category the data-protection authority names; each must be flagged.
FLAGGED = [
    # health
    ("Le locataire est alcoolique", "alcoolique"),
    ("Madame souffre de dépression", "dépression"),
    ("Il est séropositif", "séropositif"),
    ("Voisin schizophrène", "schizophrène"),
    ("Elle est handicapée depuis l'accident", "handicapée"),
    ("Il a été hospitalisé la semaine dernière", "hospitalisé"),
    ("Il a fait une tentative de suicide", "suicide"),
    # addictions
    ("Un jeune drogué dans la cave", "drogué"),
    ("Un toxico dort dans le local vélos", "toxico"),
    ("Le voisin est accro", "accro"),
    # religion
    ("Famille musulmane du 3e", "musulmane"),
    ("Il revenait de la synagogue", "synagogue"),
    ("Une femme voilée", "voilée"),
    # origin
    ("Deux individus d'origine maghrébine", "maghrébine"),
    ("Un groupe de Roms", "Roms"),
    ("Un individu nord-africain", "africain"),
    ("Deux hommes de type asiatique", "asiatique"),
    # sexual life
    ("Le locataire est homosexuel", "homosexuel"),
    ("Une prostituée devant l'entrée", "prostituée"),
    # insults and subjective judgements
    ("Il l'a traité de sale voleur", "sale"),
    ("Locataire fainéant qui ne sort pas ses poubelles", "fainéant"),
    ("Voisine hystérique", "hystérique"),
    ("C'est un connard", "connard"),
    ("Un vrai voyou", "voyou"),
    ("Un individu louche rôde", "louche"),
]

# Everyday words of the field that only look like the ones above: never flagged.
NOT_FLAGGED = [
    "Trafic de drogue au pied du bâtiment B",
    "Prostitution constatée sur le parking",
    "Le hall est sale depuis lundi",
    "Hall sale et encombré",
    "Aujourd'hui le hall est très sale.",
    "Voiture garée sur la place handicapés",
    "Amiante cancérigène signalée dans les caves",
    "Dépôt d'ordures ménagères au pied de l'immeuble",
    "Musique forte : une enceinte sur le balcon",
    "Dans l'enceinte de la résidence",
    "Un jeune s'attarde dans le hall, sans démenti du gardien",
    "Les voisins, protestant contre le bruit, ont appelé le 17",
    "Réunion du conseil syndical dans la salle commune",
    "Caméra de l'entrée contre la porte du local",
    "Fuite de produit toxique dans la chaufferie",
    "Le concierge a constaté des tags racistes",
]


@pytest.mark.parametrize(("text", "word"), FLAGGED)
def test_each_category_is_flagged(text, word):
    assert word in sensitive_words(text)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_common_words_are_not_flagged(text):
    assert sensitive_words(text) == []


def test_words_come_once_in_order_and_by_field():
    assert sensitive_words("Alcoolique, toxico et alcoolique") == ["Alcoolique", "toxico",
                                                                  "alcoolique"]
    assert sensitive_fields({"summary": "Voisin fou", "outcome": "Rien", "notes": None}) == {
        "summary": ["fou"]}


# The services flag what they save ---------------------------------------------------------

@pytest.fixture
def p(workspace, landlord_site):
    return people(workspace, landlord_site)


def flags(workspace) -> list[tuple[str, str, str, str]]:
    with workspace.session() as s:
        return [(f.kind, f.record_id, f.fields, f.words) for f in s.scalars(
            select(ReviewFlag).where(ReviewFlag.reviewed_at.is_(None))
            .order_by(ReviewFlag.flagged_at))]


def test_clean_text_is_not_flagged(workspace, p):
    signalement(workspace, p)
    case(workspace, p)
    welfare_entry(workspace, p, home_care="Aide à domicile le mardi")
    assert flags(workspace) == []


def test_a_signalement_saved_with_sensitive_words_is_flagged(workspace, p):
    sid = signalement(workspace, p, description="Le voisin du 2e est alcoolique",
                      witnesses="Une voisine hystérique")
    assert flags(workspace) == [("signalement", sid, "description, witnesses",
                                 "alcoolique, hystérique")]
    service = SignalementService(workspace)
    got = service.get(sid)
    # An edit adds to the pending flag instead of making a second one.
    service.update(sid, got.version, replace(got.draft, harm_people="Un toxico blessé"))
    assert flags(workspace) == [("signalement", sid, "description, witnesses, harm_people",
                                 "alcoolique, hystérique, toxico")]
    service.add_referral(sid, "police", date.today(), "email", notes="Voisin drogué")
    assert flags(workspace)[0][3].endswith("drogué")


def test_a_batch_flags_only_its_records_with_sensitive_words(workspace, p):
    drafts = [SignalementDraft(category="damage", site_id=p.site, facts_start=T0,
                               description=text)
              for text in ("Porte forcée", "Tags, le gardien traité de sale con",
                           "Trafic de drogue dans le hall", "Individu drogué dans la cave")]
    ids = SignalementService(workspace).create_many(drafts)
    assert [(f[1], f[3]) for f in flags(workspace)] == [(ids[1], "sale, con"),
                                                        (ids[3], "drogué")]


def test_case_steps_sessions_and_welfare_flag_their_record(workspace, p):
    cid = case(workspace, p, summary="Voisin fou qui crie la nuit")
    conflicts = ConflictService(workspace)
    conflicts.add_step(cid, "verbal_reminder", date.today(), "Rappel fait, il est bipolaire")
    eid = welfare_entry(workspace, p, home_care="Infirmière pour son diabète")
    WelfareService(workspace).record_check(eid, date.today(), datetime.now(UTC), "call",
                                           "reached_fine", notes="Elle dit être dépressive")
    got = flags(workspace)
    assert got == [("conflict_case", cid, "summary, step_outcome", "fou, bipolaire"),
                   ("welfare_entry", eid, "home_care, check_notes", "diabète, dépressive")]


# The officer's review ---------------------------------------------------------------------

def officer(p, org=None) -> Actor:
    return Actor(user_id=p.officer, org_id=org or p.org, role="officer", signed_in=True)


def test_the_officer_lists_counts_and_marks_reviewed(workspace, p):
    sid = signalement(workspace, p, description="Locataire alcoolique")
    cid = case(workspace, p, summary="Voisine hystérique")
    eid = welfare_entry(workspace, p, home_care="Suivi psychiatrique")
    SignalementService(workspace, Actor(user_id=p.caretaker)).create(SignalementDraft(
        category="damage", site_id=p.site, facts_start=T0, description="Un toxico a cassé"))
    review = ReviewService(workspace, officer(p))
    assert review.count_pending() == 4
    rows = review.pending(limit=3)
    assert [(r.kind, r.id, r.words) for r in rows] == [
        ("signalement", sid, ["alcoolique"]), ("conflict_case", cid, ["hystérique"]),
        ("welfare_entry", eid, ["psychiatrique"])]
    assert rows[0].reference.startswith("SIG-") and rows[1].reference.startswith("VOI-")
    assert rows[2].reference == "PETIT Jeanne"
    last = review.pending(limit=3, offset=3)
    assert last[0].flagged_by == "Paul Gardien" and last[0].fields == ["description"]

    review.mark_reviewed("conflict_case", cid)
    assert review.count_pending() == 3
    assert cid not in [r.id for r in review.pending()]
    with workspace.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (entry.action, entry.entity_id, entry.user_id, entry.summary) == (
            "update", cid, p.officer, "reviewed")
    with pytest.raises(NotFound):
        review.mark_reviewed("conflict_case", cid)  # already reviewed
    with pytest.raises(ValidationError):
        review.mark_reviewed("household", cid)
    # Saved again with a sensitive word: pending once more.
    ConflictService(workspace).add_step(cid, "verbal_reminder", date.today(), "Encore fou")
    assert review.count_pending() == 4


@pytest.mark.parametrize("role", ["caretaker", "mediator", "admin", "partner"])
def test_only_the_officer_may_review(workspace, p, role):
    sid = signalement(workspace, p, description="Locataire alcoolique")
    review = ReviewService(workspace, Actor(user_id=p.caretaker, org_id=p.org, role=role,
                                            site_ids=frozenset({p.site}), signed_in=True))
    for call in (review.pending, review.count_pending,
                 lambda: review.mark_reviewed("signalement", sid)):
        with pytest.raises(PermissionDenied):
            call()
    assert ReviewService(workspace).count_pending() == 1  # the system (unsigned) may


def test_an_officer_sees_only_the_flags_of_their_organisation(workspace, p):
    signalement(workspace, p, description="Locataire alcoolique")
    other = PlaceService(workspace).create_organisation("Autre Bailleur", "landlord")
    assert ReviewService(workspace, officer(p, other)).count_pending() == 0
    assert ReviewService(workspace, officer(p, other)).pending() == []
    assert ReviewService(workspace, officer(p)).count_pending() == 1
