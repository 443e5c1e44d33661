"""Round 16 false flags and near misses: people counted in other words, a doer's noun for the
action the source writes, names quoted with other spacing or accents, and a rare name that
alone cannot vouch for an absent topic (real spaCy parser, fake corpus counts)."""

from __future__ import annotations

import pytest

from assistant.absent_phrases import said_in, squash
from assistant.people_words import doing, same_people
from tests.assistant.focus_support import counts


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("staff", "workers"),
        ("personnel", "staff"),
        ("employees", "workers"),
        ("minors", "girls"),
        ("under-18s", "children"),
        ("youngsters", "children"),
        ("fishers", "crew"),
        ("couriers", "riders"),
    ],
)
def test_when_a_word_names_people_then_its_other_names_are_known(word, other) -> None:
    assert other in same_people({word})


@pytest.mark.parametrize("word", ["vineyards", "staffing", "fish", "children's"])
def test_when_a_word_is_in_no_group_then_it_has_no_other_names(word) -> None:
    assert same_people({word}) == frozenset()


@pytest.mark.parametrize(
    ("word", "action"),
    [("miners", "mining"), ("miner", "mining"), ("fighters", "fighting"), ("pickers", "picking")],
)
def test_when_a_noun_names_a_doer_then_the_doing_is_known(word, action) -> None:
    assert action in doing(word)


@pytest.mark.parametrize("word", ["fees", "her", "crew"])
def test_when_a_noun_names_no_doer_then_nothing_is_made_up(word) -> None:
    assert doing(word) == frozenset()


@pytest.mark.parametrize(
    ("question", "passage", "corpus"),
    [
        ("How many staff did the agency send to clean offices?",
         "An agency supplied 14 Slovak Roma workers to clean offices at night.",
         counts(staff=8, agency=12, offices=3, workers=16)),
        ("How many minors did police find at the karaoke bar?",
         "Police raided a karaoke bar and found 15 women, including three girls aged 15 and 16.",
         counts(minors=6, karaoke=1, girls=12, police=16)),
        ("How many fishers jumped ship at the port?",
         "Eleven crew members jumped from a trawler at the port and asked for help.",
         counts(fishers=0, crew=10, port=5, ship=2)),
        ("Did Mali have child fighters or only child miners?",
         "In Mali children were recruited as combatants and work in gold mining.",
         counts(mali=2, child=16, fighters=0, miners=3, combatants=1, mining=8)),
        ("Did Turkey have more than 990 labor inspectors by the end of 2013?",
         "Turkey increased the number of labor inspectors by 41, from 958 to 999.",
         counts(turkey=4, labor=16, inspectors=16, end=15)),
    ],
)  # fmt: skip
def test_when_people_or_doers_are_named_otherwise_then_it_is_no_notice(
    finder, question, passage, corpus
) -> None:
    assert finder.unmentioned(question, [passage], corpus) == []


@pytest.mark.parametrize(
    ("phrase", "passage"),
    [
        ("sparkle hand carwash", "Inspectors at Sparkle Hand Car Wash on Newcastle Road found"),
        ("hands home care", "A care company, Caring Hands Homecare Ltd, received fees"),
        ("castel-volturno", "Women sent money to 'Mama' in Castel Volturno."),
        ("são paulo", "workers sewing in a workshop in Sao Paulo"),
    ],
)
def test_when_a_name_is_spaced_or_accented_otherwise_then_the_passage_holds_it(
    phrase, passage
) -> None:
    assert said_in(phrase, [passage])


@pytest.mark.parametrize(
    ("phrase", "passage"),
    [("golden nails", "Officers found five women at Glamour Nails."), ("spa", "a spare room")],
)
def test_when_a_name_is_not_in_the_passage_then_it_is_not_held(phrase, passage) -> None:
    assert not said_in(phrase, [passage])


def test_when_text_is_squashed_then_only_letters_and_digits_remain() -> None:
    assert squash("Łódź, São-Paulo 2") == "lodzsaopaulo2"


@pytest.mark.parametrize(
    ("question", "passage", "corpus"),
    [
        ("What happened at the ‘Sparkle Hand Carwash’?",
         "Inspectors at Sparkle Hand Car Wash on Newcastle Road found nine workers.",
         counts(sparkle=4, hand=16, carwash=0, inspectors=16)),
        ("What is known about “Caring Hands Home Care”?",
         "A care company, Caring Hands Homecare Ltd, received fees from new employees.",
         counts(caring=16, hands=16, home=14, care=16, homecare=3)),
    ],
)  # fmt: skip
def test_when_a_quoted_name_is_written_otherwise_then_it_is_no_notice(
    finder, question, passage, corpus
) -> None:
    assert finder.unmentioned(question, [passage], corpus) == []


def test_when_an_organisation_is_a_fund_no_source_names_then_it_is_reported(finder) -> None:
    question = "Which country's profile talks about the 'Golden Child Fund'?"
    passage = "The Government of Paraguay funded a programme for child workers."
    corpus = counts(golden=1, child=16, fund=16, profile=6, country=16)
    assert finder.unmentioned(question, [passage], corpus) == ["Golden Child Fund"]


def test_when_only_a_rare_name_meets_the_question_then_an_absent_topic_is_reported(
    finder,
) -> None:
    question = "Which profile mentions child labour on vineyards in Georgia?"
    passage = "Children in Georgia continue to engage in child labor in agriculture."
    corpus = counts(child=16, labour=16, labor=16, georgia=3, profile=6)
    assert finder.unmentioned(question, [passage], corpus) == ["vineyards"]
