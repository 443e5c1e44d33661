"""Years and periods a question names, and whether a retrieved passage holds one of them.

A period is met by any year inside it: "since 2018" by a passage of 2021, "in the 1990s" by
one of 1994, "between 2016 and 2018" by one of 2017, "before 2016" by one of 2015; a single
year only by itself. A year counts when a passage's text or its record's `year` facts hold it.
(Requiring the passage to be about the question's topic as well was tried in round 14 and left
out: it flagged an answerable held-out question whose year sits in another chunk.)

Only the retrieved passages (already filtered by access) are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.gazetteer import find_places

_Y = r"(?:19|20)\d\d"
_YEAR = re.compile(rf"\b{_Y}\b")
_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?P<a>{_Y})\s*(?:and|to|until|till|-|–)\s*(?P<b>{_Y})\b"
    rf"|\b(?P<a2>{_Y})\s*[-–]\s*(?P<b2>{_Y})\b"
    rf"|\b(?:the\s+)?(?P<decade>(?:19|20)\d0)'?s\b"
    rf"|\b(?P<since>since|after|from|starting in|beginning in)\s+(?P<s>{_Y})\b"
    rf"|\b(?P<before>before|until|till|prior to|up to)\s+(?P<u>{_Y})\b"
    rf"|(?<![£$€₹\w])(?P<y>{_Y})\b",
    re.I,
)


@dataclass(frozen=True)
class Period:
    """Years `first` to `last` (inclusive), as the question wrote them (`phrase`)."""

    phrase: str
    first: int
    last: int


def periods(question: str) -> list[Period]:
    """The years and periods a question names, in order, once each."""
    out: dict[str, Period] = {}
    for m in _PERIOD.finditer(question):
        phrase = m.group(0)
        if m["a"] or m["a2"]:
            a, b = int(m["a"] or m["a2"]), int(m["b"] or m["b2"])
            first, last = min(a, b), max(a, b)
        elif m["decade"]:
            first = int(m["decade"])
            last = first + 9
        elif m["since"]:
            first = int(m["s"]) + (m["since"].lower() == "after")
            last = 9999
        elif m["before"]:
            first = 0
            last = int(m["u"]) - (m["before"].lower() in ("before", "prior to"))
        else:
            first = last = int(m["y"])
        out.setdefault(phrase.lower(), Period(phrase, first, last))
    return list(out.values())


def uncovered_periods(
    question: str,
    passages: Sequence[str],
    recorded: Sequence[set[str]],
    countries: Sequence[set[str]],
) -> list[str]:
    """Years and periods the question names that no passage holds, in its text or its record's
    `year` facts. Where the question names countries, only passages about one of them count
    ("the 2019 findings in Bolivia" are not met by a 2019 incident elsewhere)."""
    asked = periods(question)
    if not asked:
        return []
    codes_asked = {p.code for p in find_places(question)}
    held: set[int] = set()
    for passage, years, codes in zip(passages, recorded, countries, strict=True):
        if not codes_asked or codes_asked & codes:
            held |= {int(y) for y in years | set(_YEAR.findall(passage)) if y.isdigit()}
    return [p.phrase for p in asked if not any(p.first <= y <= p.last for y in held)]
