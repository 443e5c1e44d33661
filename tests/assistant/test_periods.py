"""Years and periods of a question, met only by a passage about its topic."""

from __future__ import annotations

import pytest

from assistant.periods import Period, periods, uncovered_periods


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which nail bars were raided in 2014?", [Period("2014", 2014, 2014)]),
        ("Since 2018, what has Uganda done?", [Period("Since 2018", 2018, 9999)]),
        ("Any raids after 2019?", [Period("after 2019", 2020, 9999)]),
        ("Any raids before 2016?", [Period("before 2016", 0, 2015)]),
        ("Any raids until 2016?", [Period("until 2016", 0, 2016)]),
        ("Brick kilns in the 1990s?", [Period("the 1990s", 1990, 1999)]),
        ("Raids between 2016 and 2018?", [Period("between 2016 and 2018", 2016, 2018)]),
        ("Raids from 2015 to 2017?", [Period("from 2015 to 2017", 2015, 2017)]),
        ("The 2012-2015 plan?", [Period("2012-2015", 2012, 2015)]),
        ("Which nail bars were raided?", []),
        ("Who paid £2050 to the agent?", []),
    ],
)
def test_periods_are_read_with_their_bounds(question, expected) -> None:
    assert periods(question) == expected


PASSAGES = [
    "A nail bar in Birmingham was raided in 2016.",
    "A housemaid in Dubai ran away in 2014 after months without a day off.",
    "In 2013, Bolivia made advances against child labor in brick kilns.",
]
RECORDED = [{"2023"}, set(), set()]
COUNTRIES = [{"GB"}, {"AE"}, {"BO"}]


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Which housemaids ran away in 2014?", []),
        ("Were nail bars raided in 2016?", []),  # the text's year
        ("Were nail bars raided in 2023?", []),  # the record's year
        ("Were nail bars raided in 2015?", ["2015"]),
        # a period is met by any year inside it
        ("Were nail bars raided since 2020?", []),
        ("Were nail bars raided after 2023?", ["after 2023"]),
        ("Were nail bars raided before 2013?", ["before 2013"]),
        ("Were nail bars raided in the 2010s?", []),
        ("Were nail bars raided between 2017 and 2019?", ["between 2017 and 2019"]),
        # a year held only by a passage about another country than the one asked about
        ("What were the 2016 findings on brick kilns in Bolivia?", ["2016"]),
        ("What were the 2013 findings on brick kilns in Bolivia?", []),
        ("Which nail bars were raided?", []),
    ],
)
def test_a_period_is_held_by_any_year_inside_it(question, missing) -> None:
    assert uncovered_periods(question, PASSAGES, RECORDED, COUNTRIES) == missing
