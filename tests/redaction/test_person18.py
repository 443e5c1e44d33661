"""Titles that are surnames, countries that are given names, "Lei" after a Chinese surname,
and lists opened by "Me," (redaction.name_titles, redaction.name_list; issue 14, person18)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_titles import (
    country_opens_name,
    org_word_is_given_name,
    title_closes_name,
    title_in_name,
)
from tests.redaction.checks import check_redaction

_ORG = frozenset({"lei", "ltd", "bank", "law"})


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Imran", "Sheikh"], True),
        (["mohammed", "sheikh"], True),
        (["Yusuf", "Imam"], True),
        (["Sheikh"], False),
        (["Sheikh", "Mohammed"], False),
        (["Maria", "Officer"], False),
        (["Imran", "sheikh"], False),
    ],
)
def test_when_a_title_closes_a_name_then_it_is_a_surname(words: list[str], expected: bool) -> None:
    assert title_closes_name(words) is expected


def test_when_a_title_sits_inside_a_name_then_it_is_a_name_word() -> None:
    words = ["Mohamed", "Sheikh", "Ali"]
    assert title_in_name(words, 1)
    assert not title_in_name(["Sheikh", "Ali"], 0)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["GEORGIA", "PAPADAKI"], True),
        (["Israel", "Méndez"], True),
        (["Kenya"], False),
        (["Kenya", "Airways"], False),
        (["GEORGIA", "Papadaki"], False),
        (["France", "Dupont"], False),
    ],
)
def test_when_a_country_that_is_a_given_name_opens_a_name_then_it_stays(
    words: list[str], expected: bool
) -> None:
    def is_name_word(word: str) -> bool:
        return word.casefold() not in {"airways"}

    assert country_opens_name(words, is_name_word) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Zhang", "Lei"], True),
        (["Wang", "Lei"], True),
        (["Lei", "Maria", "da", "Penha"], False),
        (["Zhang", "Bank"], False),
        (["Lopez", "Lei"], False),
        (["Chen", "Ltd", "Lei"], False),
    ],
)
def test_when_lei_closes_a_chinese_name_then_it_is_a_given_name(
    words: list[str], expected: bool
) -> None:
    assert org_word_is_given_name(words, _ORG) is expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The landlord is Imran Sheikh. Sheikh told her the debt had grown.", ["Sheikh"]),
        ("Hodan Sheikh was convicted at Leeds Crown Court.", ["Hodan", "Sheikh"]),
        ("The jury heard that Yusuf Imam met the victims in Kano.", ["Yusuf", "Imam"]),
        ("Witness Carmen Pastor runs the laundry next to the flat.", ["Carmen", "Pastor"]),
        ("ok mohammed sheikh said 8pm. dont tell abdi", ["sheikh"]),
        ("Transfers went to Mohamed Sheikh Ali. Sheikh Ali withdrew them.", ["Sheikh", "Ali"]),
    ],
)
def test_when_a_title_word_is_the_surname_then_it_goes_with_the_name(
    redactor: Any, text: str, gone: list[str]
) -> None:
    check_redaction(redactor, text, gone=gone)


def test_when_a_title_stands_before_a_name_then_it_stays(redactor: Any) -> None:
    out = redactor.redact("Sheikh Rashid Mansour paid the agency in Dubai.").text
    assert out.startswith("Sheikh <PERSON_1>"), out
    assert "Dubai" in out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("REFERRAL FORM\nFULL NAME: GEORGIA PAPADAKI\nTOWN: PIRAEUS", "GEORGIA", "PIRAEUS"),
        ("SUSPECT: ISRAEL MÉNDEZ\nLAST SEEN: TAPACHULA, MEXICO", "ISRAEL", "MEXICO"),
    ],
)
def test_when_a_country_is_the_given_name_in_capitals_then_it_goes(
    redactor: Any, text: str, gone: str, kept: str
) -> None:
    check_redaction(redactor, text, gone=gone, kept=kept)


def test_when_a_country_stands_alone_then_it_stays(redactor: Any) -> None:
    out = redactor.redact("Georgia Papadaki flew from Georgia to Israel in May.").text
    assert "Papadaki" not in out
    assert "from Georgia to Israel" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Suspect Zhang Lei was seen at the warehouse in Tilbury.",
        "Prosecutors in Madrid charged Wang Lei, 44, with running three brothels.",
        "She worked for Sun Lei in a nail bar in Bristol.",
    ],
)
def test_when_a_chinese_name_ends_in_lei_then_the_whole_name_goes(redactor: Any, text: str) -> None:
    out = redactor.redact(text).text
    assert "Lei" not in out, out
    assert "<PERSON_1>" in out


def test_when_lei_names_a_law_then_it_stays(redactor: Any) -> None:
    text = "The Lei Maria da Penha protects women in Brazil."
    assert "Lei" in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Me, Ion and Vasile went to the farm in Almería in April.", ["Ion", "Vasile"]),
        ("Me, Grace, and Tendai were put in one room with no window.", ["Grace", "Tendai"]),
    ],
)
def test_when_a_list_opens_with_me_then_its_names_go(
    redactor: Any, text: str, gone: list[str]
) -> None:
    out = redactor.redact(text).text
    assert out.startswith("Me, <PERSON_1>"), out
    for word in gone:
        assert word not in out


def test_when_a_list_opened_by_me_holds_places_then_they_stay(redactor: Any) -> None:
    out = redactor.redact("Me, Manchester and Leeds were on the list.").text
    assert "Manchester" in out
    assert "Leeds" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("girls stay with mama grace in eastleigh", "grace"),
        ("the woman in charge has a driver, uncle frank", "frank"),
        ("oga sunny has our passports", "sunny"),
    ],
)
def test_when_a_lower_case_kin_word_stands_before_an_english_word_name_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_1>")


@pytest.mark.parametrize("text", ["my uncle said the work was good", "mama said no"])
def test_when_a_lower_case_kin_word_stands_before_a_verb_then_nothing_goes(
    redactor: Any, text: str
) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Statement of Regina Kowalczyk. I came from Kraków in May.", "Regina"),
        ("CALLER IS A NEIGHBOUR, ADELAIDE NKRUMAH.", "ADELAIDE"),
    ],
)
def test_when_a_town_that_is_a_given_name_opens_a_found_name_then_it_goes_with_it(
    redactor: Any, text: str, gone: str
) -> None:
    check_redaction(redactor, text, gone=gone, placeholder="<PERSON_1>")


def test_when_a_locative_stands_before_the_town_then_the_town_stays(redactor: Any) -> None:
    out = redactor.redact("He drove to Regina Kowalczyk's farm.").text
    assert "to Regina" in out, out
    assert "Kowalczyk" not in out
