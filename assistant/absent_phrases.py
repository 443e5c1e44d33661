"""Names and compounds of a question that the asker's chunks never hold as one phrase.

Each word of "paid through Western Union" or "football federation" may occur somewhere
("Western Europe", "trade union", "football"), while the thing the phrase names is in no
document. These checks read the asker's corpus counts (phrase counts in quotes) and the
retrieved passages only, so nothing the asker may not see changes what they are told.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.question_words import (
    RARE,
    CorpusCount,
    found_in,
    is_content,
    match_forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The last word of an organisation's name ("Blue Horizon Staffing", "the Walk Free Foundation",
# "Golden Harvest Seafoods"): such a name all of whose words are known is still a name the
# sources would hold as written. Government bodies are left out ("Labour Ministry" may be the
# "Ministry of Labour" of a report).
ORGANISATION_WORDS = frozenset(
    "foundation trust agency agencies staffing recruitment recruiters ltd limited inc llc plc"
    " group seafoods seafood foods holdings services solutions company corporation corp charity"
    " society network alliance coalition institute association partners enterprises"
    " international logistics consultancy consultants fund".split()
)
# Letters NFKD does not take apart ("Łódź" is "Lodz" in an English report).
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
# Prepositions that introduce a means ("paid through M-Pesa", "recruited via WeChat").
MEANS = frozenset({"through", "via", "using", "by", "on", "over"})


def squash(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: "Sparkle Hand Carwash",
    "Caring Hands Home Care" and "Łódź" read as the sources write them ("Sparkle Hand Car
    Wash", "Caring Hands Homecare", "Lodz")."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


class PassageText:
    """The retrieved passages lower-cased, and squashed (`squash`) on first need, once per
    answer: the checks look many names up in the same passages."""

    def __init__(self, passages: Sequence[str]) -> None:
        self.lower = [p.lower() for p in passages]
        self._squashed: list[str] | None = None

    @property
    def squashed(self) -> list[str]:
        if self._squashed is None:
            self._squashed = [squash(p) for p in self.lower]
        return self._squashed


def said_in(phrase: str, passages: Sequence[str] | PassageText) -> bool:
    """A passage holds `phrase` as written, or with other spacing, punctuation, casing or
    accents (at least 6 letters, so a short word is not found inside another)."""
    text = passages if isinstance(passages, PassageText) else PassageText(passages)
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, phrase.lower().split())) + r"\b")
    if any(pattern.search(p) for p in text.lower):
        return True
    squashed = squash(phrase)
    return len(squashed) >= 6 and any(squashed in p for p in text.squashed)


def named_thing(token: Token) -> bool:
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


def lone_name(token: Token) -> bool:
    """A capitalised word of one word, not the question's first and beside no other capitalised
    word ("wages paid into a Monzo account", "did Interpol take part"): a brand or body the
    question's redaction kept, so not a person's name. Runs of capitalised words are
    unknown_names's; acronyms, short words and words with accents (a name written otherwise
    than the sources) are left alone."""
    doc = token.doc
    if token.i == 0 or token.pos_ != "PROPN" or len(token) < 4 or not token.is_alpha:
        return False
    if token.text.isupper() or not token.text.isascii():
        return False
    near = (doc[i] for i in (token.i - 1, token.i + 1) if 0 < i < len(doc))
    return not any(n.is_alpha and n.text[:1].isupper() for n in near)


def absent_names(
    doc: Doc, taken: set[int], absent: list[Token], passages: PassageText, corpus: CorpusCount
) -> list[Token]:
    """A name of several words for a means ("paid through Western Union", "via Cash App")
    that no passage and no chunk the asker may see holds as a phrase: each of its words may
    occur on its own ("Western Europe", "trade union") while the thing never does."""
    have = {t.i for t in absent}
    out: list[Token] = []
    for head in doc:
        if head.i in taken or head.i in have or not named_thing(head):
            continue
        if head.dep_ == "compound":
            continue  # the chain is judged at its head
        name = [t for t in head.subtree if t.i <= head.i and t.dep_ == "compound"] + [head]
        if len(name) < 2 or any(t.i in taken or t.text.islower() for t in name):
            continue
        phrase = " ".join(t.lower_ for t in name)
        if said_in(phrase, passages):
            continue
        if corpus(f'"{phrase}"') == 0:
            out.extend(name)
    return out


def unmet_pairs(
    doc: Doc, taken: set[int], absent: list[Token], words: list[set[str]], corpus: CorpusCount
) -> list[Token]:
    """A compound whose words the asker's chunks each hold but never as one phrase ("football
    federation", "gift cards"), when its modifier is rare and no passage holds both words: the
    thing it names is in no document, though each of its words is somewhere."""
    have = {t.i for t in absent} | taken
    out: list[Token] = []
    for head in doc:
        if head.i in have or head.pos_ not in ("NOUN", "PROPN") or not is_plain(head):
            continue
        for mod in head.children:
            if mod.dep_ != "compound" or mod.i in have or not is_plain(mod):
                continue
            if not 0 < corpus(mod.lower_) <= RARE or corpus(head.lower_) == 0:
                continue
            if any(
                found_in(match_forms(mod, corpus), w) and found_in(match_forms(head, corpus), w)
                for w in words
            ):
                continue
            said = {f"{mod.lower_} {head.lower_}", f"{mod.lemma_} {head.lemma_}".lower()}
            if all(corpus(f'"{phrase}"') == 0 for phrase in said):
                out += [mod, head]
    return out


def is_plain(token: Token) -> bool:
    """A lower-case topic word (capitalised ones are names: _absent_names judges those)."""
    return is_content(token) and token.text.islower()


def unknown_names(
    doc: Doc, taken: set[int], absent: list[Token], passages: PassageText, corpus: CorpusCount
) -> list[Token]:
    """A capitalised name of several words ("Golden Crown Recruitment", "the Starlight
    Foundation", "the trawler Ocean Harvest 7") that no passage and no chunk the asker may see
    holds as a phrase, with a word no visible chunk holds at all or ending in a word that names an
    organisation (ORGANISATION_WORDS): an organisation or vessel the sources never name. Any
    other name all of whose words are known ("European Union", "Labour
    Ministry") may be a paraphrase of one they do name ("EU", "Ministry of Labour"), so it is
    left alone; places are the gazetteer check's, and names of people are redacted already."""
    from core.gazetteer import find_places

    places = {
        t.i for p in find_places(doc.text) for t in doc.char_span(p.start, p.end, "expand") or ()
    }
    have = {t.i for t in absent} | taken | places
    runs: list[list[Token]] = [[]]
    for t in doc:
        word = t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
        number = t.like_num and bool(runs[-1])  # "Ocean Harvest 7"
        if t.i > 0 and t.i not in have and (word or number):
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    out: list[Token] = []
    for name in runs:
        if len([t for t in name if t.is_alpha]) < 2:
            continue
        phrase = " ".join(t.lower_ for t in name)
        if said_in(phrase, passages):
            continue
        unknown = any(corpus(t.lower_) == 0 for t in name if t.is_alpha)
        if corpus(f'"{phrase}"') == 0 and (unknown or name[-1].lower_ in ORGANISATION_WORDS):
            out.extend(name)
    return out
