"""The grounded fallback: answer by quoting the most relevant sentences of the top passages.

Candidate sentences are pre-ranked cheaply (content-word overlap with the question, passage
rank), then the best few are embedded and ranked by cosine similarity to the question.
Quotes are verbatim from retrieved passages, so every citation holds by construction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.citations import content_words, split_sentences


@dataclass(frozen=True)
class Quote:
    """A verbatim sentence from passage number `n` (1-based)."""

    n: int
    text: str
    score: float


def stems(text: str) -> set[str]:
    """Content words cut to five letters: a crude stemmer that joins recruiter/recruited."""
    return {w[:5] for w in content_words(text)}


def pick_quotes(
    question: str,
    passages: Sequence[str],
    embed: Callable[[list[str]], np.ndarray],
    *,
    max_quotes: int = 3,
    max_candidates: int = 16,
) -> list[Quote]:
    """The most relevant distinct sentences, best first.

    Each question word is weighted by how rare it is among the retrieved passages (a word
    every passage shares, such as the country asked about, says little about which sentence
    answers); sentences are pre-ranked by that weighted overlap, then re-ranked with the
    cosine similarity between sentence and question.
    """
    q_stems = stems(question)
    per_passage = [stems(p) for p in passages]
    weight = {
        w: math.log(1 + len(passages) / (1 + sum(w in ps for ps in per_passage))) for w in q_stems
    }
    total = sum(weight.values()) or 1.0
    candidates: list[tuple[float, int, str]] = []
    for n, passage in enumerate(passages, start=1):
        for sent in split_sentences(passage):
            if sent.lstrip().startswith("#") or len(content_words(sent)) < 4 or len(sent) > 600:
                continue
            overlap = sum(weight[w] for w in stems(sent) & q_stems) / total
            candidates.append((overlap - 0.01 * n, n, sent))
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
    for (_, n, sent), sim in ranked:
        words = content_words(sent)
        if any(len(words & w) / max(1, len(words | w)) > 0.6 for w in chosen_words):
            continue
        chosen.append(Quote(n, sent, round(float(sim), 4)))
        chosen_words.append(words)
        if len(chosen) == max_quotes:
            break
    return chosen


QUOTES_HEADING = "The sources you can see say:"


def render_quotes(quotes: Sequence[Quote]) -> str:
    """The extractive answer text, one quote a line with its citation."""
    lines = [QUOTES_HEADING]
    lines += [f"- “{q.text}” [{q.n}]" for q in quotes]
    return "\n".join(lines)
