"""What a question asks about, and whether the retrieved passages mention it at all.

Dense retrieval always returns the nearest passages. Asked "Which football club sponsors the
Lagos safe house?", it finds passages about the Lagos safe house, and a quote from them would
read like an answer although no source names a football club. So the answerer finds the
question's *focus*, the noun phrase its question word asks for, and checks a passage has it:

- "Which football club …", "What surrogacy cases …"  -> the noun after which/what;
- "What is the annual budget of …"                  -> the subject of "what is";
- "How many tigers …"                               -> the counted noun;
- "What did the audit find about pesticide residues" -> the object of "about".

The head noun and the nouns compounded with it ("football club", "surrogacy trafficking
cases") must all occur in one passage, as written or as a lemma ("women" / "woman",
"foreigners" / "foreign"). Adjectives are left out ("annual", "hourly"), and so are nouns that
name the *kind* of answer rather than its topic ("which tactics", "what share", "which
cities"): the passage answering "which cities" names cities, it does not say "cities".

With the asker's corpus counts, the check also reports topic words of the whole question
(relative clauses included) that no visible chunk holds, apps and payment services named as a
means ("paid through M-Pesa"). en_core_web_md's 20k pruned vectors were measured for paraphrase
and left out (deckhands/crew 0.01, boat/vessel 0.17, but liver/kidney 0.75, mica/cobalt 0.44).
The parse comes from the spaCy model the redactor ships, loaded once per process on first use.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.absent_phrases import (
    PassageText,
    absent_names,
    lone_name,
    named_thing,
    said_in,
    unknown_names,
    unmet_pairs,
)
from assistant.passage_places import country_words
from assistant.place_pairs import unpaired_places
from assistant.question_shape import answer_kind, asks_for_one, describe, strip_frame
from assistant.question_words import (
    ANSWER_TYPES,
    COMMON,
    FRAME_WORDS,
    RARE,
    CorpusCount,
    found_in,
    is_content,
    is_topical,
    match_forms,
    word_forms,
)
from assistant.word_relations import token_narrower

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

WH_DETERMINERS = frozenset({"what", "which", "whose"})
_WORD = re.compile(r"\w+(?:['-]\w+)*")  # no closing mark: 'Jade Touch Spa'
COVERED = 3  # telling words of the question one passage must hold to vouch by coverage
COVERED_SHARE = 0.75  # ... and the share of them it must hold
CORROBORATION = 2  # rare words of the question one passage must hold to vouch for it


@dataclass(frozen=True)
class Focus:
    """One thing a question asks about: `phrase` as written, `words` its nouns' forms to find."""

    phrase: str
    words: tuple[frozenset[str], ...]
    context: tuple[frozenset[str], ...] = ()  # the question's other nouns
    start: int = 0  # token span of the phrase in the question
    end: int = 0
    kinds: tuple[frozenset[str], ...] = ()  # per word, what names an instance ("aunt")


@dataclass(frozen=True)
class Gap:
    """A phrase no passage mentions and its check ("asked-for noun", "absent topic", "absent name",
    "unknown name", "unmet pair", "unpaired place"): the answer's `checks`, for the bench."""

    phrase: str
    check: str


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
        """The noun phrases the question asks for (none for "how did …", "what happened …")."""
        nlp = self.nlp
        with self._lock:
            doc = nlp(question)
        return self._focus(doc)

    @staticmethod
    def _focus(doc: Doc, corpus: CorpusCount | None = None) -> list[Focus]:
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
            topical = [t for t in nouns if is_topical(t)]
            words = tuple(match_forms(t, corpus) for t in topical)
            own = {w for t in doc for w in (t.lower_, t.lemma_.lower())}
            kinds = tuple(token_narrower(t) - own if t is head else frozenset() for t in topical)
            if words:
                start = min(t.i for t in nouns)
                context = tuple(
                    match_forms(t, corpus)
                    for t in nouns_of_question
                    if t not in nouns and is_topical(t)
                )
                span = doc[start : head.i + 1].text
                found.append(Focus(span, words, context, start, head.i + 1, kinds))
        return found

    def unmentioned(
        self,
        question: str,
        passages: Sequence[str],
        corpus: CorpusCount | None = None,
        countries: Sequence[set[str]] | None = None,
        cities: Sequence[set[str]] | None = None,
    ) -> list[str]:
        """The phrases of `gaps`: what the question asks for or about that no passage holds."""
        return [g.phrase for g in self.gaps(question, passages, corpus, countries, cities)]

    def gaps(
        self,
        question: str,
        passages: Sequence[str],
        corpus: CorpusCount | None = None,
        countries: Sequence[set[str]] | None = None,
        cities: Sequence[set[str]] | None = None,
    ) -> list[Gap]:
        """What `question` asks for or about that no passage mentions, in order, with its check.

        Two checks. The *asked-for* noun ("which football club") must occur in a passage with
        one of the question's other nouns. With `corpus` (how many chunks the asker may see
        contain a word), a *topic* noun ("which case involved a cruise ship crew") that occurs
        in no passage and nowhere else the asker can see is reported too, unless a passage
        holds two of the question's rarer words, which says the question is about that passage
        in other words ("deckhands who were not allowed ashore" for a fishing crew kept on
        board). `countries` (per passage, as country codes) and `cities` (lower case) add the
        places a passage's record holds to those its text names (assistant/passage_places.py).
        """
        nlp = self.nlp
        with self._lock:
            doc = nlp(question)
        focus = self._focus(doc, corpus)
        words = [set(_WORD.findall(p.lower())) for p in passages]
        for w, codes in zip(words, countries or (), strict=False):
            w |= country_words(codes)  # "Ugandan survey" for a passage about Uganda
        for w, towns in zip(words, cities or (), strict=False):
            w |= {part for town in towns for part in town.split()}  # a record's city column
        text = PassageText(passages)  # lower-cased and squashed once for every name
        missing = [
            f for f in focus if not any(_mentions(f, w) for w in words) and not _named_in(f, text)
        ]
        phrases = [(f.start, f.phrase) for f in missing]
        labels = {f.phrase: "asked-for noun" for f in missing}
        if corpus is not None:
            taken = {i for f in focus for i in range(f.start, f.end)}
            absent = _absent_topics(doc, taken, words, corpus)
            by_token = dict.fromkeys((t.i for t in absent), "absent topic")
            more = absent_names(doc, taken, absent, text, corpus)
            absent += _labelled(more, "absent name", by_token)
            more = unknown_names(doc, taken, absent, text, corpus)
            absent += _labelled(more, "unknown name", by_token)
            absent += _labelled(
                unmet_pairs(doc, taken, absent, words, corpus), "unmet pair", by_token
            )
            absent.sort(key=lambda t: t.i)
            if absent and not _corroborated(doc, absent, words, corpus):
                found = _phrases(absent)
                phrases += found
                for start, phrase in found:
                    inside = [i for i in sorted(by_token) if i >= start]
                    labels.setdefault(phrase, by_token[inside[0]] if inside else "absent topic")
            elif not absent and not phrases:
                paired = unpaired_places(
                    doc,
                    passages,
                    words,
                    corpus,
                    common=COMMON,
                    content=is_content,
                    forms=lambda t: match_forms(t, corpus),
                    found=found_in,
                    countries=countries,
                    cities=cities,
                )
                phrases += paired
                labels.update((p, "unpaired place") for _, p in paired)
        out = [p for _, p in sorted(dict(phrases).items())]
        return [Gap(p, labels.get(p, "focus")) for p in out]


def _labelled(tokens: list[Token], check: str, by_token: dict[int, str]) -> list[Token]:
    """`tokens`, each recorded in `by_token` as found by `check` unless an earlier check was."""
    for t in tokens:
        by_token.setdefault(t.i, check)
    return tokens


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


def _named_in(focus: Focus, passages: PassageText) -> bool:
    """A focus that is a name of several words ("Caring Hands Home Care") is in a passage that
    writes it with other spacing or punctuation ("Caring Hands Homecare"). A plain noun
    ("fines", "rent") must still meet the question's other nouns (`_mentions`)."""
    names = focus.phrase.split()
    return (
        len(names) >= 2 and any(w[:1].isupper() for w in names) and said_in(focus.phrase, passages)
    )


def _mentions(focus: Focus, passage_words: set[str]) -> bool:
    """Every word of the focus is in the passage (a shared prefix of 5+ letters counts) or an
    instance of it is ("an aunt" for "which relative"), and so is at least one of the question's
    other nouns: "bank" in a passage about a car wash does not answer "which bank did the
    Dindigul mill use"."""
    kinds = focus.kinds or (frozenset(),) * len(focus.words)
    return all(
        found_in(forms, passage_words) or not kind.isdisjoint(passage_words)
        for forms, kind in zip(focus.words, kinds, strict=True)
    ) and (not focus.context or any(found_in(forms, passage_words) for forms in focus.context))


def _absent_topics(
    doc: Doc, taken: set[int], words: list[set[str]], corpus: CorpusCount
) -> list[Token]:
    """Topic words of the question (not the asked-for phrase) that no passage holds and at
    most SCARCE chunks the asker may see contain. Proper nouns count only where they name a
    thing (named_thing) or stand alone (lone_name: a brand or body the question's redaction
    kept): names of people are redacted from the corpus and from the question, so a run of
    names says nothing here, and places are the gazetteer check's."""
    from core.gazetteer import find_places

    places = {
        t.i for p in find_places(doc.text) for t in doc.char_span(p.start, p.end, "expand") or ()
    }
    out = []
    for t in doc:
        if t.i in taken or not is_content(t):
            continue
        if not t.text.islower() and (t.i in places or not (named_thing(t) or lone_name(t))):
            continue
        # the small parser mis-tags short questions ("a tattoo parlour": ADV, ADJ), so any
        # lower-case word but a verb or an -ly adverb counts, and a gerund used as a noun
        verb = t.pos_ in ("VERB", "AUX") and not (
            t.tag_ == "VBG" and t.dep_ in ("pobj", "dobj", "compound")
        )
        if verb or t.lower_.endswith("ly"):
            continue
        if any(found_in(match_forms(t, corpus), w) for w in words):
            continue  # as written, or under another name ("deckhands": "seamen")
        forms = word_forms(t)
        # "glove maker" for a glove factory: a rare modifier a passage holds says the absent head
        # is a paraphrase; a common one ("child labour ombudsman", "drug mules") says nothing
        modifiers = [c for c in t.children if c.dep_ == "compound" and corpus(c.lower_) <= RARE]
        if modifiers and any(found_in(match_forms(c, corpus), w) for c in modifiers for w in words):
            continue
        if all(corpus(f) == 0 for f in forms if len(f) >= 3):
            out.append(t)
    return out


def _corroborated(
    doc: Doc, absent: list[Token], words: list[set[str]], corpus: CorpusCount
) -> bool:
    """One passage holds a rare name of the question (Northampton, Ambon) and one of its
    other telling words if it has any, or CORROBORATION of its other rare words: the question
    is then about that passage, the absent word a paraphrase ("carers" for the care workers
    of a Northampton care provider)."""
    gone = {t.i for t in absent}
    rare = [
        # a name as typed: the small parser tags lower-case nouns PROPN in short questions
        (word_forms(t), t.pos_ == "PROPN" and not t.text.islower())
        for t in doc
        if t.i not in gone
        and t.is_alpha
        and len(t) >= 3
        and not t.is_stop
        and t.lemma_.lower() not in FRAME_WORDS
        and 0 < corpus(t.lower_) <= RARE
    ]
    # a rare name vouches unless the passage lacks every other telling word of the question
    # (an unmet pair's words included: "Foggia tomato pickers"): the Madagascar profile does
    # not make "harvest cinnamon in Madagascar" a paraphrase
    others = [
        word_forms(t)
        for t in doc
        if (t.i not in gone or corpus(t.lower_) > 0)
        and is_content(t)
        and (t.pos_ != "PROPN" or t.text.islower())
        and 0 < corpus(t.lower_) < COMMON
    ]
    telling = {
        t.lemma_.lower(): word_forms(t)
        for t in doc
        if t.i not in gone and is_content(t) and 0 < corpus(t.lower_) < COMMON
    }
    for w in words:
        if _covers(telling, w):
            return True
        held = [name for forms, name in rare if found_in(forms, w)]
        if len(held) >= CORROBORATION:
            return True
        # with no other telling word, a rare name alone does not vouch: "vineyards in
        # Georgia" over the Georgia profile is a near miss, not a paraphrase
        if any(held) and others and any(found_in(forms, w) for forms in others):
            return True
    return False


def _covers(telling: dict[str, frozenset[str]], passage_words: set[str]) -> bool:
    """One passage holds at least COVERED of the question's other telling words and nearly
    all of them (COVERED_SHARE): the question retells that passage, and its absent word is a
    paraphrase ("a courier company" for a logistics firm whose drivers were fined in zloty).
    A question with fewer telling words says too little to vouch for a passage this way."""
    if len(telling) < COVERED:
        return False
    held = sum(found_in(forms, passage_words) for forms in telling.values())
    return held >= COVERED and held >= COVERED_SHARE * len(telling)


def _phrases(tokens: list[Token]) -> list[tuple[int, str]]:
    """Each absent word within its noun phrase, with the words compounded with or modifying
    its head ("cruise ship crew", "forced begging"), once per phrase."""
    spans: dict[int, int] = {}  # head -> start
    for t in tokens:
        head = t
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        left = [c.i for c in head.subtree if c.i < head.i and c.dep_ in ("compound", "amod")]
        spans[head.i] = min([spans.get(head.i, t.i), t.i, *left])
    return sorted((start, t.doc[start : head + 1].text) for head, start in spans.items())


__all__ = [
    "ANSWER_TYPES",
    "CorpusCount",
    "Focus",
    "FocusFinder",
    "Gap",
    "answer_kind",
    "asks_for_one",
    "describe",
    "strip_frame",
]
