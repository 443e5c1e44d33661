"""People's names as link values: the forms under which one name written many ways meets.

A name is a weaker link than a phone number: two people can share one. So a name's forms
are few and strict: every word of the name must match, save a patronymic or a surname that
is no given name between the given name and the last surname ("Aleksandr Sergeyevich
Volkov" = "Aleksandr Volkov", "Carlos Gutiérrez Rojas" = "Carlos Gutiérrez";
`ingest.link_variants`). A middle given name or an initial is no match: "Mihai Dumitrescu"
and "Mihai José Dumitrescu" are not joined, nor "I. Popescu" and "Ionuț Popescu".

`person(value)` is the primary form, unchanged for a plain name: words folded (case,
diacritics), titles and particles dropped, sorted ("POPESCU Ionuț" = "Ionut Popescu").
Words the NER takes in at a name's edges are dropped too: a title or role before it
("Señor", "Boss", "Recruiter", in any case and with or without accents) and lower-case words
around a capitalised name ("called Ana Pop").

`person_forms(value)` adds the spellings a name has in other scripts and keyboards: the
German "ae/oe/ue" for "ä/ö/ü" ("Schaefer" meets "Schäfer", as "Schafer" already does) and a
Latin transliteration of a Cyrillic name ("Оксана Коваленко" meets "Oksana Kovalenko"),
one spelling of a given name transliterated many ways ("Mohammed"/"Muhammad") and the
shorter forms above. Each form is keyed; two reports are linked when they share one.
"""

from __future__ import annotations

import unicodedata

import regex

from ingest.link_spellings import greek, initials, is_nasab, rewrites
from ingest.link_variants import canonical_form, ordered_parts, short_forms
from redaction.gazetteer import PERSON_ROLES, PERSON_TITLES, split
from redaction.person_guard import PARTICLES

_NAME_WORD = regex.compile(r"\p{L}+")
_SURFACE_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
_TITLES = frozenset("mr mrs ms miss dr prof sir madam mx".split())
# Malay forms of address ("Encik Ahmad bin Ismail"), dropped where they lead a name.
_MALAY = frozenset("encik cik puan tuan".split())
# Role words the NER sometimes takes in with a name ("Contact Ana Pop", "Recruiter Ana Pop").
# Dropped wherever they stand (as before), so keys already stored keep their form.
_ROLES = frozenset(
    "contact customer client victim survivor suspect recruiter driver officer witness agent "
    "boss manager owner landlord employer uncle aunt brother sister mother father cousin "
    "mama papa named called".split()
)

# Letters NFKD does not decompose.
_UNDECOMPOSED = {
    ord(k): v
    for k, v in {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
    }.items()
}
# Cyrillic to Latin as passports and reports most often write it. A name gets the Ukrainian
# and the Russian reading (they differ in г, и, і, ї, є), so "Олег" meets "Oleh" and "Oleg".
_CYR = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюяђјљњћџ"
_UKRAINIAN = "a b v h g d e e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
_RUSSIAN = "a b v g g d e e ye zh z i i yi y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
_SERBIAN = "dj j lj nj c dz"


def _table(latin: str) -> dict[int, str]:
    out = (latin + " " + _SERBIAN).split()
    return {ord(c): v.replace("_", "") for c, v in zip(_CYR, out, strict=True)}


_CYRILLIC_READINGS = (_table(_UKRAINIAN), _table(_RUSSIAN))
_GERMAN = {ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue"}


def fold(text: str) -> str:
    """Case-folded, diacritics removed ("Ştefan Ionuţ" -> "stefan ionut")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_UNDECOMPOSED).casefold()


def _folded_set(block: str) -> frozenset[str]:
    return frozenset(fold(w) for w in split(block) if " " not in w and "-" not in w)


# Titles and roles that are also given names or surnames ("Justice Okafor", "Pan Wei"): kept.
_ALSO_NAMES = frozenset(
    "justice lady don dona son man boy girl woman child minor ing pan ibu hr fru".split()
)
# Lower-case words that stand at a name's edge only when the NER took them in.
_EDGE_WORDS = frozenset("the and but who was via for by".split())


# Titles and roles the redaction gazetteer knows, folded ("señor" -> "senor"): dropped when
# they lead a name, where the NER takes them in ("Señor José Martínez").
# Labels and salutations that stand before a name in notes and messages ("Alias", "Dear").
_LABELS = frozenset("alias aka dear handler subject signed cc attn from name hello hi".split())
# Titles and ranks of police notes and other places that the gazetteer lacks ("Sgt", "Khun").
_MORE_TITLES = frozenset("sgt det insp pc cpl lt capt col gen rev fr hon alhaji khun".split())
_LEADING = (
    _folded_set(PERSON_TITLES)
    | _folded_set(PERSON_ROLES)
    | _TITLES
    | _ROLES
    | _LABELS
    | _MALAY
    | _MORE_TITLES
) - _ALSO_NAMES
# Words that follow a name in notes ("Okafor Blessing DOB ..."); "Jr" is kept: a son.
_TRAILING = frozenset("dob aka alias nee ltd".split())


def _trimmed(value: str) -> str:
    """The name without the lower-case words and leading titles or roles the NER took in
    with it; a word is dropped only while two words of the name remain."""
    return " ".join(_kept(value))


def _trimmed_as_written(value: str) -> str:
    """`_trimmed` as written, with the commas and hyphens between its words ("SANTOS,
    João", "Jean-Luc Moreau")."""
    words = _kept(value)
    if not words:
        return ""
    spans = [m.span() for m in _SURFACE_WORD.finditer(value)]
    texts = [value[a:b] for a, b in spans]
    for i in range(len(texts) - len(words) + 1):
        if texts[i : i + len(words)] == words:
            return value[spans[i][0] : spans[i + len(words) - 1][1]]
    return " ".join(words)


def _kept(value: str) -> list[str]:
    found = list(_SURFACE_WORD.finditer(value))
    words = [m.group() for m in found]
    if any(w[:1].isupper() for w in words):
        while len(words) > 2 and _taken_in(words[0]):
            words = words[1:]
        # the lower-case half of a hyphenated word is the name's ("Xiao-ming")
        while len(words) > 2 and _taken_in(words[-1]) and value[found[-1].start() - 1] != "-":
            words, found = words[:-1], found[:-1]
    while len(words) > 2 and fold(words[0]).strip("'’") in _LEADING:
        words = words[1:]
    while len(words) > 2 and fold(words[-1]).strip("'’") in _TRAILING:
        words = words[:-1]
    return words


def _taken_in(word: str) -> bool:
    """A lower-case word at the edge of a capitalised name that is no name particle
    ("called", "late"; not "van", "de")."""
    folded = fold(word)
    return (
        word[:1].islower()
        and folded not in PARTICLES
        and (len(folded) > 3 or folded in _EDGE_WORDS)
    )


def _core(text: str) -> list[str]:
    """The folded words of `text` that make a name: no titles, roles, particles, initials."""
    words = [w for w in _NAME_WORD.findall(text) if w not in _TITLES and w not in _ROLES]
    return [w for w in words if w not in PARTICLES and len(w) > 1]


def _form(text: str) -> str | None:
    core = sorted(_core(text))
    return " ".join(core) if len(core) >= 2 else None


def person(value: str) -> str | None:
    """A name's words folded and sorted ("Mai NGUYỄN Thi" and "Nguyen Thi Mai" are one);
    titles and particles dropped; a single word is too weak to link on."""
    return _form(fold(_trimmed(value)))


def person_forms(value: str) -> list[str]:
    """Every form of a name that is keyed: the primary one first, then its German and
    Latin-script spellings where they differ. Empty when the name is too weak to link."""
    name = _trimmed(value)
    primary = _form(fold(name))
    written = _trimmed_as_written(value)
    if primary is None:
        by_initials = initials(written)
        return [by_initials] if by_initials else []
    forms: list[str | None] = [primary]
    for i, text in enumerate([written, *rewrites(written)]):
        forms += _spellings(text, with_primary=i > 0)
    forms += [canonical_form(f) for f in forms if f]
    return [f for f in dict.fromkeys(forms) if f]


def _spellings(name: str, *, with_primary: bool) -> list[str | None]:
    """The German, Cyrillic and Greek readings and shorter forms of a trimmed name as
    written (`with_primary`: its plain form too, for a rewrite of the name)."""
    lower = unicodedata.normalize("NFC", name).casefold()
    forms: list[str | None] = [_form(fold(lower))] if with_primary else []
    if any(ch in lower for ch in "äöü"):
        forms.append(_form(fold(lower.translate(_GERMAN))))
    if regex.search(r"\p{Cyrillic}", lower):
        forms += [_form(fold(lower.translate(t))) for t in _CYRILLIC_READINGS]
    if regex.search(r"\p{Greek}", lower):
        forms.append(_form(greek(fold(lower))))
    if is_nasab(name):  # its shorter form is the rewrite without "bin Salem", not "Salem
        return forms  # Al-Harbi" (his father's name, another man's)
    given, surname = ordered_parts(name)
    forms += short_forms([_core(fold(w)) for w in given], [_core(fold(w)) for w in surname])
    return forms
