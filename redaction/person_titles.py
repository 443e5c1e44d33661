"""Titles and police ranks written before a name: "Mrs Nwosu", "DS Madan", "Sgt. Haldane".

`not_a_person` asks these so that a name after a title, or a run of words opened by one, is
never read as an organisation listed beside another ("Mr Zarinova and Mrs Nwosu": "Mrs" is no
organisation word; "DC Touil, DS Madan": "DS" is no acronym of a company).
"""

from __future__ import annotations

import regex

from redaction import gazetteer

_TITLE_WORDS = frozenset(gazetteer.split(gazetteer.PERSON_TITLES))
_RANK_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{gazetteer.POLICE_RANKS})\.?[ \t]+$")
_RANK_WORD = regex.compile(rf"(?:{gazetteer.POLICE_RANKS})\.?")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])([\p{L}\p{M}'’.-]+)[ \t]+$")


def is_title_or_rank(word: str) -> bool:
    """ "Mrs", "mr.", "DS", "Sgt.": a title (any case) or a police rank (as written)."""
    return word.rstrip(".").casefold() in _TITLE_WORDS or _RANK_WORD.fullmatch(word) is not None


def after_title(text: str, start: int) -> bool:
    """A title or a police rank right before `start`: "Mrs Nwosu", "DS Madan"."""
    before = text[max(0, start - 12) : start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).rstrip(".").casefold() in _TITLE_WORDS:
        return True
    return _RANK_BEFORE.search(before) is not None
