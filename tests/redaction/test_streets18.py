"""Street and unit shapes of round 18 (issue 14): national street forms of South Asia, Latin
America, Indonesia, Vietnam, Turkey, Hungary, Poland, Czechia and the Balkans, Faker's street
suffixes, rural deliveries and routes, and lines in capitals after true-casing. Each
recognizer alone, exact spans, no spaCy; look-alikes that must stay beside each."""

from __future__ import annotations

import pytest

from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import merged, spans, where

STREETS = [
    ("Her employer's house is House # 12, Street # 5, F-7/2.", ["House # 12, Street # 5"]),
    ("Sai Residency, 4th Cross, 5th Main, Indiranagar", ["4th Cross, 5th Main"]),
    ("Permanent address: Chak No. 45/GB, Tehsil Jaranwala", ["Chak No. 45/GB"]),
    ("The recruiter rents a room at Mz. B Lt. 14, Los Olivos.", ["Mz. B Lt. 14"]),
    ("She was found at Qd. 5 Lt. 12, Setor Leste.", ["Qd. 5 Lt. 12"]),
    (
        "the women were moved to Lago Eduardo Machado, 488 after the raid",
        ["Lago Eduardo Machado, 488"],
    ),
    ("the women were moved to Av de Coelho, 51 after the raid", ["Av de Coelho, 51"]),
    (
        "Alamat: Jl. Kenanga Blok C2 No. 5, RT 03/RW 11, Kel. Cempaka",
        ["Jl. Kenanga Blok C2 No. 5", "RT 03/RW 11"],
    ),
    ("Gang Kiaracondong No. 7, Bandung", ["Gang Kiaracondong No. 7"]),
    ("outside Số 902 Hoàng Văn Thụ most nights", ["Số 902 Hoàng Văn Thụ"]),
    (
        "The safe house was at Atatürk Mah. 123. Sok. No:5 D:3, Esenyurt.",
        ["Atatürk Mah. 123. Sok. No:5", "D:3"],
    ),
    ("The flat at Petőfi u. 12. in Budapest", ["Petőfi u. 12."]),
    ("The workers lived at os. Piastów 12/34 in Kraków.", ["os. Piastów 12/34"]),
    ("The workers slept at č.p. 123, Dolní Bojanovice.", ["č.p. 123"]),
    ("Meeting point agreed by text: U Hřbitova 71, Zbiroh.", ["U Hřbitova 71"]),
    ("Meeting point agreed by text: Gradec 4c/9, Petrinja.", ["Gradec 4c/9"]),
    (
        "the women were moved to 9 Kawamaunga Crossing, RD 6 after the raid",
        ["9 Kawamaunga Crossing", "RD 6"],
    ),
    ("Mailing address: Rural Route 2, Box 45, Hope, Arkansas", ["Rural Route 2, Box 45"]),
    ("his address as 123 1/2 Main St, #4, Fresno", ["123 1/2 Main St", "#4"]),
    ("the agency rents 71 Harry Centers under a company name", ["71 Harry Centers"]),
    ("Premises inspected: 2 Martinez Centre, East Gabriel", ["2 Martinez Centre"]),
    ("911 Sara alley — Send someone tonight", ["911 Sara alley"]),
    ("Officers entered Via dei Mille, 12/A, in Napoli.", ["Via dei Mille, 12"]),
    ("The minibus left from Rua 15 de Novembro, 300, Curitiba.", ["Rua 15 de Novembro, 300"]),
    (
        "the women were moved to Peatonal Bosnia y Herzegovina 525 Interior 624 after",
        ["Peatonal Bosnia y Herzegovina 525 Interior 624"],
    ),
    ("ok so its Calle 9 bis # 37l-75, second door", ["Calle 9 bis # 37l-75"]),
    # Faker shapes of the generated set's locales (tuning_street18c).
    ("i think she is at 9261 lisa passage apt. 116 now", ["9261 lisa passage apt. 116"]),
    ("The minibus dropped them at 76/981 Jones Cruiseway just after", ["76/981 Jones Cruiseway"]),
    ("A witness saw the car outside Blv. 9 N° 423 twice.", ["Blv. 9 N° 423"]),
    (
        "Raid at Diagonal República Árabe Siria 342 Interior 555 (Puebla)",
        ["Diagonal República Árabe Siria 342 Interior 555"],
    ),
    ("She said the rooms above Bertha Pauligin tie 62 were full.", ["Bertha Pauligin tie 62"]),
    ("The minibus dropped them at avenue Berberat 55 just after", ["avenue Berberat 55"]),
    ("Raid at Laurapad 45 (Venlo): seven workers found.", ["Laurapad 45"]),
    ("Raid at Lundtjernet 4 (Bergen): seven workers found.", ["Lundtjernet 4"]),
    ("Raid at Praia Jesus, 43 (Lisboa): seven workers found.", ["Praia Jesus, 43"]),
    (
        "at Drumul Georgescu Nr. 79 Bl. 73 Sc. 48 Ap. 749 after",
        ["Drumul Georgescu Nr. 79", "Bl. 73 Sc. 48 Ap. 749"],
    ),
]

KEPT = [
    "Article 6a/2 of the Act applies; see Section 4c/9.",
    "Jones et al. Nature 12 (2019) reported it.",
    "Flight QR 1203 from Doha landed at gate 5; invoice 4471 was paid in 2024.",
    "She was 3 Ugandan women's only contact.",
    "In 2019 V Festival 2 was cancelled.",
    "The Vila Nova, 45 minutes away, was empty.",
    "He was born in Lago Agrio, 2019 records say.",
    "Route 66 and the M62 services were closed.",
    "R. Thangavel, 45, was arrested with Amelia 25 times.",
    "The avenue was closed on 12 May; Boulevard 2019 was a film.",
    "He took the iPad 2 and the Keypad with him.",
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_a_street_line_of_round_18_is_written_then_it_is_found_exactly(
    text: str, expected: list[str]
) -> None:
    assert merged(spans(StreetAddressRecognizer(), text)) == where(text, *expected)


@pytest.mark.parametrize("text", KEPT)
def test_when_a_look_alike_of_round_18_names_no_street_then_nothing_is_found(text: str) -> None:
    assert spans(StreetAddressRecognizer(), text) == []
