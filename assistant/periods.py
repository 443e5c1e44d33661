"""Years and periods a question names, and whether a retrieved passage about its topic covers
them.

"Which nail bar cases were reported in 2014?" is not answered by nail bar raids of 2016 and
2023, nor by a story about a Dubai housemaid that happens to say "2014": the year must be held
by a passage about what the question asks (one holding at least TOPIC_SHARE of the question's
topic words), in its text or its record's `year` facts. A period is met by any year inside it:
"since 2018" by a passage of 2021, "in the 1990s" by one of 1994, "between 2016 and 2018" by
one of 2017; "before 2016" by one of 2015.

Only the retrieved passages (already filtered by access) are read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.citations import content_words
from assistant.question_words import ANSWER_TYPES, FRAME_WORDS
from core.gazetteer import find_places

TOPIC_SHARE = 0.5  # of the question's topic words, a passage must hold this share to vouch
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
_STEM = 5  # content words are compared by their first five letters (assistant.extractive.stems)
# words that frame a question or name its period, not its topic ("since", "made", "happened")
_OTHER = "since after before until till prior between from made did does done happened"
_OTHER += " took many much"


def _stem(word: str) -> str:
    return (word[:-1] if word.endswith("s") and len(word) > 3 else word)[:_STEM]


_FRAME = {_stem(w) for w in (*FRAME_WORDS, *ANSWER_TYPES, *_OTHER.split())}


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


def topic_stems(question: str) -> set[str]:
    """The question's topic words (first five letters): its content words without years,
    places (checked on their own) and the words that frame a question ("which case involved")."""
    text = _YEAR.sub(" ", question)
    for place in sorted(find_places(text), key=lambda p: -p.start):
        text = text[: place.start] + " " + text[place.end :]
    stems = {_stem(w) for w in content_words(text) if w.isalpha()}
    return stems - _FRAME


def about_topic(topic: set[str], passage: str) -> bool:
    """The passage holds at least TOPIC_SHARE of the topic words (all passages do when the
    question has none)."""
    if not topic:
        return True
    held = content_words(passage)
    found = sum(any(w.startswith(t) for w in held) for t in topic)  # "hire" in "hired"
    return found >= math.ceil(TOPIC_SHARE * len(topic))


def uncovered_periods(
    question: str,
    passages: Sequence[str],
    recorded: Sequence[set[str]],
    countries: Sequence[set[str]],
    documents: Sequence[str] | None = None,
) -> list[str]:
    """Years and periods the question names that no passage about its topic holds, in its text
    or its record's `year` facts. A document is about the topic when one of its passages is,
    and then the years of all its passages count (`documents`: each passage's document): a
    profile says "In 2013" in its first chunk and names the inspectors in another. Where the
    question names countries, only passages about one of them count ("the 2019 findings in
    Bolivia" are not met by a 2019 incident elsewhere)."""
    asked = periods(question)
    if not asked:
        return []
    codes_asked = {p.code for p in find_places(question)}
    topic = topic_stems(question)
    docs = list(documents) if documents is not None else [str(i) for i in range(len(passages))]
    about: set[str] = set()
    years: dict[str, set[int]] = {}
    for passage, held, codes, doc in zip(passages, recorded, countries, docs, strict=True):
        if codes_asked and not codes_asked & codes:
            continue
        if about_topic(topic, passage):
            about.add(doc)
        found = held | set(_YEAR.findall(passage))
        years.setdefault(doc, set()).update(int(y) for y in found if y.isdigit())
    covered = set().union(*(years[d] for d in about)) if about else set()
    return [p.phrase for p in asked if not any(p.first <= y <= p.last for y in covered)]
