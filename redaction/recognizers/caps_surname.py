"""Names in the style of police and court forms: a surname in capitals beside one to three
given names in Title case, "KRASNIQA Dritan Dušan", "HOXHA Blessing", "Cristina BALAN".

spaCy reads many such runs as one organisation or facility ("KRASNIQA Dritan Dušan" is a FAC
to it) or tags the capitals as an adverb, so `GivenNameRecognizer.surname_first`, which pairs
one given name with one capitalised word inside spaCy's entities, misses them. This rule reads
the words alone:
- the capitalised word has three letters or more, a vowel, and is a name word to the guard
  (no English word, place, nationality, title, role or organisation word: "IOM", "POLICE",
  "UK" are not);
- the Title-case words beside it are letters only (or two given names joined by a hyphen,
  "DUBOIS Jean-Pierre"); the one next to the capitals is a given name of the lists
  (census or world, even when it is also an English word: "Blessing",
  "Florin"), and each further one is a given name or a name word;
- the run stops at the first word that is neither, and the whole run is one person;
- an English stop word is never the given name ("The SNA also ...": "the" is on the world
  list).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection

import regex
from spacy.lang.en.stop_words import STOP_WORDS

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
VOWELS = frozenset("aeiouyøı")
MAX_GIVEN = 3


def _caps(word: str) -> bool:
    return (
        len(word) >= 3
        and word.isupper()
        and regex.fullmatch(r"[\p{L}\p{M}'’-]+", word) is not None
        and any(ch in VOWELS for ch in unicodedata.normalize("NFKD", word.casefold()))
    )


def _title(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


def caps_surname_runs(
    text: str,
    given_names: Collection[str],
    is_surname: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Character spans of "SURNAME Given [Given...]" and "Given [Given...] SURNAME" runs."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    out: list[tuple[int, int]] = []

    def joined(a: int, b: int) -> bool:  # words a and b are separated by one space
        return text[words[a][1] : words[b][0]] == " "

    def given(k: int) -> bool:  # "The" is on the world list: "The SNA" names no one
        parts = words[k][2].split("-")  # "DUBOIS Jean-Pierre": each part a given name
        return len(parts) <= 2 and all(
            _title(p) and p.lower() in given_names and p.lower() not in STOP_WORDS for p in parts
        )

    def more(k: int) -> bool:
        return _title(words[k][2]) and (
            words[k][2].lower() in given_names or is_surname(words[k][2])
        )

    i = 0
    while i < len(words):
        word = words[i][2]
        if not (_caps(word) and is_surname(word)):
            i += 1
            continue
        # SURNAME Given [Given...]
        j = i + 1
        if j < len(words) and joined(i, j) and given(j):
            end = j
            while end + 1 < len(words) and end - i < MAX_GIVEN and joined(end, end + 1):
                if not more(end + 1):
                    break
                end += 1
            out.append((words[i][0], words[end][1]))
            i = end + 1
            continue
        # Given [Given...] SURNAME
        if i > 0 and joined(i - 1, i) and given(i - 1):
            start = i - 1
            while start > 0 and i - start < MAX_GIVEN and joined(start - 1, start):
                if not more(start - 1):
                    break
                start -= 1
            if not out or out[-1][1] <= words[start][0]:
                out.append((words[start][0], words[i][1]))
        i += 1
    return out
