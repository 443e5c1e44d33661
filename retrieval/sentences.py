"""Sentence-level dense scores: a passage scored by its best sentence as well as by its whole.

MiniLM pools a 200-token passage into one vector, so a passage that answers a paraphrased
question in one sentence among five other ideas sits far from the question. Each sentence of a
passage is embedded on its own at ingest (`embed_passages`), stored beside the passage's vector
with the same access metadata (`retrieval.sentence_store`), and a search scores a passage by
max(cosine of the passage, cosine of its best sentence) before fusion (issue 15 part 3; the
offline lab is bench/retrieval_sentence_lab.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from retrieval.embedder import Embedder

# A sentence ends at . ! ? or ; followed by space, or at a line break. Abbreviations such as
# "Mr. X" split too: a short piece is still a fair unit for a max, and never lowers a score.
_BOUNDARY = re.compile(r"(?<=[.!?;])\s+|\n+")

# A sentence vector's id is its passage's chunk id, this separator and its position.
SEPARATOR = "/s"


def split_sentences(text: str) -> list[str]:
    """The non-empty sentences of a passage, in order, whitespace-trimmed."""
    return [s.strip() for s in _BOUNDARY.split(text) if s.strip()]


def sentence_units(chunks: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(chunk id, sentence) for every sentence of every (chunk id, text), in order."""
    return [(cid, s) for cid, text in chunks for s in split_sentences(text)]


def own_sentences(text: str) -> list[str]:
    """The sentences of a passage that get vectors of their own: none when the passage is a
    single sentence (its vector would be the passage's, which the search already has)."""
    parts = split_sentences(text)
    return parts if len(parts) > 1 else []


def sentence_id(chunk_id: str, position: int) -> str:
    """The vector id of a passage's sentence."""
    return f"{chunk_id}{SEPARATOR}{position:03d}"


def chunk_of(vector_id: str) -> str:
    """The chunk id a sentence vector belongs to."""
    return vector_id.rsplit(SEPARATOR, 1)[0]


@dataclass
class SentenceVectors:
    """The sentence vectors of a list of passages: `owners[i]` is the index, in that list, of
    the passage that sentence row `i` belongs to; rows of one passage are consecutive."""

    owners: list[int] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    def __len__(self) -> int:
        return len(self.owners)

    def for_passages(self, start: int, stop: int) -> SentenceVectors:
        """The sentences of passages start..stop-1, owners counted from `start`."""
        rows = [i for i, o in enumerate(self.owners) if start <= o < stop]
        return SentenceVectors([self.owners[i] - start for i in rows], self.vectors[rows])

    def ids(self, chunk_ids: Sequence[str]) -> list[str]:
        """Vector ids, given the chunk id of each passage."""
        seen: dict[int, int] = {}
        out: list[str] = []
        for owner in self.owners:
            out.append(sentence_id(chunk_ids[owner], seen.get(owner, 0)))
            seen[owner] = seen.get(owner, 0) + 1
        return out

    @staticmethod
    def join(parts: Sequence[SentenceVectors | None], sizes: Sequence[int]) -> SentenceVectors:
        """One batch from per-document parts (`sizes`: each part's passage count)."""
        owners: list[int] = []
        vecs: list[np.ndarray] = []
        offset = 0
        for part, size in zip(parts, sizes, strict=True):
            if part is not None and len(part):
                owners += [o + offset for o in part.owners]
                vecs.append(part.vectors)
            offset += size
        if not vecs:
            return SentenceVectors()
        return SentenceVectors(owners, np.concatenate(vecs).astype(np.float32, copy=False))


def _units(texts: list[str]) -> tuple[list[int], list[str]]:
    owners: list[int] = []
    sentences: list[str] = []
    for i, text in enumerate(texts):
        own = own_sentences(text)
        owners += [i] * len(own)
        sentences += own
    return owners, sentences


def embed_passages(embedder: Embedder, texts: list[str]) -> tuple[np.ndarray, SentenceVectors]:
    """Passage vectors and sentence vectors in one embedder call (one batch stream)."""
    owners, sentences = _units(texts)
    vecs = embedder.embed(list(texts) + sentences)
    return vecs[: len(texts)], SentenceVectors(owners, vecs[len(texts) :])


def embed_sentences(embedder: Embedder, texts: list[str]) -> SentenceVectors:
    """Sentence vectors alone, for passages whose own vectors are already stored."""
    owners, sentences = _units(texts)
    if not sentences:
        return SentenceVectors()
    return SentenceVectors(owners, embedder.embed(sentences))


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


def dense_scores(
    chunk_sims: dict[str, float], sentence_best: dict[str, float], depth: int
) -> list[tuple[str, float]]:
    """The dense list fusion takes: passages scored by max-sim, those reached through a
    sentence only scored by it, best first, cut at `depth` (ties by id, stable)."""
    scored = max_sim(chunk_sims, sentence_best)
    for cid, s in sentence_best.items():
        scored.setdefault(cid, s)
    return sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:depth]
