"""Dates of birth: removed after a birth cue, incident dates and years kept."""

from __future__ import annotations

import pytest

from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.layout_context import looks_like_date
from tests.redaction.helpers import spans, where

FOUND = [
    ("Ionut Popescu, born 14/02/1993, recruited", ["14/02/1993"]),
    ("the survivor, DOB 03/07/2001, was", ["03/07/2001"]),
    ("born on 5 May 1998, was offered", ["5 May 1998"]),
    ("date of birth 14.08.1996, worked", ["14.08.1996"]),
    ("b. March 3, 1990 in Lagos", ["March 3, 1990"]),
    # shapes of passports, forms and other languages
    ("Subject: M. D., DOB 14MAR1991, Czech national", ["14MAR1991"]),
    ("D.O.B.: 7-Feb-1988. Seen in Leeds", ["7-Feb-1988"]),
    ("Customer DOB 1979/04/22; account opened", ["1979/04/22"]),
    ("birthdate 1989-2-3, address unknown", ["1989-2-3"]),
    ("née le 12 mars 1995 à Lagos", ["12 mars 1995"]),
    ("fecha de nacimiento 30/06/2001, natural de", ["30/06/2001"]),
    ("Geburtsdatum: 21.08.1986. Die Frau", ["21.08.1986"]),
    # the cue further away, with no other date between
    ("Victim 2 (date of birth as given on her expired passport: 03/11/2002)", ["03/11/2002"]),
    ("Date of Birth\n14/02/2000\nNationality", ["14/02/2000"]),
    # a year, or a month and year, right after the cue
    ("She was born 1997 in Benin City", ["1997"]),
    ("b. 1984, Kharkiv.", ["1984"]),
    ("suspect born approx 1975, goes by", ["1975"]),
    ("YOB 1991. Interviewed", ["1991"]),
    ("DOB: 1988. POB: Lagos.", ["1988"]),
    ("The boy, born in March 2009, told", ["March 2009"]),
    ("the four men were born between 1990 and 1996.", ["1990", "1996"]),
    ("he said he was born in '94 but looks younger", ["94"]),
    # eight digits, a two-digit year, a birthday with no year, cues in other languages
    ("Client ref 4471. DOB 12031990. Referred", ["12031990"]),
    ("DOB 19900312 (per passport scan)", ["19900312"]),
    ("DOB 12 March 90, Albanian", ["12 March 90"]),
    ("his birthday is March 12 and he turns 17", ["March 12"]),
    ("Дата рождения: 04.09.1993. Гражданка", ["04.09.1993"]),
    ("Doğum tarihi 15.06.1999; she was", ["15.06.1999"]),
    ("Frau K., geb. 03.03.1991 in Plovdiv", ["03.03.1991"]),
]

KEPT = [
    ("On 12 June 2021 she was moved", []),
    ("arrived on 03/07/2021 in Dover", []),
    ("in March 2022 he travelled", []),
    # a cue reaches the first date after it only
    ("DOB 12/03/1990, arrested 14/05/2023 in Hull", ["12/03/1990"]),
    ("Birth date: Sept. 5, 1992. Employment start: Oct. 1, 2022.", ["Sept. 5, 1992"]),
    # a place's cue is no birth cue
    ("Place of birth: Cluj. Seen working on 12 May 2023.", []),
    # a year after a cue with more than small words between
    ("Born in Tirana, she came to London aged 17 in 2018.", []),
    ("First-born children were sent to the kilns in 2015.", []),
    # "B." in capitals is a label, not "born"
    ("Flat B. 2019 tenancy", []),
    # eight digits with no cue, a birthday with its year (the full date pattern takes it)
    ("Invoice 20240312 was paid on 13/03/2024", []),
    ("her birthday, 3 May 2001, was spent at the house", ["3 May 2001"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND + KEPT)
def test_when_date_follows_a_birth_cue_then_only_that_date_is_found(text, expected):
    assert spans(DateOfBirthRecognizer(), text) == where(text, *expected)


@pytest.mark.parametrize("value", ["JAN 2005", "Mar-2019", "15JAN2024", "14/03/2025"])
def test_when_value_is_a_month_and_year_then_it_looks_like_a_date(value):
    assert looks_like_date(value)


@pytest.mark.parametrize("value", ["BR72 XLX", "JA 2005", "AB12345"])
def test_when_value_is_a_plate_then_it_does_not_look_like_a_date(value):
    assert not looks_like_date(value)
