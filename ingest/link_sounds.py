"""A name's consonant skeleton: a weak key for one name written in two romanisations or
read from a script that writes no vowels ("Petrosian"/"Petrosyan", "Qureshi"/"Kureishi",
"Liu Zhijun"/"Liu Chih-chun", "عمر حداد" read "Mr Hdad" / "Omar Haddad").

Each word is folded, its digraphs read as one sound (sh, ch, zh, kh, ph, th...), its
letters put in classes that romanisations swap (q/c/k, z/s, p/f/v, j/zh/ch/dzh), its vowels and
the letters romanisations add or drop between them (h, w, y) left out, and doubled letters
written once. The words' skeletons are sorted, so order does not count, and marked with "~"
so a skeleton never equals another weak form.

Many people share a skeleton ("Omar Haddad" and "Amer Haddad"), so it is keyed as a weak
name key (`ingest.link_weak`): it links two reports only beside a second shared key.
"""

from __future__ import annotations

import regex

_DIGRAPHS = (
    ("sch", "s"),
    ("tch", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("ch", "j"),
    ("sh", "s"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ts", "s"),
    ("tz", "s"),
    ("ck", "k"),
    ("x", "ks"),
)
_CLASSES = str.maketrans(
    {"q": "k", "c": "k", "z": "s", "v": "f", "p": "f", "w": "", "h": "", "y": ""}
)
_VOWELS = regex.compile(r"[aeiou]")
_DOUBLED = regex.compile(r"(.)\1+")
_MARK = "~"


def skeleton(word: str) -> str:
    """The consonant skeleton of one folded word ("petrosyan" -> "ptrsn")."""
    for pair, sound in _DIGRAPHS:
        word = word.replace(pair, sound)
    word = _VOWELS.sub("", word.translate(_CLASSES))
    return _DOUBLED.sub(r"\1", word)


def sound_form(words: list[str]) -> str | None:
    """The sorted skeletons of a name's folded words (titles, particles and initials already
    left out), or None when fewer than two words keep a consonant or fewer than three
    consonants are left in all."""
    bones = [b for b in (skeleton(w) for w in words if regex.fullmatch(r"[a-z]+", w)) if b]
    if len(bones) < 2 or sum(len(b) for b in bones) < 3:
        return None
    return _MARK + " ".join(sorted(bones))
