"""The asked-for noun said in other words, measured at phrase level.

"On what kind of craft did the Filipino fishermen in Hull work?" is answered by a passage about
a "scallop boat"; "Name the eating place where the chef worked" by one about a "takeaway". No
word of the asked-for phrase is in the passage, and WordNet's same-sense words cover "scheme" /
"program" but not "craft" / "boat" or "eating place" / "takeaway". The sentence embedder the hub
already loads (all-MiniLM-L6-v2) scores such pairs close when both are embedded as short phrases:
the asked-for phrase against each noun phrase of a passage (a run of adjectives and nouns ending
in a common noun, and its head noun alone). A phrase at or above the threshold says the passage
names the asked-for thing in other words.

The passages are only tagged (no parser), with the spaCy model the focus check already loads,
and only for a question whose asked-for noun no passage holds as written: the embedder is not
called for other questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

Embed = Callable[[list[str]], np.ndarray]
PHRASE_WORDS = 3  # a noun phrase's last words kept ("refrigerated lorry trailer")
_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})


def noun_phrases(doc: Doc) -> list[str]:
    """Each run of adjectives and nouns ending in a common noun (its last PHRASE_WORDS words,
    lower case), and the noun alone: "scallop boat" and "boat", "karaoke bar" and "bar"."""
    out: list[str] = []
    run: list[str] = []
    for t in doc:
        if t.pos_ in _MODIFIERS and t.is_alpha and not t.is_stop:
            run.append(t.lower_)
            if t.pos_ == "NOUN":
                out.append(" ".join(run[-PHRASE_WORDS:]))
                out.append(t.lower_)
        else:
            run = []
    return list(dict.fromkeys(out))


class PhraseMatcher:
    """Whether a passage's noun phrase says a question's asked-for phrase in other words."""

    def __init__(self, embed: Embed, threshold: float) -> None:
        self._embed = embed
        self.threshold = threshold

    def closest(self, phrase: str, candidates: Iterable[str]) -> float:
        """The highest cosine similarity of `phrase` to any of `candidates` (0 for none)."""
        pool = list(dict.fromkeys(candidates))
        if not pool:
            return 0.0
        vectors = self._embed([phrase.lower(), *pool])
        return float(np.max(vectors[1:] @ vectors[0]))

    def said_otherwise(self, phrase: str, candidates: Sequence[str]) -> bool:
        """Some candidate phrase is at least `threshold` close to `phrase`."""
        return self.closest(phrase, candidates) >= self.threshold
