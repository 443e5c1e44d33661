"""The other forms a question's words take in the sources: British and American spellings,
informal words written out in full, and a country's adjective for its name (real spaCy parser).
"""

from __future__ import annotations

import pytest

from assistant.passage_places import country_words
from assistant.question_words import spellings
from tests.assistant.focus_support import counts


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("labour", "labor"),
        ("labourers", "laborers"),
        ("misdemeanours", "misdemeanors"),
        ("mobilised", "mobilized"),
        ("organisations", "organizations"),
        ("analyse", "analyze"),
        ("centres", "centers"),
        ("programme", "program"),
        ("travelled", "traveled"),
        ("offence", "offense"),
        ("catalogue", "catalog"),
        # and back: a question in American spelling over British sources
        ("labor", "labour"),
        ("center", "centre"),
        ("program", "programme"),
    ],
)
def test_when_a_word_has_another_spelling_then_both_are_known(word, other) -> None:
    assert other in spellings(word)


@pytest.mark.parametrize("word", ["four", "hours", "sentence", "water", "rise", "decree"])
def test_when_a_word_has_one_spelling_then_no_other_is_made_up(word) -> None:
    assert spellings(word) == set()


BENIN = "Sentences for those who subject children to forced labor were reduced to misdemeanors."


@pytest.mark.parametrize(
    ("question", "passage", "corpus"),
    [
        # British spelling in the question, American in the source
        ("In which country were sentences for exploiting children reduced to misdemeanours?",
         BENIN, counts(sentences=4, children=16, misdemeanors=1)),
        ("Where were teenagers mobilised to pick cotton?",
         "Officials continued mobilizing teenagers to pick cotton.",
         counts(teenagers=2, cotton=9, mobilizing=1)),
        # informal words the sources write out in full
        ("Which country scrapped exam fees for grade seven?",
         "The Government eliminated examination fees for grades seven and nine.",
         counts(examination=1, fees=6, grade=2)),
        ("Which profile mentions kids picking cotton during the harvest?",
         "Children continue to pick cotton during the harvest.",
         counts(children=16, cotton=9, harvest=5)),
    ],
)  # fmt: skip
def test_when_a_word_is_written_in_another_form_then_it_is_no_notice(
    finder, question, passage, corpus
) -> None:
    assert finder.unmentioned(question, [passage], corpus) == []


def test_when_no_form_of_the_word_is_anywhere_then_it_is_still_reported(finder) -> None:
    question = "In which country were sentences for exploiting children reduced to misdemeanours?"
    passage = "Sentences for those who subject children to forced labor were reduced."
    assert finder.unmentioned(question, [passage], counts(sentences=4, children=16)) == [
        "misdemeanours"
    ]


def test_when_a_passage_is_about_the_country_then_its_adjective_counts(finder) -> None:
    question = "Which Ugandan survey counted the activities of children?"
    passage = "The Government published the National Labor Force and Child Activities Survey."
    assert finder.unmentioned(question, [passage]) == ["Ugandan survey"]
    assert finder.unmentioned(question, [passage], countries=[{"UG"}]) == []
    assert finder.unmentioned(question, [passage], countries=[{"KE"}]) == ["Ugandan survey"]


def test_country_words_are_the_adjectives_of_those_countries_only() -> None:
    assert {"ugandan", "ivorian"} <= country_words({"UG", "CI"})
    assert "kenyan" not in country_words({"UG", "CI"})
    assert country_words(set()) == set()
