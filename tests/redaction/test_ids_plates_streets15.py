"""Identity numbers, plates and street lines of more countries (issue 14, round 15): each
recognizer alone, exact spans, no spaCy; look-alikes that must stay beside each."""

from __future__ import annotations

import pytest

from redaction.recognizers import id_checksums as ck
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from redaction.recognizers.vehicle_plate import VehiclePlateRecognizer, vehicle_earlier
from redaction.recognizers.world_id import WorldIdRecognizer
from tests.redaction.helpers import spans, where


def _check(recognizer: object, text: str, expected: list[str]) -> None:
    assert spans(recognizer, text) == where(text, *expected)


PLATES = [
    # The vehicle named earlier in the same sentence, or in the sentence before.
    (
        "A grey Toyota Hiace was seen outside the farm on three nights; a neighbour wrote "
        "down KBZ 417M.",
        ["KBZ 417M"],
    ),
    (
        "The women were driven from Vlore in a black Mercedes. Police stopped it near the "
        "port, and AA 482 BK matched the CCTV.",
        ["AA 482 BK"],
    ),
    (
        "A white Iveco collected the workers from the hostel every morning at five. Two of "
        "them later remembered WGM 4821F.",
        ["WGM 4821F"],
    ),
    # Plate words and vehicles of other languages.
    ("Veículo placa GHT-4821 visto em Manaus.", ["GHT-4821"]),
    ("Una camioneta blanca con placas JKL-482-B recogía", ["JKL-482-B"]),
    ("Газель с номером А123ВС 77 забрала их", ["А123ВС 77"]),
    # Shapes of Brazil (Mercosur), South Africa and Cambodia.
    ("O caminhão saiu às 4h; testemunhas anotaram BRA2E19 na saída.", ["BRA2E19"]),
    ("Two vehicles were seized: ND 482-901 and CA 123-456.", ["ND 482-901", "CA 123-456"]),
    ("The Lexus had a plate starting 2A-4821.", ["2A-4821"]),
    # Codes after a reference word, standards, years: no plate even beside a vehicle.
    ("The bus left at 6. Flight EK 2024 and invoice INV-2024-0087 were booked.", []),
    ("The van was parked outside. Ref ABC 1234 was the case file.", []),
    (
        "The minibus waited while the driver checked the booking list for the night; "
        "passengers later boarded flight QR 1042 to Doha.",
        [],
    ),
    ("Their bus was late again. The report cites ISO 9001 and EN 1090 for the welds.", []),
    # Two letters and digits (a US state and its ZIP) need a near cue, not a far vehicle.
    ("My car was towed last week from the lot at 12 Main St, Springfield, IL 62704.", []),
    (
        "They crossed at Leușeni in a silver Opel. The guard's notebook, shown to us a year "
        "later, reads CHB 482.",
        [],
    ),
    # Two sentences back, or across a paragraph break, a vehicle is too far.
    (
        "A white Iveco collected them. It was winter. Nobody knew where they went. "
        "The file says WGM 4821F.",
        [],
    ),
    ("They came by car.\n\nNotes of the labour inspection on the farm: WGM 4821F.", []),
]


@pytest.mark.parametrize(("text", "expected"), PLATES)
def test_when_vehicle_named_in_sentence_or_local_language_then_plate_found(text, expected):
    _check(VehiclePlateRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The van stopped; he wrote X", True),
        ("The van stopped. He waited. He wrote X", False),
        ("The van stopped.\n\nHe wrote X", False),
        ("Nothing here wrote X", False),
    ],
)
def test_when_vehicle_is_earlier_in_sentence_or_one_before_then_vehicle_earlier(text, found):
    assert vehicle_earlier(text, text.index("X")) is found


IDS = [
    # Cues of more countries before numbers the existing shapes already read.
    ("NIK 3174051208900003 tertera di KTP", ["3174051208900003"]),
    ("Her Ukrainian tax number (RNOKPP) 2987104563 was", ["2987104563"]),
    ("IDNP 2002001234567, născută la Bălți", ["2002001234567"]),
    ("The woman's personal code, 0971208345612, was", ["0971208345612"]),
    ("Numri personal: J85217043L", ["J85217043L"]),
    ("em gui anh so can cuoc 079203004512 nhe", ["079203004512"]),
    ("Moroccan CIN: JC345678, and carte nationale BE 234567", ["JC345678", "BE 234567"]),
    ("T.C. Kimlik No: 10000000146 - İstanbul", ["10000000146"]),
    ("JSHSHIR (PINFL) 31503906780023", ["31503906780023"]),
    # Digits grouped by dots after a cue: Colombia, Argentina, Brazil's RG.
    ("Cédula de ciudadanía No. 1.023.456.789 de Bogotá", ["1.023.456.789"]),
    ("C.C. 52.384.119 | Valle del Cauca", ["52.384.119"]),
    ("DNI 30.123.456, domiciliada en Rosario", ["30.123.456"]),
    ("CPF ok, RG 23.456.789-1 (SSP/SP)", ["23.456.789-1"]),
    # No cue: dotted groups are amounts or versions, and stay.
    ("The fund held 1.023.456.789 in reserves.", []),
]


@pytest.mark.parametrize(("text", "expected"), IDS)
def test_when_cue_of_another_country_then_national_id_found(text, expected):
    _check(NationalIdRecognizer(), text, expected)


WORLD = [
    # A CURP typed in lower case: its cue (or a right check digit) removes it.
    ("mi curp es rosm920715hgrmnr03 pero", ["rosm920715hgrmnr03"]),
    ("code mahj280603msprrv09 in the chat", ["mahj280603msprrv09"]),
    ("batch rosm920715hgrmnr03 in the log", []),
    # An Egyptian national ID by its structure: century, birth date, governorate.
    ("The broker photocopied card 28507152101234 and kept it.", ["28507152101234"]),
    ("Order 28513152101234 (month 13) and 28507159901234 (governorate 99) stay.", []),
]


@pytest.mark.parametrize(("text", "expected"), WORLD)
def test_when_lower_case_curp_or_egyptian_structure_then_world_id_found(text, expected):
    _check(WorldIdRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("29001011234567", True),
        ("30512318801234", True),
        ("19001011234567", False),  # no century digit 1
        ("29013011234567", False),  # month 13
        ("29001019934567", False),  # governorate 99
        ("2900101123456", False),  # 13 digits
    ],
)
def test_when_egyptian_id_is_checked_then_century_date_and_governorate_count(value, ok):
    assert ck.egypt_id_ok(value) is ok


STREETS = [
    ("She rented a room at vul. Shevchenka 17 in Lviv.", ["vul. Shevchenka 17"]),
    ("Address: vul. Franka 4, kv. 9, Lviv", ["vul. Franka 4", "kv. 9"]),
    ("The karaoke bar is at #23, Street 598, Phnom Penh.", ["#23, Street 598"]),
    ("Alamat: Gg. Melati III No. 7, Depok", ["Gg. Melati III No. 7"]),
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_street_or_unit_of_another_country_then_street_found(text, expected):
    _check(StreetAddressRecognizer(), text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "A gang Milan police had watched for years.",
        "The Gang Zagreb operated from Rijeka.",
        "She moved to prov. Limburg in 2019.",
    ],
)
def test_when_gang_or_province_precedes_a_place_then_no_street(text):
    assert spans(StreetAddressRecognizer(), text) == []


UNIT_CHAINS = [
    ("She lives in Bl. 22, Sc. B, Ap. 14, Constanta.", ["Bl. 22, Sc. B, Ap. 14"]),
    ("Room 12, 2nd floor, Block C of the hostel", ["Room 12, 2nd floor, Block C"]),
    ("kv. 14, korp. 2", ["kv. 14, korp. 2"]),
    ("Block C, Floor 3", ["Block C, Floor 3"]),
    # One item alone, or items joined by words, are no chain.
    ("Block C won the tender; see floor plans.", []),
    ("Floor 2 of Block B", ["Floor 2"]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CHAINS)
def test_when_two_unit_items_in_a_row_then_unit_line_found(text, expected):
    _check(StreetAddressRecognizer(), text, expected)
