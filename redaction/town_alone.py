"""A town that spaCy tagged PERSON with no place word before it: one word on the shipped town
list (`lone_town`), or several words on the shipped list of places (`several_word_town`, "San
Pedro Sula", "Mae Sot"). The engine asks only of a span that spaCy's tag alone found.

`redaction.town_list` keeps a listed town after "from", "to", "in" and other place words. A town
as a sentence's subject ("Siliguri remains the main transit point", "Tema is a port"), in a list
("Tulcea, Babadag, Măcin"), in brackets ("Ege Tekstil (Gaziantep)") or after a word of another
language ("em Campinas", "und Augsburg") was still removed as a person.

Here a one-word span is a town when it is on the shipped list of towns less every word a list
of given names or surnames holds (`town_list.person_free_towns`), with none of a person's marks:

- no title, police rank or person's role before it ("Mr Sokolov", "DS Moyo", "crewman Ravu",
  "known as Kaka"), no quote mark around it, and no person's word after it (", 34", "(aged",
  "'s wife") nor a verb people do ("said", "owned", "recruited": `gazetteer.PERSON_VERBS`);
- no ending of the surnames of Slavic, Baltic, Armenian, Romanian, Greek or Turkish origin
  that towns share with people ("Sokolov", "Orlova", "Shevchenko", "Demirci": the census lists
  miss them, the town list holds them);
- the same word is not the last word of a longer name found elsewhere in the text, since a
  surname alone after a full mention is that person ("Ivan Sokolov ... Sokolov said": the
  document step removes it there anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction import gazetteer
from redaction.person_titles import after_title

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_TITLE_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]{2,}|\p{Lu}{3,}")
# Surname endings that towns of Eastern Europe, the Caucasus and Anatolia share with people.
_SURNAME_ENDING = regex.compile(
    r"(?:ov|ova|ev|eva|ski|ska|sky|skaya|enko|enka|uk|yuk|chuk|ich|ić|ic|vic|escu|eanu|yan|ian"
    r"|idze|dze|shvili|oğlu|oglu|ci|cı|çi|çı|er|lar|ler|opoulos|akis|ou|as|is|us|os)$"
)
# What follows a person rather than a town: an age, a possessive kin word, "aged", "born".
_PERSON_AFTER = regex.compile(
    r"^(?:[ \t]*,[ \t]*\d|[ \t]*\([ \t]*(?:\d|aged|age|born|b\.|DOB)|['’]s[ \t]+(?:wife|husband|"
    r"son|daughter|brother|sister|mother|father|partner|phone|number|car|house|flat))",
    regex.IGNORECASE,
)

_ROLES = frozenset(gazetteer.split(gazetteer.PERSON_ROLES)) | {"as", "alias", "named", "called"}
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]*$")
_VERB_AFTER = regex.compile(
    rf"[ \t]+(?:{'|'.join(sorted(gazetteer.split(gazetteer.PERSON_VERBS), key=len, reverse=True))})"
    r"(?![\p{L}])"
)


def _person_beside(text: str, start: int, end: int) -> bool:
    """A title, a role or a quote mark before the word, or a person's word or verb after it."""
    if after_title(text, start) or _PERSON_AFTER.match(text[end : end + 24]):
        return True
    if text[max(0, start - 1) : start] in ('"', "“", "'", "‘") or _VERB_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    role = before.group(1).lower() if before else ""
    return role in _ROLES or role.endswith("man")


def lone_town(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Whether a one-word span is a listed town, not a person (see the module)."""
    from redaction.person_guard import normalize
    from redaction.town_list import person_free_towns

    surface = text[start:end]
    if not _TITLE_WORD.fullmatch(surface):
        return False
    key = normalize(surface)
    if key not in person_free_towns() or _SURNAME_ENDING.search(key):
        return False
    if _person_beside(text, start, end):
        return False
    # "Ivan Sokolov ... Sokolov": the surname of a name written in full elsewhere.
    full = regex.compile(
        rf"(\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)[ \t]+(?i:{regex.escape(surface)})(?![\p{{L}}\p{{M}}])"
    )
    return not any(guard.is_name_word(m.group(1)) for m in full.finditer(text))


def several_word_town(text: str, start: int, end: int) -> bool:
    """A span of two to four words that is a town of the shipped list of places of several
    words ("San Pedro Sula", "Mae Sot", "Benin City", "Santa Monica"), when no person's mark
    stands beside it and it is not shaped like a given name and a surname ("Pedro Juan
    Caballero", "Carlos Chagas": a census given name first, a census surname last)."""
    from redaction.name_lists import given_names, surnames
    from redaction.person_guard import normalize
    from redaction.world_places import world_places

    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if normalize(text[start:end]) not in world_places():
        return False
    first, last = normalize(words[0]), normalize(words[-1])
    if first in given_names() and last in surnames():
        return False
    return not _person_beside(text, start, end)
