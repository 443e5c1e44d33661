"""A surname with a given-name initial after it, which the NER leaves whole.

Two shapes of registers, remittance screens and exported chats:

- a surname in capitals, then one capital initial and a full stop: "sender NOWICKA A.",
  "let to WRÓBLEWSKI Ł.", "names GEBREMICHAEL T."; the word in capitals has four letters or
  more and is no English word, no known place and no listed organisation ("UNICEF A."
  stays);
- a chat sender after a time stamp, a given name and an initial before the colon:
  "[14/03 22:14] Meron T.: the van leaves".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction.brand_list import known_brand
from redaction.detections import Detection

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_CAPS_INITIAL = regex.compile(
    r"(?<![\p{L}\p{M}'’.-])(?P<sur>\p{Lu}[\p{Lu}\p{M}'’-]{3,30}) \p{Lu}\.(?![\p{L}\p{M}])"
)
_CHAT_INITIAL = regex.compile(
    r"(?m)^[ \t]*\[[^\]\n]{3,24}\][ \t]*(?P<name>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,30} \p{Lu}\.):"
)


def initial_people(text: str, found: list[Detection], guard: PersonGuard) -> list[Detection]:
    """Surnames in capitals with an initial, and chat senders with one, nothing found whole."""
    taken = [(d.start, d.end) for d in found if d.type == "PERSON"]
    out: list[Detection] = []

    def add(s: int, e: int, rule: str) -> None:
        if not any(a <= s and e <= b for a, b in taken):
            out.append(Detection("PERSON", s, e, 0.7, rule))

    for m in _CAPS_INITIAL.finditer(text):
        word = m["sur"]
        if guard.is_english(word) or guard.is_known_place(word) or known_brand(word):
            continue
        add(*m.span(), "initial: a surname in capitals and an initial")
    for m in _CHAT_INITIAL.finditer(text):
        given = m["name"].split()[0]
        if guard.is_english(given) or guard.is_known_place(given):
            continue
        add(*m.span("name"), "initial: a chat sender with an initial")
    return out
