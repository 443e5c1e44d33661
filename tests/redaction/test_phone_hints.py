"""National phone numbers of a text whose language, not a town, names the country: bare
Norwegian, Danish, Swedish, Finnish, Icelandic and Baltic numbers (issue 14, redact21)."""

from __future__ import annotations

import pytest

from redaction.recognizers.phone_hints import language_regions
from redaction.recognizers.phone_matcher import PhoneMatcherRecognizer


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Han svarer etter klokka 18, hvis ikke", ["NO", "DK"]),
        ("Han svarer på 48 27 19 03 etter klokka 18", ["NO", "DK", "SE"]),
        ("Ring Lindgren 0709-33 41 28 och fråga", ["NO", "DK", "SE"]),
        ("Ring Lindgren 0709-33 41 28 och hör", ["SE"]),
        ("Yhteyshenkilö, puh 050 346 1187", ["FI"]),
        ("leigir herbergi á Hafnargötu 12, sími 862 4417", ["IS"]),
        ("Töötajate nimekiri, Põlva Puit OÜ", ["EE"]),
        ("Įtariamasis gyv. Savanorių pr. 192", ["LT"]),
        ("Aizdomās turētais, Brīvības iela 155", ["LV"]),
        ("Informações: ligue para o João", []),  # Portuguese "õ" alone
        ("the Māori land court in Rotorua", []),  # a macron alone
        ("Call me on 48 27 19 03 tomorrow", []),
    ],
)
def test_when_a_text_shows_a_nordic_or_baltic_language_then_its_regions_are_hinted(text, regions):
    assert language_regions(text) == regions


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Han svarer på 48 27 19 03 etter klokka 18.", "48 27 19 03"),
        ("jentene kommer i morgen, ring 40 55 21 87 hvis problemer", "40 55 21 87"),
        ('SMS: "ring mig på 26 41 88 13 når du er klar"', "26 41 88 13"),
        ("Juhataja Margus Tamm, Põlva Puit OÜ. Tel 5218 4471.", "5218 4471"),
    ],
)
def test_when_a_bare_national_number_stands_in_such_a_text_then_it_is_a_phone(text, number):
    found = PhoneMatcherRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert number in [text[r.start : r.end] for r in found]


def test_when_an_english_text_holds_eight_digits_then_no_nordic_phone_is_read():
    text = "Invoice 48271903 was paid on 3 April by the shop in Leeds."
    assert PhoneMatcherRecognizer().analyze(text, ["PHONE_NUMBER"]) == []
