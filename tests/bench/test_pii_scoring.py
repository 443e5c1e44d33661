"""The redaction bench's scoring (bench/pii/scoring.py): exact counts on small cases."""

from __future__ import annotations

import math

import pytest

from bench.pii.scoring import Labelled, score, score_text, spans, strip_placeholders, tokens


def item(text: str, pii=(), keep=(), ignore=()) -> Labelled:
    return Labelled(text, tuple(pii), tuple(keep), tuple(ignore))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O'Brien-Hale, 07700 900871", ["brien", "hale", "07700", "900871"]),
        ("J. Wu of Łódź", ["wu", "of", "łódź"]),
        ("MARIA maria Maria", ["maria", "maria", "maria"]),
        ("Straße", ["strasse"]),
    ],
)
def test_when_text_tokenised_then_runs_of_two_or_more_are_casefolded(text, expected) -> None:
    assert tokens(text) == expected


def test_when_placeholders_stripped_then_their_numbers_are_not_tokens() -> None:
    assert tokens(strip_placeholders("<PERSON_12> met <IBAN_CODE> at <ADDRESS_UNIT_3>")) == [
        "met",
        "at",
    ]


def test_when_value_is_removed_everywhere_then_nothing_leaks() -> None:
    labelled = item("Nguyen Thi Mai met Mai.", [("PERSON", "Nguyen Thi Mai"), ("PERSON", "Mai")])
    t = score_text(labelled, "<PERSON_1> met <PERSON_1>.")
    assert (t.left_all, t.personal_all) == (0, 4)
    assert t.leak() == 0.0
    assert t.whole["PERSON"] == 0
    assert t.misses == []


def test_when_one_part_of_a_name_is_left_then_that_token_leaks_partially() -> None:
    labelled = item("Nguyen Thi Mai lives here.", [("PERSON", "Nguyen Thi Mai")])
    t = score_text(labelled, "<PERSON_1> Mai lives here.")
    assert (t.left_all, t.personal_all) == (1, 3)
    assert t.leak("PERSON") == pytest.approx(1 / 3)
    assert t.whole["PERSON"] == 0  # the whole value is gone
    assert [(m.kind, m.value) for m in t.misses] == [("leak", "Nguyen Thi Mai")]


def test_when_token_also_in_the_rest_of_the_source_then_it_may_stay_that_often() -> None:
    source = "Apply at facebook.com/jobs for the jobs."
    labelled = item(source, [("URL_PROFILE", "facebook.com/jobs")])
    removed = score_text(labelled, "Apply at <URL_PROFILE_1> for the jobs.")
    assert (removed.left_all, removed.personal_all) == (0, 3)
    kept = score_text(labelled, source)
    assert (kept.left_all, kept.personal_all) == (3, 3)  # "jobs" twice, once beyond the rest
    assert kept.whole["URL_PROFILE"] == 1


def test_when_name_left_in_lower_or_upper_case_then_it_counts_as_a_leak() -> None:
    lower = score_text(item("call amara diop tomorrow", [("PERSON", "amara diop")]),
                       "call amara diop tomorrow")  # fmt: skip
    assert lower.leak() == 1.0
    assert lower.whole["PERSON"] == 1
    source = "Amara Diop called. Notes: AMARA DIOP, 19."
    shouted = score_text(item(source, [("PERSON", "Amara Diop"), ("PERSON", "AMARA DIOP")]),
                         "<PERSON_1> called. Notes: AMARA DIOP, 19.")  # fmt: skip
    assert (shouted.left_all, shouted.personal_all) == (2, 4)
    assert shouted.whole["PERSON"] == 2  # either spelling, case-insensitive, counts as left
    # ...and a leak is found whatever the case the output uses
    upper = score_text(item("Amara Diop called.", [("PERSON", "Amara Diop")]), "AMARA called.")
    assert (upper.left_all, upper.personal_all) == (1, 2)


def test_when_token_shared_by_two_types_then_its_leak_is_shared_in_proportion() -> None:
    source = "Amara Diop, amara.diop@mail.com"
    labelled = item(source, [("PERSON", "Amara Diop"), ("EMAIL_ADDRESS", "amara.diop@mail.com")])
    t = score_text(labelled, "<PERSON_1>, amara.diop@mail.com")
    assert (t.left_all, t.personal_all) == (4, 6)
    assert t.personal == {"PERSON": 2, "EMAIL_ADDRESS": 4}
    assert t.left["PERSON"] == pytest.approx(1.0)  # amara, diop: each 1 left of 2, half each
    assert t.left["EMAIL_ADDRESS"] == pytest.approx(3.0)
    assert t.whole == {"EMAIL_ADDRESS": 1}


def test_when_ignored_values_hold_a_token_then_it_counts_on_neither_side() -> None:
    source = "Dr Amara Diop, the Diop Clinic director"
    labelled = item(source, [("PERSON", "Amara Diop")], ignore=[("ORG_NAMED", "Diop Clinic")])
    t = score_text(labelled, "Dr <PERSON_1>, the Diop Clinic director")
    # "diop" is in the rest only through an ignored value, so the output's "diop" is a leak
    assert (t.left_all, t.personal_all) == (1, 2)


def test_when_single_characters_only_then_nothing_is_counted() -> None:
    t = score_text(item("Ask for J. at desk", [("PERSON", "J.")]), "Ask for J. at desk")
    assert t.personal_all == 0
    assert math.isnan(t.leak())
    assert t.whole["PERSON"] == 1  # as a value it is still left whole


@pytest.mark.parametrize(
    ("output", "kept"),
    [
        ("<PERSON_1> flew from Lagos to Rome.", True),
        ("<PERSON_1> flew from <CITY_1> to Rome.", False),
        ("<PERSON_1> flew from lagos to Rome.", False),  # kept values keep their case
    ],
)
def test_when_value_to_keep_is_removed_or_altered_then_it_is_lost(output, kept) -> None:
    t = score_text(item("Ada Obi flew from Lagos to Rome.", [("PERSON", "Ada Obi")],
                        keep=[("CITY", "Lagos"), ("CITY", "Rome")]), output)  # fmt: skip
    assert t.keep["places"] == 2
    assert t.kept["places"] == (2 if kept else 1)
    assert t.keep_rate("places") == (1.0 if kept else 0.5)


def test_when_keep_value_also_inside_a_personal_value_then_only_the_rest_must_stay() -> None:
    source = "She lived at 12 Madrid Road before moving to Madrid."
    labelled = item(source, [("STREET_ADDRESS", "12 Madrid Road")], keep=[("CITY", "Madrid")])
    t = score_text(labelled, "She lived at <STREET_ADDRESS_1> before moving to Madrid.")
    assert (t.kept["places"], t.left_all) == (1, 0)


def test_when_set_scored_then_counts_add_and_misses_name_their_text() -> None:
    card = "4111 1111 1111 1111"
    items = [
        item("Call Ada on 0803 555 0192.", [("PERSON", "Ada"), ("PHONE_NUMBER", "0803 555 0192")]),
        item(f"Ada's card {card}", [("PERSON", "Ada"), ("CREDIT_CARD", card)]),
    ]
    total = score(items, ["Call <PERSON_1> on 0803 555 0192.", "<PERSON_1>'s card <CREDIT_CARD_1>"])
    assert total.personal == {"PERSON": 2, "PHONE_NUMBER": 3, "CREDIT_CARD": 4}
    assert total.leak("PHONE_NUMBER") == 1.0
    assert total.leak("CREDIT_CARD") == 0.0
    assert total.leak() == pytest.approx(3 / 9)
    assert [(m.type, m.text_index) for m in total.misses] == [("PHONE_NUMBER", 0)]


def test_when_value_is_found_then_only_whole_words_count() -> None:
    assert spans("Mai", "Mai met Maisie and MAI") == [(0, 3)]
    assert spans("Mai", "Mai met Maisie and MAI", ignore_case=True) == [(0, 3), (19, 22)]
