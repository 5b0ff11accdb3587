"""The sensitive-word guard: the word list, the review flags the services write, the
officer's review (app.services.review) and who may use it."""

from __future__ import annotations

import pytest

from app.domain.privacy import sensitive_fields, sensitive_words

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
