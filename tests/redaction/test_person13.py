"""Shapes of issue 14's round 13 (person13): names after police ranks and titles listed
together, after a person's role as a form label ("Driver: ..."), in bulleted lists beside
people, "surname X" without a colon, names in capitals after "statement of", lists of people
after "workers interviewed:", postcodes beside towns that only the world town list knows, and
continental street lines before a postcode and town or after a place preposition ("at
Rybničná 69") with no street word.

Pattern-level tests run one recognizer without spaCy; the engine tests run the whole redactor.
The sentences are new ones (not from the tuning files).
"""

from __future__ import annotations

import pytest

from redaction.not_a_person import listed_with_organisation
from redaction.person_titles import after_title, is_title_or_rank
from redaction.recognizers.person_cue import PersonCueRecognizer
from redaction.recognizers.postcode import PostcodeRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from tests.redaction.helpers import spans, where

PEOPLE = [
    ("Arrest made by DC Okonjo and PC Varga at 06:10.", ["Okonjo", "Varga"]),
    ("Notes: Sgt. Haldane spoke first.", ["Haldane"]),
    ("She gave her first name as Ilinca, surname Pârvu.", ["Pârvu"]),
    ("Her family name is Wojtaszek.", ["Wojtaszek"]),
    ("Statement of TEODORA VLAICU, taken in Galați.", ["TEODORA VLAICU"]),
    ("The boat was owned by UNHCR at the time.", []),  # one word in capitals: an acronym
    ("Workers interviewed: Mbali, Thandeka", ["Mbali", "Thandeka"]),
    ("Victims identified: Oyelaran and Ikpeazu.", ["Oyelaran", "Ikpeazu"]),
    ("Route: Gulu\nDriver: Okello Odongo", ["Okello Odongo"]),
    ("Supervisor: Zenobia Marsh\nSite: the farm", ["Zenobia Marsh"]),
    ("Driver: I'm outside, silver Corolla", []),  # a speaker's words
    ("Employer: Provexa", []),  # a business's role is no person's
    ("Signed,\nD. Turčinov\nCase officer", ["D. Turčinov"]),
    ("Kind regards,\nA.B. Osei-Tutu", ["A.B. Osei-Tutu"]),
    ("He told police that Anaïs Provost had gone home.", ["Anaïs Provost"]),
    ("She said that Ruth left early.", []),  # one word and no listed verb: left to the NER
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_when_a_round13_person_cue_precedes_a_name_then_the_name_is_found(text, expected):
    assert spans(PersonCueRecognizer(), text) == where(text, *expected)


POSTCODES = [
    ("Town: 4630 Skive", ["4630"]),  # Skive: on the world town list only
    ("registered in Pardubice (530 02)", ["530 02"]),
    ("the office in Nakuru (20100) closed", ["20100"]),
    ("the house was searched in March 2016. He left.", []),  # March is a town; 2016 a year
    ("in 2019 Skive lost its factory", []),
    ("paid 4630 euros", []),
]


@pytest.mark.parametrize(("text", "expected"), POSTCODES)
def test_when_a_code_stands_beside_a_world_town_then_it_is_a_postcode(text, expected):
    assert spans(PostcodeRecognizer(), text) == where(text, *expected)


STREETS = [
    ("her address: Křižíkova 12b/4, 186 00 Praha", ["Křižíkova 12b/4"]),
    ("moved to Vestergrøften 7, 8600 Silkeborg last year", ["Vestergrøften 7"]),
    ("see Article 5, 2019 Report of the Commission", []),  # a year is no postcode
    ("pages 4, 12 Workers were found", []),  # two digits: no postcode
]


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_when_a_street_and_number_come_before_postcode_and_town_then_the_line_is_found(
    text, expected
):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


PREPOSITION_STREETS = [
    ("the new girls stay at Rybničná 69 until Friday", ["Rybničná 69"]),
    ("Rent paid to T. Larose (Mošovského 15) - $4,000", ["Mošovského 15"]),
    ("ask at the back door of Cukrová 3b/2.", ["Cukrová 3b/2"]),
    ("the car wash on Iversenringen 8B", ["Iversenringen 8B"]),
    ("In Kampala 3 girls were found", []),  # a town before a count
    ("we met on Monday 12 and at Gate 5", []),
    ("in March 2016 the case opened", []),
    ("The farm is at Km 18 on the road to Kisumu", []),
    ("she moved to Tema 10 years later", []),  # a measure after the number
    ("sent to Kofi 200 cedis", []),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITION_STREETS)
def test_when_a_name_and_house_number_follow_a_place_preposition_then_it_is_a_street(
    text, expected
):
    assert spans(StreetAddressRecognizer(), text) == where(text, *expected)


def test_when_a_title_precedes_a_name_listed_beside_another_then_it_is_no_organisation():
    text = "Mr Zarinova and Mrs Nwosu of Medená 4 were interviewed."
    start = text.index("Zarinova")
    assert not listed_with_organisation(text, start, start + len("Zarinova"), _Guard())


class _Guard:
    """The guard's organisation words, enough for `listed_with_organisation`."""

    org_keywords = frozenset({"ltd", "bank", "foundation"})


def test_when_police_ranks_precede_surnames_then_the_redactor_removes_them(redactor):
    out = redactor.redact("Present at the search: DC Touilbi, DS Madanoglu, DC Helen Marsh.")
    assert "Touilbi" not in out.text
    assert "Madanoglu" not in out.text
    assert "Marsh" not in out.text


def test_when_titles_join_two_surnames_then_both_go(redactor):
    out = redactor.redact("Mr Zarinova and Mrs Nwosu of Medená 4 were interviewed separately.")
    assert "Zarinova" not in out.text
    assert "Nwosu" not in out.text


def test_when_ranks_and_acronyms_name_no_person_then_nothing_is_lost(redactor):
    text = "Staff of DC Comics and the PC World store met the ILO and UNHCR in Washington, DC."
    out = redactor.redact(text)
    for kept in ("Comics", "World", "ILO", "UNHCR", "Washington"):
        assert kept in out.text


def test_when_a_year_follows_a_month_that_is_a_town_then_the_year_stays(redactor):
    out = redactor.redact("The Tranh family home was searched in March 2016. He was jailed.")
    assert "March 2016" in out.text
    assert "Tranh" not in out.text


def test_when_a_postcode_and_town_follow_a_street_then_street_and_code_go_and_town_stays(
    redactor,
):
    out = redactor.redact("She gave her address as Wickerhauserova 5b/5, 89670 Rijeka, Croatia.")
    assert "Wickerhauserova" not in out.text
    assert "5b/5" not in out.text
    assert "89670" not in out.text
    assert "Rijeka, Croatia" in out.text


def test_when_a_bulleted_list_holds_people_then_its_bare_surname_lines_go_too(redactor):
    text = "Found on site:\n1. Sai Sibal\n2. Morolake Kosoko\n3. Hadžić (no first name given)"
    out = redactor.redact(text)
    for name in ("Sibal", "Kosoko", "Hadžić"):
        assert name not in out.text
    assert "(no first name given)" in out.text


def test_when_list_lines_read_surname_comma_given_then_every_line_goes(redactor):
    out = redactor.redact("- Zubairu, Hadiza (20)\n- Nagys, Ernestas\n- Suartini, Embuh")
    for name in ("Nagys", "Ernestas", "Suartini", "Embuh"):
        assert name not in out.text


def test_when_a_list_beside_a_person_holds_things_and_places_then_they_stay(redactor):
    text = "Seized:\n- Passports\n- Phones\n- Ledger of Kofi Mensah\n\nRoute:\n- Kampala\n- Gulu"
    out = redactor.redact(text)
    for kept in ("Passports", "Phones", "Kampala", "Gulu"):
        assert kept in out.text
    assert "Mensah" not in out.text


def test_when_that_introduces_an_organisation_of_english_words_then_it_stays(redactor):
    text = "She said that Western Union had frozen it and that New York was too dear."
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Mrs", True), ("mr.", True), ("DS", True), ("Sgt.", True), ("ds", False), ("ILO", False)],
)
def test_when_a_word_is_a_title_or_a_rank_as_written_then_it_is_known(word, expected):
    assert is_title_or_rank(word) is expected


def test_when_a_rank_stands_before_a_name_then_the_name_is_after_a_title():
    text = "seen by DS Madan and the UNHCR team"
    assert after_title(text, text.index("Madan"))
    assert not after_title(text, text.index("UNHCR"))
