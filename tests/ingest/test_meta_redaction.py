"""Metadata is text too: values and titles go through the same document-level redaction."""

from __future__ import annotations

import pytest

from redaction.base import DocumentInput

pytestmark = pytest.mark.slow


NAMES = ["Selam Tesfaye", "Darren Price", "Bikash Shrestha", "Siti Rahmawati", "Dritan Krasniqi"]
KEPT = {
    "location": "Birmingham",
    "country": "Vietnam",
    "sector": "nail bar",
    "organisation": "Harbour Light",
    "nationality": "Albanian",
    "state": "Texas",
    "year": "2019",
}


def one(redactor, body="", title="", **meta):  # type: ignore[no-untyped-def]
    [result] = redactor.redact_documents([DocumentInput(body, title, meta)])
    return result


@pytest.mark.parametrize("key", ["victim_name", "Suspect", "recruiter", "reported_by", "caller"])
def test_when_person_column_holds_bare_name_then_removed(redactor, key) -> None:
    for name in NAMES:
        out = one(redactor, "A report.", **{key: name}).meta[key].text
        assert out == "<PERSON_1>", (key, name, out)


def test_when_other_columns_hold_places_and_sectors_then_kept(redactor) -> None:
    result = one(redactor, "A report about work.", **KEPT)
    assert {k: r.text for k, r in result.meta.items()} == KEPT


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("name", "USA v. Ortega", "USA v. <PERSON_1>"),
        ("name", "United States v. Kowalczyk et al.", "United States v. <PERSON_1> et al."),
        ("case", "R v Doyle", "R v <PERSON_1>"),
        ("defendant", "ortega, luis", "<PERSON_1>"),
        ("defendants", "Luis Ortega; Ana Brennan", "<PERSON_1>; <PERSON_2>"),
    ],
)
def test_when_case_name_in_metadata_then_parties_that_are_people_go(
    redactor, column, value, expected
) -> None:
    assert one(redactor, "Summary.", **{column: value}).meta[column].text == expected


def test_when_name_only_in_metadata_then_it_goes_from_body_and_title_with_one_number(
    redactor,
) -> None:
    result = one(
        redactor,
        "Ortega recruited three girls in Honduras. The court said ORTEGA kept their wages.",
        title="United States v. Ortega (2019)",
        name="USA v. Ortega",
        state="Texas",
    )
    assert "Ortega" not in result.body.text
    assert "ORTEGA" not in result.body.text
    assert result.body.text.count("<PERSON_1>") == 2
    assert result.title.text == "United States v. <PERSON_1> (2019)"
    assert result.meta["name"].text == "USA v. <PERSON_1>"
    assert result.meta["state"].text == "Texas"
    assert "Honduras" in result.body.text


def test_when_name_only_in_body_then_it_goes_from_title_and_metadata(redactor) -> None:
    result = one(
        redactor,
        "Mr Haddad met the girls at Beirut airport.",
        title="Haddad file",
        notes="haddad paid the driver",
    )
    assert result.title.text == "<PERSON_1> file"
    assert result.meta["notes"].text == "<PERSON_1> paid the driver"


def test_when_name_is_in_title_and_body_then_report_counts_it_once(redactor) -> None:
    """The upload's "Removed before storage" line said "2 × person" for one person whose name
    opened the statement (the title is its first sentence): a value is counted once per
    document, whichever parts hold it."""
    first = "Statement of Maria Popescu, born 4 May 1990."
    result = one(redactor, f"{first} Call her on +44 7700 900456.", first)
    assert result.title.text.count("<PERSON_1>") == 1
    assert result.counts["PERSON"] == 1
    assert result.counts["PHONE_NUMBER"] == 1


def test_when_first_line_is_long_then_title_is_cut_after_redaction(redactor) -> None:
    """A title was cut to 120 characters before redaction, so a phone number straddling the
    cut was stored as "+44 7700…", which no recognizer finds. Redaction now reads the whole
    line and the redacted title is cut, never inside a placeholder."""
    from ingest.loaders.base import TITLE_MAX_CHARS, first_line, truncate_title

    line = (
        "Financial flag: repeated transfers from a customer account to several young workers "
        "in Leeds; the phone on file is +44 7700 900123 and the branch is in Leeds."
    )
    assert line.index("+44") < TITLE_MAX_CHARS < line.index("900123")
    title = first_line(line + "\n\nMore text.")
    assert title == line
    result = one(redactor, line, title)
    shown = truncate_title(result.title.text)
    assert "7700" not in shown
    assert "+44" not in shown
    assert len(shown) <= TITLE_MAX_CHARS
    assert shown.count("<") == shown.count(">")
