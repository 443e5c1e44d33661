"""Name parts the links bench found left beside a removed name, and names spaCy does not read
(redaction.name_tails, redaction.unread_names, the chat time-stamp speaker; issue 17)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_extent import NameExtent
from redaction.person_guard import normalize
from tests.redaction.checks import check_redaction, check_unchanged
from tests.redaction.helpers import where

# Words a fake guard refuses, accents folded as the real one folds them ("Jesús" is "jesus",
# a case word of the gazetteer).
_NOT_NAMES = frozenset("the was kept by until she at met paid sent on to jesus".split())


def _extent() -> NameExtent:
    return NameExtent(lambda word: normalize(word.rstrip(".")) not in _NOT_NAMES)


# (text, the span found, the span after growing)
TAILS = [
    # the second (or first) half of a double surname after (or before) a hyphen
    (
        "kept by Anne-Sophie Dubois-Laurent until",
        "Anne-Sophie Dubois",
        "Anne-Sophie Dubois-Laurent",
    ),
    ("kept by Dubois-Laurent until", "Laurent", "Dubois-Laurent"),
    ("kept by DUBOIS-LAURENT until", "DUBOIS", "DUBOIS-LAURENT"),
    # a chain of particles, or one no single-particle list holds, before the surname
    ("identified as María Fernández de la Cruz.", "María Fernández", "María Fernández de la Cruz"),
    ("sender Rosalia dela Cruz, amount", "Rosalia", "Rosalia dela Cruz"),
    ("let to Johan van der Berg and", "Johan", "Johan van der Berg"),
    ("paid to Ana de los Santos on", "Ana", "Ana de los Santos"),
    # a given name with its accent before the name, though folded it is a case word
    ("[22:14] Jesús Tzoc Batz: the van", "Tzoc Batz", "Jesús Tzoc Batz"),
    # a given name after a surname in capitals and a comma
    ("transport: TZUL BATZ, Jesús", "TZUL BATZ", "TZUL BATZ, Jesús"),
    ("in the name of PERERA, Nimal at a stall", "PERERA", "PERERA, Nimal"),
]

# Nothing to add: the span stays as found.
NO_TAILS = [
    ("paid by Maria-based staff", "Maria", "Maria"),  # lower case after the hyphen
    ("sent to Ana der Berg", "Ana", "Ana"),  # "der" only inside a chain
    ("sent to Ana de la the", "Ana", "Ana"),  # no name after the particles
    ("met Jesus Tzoc", "Tzoc", "Tzoc"),  # no accent: the case word stays
    ("met Perera, Nimal", "Perera", "Perera"),  # not a surname in capitals
    ("met PERERA, Nimal Perera", "PERERA", "PERERA"),  # a capitalised word follows
]


@pytest.mark.parametrize(("text", "found", "expected"), TAILS + NO_TAILS)
def test_when_a_name_part_stands_beside_a_found_name_then_the_span_grows_over_it(
    text: str, found: str, expected: str
) -> None:
    [(start, end)] = where(text, found)
    assert [_extent().extend(text, start, end)] == where(text, expected)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Her passport was kept by Anne-Sophie Dubois-Laurent until she escaped.", "Laurent"),
        (
            "Case summary: the controller was identified as María Jesús Fernández de la Cruz.",
            "Cruz",
        ),
        ("4471: sender Rosalia dela Cruz, amount withheld.", "Cruz"),
        ("[14/03 22:14] Jesús Tzoc Batz: the van leaves at six.", "Jesús"),
        ("Shelter intake form, person responsible for her transport: TZUL BATZ, Jesús", "Jesús"),
        # names spaCy does not read
        ("Bail list, Court 2: Нурсултан Абенов, remanded in custody.", ["Нурсултан", "Абенов"]),
        ("Her brother Γιώργος Παπαδόπουλος paid the deposit.", "Παπαδόπουλος"),
        ("The crew list names Md. Rafiqul Islam as the skipper.", ["Rafiqul", "Islam"]),
        # a chat line run into a paragraph, its speaker after a time stamp
        (
            "Workers were housed above a nail bar. [14/03 22:14] AUNG KYAW MOE: the van leaves.",
            ["AUNG", "KYAW", "MOE"],
        ),
        (
            "The page listed an address. [14/03 22:14] Souksakhone Phommachanh: bring passports.",
            "Phommachanh",
        ),
    ],
)
def test_when_a_name_part_is_left_beside_a_name_then_the_redactor_removes_it(
    redactor: Any, text: str, leaked: str | list[str]
) -> None:
    check_redaction(redactor, text, gone=leaked, placeholder="<PERSON_1>")


@pytest.mark.parametrize(
    "text",
    [
        # a chat speaker that is a role word, and a bracket that is no time stamp
        "Workers were moved at night. [14/03 22:14] Driver: the van leaves at six.",
        "Notes [2] Summary: nothing found.",
        # one Cyrillic word, and capitals (an organisation's legal form), are no person's name
        "The label read ООО in Cyrillic letters.",
        "The route ran through the Sudan-Chad border area.",
    ],
)
def test_when_no_name_is_there_then_the_new_shapes_keep_the_text(redactor: Any, text: str) -> None:
    check_unchanged(redactor, text)
