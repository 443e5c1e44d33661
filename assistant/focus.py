"""What a question asks about, and whether the retrieved passages mention it at all.

Dense retrieval always returns the nearest passages. Asked "Which football club sponsors the
Lagos safe house?", it finds passages about the Lagos safe house, and a quote from them would
read like an answer although no source names a football club. So the answerer finds the
question's *focus*, the noun phrase its question word asks for, and checks that some
retrieved passage mentions it:

- "Which football club …", "What surrogacy cases …"  -> the noun after which/what;
- "What is the annual budget of …"                  -> the subject of "what is";
- "How many tigers …"                               -> the counted noun;
- "What did the audit find about pesticide residues" -> the object of "about".

The head noun and the nouns compounded with it ("football club", "surrogacy trafficking
cases") must all occur in one passage, as written or as a lemma ("women" / "woman",
"foreigners" / "foreign"). Adjectives are left out ("annual", "hourly"), and so are nouns that
name the *kind* of answer rather than its topic ("which tactics", "what share", "which
cities"): the passage answering "which cities" names cities, it does not say "cities".

The parse comes from the spaCy model the redactor already ships (parser and lemmatizer; no
download), loaded once per process on first use.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

# Nouns that say what kind of thing the answer is, not what it is about. A question asking for
# one of these is answered by instances ("Chennai and Kolkata" for "which cities"), which
# seldom repeat the noun itself.
ANSWER_TYPES = frozenset(
    # ways and means
    "way method means tactic technique approach strategy practice pattern trick mechanism"
    " process step action measure"
    # kinds and parts
    " kind type sort form category example part role aspect feature element"
    # problems, signs and evidence
    " problem issue abuse risk concern sign warning indicator evidence finding factor reason"
    " cause condition circumstance situation case detail information thing"
    # quantities
    " share proportion percentage rate number amount sum total figure size level quantity"
    # people and organisations in general
    " people person individual organisation organization group firm company business body"
    # places and times
    " country nationality place location region area city town village district province"
    " state route destination time year month day period date".split()
)

WH_DETERMINERS = frozenset({"what", "which", "whose"})
MIN_PREFIX = 5  # "foreign" matches "foreigners"; shorter words must match whole
_WORD = re.compile(r"\w[\w'-]*")


@dataclass(frozen=True)
class Focus:
    """One thing a question asks about: `phrase` as written, `words` the nouns that must be
    found (each as its lower-cased forms: surface and lemma)."""

    phrase: str
    words: tuple[frozenset[str], ...]
    context: tuple[frozenset[str], ...] = ()  # the question's other nouns


class FocusFinder:
    """Finds a question's focus and checks passages for it. Safe to share between threads."""

    def __init__(self, spacy_model: str) -> None:
        self.spacy_model = spacy_model
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Language:
        with self._lock:
            if self._nlp is None:
                import spacy

                self._nlp = spacy.load(self.spacy_model, exclude=["ner"])
            return self._nlp

    def focus(self, question: str) -> list[Focus]:
        """The noun phrases the question asks about (none for "how did …", "what happened …")."""
        nlp = self.nlp
        with self._lock:
            doc = nlp(question)
        found: list[Focus] = []
        nouns_of_question = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
        for token in doc:
            head = _asked_noun(token)
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
            nouns = [head] + [
                t
                for t in head.subtree
                if t.i < head.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nmod")
            ]
            words = tuple(_forms(t) for t in nouns if _topical(t))
            if words:
                start = min(t.i for t in nouns)
                context = tuple(
                    _forms(t) for t in nouns_of_question if t not in nouns and _topical(t)
                )
                found.append(Focus(doc[start : head.i + 1].text, words, context))
        return found

    def unmentioned(self, question: str, passages: Sequence[str]) -> list[str]:
        """The focus phrases of `question` that no passage mentions, in question order."""
        focus = self.focus(question)
        if not focus:
            return []
        words = [set(_WORD.findall(p.lower())) for p in passages]
        missing = [f for f in focus if not any(_mentions(f, w) for w in words)]
        if missing:  # irregular forms ("women" for "woman"): look again at the lemmas
            nlp = self.nlp
            with self._lock:
                docs = list(nlp.pipe(passages, disable=["parser"]))
            lemmas = [w | {t.lemma_.lower() for t in d} for w, d in zip(words, docs, strict=True)]
            missing = [f for f in missing if not any(_mentions(f, w) for w in lemmas)]
        return [f.phrase for f in missing]


def _asked_noun(token: Token) -> Token | None:
    """The noun a question word asks for, if `token` is a question word that asks for one."""
    word, dep, head = token.lower_, token.dep_, token.head
    if word in WH_DETERMINERS and dep == "det":  # which football club, what fees
        return head
    after_how = token.i > 0 and token.nbor(-1).lower_ == "how"
    if word in ("many", "much") and after_how and dep == "amod":
        return head  # how many tigers
    if word in ("what", "which", "who") and dep == "attr" and head.lemma_ == "be":
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects[0] if subjects else None  # what is the annual budget of …
    if word == "about" and dep == "prep" and head.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if objects and any(c.lower_ in ("what", "anything") for c in head.children):
            return objects[0]  # what did the audit find about pesticide residues
    return None


def _topical(token: Token) -> bool:
    """A noun about the topic, not one naming the kind of answer (ANSWER_TYPES)."""
    return token.lemma_.lower() not in ANSWER_TYPES


def _forms(token: Token) -> frozenset[str]:
    return frozenset({token.lower_, token.lemma_.lower()})


def _mentions(focus: Focus, passage_words: set[str]) -> bool:
    """Every word of the focus is in the passage (a shared prefix of 5+ letters counts), and
    so is at least one of the question's other nouns: "bank" in a passage about a car wash
    does not answer "which bank did the Dindigul mill use"."""
    return all(_found(forms, passage_words) for forms in focus.words) and (
        not focus.context or any(_found(forms, passage_words) for forms in focus.context)
    )


def _found(forms: Iterable[str], passage_words: set[str]) -> bool:
    for form in forms:
        if form in passage_words:
            return True
        if len(form) >= MIN_PREFIX and any(
            (w.startswith(form) or (len(w) >= MIN_PREFIX and form.startswith(w)))
            for w in passage_words
        ):
            return True
    return False


def describe(phrases: Sequence[str]) -> str:
    """“football club” / “surrogacy cases” or “tigers”, for the reply."""
    return " or ".join(f"“{p}”" for p in phrases)


__all__ = ["ANSWER_TYPES", "Focus", "FocusFinder", "describe"]
