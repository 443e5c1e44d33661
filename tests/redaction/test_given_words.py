"""Given names that are months, days or modals ("Will Osei", "May Lin") and Vietnamese given
names that are English words after "Van"/"Thi" ("Nguyen Van An") (issue 14, redact20)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.given_words import calendar_opens_name, vietnamese_given_closes


def _name_word(word: str) -> bool:
    return word.casefold() not in {"day", "lagos", "you", "i", "the"}


@pytest.mark.parametrize(
    ("word", "following", "before", "expected"),
    [
        ("Will", "Osei", "Applicant: ", True),
        ("May", "Lin", "on behalf of ", True),
        ("AUGUST", "BERG", "IN THE NAME OF ", True),
        ("Sunday", "Adeyemi", "Tenant: ", True),
        ("Sunday", "Okafor", "On ", False),
        ("May", "Lin", "In ", False),
        ("May", "Wong", "the 4th of ", False),
        ("May", "Day", "", False),
        ("June", "Lagos", "", False),
        ("Will", "you", "", False),
        ("Will", "OSEI", "", False),
        ("Can", "Tho", "", False),
    ],
)
def test_when_a_month_or_modal_opens_a_name_then_it_stays_in_it(
    word: str, following: str, before: str, expected: bool
) -> None:
    assert calendar_opens_name(word, following, _name_word, before) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Nguyen", "Van", "An"], True),
        (["Tran", "Van", "Long"], True),
        (["PHAM", "VAN", "HUNG"], True),
        (["Nguyen", "Thi", "Bay"], True),
        (["Nguyen", "Van", "AN"], False),
        (["Van", "An"], False),
        (["Nguyen", "Van", "Driver"], False),
        (["Van", "der", "Berg"], False),
    ],
)
def test_when_a_vietnamese_given_name_closes_a_name_then_it_stays_in_it(
    words: list[str], expected: bool
) -> None:
    assert vietnamese_given_closes(words) is expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Applicant: Will Osei. The deposit was never protected.", ["Will", "Osei"]),
        ("We write on behalf of May Lin about the rent.", ["May", "Lin"]),
        ("THE FLAT IS RENTED IN THE NAME OF AUGUST BERG. BERG IS IN SWEDEN.", ["AUGUST", "BERG"]),
        ("Present: Nguyen Van An and Tran Van Long.", ["An", "Long"]),
        ("deliver to Nguyen Thi Bay, Hanoi.", ["Bay"]),
    ],
)
def test_when_the_name_opens_or_closes_with_such_a_word_then_it_goes_whole(
    redactor: Any, text: str, gone: list[str]
) -> None:
    out = redactor.redact(text).text
    for word in gone:
        assert f" {word} " not in f" {out} ".replace(".", " ").replace(",", " ")


@pytest.mark.parametrize(
    "text",
    [
        "Will you sign the form? May I ask where you live?",
        "In May 2023 the workers were moved to Leeds.",
        "On Sunday the van came back; in June it was sold.",
        "Can Tho is a city in the Mekong Delta.",
    ],
)
def test_when_the_word_is_a_date_or_a_verb_then_it_stays(redactor: Any, text: str) -> None:
    assert redactor.redact(text).text == text
