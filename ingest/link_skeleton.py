"""Looser spellings of one name, keyed beside its other forms (round 20, issue 17).

Every form `ingest.link_names.person_forms` keyed before this module stays as it was, so
stored keys still match; these forms are added to them:

- `joined_rewrites(name)`: the name written again with its pieces joined as other reports
  join them: an Arabic "Abd" compound ("Abdel Fattah", "Abd el-Fattah", "Abdul Fattah",
  "Abd al-Fattah" -> "Abdelfattah"), a Gaelic "Mac" ("Mac Leod", "Mc Leod", "M'Leod" ->
  "Macleod"), surname particles glued to the surname ("van der Merwe" -> "Vandermerwe",
  "De la Cruz" -> "Delacruz"; "v.d. Merwe" is "van der Merwe"), and for a name of three
  words or more its first two words (two given names) or last two joined ("Mohammad Reza Karimi" ->
  "Mohammadreza Karimi", "Tsegay Gebre Michael" -> "Tsegay Gebremichael").
- `skeleton_form(form)`: a keyed form with each word spelled loosely: letters NFKD keeps
  that casefold leaves ("GUÐMUNDSSON" folds to "guðmundsson"; here "gudmundsson"), "Mc" as
  "Mac", an "Abd" compound without its article ("Abderrahmane", "Abdulrahman" ->
  "abdrahman"), "ou" as "u" ("Mansour" = "Mansur"), doubled vowels and consonants once
  ("Maarten" = "Marten", "Saaid" = "Said", "Petrossian" = "Petrosian"; "ee" and "oo" read
  long "i" and "u": "Saeed" = "Said", "Mansoori" = "Mansuri"), "-yan" as "-ian", a final
  "ay"/"ey"/"oy" as "ai"/"ei"/"oi" ("Tsegay" = "Tsegai"), "ue"/"oe" between consonants as the
  umlaut folds ("Juergen" = "Jürgen" = "Jurgen", "Soeren" = "Søren"), a final "oh" as "o" ("Satoh" =
  "Sato"), the Somali "C" of "Cabdi" (= "Abdi"), and particles of other languages
  ("der", "dela") left out. A vowel of another quality stays another name ("Martin" is
  not "Maarten", "Saito" not "Sato").

Every word of the name must still match: these forms only read one word more loosely.
"""

from __future__ import annotations

import regex

from ingest.link_variants import canonical, ordered_parts
from redaction.person_guard import PARTICLES

# Letters NFKD does not decompose that `fold` meets only after casefolding a capital.
_AFTER_CASEFOLD = str.maketrans({"þ": "th", "ð": "d", "ø": "o", "ł": "l", "đ": "d", "æ": "ae"})
# Particles of surnames the redaction list lacks (Dutch, Filipino, Spanish plural).
_MORE_PARTICLES = frozenset("der den ter ten het dela delos delas los las".split())
_ALL_PARTICLES = PARTICLES | _MORE_PARTICLES
# "Abdullah" is "Abd Allah": its article is part of "Allah", and the table spells it.
_ABDULLAH = frozenset("abdullah abdallah abdulla abdalla abdellah".split())
_ABD_ARTICLE = (
    regex.compile(r"^[aeiou]([rsntdzl])(?=\1)"),  # "errahmane", "ullatif": a sun letter
    regex.compile(r"^(?:ou|[aeiou])l"),  # "elfattah", "ulkarim", "oulaye"
    regex.compile(r"^(?:ou|[aeiou])"),  # "irahman", "urahman"
)
_DOUBLED_VOWEL = (("ee", "i"), ("oo", "u"), ("aa", "a"), ("ii", "i"), ("uu", "u"))
_DOUBLED_CONSONANT = regex.compile(r"([b-df-hj-np-tv-z])\1")
_UMLAUT = regex.compile(r"(?<=[b-df-hj-np-tv-z])([ou])e(?=[b-df-hj-np-tv-z])")
_FINAL_Y = regex.compile(r"(?<=[aeo])y$")
_FINAL_YAN = regex.compile(r"(?<=[b-df-hj-np-tv-z])yan$")


def skeleton_word(word: str) -> str:
    """One folded name word spelled loosely (see the module's docstring)."""
    w = canonical(word.translate(_AFTER_CASEFOLD))
    if w.startswith("cabd"):  # Somali "Cabdi" = "Abdi"
        w = w[1:]
    if w.startswith("mc") and len(w) > 4:
        w = "mac" + w[2:]
    if w.startswith("abd") and w not in _ABDULLAH:
        rest = w[3:]
        for article in _ABD_ARTICLE:
            m = article.match(rest)
            if m is not None:
                rest = rest[m.end() :]
                break
        if len(rest) >= 3:
            w = "abd" + rest
    w = w.replace("ou", "u")
    w = _UMLAUT.sub(r"\1", w)  # "Juergen" = "Jurgen", "Soeren" = "Soren"
    for pair, single in _DOUBLED_VOWEL:
        w = w.replace(pair, single)
    w = _DOUBLED_CONSONANT.sub(r"\1", w)
    w = _FINAL_YAN.sub("ian", w)
    w = _FINAL_Y.sub("i", w)
    if w.endswith("oh") and len(w) > 3:
        w = w[:-1]
    return canonical(w)


def skeleton_form(form: str) -> str | None:
    """A sorted keyed form with every word spelled loosely; None under two words."""
    words = [skeleton_word(w) for w in form.split() if w not in _ALL_PARTICLES]
    words = [w for w in words if len(w) > 1 and w not in _ALL_PARTICLES]
    return " ".join(sorted(words)) if len(words) >= 2 else None


_ABD = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:abd|abdel|abdal|abdul|abdoul|abdol|abdil)"
    r"(?:[ \t-]+(?i:al|el|ul|ar|er|ur|as|es|us|an|en|un|ad|ed|at|az|ash))?"
    r"[ \t-]+(\p{L}[\p{L}\p{M}]{2,})"
)
_MAC = regex.compile(r"(?<![\p{L}\p{M}])(?:(?:Mc|MC|Mac|MAC)[ \t]+|M['’])(\p{Lu}[\p{L}\p{M}]{2,})")
_VD = regex.compile(r"(?<![\p{L}\p{M}])(?:v\.[ \t]?d\.|v/d|vd\.?)[ \t]+(?=\p{Lu})", regex.I)
_PARTICLE_RUN = regex.compile(
    r"(?<![\p{L}\p{M}'’])((?:(?i:van|von|de|der|den|la|le|del|della|dela|da|dos|das|di|du|ter"
    r"|ten)[ \t]+)+)(\p{Lu}[\p{L}\p{M}]{2,})"
)


def _abd(m: regex.Match[str]) -> str:
    return "Abdel" + m.group(1).lower()


def _mac(m: regex.Match[str]) -> str:
    return "Mac" + m.group(1).lower()


def _particles(m: regex.Match[str]) -> str:
    glued = "".join(m.group(1).split()) + m.group(2)
    return glued.upper() if m.group(2).isupper() else glued[:1].upper() + glued[1:].lower()


def joined_rewrites(name: str) -> list[str]:
    """The name written again with pieces joined (see the module's docstring)."""
    out: list[str] = []
    expanded = _VD.sub("van der ", name)
    for written in dict.fromkeys([name, expanded]):
        if written != name:
            out.append(written)
        for pattern, join in ((_ABD, _abd), (_MAC, _mac), (_PARTICLE_RUN, _particles)):
            again = pattern.sub(join, written)
            if again != written:
                out.append(again)
    out += _adjacent_joined(expanded)
    return [w for w in dict.fromkeys(out) if w != name]


def _is_given(word: str) -> bool:
    from ingest.link_names import fold
    from redaction.name_lists import given_names
    from redaction.world_names import world_given_names

    folded = fold(word)
    return folded in given_names() or folded in world_given_names()


def _adjacent_joined(name: str) -> list[str]:
    """A name of three words or more with its first two given names joined ("Mohammad
    Reza", "Anne Marie"), or its last two surname words ("Gebre Michael"; "GUTIÉRREZ ROJAS,
    Carlos" as "Carlos Gutiérrez Rojas"), where neither is a particle or an initial."""
    given, surname = ordered_parts(name)
    if len(given) == 1 and len(surname) >= 2 and _is_given(given[0]) and _is_given(surname[0]):
        given, surname = [*given, surname[0]], surname[1:]  # "Mohammad Reza Karimi"
    given = [w for w in given if _joinable(w)]
    surname = [w for w in surname if w.casefold() not in _ALL_PARTICLES]
    if len(given) + len(surname) < 3:
        return []
    out = []
    if len(given) >= 2 and _is_given(given[0]) and _is_given(given[1]):
        out.append(" ".join([given[0] + given[1].lower(), *given[2:], *surname]))
    if len(surname) >= 2 and _joinable(surname[-2]) and _joinable(surname[-1]):
        out.append(" ".join([*given, *surname[:-2], surname[-2] + surname[-1].lower()]))
    return out


def _joinable(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word.casefold() not in _ALL_PARTICLES
