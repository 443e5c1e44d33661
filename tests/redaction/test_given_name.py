"""Lone given names, surname-first capitals, chat-log speakers and joined surnames (issue 14).

Integration tests: the real spaCy model and Presidio, through the session's redactor.
"""

from __future__ import annotations

import pytest

from redaction.name_lists import given_names
from tests.redaction.checks import check_redaction


def test_when_the_census_list_is_read_then_it_holds_given_names_and_no_surnames():
    names = given_names()
    assert {"naomi", "beatrice", "cristina", "lara"} <= names
    assert "kowalczyk" not in names
    assert all(n == n.lower() for n in names)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Her sister left the children with Naomi on Fridays.", ["Naomi"], []),
        ("Beatrice is the one who collects the money in Hull.", ["Beatrice"], ["Hull"]),
        ("It was a deal between him and Lara's uncle in Leeds.", ["Lara"], ["Leeds"]),
        (
            "Occupants: IONESCU Marian and BALAN Cristina, both from Iasi.",
            ["IONESCU", "Marian", "BALAN", "Cristina"],
            ["Iasi"],
        ),
        # surname in capitals beside a given name no list knows, or one spaCy takes alone
        ("The recruiter HORVÁTH Zoltán called the workers on Monday.", ["HORVÁTH", "Zolt"], []),
        ("Payment was sent by DUMITRESCU Mihai to the agency.", ["DUMITRESCU", "Mihai"], []),
        ("She was met in Leeds by OKAFOR Chidi and a driver.", ["OKAFOR", "Chidi"], ["Leeds"]),
        ("The NCA and IOM told the UK Home Office.", [], ["NCA", "IOM", "UK Home Office"]),
        ("[09:14] Vlad: the car is outside\n[09:15] Sorin: ok", ["Vlad", "Sorin"], []),
        ("Ortiz and Tomescu were later released.", ["Ortiz", "Tomescu"], []),
        ("The deeds were handed over to Adelgunde B. Kitzmann last year.", ["Kitzmann"], []),
        ("HUY LIVES ON THE THIRD FLOOR.", ["HUY"], []),  # no list knows it: before a verb
    ],
)
def test_when_a_name_stands_where_a_person_does_then_it_goes(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She moved from Victoria to Sofia in 2019 and then to Georgia.", ["Victoria", "Sofia"]),
        ("The Ford plant in Detroit hired workers from Mexico.", ["Ford", "Detroit", "Mexico"]),
        ("He drove from Hull and Sofia to Lara in Venezuela.", ["Hull", "Sofia", "Lara"]),
        ("The bus between Boston and Spalding has new drivers.", ["Boston", "Spalding"]),
    ],
)
def test_when_a_listed_name_is_a_place_or_a_company_then_it_stays(redactor, text, kept):
    check_redaction(redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a form's one-off English labels are fields, not speakers (the demo's bank flag had
        # lost "Assessment:" and "Prepared:" as people)
        (
            "Prepared: 27 January 2025\nClassification: restricted\n\nAssessment: High risk.",
            [],
            ["Prepared", "Classification", "Assessment"],
        ),
        # a speaker whose name is also an English word speaks more than once
        (
            "[10:02] Rose: he took my passport\n[10:03] Officer: when?\n[10:04] Rose: in May",
            ["Rose"],
            ["Officer"],
        ),
        # a form's label that only the wide name list knows ("trigger") is still a field
        ("Prepared: 9 August 2022\n\nTrigger: accounts were opened in May.", [], ["Trigger"]),
        # "the madam" is a role, not a title before a lower-case name
        (
            "The madam phoned her family.\nIn 2021 the madam sent her to Rome.\nask madam ngozi",
            ["ngozi"],
            ["phoned", "sent"],
        ),
        # a name that is no English word is a speaker even once
        ("Interviewer: where?\nOluwaseun: in Lagos", ["Oluwaseun"], ["Interviewer", "Lagos"]),
        # an abbreviated field is no speaker: "DOB:" was taken for a name
        ("DOB: 1988. POB: Lagos. Passport issued 2017.", ["1988"], ["DOB", "POB", "Lagos", "2017"]),
    ],
)
def test_when_lines_open_with_labels_then_only_speakers_go(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)


def test_when_the_given_name_recognizer_is_disabled_then_a_lone_name_stays(make_redactor):
    off = make_redactor(recognizers={"given_name": False})
    text = "Beatrice is the one who collects the money in Hull."
    assert "Beatrice" in off.redact(text).text
