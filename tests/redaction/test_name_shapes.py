"""Names the NER misses: a surname in capitals before the given name ("HORVÁTH Zoltán"),
and Slavic surnames after a given name ("Oleksandr Shevchenko"). Exact spans, real word lists."""

from __future__ import annotations

from typing import Any

import pytest

from tests.redaction.helpers import where

_RULES = {"surname in capitals + given name", "given name + Slavic surname"}


def _context_recognizer(redactor: Any) -> Any:
    return next(r for r in redactor.analyzer.registry.recognizers if r.name == "person_context")


def _rule_spans(recognizer: Any, text: str) -> list[tuple[int, int]]:
    results = recognizer.analyze(text, ["PERSON"], nlp_artifacts=None)
    return sorted(
        (r.start, r.end)
        for r in results
        if r.analysis_explanation and r.analysis_explanation.pattern_name in _RULES
    )


# (text, values the two rules must find exactly; nothing else)
NAME_SHAPES = [
    ("The man was called HORVÁTH Zoltán and drove a van.", ["HORVÁTH Zoltán"]),
    ("the suspect NGUYEN Van Tuan was arrested", ["NGUYEN Van Tuan"]),
    ("ask PHAM Thi Lan Please", ["PHAM Thi Lan"]),  # trailing English word cut
    ("Witnesses saw PETROV Ivan near the port.", ["PETROV Ivan"]),
    ("TRẦN Thị Mai was recruited", ["TRẦN Thị Mai"]),
    # "li" and "wei" are both in spaCy's word list, so "LI Wei" is left to the NER (a limit)
    ("LI Wei and WU Jun travelled", ["WU Jun"]),
    ("He met KIM Min-jun in Seoul", ["KIM Min-jun"]),
    ("OKONKWO Chiamaka said so", ["OKONKWO Chiamaka"]),
    ("DA SILVA Maria José signed", ["DA SILVA Maria José"]),
    ("The boat was owned by Oleksandr Shevchenko and his brother.", ["Oleksandr Shevchenko"]),
    ("Workers paid Bohdan Tkachuk 500 euros.", ["Bohdan Tkachuk"]),
    ("rented to Mykhailo Kovalchuk in Warsaw", ["Mykhailo Kovalchuk"]),
    ("a van of Dmytro Kravets and Yurii Lytvynenko", ["Yurii Lytvynenko"]),
    ("Iryna Zelenska housed three women", ["Iryna Zelenska"]),
    ("Andrzej Kowalski paid them", ["Andrzej Kowalski"]),
    # must not match: acronyms, bodies, places and countries in capitals
    ("Reports by UNODC and ILO say VIETNAM and the UK lead.", []),
    ("Staff of UNODC Bangkok and IOM Thailand met ILO Geneva.", []),
    ("The NGO Caritas and USA Today reported.", []),
    ("UK Border Force and EU Frontex officers", []),
    ("According to BBC Panorama, the ILO Convention applies.", []),
    ("Police in VIETNAM Hanoi and NIGERIA Lagos", []),
    ("from IOM Bangkok, UNICEF Vietnam, ECPAT Taiwan", []),
    ("The NCA Director spoke", []),
    ("CASE NOTES Monday", []),
    ("URGENT Please call", []),
    ("at Taras Shevchenko National University", []),
    ("the Kovalenko family", []),  # one word: left to the family rule
    ("letters from Poczta Polska and Orange Polska", []),
    ("a loan from Bank Polski", []),
    ("PT Maju Jaya and SARL Dupont and OOO Vega hired them", []),
    ("CV Sinar Abadi paid", []),
]


@pytest.mark.parametrize(("text", "expected"), NAME_SHAPES)
def test_when_surname_in_capitals_or_slavic_then_exact_name_found(redactor, text, expected):
    recognizer = _context_recognizer(redactor)
    assert _rule_spans(recognizer, text) == where(text, *expected)


# Whole redactor (spaCy included): the name goes, the bodies and places stay.
REDACTED = [
    ("The man was called HORVÁTH Zoltán and drove a van.", ["HORVÁTH", "Zoltán"], []),
    ("Witnesses saw HORVÁTH Zoltán near the port.", ["HORVÁTH", "Zoltán"], []),
    ("the suspect NGUYEN Van Tuan was held", ["NGUYEN", "Tuan"], []),
    (
        "Reports by UNODC and ILO say VIETNAM and the UK lead.",
        [],
        ["UNODC", "ILO", "VIETNAM", "UK"],
    ),
    ("Staff of UNODC Bangkok met IOM Thailand.", [], ["UNODC", "Bangkok", "IOM", "Thailand"]),
    ("The boat was owned by Oleksandr Shevchenko.", ["Oleksandr", "Shevchenko"], []),
    (
        "Aung's national registration card number is 10/MLM(N)078914, and",
        ["10/MLM(N)078914", "MLM"],
        ["national registration card"],
    ),
]


@pytest.mark.parametrize(("text", "gone", "kept"), REDACTED)
def test_when_redacted_then_names_and_nrc_gone_and_bodies_kept(redactor, text, gone, kept):
    out = redactor.redact(text).text
    for value in gone:
        assert value not in out
    for value in kept:
        assert value in out
