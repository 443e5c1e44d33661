"""The citation checker: invalid numbers, unsupported sentences, misattributed figures."""

from __future__ import annotations

import pytest

from assistant.citations import (
    CitationChecker,
    content_words,
    display_quote,
    numbers,
    split_sentences,
)
from tests.fakes.embedder import HashingEmbedder

PASSAGES = [
    "Workers from Vietnam were recruited in Ha Tinh and paid a fee of 15,000 dollars. "
    "Their passports were taken on arrival in Birmingham.",
    "Fishing crews on Thai trawlers reported debt bondage and beatings at sea in 2019.",
]


@pytest.fixture
def checker() -> CitationChecker:
    return CitationChecker(HashingEmbedder().embed, threshold=0.5)


@pytest.mark.parametrize(
    ("answer", "supported", "invalid"),
    [
        (
            "Recruiters in Ha Tinh charged Vietnamese workers a fee of 15,000 dollars [1].",
            [True],
            [[]],
        ),
        ("Passports were taken on arrival in Birmingham [1].", [True], [[]]),
        ("Trawler crews reported debt bondage [2].", [True], [[]]),
        # right words, wrong passage
        ("Trawler crews reported debt bondage [1].", [False], [[]]),
        # a figure the passage does not contain
        ("Workers paid a fee of 25,000 dollars [1].", [False], [[]]),
        # citation to a passage that was not retrieved
        ("Passports were taken on arrival in Birmingham [7].", [False], [[7]]),
        # no citation at all
        ("Passports were taken on arrival in Birmingham.", [False], [[]]),
        ("Not in the sources.", [True], [[]]),
    ],
)
def test_when_answer_checked_then_each_sentence_judged(checker, answer, supported, invalid):
    result = checker.check(answer, PASSAGES)
    assert [s.supported for s in result.sentences] == supported
    assert [s.invalid for s in result.sentences] == invalid


def test_when_every_sentence_supported_then_answer_passes(checker) -> None:
    answer = "Passports were taken in Birmingham [1]. Trawler crews reported beatings at sea [2]."
    assert checker.check(answer, PASSAGES).passes


def test_when_one_sentence_unsupported_then_answer_fails(checker) -> None:
    answer = "Passports were taken in Birmingham [1]. Crews were paid well in Norway [2]."
    result = checker.check(answer, PASSAGES)
    assert not result.passes
    assert [s.supported for s in result.sentences] == [True, False]


def test_when_model_declines_then_declined_and_not_passing(checker) -> None:
    result = checker.check("Not in the sources.", PASSAGES)
    assert result.declined
    assert not result.passes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One. Two three! <PERSON_1> said so? Yes.",
            ["One.", "Two three!", "<PERSON_1> said so?", "Yes."],
        ),
        ("Paid £2,000 in 2019. Then left.", ["Paid £2,000 in 2019.", "Then left."]),
        ("Line one\nLine two", ["Line one", "Line two"]),
    ],
)
def test_when_text_split_then_sentences_exact(text, expected) -> None:
    assert split_sentences(text) == expected


def test_when_numbers_extracted_then_placeholders_and_citations_ignored() -> None:
    assert numbers("In 2019 <PERSON_1> paid 15,000 [2].") == {"2019", "15000"}
    assert content_words("<PERSON_1> paid a recruiter") == {"paid", "recruiter"}


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "- **Debt bondage.** 29 crew said they owed brokers.",
            "Debt bondage. 29 crew said they owed brokers.",
        ),
        ("1. Wages were `withheld` for __three__ months.", "Wages were withheld for three months."),
        ("> Passports were kept by the agent.", "Passports were kept by the agent."),
        (
            "Men from Torun - Poland - were housed in 4 rooms.",
            "Men from Torun - Poland - were housed in 4 rooms.",
        ),
        (
            '"People forced to commit fraud are victims, not criminals.',
            "People forced to commit fraud are victims, not criminals.",
        ),
        ("He said he was “free to leave”", "He said he was “free to leave”"),
        (
            'Jobs as a "nail technician" were advertised.',
            'Jobs as a "nail technician" were advertised.',
        ),
        ('They were told to keep quiet."', "They were told to keep quiet."),
    ],
)
def test_when_a_quote_holds_markdown_then_it_is_shown_without_it(sentence, shown) -> None:
    assert display_quote(sentence) == shown
