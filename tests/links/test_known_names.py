"""The known-names finder (`ingest.known_names`) on its own: which runs of words it keys,
which hits it takes as names, and the placeholders it gives them. Keys are the plain forms
themselves here (a fake `key`); the real HMAC is tested through ingest."""

from __future__ import annotations

import pytest

from ingest.known_names import RULE, KnownNames, plain_form
from redaction.base import DocumentInput

# English words of these texts (the redactor's guard knows them; the fake knows these)
COMMON = frozenset(
    "cc paid deposit ref transfer witnesses named driver room rooms later phoned".split()
)


def finder(**kwargs) -> KnownNames:
    return KnownNames(lambda form: form, **({"is_common": COMMON.__contains__} | kwargs))


@pytest.mark.parametrize(
    ("words", "form"),
    [
        (["Ionuț", "Popescu"], "ionut popescu"),
        (["POPESCU,", "Ionuț"], "ionut popescu"),
        (["ionut", "popescu"], "ionut popescu"),
        (["Jean-Luc", "Moreau"], "jean luc moreau"),
        (["Ana", "de", "Souza"], "ana souza"),
        (["called", "Ana", "Pop"], None),  # a role word at the edge: "Ana Pop"'s run is another
        (["Ana", "called", "Pop"], None),  # nor inside
        (["de", "Souza", "Ana"], None),  # a particle opens no name
        (["Popescu"], None),  # one word is too weak
        (["the", "Popescu"], None),  # a lower-case stop word opens no name
    ],
)
def test_when_a_run_is_keyed_then_its_form_is_a_removed_names_plain_form(words, form) -> None:
    assert plain_form(words) == form


def test_when_text_has_placeholders_then_no_run_reaches_into_one() -> None:
    runs = finder().runs("Ana Pop <PERSON_1> Vlad and Ion Rus\nMara Lungu")
    forms = {r.key for r in runs}
    assert "ana pop" in forms
    assert "ion rus" in forms
    assert "lungu mara" in forms
    assert not any("person" in f for f in forms)
    assert "mara rus" not in forms  # a line break ends a run


def test_when_a_run_hits_then_the_longest_hit_is_taken_and_misses_are_left() -> None:
    text = "transfer ref carlos gutierrez rojas deposit, then Marek Zielony called."
    hits = finder().find(text, {"carlos gutierrez", "carlos gutierrez rojas"})
    assert [text[r.start : r.end] for r in hits] == ["carlos gutierrez rojas"]
    assert finder().find(text, {"marek zielonx"}) == []


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Witnesses named POPESCU Ionuț Mihai as the driver.", []),  # another man's name
        ("Witnesses named Mihai Ionuț Popescu as the driver.", []),
        ("transfer ref mihai ionut popescu deposit", []),
        ("Witnesses named POPESCU Ionuț as the driver.", ["POPESCU Ionuț"]),
        ("transfer ref IONUT POPESCU deposit for room", ["IONUT POPESCU"]),
        ("Rent: Ionuț Popescu Paid it.", ["Ionuț Popescu"]),  # "Paid": an English word
    ],
)
def test_when_a_hit_is_part_of_a_longer_name_then_it_is_not_taken(text, hit) -> None:
    found = finder().find(text, {"ionut popescu"})
    assert [text[r.start : r.end] for r in found] == hit


@pytest.mark.parametrize(
    ("text", "key", "kwargs"),
    [
        ("They worked in Forced Labor camps.", "forced labor", {"is_common": lambda w: True}),
        ("Paid to Meridian Bank.", "bank meridian", {"is_org_word": lambda w: w == "Bank"}),
        ("Went to Mae Sot by bus.", "mae sot", {"is_place": lambda s: s == "Mae Sot"}),
    ],
)
def test_when_a_hit_is_common_words_an_organisation_or_a_place_then_it_is_kept(
    text, key, kwargs
) -> None:
    assert [text[r.start : r.end] for r in finder().find(text, {key})]  # a hit without checks
    assert finder(**kwargs).find(text, {key}) == []


def test_when_a_document_holds_a_known_name_then_every_part_gets_one_placeholder() -> None:
    doc = DocumentInput(
        "Rent to <PERSON_1>. cc ana pop re: rooms. Later ANA POP paid.",
        "Note on Ana Pop",
        {"payee": "Pop, Ana", "city": "Leeds"},
    )
    result = finder().redact(doc, {"ana pop"}, {})
    assert result is not None
    assert result.body.text == "Rent to <PERSON_1>. cc <PERSON_2> re: rooms. Later <PERSON_2> paid."
    assert result.title.text == "Note on <PERSON_2>"
    assert result.meta["payee"].text == "<PERSON_2>"
    assert result.meta["city"].text == "Leeds"
    assert {e.rule for e in result.body.entities} == {RULE}
    assert [(e.start, e.end) for e in result.body.entities] == [(23, 30), (48, 55)]


def test_when_the_key_already_has_a_placeholder_then_it_is_reused() -> None:
    doc = DocumentInput("<PERSON_1> met us; later pop ana phoned.")
    result = finder().redact(doc, {"ana pop"}, {"ana pop": "<PERSON_1>"})
    assert result is not None
    assert result.body.text == "<PERSON_1> met us; later <PERSON_1> phoned."


def test_when_nothing_is_known_then_the_document_is_left_alone() -> None:
    assert finder().redact(DocumentInput("cc ana pop re: rooms"), {"ion rus"}, {}) is None
