"""The shape of a question, read from its wording alone: its framing opener ("which case
involved …", "were there any reports of …"), the kind of thing that answers it (a count, a
place, a method) and whether it asks for one case or report.

No parse and no corpus: plain patterns, cheap enough for every question (assistant/focus.py
re-exports them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What a reply says in place of a person the question names and no visible report does
# (assistant/absent_people.py): the name itself stays out of the answer and the audit log.
NAMED_PERSON = "the person you named"

_REPORTS = (
    r"(?:reports?|cases?|documents?|records?|incidents?|stories|story|files?|sources?|accounts?"
    r"|(?:country )?profiles?|summar(?:y|ies)|entr(?:y|ies))"
)
_FRAME = re.compile(
    r"^\s*(?:"
    r"(?:what|anything) (?:do|does|did) (?:we|you|i|lens|the sources?) (?:know|have|hold|say)"
    r" (?:about|on|of|regarding)"
    r"|tell me (?:about|of)"
    r"|(?:are|were|is|was|have|has) there (?:been )?(?:any|other)? ?"
    + _REPORTS
    + r"? ?(?:of|about|on|involving|mentioning|where|in which|that|describing|with)?"
    r"|(?:has|have|did|does) (?:anyone|anybody|any (?:one|source|report|case|document))"
    r" (?:ever )?(?:reported|mentioned|described|recorded|seen|report|mention|describe)"
    r"|(?:which|what) "
    + _REPORTS
    + r" (?:involved|involves|involving|described|describes|describe|mentioned|mentions|mention"
    r"|covered|covers|cover|concerned|concerns|dealt with|deal with|deals with"
    r"|(?:was|were|is|are) about)"
    r")\s+",
    re.IGNORECASE,
)


def strip_frame(question: str) -> str:
    """The question without a framing opener ("which case involved …", "were there any reports
    of …", "what do we know about …"): what it is about, for search. Framing words match every
    report alike and dilute the question's meaning."""
    stripped = _FRAME.sub("", question, count=1).strip()
    return stripped if len(stripped.split()) >= 1 and stripped != question.strip() else question


_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("count", r"\bhow (?:many|long|old|often)\b|\bnumber of\b"
                  r"|\b(?:what|which) (?:share|proportion|percentage|per ?cent|fraction)\b"),
        ("amount", r"\bhow much\b|\b(?:what|which) (?:\w+ )?(?:fees?|rent|debts?|wages?|salar\w+"
                   r"|pay|prices?|costs?|sums?|rates?|amounts?)\b"),
        ("when", r"\bwhen\b|\b(?:what|which) (?:year|date|month|day)s?\b"),
        ("where", r"\bwhere\b|\b(?:what|which) (?:\w+ )?(?:countr|cit|town|place|region|province"
                  r"|district|location|village)\w*"),
        ("who", r"^\s*who\b|\b(?:what|which) (?:\w+ )?(?:people|person|organi[sz]ation|compan\w+"
                r"|groups?|agenc\w+|networks?|gangs?|officials?)\b"),
        ("method", r"\bhow (?:did|do|does|were|was|are|is|had|have|has)\b"
                   r"|\b(?:what|which) (?:\w+ )?(?:methods?|tactics?|ways?|means|techniques?"
                   r"|strateg\w+|practices?|tricks?)\b"),
    )
)  # fmt: skip
_ONE = re.compile(
    r"\b(?:which|what) (?:\w+ )?(?:case|report|document|incident|story|file|audit|account)\b"
    r"(?! and)",
    re.IGNORECASE,
)


def answer_kind(question: str) -> str:
    """What kind of thing answers the question: count, amount, when, where, who, method, or
    "" (anything)."""
    return next((kind for kind, pattern in _KINDS if pattern.search(question)), "")


def asks_for_one(question: str) -> bool:
    """The question asks for one case or report ("which case involved …")."""
    return bool(_ONE.search(question))


def describe(phrases: Sequence[str]) -> str:
    """“football club” / “surrogacy cases” or “tigers”, for the reply (NAMED_PERSON as is)."""
    return " or ".join(p if p == NAMED_PERSON else f"“{p}”" for p in phrases)
