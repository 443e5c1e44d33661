"""Sentence-level dense scores: a passage scored by its best sentence as well as by its whole.

MiniLM pools a 200-token passage into one vector, so a passage that answers a paraphrased
question in one sentence among five other ideas sits far from the question. Embedding each
sentence on its own and scoring a passage by max(cosine of the passage, cosine of its best
sentence) keeps the whole-passage match and adds the one-sentence match (issue 15 part 3;
measured offline by bench/retrieval_sentence_lab.py, not yet wired into ingest and search).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

# A sentence ends at . ! ? or ; followed by space, or at a line break. Abbreviations such as
# "Mr. X" split too: a short piece is still a fair unit for a max, and never lowers a score.
_BOUNDARY = re.compile(r"(?<=[.!?;])\s+|\n+")


def split_sentences(text: str) -> list[str]:
    """The non-empty sentences of a passage, in order, whitespace-trimmed."""
    return [s.strip() for s in _BOUNDARY.split(text) if s.strip()]


def sentence_units(chunks: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(chunk id, sentence) for every sentence of every (chunk id, text), in order."""
    return [(cid, s) for cid, text in chunks for s in split_sentences(text)]


def best_per_chunk(owners: list[str], sims: np.ndarray) -> dict[str, float]:
    """Each chunk's highest sentence cosine, from its sentences' owners and cosines."""
    best: dict[str, float] = {}
    for cid, s in zip(owners, sims.tolist(), strict=True):
        if s > best.get(cid, -2.0):
            best[cid] = s
    return best


def max_sim(chunk_sims: dict[str, float], sentence_best: dict[str, float]) -> dict[str, float]:
    """Each chunk's dense score: the higher of its own cosine and its best sentence's."""
    return {cid: max(s, sentence_best.get(cid, s)) for cid, s in chunk_sims.items()}
