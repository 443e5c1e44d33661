"""The links bench's split of missed name pairs into redaction's side and keying's side."""

from __future__ import annotations

from bench.link_misses import miss_causes, name_words


def test_when_name_value_ids_read_then_folded_words_of_two_letters_or_more() -> None:
    assert name_words({"name:Ionuț Elira|Popescu", "phone:1"}) == {"ionut", "elira", "popescu"}


def test_when_a_name_word_is_left_in_stored_text_then_the_miss_is_redaction_s() -> None:
    planted = {"a": {"ionut", "popescu"}, "b": {"ionut", "popescu"}, "c": {"ionut", "popescu"}}
    stored = {
        "a": "The man was called <PERSON_1>.",
        "b": "POPESCU <PERSON_1> drove the van.",  # only the given name was removed
        "c": "Calls came from <PHONE_NUMBER_1>; <PERSON_1> answered.",
    }
    causes = miss_causes([("a", "b"), ("a", "c")], planted, stored)
    assert causes == {"missed": 2, "redaction": 1, "keying": 1}
