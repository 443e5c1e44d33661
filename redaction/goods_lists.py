"""Goods in a list are no people: "Goods ...: Cotton (child labor); Rice", "imported Cotton,
Rice and Hazelnuts", "Tomatoes and Chile Peppers".

spaCy often tags a Title-case commodity as a PERSON, and many are census surnames or given
names too ("Cotton", "Rice", "Stones"), so the span's own words cannot decide. Its list can:
one introduced after a colon by a word for goods, or one with another item that is plainly a
thing. So can a plural verb after a plural word opening a sentence ("Passports were taken").
Called by `redaction.not_a_person.not_a_person`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from redaction import gazetteer

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

# Words for goods that introduce a list of them after a colon.
_GOODS_WORDS = regex.compile(
    r"(?i)\b(?:goods|products|commodities|crops|produce|items|minerals|exports|imports)\b"
)
# Between list items, and what may end one (not a Title-case word, which would go on the
# name): "Cotton (child labor); Rice", "Cotton, Rice and", "Peppers from".
_ITEM_SEP = regex.compile(r"[;,]|[ \t]+(?:and|or)[ \t]+")
_ITEM_END = regex.compile(r"(?:[ \t]*\([^()]*\))*(?:[ \t]*[;,.:]|[ \t]+\p{Ll}|[ \t]*$)")
_TITLE_RUN_END = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]*)+$")
_TITLE_RUN_START = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]*)+")


def in_list_of_goods(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """An item of a list of goods: "Goods ...: Cotton (child labor); Rice", "imported
    Cotton, Rice and Hazelnuts". Either the list follows a colon after a word for goods
    ("goods", "products", "crops"), or another item of it is plainly a thing (English words,
    no name, no surname, a plural: "Hazelnuts", "Tomatoes"). The span itself is no census
    given name, and English words, unless the goods list names it with a bracket saying what
    it is ("Miraa (stimulant plant)")."""
    from redaction.name_lists import given_names

    colon = text.rfind(":", start, end)
    if colon >= 0:  # "Forced Labor: Diamonds": a heading, then the first item
        start = colon + 1 + len(text[colon + 1 : end]) - len(text[colon + 1 : end].lstrip())
    words = regex.findall(r"[\p{L}\p{M}'’-]+", text[start:end])
    census = given_names()
    if not words or any(w.casefold() in census for w in words):
        return False
    if not _ITEM_END.match(text, end):
        return False
    clause = _drop_brackets(text[max(0, start - 2000) : start])
    clause = regex.split(r"(?<=[.!?])\s+(?=\p{Lu})|\n", clause)[-1]
    head, colon_mark, listed = clause.rpartition(":")
    goods_list = colon_mark and _GOODS_WORDS.search(head) and not regex.search(r"[.!?]", listed)
    if goods_list and (all(guard.is_english(w) for w in words) or _described(text, end)):
        return True  # "Goods ...: Miraa (stimulant plant) (child labor)": described as a thing
    if not all(guard.is_english(w) for w in words):
        return False
    before = [_TITLE_RUN_END.search(p.strip()) for p in _ITEM_SEP.split(clause)[:-1]]
    after = _drop_brackets(text[end : end + 200]).split(".")[0]
    later = [_TITLE_RUN_START.match(p.strip()) for p in _ITEM_SEP.split(after)[1:]]
    items = [m.group().strip() for m in before[-3:] + later[:3] if m]
    return any(_plain_thing(item, guard) for item in items)


# After a good's name in a list, a bracket that says what it is or how it is made.
_DESCRIBED = regex.compile(
    r"[ \t]*\((?:[^()]*\b(?:plant|crop|leaf|leaves|nut|nuts|fruit|seed|seeds|grain|mineral|"
    r"stone|ore|fish|fibre|fiber|product|labor|labour)\b[^()]*)\)"
)


def _described(text: str, end: int) -> bool:
    """A list item followed by a bracket naming a kind of thing or its labour: "(stimulant
    plant)", "(child labor)"; a person in a list of goods has neither."""
    return bool(_DESCRIBED.match(text, end))


def _drop_brackets(part: str) -> str:
    """The text without its bracketed asides: "Cotton (child labor, forced labor)"."""
    return regex.sub(r"\([^()]*\)", "", part)


def _plain_thing(item: str, guard: PersonGuard) -> bool:
    """One to three Title-case English words ending in a plural, none a name or surname."""
    from redaction.name_lists import given_names, surnames

    words = item.split()
    if not 1 <= len(words) <= 3 or not words[-1].endswith("s"):
        return False
    census, family = given_names(), surnames()
    return all(
        _title_word(w)
        and guard.is_english(w)
        and w.casefold() not in census
        and w.casefold() not in family
        and w.casefold() not in gazetteer.NAME_WORDS
        for w in words
    )


def _title_word(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and (word[1:].islower() or word.isupper())


# A sentence's opening: the text's start, a line break (with a list marker), or an end mark.
_SENTENCE_OPENING = regex.compile(r"(?:^|[\n.!?][ \t]*(?:[-*•][ \t]+)?)[\"“'‘(]?$")
_PLURAL_VERB = regex.compile(r"[ \t]+(?:were|are|have[ \t]+been)\b")


def plural_subject(text: str, start: int, end: int) -> bool:
    """ "Passports were taken on arrival", "Payslips were never given": one plural word
    opening a sentence before "were"/"are" is a thing the NER took for a name because of its
    capital; no name list knows it (a family, "Kowalczyks were", could be on one)."""
    word = text[start:end]
    if " " in word.strip() or not word.endswith("s") or len(word) < 5:
        return False
    if not _SENTENCE_OPENING.search(text, max(0, start - 6), start):
        return False
    if not _PLURAL_VERB.match(text, end):
        return False
    from redaction.name_lists import surnames
    from redaction.world_names import every_given_name

    names = every_given_name()
    return not any(w.casefold() in names or w.casefold() in surnames() for w in (word, word[:-1]))


def plural_goods(guard: PersonGuard, words: list[str]) -> bool:
    """Goods in a list, which spaCy often calls people: Title-case English words ending in a
    plural noun ("Emeralds", "Fireworks", "Glass Bangles", "Surgical Instruments"). The plural
    is no census surname ("Stones", "Jones" and "Banks" stay people) nor a given name, and its
    singular no census given name ("Emeralds"); the words before it are no census given name
    or name word. Moved out of `PersonGuard.common_nouns`, which calls it."""
    if not guard.english_words or not words:
        return False
    census, family, world = _name_lists()
    head = words[-1].lower()
    plural = (
        head.endswith("s")
        and not head.endswith("ss")
        and guard.is_english(head)
        and head not in family
        and head not in world
        and head[:-1] not in census
    )
    if not plural:
        return False
    return all(
        word[:1].isupper()
        and not word.isupper()
        and guard.is_english(word)
        and word.lower() not in census
        and word.lower() not in gazetteer.NAME_WORDS
        for word in words
    )


@functools.lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from redaction.name_lists import given_names, surnames
    from redaction.world_names import world_given_names

    return given_names(), surnames(), world_given_names()
