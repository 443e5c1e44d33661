"""Name shapes left whole or half by redaction (issues 14 and 17, names12): hyphenated
initials ("R v J-P Dubois" became "R v <PERSON_1> Dubois"), a surname in capitals with its
particle or apostrophe before a comma ("the subject, VON WEBER, Friedrich, made"), a
hyphenated given name after a capitals surname ("DUBOIS Jean-Pierre") and a given name with
an initial at a sentence's end ("was Somchai W..")."""

from __future__ import annotations

import pytest

from redaction.recognizers.caps_surname import caps_surname_runs
from redaction.recognizers.name_shapes import (
    comma_name_runs,
    given_initial_runs,
    initials_runs,
)
from tests.redaction.checks import check_redaction

GIVEN = {"jean", "pierre", "friedrich", "seán", "miguel", "jose", "luis", "somchai", "the"}
GIVEN |= {"virginia", "grace", "anil"}
CENSUS = {"dubois", "morel", "girard"}
ENGLISH = {"weber", "o'brien", "salem", "morel", "girard", "home", "office", "usa", "note"}
ENGLISH |= {"sent", "to"}


def _is_surname(word: str) -> bool:
    return word.lower() not in ENGLISH


def _spans(spans, text):
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("R v J-P Dubois (case 2291)", ["J-P Dubois"]),
        ("sender M.-C. Girard; receiver", ["M.-C. Girard"]),  # a census surname, English too
        ("In R v A-M Kowalczyk the jury", ["A-M Kowalczyk"]),
        ("Funds moved through J.P. Morgan in New York", []),  # no hyphen: initials of a bank
        ("R v Home Office", []),
        ("the X-Y Office plan", []),  # an English word, on no census list
        ("page A-B Kowalczyk", ["A-B Kowalczyk"]),
    ],
)
def test_hyphenated_initials_take_the_surname_after_them(text, found):
    assert _spans(initials_runs(text, _is_surname, CENSUS), text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the subject, VON WEBER, Friedrich, made", ["VON WEBER, Friedrich"]),
        ("sender O'BRIEN, Seán; purpose", ["O'BRIEN, Seán"]),
        ("The holder, DE LA CRUZ, Miguel, opened it", ["DE LA CRUZ, Miguel"]),
        ("Defendant: BIN SALEM, Jose Luis (34)", ["BIN SALEM, Jose Luis"]),
        ("list: D'SOUZA, Anil; KOVAC, Grace.", ["D'SOUZA, Anil", "KOVAC, Grace"]),
        ("SENT TO KOVAC, Grace", ["KOVAC, Grace"]),  # only the surname's own words
        # the capitals are no surname, or no listed given name follows the comma
        ("born in the USA, Virginia said", []),
        ("NOTE, Grace is away", []),
        ("seen KOVAC, Zzyzx met her", []),  # an unlisted given name inside a line
        ("VON WEBER, The end", []),  # a stop word is no given name
    ],
)
def test_a_capitals_surname_before_a_comma_and_a_given_name_is_one_run(text, found):
    assert _spans(comma_name_runs(text, GIVEN, _is_surname), text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a form or list line in capitals: the given name in capitals too
        ("Seat 4A KOVAC, GRACE\nSeat 4B", ["KOVAC, GRACE"]),
        ("Interpreter: NGUYEN, THI LAN\nLocation", ["NGUYEN, THI LAN"]),
        ("Name: OKEKE, GRACE Flight", ["OKEKE, GRACE"]),  # capitals after capitals only
        # an unlisted given name where a line, list item or label opens the surname
        ("Witnesses:\n1. OYELARAN, Folake – shop worker", ["OYELARAN, Folake"]),
        ("Name: OYELARAN, Folake\n", ["OYELARAN, Folake"]),
        ("- BIN SALEM, Zzyzx", ["BIN SALEM, Zzyzx"]),
        ("Defendant OYELARAN, Folake (aged 38)", []),  # inside a line: listed names only
        ("NOTE, Zzyzx", []),  # an English word is no surname
        # a Title-case surname only after a form's label, before a listed given name
        ("Name: Gebremedhin, Grace\nNationality", ["Gebremedhin, Grace"]),
        ("Kovac, Grace and Anil met", []),  # "Samsung, Apple and Dell" opens a line too
        ("Name: Kovac, Zzyzx\n", []),
        ("Notes: Note, Grace", []),
    ],
)
def test_when_a_form_line_holds_surname_comma_given_then_the_run_is_one_person(text, found):
    assert _spans(comma_name_runs(text, GIVEN, _is_surname), text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The landlord DUBOIS Jean-Pierre refused", ["DUBOIS Jean-Pierre"]),
        ("The landlord DUBOIS Jean-Zzyzx refused", []),  # each part a given name
    ],
)
def test_a_hyphenated_given_name_joins_a_capitals_surname(text, found):
    assert _spans(caps_surname_runs(text, GIVEN, _is_surname), text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the woman at the airport was Somchai W..", ["Somchai W."]),
        ("rent was taken by Somchai W.", ["Somchai W."]),
        ("rent was taken by Somchai W. on Fridays", []),  # mid-sentence: spaCy's and others'
        ("It was Grace A..", []),  # an English word as the given name
    ],
)
def test_a_given_name_and_an_initial_at_a_sentence_end(text, found):
    english = {"grace"}
    spans = given_initial_runs(text, GIVEN, lambda w: w.lower() not in english)
    assert _spans(spans, text) == found


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Court listing: R v J-P Dubois (case 2291), adjourned.", ["J-P", "Dubois"], []),
        ("Money transfer receipt: sender J-P Dubois; purpose: family.", ["J-P", "Dubois"], []),
        ("In R v M-C Lefebvre the jury heard from two cleaners.", ["M-C", "Lefebvre"], []),
        ("Witness 3 identified O'BRIEN, Seán from the photo board.", ["BRIEN", "Seán"], []),
        (
            "SAR narrative: the subject, VON WEBER, Friedrich, made deposits in Riga.",
            ["WEBER", "Friedrich"],
            ["Riga"],
        ),
        ("The landlord DUBOIS Jean-Pierre refused to show the lease.", ["DUBOIS", "Jean"], []),
        ("The client said the woman at the airport was Somchai W..", ["Somchai"], []),
        (
            "Funds moved through J.P. Morgan in New York; R v Home Office was cited.",
            [],
            ["J.P. Morgan", "Home Office", "New York"],
        ),
        (  # an office after "v" is no person; a name still is
            "R v Secretary of State for the Home Department was cited, and R v Ortega.",
            ["Ortega"],
            ["Secretary of State"],
        ),
    ],
)
def test_when_such_a_name_is_written_then_it_goes_whole(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)
