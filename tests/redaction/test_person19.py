"""Names opened by a title that is also a name ("Pan", "Don", "Justice", "Lei") or closed by a
Vietnamese family name ("Minh Do"), lower-case English-word names after a verb of telling or
meeting, and two-word chat speakers (issue 14, person19)."""

from __future__ import annotations

from typing import Any

import pytest

from redaction.name_titles import (
    chinese_name,
    family_closes_name,
    opening_title_word,
    org_word_is_given_name,
    title_opens_name,
)
from tests.redaction.checks import check_redaction


def _name_word(word: str) -> bool:
    return word.casefold() not in {"department", "of", "pacific", "the"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Pan", "Jianguo"], True),
        (["Don", "Whitaker"], True),
        (["JUSTICE", "ADJEI"], True),
        (["Justice", "Department"], False),
        (["Pan", "Pacific"], False),
        (["Justice", "ADJEI"], False),
        (["Sheikh", "Ali"], False),
        (["Pan"], False),
    ],
)
def test_when_a_title_that_is_a_name_opens_a_name_then_it_stays_in_it(
    words: list[str], expected: bool
) -> None:
    assert title_opens_name(words, _name_word) is expected


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("Lei", "Zhang", True),
        ("LEI", "ZHANG", True),
        ("Lei", "Maria", False),
        ("Don", "Mitchell", True),
        ("Mr", "Mitchell", False),
    ],
)
def test_when_a_word_opens_a_found_name_then_it_joins(
    word: str, following: str, expected: bool
) -> None:
    assert opening_title_word(word, following, _name_word) is expected


def test_when_lei_opens_a_chinese_name_then_it_is_a_given_name() -> None:
    org = frozenset({"lei", "ltd"})
    assert org_word_is_given_name(["Lei", "Zhang"], org)
    assert not org_word_is_given_name(["Lei", "Maria"], org)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Minh", "Do"], True),
        (["Van", "Hung", "Do"], True),
        (["Thu", "Le"], True),
        (["Arthur", "Do"], False),
        (["Minh", "DO"], False),
        (["Do"], False),
    ],
)
def test_when_a_vietnamese_family_name_closes_a_name_then_it_is_a_name_word(
    words: list[str], expected: bool
) -> None:
    assert family_closes_name(words) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Li", "Na"], True), (["li", "na"], True), (["Ostrava", "Moravia"], False)],
)
def test_when_a_chinese_surname_opens_short_words_then_it_is_a_chinese_name(
    words: list[str], expected: bool
) -> None:
    assert chinese_name(words) is expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("A man called Pan Jianguo arrived. Pan owns three houses.", ["Pan", "Jianguo"]),
        ("Pastor saw Don Mitchell bring three women to the door.", ["Don", "Mitchell"]),
        ("Justice Boateng, 29, was sentenced at Snaresbrook Crown Court.", ["Justice"]),
        ("Payments were sent to Lei Zhang at a branch in Fuzhou.", ["Lei", "Zhang"]),
        ("Minh Do left the nail bar at 18:10. Do was seen getting into a taxi.", ["Do"]),
        ("MAN CALLED JUSTICE TAKES GIRLS. FULL NAME JUSTICE ADJEI", ["ADJEI"]),
    ],
)
def test_when_a_name_opens_or_closes_with_a_word_then_the_whole_name_goes(
    redactor: Any, text: str, gone: list[str]
) -> None:
    out = redactor.redact(text).text
    for word in gone:
        assert f" {word} " not in f" {out} ", out
    assert "<PERSON_1>" in out


@pytest.mark.parametrize(
    "text",
    [
        "The Justice and Care team met staff from Pan Pacific Hotels in Singapore.",
        "The Ministry of Justice sent an observer to Rostov-on-Don.",
        "Do not contact the employer directly.",
    ],
)
def test_when_the_word_names_no_person_then_it_stays(redactor: Any, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Minh Do left the nail bar at 18:10. Do not contact him.", "Do not contact him"),
        ("Will Osei drove the van. Will you sign the statement?", "Will you sign"),
        ("May Lin kept the passports. May I ask who else was there?", "May I ask"),
    ],
)
def test_when_a_name_part_is_used_as_its_stop_word_then_it_stays(
    redactor: Any, text: str, kept: str
) -> None:
    check_redaction(redactor, text, kept=kept, placeholder="<PERSON_1>")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("[22:15] bola: yes i told rose to wait by the bus stop\n[22:16] rita: ok", "rose"),
        ("bola: met grace at the market, she is scared\nrita: ok", "grace"),
        ("pls call joy before 6 she has the keys", "joy"),
        ("told precious the money is ready", "precious"),
    ],
)
def test_when_an_english_word_name_follows_a_verb_of_telling_then_it_goes(
    redactor: Any, text: str, gone: str
) -> None:
    out = redactor.redact(text).text
    assert f" {gone} " not in f" {out} ", out


@pytest.mark.parametrize(
    "text",
    [
        "sales rose to a new high in march",
        "we met with joy and relief",
        "she saw hope in the new job",
    ],
)
def test_when_the_english_word_is_no_name_then_it_stays(redactor: Any, text: str) -> None:
    assert redactor.redact(text).text == text


def test_when_two_word_lower_case_speakers_chat_then_they_go(redactor: Any) -> None:
    text = (
        "li na: boss say no day off this week\n"
        "ana pop: again?? we work 7 days already\n"
        "li na: he take money for rent also"
    )
    out = redactor.redact(text).text
    assert out.splitlines()[0].startswith("<PERSON_1>:"), out
    assert out.splitlines()[1].startswith("<PERSON_2>:"), out


def test_when_a_two_word_label_opens_a_form_line_then_it_stays(redactor: Any) -> None:
    text = "total due: 900\nbill paid: 300"
    assert redactor.redact(text).text == text
