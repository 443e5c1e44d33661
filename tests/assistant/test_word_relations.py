"""Other names the sources use for a question's word (WordNet's same-sense and broader words),
and the focus check that accepts them (real spaCy parser)."""

from __future__ import annotations

import pytest

from assistant.word_relations import other_names
from tests.assistant.focus_support import counts


@pytest.mark.parametrize(
    ("word", "part", "other"),
    [
        ("marijuana", "n", "cannabis"),  # the same sense
        ("cows", "n", "cattle"),
        ("kidnap", "v", "abduct"),
        ("enrolment", "n", "registration"),
        ("narcotic", "n", "drug"),  # one step broader
        ("narcotic", "n", "drugs"),  # passages are not lemmatised
        ("hawker", "n", "vendor"),
        ("deckhand", "n", "seaman"),
        ("sweatshop", "n", "factory"),
    ],
)
def test_when_a_word_has_another_name_then_it_is_known(word, part, other) -> None:
    same, broader = other_names({word}, part)
    assert other in same | broader


@pytest.mark.parametrize(
    ("word", "part", "not_other"),
    [
        ("salmon", "n", "fish"),  # animals, plants and foods get no broader word
        ("mushroom", "n", "vegetable"),
        ("mushroom", "n", "grow"),  # the verb's sense, not the noun's
        ("salmon", "n", "river"),  # a river named Salmon is no kind of salmon
        ("cow", "n", "overawe"),
    ],
)
def test_when_a_word_is_a_natural_kind_or_another_part_then_no_broader_word(
    word, part, not_other
) -> None:
    same, broader = other_names({word}, part)
    assert not_other not in same | broader


def test_when_a_word_is_not_in_the_table_then_it_has_no_other_name() -> None:
    assert other_names({"zzkw"}, "n") == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("question", "passage", "corpus"),
    [
        ("Which case involved a teenage boy locked in a marijuana grow house?",
         "A boy of 16 was found locked in a cannabis grow house.",
         counts(boy=3, cannabis=4, house=9, grow=2)),
        ("In which country do children work as hawkers?",
         "Children continue to work as street vendors and in agriculture.",
         counts(children=16, vendors=2, street=6)),
        ("Which case involved a youngster sent to sell narcotics?",
         "A 15-year-old boy was sent to sell drugs from a flat; he was a child in care.",
         counts(drugs=2, flat=6, child=16, sell=3)),
    ],
)  # fmt: skip
def test_when_the_source_uses_another_name_then_it_is_no_notice(
    finder, question, passage, corpus
) -> None:
    assert finder.unmentioned(question, [passage], corpus) == []


def test_when_no_passage_holds_the_word_or_another_name_then_it_is_still_reported(
    finder,
) -> None:
    question = "Which case involved pickers at a salmon farm?"
    passage = "Pickers on a fish farm were paid below the minimum wage."
    corpus = counts(pickers=2, fish=5, farm=4, wage=9)
    assert finder.unmentioned(question, [passage], corpus) == ["salmon farm"]


def test_when_the_sources_use_the_word_itself_then_no_other_name_stands_for_it(finder) -> None:
    question = "Which case involved a teenage boy locked in a marijuana grow house?"
    passage = "A boy of 16 was found locked in a cannabis grow house."
    known = {"boy": 3, "cannabis": 4, "house": 9, "grow": 2, "teenage": 2}
    assert finder.unmentioned(question, [passage], counts(**known)) == []
    held = counts(**known, marijuana=1)  # the sources say "marijuana" elsewhere
    assert finder.unmentioned(question, [passage], held) == ["marijuana grow house"]


def test_when_a_broader_word_is_common_then_it_does_not_stand_for_the_question_word(
    finder,
) -> None:
    question = "In which country do children work as hawkers?"
    passage = "Children continue to work as street vendors and in agriculture."
    assert finder.unmentioned(question, [passage], counts(children=16, street=6, vendors=2)) == []
    common = counts(children=16, street=6, vendors=40)
    assert finder.unmentioned(question, [passage], common) == ["hawkers"]


def test_when_no_corpus_is_given_then_no_other_name_is_looked_up(finder) -> None:
    question = "Which grow house held marijuana plants?"
    passage = "A boy was found locked in a cannabis grow house."
    assert finder.unmentioned(question, [passage]) == []  # the asked-for "grow house" is there
    assert finder.unmentioned("Which marijuana plants were found?", [passage]) == [
        "marijuana plants"
    ]
