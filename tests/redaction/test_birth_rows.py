"""Dates of birth with no cue: a full date right after a person's name in a row or list."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.birth_rows import birth_dates_after_names, birth_row_detections
from redaction.recognizers.date_of_birth import DateOfBirthRecognizer

_DATES = DateOfBirthRecognizer()


def _full_dates(text: str) -> list[tuple[int, int]]:
    return _DATES.full_dates(text)


def _found(text: str, names: list[str], this_year: int = 2026) -> list[str]:
    people = []
    for name in names:
        start = text.index(name)
        people.append((start, start + len(name)))
    return [
        text[s:e] for s, e in birth_dates_after_names(text, people, _full_dates(text), this_year)
    ]


@pytest.mark.parametrize(
    ("text", "names", "dates"),
    [
        ("1. Reyes, Joel, FIL, 04/09/1987", ["Reyes", "Joel"], ["04/09/1987"]),
        ("NGUYEN Van Hai  VNM  12.04.1998", ["NGUYEN Van Hai"], ["12.04.1998"]),
        (
            "Room 12: Olena Marchenko (1996-07-15), in 2023-08-02",
            ["Olena Marchenko"],
            ["1996-07-15"],
        ),
        ("| Popescu | Ionela | Romanian | 19/05/1995 |", ["Popescu", "Ionela"], ["19/05/1995"]),
        ("Account holder Wei Zhang (19850312) opened", ["Wei Zhang"], ["19850312"]),
        ("Mai Pham / 02-03-2000 / started 01-09-2022", ["Mai Pham"], ["02-03-2000"]),
        ("ALI HASSAN MOHAMED, 01 JAN 1990, SOMALI", ["ALI HASSAN MOHAMED"], ["01 JAN 1990"]),
    ],
)
def test_when_a_full_date_follows_a_name_in_a_row_then_it_is_a_date_of_birth(
    text: str, names: list[str], dates: list[str]
) -> None:
    assert _found(text, names) == dates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Statement of Grace Mensah, 14/02/2024, taken at Croydon.", ["Grace Mensah"]),
        ("Ortega, 12 March 2021: recruited three girls.", ["Ortega"]),
        ("Passport holder: Svetlana Ivanova, issued 12.03.2009.", ["Svetlana Ivanova"]),
        ("2003-11-02 Kamal Hossain called the hotline", ["Kamal Hossain"]),
        ("Maria Santos worked there.\n12/05/1999 was the start.", ["Maria Santos"]),
        ("Reyes signed off: 01/06/1999", ["Reyes"]),
        ("No name here, 04/09/1987.", []),
    ],
)
def test_when_a_date_is_recent_or_not_right_after_a_name_then_it_stays(
    text: str, names: list[str]
) -> None:
    assert _found(text, names) == []


def test_when_the_text_names_a_later_year_then_the_age_counts_from_it() -> None:
    text = "Crew: Reyes, Joel, 04/09/2035. Sailed 2050."
    assert _found(text, ["Reyes", "Joel"], this_year=2026) == ["04/09/2035"]
    assert _found("Crew: Reyes, 04/09/2020.", ["Reyes"], this_year=2026) == []


def test_when_one_row_holds_a_person_and_birth_date_then_the_lists_other_rows_are_people() -> None:
    from redaction.detections import Detection
    from redaction.person_guard import PersonGuard

    text = "Applicants: Rahul Verma 11/11/1994, Sunil Kumar 03/06/1989, Deepak Singh 27/02/1997."
    start = text.index("Sunil Kumar")
    found = [Detection("PERSON", start, start + len("Sunil Kumar"), 0.85, "spacy")]
    out = birth_row_detections(text, found, PersonGuard(), _full_dates(text))
    got = sorted((d.type, text[d.start : d.end]) for d in out)
    assert got == [
        ("DATE_OF_BIRTH", "03/06/1989"),
        ("DATE_OF_BIRTH", "11/11/1994"),
        ("DATE_OF_BIRTH", "27/02/1997"),
        ("PERSON", "Deepak Singh"),
        ("PERSON", "Rahul Verma"),
    ]


def test_when_no_row_holds_a_birth_date_then_no_mate_is_taken() -> None:
    from redaction.detections import Detection
    from redaction.person_guard import PersonGuard

    text = "Payments: Sunil Kumar 03/06/2024, Deepak Singh 27/02/1997, Kenya 01/01/1990."
    start = text.index("Sunil Kumar")
    found = [Detection("PERSON", start, start + len("Sunil Kumar"), 0.85, "spacy")]
    assert birth_row_detections(text, found, PersonGuard(), _full_dates(text)) == []


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "Crew list, MV Orion\n1. Santos, Mark, FIL, 14/02/1986\n2. Bautista, Ramon, FIL, "
            "09/10/1991\nDeparted Cebu 03/02/2024.",
            ["14/02/1986", "09/10/1991"],
            ["Cebu", "03/02/2024", "FIL"],
        ),
        (
            "Hotel register: Oksana Kravets (1997-03-21), checked in 2024-01-09.",
            ["Oksana Kravets", "1997-03-21"],
            ["2024-01-09"],
        ),
        (
            "Statement of Joseph Owusu, 11/03/2024, taken at Luton.",
            ["Joseph Owusu"],
            ["11/03/2024", "Luton"],
        ),
    ],
)
def test_when_redacted_then_row_birth_dates_go_and_other_dates_stay(
    redactor: Any, text: str, removed: list[str], kept: list[str]
) -> None:
    out = redactor.redact(text).text
    assert not [value for value in removed if value in out], out
    assert all(value in out for value in kept), out


def test_when_a_row_starts_with_a_surname_before_the_person_then_it_goes_too() -> None:
    from redaction.detections import Detection
    from redaction.person_guard import PersonGuard

    text = "Crew list\n1. Abalos, Marvin, FIL, 22/01/1993\n2. Manila, Joel, FIL, 2024-01-01"
    start = text.index("Marvin")
    found = [Detection("PERSON", start, start + len("Marvin"), 0.85, "spacy")]
    got = sorted(
        (d.type, text[d.start : d.end])
        for d in birth_row_detections(text, found, PersonGuard(), _full_dates(text))
    )
    assert got == [("DATE_OF_BIRTH", "22/01/1993"), ("PERSON", "Abalos")]


def test_when_the_recognizer_analysed_the_text_then_its_full_dates_come_from_that_pass() -> None:
    recognizer = DateOfBirthRecognizer()
    text = "Reyes, Joel, 04/09/1987, DOB 12 March 1990, arrived 2024-01-09, born 1975."
    recognizer.analyze(text, ["DATE_OF_BIRTH"])
    recognizer.matches = None  # type: ignore[assignment,method-assign]  # no second scan
    got = [text[s:e] for s, e in recognizer.full_dates(text)]
    assert got == ["04/09/1987", "12 March 1990", "2024-01-09"]


def test_when_the_last_analysis_was_of_another_text_then_full_dates_matches_this_one() -> None:
    recognizer = DateOfBirthRecognizer()
    recognizer.analyze("Seen on 01/02/2003.", ["DATE_OF_BIRTH"])
    text = "Mai Pham / 02-03-2000 / started 01-09-2022"
    assert [text[s:e] for s, e in recognizer.full_dates(text)] == ["02-03-2000", "01-09-2022"]
