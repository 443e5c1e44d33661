"""Street lines of issue 14's round 9: plots and numbered roads, Thai, Turkish, Greek and
Malay forms, floors in words, lower-case chat addresses, PO boxes with a postcode, and an
organisation whose name opens with a street word.

Exact spans, one recognizer at a time, no spaCy. The sentences are new ones (not from the
tuning files).
"""

from __future__ import annotations

import pytest

from redaction.recognizers.address_block import AddressBlockRecognizer
from redaction.recognizers.postcode import PostcodeRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

# (text, values the street recognizer must find exactly; nothing else may be found)
STREETS = [
    ("wait by the church, plot 41, Nansana", ["plot 41"]),
    ("the office at Holding 22/C, Road 9, Uttara", ["Holding 22/C", "Road 9"]),
    ("they live at House 14, Street 8, F-7/3, Islamabad", ["House 14", "Street 8"]),
    ("meet at house 12/3 by the well", ["house 12/3"]),
    ("a room at 17/3 Moo 2, Mae Sot", ["17/3 Moo 2"]),
    ("the bar on Soi Cowboy in town", ["Soi Cowboy"]),
    ("shelter at 52 Soi Lat Phrao 101, Bangkok", ["52 Soi Lat Phrao 101"]),
    ("a workshop at Ankara Cad. No: 48/2, Fatih", ["Ankara Cad. No: 48/2"]),
    ("kızlar Lale Sokak No: 19 adresinde", ["Lale Sokak No: 19"]),
    ("a flat at Odos Ermou 40, Thessaloniki", ["Odos Ermou 40"]),
    ("we lived on odos sokratous 12 in the centre", ["odos sokratous 12"]),
    ("the depot at Jalan Kebun 7, Klang", ["Jalan Kebun 7"]),
    ("kept at 9 Jalan Melur, Ipoh", ["9 Jalan Melur"]),
    ("come to 41 victoria rd tonight", ["41 victoria rd"]),
    # "2nd cross street" is also the older rule's street named after a preposition
    (
        "drop them at 2nd cross street, no 14 by six",
        ["2nd cross street", "2nd cross street, no 14"],
    ),
    ("the hostel at 1180 Grand Concourse, Bronx", ["1180 Grand Concourse"]),
    ("La Strada International runs the hotline", []),
    ("we walked 3 blocks down the road to the bus", []),
    ("he drove the road 4 times and 12 km more", []),
    ("she saw 3 different streets from the car", []),
    ("During 2021, the firm hired 40 drivers", []),  # "-ring" + a year is no German street
    ("the shop on Kaiserring 12, Mannheim", ["Kaiserring 12"]),
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_plots_numbered_roads_or_chat_streets_then_street_lines_found(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


# (text, units or boxes the street recognizer must find; nothing else may be found)
UNITS = [
    ("the flat was on the second floor of the block", ["second floor"]),
    ("she was on the second floor of the hospital", []),  # no address word before it
    ("the women slept in the dormitory, Block D", ["Block D"]),
    ("mail it to P.O. Box 5512-00200, Nairobi", ["P.O. Box 5512-00200"]),
    ("la casa: Calle Luna 8, 3.º A", ["Calle Luna 8", "3.º A"]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_when_floor_words_dorm_blocks_or_kenyan_boxes_then_units_found(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kate: its in derby, de1 2qs", ["de1 2qs"]),
        ("i got a ps4 2nd hand", []),
    ],
)
def test_when_uk_postcode_is_typed_in_lower_case_then_it_is_found(text, expected):
    assert spans(PostcodeRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seat: rue Haute 12 bte 4, 1000 Bruxelles.", {"bte 4"}),
        ("Adres: Menekşe Sokak No: 3 Daire: 11, Kadıköy.", {"Daire: 11"}),
        ("The office is at Holding 4/A, Road 2, Gulshan, Dhaka-1212.", {"1212"}),
        ("She rents 14 Rizal St., Brgy. Malate, Manila City 1004 now.", {"1004"}),
        ("The flat at Odos Pindou 8, third floor, Patras.", {"third floor"}),
    ],
)
def test_when_unit_or_code_follows_a_street_line_then_address_block_takes_it(text, expected):
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"])
    assert expected <= {text[r.start : r.end] for r in results}


# Round 2 (after tuning_units5): Cyrillic and Spanish "C/" streets, "n°" numbers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("адреса: вул. Франка, 8, Львів", ["вул. Франка, 8"]),
        ("живёт: ул. Мира 17, Омск", ["ул. Мира 17"]),
        ("un piso en C/ del Carmen 31, Madrid", ["C/ del Carmen 31"]),
        ("la boutique Avenue Lumumba n° 45, Lubumbashi", ["Avenue Lumumba n° 45"]),
        ("send it c/o Aunt May", []),
        ("they met in room 12 of the court", ["room 12"]),
    ],
)
def test_when_cyrillic_or_abbreviated_street_words_then_street_lines_found(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domicilio: Calle Sol 4, ático 1ª, 29001 Málaga.", {"ático 1ª"}),
        ("Seat: Strada Mare 5, Tower 2, Iași.", {"Tower 2"}),
        ("Address: Via Roma 3, scala C, Torino.", {"scala C"}),
        ("Adresse: rue Neuve 9, esc. A, porte 14, Mons.", {"esc. A", "porte 14"}),
        ("Address: Flat No. 11, C-Wing, Sai Towers, Sector 9, Thane 400601.", {"C-Wing"}),
        ("Adres: Kerkstraat 40-II, 1017 GC Amsterdam.", {"-II"}),
        ("Adresa: str. Mihai Eminescu 3, ap. 9, MD-2012, Chișinău.", {"MD-2012"}),
        ("Адреса: вул. Садова, 3, кв. 15, Київ.", {"кв. 15"}),
    ],
)
def test_when_unit_words_of_more_languages_follow_a_street_then_they_are_units(text, expected):
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"])
    assert expected <= {text[r.start : r.end] for r in results}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police entered Flat D, 7/F, Lucky House, 18 Shanghai Street, Kowloon.", {"Flat D"}),
        ("The women shared Room 9, 14 Kings Road, Reading.", {"Room 9"}),
    ],
)
def test_when_a_unit_ends_the_words_before_an_address_then_it_is_a_unit(text, expected):
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"])
    assert expected <= {text[r.start : r.end] for r in results}


def test_when_a_unit_word_ends_a_clause_far_from_any_street_then_nothing_is_found():
    text = "He finished on Level 2, then left for the airport."
    assert AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"]) == []
