"""The relevance gate: only news about human trafficking is stored from feeds.

How an item is scored, so anyone can explain a decision:

1. **Similarity.** The item's title and the first ~1000 characters of its text are embedded
   and compared (cosine) with short descriptions of what Lens collects: each trafficking
   type and means of control in `core.taxonomy`, plus a few general anchors ("human
   trafficking and modern slavery", ...). `similarity` is the best match and `label` says
   which description it was.
2. **Keywords.** Distinct trafficking phrases found in the same text ("human trafficking",
   "forced labour", "debt bondage", ...) each add `keyword_weight`, up to `max_keywords` of
   them. The phrases are specific on purpose: "trafficking" alone also means drugs, arms or
   wildlife, and "labour" alone means the labour market.
3. **Decision.** `score = similarity + keyword_weight * min(hits, max_keywords)`; the item is
   relevant when `score >= threshold`.

`DEFAULT_THRESHOLD` was calibrated with all-MiniLM-L6-v2 on demo/eval/relevance.jsonl (news-like
items labelled by hand, with hard negatives such as drug and wildlife trafficking, human
resources and labour market statistics); `bench/relevance.py` reproduces the sweep and reports
precision and recall. Another embedder needs its own calibration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from core.taxonomy import MEANS_OF_CONTROL, TRAFFICKING_TYPES

if TYPE_CHECKING:
    from retrieval.embedder import Embedder

DEFAULT_THRESHOLD = 0.45
KEYWORD_WEIGHT = 0.15
MAX_KEYWORDS = 2
TEXT_CHARS = 1000

ANCHORS: tuple[tuple[str, str], ...] = (
    ("trafficking", "human trafficking and modern slavery of people"),
    ("victims", "victims of trafficking rescued, supported or giving evidence"),
    ("recruitment", "workers deceived by recruiters, charged fees and exploited abroad"),
    ("prosecution", "people exploited by traffickers who were charged or convicted"),
)

KEYWORDS: tuple[str, ...] = (
    "human trafficking",
    "trafficking in persons",
    "trafficking victim",
    "victims of trafficking",
    "victim of trafficking",
    "anti-trafficking",
    "sex trafficking",
    "labour trafficking",
    "labor trafficking",
    "child trafficking",
    "trafficked women",
    "trafficked children",
    "trafficked girls",
    "trafficked people",
    "trafficking of women",
    "trafficking of children",
    "trafficking of girls",
    "modern slavery",
    "forced labour",
    "forced labor",
    "bonded labour",
    "bonded labor",
    "debt bondage",
    "domestic servitude",
    "forced prostitution",
    "forced into prostitution",
    "sexual exploitation",
    "labour exploitation",
    "labor exploitation",
    "criminal exploitation",
    "forced marriage",
    "forced begging",
    "forced to beg",
    "child labour",
    "child labor",
    "removal of organs",
    "organ trafficking",
    "recruitment fees",
    "passports confiscated",
    "withheld their passports",
    "kept their passports",
)


@dataclass(frozen=True)
class Verdict:
    """The gate's decision on one item and the reasons for it."""

    relevant: bool
    score: float
    similarity: float
    label: str
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def explain(self) -> str:
        """One line: the score and what it is made of."""
        hits = ", ".join(self.keywords) or "none"
        return (
            f"score {self.score:.3f} = similarity {self.similarity:.3f} to {self.label!r} + "
            f"keywords ({hits}); {'relevant' if self.relevant else 'not relevant'}"
        )


def label_descriptions() -> list[tuple[str, str]]:
    """(label, description) pairs the item text is compared with."""
    pairs = [(f"type:{lbl.key}", lbl.description) for lbl in TRAFFICKING_TYPES]
    pairs += [(f"means:{lbl.key}", lbl.description) for lbl in MEANS_OF_CONTROL]
    pairs += [(f"anchor:{key}", text) for key, text in ANCHORS]
    return pairs


def item_text(title: str, text: str) -> str:
    """What the gate reads: the title and the start of the text."""
    return f"{title.strip()}\n{text.strip()[:TEXT_CHARS]}".strip()


class RelevanceGate:
    """Decides whether a news item is about human trafficking (see the module docstring)."""

    def __init__(
        self,
        embedder: Embedder,
        threshold: float = DEFAULT_THRESHOLD,
        keywords: Iterable[str] = KEYWORDS,
        *,
        keyword_weight: float = KEYWORD_WEIGHT,
        max_keywords: int = MAX_KEYWORDS,
    ) -> None:
        self.embedder = embedder
        self.threshold = threshold
        self.keywords = tuple(k.lower() for k in keywords)
        self.keyword_weight = keyword_weight
        self.max_keywords = max_keywords
        self._patterns = [
            re.compile(r"(?<!\w)" + re.escape(k).replace(r"\ ", r"\s+") + r"(?!\w)")
            for k in self.keywords
        ]
        self._labels: list[str] | None = None
        self._matrix: np.ndarray | None = None

    def _label_matrix(self) -> tuple[list[str], np.ndarray]:
        """Label vectors, embedded once on first use."""
        if self._labels is None or self._matrix is None:
            pairs = label_descriptions()
            self._labels = [key for key, _ in pairs]
            self._matrix = np.asarray(self.embedder.embed([d for _, d in pairs]))
        return self._labels, self._matrix

    def keyword_hits(self, text: str) -> tuple[str, ...]:
        """Distinct trafficking phrases found in `text` (case-insensitive, whole words)."""
        lowered = text.lower()
        return tuple(
            k for k, p in zip(self.keywords, self._patterns, strict=True) if p.search(lowered)
        )

    def similarities(self, texts: list[str]) -> list[tuple[float, str]]:
        """Best cosine similarity to a label description, and that label, per text."""
        if not texts:
            return []
        labels, matrix = self._label_matrix()
        sims = np.asarray(self.embedder.embed(texts)) @ matrix.T
        best = sims.argmax(axis=1)
        return [(float(sims[i, j]), labels[j]) for i, j in enumerate(best)]

    def assess_many(self, items: list[tuple[str, str]]) -> list[Verdict]:
        """Verdicts for (title, text) pairs, embedded in one batch."""
        texts = [item_text(title, text) for title, text in items]
        out = []
        for text, (sim, label) in zip(texts, self.similarities(texts), strict=True):
            hits = self.keyword_hits(text)
            score = sim + self.keyword_weight * min(len(hits), self.max_keywords)
            out.append(
                Verdict(score >= self.threshold, round(score, 4), round(sim, 4), label, hits)
            )
        return out

    def assess(self, title: str, text: str) -> Verdict:
        """The verdict on one item."""
        return self.assess_many([(title, text)])[0]
