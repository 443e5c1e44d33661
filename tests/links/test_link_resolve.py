"""A bare loose name ("K. Kamińska": weak keys only) linked to the one full name among the
visible reports that holds its weak key (`lens.services.link_resolve.resolved`)."""

from __future__ import annotations

from ingest.link_weak import WEAK_TYPE
from lens.services.link_resolve import resolved

W = WEAK_TYPE


def test_when_one_full_name_holds_the_weak_key_then_the_bare_mention_joins_it() -> None:
    rows = [
        ("bare", "<PERSON_1>", W, "k kaminska"),
        ("full1", "<PERSON_1>", "person", "kaminska katarzyna"),
        ("full1", "<PERSON_1>", W, "k kaminska"),
        ("full2", "<PERSON_2>", "person", "kaminska katarzyna"),
        ("full2", "<PERSON_2>", W, "k kaminska"),
    ]
    weak = {"k kaminska": {"bare", "full1", "full2"}}
    assert resolved(weak, rows) == {"k kaminska": {"bare", "full1", "full2"}}


def test_when_two_full_names_hold_the_weak_key_then_nothing_is_resolved() -> None:
    rows = [
        ("bare", "<PERSON_1>", W, "k kaminska"),
        ("full1", "<PERSON_1>", "person", "kaminska katarzyna"),
        ("full1", "<PERSON_1>", W, "k kaminska"),
        ("other", "<PERSON_1>", "person", "kaminska krystyna"),
        ("other", "<PERSON_1>", W, "k kaminska"),
    ]
    assert resolved({"k kaminska": {"bare", "full1", "other"}}, rows) == {}


def test_when_no_full_name_holds_the_weak_key_then_two_bare_mentions_stay_apart() -> None:
    rows = [("a", "<PERSON_1>", W, "k kaminska"), ("b", "<PERSON_3>", W, "k kaminska")]
    assert resolved({"k kaminska": {"a", "b"}}, rows) == {}


def test_when_the_full_names_share_a_strong_key_then_they_are_one_name() -> None:
    rows = [
        ("bare", "<PERSON_1>", W, "n perera"),
        ("a", "<PERSON_1>", "person", "nimal perera"),
        ("a", "<PERSON_1>", W, "n perera"),
        ("b", "<PERSON_2>", "person", "nimal perera"),
        ("b", "<PERSON_2>", "person", "nimal pereira x"),
        ("b", "<PERSON_2>", W, "n perera"),
        ("c", "<PERSON_1>", "person", "nimal pereira x"),
        ("c", "<PERSON_1>", W, "n perera"),
    ]
    assert resolved({"n perera": {"bare", "a", "b", "c"}}, rows) == {
        "n perera": {"bare", "a", "b", "c"}
    }
