"""A kin noun or an apposition names a person, English word or town though the name be
(redaction.recognizers.person_cue "kin + name" and "name, apposition", issue 14)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("When I arrived, Mercy's husband Lucky took my phone.", "Lucky"),
        ("Choque's wife, Rosa, sewed with them.", "Rosa"),
        ("We hid. Blessing, another girl, told me to obey him.", "Blessing"),
    ],
)
def test_when_a_kin_noun_or_apposition_names_someone_then_an_english_word_name_goes(
    redactor: Any, text: str, gone: str
) -> None:
    assert gone not in redactor.redact(text).text
    assert "<PERSON_" in redactor.redact(text).text


def test_when_a_place_opens_a_sentence_before_an_apposition_then_it_stays(redactor: Any) -> None:
    text = "Paris, the capital, was quiet."
    assert redactor.redact(text).text == text
