"""ID numbers, accounts, licences and plates of many countries (issue 14): each recognizer
alone, exact spans, no spaCy; check digits by their published rules; layout context (table
headers, lists); dates and amounts that must stay."""

from __future__ import annotations

import pytest

from redaction.recognizers import id_checksums as ck
from redaction.recognizers.bank_account import BankAccountRecognizer
from redaction.recognizers.driving_licence import DrivingLicenceRecognizer
from redaction.recognizers.layout_context import (
    column_header,
    list_neighbours,
    looks_like_date,
    next_to_money,
)
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.passport import PassportRecognizer
from redaction.recognizers.vehicle_plate import VehiclePlateRecognizer
from redaction.recognizers.world_id import WorldIdRecognizer
from tests.redaction.helpers import spans, where


def _check(recognizer: object, text: str, expected: list[str]) -> None:
    assert spans(recognizer, text) == where(text, *expected)


CHECKS = [
    (ck.aadhaar_ok, "9999 4105 7058", True),
    (ck.aadhaar_ok, "9999 4105 7059", False),
    (ck.nhs_ok, "943 476 5919", True),
    (ck.nhs_ok, "943 476 5918", False),
    (ck.pesel_ok, "44051401359", True),
    (ck.pesel_ok, "44051401358", False),
    (ck.cpf_ok, "529.982.247-25", True),
    (ck.cpf_ok, "529.982.247-24", False),
    (ck.cpf_ok, "111.111.111-11", False),
    (ck.curp_ok, "MAHJ280603MSPRRV09", True),
    (ck.curp_ok, "MAHJ280603MSPRRV08", False),
    (ck.codice_fiscale_ok, "RSSMRA85T10A562S", True),
    (ck.codice_fiscale_ok, "RSSMRA85T10A562T", False),
    (ck.china_id_ok, "11010519491231002X", True),
    (ck.china_id_ok, "110105194912310021", False),
    (ck.za_id_ok, "8001015009087", True),
    (ck.za_id_ok, "8001015009088", False),
    (ck.luhn_ok, "784-1987-1234567-1", True),
    (ck.luhn_ok, "784-1987-1234567-2", False),
]


@pytest.mark.parametrize(("check", "value", "ok"), CHECKS)
def test_when_check_digit_is_computed_then_it_matches_the_published_rule(check, value, ok):
    assert check(value) is ok


def test_when_body_is_fixed_then_exactly_one_aadhaar_check_digit_passes():
    assert sum(ck.aadhaar_ok("23456789012" + d) for d in "0123456789") == 1


WORLD_ID = [
    ("gave his SSN as 466-82-5049 at the stop", ["466-82-5049"]),
    ("the one with 385-79-7993 on it", ["385-79-7993"]),  # SSN shape alone, as stock Presidio
    ("not an SSN: 000-12-3456 or 666-12-3456", []),
    ("Codice fiscale: RSSMRA85T10A562S.", ["RSSMRA85T10A562S"]),
    ("CPF 529.982.247-25 on file", ["529.982.247-25"]),
    ("CPF 529.982.247-24, a wrong check digit", ["529.982.247-24"]),
    ("resident card 11010519491231002X matched", ["11010519491231002X"]),
    ("her NHS number as 943 476 5919.", ["943 476 5919"]),
    ("call 943 476 5919 tonight", []),  # a checked bare run needs its cue
    ("Polish PESEL (44051401359) but", ["44051401359"]),
    ("South African ID: 8001015009087", ["8001015009087"]),
    ("and PAN ABCPK1234F on the form", ["ABCPK1234F"]),
    ("Ghana Card GHA-728401937-4", ["GHA-728401937-4"]),
    ("paid 1,482,900 on 2025-03-15 in 2024", []),
]


@pytest.mark.parametrize(("text", "expected"), WORLD_ID)
def test_when_world_id_shape_and_check_digit_then_found(text, expected):
    _check(WorldIdRecognizer(), text, expected)


NATIONAL_ID = [
    ("Their Thai IDs (1 0062 94025 08 5) were held", ["1 0062 94025 08 5"]),
    ("Her ID card was issued on 2019-04-12 and expires 12/04/2029.", []),
    ("Permesso di soggiorno I04829173.", ["I04829173"]),
    # A table's header names the column: the cue is the header cell, however far above.
    (
        "Surname | ID | Notes\nOKAFOR | 83306287438 | seen twice\nADEYEMI | 86876746763 | -",
        ["83306287438", "86876746763"],
    ),
    ("Surname | Notes\nOKAFOR | 83306287438", []),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_ID)
def test_when_id_cue_or_id_column_then_national_id_found(text, expected):
    _check(NationalIdRecognizer(), text, expected)


PASSPORT = [
    # One cue serves a list of numbers of one shape.
    (
        "passports in a safe. Sampled numbers: PX2697249 (Nepal), U5074395 (India), "
        "E4564627 (Bangladesh).",
        ["PX2697249", "U5074395", "E4564627"],
    ),
    ("Driver's passport 53GP85040; German co-driver", ["53GP85040"]),
    ("hộ chiếu C8271934.", ["C8271934"]),
    ("a Ukrainian passport ЕК123456 and", ["ЕК123456"]),
    ("Her passport was taken on 14/03/2025 and 3,500 euros paid", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSPORT)
def test_when_passport_cue_or_list_then_passport_found(text, expected):
    _check(PassportRecognizer(), text, expected)


BANK = [
    ("by transfer to 70-18-92 60888763.", ["70-18-92 60888763"]),
    ("Sort code 57-54-88, account number 85885779.", ["57-54-88", "85885779"]),
    ("paid from the account ending 6303.", ["6303"]),
    ("acct 11390333723845 ifsc PUNB0326187", ["11390333723845", "PUNB0326187"]),
    ("Transfer of 250000 NGN to the account on 2024-01-15", []),
    ("bank transfer of 4,800 on 14/03/2025", []),
    ("deposits on 12 03 2024 and transfers between 2023-2024", []),
    ("Account 61 1090 1014 0000 0712 1981 2874 is", ["61 1090 1014 0000 0712 1981 2874"]),
    ("Account number: 191-2345678-0-12", ["191-2345678-0-12"]),
]


@pytest.mark.parametrize(("text", "expected"), BANK)
def test_when_banking_cue_then_account_found_and_amounts_kept(text, expected):
    _check(BankAccountRecognizer(), text, expected)


LICENCE = [
    ("The Florida driver license S530-462-81-207-0 was", ["S530-462-81-207-0"]),
    ("Polish driving licence 04821/17/1462.", ["04821/17/1462"]),
    ("driving licence issued 04/05/2022 or 04MAY2022", []),
    ("Driver's licence number: WDL0ABC12345.", ["WDL0ABC12345"]),
]


@pytest.mark.parametrize(("text", "expected"), LICENCE)
def test_when_licence_cue_then_licence_found_and_dates_kept(text, expected):
    _check(DrivingLicenceRecognizer(), text, expected)


PLATES = [
    ("The Mercedes Sprinter, reg B-KM 4821, was seen", ["B-KM 4821"]),
    ("Polish plates WX 48213 and", ["WX 48213"]),  # not a UK plate: no UK age check
    ("Italian lorry GH 482 KT stopped", ["GH 482 KT"]),
    ("Spanish car 4821 KTB stopped", ["4821 KTB"]),
    ("there is a van 221-D-4821 every morning", ["221-D-4821"]),
    ("California plate 7KPD318.", ["7KPD318"]),
    ("xe biển 30A-482.17 đón", ["30A-482.17"]),
    ("Thai plate 2กร 4417 Bangkok", ["2กร 4417"]),
    ("the van cost USD 4000 and 400 EUR at 11 PM", []),
    ("car hire 2 days on the A38 and M25", []),
    # The vehicle named right after the plate, in apposition.
    ("Officers stopped FG-482-TZ, a white Renault Master, on", ["FG-482-TZ"]),
    ("Every night WX 48213 (black Audi) comes", ["WX 48213"]),
    ("Reference LX-4821 covers the van survey", []),
    # Romanian plates have the UK shape but a space after the county letters.
    ("with trailer CJ 48 TRL arrived", ["CJ 48 TRL"]),
    ("a car, AB48 CDE, is no UK plate: 48 is no age identifier", []),
]


@pytest.mark.parametrize(("text", "expected"), PLATES)
def test_when_vehicle_cue_then_plates_of_many_countries_found(text, expected):
    _check(VehiclePlateRecognizer(), text, expected)


def test_when_cell_in_table_row_then_its_column_header_is_read():
    text = "Name | ID\nA | 123\nB | 456"
    assert column_header(text, text.index("456")) == " ID"
    assert column_header(text, text.index("ID")) is None
    assert column_header("no table here", 3) is None


def test_when_two_items_are_joined_by_list_separators_then_they_are_neighbours():
    text = "A1 (Nepal), B2 and C3. D4"
    assert list_neighbours(text, 2, text.index("B2"))
    assert list_neighbours(text, text.index("B2") + 2, text.index("C3"))
    assert not list_neighbours(text, text.index("C3") + 2, text.index("D4"))


@pytest.mark.parametrize(
    ("value", "is_date"),
    [
        ("14/03/2025", True),
        ("2025-03-15", True),
        ("16.03.25", True),
        ("15JAN2024", True),
        ("12 03 2024", True),
        ("2023-2024", True),
        ("2023 08 15 11 00", True),
        ("57-54-88", False),
        ("61 1090 1014 0000", False),
    ],
)
def test_when_value_is_numeric_date_then_it_is_told_apart_from_a_sort_code(value, is_date):
    assert looks_like_date(value) is is_date


def test_when_number_has_a_currency_beside_it_then_it_is_money():
    text = "sent 250000 NGN and NGN 4000 to account 12345678 all"
    assert next_to_money(text, 5, 11)
    assert next_to_money(text, text.index("4000"), text.index("4000") + 4)
    assert not next_to_money(text, text.index("1234"), text.index("1234") + 8)
