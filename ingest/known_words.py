"""The words the known-names pass (`ingest.known_names`) asks about, without spaCy or the
redactor: the ingesting process holds neither, and building the redactor there for two word
checks cost ~550 MB of resident memory (round 18).

- English words and stop words: the lists the redactor's guard reads from its NER model
  (`redaction.factory.english_words`, spaCy's `STOP_WORDS`), shipped as package data
  (`ingest/data/`, written by `tools/build_known_words.py`), judged by the guard's own
  `PersonGuard.is_english` (inflections, hyphenated words);
- organisation words: the guard's, from the gazetteer (a Python list: no model needed).

Each list is read once per process, on first use.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

from redaction import gazetteer
from redaction.person_guard import PersonGuard, normalize


def _data(name: str) -> bytes:
    return resources.files("ingest").joinpath(f"data/{name}").read_bytes()


@functools.cache
def english_words() -> frozenset[str]:
    """The lower-case English words of the redactor's NER model (88,185 for the md model)."""
    return frozenset(gzip.decompress(_data("english_words.txt.gz")).decode().split())


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    return frozenset(_data("stop_words.txt").decode().split())


@functools.cache
def org_words() -> frozenset[str]:
    """Organisation words ("bank", "agency"), as the guard holds them: case-folded, and
    normalised (accents removed)."""
    words = gazetteer.split(gazetteer.ORG_KEYWORDS)
    return frozenset({w.casefold() for w in words} | {normalize(w) for w in words})


def is_org_word(word: str) -> bool:
    """A word of an organisation's name, as the guard reads one."""
    return normalize(word) in org_words()


class EnglishWords:
    """The guard's English-word check over the shipped lists (the same method, so the two
    judge a word alike: "called", "girls", "non-state")."""

    def __init__(self) -> None:
        self.english_words = english_words()
        self.stop_words = stop_words()

    is_english = PersonGuard.is_english


def is_english(word: str) -> bool:
    """An English word or stop word, inflected or not (`PersonGuard.is_english`). Never
    cached: the words asked about are a report's, and none outlives its batch."""
    return _english().is_english(word)


@functools.cache
def _english() -> EnglishWords:
    return EnglishWords()
