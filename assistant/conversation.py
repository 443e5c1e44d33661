"""Conversation handling: follow-up rewriting and requests Lens must refuse."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.citations import content_words

_IDENTITY = re.compile(
    r"\b(?:who\s+is\s+<?[A-Z_]*PERSON|real\s+name|true\s+name|full\s+name|identify\s+(?:the|this"
    r"|that|a)?\s*(?:victim|survivor|person|trafficker|worker|woman|man|girl|boy|child)"
    r"|name\s+of\s+the\s+(?:victim|survivor|trafficker|person|worker|woman|man|girl|boy)"
    r"|(?:phone|mobile|telephone)\s+number\s+of|home\s+address\s+of|where\s+does\s+\S+\s+live"
    r"|passport\s+number\s+of|date\s+of\s+birth\s+of|de-?anonymi[sz]e|un-?redact|unmask"
    r"|what\s+(?:is|was)\s+(?:his|her|their)\s+(?:name|phone|number|address|email|e-mail))",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|what\s+about|how\s+about|same\s+for|and\s+in|what\s+of|in\s+which|"
    r"how\s+many\s+of\s+(?:them|those)|more\s+on|tell\s+me\s+more)\b"
    r"|\b(?:they|them|those|these|there|that\s+one|it|its|this\s+one)\b",
    re.IGNORECASE,
)

REFUSAL = (
    "Lens does not identify people. Personal details were removed from every source before "
    "it was stored, and they cannot be recovered through the assistant. Ask about patterns, "
    "places, sectors or methods instead."
)


def asks_for_identity(question: str) -> bool:
    """True when the question seeks to identify or contact a person."""
    return bool(_IDENTITY.search(question))


def is_follow_up(question: str) -> bool:
    """A short question that leans on an earlier one ("and in Thailand?", "what about them")."""
    return len(question.split()) <= 14 and bool(_FOLLOW_UP.search(question))


def standalone_question(question: str, history: Sequence[str]) -> str:
    """Carry the previous question's subject into a follow-up, without an LLM.

    The earlier question's content words that the follow-up does not already contain are
    appended in brackets, so retrieval keeps the places, sectors and methods of the
    conversation. No label word is added: every word of the result is one the user typed, so
    a "not mentioned" notice built from it can only echo the user's own words.
    """
    if not history or not is_follow_up(question):
        return question
    previous = history[-1]
    have = content_words(question)
    carried = [w for w in previous.split() if content_words(w) and not content_words(w) <= have]
    if not carried:
        return question
    return f"{question.strip()} ({' '.join(carried)})"
