"""An asked-for noun a passage names only by an instance (issue 15, round 21): a question that
retells one passage, every telling word and its verb, asks for a thing that passage names in
its own words ("which relative": "an aunt"), and is not told "not mentioned"."""

from __future__ import annotations

import pytest

from tests.assistant.focus_support import counts

EBONYI = (
    "Police in Lagos rescued a 12-year-old girl from Ebonyi State who worked as a house help "
    "for a family without pay. She had been sent by an aunt with a promise of school."
)
COBALT = "Cobalt dug by children at the Kolwezi mines is exported to refiners abroad."
KNITWEAR = "Workers at a knitwear factory in Gazipur said overtime was unpaid."
CORPUS = counts(
    lagos=4,
    ebonyi=1,
    girl=12,
    sent=6,
    house=9,
    help=12,
    knitwear=3,
    gazipur=3,
    factory=14,
    relative=0,
    cobalt=3,
    kolwezi=2,
    mines=5,
    exported=2,
    export=2,
)


@pytest.mark.parametrize(
    "question",
    [
        "Which relative sent the Ebonyi girl to Lagos as a house help?",
        "What relative sent the girl from Ebonyi to Lagos?",
    ],
)
def test_when_a_passage_holds_every_telling_word_and_verb_then_the_asked_noun_is_an_instance(
    finder, question
) -> None:
    assert finder.unmentioned(question, [EBONYI], CORPUS) == []


@pytest.mark.parametrize(
    ("question", "passages", "corpus", "missing"),
    [
        # a telling word the passage lacks: a near miss, not a retelling
        ("Which relative sent the Ebonyi girl to Kano?", [EBONYI], CORPUS, ["relative"]),
        # an attribute of a thing the passage describes: no verb of the question to hold
        ("What is the carbon footprint of the Gazipur knitwear factory?", [KNITWEAR], CORPUS,
         ["carbon footprint"]),
        # a measure the passage must give, whatever else it holds
        ("How many tonnes of cobalt did the Kolwezi mines export?", [COBALT], CORPUS,
         ["tonnes"]),
        # without the asker's chunk counts nothing vouches
        ("Which relative sent the Ebonyi girl to Lagos?", [EBONYI], None, ["relative"]),
    ],
)  # fmt: skip
def test_when_the_passage_is_not_retold_then_the_asked_noun_is_still_reported(
    finder, question, passages, corpus, missing
) -> None:
    assert finder.unmentioned(question, passages, corpus) == missing
