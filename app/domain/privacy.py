"""Privacy helpers: warn on words that look like sensitive data in free text.

The data-protection authority sanctioned a landlord for comments such as "alcoolique",
"dépression" or "séropositif" in tenant files. Free text is read by the person concerned
(right of access), so the app warns before such words are saved.
"""

from __future__ import annotations

import re

from app.domain.text import fold

# Folded (lower-case, no accents). A word starting with a stem, or equal to a word, is flagged.
SENSITIVE_STEMS: tuple[str, ...] = (
    # health
    "alcooli", "depress", "schizo", "psychiatr", "bipolaire", "seropositi", "sida", "alzheimer",
    "handicap", "maladi", "malade", "dement", "toxicoman", "diabet", "enceinte", "grossesse",
    "cancer", "alcoholic", "hiv",
    # religion and ethnic origin
    "musulman", "juif", "juive", "chretien", "catholique", "religieu", "ethni", "gitan",
    # insults
    "debile", "clochard", "ivrogne",
)
SENSITIVE_WORDS: frozenset[str] = frozenset({"vih", "fou", "folle", "race", "roms", "religion"})

PRIVACY_REMINDER_FR = (
    "Restez factuel : décrivez ce que vous avez vu ou entendu, sans jugement ni donnée "
    "de santé, de religion ou d'origine. La personne concernée peut demander à lire ce texte."
)

_WORD = re.compile(r"[\w'-]+", re.UNICODE)


def sensitive_words(text: str) -> list[str]:
    """The words of `text` that look like sensitive data, in order, without repeats."""
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        folded = fold(word)
        if (folded in SENSITIVE_WORDS or folded.startswith(SENSITIVE_STEMS)) and word not in found:
            found.append(word)
    return found
