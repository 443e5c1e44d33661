"""A town of one word that spaCy tagged PERSON with no place word before it.

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
