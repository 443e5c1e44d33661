"""Whether the passages hold a question's places *together with* what it asks about there.

"Were Polish workers exploited in nail bars?" over passages about Polish factory workers and
Vietnamese nail bar workers: every word is mentioned, but never together. That is reported as
not mentioned, with the question's words from the topic to the first place.

Only the passages retrieved for the asker (already filtered by access) and the asker's own
chunk counts are used, so nothing the asker may not see changes what they are told.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from core.gazetteer import Place

# How many chunks the asker may see contain a word (capped; 0: none does).
CorpusCount = Callable[[str], int]
Found = Callable[[frozenset[str], set[str]], bool]
Forms = Callable[["Token"], frozenset[str]]
Content = Callable[["Token"], bool]

# Telling words of the question a passage in its place must hold to vouch for the pair.
VOUCH = 2
# Asked-for nouns that name a kind of answer, whose modifiers describe the answer.
ANSWER_KINDS = frozenset("route way method means journey path".split())
# Nouns that, with a place word, name a place ("the Italian coast", "Thai waters").
GEOGRAPHY = frozenset(
    "coast coastline waters water sea border borderland countryside capital mainland shore"
    " north south east west interior".split()
)


def unpaired_places(
    doc: Doc,
    passages: Sequence[str],
    words: list[set[str]],
    corpus: CorpusCount,
    *,
    common: int,
    content: Content,
    forms: Forms,
    found: Found,
    countries: Sequence[set[str]] | None = None,
    cities: Sequence[set[str]] | None = None,
) -> list[tuple[int, str]]:
    """The question's places and the telling topic words no passage holds with one of them.

    Some passage must name one of the places (by country: "Italian" and "Italy" are one place;
    a record may name its country in a column, so one place is enough) together with one of
    the question's telling topic words (in some but fewer than `common` visible chunks). A
    noun a place word modifies ("the Italian coast", "Thai waters": GEOGRAPHY) is part of the
    place, and a modifier of an asked-for kind of answer ("which overland route") no topic.

    Where the question says where (a city or a country) as well as whose (a nationality:
    "Kenyan housemaids … in Kuwait"), the where must be met; a city is met by a passage that
    names it or whose record holds it (`cities`, lower case), not by its country: nail bars
    in Birmingham say nothing of nail bars in Cardiff.
    """
    from core.gazetteer import find_places

    places = find_places(doc.text)
    if not places:
        return []
    located = [p for p in places if p.kind != "demonym"] or places
    spans = [doc.char_span(p.start, p.end, "expand") for p in places]
    in_place = {t.i for span in spans for t in span or ()}
    in_place |= {
        t.i
        for t in doc
        if t.lemma_.lower() in GEOGRAPHY and any(c.i in in_place for c in t.children)
    }
    nouns = [
        t
        for t in doc
        if t.i not in in_place and content(t) and t.text.islower() and t.pos_ in ("NOUN", "PROPN")
    ]
    # a noun-tagged modifier is as often an adjective; one of the asked-for kind of answer
    # ("which overland route") describes the answer, which names it otherwise ("by road")
    topic = [
        t
        for t in nouns
        if t.dep_ != "amod" and not _describes_answer(t) and 0 < corpus(t.lower_) < common
    ]
    # a passage's countries: those its text names and those its record holds (`countries`)
    recorded = countries if countries is not None else [set()] * len(passages)
    named = cities if cities is not None else [set()] * len(passages)
    placed = []
    for passage, w, known, towns in zip(passages, words, recorded, named, strict=True):
        mentioned = find_places(passage)
        codes = {p.code for p in mentioned} | known
        towns = towns | {p.city.lower() for p in mentioned if p.city}
        if any(_met(p, codes, towns) for p in located):
            placed.append(w)
    # a city no passage is in is unmet whatever the topic: its country's passages all share
    # the common words ("hand car wash workers … in Glasgow" over car washes in Stoke)
    town = next((p for p in located if p.kind == "city" and not placed), None)
    first = town or located[0]
    if town is not None and not topic:
        topic = nouns[:1]
    if (
        topic
        and not town
        and any(_vouches(doc, w, in_place, corpus, common, content, forms, found) for w in placed)
    ):
        return []
    if topic and (town or not any(found(forms(t), w) for t in topic for w in placed)):
        at = [span for p, span in zip(places, spans, strict=True) if p is first and span]
        if at:
            place = _extended(at[0])
            return [(min(place.start, topic[0].i), _pair(topic[0], place))]
        return []
    return []


def _vouches(
    doc: Doc,
    passage: set[str],
    in_place: set[int],
    corpus: CorpusCount,
    common: int,
    content: Content,
    forms: Forms,
    found: Found,
) -> bool:
    """A passage in the question's place holds VOUCH of the question's other telling words
    (content words, verbs included, in some but fewer than `common` visible chunks): it is
    about the same event told in other words ("a derelict building" for "an abandoned
    building", "confined to the flat" for "confined to an apartment"), not a different topic
    that merely shares the place."""
    telling = [
        t for t in doc if t.i not in in_place and content(t) and 0 < corpus(t.lower_) < common
    ]
    held = {t.lemma_.lower() for t in telling if found(forms(t), passage)}
    return len(held) >= VOUCH


def _met(place: Place, codes: set[str], towns: set[str]) -> bool:
    """A passage of these countries and cities is in the place: a city by name, else by
    country."""
    if place.kind == "city" and place.city:
        return place.city.lower() in towns
    return place.code in codes


def _describes_answer(token: Token) -> bool:
    """A modifier of the noun a question word asks for, when that noun names a kind of
    answer (it is no topic word: `content` rejects it)."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return (
        head is not token
        and any(c.dep_ == "det" and c.lower_ in ("which", "what") for c in head.children)
        and head.lemma_.lower() in ANSWER_KINDS
    )


def _extended(span: Span) -> Span:
    """A place with the GEOGRAPHY noun it modifies ("Italian coast")."""
    head = span.root.head
    if head.i == span.end and head.lemma_.lower() in GEOGRAPHY:
        return span.doc[span.start : head.i + 1]
    return span


def _pair(topic: Token, place: Span) -> str:
    """The question's words from the topic's noun phrase to the place, or back: a span of the
    question as typed (the notice only ever echoes the user's own words)."""
    while topic.dep_ == "compound" and topic.head.i > topic.i:
        topic = topic.head  # "nail" of "nail bars"
    left = [c.i for c in topic.subtree if c.i < topic.i and c.dep_ in ("compound", "amod")]
    start = min([topic.i, *left, place.start])
    end = max(topic.i + 1, place.end)
    return topic.doc[start:end].text
