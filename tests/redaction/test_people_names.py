"""A people's or a faith's name that is also a given name opens a name before a surname
("Karen Jensen", "KAREN HILL", "Christian Berg"); before a people's noun, or alone, it
stays a people (issue 14, redact22)."""

from __future__ import annotations

import pytest

from redaction.name_titles import people_opens_name
from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("words", "opens"),
    [
        (["Karen", "Jensen"], True),
        (["KAREN", "HILL"], True),  # a census surname that is an English word
        (["Christian", "Møller"], True),
        (["Karen", "State"], False),  # a people's noun
        (["Karen", "Hills"], False),
        (["Christian", "Aid"], False),
        (["Karen", "women"], False),  # not written the same way
        (["KAREN", "Hill"], False),
        (["Karen"], False),
        (["Burmese", "Jensen"], False),  # no given name
    ],
)
def test_when_a_people_name_opens_words_then_it_opens_a_name_only_before_a_surname(
    redactor, words, opens
):
    assert people_opens_name(words, redactor.guard.surname_or_name_word) is opens


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Team leader Karen Jensen signs the hours sheet.",
            [],
            ["Karen", "Jensen"],
        ),
        ("SUPPORT WORKER: KAREN HILL.", [], ["KAREN", "HILL"]),
        (
            "Notes from support worker Karen Walsh: met two clients. Karen will call on Friday.",
            [],
            ["Karen"],
        ),
        ("Christian Berg drove the van.", [], ["Christian", "Berg"]),
        (
            "Intake note: Naw Paw, a Karen woman from Myanmar, was referred by the clinic.",
            ["Karen woman", "Myanmar"],
            ["Naw Paw"],
        ),
        ("41 KAREN AND 12 KARENNI ARRIVALS AT THE CAMP.", ["KAREN AND"], []),
        ("Christian Aid paid for the shelter in Karen State.", ["Christian Aid", "Karen"], []),
    ],
)
def test_when_karen_is_a_given_name_then_it_goes_and_as_a_people_it_stays(
    redactor, text, kept, gone
):
    check_redaction(redactor, text, kept=kept, gone=gone)
