"""A surname alone as the subject of a person verb, where WordNet or spaCy misread it."""

from __future__ import annotations

import pytest

from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # WordNet's proper noun: the lemma index holds "shevchenko" as a word
        (
            "The court heard that Kovalenko met the girls in Odesa. Shevchenko bought the tickets.",
            ["Kovalenko", "Shevchenko"],
            ["Odesa"],
        ),
        # spaCy calls the lone surname an organisation; its ending marks a family name
        (
            "Detectives believe Sokolov laundered the money in Riga.",
            ["Sokolov"],
            ["Riga"],
        ),
    ],
)
def test_when_surname_is_subject_of_person_verb_then_removed(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        "Client said the employer kept her passport.",
        "Driver took the women to the farm every morning.",
        "Lawyer confirmed the hearing date.",
        "Interpol said the network was dismantled.",
        "Police said the van was stolen.",
    ],
)
def test_when_subject_is_a_role_or_agency_then_kept(redactor, text):
    assert redactor.redact(text).text == text


def test_listed_name_nouns_holds_proper_nouns_not_roles(redactor):
    from redaction.factory import listed_name_nouns
    from redaction.name_lists import surnames

    nouns = listed_name_nouns(redactor.nlp, surnames() | {"client", "driver"})
    assert {"reyes", "cortes"} <= nouns
    assert not {"client", "driver", "police"} & nouns


@pytest.mark.parametrize(
    "text",
    [
        "Minors worked in the fields near Salinas.",
        "Money sent to Lagos went through three accounts.",
    ],
)
def test_when_subject_is_a_common_noun_a_name_list_holds_then_kept(redactor, text):
    assert redactor.redact(text).text == text


def test_when_a_listed_town_stands_in_a_route_before_then_it_stays(redactor):
    # spaCy's GPE "Mendoza" is a census surname: only a verb right after it, with no place
    # word or comma before it, makes it a person
    text = "We travelled through Salinas, then Mendoza, then Jujuy before the border."
    assert "Mendoza" in redactor.redact(text).text
