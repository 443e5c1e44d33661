"""Checking that every citation holds.

A generated answer is split into sentences. For each sentence:
- every `[n]` must name a passage that was retrieved for this question (1..len(passages));
  anything else is an invalid citation and is never shown;
- the sentence must be supported by at least one passage it cites. Support is the larger of
  (a) lexical support: the share of the sentence's content words found in the passage, and
  (b) semantic support: cosine similarity between the sentence and the passage's closest
  sentence (same embedder as retrieval);
  and any number in the sentence must appear in the cited passage (misattributed figures are
  the commonest small-model error).
Sentences without a citation are unsupported unless they say the sources do not cover it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

_CITE = re.compile(r"\[(\d{1,3})(?:\s*,\s*(\d{1,3}))*\]")
_CITE_NUMS = re.compile(r"\d{1,3}")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(<A-Z0-9])|\n+")
_WORD = re.compile(r"[^\W_]+")
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
_NUMBER = re.compile(r"(?<![\w<])\d[\d,.]*\d|(?<![\w<_])\d(?![\w>])")
STOP = frozenset(
    "a an and are as at be by for from has have had in is it its of on or that the this to "
    "was were with which who whom whose what when where how not no also their there they them "
    "these those been being into than then such some any all about over under after before "
    "between during while per can could would should may might will said says according "
    "reported report reports source sources passage".split()
)
DECLINE = re.compile(r"not in the sources|do not (?:cover|say)|does not (?:say|mention)", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage or an answer (placeholders like <PERSON_1> are kept whole)."""
    return [s.strip() for s in _SENT_SPLIT.split(text) if s and s.strip()]


_LIST_MARK = re.compile(r"^\s*(?:[-*+•>]|\d{1,2}[.)])\s+")
_EMPHASIS = re.compile(r"\*\*|__|`")


def display_quote(sentence: str) -> str:
    """A quoted sentence as it is shown: the source's words without a list marker or Markdown
    emphasis ("- **Debt bondage.** 29 crew …" reads "Debt bondage. 29 crew …"), which would
    otherwise break the Markdown of the answer around it), and without a double quote mark
    left unpaired at either end by the sentence split ('"People forced ...' would show as
    “"People forced ...”)."""
    shown = _EMPHASIS.sub("", _LIST_MARK.sub("", sentence)).strip()
    if sum(shown.count(mark) for mark in '"“”') % 2:
        if shown[:1] in '"“':
            shown = shown[1:].lstrip()
        elif shown[-1:] in '"”':
            shown = shown[:-1].rstrip()
    return shown


def content_words(text: str) -> set[str]:
    """Lower-case content words, light plural stripping, placeholders and stop words out."""
    words = set()
    for w in _WORD.findall(_PLACEHOLDER.sub(" ", _CITE.sub(" ", text)).lower()):
        if w in STOP or len(w) < 3 or w.isdigit():
            continue
        words.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return words


def numbers(text: str) -> set[str]:
    """Numbers written in a text, normalised (commas dropped)."""
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(_CITE.sub(" ", text))}


def lexical_support(sentence: str, passage: str) -> float:
    """Share of the sentence's content words present in the passage."""
    words = content_words(sentence)
    if not words:
        return 0.0
    return len(words & content_words(passage)) / len(words)


@dataclass
class CheckedSentence:
    """One sentence of an answer and the verdict on it."""

    text: str  # without citation markers
    cited: list[int]  # valid passage numbers cited (1-based)
    invalid: list[int]  # cited numbers that name no retrieved passage
    support: float
    supported: bool


@dataclass
class CheckResult:
    """The verdict on a whole answer."""

    sentences: list[CheckedSentence] = field(default_factory=list)

    @property
    def passes(self) -> bool:
        """Every sentence supported, no invalid citation, at least one cited claim."""
        return (
            bool(self.sentences)
            and all(s.supported and not s.invalid for s in self.sentences)
            and any(s.cited for s in self.sentences)
        )

    @property
    def declined(self) -> bool:
        """The model said the sources do not cover the question."""
        return bool(self.sentences) and all(DECLINE.search(s.text) for s in self.sentences)


class CitationChecker:
    """Verifies `[n]` citations against the passages retrieved for this question."""

    def __init__(
        self, embed: Callable[[list[str]], np.ndarray] | None, threshold: float = 0.5
    ) -> None:
        self.embed = embed
        self.threshold = threshold

    def support(self, sentence: str, passage: str) -> float:
        """Support of one sentence by one passage, in [0, 1]."""
        if not numbers(sentence) <= numbers(passage):
            return 0.0
        score = lexical_support(sentence, passage)
        if score >= self.threshold or self.embed is None:
            return score
        candidates = split_sentences(passage) or [passage]
        vecs = self.embed([sentence, *candidates])
        return max(score, float(np.max(vecs[1:] @ vecs[0])))

    def check(self, answer: str, passages: Sequence[str]) -> CheckResult:
        """Check each sentence of an answer against the passages it cites."""
        result = CheckResult()
        for raw in split_sentences(answer):
            nums = [int(n) for m in _CITE.finditer(raw) for n in _CITE_NUMS.findall(m.group(0))]
            text = " ".join(_CITE.sub(" ", raw).split())
            text = re.sub(r"\s+([.,;:!?])", r"\1", text)
            if not text or not _WORD.search(text):
                continue
            valid = sorted({n for n in nums if 1 <= n <= len(passages)})
            invalid = sorted({n for n in nums if not 1 <= n <= len(passages)})
            if DECLINE.search(text) and not valid:
                result.sentences.append(CheckedSentence(text, [], invalid, 1.0, True))
                continue
            best = max((self.support(text, passages[n - 1]) for n in valid), default=0.0)
            result.sentences.append(
                CheckedSentence(text, valid, invalid, round(best, 3), best >= self.threshold)
            )
        return result
