"""Street patterns that find a street named in a sentence flag themselves as opening no
address block, so `address_block` reads the flag instead of a copied list of names."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern

from redaction.recognizers.address_block import PROSE_PATTERNS, AddressBlockRecognizer
from redaction.recognizers.street_address import PATTERNS, StreetAddressRecognizer
from redaction.recognizers.street_world import ProsePattern


def test_when_a_street_pattern_is_flagged_prose_then_address_block_knows_it_by_the_flag() -> None:
    flagged = {p.name for p in PATTERNS if isinstance(p, ProsePattern)}
    assert flagged == {
        "street named after a preposition",
        "a home's street, no number",
        "number N on a street",
        "a home's street in lower case, no number",
    }
    assert flagged == PROSE_PATTERNS


def test_when_the_recognizer_copies_its_patterns_then_the_prose_flag_survives() -> None:
    recognizer = StreetAddressRecognizer()
    kinds = {p.name: type(p) for p in recognizer.patterns}
    assert {name for name, kind in kinds.items() if kind is ProsePattern} == PROSE_PATTERNS
    assert kinds["UK postcode"] is Pattern


@pytest.mark.parametrize(
    "text",
    [
        "Night Shift Log\nshe lives in Mill Lane since 2019",
        "Site Visit Record\nwe waited at number 4 on Albert Street",
    ],
)
def test_when_a_street_is_named_in_a_sentence_then_the_line_above_is_no_name_line(
    text: str,
) -> None:
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS", "PERSON"])
    assert [text[r.start : r.end] for r in results if r.entity_type == "PERSON"] == []
