"""Given names that are English words ("Blessing", "Precious", "Patience"): the person cue's
"virtue name" pattern (redaction.recognizers.virtue_names; issue 14, person18)."""

from __future__ import annotations

from typing import Any

import pytest
import regex

from redaction.recognizers.virtue_names import PATTERN
from tests.redaction.checks import check_redaction

_RE = regex.compile(PATTERN.regex, regex.DOTALL | regex.MULTILINE)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I spoke to Blessing this morning.", ["Blessing"]),
        ("We met Mercy and Comfort, two girls.", ["Mercy", "Comfort"]),
        ("The madam, Joy, took our passports.", ["Joy"]),
        ("Gift paid. Then we left.", ["Gift"]),
        ("Blessing: did you call?", ["Blessing"]),
        ("[21:04] Precious: ok", ["Precious"]),
        ("Hope for Justice said the children were safe.", []),
        ("The charity Mercy Corps was not involved.", []),
        ("Sisters of Mercy ran the home.", []),
        ("They stayed at the Comfort Inn.", []),
        ("Peace and quiet are hard to find.", []),
        ("Hope was fading.", []),
        ("He showed great patience.", []),
        ("The march was organised by Women for Peace in Lagos.", []),
        ("They prayed for Victory at the match.", []),
    ],
)
def test_when_a_virtue_word_is_written_as_a_name_then_the_pattern_finds_it(
    text: str, names: list[str]
) -> None:
    assert [m.group("value") for m in _RE.finditer(text)] == names


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I spoke to Blessing this morning.", ["Blessing"]),
        ("She came after Precious, a friend from church, said there was work.", ["Precious"]),
        ("Patience said the madam kept her passport.", ["Patience"]),
        ("The girls, Mercy and Comfort, were sent to Lagos.", ["Mercy", "Comfort"]),
        ("Innocent drove the car. Godspower collected the money.", ["Innocent", "Godspower"]),
    ],
)
def test_when_a_given_name_is_an_english_word_then_it_goes(
    redactor: Any, text: str, gone: list[str]
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_1>")


def test_when_the_words_name_organisations_or_are_nouns_then_they_stay(redactor: Any) -> None:
    text = "Hope for Justice and Mercy Corps helped. Peace and quiet. A gift of £50 in Lagos."
    assert redactor.redact(text).text == text
