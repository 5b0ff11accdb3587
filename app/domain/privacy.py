"""Privacy helpers: warn on words that look like sensitive data in free text.

The data-protection authority sanctioned a landlord for comments such as "alcoolique",
"dépression" or "séropositif" in tenant files. Free text is read by the person concerned
(right of access), so the app warns before such words are saved, and a record saved with
them anyway is flagged for the security officer's review (app.services.review).

The lists cover what the authority names: health, addictions, religion, origin, sexual
life, insults and subjective judgements. They leave out words that are everyday
vocabulary of the field even though they look close: "drogue" (the drug of a dealing
report, unlike "drogué"), "prostitution" (a signalement category, unlike "prostituée"),
"enceinte" (the loudspeaker of a noise complaint), "caméra", "démenti", "toxique",
"ordures" (fly-tipping), "cancérigène" (asbestos), "place handicapés" (a parking
space), and "sale" after a verb ("le hall est sale" is a fact, "sale type" an insult).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from app.domain.text import fold

# Folded (lower-case, no accents). A word starting with one of these is flagged.
SENSITIVE_STEMS: tuple[str, ...] = (
    # health
    "alcooli", "depress", "antidepress", "schizo", "psychiatr", "psychot", "psychose",
    "psychopath", "sociopath", "paranoi", "parano", "nevros", "nevrot", "bipolaire",
    "seropositi", "sidaique", "alzheimer", "parkinson", "handicap", "maladi", "malade",
    "demence", "diabet", "grossesse", "cancer", "tumeur", "chimiotherap", "hepatite",
    "tuberculos", "epilep", "autism", "autiste", "trisomi", "mongolien", "anorexi",
    "boulimi", "obesite", "suicid", "hospitalis", "medicament", "neurolept", "cirrhose",
    "caracteriel", "sevrage", "methadone", "subutex", "alcoholic", "hiv",
    # addictions
    "toxico", "alcoolo", "ivrogne", "poivrot", "soulard", "junkie", "addict", "cocainoman",
    "heroinoman", "overdose",
    # religion
    "musulman", "chretien", "catholique", "religieu", "islam", "salafis",
    "integris", "bouddhis", "evangeli", "jehovah", "judai", "hindou", "mosquee", "synagogue",
    "hijab", "burka",
    # ethnic or national origin
    "ethni", "gitan", "tzigane", "manouche", "maghrebin", "africain", "immigre", "negre",
    "negro", "bougnoul", "bicot", "youpin", "chinetoque", "bamboula", "tsigane", "asiatique",
    "antillais", "clandestin", "algerien", "marocain", "tunisien", "senegalais", "malien",
    "comorien", "roumain", "tchetchen", "albanais", "kosovar", "congolais", "ivoirien",
    "camerounais", "haitien", "pakistanais", "afghan", "syrien",
    # sexual life
    "homosexu", "lesbien", "bisexu", "transsexu", "transgenre", "prostitu", "michetonn",
    "libertin", "echangis", "partouz", "adulter", "pedophil", "porno", "tarlouz",
    # insults
    "debile", "clochard", "clodo", "connard", "connass", "salaud", "salop", "abruti",
    "cretin", "imbecil", "batard", "racaille", "cassos", "crasseu", "pouilleu",
    "raclure", "enfoire", "encule", "barjo", "zonard", "voyou", "parasite", "minable",
    "degenere", "grognasse", "poufiasse", "petasse", "bouffon", "boloss", "crevard",
    "sauvageon", "malpropre", "schlag",
    # subjective judgements
    "faineant", "feignant", "feignasse", "hysteri", "menteu", "mythoman", "sournois",
    "malhonnete", "vicieu", "pervers", "paresseu", "profiteu", "irresponsable",
)
# Folded whole words: too short or too common as stems.
SENSITIVE_WORDS: frozenset[str] = frozenset({
    "vih", "sida", "fou", "folle", "fous", "folles", "dement", "demente", "dements",
    "dementes", "race", "races", "racial", "raciale", "raciaux", "roms", "rom",
    "religion", "juif", "juive", "juifs", "juives", "catho", "cathos", "athee", "athees",
    "secte", "kippa", "burqa", "niqab", "ramadan", "arabe", "arabes", "beur", "beurs",
    "beurette", "rebeu", "renoi", "homo", "homos", "gay", "gays", "pede", "pedes",
    "gouine", "gouines", "travelo", "travelos", "pute", "putes", "amant", "amante",
    "amants", "sale", "sales", "con", "conne", "connes", "merde", "idiot", "idiote",
    "idiots", "cingle", "cinglee", "cingles", "accro", "accros", "crado", "cradingue",
    "protestante", "protestantes", "protestants", "ordure", "turc", "turcs", "dingue",
    "dingues", "plouc", "beauf", "louche", "louches", "nationalite",
})
# Lower-case with accents: the accent is what tells them from an everyday word
# ("drogue" the drug, "came" the slang for it, "tare" a weight).
ACCENTED_WORDS: frozenset[str] = frozenset({
    "drogué", "droguée", "drogués", "droguées", "camé", "camée", "camés", "camées",
    "taré", "tarée", "tarés", "tarées", "shooté", "shootée", "shootés", "shootées",
    "demeuré", "demeurée", "demeurés", "demeurées", "attardé", "attardée", "attardés",
    "attardées", "voilée", "voilées",
})
# Words a stem above would catch but that the field uses for facts, not people.
NOT_SENSITIVE: frozenset[str] = frozenset({"prostitution", "prostitutions", "cancerigene",
                                         "cancerigenes", "cancerogene", "cancerogenes"})
# A word a stem flags, after one of these, names a place or a thing, not a person.
HARMLESS_BEFORE: dict[str, frozenset[str]] = {
    "handicap": frozenset({"place", "places", "stationnement", "acces", "ascenseur",
                           "toilettes", "wc", "rampe", "parking", "emplacement"}),
}
# "sale" is an insult before a noun ("sale type"), a fact after a verb or at the end.
_SALE = frozenset({"sale", "sales"})
_FACT_BEFORE_SALE = frozenset({
    "est", "sont", "etait", "etaient", "reste", "restent", "devenu", "devenue", "tres",
    "trop", "assez", "plus", "moins", "si", "aussi", "tout", "toute", "encore", "toujours",
    "vraiment", "laisse", "laissee", "laisses", "laissees", "rendu", "rendue", "semble",
    "semblent", "parait", "linge", "vaisselle",
})
_FACT_AFTER_SALE = frozenset({
    "et", "ou", "mais", "depuis", "car", "avec", "sans", "a", "au", "aux", "de", "du", "des",
    "par", "pour", "dans", "sur", "sous", "ce", "cet", "cette", "ces", "le", "la", "les",
    "un", "une", "en", "apres", "avant", "pendant", "malgre", "selon", "que", "qui",
    "comme", "ici", "partout", "encore", "aujourd", "hier",
})

PRIVACY_REMINDER_FR = (
    "Restez factuel : décrivez ce que vous avez vu ou entendu, sans jugement ni donnée "
    "de santé, de religion ou d'origine. La personne concernée peut demander à lire ce texte."
)

# Words only: "l'alcoolique" and "nord-africain" are read as two words each.
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=65536)
def is_sensitive(word: str) -> bool:
    """True when one word (any case) looks like sensitive data. Cached: a batch of
    100,000 signalements repeats the same few thousand words."""
    lower = unicodedata.normalize("NFC", word.lower())
    if lower in ACCENTED_WORDS:
        return True
    folded = fold(lower)
    if folded in NOT_SENSITIVE:
        return False
    return folded in SENSITIVE_WORDS or folded.startswith(SENSITIVE_STEMS)


def sensitive_words(text: str) -> list[str]:
    """The words of `text` that look like sensitive data, in order, without repeats."""
    found: list[str] = []
    if not text:
        return found
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if is_sensitive(word) and word not in found and not _harmless_here(words, i):
            found.append(word)
    return found


def _harmless_here(words: list[str], i: int) -> bool:
    """A flagged word that its neighbours show to be about a place or a thing."""
    folded = fold(words[i])
    before = fold(words[i - 1]) if i > 0 else ""
    if folded in _SALE:
        after = fold(words[i + 1]) if i + 1 < len(words) else ""
        return not after or after in _FACT_AFTER_SALE or before in _FACT_BEFORE_SALE
    return any(folded.startswith(stem) and before in harmless
               for stem, harmless in HARMLESS_BEFORE.items())


def sensitive_in(texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Per field name, the sensitive-looking words of its text; fields without any left out."""
    found: dict[str, list[str]] = {}
    for name, text in texts.items():
        words = sensitive_words(text or "")
        if words:
            found[name] = words
    return found


def words_of(found: Mapping[str, list[str]]) -> list[str]:
    """The words of sensitive_in's answer, in field order, without repeats."""
    out: list[str] = []
    for words in found.values():
        out.extend(w for w in words if w not in out)
    return out


def sensitive_fields(texts: dict[str, str | None]) -> dict[str, list[str]]:
    """For each named free-text field that has any, its sensitive words (field order)."""
    return {name: found for name, text in texts.items() if (found := sensitive_words(text or ""))}
