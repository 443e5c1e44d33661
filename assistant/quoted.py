"""The quoted (extractive) answer and the answer record every face prints.

`quote_answer` turns a retrieval's result into verbatim, cited sentences of the passages,
grouped under their source's name, after one sentence of Lens's own from checked facts. It is
the whole answer in extractive mode and the fallback when a generated answer fails its
citation check (`assistant.answerer`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.evidence import is_prose, repeats_title
from assistant.extractive import QUOTES_HEADING, by_source, pick_quotes, render_quotes
from assistant.focus import asks_for_one, describe, strip_frame
from assistant.opening import opening_sentence, source_name
from core.errors import LensError
from retrieval.search import SearchResult

NO_EVIDENCE = (
    "I found nothing in the sources you can see that answers this. Try other words, a wider "
    "period, or fewer filters (for example country=, sector=, type= or year_from=)."
)

# Words of the user's own question, echoed: the notice depends only on visible passages.
NOT_MENTIONED = (
    "None of the sources you can see mention {}, so they do not answer this. "
    "The closest passages say:"
)
NOT_MENTIONED_NOTHING = "None of the sources you can see mention {}. "


@dataclass
class Answer:
    """What `lens ask --json` prints (plus the passages for the UI)."""

    answer: str
    grounded: bool
    citations: list[dict[str, Any]]
    mode: str  # generative | extractive | no_evidence | refused
    question: str
    passages: list[SearchResult] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    audit_id: int = 0  # the audit event of this answer, once recorded (feedback links to it)
    # What the question asks about that no retrieved passage mentions (assistant/focus.py).
    # Such an answer is only ever quoted, under a notice saying so, never generated.
    not_mentioned: list[str] = field(default_factory=list)
    # Which checks declined or flagged it ("relevance floor", "country", the focus check's
    # labels, "period", "absent person", "nothing quotable"): the bench's aggregate of what
    # produces notices; not part of the CLI contract.
    checks: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The CLI contract's fields."""
        return {
            "answer": self.answer,
            "grounded": self.grounded,
            "citations": self.citations,
            "mode": self.mode,
            "question": self.question,
            "timings_ms": {k: round(v, 1) for k, v in self.timings.items()},
            "not_mentioned": self.not_mentioned,
        }


def quote_answer(
    found: Answer,
    embed: Callable[[list[str]], Any],
    facts: Callable[[Sequence[str]], set[tuple[str, str, str]]],
) -> Answer:
    """The extractive answer to `found` (a retrieval's result): verbatim sentences of the
    retrieved passages, cited, grouped under the name of their source, after one sentence of
    Lens's own built from checked facts (`facts` reads them for a list of document ids)."""
    t0 = time.perf_counter()
    texts = [r.text for r in found.passages]
    asked = strip_frame(found.question)
    if found.not_mentioned:
        # the closest passages, shown because they do not answer: prose only, not the
        # titles and headings that merely share the question's words
        quotes = [
            q
            for q in pick_quotes(asked, texts, embed, max_quotes=8)
            if is_prose(q.text, found.passages[q.n - 1].title)
        ][:3]
    else:
        ranked = [
            q
            for q in pick_quotes(
                asked,
                texts,
                embed,
                max_quotes=6,
                sources=[p.doc_id for p in found.passages],
            )
            if not repeats_title(q.text, found.passages[q.n - 1])
        ]
        quotes = by_source(
            ranked,
            lambda n: found.passages[n - 1].doc_id,
            one=asks_for_one(found.question),
        )
    timings = {**found.timings, "extractive": (time.perf_counter() - t0) * 1e3}
    if not quotes:
        text = NO_EVIDENCE
        if found.not_mentioned:
            text = NOT_MENTIONED_NOTHING.format(describe(found.not_mentioned)) + text
        return Answer(
            text,
            False,
            [],
            "no_evidence",
            found.question,
            [],
            timings,
            not_mentioned=found.not_mentioned,
            checks=[*found.checks, "nothing quotable"],
        )
    citations = [citation(q.n, found.passages, q.text) for q in quotes]
    names = {q.n: source_name(found.passages[q.n - 1]) for q in quotes}
    body = render_quotes(quotes, names).removeprefix(QUOTES_HEADING)
    if found.not_mentioned:
        text = NOT_MENTIONED.format(describe(found.not_mentioned)) + body
    else:
        text = opening_sentence(quotes, found.passages, facts, found.question) + body
    timings["extractive"] = (time.perf_counter() - t0) * 1e3
    return Answer(
        text,
        True,
        citations,
        "extractive",
        found.question,
        found.passages,
        timings,
        not_mentioned=found.not_mentioned,
        checks=found.checks,
    )


def citation(n: int, passages: Sequence[SearchResult], quote: str) -> dict[str, Any]:
    """Passage `n`'s citation with its quote; a number outside the passages is a bug."""
    if n < 1 or n > len(passages):
        raise LensError("internal: citation out of range")
    return passages[n - 1].citation(n, quote)
