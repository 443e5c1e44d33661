"""Names in capitals after a label and a colon, and census surnames in capitals after a found
name in capitals ("DEFENDANT: KEVIN BROWN", "<GARY> LONG OF") (issue 14, redact21)."""

from __future__ import annotations

import pytest

from redaction.caps_names import caps_surname_after, in_place_name, labelled_runs
from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DEFENDANT: KEVIN BROWN. PROPERTY: 41 CANAL BANK", ["KEVIN BROWN"]),
        ("Fornærmede: IRYNA KOVALENKO. Mistenkt: STEIN ARNE HAUGEN, bosatt", None),
        ("OCCUPIER: JASON COLE\nALSO PRESENT: RYAN COLE (SON)", ["JASON COLE", "RYAN COLE"]),
        ("Kuljettaja: JARI NIEMI.", ["JARI NIEMI"]),
        ("STATUS: GRACE PERIOD.", []),  # both English words
        ("EMPLOYER: NORDKAPP SJØMAT AS.", []),  # no given name first
        ("Company: KARI HANSEN AS.", []),  # a legal form
        ("VEHICLE: WHITE FORD TRANSIT.", []),
        ("Driver: KEVIN BROWN drove", []),  # not the end of the value
        ("Driver: Kevin Brown.", []),  # Title case: spaCy's and the cues' work
    ],
)
def test_when_a_label_precedes_a_name_in_capitals_then_the_run_is_found(redactor, text, names):
    if names is None:
        names = ["IRYNA KOVALENKO", "STEIN ARNE HAUGEN"]
    found = [text[s:e] for s, e in labelled_runs(text, redactor.guard)]
    assert found == names


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        ("REGISTERED OWNER: GARY LONG OF 12 KILN CLOSE", "GARY", "GARY LONG"),
        ("CO-DRIVER: NEIL CROW. 3 PERSONS FOUND", "NEIL", "NEIL CROW"),
        ("NIGHTS: AMY ROSE / JOY MENSAH", "AMY", "AMY ROSE"),
        ("MET NEIL CROW\n", "NEIL", "NEIL CROW"),
        ("SAW NEIL CROSSING THE ROAD", "NEIL", "NEIL"),  # not a surname
        ("GAVE NEIL LONG DOCUMENTS", "NEIL", "NEIL"),  # a word follows that is no stop word
        ("Met Neil Long.", "Neil", "Neil"),  # Title case: the name extent's work
    ],
)
def test_when_a_census_surname_in_capitals_follows_a_found_name_then_it_joins(
    redactor, text, name, grown
):
    start = text.index(name)
    end = caps_surname_after(text, start, start + len(name), redactor.guard)
    assert text[start:end] == grown


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "CLAIMANT: HARBOURSIDE LETTINGS LTD. DEFENDANT: KEVIN BROWN. PROPERTY IN LEEDS.",
            ["KEVIN", "BROWN"],
            ["LEEDS"],
        ),
        (
            "Anmeldelse. Fornærmede: IRYNA KOVALENKO. Mistenkt: STEIN ARNE HAUGEN.",
            ["IRYNA", "KOVALENKO", "HAUGEN"],
            [],
        ),
        ("STATUS: GRACE PERIOD. The flat in Bradford was empty.", [], ["GRACE PERIOD"]),
        ("Name: Ana Pop. NATIONALITY: SIERRA LEONE. Seen in Bradford.", ["Pop"], ["SIERRA LEONE"]),
    ],
)
def test_when_a_text_holds_names_in_capitals_then_the_redactor_removes_them(
    redactor, text, removed, kept
):
    check_redaction(redactor, text, kept=kept, gone=removed)


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        ("DESTINATION: SANTA MARTA.", None, None),
        ("FROM: MARIA ELENA.", None, None),
    ],
)
def test_when_a_label_names_a_place_or_thing_then_no_run_is_found(redactor, text, name, grown):
    assert labelled_runs(text, redactor.guard) == []


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("THE SHOP IN BETHNAL GREEN", "GREEN", True),
        ("a flat in Bethnal Green", "Green", True),
        ("GREEN WAS ARRESTED", "GREEN", False),
    ],
)
def test_when_a_surname_is_part_of_a_known_place_then_it_is_not_spread_there(
    redactor, text, word, inside
):
    start = text.index(word)
    assert in_place_name(text, start, start + len(word), redactor.guard) is inside


def test_when_a_name_in_capitals_closes_with_an_english_surname_then_it_goes_alone_too(redactor):
    text = "REGISTERED OWNER: GARY LONG OF KILN CLOSE, LUTON. LONG ALSO OWNS THE HMO NEXT DOOR."
    out = redactor.redact(text).text
    assert "LONG" not in out
    assert "LUTON" in out
