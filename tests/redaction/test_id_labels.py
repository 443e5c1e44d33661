"""A passport, national ID, licence or plate number right after its own label, in many
languages (issue 14, round 22): each recognizer alone, exact spans, no spaCy; numbers that are
no identifiers (dates, amounts, counts, company and order numbers) stay."""

from __future__ import annotations

import pytest

from redaction.recognizers.driving_licence import DrivingLicenceRecognizer
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.passport import PassportRecognizer
from redaction.recognizers.vehicle_plate import VehiclePlateRecognizer
from tests.redaction.helpers import spans, where

PASSPORTS = [
    ("Fahrer K., poln. Pass Nr. EM4827163, Zielort Berlin.", ["EM4827163"]),
    ("Bed 3 - L. F. - pass nr. CA472918 - nights 6.", ["CA472918"]),
    ("Betrokkene P. Z., paspoortnummer EK4827361, kenteken onbekend.", ["EK4827361"]),
    ("Εργάτης R. U., διαβατήριο EB0482173, ΑΜΚΑ άγνωστο.", ["EB0482173"]),
    ("S. T., passaporte n.º PA4821736; B. G., título de residência pendente.", ["PA4821736"]),
    ("Työntekijä S. W., passi AC2193847, palkka maksettu.", ["AC2193847"]),
    # Fewer than five digits after the label, or a date: no passport number.
    ("He showed his passport 2 times and passport no. 12/03/2019 was written down.", []),
    ("They had no pass 4 weeks after arrival.", []),
]

NATIONAL_IDS = [
    ("1. A. G., CPR-nr. 120489-1742, timeløn 118 kr.", ["120489-1742"]),
    ("3. V. S., opholdstilladelse nr. DK4817203. Ordrenummer 55120, 38 timer.", ["DK4817203"]),
    ("Zimmer 5: M. P., Ausweis-Nr. 2850711402371. Zahlung bar.", ["2850711402371"]),
    ("Osoba: P. D., rodné číslo 855312/0488, číslo OP 204817362.", ["855312/0488", "204817362"]),
    (
        "Heathrow notes: sponsor's work permit ref WP/KE/2025/0482, flight KQ100.",
        ["WP/KE/2025/0482"],
    ),
    ("Bed 4 - J. M. - CC 14829371 4 ZX8 - nights 6.", ["14829371 4 ZX8"]),
    ("Visa number 482173649 (work, Kuwait). Agent fee Rs 1,20,000.", ["482173649"]),
    # A code in capitals after the number only when no word in capitals follows it; a short
    # word before the number is no series code.
    ("DRIVER GAVE ID 4821736 TO THE OFFICER.", ["4821736"]),
    ("Her ID number is 48217364 and she is 24.", ["48217364"]),
    # Dates, amounts and short numbers after an ID word stay.
    ("ID issued 12.03.2019; visa fee EUR 48217; ID card 2 weeks late.", []),
]

LICENCES = [
    ("Sjåfør T. W., polsk førerkort nr. 04817/22/1463, kontrollert.", ["04817/22/1463"]),
    ("Vairuotojas V. J., vairuotojo pažymėjimas nr. LT8821473.", ["LT8821473"]),
    ("permis de conducere nr. DINU48217. Autoturism confiscat.", ["DINU48217"]),
]

PLATES = [
    ("Pojazd: Volkswagen Transporter, nr rej. BC 4827 HT. Wjazd 14.03.2025.", ["BC 4827 HT"]),
    ("Vozidlo RZ 2B4 8217 stálo před ubytovnou.", ["2B4 8217"]),
    ("управлява лек автомобил с рег. № В 4821 КМ. Превозвал е 6 жени.", ["В 4821 КМ"]),
    (
        "conducea automobilul cu nr. de înmatriculare BL AZ 482. A transportat 4 femei.",
        ["BL AZ 482"],
    ),
    ("Reg. oznaka ZG 4821-AB. U kombiju 11 osoba.", ["ZG 4821-AB"]),
    ("reg B 123 ABC on a Romanian car", ["B 123 ABC"]),
    ("vehicle reg: yd19 kxm (silver Astra) seen", ["yd19 kxm"]),
    # A company's registration number, and a plate word before a number that is no plate.
    ("The agency's company reg. no. 04821736 was on the invoice.", []),
    ("See plate 12 of the atlas and plates 2023.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSPORTS)
def test_when_a_passport_label_stands_before_a_number_then_the_number_is_a_passport(
    text: str, expected: list[str]
) -> None:
    assert spans(PassportRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), NATIONAL_IDS)
def test_when_an_id_label_stands_before_a_number_then_the_number_is_a_national_id(
    text: str, expected: list[str]
) -> None:
    assert spans(NationalIdRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), LICENCES)
def test_when_a_licence_label_stands_before_a_number_then_the_number_is_a_licence(
    text: str, expected: list[str]
) -> None:
    assert spans(DrivingLicenceRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize(("text", "expected"), PLATES)
def test_when_a_plate_label_stands_before_a_code_then_the_code_is_a_plate(
    text: str, expected: list[str]
) -> None:
    assert spans(VehiclePlateRecognizer(), text) == where(text, *expected)


MANIFEST = (
    "COACH MANIFEST\n"
    "No  Name              Sex  Nat  Passport\n"
    "1   IVANENKO Oksana   F    UKR  FE418273\n"
    "2   PETRENKO Olha     F    UKR  FK904152\n"
    "3   SHEVCHUK Iryna    F    UKR  FM118374\n"
    "Order 48217364, invoice 12345678, seat 1234567."
)


def test_when_a_column_names_its_passports_once_then_every_number_of_that_shape_goes() -> None:
    found = spans(PassportRecognizer(), MANIFEST)
    assert found == where(MANIFEST, "FE418273", "FK904152", "FM118374")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("FE 418273", "AA999999"),
        ("482173649", "999999999"),
        # Too short or too plain to be only a document number's shape.
        ("4821736", None),
        ("AB12345", None),
    ],
)
def test_when_a_number_is_shaped_then_only_document_shapes_count(
    value: str, expected: str | None
) -> None:
    from redaction.recognizers.id_labels import shape

    assert shape(value) == expected


def test_when_a_fleet_list_names_one_plate_then_plates_of_that_shape_go_but_references_stay() -> (
    None
):
    text = (
        "FLEET\n"
        "Van 1: reg KA 4821 EI, driver on nights\n"
        "Van 2: KB 1827 AX, driver on days\n"
        "Flight TK1034; invoice AB 1234 CD."
    )
    found = spans(VehiclePlateRecognizer(), text)
    assert found == where(text, "KA 4821 EI", "KB 1827 AX")


def test_when_a_driver_list_names_one_licence_then_licences_of_that_shape_go() -> None:
    text = (
        "Drivers: 1) T. W., driving licence 04817/22/1463; 2) A. N., 00482/15/1206; order 48217/25."
    )
    found = spans(DrivingLicenceRecognizer(), text)
    assert found == where(text, "04817/22/1463", "00482/15/1206")
