"""Close misses the focus check declines (issue 15, round 9): a city no passage is in, a year
no passage of the asked country holds, a name of several words no visible chunk holds, and a
rare place name that does not make an absent topic a paraphrase."""

from __future__ import annotations

import pytest

from assistant.passage_places import passage_cities
from assistant.periods import uncovered_periods
from retrieval.search import SearchResult
from tests.assistant.focus_support import counts

NAILS = "Vietnamese women worked 11 hours a day in nail bars and were paid in cash."
WASH = "Workers at a hand car wash lived in a caravan and were paid £40 a day."
VANILLA = "Children in Madagascar work in agriculture and mining. Goods: Sapphires; Vanilla."
FACTORY = "Polish men were recruited from homeless shelters in Bydgoszcz for factory work."


@pytest.mark.parametrize(
    ("question", "passages", "cities", "corpus", "missing"),
    [
        # a city no passage is in or recorded for: its country's passages do not answer
        ("Were nail bar workers exploited in Manchester?", [NAILS], [{"birmingham"}],
         counts(nail=5, bar=5, workers=16), ["nail bar workers exploited in Manchester"]),
        # ... even when every topic word is common
        ("Has anyone reported hand car wash workers exploited in Glasgow?", [WASH],
         [{"stoke-on-trent"}], counts(hand=16, car=16, wash=16, workers=16),
         ["hand car wash workers exploited in Glasgow"]),
        # the record's city column meets it
        ("Were nail bar workers exploited in Manchester?", [NAILS], [{"manchester"}],
         counts(nail=5, bar=5, workers=16), []),
    ],
)  # fmt: skip
def test_when_a_question_names_a_city_then_a_passage_must_be_in_that_city(
    finder, question, passages, cities, corpus, missing
) -> None:
    assert finder.unmentioned(question, passages, corpus, [{"GB"}], cities) == missing


def test_when_a_question_says_where_and_whose_then_the_where_must_hold_the_topic(
    finder,
) -> None:
    corpus = counts(nail=5, bars=5, women=30, men=30)
    question = "Were Vietnamese women working in nail bars in Poland?"
    assert finder.unmentioned(question, [NAILS, FACTORY], corpus) == ["nail bars in Poland"]
    assert finder.unmentioned("Were Vietnamese women working in nail bars?", [NAILS], corpus) == []


@pytest.mark.parametrize(
    ("question", "corpus", "missing"),
    [
        # an organisation no chunk names, with a word no chunk holds at all
        ("What did the Starlight Foundation report about forced begging?",
         counts(foundation=5, forced=9, begging=3, report=16), ["Starlight Foundation report"]),
        ("Was Sunny Days Staffing linked to care worker visa abuse?",
         counts(days=9, staffing=1, care=16, worker=16, visa=16, abuse=8),
         ["Sunny Days", "Staffing"]),
        # every word known: perhaps a paraphrase of a name the sources spell otherwise
        ("Which case involved the European Union?", counts(european=3, union=3), []),
        # ... unless it ends in a word that names an organisation
        ("What did the Walk Free Foundation say about begging?",
         counts(walk=2, free=9, foundation=5, begging=3), ["Walk Free Foundation"]),
        ("Which case involved Blue Horizon Staffing?",
         counts(blue=2, horizon=1, staffing=1), ["Blue Horizon Staffing"]),
        ("What did the Walk Free Foundation say about begging?",
         counts(walk=2, free=9, foundation=5, begging=3,
                **{'"walk free foundation"': 1}), []),
        # the corpus holds the phrase
        ("What did the Starlight Foundation report about forced begging?",
         counts(foundation=5, forced=9, begging=3, report=16,
                **{'"starlight foundation"': 1}), []),
        # one capitalised word is left to the absent-topic check (absent_phrases.lone_name), which
        # reports it only when no chunk holds it
        ("Which case involved Yonas?", counts(), ["Yonas"]),
        ("Which case involved Yonas?", counts(yonas=2), []),
    ],
)  # fmt: skip
def test_when_a_name_of_several_words_is_nowhere_the_asker_can_see_then_it_is_reported(
    finder, question, corpus, missing
) -> None:
    passages = ["Children were made to beg in the capital; the ministry ran a campaign."]
    assert finder.unmentioned(question, passages, corpus) == missing


def test_when_a_rare_place_pins_a_passage_that_lacks_the_other_topic_words_then_it_is_no_paraphrase(
    finder,
) -> None:
    corpus = counts(madagascar=2, children=16, harvest=3, vanilla=1)
    question = "Were children used to harvest cinnamon in Madagascar?"
    assert finder.unmentioned(question, [VANILLA], corpus) == ["cinnamon"]
    # the passage holds another telling word: a paraphrase of it, no notice
    assert finder.unmentioned(question, [VANILLA + " They harvest it."], corpus) == []


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Were nail bar workers rescued in Birmingham in 2015?", ["2015"]),
        ("Were nail bar workers rescued in Birmingham in 2023?", []),  # the record's year
        ("Were nail bar workers rescued in 2016?", []),  # the text's year
        # a year held only by a passage about another country than the one asked about
        ("What were the 2016 findings in Bolivia?", ["2016"]),
        ("What were the 2013 findings in Bolivia?", []),
        ("Which nail bars were raided?", []),
    ],
)
def test_when_a_question_names_a_year_no_passage_holds_then_it_is_unmentioned(
    question, missing
) -> None:
    passages = ["A nail bar in Birmingham was raided in 2016.", "In 2013, Bolivia made advances."]
    recorded = [{"2023"}, set()]
    countries = [{"GB"}, {"BO"}]
    assert uncovered_periods(question, passages, recorded, countries) == missing


def test_when_a_record_holds_a_city_then_the_passage_is_in_it() -> None:
    results = [
        SearchResult(1, "d1", "d1.txt", "d1-c0", 1.0, 1, "org", "case", "A chef in Salford."),
        SearchResult(1, "d2", "d2.txt", "d2-c0", 1.0, 1, "org", "case", "Women in Leeds."),
    ]
    assert passage_cities(results, {"d1": {"Manchester"}}) == [{"manchester"}, {"leeds"}]


@pytest.mark.parametrize(
    ("question", "passages", "corpus", "why"),
    [
        ("Which football club sponsors the Lagos safe house?",
         ["The Lagos safe house shelters twelve women."], None,
         {"football club": "asked-for noun"}),
        ("What did the Starlight Foundation report about forced begging?", [NAILS],
         counts(foundation=5, forced=9, begging=3, report=16),
         {"Starlight Foundation report": "unknown name"}),
        ("Were any of the women forced into cuckooing?", [NAILS],
         counts(women=30, forced=9), {"cuckooing": "absent topic"}),
        ("Were Vietnamese women working in nail bars?", [NAILS],
         counts(nail=5, bars=5, women=30, men=30), {}),
    ],
)  # fmt: skip
def test_when_a_phrase_is_reported_then_why_names_the_check_that_reported_it(
    finder, question, passages, corpus, why
) -> None:
    gaps = finder.gaps(question, passages, corpus)
    assert [g.phrase for g in gaps] == list(why)
    assert {g.phrase: g.check for g in gaps} == why
