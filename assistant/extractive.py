"""The grounded fallback: answer by quoting the most relevant sentences of the top passages.

Candidate sentences are pre-ranked cheaply (content-word overlap with the question, the words
of the heading they sit under, whether they hold the kind of thing the question asks for,
passage rank), then the best few are embedded and ranked by cosine similarity to the question.
Quotes are verbatim from retrieved passages, so every citation holds by construction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.citations import content_words, display_quote, split_sentences
from assistant.focus import ANSWER_TYPES, answer_kind


@dataclass(frozen=True)
class Quote:
    """A verbatim sentence from passage number `n` (1-based)."""

    n: int
    text: str
    score: float


def stems(text: str) -> set[str]:
    """Content words cut to five letters: a crude stemmer that joins recruiter/recruited."""
    return {w[:5] for w in content_words(text)}


# What a sentence holds that answers each kind of question (assistant.focus.answer_kind).
_NUMBER = (
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozens?|hundreds?|thousands?|half|third|quarter)\b"
)
KIND_SIGNS: dict[str, re.Pattern[str]] = {
    "count": re.compile(_NUMBER + r"|\bper ?cent\b|%", re.I),
    "amount": re.compile(r"[£$€₹]|\b\d[\d,.]*\b|\b(?:euros?|dollars?|pounds?|baht|pesos?|rupees?"
                         r"|taka|birr|dong|ringgit|dirhams?|riyals?|naira|lei|zloty)\b", re.I),
    "when": re.compile(r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july"
                       r"|august|september|october|november|december|spring|summer|autumn"
                       r"|winter)\b", re.I),
    "where": re.compile(r"\b(?:in|at|to|from|near|via|through) (?:the )?[A-Z][a-z]+"),
    "who": re.compile(r"\b(?:recruiters?|brokers?|agents?|agenc(?:y|ies)|owners?|managers?|gang"
                      r"(?:master)?s?|relatives?|boyfriends?|employers?|traffickers?|police|officers"
                      r"|directors?|madams?|network|family|families|<PERSON_\d+>)\b", re.I),
    "method": re.compile(r"\b(?:through|via|using|by (?:\w+ing)|promis\w*|advert\w*|offer\w*"
                         r"|recruit\w*|lur\w*|told|tactics?|posing|fake|false|deceiv\w*"
                         r"|debts?|threat\w*|took|held|kept|confiscat\w*|withh\w*|included)\b"
                         r"|;", re.I),
}  # fmt: skip
KIND_BONUS = 0.15
KIND_STEMS = frozenset(w[:5] for t in ANSWER_TYPES for w in (t, t + "s"))
# A sentence that names ways or tactics, or sits under a heading that does, lists them.
WAYS = re.compile(r"\b(?:tactics?|methods?|ways?|techniques?|strateg\w+|modus)\b", re.I)
HEADING_WEIGHT = 0.5  # a sentence shares half the weight of the heading it sits under
SOURCE_WEIGHT = 0.5  # and half the weight of the question words its source covers
RANK_STEP = 0.01  # each place down the retrieval ranking costs this much


TOPIC_WEIGHT = 3.0
_ASKED = re.compile(
    r"\b(?:which|what)\s+((?:[\w-]+(?:,| and| or)?\s+){1,3}?)(?:"
    + "|".join(sorted(ANSWER_TYPES))
    + r")(?:s|es)?\b",
    re.IGNORECASE,
)


def asked_topic(question: str) -> set[str]:
    """Stems of the words that qualify the kind of answer asked for: "recruitment" in "which
    recruitment methods", "overtime" and "wage" in "what overtime and wage problems"."""
    m = _ASKED.search(question)
    return stems(m.group(1)) if m else set()


def _sentences(passage: str) -> list[tuple[str, str]]:
    """(sentence, the Markdown heading it sits under) for each sentence of a passage."""
    out, heading = [], ""
    for sent in split_sentences(passage):
        if sent.lstrip().startswith("#"):
            heading = sent.lstrip("# ").strip()
            continue
        out.append((sent, heading))
    return out


def pick_quotes(
    question: str,
    passages: Sequence[str],
    embed: Callable[[list[str]], np.ndarray],
    *,
    max_quotes: int = 3,
    max_candidates: int = 16,
    kind: str | None = None,
    sources: Sequence[str] | None = None,
) -> list[Quote]:
    """The most relevant distinct sentences, best first.

    Each question word is weighted by how rare it is among the retrieved passages (a word
    every passage shares, such as the country asked about, says little about which sentence
    answers); sentences are pre-ranked by that weighted overlap (the words of their heading
    count half, and so does the overlap of their whole source, `sources` naming the source of
    each passage), with a bonus for holding what the question asks for (a figure for "how
    many", a place for "where", a way for "which methods"), then re-ranked with the cosine
    similarity between sentence and question.
    """
    kind = answer_kind(question) if kind is None else kind
    sign = KIND_SIGNS.get(kind)
    # the kind of answer ("methods", "share") is not a word answers repeat: the kind bonus
    # stands for it, and the topic words carry the weight
    q_stems = stems(question) - KIND_STEMS
    per_passage = [stems(p) for p in passages]
    weight = {
        w: math.log(1 + len(passages) / (1 + sum(w in ps for ps in per_passage))) for w in q_stems
    }
    for w in asked_topic(question) & q_stems:  # "which *recruitment* methods": what it is about
        weight[w] *= TOPIC_WEIGHT
    total = sum(weight.values()) or 1.0
    # how much of the question the sentence's whole source covers: a figure from a report
    # about something else is not the answer ("kidney sellers" vs construction wages)
    held: dict[str, set[str]] = {}
    for src, ps in zip(sources or range(len(passages)), per_passage, strict=True):
        held.setdefault(str(src), set()).update(ps)
    covers = [
        sum(weight[w] for w in held[str(src)] & q_stems) / total
        for src in (sources or range(len(passages)))
    ]
    candidates: list[tuple[float, int, str]] = []
    for n, passage in enumerate(passages, start=1):
        for sent, heading in _sentences(passage):
            if len(content_words(sent)) < 4 or len(sent) > 600:
                continue
            s_stems = stems(sent)
            overlap = sum(weight[w] for w in s_stems & q_stems)
            overlap += HEADING_WEIGHT * sum(weight[w] for w in (stems(heading) - s_stems) & q_stems)
            score = overlap / total + SOURCE_WEIGHT * covers[n - 1] - RANK_STEP * n
            if sign is not None and sign.search(sent):
                score += KIND_BONUS
            if kind == "method" and WAYS.search(f"{heading} {sent}"):
                score += KIND_BONUS  # "Tactics included: …", or under "## Recruitment tactics"
            candidates.append((score, n, sent))
    if not candidates:
        return []
    candidates.sort(key=lambda c: -c[0])
    pool = candidates[:max_candidates]
    vecs = embed([question] + [c[2] for c in pool])
    sims = vecs[1:] @ vecs[0]
    ranked = sorted(
        zip(pool, sims, strict=True), key=lambda x: -(0.5 * float(x[1]) + 0.5 * x[0][0])
    )
    chosen: list[Quote] = []
    chosen_words: list[set[str]] = []
    for (pre, n, sent), sim in ranked:
        words = content_words(sent)
        if any(len(words & w) / max(1, len(words | w)) > 0.6 for w in chosen_words):
            continue
        chosen.append(Quote(n, sent, round(0.5 * float(sim) + 0.5 * pre, 4)))
        chosen_words.append(words)
        if len(chosen) == max_quotes:
            break
    return chosen


def by_source(
    quotes: Sequence[Quote],
    doc_of: Callable[[int], str],
    *,
    max_quotes: int = 3,
    one: bool = False,
    margin: float = 0.85,
) -> list[Quote]:
    """Quotes that answer, the best source first and its quotes together.

    The best quote names the lead source. Another source is quoted only if its best quote
    scores within `margin` of the lead's (a near miss from another report misleads more than
    one quote fewer); with `one` (the question asks for one case or report) only the lead
    source is quoted. Quotes stay grouped by source, sources in order of their best quote.
    """
    if not quotes:
        return []
    lead = quotes[0]
    floor = lead.score * margin if lead.score > 0 else lead.score / margin
    keep_docs: list[str] = []
    for q in quotes:
        d = doc_of(q.n)
        if d in keep_docs:
            continue
        if d == doc_of(lead.n) or (not one and q.score >= floor):
            keep_docs.append(d)
    kept = [q for q in quotes if doc_of(q.n) in keep_docs]
    kept.sort(key=lambda q: keep_docs.index(doc_of(q.n)))  # stable: best first within a source
    return kept[:max_quotes]


QUOTES_HEADING = "The sources you can see say:"


def render_quotes(quotes: Sequence[Quote], names: dict[int, str] | None = None) -> str:
    """The extractive answer text: quotes grouped under the name of their source, each with its
    citation (without names: one quote a line under QUOTES_HEADING)."""
    lines = [QUOTES_HEADING]
    if not names:
        lines += [f"- “{display_quote(q.text)}” [{q.n}]" for q in quotes]
        return "\n".join(lines)
    shown: str | None = None
    for q in quotes:
        if names.get(q.n) != shown:
            shown = names.get(q.n)
            lines.append(f"\n**{shown}**")
        lines.append(f"- “{display_quote(q.text)}” [{q.n}]")
    return "\n".join(lines)
