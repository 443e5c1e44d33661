"""Regions a text's language points to, for national phone numbers no town names.

`PhoneMatcherRecognizer` reads numbers in the formats of the countries a text names; a note in
Norwegian or Danish that names no town the gazetteer knows ("ring 40 55 21 87", "svarer på 48
27 19 03") leaves its bare eight-digit numbers. Letters only one language family writes, a
few of its commonest words and its companies' legal forms point to the regions whose numbering
plans to try as well. Letters that other languages share (Portuguese "õ", the macrons of Māori
and romanised Japanese) count only beside a second mark of the same language.
"""

from __future__ import annotations

import regex

_NO_LETTER = r"(?![\p{L}\p{M}])"
_HINTS: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...] = (
    # Norwegian and Danish: "æ", "ø"; "og", "ikke", "ApS", "tlf".
    (regex.compile(r"[æøÆØ]"), ("NO", "DK")),
    (regex.compile(rf"(?<![\p{{L}}])(?:ikke|tlf|hvis|også|ApS){_NO_LETTER}"), ("NO", "DK")),
    # Scandinavian "å" ("på", "når", "från").
    (regex.compile(r"[åÅ]"), ("NO", "DK", "SE")),
    # Swedish: "och", "inte", "från", "lgh", "AB".
    (regex.compile(rf"(?<![\p{{L}}])(?:och|inte|från|lgh|AB){_NO_LETTER}"), ("SE",)),
    # Finnish: "ja" beside "ä"/"ö", "puh", "Oy".
    (regex.compile(rf"(?<![\p{{L}}])(?:puh|Oy|Oyj|kanssa|että){_NO_LETTER}"), ("FI",)),
    # Icelandic: "ð", "þ", "ehf", "sími".
    (regex.compile(r"[ðþÐÞ]|(?<![\p{L}])(?:ehf|[Ss]ími)(?![\p{L}])"), ("IS",)),
    # Estonian: "OÜ" (and "õ" beside "ä" or "ü", below).
    (regex.compile(r"(?<![\p{L}])OÜ(?![\p{L}])"), ("EE",)),
    # Lithuanian: "ė", "į", "ų"; "UAB".
    (regex.compile(r"[ėįųĖĮŲ]|(?<![\p{L}])UAB(?![\p{L}])"), ("LT",)),
    # Latvian: "ļ", "ņ", "ķ", "ģ"; "iela"; "SIA".
    (regex.compile(r"[ļņķģĻŅĶĢ]|(?<![\p{L}])(?:iela|SIA)(?![\p{L}])"), ("LV",)),
)
_FINNISH_JA = regex.compile(r"(?<![\p{L}])ja(?![\p{L}])")
_A_O_UMLAUT = regex.compile(r"[äöÄÖ]")
_O_TILDE = regex.compile(r"[õÕ]")
_A_U_UMLAUT = regex.compile(r"[äüÄÜ]")


def language_regions(text: str) -> list[str]:
    """Regions (ISO alpha-2) whose languages the text shows, in the order above."""
    out: list[str] = []
    for pattern, regions in _HINTS:
        if pattern.search(text):
            out += [r for r in regions if r not in out]
    if "FI" not in out and _FINNISH_JA.search(text) and _A_O_UMLAUT.search(text):
        out.append("FI")
    if "EE" not in out and _O_TILDE.search(text) and _A_U_UMLAUT.search(text):
        out.append("EE")
    return out
