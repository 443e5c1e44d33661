"""Places listed after a place preposition and names inside organisations' names (issue 14,
round 8): the neighbours show no person. Unit tests of the two rules (no spaCy), then the
whole redactor on new sentences, with people beside the same shapes still removed."""

from __future__ import annotations

import pytest

from redaction.not_a_person import inside_organisation_name, listed_after_place_preposition
from redaction.person_guard import PersonGuard
from tests.redaction.checks import check_redaction


@pytest.fixture(scope="module")
def guard() -> PersonGuard:
    return PersonGuard()


@pytest.mark.parametrize(
    ("text", "span", "listed"),
    [
        ("Pickers were bussed to farms near Tralee and Listowel.", "Listowel", True),
        ("rooms in Walsall, Tipton and West Bromwich", "West Bromwich", True),
        ("In March Ana and Mirela were moved.", "Mirela", False),  # a date, then people
        ("She smiled at Ana and Mirela.", "Mirela", False),  # aimed at someone
        ("a flat in Leeds with Ana and Mirela", "Mirela", False),  # "with" ends the list
        ("housed in Derby, Ana and Maria in one room", "Maria", False),  # a given name
        ("near Tralee and Listowel's harbour", "Listowel", False),  # possessive
    ],
)
def test_when_span_ends_a_list_after_a_place_preposition_then_it_is_a_place(
    guard, text, span, listed
):
    start = text.index(span)
    assert listed_after_place_preposition(text, start, start + len(span), guard) is listed


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        ("workers of Fazenda Santa Luzia in Goiás", "Santa Luzia", True),
        ("the Ministério Público do Trabalho inspected it", "Trabalho", True),
        ("she stayed at Hotel Adelina for a week", "Adelina", True),
        ("the minister Ana Costa said", "Ana Costa", False),
        ("a hotel Ana Costa ran", "Ana Costa", False),  # lower case: no name opener
    ],
)
def test_when_an_organisation_opener_precedes_the_span_then_it_is_no_person(text, span, inside):
    start = text.index(span)
    assert inside_organisation_name(text, start, start + len(span)) is inside


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Labour inspectors visited packhouses near Tralee and Listowel; Dorota Wilk was "
            "arrested.",
            ["Tralee", "Listowel"],
            ["Dorota", "Wilk"],
        ),
        (
            "Inspectors of Cooperativa Agrícola Santa Rosa found Rafael Quispe sleeping in a shed.",
            ["Cooperativa Agrícola Santa Rosa"],
            ["Quispe"],
        ),
    ],
)
def test_when_lists_of_places_or_org_names_then_they_stay_and_people_go(redactor, text, kept, gone):
    check_redaction(redactor, text, kept=kept, gone=gone)
