"""Identifiers in ALL-CAPS lines: true-casing the line for spaCy keeps their letters as written,
so the case-sensitive identifier patterns still see them."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.document import truecase


def test_when_a_short_word_is_a_separator_away_from_a_digit_then_it_stays_capitals() -> None:
    english = {"vehicle", "silver", "golf", "reg", "plate", "seen", "in"}
    line = "VEHICLE: SILVER GOLF, REG. LV-1234, PLATE B 123 XYZ SEEN IN RIGA"
    out = truecase(line, lambda w: w in english)
    assert "LV-1234" in out
    assert "B 123 XYZ" in out
    assert out.startswith("Vehicle: Silver golf, reg.")
    assert out.endswith("plate B 123 XYZ seen in Riga")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("VEHICLE: SILVER VW GOLF, REG. LV-1234 (LATVIA)", "LV-1234"),
        ("PASSPORT NO. C01X00T47, NATIONAL ID 1800101221144, PLATE B 123 XYZ", "XYZ"),
        ("The minibus 34 ABC 123 crossed at Kapıkule with 19 men.", "34 ABC"),
        ("Matatu KBZ 123A took the girls from Nakuru to Nairobi.", "123A"),
        ("MyKad 850312-14-5678 was used as a guarantee for the loan.", "850312"),
        ("citizenship no. 27-01-75-01234, issued in Kathmandu", "01234"),
    ],
)
def test_when_an_identifier_has_its_cue_then_it_is_removed_whole(
    redactor: Any, text: str, gone: str
) -> None:
    assert gone not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The bus left at 10:40 from gate 12 to Kisumu.", "Kisumu"),
        ("On 3 May 34 people boarded the coach in Izmir.", "34 people"),
    ],
)
def test_when_a_vehicle_word_stands_before_no_plate_then_numbers_and_places_stay(
    redactor: Any, text: str, kept: str
) -> None:
    assert kept in redactor.redact(text).text
