"""Organisations opened by an article of another language.

A public body or charity that Spanish, Portuguese, French, Italian, German and Dutch write after
their article, which the small model takes into the span: "La Policía Nacional", "La Guardia di
Finanza", "A Polícia Federal", "Die Bundespolizei", "Der Zoll", "De Koninklijke Marechaussee"
(`article_opens_organisation`). The words after the article must themselves be an
organisation: opened by an organisation word (`ORG_OPENERS`), holding an organisation word,
shaped like a public body or on the list of known organisations. A surname opened by the same
word stays a person ("La Rosa", "De Graaf", "Da Silva", "Le Pen").
Named operations, projects and programmes are `redaction.undertakings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction.brand_list import known_brand
from redaction.org_names import ORG_OPENERS
from redaction.org_shape import authority_shaped

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

# Articles that open a body's name in Romance, German and Dutch text. Title case only: a span
# opened by a lower-case "la" is cut there by the person recogniser already.
_ARTICLES = frozenset("La El Los Las Le Les Il Lo Gli Der Die Das Den Dem De Het A O Os As".split())
_ELIDED = regex.compile(r"(?:L|D|Dell|All|Nell|Sull)['’](?=\p{L})")
_FIRST = regex.compile(r"(\p{L}+)[ \t]+")
_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")


def article_opens_organisation(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """The span opens with an article of another language and the words after it name an
    organisation (see the module)."""
    span = text[start:end]
    elided = _ELIDED.match(span)
    if elided:
        rest_at = elided.end()
    else:
        first = _FIRST.match(span)
        if first is None or first.group(1) not in _ARTICLES:
            return False
        rest_at = first.end()
    rest = span[rest_at:].strip()
    words = _WORDS.findall(rest)
    if not words or not words[0][:1].isupper():
        return False
    head = words[0].casefold()
    return (
        (head in ORG_OPENERS and len(words) > 1)
        or any(w.rstrip(".").casefold() in guard.org_keywords for w in words)
        or (len(words) == 1 and authority_shaped(words[0]))
        or known_brand(rest)
    )
