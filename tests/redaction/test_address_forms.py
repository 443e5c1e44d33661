"""Address forms of issue 14's round 8: street, unit and postcode shapes of many countries.

Exact spans, one recognizer at a time, no spaCy. The sentences are new ones (not from the
tuning files), in the shapes the tuning round found missing.
"""

from __future__ import annotations

import pytest

from redaction.document import truecase
from redaction.recognizers.address_block import AddressBlockRecognizer
from redaction.recognizers.postcode import PostcodeRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

# (text, values the street recognizer must find exactly; nothing else may be found)
STREETS = [
    ("they lodged at Stuttgarter Straße 17 with others", ["Stuttgarter Straße 17"]),
    ("the office on Alte Poststraße 3 in Graz", ["Alte Poststraße 3"]),
    ("kept at Oude Kerkstraat 41-B, Utrecht", ["Oude Kerkstraat 41-B"]),
    ("they slept at Zahradní 1187/4, Brno", ["Zahradní 1187/4"]),
    ("the shop on Corso Garibaldi 88, Torino", ["Corso Garibaldi 88"]),
    ("collect them at No. 12 Ekenwan Road", ["No. 12 Ekenwan Road"]),
    ("my aunt in Blk 12 Lot 3, Pasig", ["Blk 12 Lot 3"]),
    ("a flat in Tower B of the estate", ["Tower B"]),
    ("the girls were in Tower B of the estate", []),
    ("ở số 7 ngõ 12 phố Huế", ["số 7 ngõ 12 phố Huế"]),
    ("a room at Transversal 8 N° 215, Soacha", ["Transversal 8 N° 215"]),
    ("offices at Carrera Bolívar # 14B-20 Norte, Cali", ["Carrera Bolívar # 14B-20 Norte"]),
    ("kept at Strada Lungă Nr. 9, Brașov", ["Strada Lungă Nr. 9"]),
    ("a studio on avenue de Tivoli 31, Fribourg", ["avenue de Tivoli 31"]),
    ("the workshop on Travessa do Carmo, 41, Belém", ["Travessa do Carmo, 41"]),
    ("Contrada Santa Lucia 17, Ragusa", ["Contrada Santa Lucia 17"]),
    ("Section 12/3 of the act applies", []),
    ("Unit A was the first team to arrive", []),
]

# (text, postcodes the postcode recognizer must find at the threshold)
POSTCODES = [
    ("Gort, Co. Galway, H91 E2K3", ["H91 E2K3"]),
    ("Dallas, Texas 75201 is the office", ["75201"]),
    ("Darwin NT 0800 was the last stop", ["0800"]),
    ("Rua Direita 5, CEP 70040-010, Brasília", ["70040-010"]),
    ("they worked 2019-2020 in Texas 2019", []),
    ("the M25 J10 junction", []),
    ("lodging in Moncton E1C 4M2 for the season", ["E1C 4M2"]),
]

# (text, unit or code lines the address-block recognizer must find beside a street line)
BLOCKS = [
    ("The lease names Level 4, 12 Flinders Street, Melbourne.", ["Level 4"]),
    ("She lives at Torkkelinkatu 5 C 21, Helsinki.", ["C 21"]),
    ("They stayed at 14 rue Nationale, 37000 Tours.", ["37000"]),
    ("Send it to Carrera 15 # 93-60 110221 Bogotá.", ["110221"]),
    ("Billing: Nguyễn Huệ 14, 70000\nVietnam", ["70000"]),
    ("The firm lists Ulica Kolodvorska 7, Velika Gorica 10410 as its seat.", ["10410"]),
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_street_forms_of_many_countries_then_street_lines_found(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), POSTCODES)
def test_when_state_eircode_or_cep_shape_then_postcode_found(text, expected):
    assert spans(PostcodeRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), BLOCKS)
def test_when_unit_or_code_sits_beside_a_street_then_address_block_takes_it(text, expected):
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"])
    found = {text[r.start : r.end] for r in results if r.entity_type == "STREET_ADDRESS"}
    assert set(expected) <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They were housed at Kirkeveien 12 near the harbour.", {"Kirkeveien 12"}),
        ("She stayed at Jadranska 4b in Rijeka for a month.", {"Jadranska 4b"}),
        ("They were held at Gate 5 near the pier.", set()),  # English words: no street
        ("He paid Tomasz 40 in cash.", set()),  # no cue
    ],
)
def test_when_a_stay_cue_precedes_word_and_number_then_it_is_a_street(text, expected):
    english = {"gate", "pier", "harbour", "month", "cash"}
    recognizer = AddressBlockRecognizer(is_english=lambda w: w.lower() in english)
    results = recognizer.analyze(text, ["STREET_ADDRESS"])
    assert {text[r.start : r.end] for r in results} == expected


def test_when_all_caps_line_has_a_postcode_then_its_letters_stay_capitals():
    line = "PLEASE SEND HELP TO 64 QUEENS PARADE, MARGATE CT9 2BE"
    out = truecase(line, lambda w: w in {"please", "send", "help", "to", "queens", "parade"})
    assert out.endswith("CT9 2BE")
    assert out.startswith("Please send help")
