"""What a question asks about, and whether passages mention it (real spaCy parser)."""

from __future__ import annotations

import pytest

from assistant.focus import FocusFinder
from core.settings import load_settings


@pytest.fixture(scope="module")
def finder(tmp_path_factory) -> FocusFinder:
    settings = load_settings(home=tmp_path_factory.mktemp("home"))
    return FocusFinder(settings.redaction.spacy_model)


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        ("Which football club sponsors the Lagos safe house?", ["football club"]),
        ("What is the annual budget of the Northshire Police unit?", ["budget"]),
        ("How many tigers were trafficked through the Mekong region?", ["tigers"]),
        ("What surrogacy cases has Harbour Light handled?", ["surrogacy cases"]),
        ("What did the audit find about pesticide residues on the fruit?", ["pesticide residues"]),
        # the kind of answer, not its topic: answered by instances, not by the word
        ("Which tactics do recruiters use to draw migrants into nail salons?", []),
        ("Which Indian cities were the kidney sellers taken to?", []),
        ("What share of returnees had their passports held?", []),
        # no noun asked for
        ("How were the Albanian men recruited?", []),
        ("What happened to the housemaids in Beirut?", []),
    ],
)
def test_focus_is_the_noun_phrase_the_question_word_asks_for(finder, question, phrases) -> None:
    assert [f.phrase for f in finder.focus(question)] == phrases


def test_when_no_passage_mentions_the_focus_then_it_is_reported(finder) -> None:
    passages = ["The Lagos safe house is run by Harbour Light and shelters twelve women."]
    question = "Which football club sponsors the Lagos safe house?"
    assert finder.unmentioned(question, passages) == ["football club"]
    passages.append("Lagos United football club pays the safe house rent.")
    assert finder.unmentioned(question, passages) == []


def test_when_every_focus_word_is_needed_then_half_a_phrase_is_not_enough(finder) -> None:
    passages = ["Harbour Light handled forced marriage cases and trafficking cases in Ukraine."]
    assert finder.unmentioned("What surrogacy cases has Harbour Light handled?", passages) == [
        "surrogacy cases"
    ]


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # plural / singular, and a shared stem of five letters or more
        ("How many foreigners left the Myawaddy compounds?", "Foreign nationals left Myawaddy."),
        ("Which recruitment fee did the cleaners pay?", "The cleaners paid recruitment fees."),
        # irregular plurals are found through the passage's lemmas
        ("Which woman ran the Rochdale network?", "Two women in Rochdale ran the network."),
        # a document title counts as part of its passage
        ("What fees were H-2A farmworkers charged?", "H-2A farmworkers\nThey were charged fees."),
    ],
)
def test_when_the_focus_is_worded_differently_then_it_still_counts(
    finder, question, passage
) -> None:
    assert finder.unmentioned(question, [passage]) == []


def test_when_the_focus_occurs_only_in_an_unrelated_passage_then_it_is_not_mentioned(
    finder,
) -> None:
    passages = [
        "A Stoke car wash paid wages into a bank account controlled by the gang.",
        "The Dindigul spinning mill paid wages in cash at the end of the scheme.",
    ]
    question = "Which bank did the Dindigul spinning mill use?"
    assert finder.unmentioned(question, passages) == ["bank"]
