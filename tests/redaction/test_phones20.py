"""Phone numbers in the national shapes of Austria, Hungary, Portugal and Canada (Faker's),
and look-alikes that stay (issue 14, redact20)."""

from __future__ import annotations

import pytest

from redaction.recognizers.phone_regex import PhoneRegexRecognizer
from tests.redaction.helpers import merged, spans, where

PHONES = [
    ("The driver said my registered (03400) 94425 972 was given", "(03400) 94425 972"),
    ("Numbers found: (06)55/561-8761 and more", "(06)55/561-8761"),
    ("You can reach her on (42)/910-4339 after nine", "(42)/910-4339"),
    ("he text me from (351) 913444429 again", "(351) 913444429"),
    ("Numbers found in the notebook: 241 592 0661 and more", "241 592 0661"),
]

KEPT = [
    "The law (2019) 45 000 cases later was amended.",
    "Sales rose from 120 450 to 980 in 2021.",
    "See pages 12/14 and article (3)/2 of the act.",
]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_when_a_national_phone_shape_is_written_then_it_is_found(text: str, value: str) -> None:
    assert merged(spans(PhoneRegexRecognizer(), text)) == where(text, value)


@pytest.mark.parametrize("text", KEPT)
def test_when_numbers_only_look_like_a_phone_then_nothing_is_found(text: str) -> None:
    assert spans(PhoneRegexRecognizer(), text) == []
