"""Name parts beside a found name that `NameExtent`'s word-by-word walk leaves behind.

The links bench (issue 17) counts a missed link on redaction's side when a word of the name
is still in a report's stored text, and these shapes left one:

- the second half of a double surname after a hyphen: "<Anne-Sophie Dubois>-Laurent", or
  the first half before it: "Dubois-<Laurent>";
- a chain of particles before the surname, or a particle no list of single particles holds:
  "<María Jesús Fernández> de la Cruz", "<Rosalia> dela Cruz", "<Johan> van der Berg";
- a given name written with its accent before the found name, which folded is an English
  word and so no name word to the guard: "Jesús <Tzoc Batz>", "Ángel <Quispe>";
- a given name after a surname in capitals and a comma: "<TZUL BATZ>, Jesús".

Each helper returns the grown edge, or None when the shape is not there. The person guard
judges the grown span afterwards, as it judges every grown span.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

from redaction.name_lists import given_names, surnames
from redaction.person_guard import PARTICLES, normalize

# "de la", "van der", "de los", "dela", "delos": particles of a surname, one to three.
SURNAME_PARTICLES = PARTICLES | frozenset(
    "dela delos della delle dei degli der den ter ten las los zu zur vom".split()
)
# Words that are particles only inside a chain ("van der"), never on their own.
_CHAIN_ONLY = frozenset("der den ter ten las los zu zur vom".split())
_PARTICLE_CHAIN_AFTER = regex.compile(
    r"[ \t]{1,2}((?:\p{Ll}{1,5}[ \t]){0,2}\p{Ll}{1,5})[ \t]"
    r"(\p{Lu}[\p{L}\p{M}'’]{1,40})(?![\p{L}\p{M}\p{N}@-])"
)
_HYPHEN_AFTER = regex.compile(r"[-‐](\p{Lu}[\p{L}\p{M}'’]{1,40})(?![\p{L}\p{M}\p{N}@-])")
_HYPHEN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}@.'’-])(\p{Lu}[\p{L}\p{M}'’]{1,40})[-‐]$")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}@.'’-])(\p{Lu}[\p{L}\p{M}'’-]{1,40})[ \t]{1,2}$")
# ", Jesús" then the line's end, a mark, or a lower-case word: "<TZUL BATZ>, Jesús at ..."
_GIVEN_AFTER_COMMA = regex.compile(
    r",[ \t]{1,2}(\p{Lu}\p{Ll}[\p{L}\p{M}'’]{1,30})(?=[ \t]*(?:$|[\n,.;:)|·]|[ \t]\p{Ll}))",
    regex.M,
)

NameTest = Callable[[str], bool]


def _same_style(word: str, style: str) -> bool:
    if style == "upper":
        return word.isupper()
    return style == "title" and word[:1].isupper() and not word.isupper()


def _surname_or_word(word: str, is_name_word: NameTest, is_listed: NameTest) -> bool:
    key = normalize(word)
    return is_name_word(word) or (key in surnames() and is_listed(word))


def hyphen_after(
    text: str, end: int, style: str, is_name_word: NameTest, is_listed: NameTest
) -> int | None:
    """The end of "-Laurent" after "<... Dubois>", when it is a name word or a surname."""
    m = _HYPHEN_AFTER.match(text, end, min(len(text), end + 45))
    if m is None or not _same_style(m.group(1), style):
        return None
    return m.end() if _surname_or_word(m.group(1), is_name_word, is_listed) else None


def hyphen_before(
    text: str, start: int, style: str, is_name_word: NameTest, is_listed: NameTest
) -> int | None:
    """The start of "Dubois-" before "<Laurent ...>", when it is a name word or a surname."""
    m = _HYPHEN_BEFORE.search(text, max(0, start - 45), start)
    if m is None or not _same_style(m.group(1), style):
        return None
    return m.start() if _surname_or_word(m.group(1), is_name_word, is_listed) else None


def particle_chain_after(
    text: str, end: int, style: str, is_name_word: NameTest, is_listed: NameTest
) -> int | None:
    """The end of "de la Cruz" or "dela Cruz" after a Title-case name: lower-case surname
    particles (two or three, or one a single-particle list lacks) and a surname."""
    if style != "title":
        return None
    m = _PARTICLE_CHAIN_AFTER.match(text, end, min(len(text), end + 60))
    if m is None:
        return None
    chain = m.group(1).split()
    if not all(p in SURNAME_PARTICLES for p in chain):
        return None
    if len(chain) == 1 and (chain[0] in PARTICLES or chain[0] in _CHAIN_ONLY):
        return None  # one listed particle: the extent's own walk decides
    if chain[0] in _CHAIN_ONLY:
        return None  # "der Berg" alone is German text, not a particle chain
    surname = m.group(2)
    return m.end() if _surname_or_word(surname, is_name_word, is_listed) else None


def _has_accent(word: str) -> bool:
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", word))


def accented_given(word: str) -> bool:
    """A given name written with its accent ("Jesús", "Ángel", "Óscar"): folded it is a
    listed given name that is also an English or case word ("jesus", "angel"), but an
    English word carries no accent. No country or city ("Perú", "Bogotá")."""
    from core.gazetteer import lookup_country

    if word.isupper() or not _has_accent(word) or normalize(word) not in given_names():
        return False
    return lookup_country(word) is None


def accented_given_before(text: str, start: int, style: str) -> int | None:
    """The start of an accented given name before a Title-case name ("Jesús <Tzoc Batz>")."""
    if style != "title":
        return None
    m = _WORD_BEFORE.search(text, max(0, start - 45), start)
    return m.start() if m is not None and accented_given(m.group(1)) else None


def given_after_comma(
    text: str, start: int, end: int, is_name_word: NameTest, is_listed: NameTest
) -> int | None:
    """The end of ", Jesús" after a surname in capitals ("<TZUL BATZ>, Jesús", "<PERERA>,
    Nimal at a stall"): a listed given name or a name word in Title case, then the line's
    end, a mark or a lower-case word."""
    span = text[start:end]
    if not span.replace(" ", "").replace("-", "").isalpha() or not span.isupper():
        return None
    m = _GIVEN_AFTER_COMMA.match(text, end, min(len(text), end + 40))
    if m is None:
        return None
    word = m.group(1)
    listed = normalize(word) in given_names() and is_listed(word)
    return m.end(1) if listed or accented_given(word) or is_name_word(word) else None
