"""Street lines of issue 14's round 12: mail boxes of more countries, house names, rural
kilometre addresses, Singapore units, Japanese and Korean addresses, Guatemalan and Quito
street numbers, street and PIN form fields, Bulgarian and Kazakh street words and units.

Exact spans, one recognizer at a time, no spaCy. The sentences are new ones (not from the
tuning files).
"""

from __future__ import annotations

import pytest

from redaction.recognizers.address_block import AddressBlockRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

# (text, values the street recognizer must find exactly; nothing else may be found)
STREETS = [
    ("write to PMB 2240, Wuse, Abuja", ["PMB 2240"]),
    ("post it to Private Bag X9021, Polokwane", ["Private Bag X9021"]),
    ("courrier : B.P. 1190, Lomé", ["B.P. 1190"]),
    ("the PMB 2019 report was late", []),  # a year is no box number
    ("the caravans behind Ivy Cottage, Station Road, Eye", ["Ivy Cottage, Station Road"]),
    ("she cleaned at The Old Vicarage, School Lane", ["The Old Vicarage, School Lane"]),
    ("a talk at Chatham House, London, on Monday", []),  # no street after the house
    ("dropped at Lot 3, Km 22 Jalan Tuaran, Sabah", ["Lot 3, Km 22 Jalan Tuaran"]),
    ("a camp at Km 9 Route de Mbour, Thiès", ["Km 9 Route de Mbour"]),
    ("the farm is at km 18 on the road to Eldoret", []),  # a distance, no address
    ("the flat at Blk 201, #11-305, Tampines", ["#11-305"]),
    ("〒060-0806 Sapporo", ["〒060-0806"]),
    ("a bar at 2 Chome-4-11 Dogenzaka, Shibuya", ["2 Chome-4-11 Dogenzaka"]),
    ("the club on Dotonbori-dori 1-6-12, Osaka", ["Dotonbori-dori 1-6-12"]),
    ("kept at 14 Itaewon-ro 27-gil, Yongsan-gu", ["14 Itaewon-ro 27-gil"]),
    ("부산 해운대구 구남로 24 에서", ["구남로 24"]),
    ("vive en 4a Avenida 9-31, Zona 10", ["4a Avenida 9-31"]),
    ("un bar en Av. Colón E5-21, Quito", ["Av. Colón E5-21"]),
    ("Street: Park Circus Road\nCity: Kolkata", ["Park Circus Road"]),
    ("Flat No.: C-17\nArea: Andheri", ["C-17"]),
    ("City: Pune, PIN: 411001", ["411001"]),
    ("card PIN: 4821 was written down", []),  # four digits: a card's PIN, no postcode
    ("she lived at bul. Tsar Osvoboditel 15, Sofia", ["bul. Tsar Osvoboditel 15"]),
    ("адрес: бул. Витоша 42, София", ["бул. Витоша 42"]),
    ("офис: пр. Назарбаева 12, Астана", ["пр. Назарбаева 12"]),
    ("the flat at 3 Triq San Pawl, Birkirkara", ["Triq San Pawl"]),
    ("charged under s.45 Modern Slavery Act, Section 2", []),
    ("the van was stopped on the M6 at junction 16", []),
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_round12_address_shapes_then_street_lines_found(text, expected):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


def test_when_a_german_box_number_is_written_in_pairs_then_the_whole_number_is_found():
    text = "Anschrift: Postfach 20 14 55, 50455 Köln"
    assert where(text, "Postfach 20 14 55")[0] in spans(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Адрес: ул. Раковски 108, ет. 4, ап. 12, София", {"ет. 4", "ап. 12"}),
        ("Адрес: пр. Абая, д. 9, кв. 31, Алматы", {"кв. 31"}),
    ],
)
def test_when_bulgarian_or_kazakh_units_follow_a_street_then_they_are_units(text, expected):
    results = AddressBlockRecognizer().analyze(text, ["STREET_ADDRESS"])
    assert expected <= {text[r.start : r.end] for r in results}
