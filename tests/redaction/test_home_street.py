"""A street named with no house number where a home is on it ("the house on Gladstone
Street") is removed; streets named for other reasons stay."""

from __future__ import annotations

from typing import Any

import pytest

from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Police raided the house on Gladstone Street, Peterborough.", "Gladstone", "Peterborough"),
        ("She lives in Mill Lane with her uncle.", "Mill Lane", "uncle"),
        ("He says the house is number 33 on Paradise Street.", "33", "house"),
        ("The men slept in the basement off Carlton Road in Luton.", "Carlton", "Luton"),
    ],
)
def test_when_a_home_is_on_a_named_street_then_the_street_goes(
    redactor: Any, text: str, gone: str, kept: str
) -> None:
    check_redaction(redactor, text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street issued a statement on the camps.",
        "A shop on Oxford Street was fined for selling fakes.",
        "A man living in Leeds paid for the room at the Grand Hotel.",
    ],
)
def test_when_no_home_is_on_the_street_then_it_stays(redactor: Any, text: str) -> None:
    assert redactor.redact(text).text == text
