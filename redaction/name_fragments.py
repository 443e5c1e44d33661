"""Parts of a name written before a found given name in the shapes of bank, intake and
police notes, which the NER and the name extent leave behind:

- a surname in capitals (with its particle: "VON WEBER", "AL-QAHTANI", "DA SILVA") before a
  given name written in Title case, after a comma or a space, anywhere in a line: "knew him
  only as TORRES, <Alejandro>", "A woman, MOREAU <Jean-Luc>, translated", "the subject,
  REYES, <Ma. Cristina>". `NameExtent` joins only words written the way the span is, and
  `NameExtent.surname_first` only at the start of a line or a list item;
- a given name abbreviated with a full stop: "Fco. <Javier Morales>", "Ma. <Cristina Reyes>".

The surname must be a census surname or a name word to the guard (no English word, place,
title, role or organisation word), three letters or more with a vowel, and no abbreviation
a report writes in capitals ("SAR", "PNC", "REF"). Its span is added as a person of its own,
as `surname_first` adds one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

_PARTICLE = r"(?:VON|VAN|DER|DEN|TER|DE|DA|DAS|DOS|DEL|DELLA|DI|DU|LA|LE|AL|EL|BIN|BEN|ABU|IBN)"
_CAPS_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’.-])((?:{_PARTICLE}[ -])*\p{{Lu}}[\p{{Lu}}\p{{M}}'’-]{{2,40}})"
    r"(?:[ \t]*,[ \t]{1,2}|[ \t])$"
)
_ABBREVIATED = regex.compile(r"(?<![\p{L}\p{M}])(?:Fco|Ma|Mª|Md|Mohd|Wm)\.[ \t]{1,2}$")
_GIVEN_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*)?(?![\p{L}\p{M}])")
# Capitals that open a line of a report before a name without being one.
_NOT_SURNAMES = frozenset(
    "sar str ngo pnc dob ref name attn subject suspect victim client customer beneficiary "
    "account holder nominal note re fw fwd urgent update cc bcc to from date tel mob".split()
)
_VOWELS = frozenset("aeiouy")
# A place after a locative ("In LONDON, Ana"); after a verb of speech the capitals may be
# a word shouted or an address ("said OSEI, Patience"), not a surname field.
_LOCATIVE = regex.compile(
    r"(?i)\b(?:in|from|to|at|near|via|of|into|said|says|told|asked|replied|wrote|shouted)"
    r"[ \t]+$"
)


def name_before(
    text: str,
    start: int,
    is_name_word: Callable[[str], bool],
    is_name_word_listed: Callable[[str], bool],
    is_surname: Callable[[str], bool],
) -> tuple[int, int] | None:
    """The span of a surname in capitals or an abbreviated given name written right before
    the Title-case name found at `start`, else None."""
    if _GIVEN_WORD.match(text, start) is None:
        return None  # the found name opens with capitals itself: the name extent's case
    m = _ABBREVIATED.search(text, max(0, start - 8), start)
    if m is not None:
        return m.start(), m.start() + len(m.group().rstrip(" \t"))
    m = _CAPS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    last = regex.split(r"[ -]", m.group(1))[-1]
    key = last.casefold()
    plain = unicodedata.normalize("NFKD", key)
    if key in _NOT_SURNAMES or not _VOWELS & set(plain):
        return None
    if not ((is_surname(key) and is_name_word_listed(last)) or is_name_word(last)):
        return None  # "In LONDON, Ana Pop": a census surname, but a city first
    if _LOCATIVE.search(text, max(0, m.start(1) - 12), m.start(1)):
        return None
    return m.start(1), m.end(1)
