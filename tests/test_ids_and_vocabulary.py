"""Identifiers, references, the code lists and the message catalogue."""

from __future__ import annotations

import re
import string
import uuid

from app.domain import codes, messages
from app.domain.ids import new_id, new_ids, random_codes, references
from app.domain.privacy import sensitive_words
from app.domain.text import fold


def test_ids_are_uuid7_and_increasing():
    ids = new_ids(5000) + new_ids(3) + [new_id()]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for value in ids[:50] + ids[-5:]:
        parsed = uuid.UUID(value)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert new_ids(0) == []


def test_random_codes_use_crockford_alphabet():
    got = random_codes(1000)
    assert all(len(c) == 10 and re.fullmatch(r"[0-9A-HJKMNP-TV-Z]+", c) for c in got)


def test_references_avoid_taken_tails():
    first = references("SIG", [2026] * 3)
    minute = first[0].split("-")[2]
    taken = {r.split("-")[3] for r in first}
    more = references("SIG", [2026] * 2000, taken=lambda m: taken if m == minute else set())
    tails = [r.split("-")[3] for r in more]
    assert len(set(tails)) == 2000 and not taken & set(tails)
    assert all(re.fullmatch(r"SIG-2026-[0-9A-Z]{5}-[0-9A-Z]{5}", r) for r in more)


def test_every_code_has_french_and_english_labels():
    for enum in codes.ALL_CODE_ENUMS:
        for member in enum:
            assert member.fr.strip() and member.en.strip(), member
            assert member.label("fr") == member.fr and member.label("en") == member.en
        assert len({m.fr for m in enum}) == len(enum), f"duplicate French label in {enum}"


def test_domain_categories_are_all_there():
    # The categories named by the field in domain.md, with stable codes.
    assert len(codes.Category) == 16
    assert codes.Category.from_label("dégradations") is codes.Category.DAMAGE
    assert codes.Category.from_label("DRUG_DEALING") is codes.Category.DRUG_DEALING
    assert [s.value for s in codes.ProcedureStep][0] == "complaint"
    assert codes.ProcedureStep.COURT.rank == 7


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_message_catalogue_is_complete():
    for key, (fr, en) in messages.MESSAGES.items():
        assert fr.strip() and en.strip(), key
        assert _fields(fr) == _fields(en), key
        assert fr != en or key in {"check_integrity"}, f"{key} is not translated"


def test_language_switch():
    messages.set_language("en")
    assert messages.msg("required") == "This field is required."
    messages.set_language("fr")
    assert messages.msg("required") == "Ce champ est obligatoire."


def test_detect_language(monkeypatch):
    for var in ("PALIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert messages.detect_language() == "en"
    monkeypatch.setenv("PALIER_LANG", "fr")
    assert messages.detect_language() == "fr"


def test_fold_and_sensitive_words():
    assert fold("  Bâtiment ÉTÉ ") == "batiment ete"
    assert sensitive_words("Voisin fou, alcoolique ; fourgon garé") == ["fou", "alcoolique"]
    assert sensitive_words("Trafic de stupéfiants dans le hall") == []
