"""A question asking for a kind ("which relative", "what vehicle") is answered by a passage
that names an instance of it ("an aunt", "a lorry"): WordNet's narrower words (real spaCy
parser; no corpus counts, so only the asked-for noun is checked)."""

from __future__ import annotations

import pytest

from assistant.word_relations import narrower


@pytest.mark.parametrize(
    ("kind", "instance"),
    [
        ("relative", "aunt"),
        ("relative", "uncles"),  # passages are not lemmatised
        ("vehicle", "lorry"),
        ("vehicle", "lorries"),
        ("drug", "heroin"),
        ("weapon", "knife"),
        ("organ", "kidney"),
        ("vegetable", "tomatoes"),
    ],
)
def test_when_a_noun_names_a_kind_then_its_instances_are_known(kind, instance) -> None:
    assert instance in narrower(kind)


@pytest.mark.parametrize(
    ("kind", "not_instance"),
    [
        ("person", "aunt"),  # a kind this broad is answered by almost any noun: no table
        ("relative", "boyfriend"),
        ("vehicle", "container"),
        ("relative", "au"),  # short lemmas are left out
    ],
)
def test_when_a_word_is_no_instance_of_the_kind_then_it_is_not_narrower(kind, not_instance) -> None:
    assert not_instance not in narrower(kind)


def test_when_a_word_is_not_in_the_table_then_it_has_no_narrower_word() -> None:
    assert narrower("zzkw") == frozenset()


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Which relative sent the Ebonyi girl to work in Lagos?",
         "A 12-year-old girl from Ebonyi State worked in Lagos. She had been sent by an aunt."),
        ("What vehicle brought the Albanian man from Belgium?",
         "An Albanian man said he had been brought by lorry from Belgium."),
        ("Which drugs was the boy carrying?",
         "The boy was carrying 34 wraps of crack cocaine and heroin."),
    ],
)  # fmt: skip
def test_when_a_passage_names_an_instance_of_the_asked_for_kind_then_it_is_no_notice(
    finder, question, passage
) -> None:
    assert finder.unmentioned(question, [passage]) == []


@pytest.mark.parametrize(
    ("question", "passage", "missing"),
    [
        ("Which relative recruited the Ilford women?",
         "Four women in Ilford had been recruited by a boyfriend.", ["relative"]),
        ("What vehicle did the Wolverhampton man live in?",
         "The man lived in a container behind the site.", ["vehicle"]),
        # an instance with none of the question's other nouns says nothing
        ("Which relative paid the Harrow woman's fare?",
         "An aunt runs a shop in Lagos.", ["relative"]),
    ],
)  # fmt: skip
def test_when_no_passage_names_an_instance_of_the_asked_for_kind_then_it_is_reported(
    finder, question, passage, missing
) -> None:
    assert finder.unmentioned(question, [passage]) == missing
