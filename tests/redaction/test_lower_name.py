"""Lower-case name runs and the world given-name list (issue 14, round 7)."""

from __future__ import annotations

import pytest

from redaction.recognizers.lower_name import LowerCaseNames
from redaction.world_names import NameList, all_given_names, fold, world_given_names
from tests.redaction.checks import check_redaction

ENGLISH = frozenset(
    "the concert tell said will obi silva before call tomorrow on monday and with in works"
    " he lives was read dont do boss went about it his keeps money".split()
)
PLACES = frozenset({"paris", "london", "lagos"})


def finder() -> LowerCaseNames:
    names = NameList(
        {"maria", "hugo", "joao", "pedro", "adaeze", "tell", "paris", "sami", "emeka", "ngozi"}
    )
    return LowerCaseNames(
        names,
        is_english=lambda w: w.lower() in ENGLISH | {"maria", "hugo", "sami"},
        is_place=lambda w: w.lower() in PLACES,
        is_listed_name_word=lambda w: w.lower() not in {"the", "will"} | PLACES,
        census=frozenset({"maria", "hugo"}),
    )


def test_when_the_world_list_is_read_then_it_holds_names_of_many_origins() -> None:
    names = world_given_names()
    assert {"sorin", "adaeze", "oksana", "kwame", "hitesh", "ngozi", "mihai"} <= names
    assert len(names) > 30_000
    assert "kowalczyk" not in names


def test_when_a_name_has_accents_then_the_folded_list_finds_it() -> None:
    assert fold("João") == "joao"
    assert "João" in all_given_names()
    assert "Zoltán" in all_given_names()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Call maria lopez tomorrow.", ["maria lopez"]),
        ("have you been to a hugo alvarez concert before?", ["hugo alvarez"]),
        ("contact: joão pedro da xavier, Rua 5", ["joão pedro da xavier"]),
        ("pls call mrs adaeze on monday", ["adaeze"]),
        ("dont tell emeka about it", ["emeka"]),
        ("his wife ngozi keeps the money", ["ngozi"]),
    ],
)
def test_when_a_lower_case_run_starts_with_a_given_name_then_it_is_found(text, found) -> None:
    assert [text[s:e] for s, e, _ in finder().find(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "He lives in paris with maria and works in london.",  # one word, no greeting
        "do tell the boss",  # "tell" is on the world list but an English word
        "he went with maria",  # one word, a WordNet word, after a verb cue
        "the will was read",
        "Maria Lopez called.",  # capitalised: spaCy's and the other recognizers' job
        "MARIA LOPEZ",
    ],
)
def test_when_no_lower_case_name_run_then_nothing_is_found(text) -> None:
    assert finder().find(text) == []


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Call maria lopez tomorrow about the Grace Church rota.", ["maria", "lopez"], ["Grace"]),
        ("Driver is nicolae vasilescu, he waits at the Leeds depot.", ["nicolae"], ["Leeds"]),
        ("The workers came from lagos and accra and were paid in cash.", [], ["lagos"]),
        ("we met at the café, the will was read by the lawyer", [], ["will"]),
    ],
)
def test_when_a_lower_case_name_stands_in_mixed_text_then_it_goes(redactor, text, gone, kept):
    check_redaction(redactor, text, gone=gone, kept=kept)
