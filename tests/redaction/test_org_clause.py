"""Organisations with no cue word, kept by the clause they head or the words before them, and
by a cue at another mention of the same name (issue 14, org12).

Each kept shape has a person in a near shape that still goes.
"""

from __future__ import annotations

import pytest

from redaction.org_clause import clause_cue, place_of_business_cue
from redaction.org_cues import organisation_cue
from tests.redaction.checks import people_found, span_of


@pytest.mark.parametrize(
    ("text", "value", "cued"),
    [
        ("Korvane pays its pickers by the crate.", "Korvane", True),
        ("Calloway said its suppliers had signed the code.", "Calloway", True),
        ("Vantiq says drivers on its app are self-employed.", "Vantiq", True),
        ("Kavora says it fired him in May.", "Kavora", True),
        ("The court heard this. Castellan said it would compensate workers.", "Castellan", True),
        ("Ortega sold the car and its papers.", "Ortega", False),
        ("Marenco denied that Gutiérrez acted on its behalf.", "Gutiérrez", False),
        ("Okonkwo said it was too late.", "Okonkwo", False),
        ("Delgado said it paid well.", "Delgado", False),
        ("Maria told him its owner had left.", "Maria", False),
    ],
)
def test_when_a_name_heads_a_clause_about_its_own_things_then_clause_cue(text, value, cued):
    assert clause_cue(text, *span_of(text, value)) is cued


@pytest.mark.parametrize(
    ("text", "value", "cued"),
    [
        ("They were promised jobs at Brisamar in the spring.", "Brisamar", True),
        ("She worked at Quellan for a year.", "Quellan", True),
        ("She found the job advert on Jobzilo.", "Jobzilo", True),
        ("He bought gift cards and sold them on Tradora.", "Tradora", True),
        ("She worked at Ortega's for a year.", "Ortega", False),
        ("She worked for Okonkwo for two years.", "Okonkwo", False),
        ("The police relied on Ortega for the names.", "Ortega", False),
    ],
)
def test_when_a_job_is_at_it_or_an_advert_on_it_then_place_of_business_cue(text, value, cued):
    assert place_of_business_cue(text, *span_of(text, value)) is cued


@pytest.mark.parametrize(
    ("text", "value", "nth", "kept"),
    [
        # The cue stands at the second mention; the first is kept for it.
        ("Bellmoor pays late. Bellmoor's warehouse employs 400.", "Bellmoor", 0, True),
        ("Skyvia flew the women to Doha; Skyvia staff saw them.", "Skyvia", 0, True),
        # A title or given name before some mention: a person, not a company.
        ("Mr Bellmoor pays late. Bellmoor's warehouse employs 400.", "Bellmoor", 0, False),
        ("Anna Bellmoor pays late. Bellmoor's warehouse employs 400.", "Bellmoor", 0, False),
        # A listed surname: no cue at any mention saves it.
        ("Ortega pays late. Ortega's warehouse employs 400.", "Ortega", 0, False),
    ],
)
def test_when_another_mention_has_an_organisation_cue_then_every_mention_is_one(
    redactor, text, value, nth, kept
):
    assert organisation_cue(text, *span_of(text, value, nth), redactor.guard) is kept


def test_when_a_listed_surname_has_accents_then_it_is_still_listed(redactor):
    text = "Gutiérrez pays its workers late."
    assert not organisation_cue(text, *span_of(text, "Gutiérrez"), redactor.guard)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Bellmoor says it pays the minimum wage. Bellmoor's warehouse employs Krisztina Varga.",
            ["Krisztina Varga"],
        ),
        ("Korvane pays its pickers by the crate; Maria Dumitrescu said so.", ["Maria Dumitrescu"]),
    ],
)
def test_when_redacting_then_the_organisation_stays_and_the_person_goes(redactor, text, people):
    assert people_found(redactor, text) == people
