"""Other forms of one person's name: the given name in another transliteration, and the
shorter given-name + surname forms a report writes for a name of three words or more.

A name's full form (`ingest.link_names.person`) stays its first key. These forms are keyed
beside it, so that reports link when they share any one of them:

- `canonical(word)`: one spelling for the transliterations of common given names
  ("Mohammed", "Muhammad", "Mohamed" -> "muhammad"; "Alexander", "Aleksandr", "Oleksandr" ->
  "aleksandr"; "Youssef", "Yusuf" -> "yusuf"). A table, not a sound rule: a name one letter
  off ("Alejandra" for "Alejandro", "Popesca" for "Popescu") stays another name.
- `short_forms(value)`: the given name with one surname, dropping the words between them,
  for a name of three words or more: "Aleksandr Sergeyevich Volkov" -> "aleksandr volkov",
  "Carlos Gutiérrez Rojas" -> "carlos gutierrez" and "carlos rojas" (a double surname is
  written with either), "GUTIÉRREZ ROJAS, Carlos" (surname first: before a comma, or in
  capitals) the same. A leading "Muhammad" before another given name is a prefix
  ("Muhammad Tariq Khan" -> "khan tariq"): with it, every Muhammad Khan would meet.
"""

from __future__ import annotations

import regex

from ingest.link_spellings import NICKNAMES

# A word as written: a hyphenated or apostrophed one ("Jean-Luc", "O'Sullivan") is one.
_SURFACE_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")

# Given names written in several Latin transliterations (Arabic, Russian and Ukrainian,
# Greek, Turkish): every spelling -> one. Surnames are not listed: "Hashimi"/"Hashemi" may
# be two families.
_EQUIVALENT = (
    "muhammad mohammed mohammad mohamed muhammed mohamad muhamad mohammod mohamud",
    "ahmad ahmed ahmet",
    "yusuf youssef yousef yusef youssouf yousuf",
    "husain hussein hussain husein hossein",
    "hasan hassan",
    "umar omar",
    "uthman othman osman usman",
    "abdullah abdallah abdulla",
    "mustafa mustapha moustafa mostafa",
    "ibrahim ebrahim",
    "aleksandr alexander alexandr aleksander oleksandr olexandr oleksander",
    "aleksandra alexandra oleksandra",
    "sergei sergey serhiy serhii sergiy",
    "dmitri dmitry dmitriy dmytro",
    "yevgeny evgeny evgeniy yevgeniy",
    "mikhail mykhailo mikhayil",
    "andrei andrey andriy andrii",
    "yuri yuriy yurii iurii",
    "nikolai nikolay mykola",
    "olga olha",
    "natalia natalya nataliya",
    "tatiana tatyana tetiana tetyana",
    "yulia yuliya julia",
    "georgios giorgos yiorgos",
    "konstantinos kostantinos",
    "khalid khaled",
    "ekaterina yekaterina",
    "elena yelena",
    "tesfay tesfai",
    "abdirahman abdulrahman abdurahman abdurrahman abdelrahman abderrahmane",
    "saeed saeid saied",
    "mahmoud mahmud mahmood mehmood",
    "rashid rasheed",
    "walid waleed",
    # Korean family names: one Hangul name read several ways (이 Lee/Yi/Rhee, 박 Park/Pak/Bak,
    # 최 Choi/Choe, 정 Jung/Jeong, 강 Kang/Gang), unlike "Hashimi"/"Hashemi" above
    "lee yi rhee rhie",
    "park pak bak",
    "choi choe",
    "jung jeong",
    "kang gang",
)
_CANONICAL = {w: line.split()[0] for line in _EQUIVALENT for w in line.split()}
# A diminutive stands for its given name ("Paco" -> "francisco"), in that name's one spelling.
_CANONICAL |= {w: _CANONICAL.get(full, full) for w, full in NICKNAMES.items()}
_MUHAMMAD = frozenset(w for w, c in _CANONICAL.items() if c == "muhammad") | {"md", "mohd"}


def canonical(word: str) -> str:
    """One spelling of a folded given name written in several transliterations."""
    return _CANONICAL.get(word, word)


def canonical_form(form: str) -> str:
    """A sorted form ("al hashimi mohammed") with every word in its one spelling, sorted."""
    return " ".join(sorted(canonical(w) for w in form.split()))


def ordered_parts(name: str) -> tuple[list[str], list[str]]:
    """(given words, surname words) of a trimmed name as written: surname first before a
    comma ("SANTOS, João Pedro") or in capitals beside words that are not ("KOWALCZYK Anna
    Maria"); otherwise the first word is the given name and the rest the surname and the
    names between (a hyphenated surname as two)."""
    if "," in name:
        before, after = name.split(",", 1)
        surname, given = _SURFACE_WORD.findall(before), _SURFACE_WORD.findall(after)
        if surname and given:
            return given, surname
    words = _SURFACE_WORD.findall(name)
    caps = [w.isupper() and len(w) > 1 for w in words]
    if sum(a != b for a, b in zip(caps, caps[1:], strict=False)) == 1:  # one block of each
        upper = [w for w, c in zip(words, caps, strict=True) if c]
        lower = [w for w, c in zip(words, caps, strict=True) if not c]
        return lower, upper
    # After the given name, a hyphen joins two surnames ("Gutiérrez-Rojas"), as a space does.
    return words[:1], [part for w in words[1:] for part in w.split("-") if part]


# Particles of Dutch and German surnames that redaction's list lacks ("van der Berg").
_MORE_PARTICLES = frozenset("der den ter ten het".split())
# Middle names of South Asian names, between the given name and the surname ("Ram Bahadur
# Thapa", "Rajesh Kumar Sharma"), and the Vietnamese "Thị" ("Phạm Thị Lan" = "Lan Phạm"):
# left out of a shorter form, never its surname.
_MIDDLES = frozenset("bahadur kumar kumari devi prasad lal nath chandra thi".split())
_PATRONYMIC = regex.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|yevna)$")


def _droppable(word: str) -> bool:
    """A word a shorter form of the name may leave out: a patronymic, or a surname on no
    list of given names ("Gutiérrez", "Dizon"; not "Torres", a given name too). A given name
    between the first and the surname ("Mihai" in "Ionuț Mihai Popescu") is not: "Ionuț
    Popescu" may be another man."""
    from redaction.name_lists import given_names
    from redaction.world_names import world_given_names

    if _PATRONYMIC.search(word) or word in _MIDDLES:
        return True
    return word not in given_names() and word not in world_given_names()


def short_forms(given: list[list[str]], surname: list[list[str]]) -> list[str]:
    """Given name + one surname, sorted, for names of three words or more: each word as
    written is a list of folded name words ("Jean-Luc" -> ["jean", "luc"]), empty when it
    is a title, particle or initial. A word is left out only when `_droppable`."""
    given = [g for g in ([w for w in t if w not in _MORE_PARTICLES] for t in given) if g]
    surname = [s for s in ([w for w in t if w not in _MORE_PARTICLES] for t in surname) if s]
    if not given or not surname or len(given) + len(surname) < 3:
        return []
    if len(given) == 1 and given[0][0] in _MUHAMMAD and len(surname) > 1:
        given, surname = surname[:1], surname[1:]  # "Muhammad Tariq Khan"
    first, rest = given[0], given[1:]
    if (first[0] in _MUHAMMAD or first[0] in _MIDDLES) and rest:
        first, rest = rest[0], rest[1:]  # "PHAM Thi Lan": "Thi" is no given name of its own
    if len(given) == 1:  # "Carlos Gutiérrez Rojas": the first surname or a middle name
        # given names after the first one are kept ("Luiz Fernando da Silva Oliveira" ->
        # "Luiz Fernando Oliveira"): only surnames are left out
        lead = 0
        while lead < len(surname) - 1 and not all(_droppable(w) for w in surname[lead]):
            lead += 1
        first = [*first, *(w for token in surname[:lead] for w in token)]
        surname = surname[lead:]
        options = [(surname[-1], surname[:-1])]
        first_surname = surname[0]  # a surname: on no given-name list, no patronymic
        if len(surname) > 1 and all(
            _droppable(w) and not _PATRONYMIC.search(w) and w not in _MIDDLES for w in first_surname
        ):
            options.append((surname[0], surname[1:]))
    else:  # surname first ("GUTIÉRREZ ROJAS, Carlos Andrés"): either surname, no middle
        options = [(end, [*rest, *(s for s in surname if s is not end)]) for end in surname]
    out = []
    for end, dropped in options:
        if all(_droppable(w) for token in dropped for w in token):
            out.append(" ".join(sorted([*first, *end])))
    return list(dict.fromkeys(out))
