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

With the asker's corpus counts, the check also reports topic words of the whole question
(relative clauses included) that no visible chunk holds, apps and payment services named as a
means ("paid through M-Pesa"). The vectors of the redactor's
en_core_web_md were measured for paraphrase and left out: its 20k pruned vectors score
deckhands/crew 0.01 and boat/vessel 0.17 but liver/kidney 0.75 and mica/cobalt 0.44.

The parse comes from the spaCy model the redactor already ships (parser and lemmatizer; no
download), loaded once per process on first use.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.place_pairs import unpaired_places
from assistant.question_shape import answer_kind, asks_for_one, describe, strip_frame

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# How many chunks the asker may see contain a word (capped; 0: none does).
CorpusCount = Callable[[str], int]

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
    # the reports themselves: "which report involved …" asks for a report about something
    " report document story incident account file record study article source"
    # what real collections call their documents: "which country profile", "which summary"
    " profile summary entry dossier memo bulletin briefing"
    # quantities
    " share proportion percentage rate number amount sum total figure size level quantity"
    # people and organisations in general
    " people person individual organisation organization group firm company business body"
    # places and times
    " country nationality place location region area city town village district province"
    " state route destination time year month day period date season spring summer autumn"
    " winter morning evening night weekend week".split()
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
    start: int = 0  # token span of the phrase in the question
    end: int = 0


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
    def _focus(doc: Doc) -> list[Focus]:
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
                found.append(Focus(doc[start : head.i + 1].text, words, context, start, head.i + 1))
        return found

    def unmentioned(
        self,
        question: str,
        passages: Sequence[str],
        corpus: CorpusCount | None = None,
        countries: Sequence[set[str]] | None = None,
    ) -> list[str]:
        """What `question` asks for or about that no passage mentions, in question order.

        Two checks. The *asked-for* noun ("which football club") must occur in a passage with
        one of the question's other nouns. With `corpus` (how many chunks the asker may see
        contain a word), a *topic* noun ("which case involved a cruise ship crew") that occurs
        in no passage and nowhere else the asker can see is reported too, unless a passage
        holds two of the question's rarer words, which says the question is about that passage
        in other words ("deckhands who were not allowed ashore" for a fishing crew kept on
        board). `countries` (per passage, as country codes) adds the countries a passage's
        record holds to those its text names (assistant/passage_places.py).
        """
        nlp = self.nlp
        with self._lock:
            doc = nlp(question)
        focus = self._focus(doc)
        words = [set(_WORD.findall(p.lower())) for p in passages]
        missing = [f for f in focus if not any(_mentions(f, w) for w in words)]
        phrases = [(f.start, f.phrase) for f in missing]
        if corpus is not None:
            taken = {i for f in focus for i in range(f.start, f.end)}
            absent = _absent_topics(doc, taken, words, corpus)
            absent += _absent_names(doc, taken, absent, passages, corpus)
            absent += _unmet_pairs(doc, taken, absent, words, corpus)
            absent.sort(key=lambda t: t.i)
            if absent and not _corroborated(doc, absent, words, corpus):
                phrases += _phrases(absent)
            elif not absent and not phrases:
                phrases += unpaired_places(
                    doc,
                    passages,
                    words,
                    corpus,
                    common=COMMON,
                    content=_content,
                    forms=_forms,
                    found=_found,
                    countries=countries,
                )
        return [p for _, p in sorted(dict(phrases).items())]


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


IRREGULAR = {
    "woman": "women", "man": "men", "child": "children", "person": "people", "wife": "wives",
    "life": "lives", "knife": "knives", "thief": "thieves", "foot": "feet", "tooth": "teeth",
    "half": "halves", "shelf": "shelves",
}  # fmt: skip
IRREGULAR.update({v: k for k, v in list(IRREGULAR.items())})
_SUFFIX = re.compile(r"(?:ers|er|ing|ed|es|s)$")


def _forms(token: Token) -> frozenset[str]:
    """A word as written, its lemma, an irregular plural or singular ("women" / "woman",
    "fishermen" / "fisherman") and its root without a common suffix ("sellers" / "sell"), so
    passages are matched without parsing them."""
    forms = {token.lower_, token.lemma_.lower()}
    for f in list(forms):
        if f in IRREGULAR:
            forms.add(IRREGULAR[f])
        elif f.endswith(("man", "men")) and len(f) > 5:
            forms |= {f[:-3] + "man", f[:-3] + "men"}
        root = _SUFFIX.sub("", f)
        if len(root) >= 4 and root != f:
            forms.add(root)
        if not f.endswith("s"):  # "fee" / "fees": passages are not lemmatised
            forms |= {f + "s", f + "es"}
    return frozenset(forms)


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


# Words that frame a question rather than say what it is about: "which case involved …",
# "were there any reports of …", "has anyone reported …", "what do we know about …".
FRAME_WORDS = frozenset(
    "involve report happen know describe mention say tell find do have be get make take use"
    " occur record show include relate concern exist see anyone anything anybody someone"
    " something any there document story incident account file record study audit source"
    " question answer".split()
)
RARE = 3  # a word in at most this many visible chunks is a rare, telling word
COMMON = 16  # a word in this many visible chunks or more tells nothing about a passage
CORROBORATION = 2  # rare words of the question one passage must hold to vouch for it


def _content(token: Token) -> bool:
    return (
        token.is_alpha
        and len(token) >= 3
        and not token.is_stop
        and token.lemma_.lower() not in FRAME_WORDS
        and _topical(token)
    )


def _absent_topics(
    doc: Doc, taken: set[int], words: list[set[str]], corpus: CorpusCount
) -> list[Token]:
    """Topic words of the question (not the asked-for phrase) that no passage holds and at
    most SCARCE chunks the asker may see contain. Proper nouns count only where they name a
    thing (_named_thing): names of people are redacted from the corpus, so their absence says
    nothing, and places are the gazetteer check's."""
    from core.gazetteer import find_places

    places = {
        t.i for p in find_places(doc.text) for t in doc.char_span(p.start, p.end, "expand") or ()
    }
    out = []
    for t in doc:
        if t.i in taken or not _content(t):
            continue
        if not t.text.islower() and (t.i in places or not _named_thing(t)):
            continue
        # the small parser mis-tags short questions ("a tattoo parlour": ADV, ADJ), so any
        # lower-case word but a verb or an -ly adverb counts, and a gerund used as a noun
        verb = t.pos_ in ("VERB", "AUX") and not (
            t.tag_ == "VBG" and t.dep_ in ("pobj", "dobj", "compound")
        )
        if verb or t.lower_.endswith("ly"):
            continue
        forms = _forms(t)
        if any(_found(forms, w) for w in words):
            continue
        # "glove maker" for a glove factory: a rare modifier a passage holds says the absent head
        # is a paraphrase; a common one ("child labour ombudsman", "drug mules") says nothing
        modifiers = [c for c in t.children if c.dep_ == "compound" and corpus(c.lower_) <= RARE]
        if modifiers and any(_found(_forms(c), w) for c in modifiers for w in words):
            continue
        if all(corpus(f) == 0 for f in forms if len(f) >= 3):
            out.append(t)
    return out


# Prepositions that introduce a means ("paid through M-Pesa", "recruited via WeChat").
MEANS = frozenset({"through", "via", "using", "by", "on", "over"})


def _named_thing(token: Token) -> bool:
    """A capitalised word that names a thing, not a person or a place: an app, a payment
    service ("payments through Venmo", "recruited via WeChat"). Only where grammar says it is
    a means: a capitalised modifier ("Kestrel workers", "Ha Tinh salon") is as often a
    redacted name or a place the gazetteer lacks. Names of people are redacted from the
    question before it gets here; places are checked against the gazetteer elsewhere."""
    if token.i == 0 or token.text.isupper():  # acronyms are mostly organisations
        return False
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in MEANS


def _absent_names(
    doc: Doc, taken: set[int], absent: list[Token], passages: Sequence[str], corpus: CorpusCount
) -> list[Token]:
    """A name of several words for a means ("paid through Western Union", "via Cash App")
    that no passage and no chunk the asker may see holds as a phrase: each of its words may
    occur on its own ("Western Europe", "trade union") while the thing never does."""
    have = {t.i for t in absent}
    out: list[Token] = []
    for head in doc:
        if head.i in taken or head.i in have or not _named_thing(head):
            continue
        if head.dep_ == "compound":
            continue  # the chain is judged at its head
        name = [t for t in head.subtree if t.i <= head.i and t.dep_ == "compound"] + [head]
        if len(name) < 2 or any(t.i in taken or t.text.islower() for t in name):
            continue
        phrase = " ".join(t.lower_ for t in name)
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, phrase.split())) + r"\b")
        if any(pattern.search(p.lower()) for p in passages):
            continue
        if corpus(f'"{phrase}"') == 0:
            out.extend(name)
    return out


def _unmet_pairs(
    doc: Doc, taken: set[int], absent: list[Token], words: list[set[str]], corpus: CorpusCount
) -> list[Token]:
    """A compound whose words the asker's chunks each hold but never as one phrase ("football
    federation", "gift cards"), when its modifier is rare and no passage holds both words: the
    thing it names is in no document, though each of its words is somewhere."""
    have = {t.i for t in absent} | taken
    out: list[Token] = []
    for head in doc:
        if head.i in have or head.pos_ not in ("NOUN", "PROPN") or not _plain(head):
            continue
        for mod in head.children:
            if mod.dep_ != "compound" or mod.i in have or not _plain(mod):
                continue
            if not 0 < corpus(mod.lower_) <= RARE or corpus(head.lower_) == 0:
                continue
            if any(_found(_forms(mod), w) and _found(_forms(head), w) for w in words):
                continue
            said = {f"{mod.lower_} {head.lower_}", f"{mod.lemma_} {head.lemma_}".lower()}
            if all(corpus(f'"{phrase}"') == 0 for phrase in said):
                out += [mod, head]
    return out


def _plain(token: Token) -> bool:
    """A lower-case topic word (capitalised ones are names: _absent_names judges those)."""
    return _content(token) and token.text.islower()


def _corroborated(
    doc: Doc, absent: list[Token], words: list[set[str]], corpus: CorpusCount
) -> bool:
    """One passage holds a rare name of the question (Northampton, Ambon) or CORROBORATION of
    its other rare words: the question is then about that passage, the absent word a
    paraphrase ("carers" for the care workers of a Northampton care provider)."""
    gone = {t.i for t in absent}
    rare = [
        # a name as typed: the small parser tags lower-case nouns PROPN in short questions
        (_forms(t), t.pos_ == "PROPN" and not t.text.islower())
        for t in doc
        if t.i not in gone
        and t.is_alpha
        and len(t) >= 3
        and not t.is_stop
        and t.lemma_.lower() not in FRAME_WORDS
        and 0 < corpus(t.lower_) <= RARE
    ]
    for w in words:
        held = [name for forms, name in rare if _found(forms, w)]
        if any(held) or len(held) >= CORROBORATION:
            return True
    return False


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
    "answer_kind",
    "asks_for_one",
    "describe",
    "strip_frame",
]
