"""Other ways one name is written, beside its transliterations (`ingest.link_variants`):
nicknames and diminutives, abbreviated given names, Greek script, syllables written joined,
hyphenated or apart, and a nickname in quote marks.

- `NICKNAMES`: a diminutive -> the given name it is short for ("Paco" -> "Francisco",
  "Katya" -> "Ekaterina", "Bill" -> "William", "Fritz" -> "Friedrich"). Only diminutives
  of one name: "Sasha" (Aleksandr or Aleksandra), "Alex", "Chris" or "Toni" are not listed.
- `rewrites(name)`: the name as written again with an abbreviated given name in full ("Fco.
  Javier Morales" -> "Francisco Javier Morales", "Ma. Cristina Reyes" -> "Maria Cristina
  Reyes"), without a quoted nickname and with it for the given name ("Giuseppe 'Peppe'
  Esposito" -> "Giuseppe Esposito", "Peppe Esposito"), with a hyphenated word joined
  ("Min-jun" -> "Minjun", "Gebre-Medhin" -> "Gebremedhin"; not "Al-Qahtani": its particle
  is dropped anyway) and with two short syllables written apart joined ("Wang Xiao Ming" ->
  "Wang Xiaoming"), without a father's name after "bin"/"ibn" ("Mohammed bin Salem
  Al-Harbi" -> "Mohammed Al-Harbi"), and with "Al", "El", "O'" or "D'" written as one word
  with the surname ("Al-Harbi" -> "Alharbi", "O'Brien" -> "Obrien"). Each rewrite is keyed
  beside the name as written.
- `initials(name)`: two or three initials and a surname ("R. K. Sharma" -> "rk sharma";
  "J-P Dubois" -> "jp dubois"),
  keyed as a name of its own: it meets the same initials, not "Rajesh Kumar Sharma" (one
  initial and a surname, "N. Adebayo", is a weak key only: `ingest.link_weak`).
- `greek(text)`: a Latin reading of a name in Greek script ("Δημήτριος Παπαδάκης" ->
  "dimitrios papadakis").
"""

from __future__ import annotations

import regex

from redaction.person_guard import PARTICLES

_DIMINUTIVES = (
    # English, German, Italian, Spanish and Portuguese
    "william bill billy",
    "robert bob bobby robbie",
    "james jim jimmy",
    "michael mike",
    "thomas tom tommy",
    "richard rick ricky",
    "elizabeth liz lizzie beth",
    "margaret maggie peggy",
    "friedrich fritz",
    # Igbo and Polish
    "chukwuemeka emeka",
    "wojciech wojtek",
    "josef sepp",
    "giuseppe peppe beppe peppino",
    "salvatore toto turi",
    "francisco paco pancho curro",
    "jose pepe",
    "ignacio nacho",
    "guillermo memo",
    "eduardo lalo",
    "enrique quique",
    "jesus chucho chuy",
    "guadalupe lupe",
    "rosario charo",
    # Russian, Ukrainian and Polish
    "ekaterina katya katia",
    "maria masha",
    "natalia natasha",
    "dmitri dima",
    "mikhail misha",
    "nikolai kolya",
    "vladimir volodya vova",
    "elena lena",
    "olga olya",
    "tatiana tanya",
    "ivan vanya",
    "pavel pasha",
    "aleksei alyosha lyosha",
    "katarzyna kasia",
    "malgorzata gosia",
    "barbara basia",
    "tomasz tomek",
    "jakub kuba",
    # Greek
    "dimitrios dimitris mitsos",
    "ioannis giannis yannis",
    "konstantinos kostas",
    "nikolaos nikos",
    "panagiotis panos",
)
NICKNAMES = {w: line.split()[0] for line in _DIMINUTIVES for w in line.split()[1:]}

# Given names abbreviated with a full stop ("Fco.", "Ma.", "Wm."); "Ma" without one only
# before another given name and a surname ("Ma Cristina Reyes"): "Ma" is a Chinese family
# name too ("Ma Long").
_ABBREVIATED = {"fco": "Francisco", "ma": "Maria", "wm": "William", "mª": "Maria"}
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{M}])(Fco|FCO|Ma|MA|Wm|Mª)(\.[ \t]*|[ \t]+)(?=\p{Lu})")
_QUOTED = regex.compile(r"[ \t]*[\"“‘'](\p{Lu}[\p{L}\p{M}-]{1,30})[\"”’'][ \t]*")
_HYPHENATED = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)-(\p{L}[\p{L}\p{M}]*)")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_SYLLABLE = 4  # longest written-apart syllable that is joined ("Xiao Ming", "Min Jun")


def rewrites(name: str) -> list[str]:
    """The name written again in the other ways above (none when it has none of them)."""
    out: list[str] = []
    expanded = _ABBREVIATION.sub(_expand, name)
    if expanded != name:
        out.append(expanded)
    quoted = _QUOTED.search(name)
    if quoted is not None:
        out.append(name[: quoted.start()] + " " + name[quoted.end() :])
        words = name[quoted.end() :].split()
        if words:
            out.append(quoted.group(1) + " " + " ".join(words))
    nasab = _NASAB.sub(" ", name)  # "Mohammed bin Salem Al-Harbi" -> "Mohammed Al-Harbi"
    if nasab != name:
        out.append(nasab)
    for written in [name, *out]:
        joined = _HYPHENATED.sub(_join, written)
        if joined != written:
            out.append(joined)
        out += _syllables_joined(joined)
        glued = _GLUED_PARTICLE.sub(_glue, written)  # "Al Harbi" -> "Alharbi", "O'Brien"
        if glued != written:
            out.append(glued)
    return [w.strip() for w in dict.fromkeys(out) if w.strip() and w != name]


# "bin Salem", "ibn Rashid", "bint Ali": a father's name inside an Arabic name, left out of a
# shorter form of it as a patronymic is ("Mohammed bin Salem Al-Harbi" = "Mohammed Al-Harbi").
_NASAB = regex.compile(
    r"[ \t]+(?:bin|ibn|bint|BIN|IBN|BINT|Bin|Ibn|Bint)[ \t]+\p{Lu}[\p{L}\p{M}]+[ \t]+"
)
# A particle that is also written as the surname's first letters: "Al Harbi"/"Al-Harbi" and
# "Alharbi", "El Sayed" and "Elsayed", "O'Brien"/"O Brien" and "OBrien", "D'Souza" and
# "DSouza". The particle is dropped from a key (`redaction.person_guard.PARTICLES`), so the
# form written as one word met neither.
_GLUED_PARTICLE = regex.compile(
    r"(?<![\p{L}\p{M}'’])(Al|AL|al|El|EL|el)[ \t-](\p{Lu}[\p{L}\p{M}]{2,})"
    r"|(?<![\p{L}\p{M}'’])(O|D)(?:['’]|[ \t](?=\p{Lu}\p{Ll}))(\p{Lu}[\p{L}\p{M}]{2,})"
)


def is_nasab(name: str) -> bool:
    """Whether a name holds a father's name after "bin", "ibn" or "bint"."""
    return _NASAB.search(name) is not None


def _glue(m: regex.Match[str]) -> str:
    particle, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return particle + word.lower() if not word.isupper() else particle + word


def _expand(m: regex.Match[str]) -> str:
    if "." not in m.group(2) and m.group(1).casefold() == "ma":
        rest = m.string[m.end() :].split()
        if len(rest) < 2 or not _is_given(rest[0].strip(",.")):
            return m.group(0)
    return _ABBREVIATED[m.group(1).casefold()] + " "


def _is_given(word: str) -> bool:
    from ingest.link_names import fold
    from redaction.name_lists import given_names
    from redaction.world_names import world_given_names

    folded = fold(word)
    return folded in given_names() or folded in world_given_names()


def _join(m: regex.Match[str]) -> str:
    if m.group(1).casefold() in PARTICLES:
        return m.group(0)  # "Al-Qahtani": the particle is dropped, not joined
    return m.group(1) + m.group(2).lower()


_MARKERS = frozenset({"thi"})  # the Vietnamese "Thị", a middle name of its own


def _plain(word: str) -> str:
    from ingest.link_names import fold

    return fold(word)


def _syllables_joined(name: str) -> list[str]:
    """A name of three words or more with two short syllables written apart, joined: each
    such pair once ("Wang Xiao Ming" -> "Wang Xiaoming", "Wangxiao Ming"... only the pairs
    whose both words are short)."""
    spans = [m.span() for m in _WORD.finditer(name)]
    if len(spans) < 3:
        return []
    out = []
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        first, second = name[a:b], name[c:d]
        if (
            2 <= len(first) <= _SYLLABLE
            and 2 <= len(second) <= _SYLLABLE
            and name[b:c].strip() == ""
            and not {_plain(first), _plain(second)} & (PARTICLES | _MARKERS)
        ):
            out.append(name[:a] + first + second.lower() + name[d:])
    return out


_INITIALS = regex.compile(r"((?:\p{Lu}\.?[ \t]*-?){2,3})[ \t]+(\p{Lu}[\p{L}\p{M}'’-]{2,})")


def initials(name: str) -> str | None:
    """ "rk sharma" for "R. K. Sharma" and "R.K. Sharma"; None for any other name."""
    from ingest.link_names import fold

    m = _INITIALS.fullmatch(name.strip())
    if m is None or not ("." in m.group(1) or "-" in m.group(1)):  # "R. K.", "J-P", "J.-P."
        return None
    letters = "".join(regex.findall(r"\p{Lu}", m.group(1)))
    return f"{fold(letters)} {fold(m.group(2))}"


# Greek to Latin as passports write it (ELOT 743): pairs first, then letters.
_GREEK_PAIRS = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"))
_GREEK = str.maketrans(
    {
        **dict(zip("αβγδεζηικλμνξοπρστυφως", "avgdeziiklmnxoprstyfos", strict=True)),
        "θ": "th",
        "χ": "ch",
        "ψ": "ps",
    }
)


def greek(text: str) -> str:
    """A Latin reading of folded Greek text ("δημητριος" -> "dimitrios")."""
    for pair, latin in _GREEK_PAIRS:
        text = text.replace(pair, latin)
    return text.translate(_GREEK)
