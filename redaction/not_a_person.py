"""Spans taken for a person that the words around them show to be something else.

The person guard (`redaction.person_guard`) judges a span by its own words; these rules look
at its neighbours, for shapes the demo and real-case corpora showed being over-redacted:

- part of a known place of several words: "Tinh" of "Ha Tinh", "Hague" of "The Hague";
- a place named after a place preposition and an English word: "a car wash in Small Heath"
  ("Heath" is a listed given name; "Small" is no name);
- a named operation, project or programme: "Operation Ember", 'the programme "Tayssir"'
  (`redaction.undertakings`);
- an organisation introduced by what it is: "the charity Safe Harbour", "the app Zalo";
- a vehicle or product after a colour: "a white Audi", "the silver Ford Transit";
- a place listed after a place preposition: "near Dungannon and Cookstown", "in Luton,
  Slough and High Wycombe" (the first is a place by the guard's own rule, so the rest are);
- a name inside an organisation's name that opens with what it is, as names do in Romance
  languages: "Fazenda Boa Esperança", "Ministério Público do Trabalho", "Hotel Maria"; or a
  span that opens with such a word: "Universidad de Buenos Aires" (`redaction.org_names`);
- a place of several words, joined by "and", "the", "do" or a hyphen: "Papua New Guinea",
  "Turks and Caicos Islands", "Timor-Leste", "Mato Grosso do Sul"; or ending (opening, in
  Romance languages) with a word for a kind of place: "Falkland Islands", "Islas Malvinas";
- a plural of an organisation word ending the span: "District Vigilance Committees";
- a name after an organisation word and "of"/"for"/"on": "the Coalition of Immokalee
  Workers"; or right before a country's or a city's name: "Maiti Nepal", "Repórter Brasil";
- goods in a list (`redaction.goods_lists`): "Forced Labor: Cotton (child labor); Rice";
  and a plural thing opening a sentence: "Passports were taken on arrival".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction import gazetteer
from redaction.goods_lists import in_list_of_goods, plural_subject
from redaction.org_articles import article_opens_organisation
from redaction.org_cues import organisation_cue
from redaction.org_forms import legal_form_in_span
from redaction.org_names import ORG_OPENERS, opens_with_organisation_word
from redaction.person_titles import after_title, is_title_or_rank
from redaction.place_position import after_place_preposition
from redaction.town_list import town_after_place_word
from redaction.undertakings import named_undertaking

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])([\p{L}\p{M}'’.-]+)[ \t]+$")
_WORD_ENDING = regex.compile(r"(?<![\p{L}\p{M}'’.-])([\p{L}\p{M}'’.-]+)[ \t]*$")
# match() at a position: no "^", which matches only at the text's start.
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\p{M}'’.-]+)")
_PLACE_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.])([\p{L}\p{M}'’.]+)(?:[ \t]+|-)$")
_PLACE_WORD_AFTER = regex.compile(r"(?:[ \t]+|-)([\p{L}\p{M}'’.]+)")
# What an organisation is, written before its name ("the charity Safe Harbour"). No word
# that also names a person's role ("the recruiter Ion", "the employer Ana") and none that a
# person's name often follows as the subject of a relative clause ("the group Ana joined").
ORG_NOUNS = frozenset(
    "charity charities ngo ngos company firm brand app platform website agency organisation "
    "organization foundation shelter helpline hotline newspaper broadcaster magazine".split()
)
# English words that open a place's name ("Small Heath", "Old Trafford", "West Bromwich").
PLACE_PREFIXES = frozenset(
    "small great little old new upper lower north south east west central nether far high "
    "long broad castle church market saint st port mount fort lake bay cape point".split()
)
_JOINERS = frozenset("de do da dos das del della di des du la le y e".split())
# Lower-case words inside the names of places: "Trinidad and Tobago", "Mato Grosso do Sul".
_PLACE_JOINERS = frozenset("and the of da de do dos das del du y e".split())
# Words that end the names of places and never a person's.
_PLACE_TAILS = frozenset(
    "Islands Island Isles Archipelago Atoll Peninsula Province Region Territory Territories".split()
)
_PLACE_HEADS = frozenset("Islas Isla Ilhas Ilha Îles Île Isole Isola".split())
_KIND_OF = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}.-]+)[ \t]+(?:of|for|on|against)[ \t]+(?:the[ \t]+)?$"
)
_CASE_WORDS = frozenset(w.casefold() for w in gazetteer.split(gazetteer.CASE_VOCABULARY))
# A run of Title-case words (with "of", "for", "the") listed after or before a span.
_RUN_WORD = r"(?:\p{Lu}[\p{L}\p{M}.&'’-]*|of|for|the|de)(?![\p{L}\p{M}])"
_RUN = rf"({_RUN_WORD}(?:[ \t]+{_RUN_WORD}){{0,5}})"
_LISTED_AFTER = regex.compile(r"(?:,|[ \t]+(?:and|&|or))[ \t]+(?:the[ \t]+)?" + _RUN)
_LISTED_BEFORE = regex.compile(_RUN + r"(?:,|[ \t]+(?:and|&|or))[ \t]+$")
_ROLES = frozenset(
    gazetteer.split(gazetteer.PERSON_ROLES)
    + gazetteer.split(gazetteer.PERSON_TITLES)
    + "officers official officials staff team spokesperson representative director".split()
)
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter".split()
)
_CONJUNCT_BEFORE = regex.compile(r"(?:,|[ \t](?:and|or|&))[ \t]+$")
_DETERMINERS = frozenset(
    "the a an its their our his her this that local another same partner registered".split()
)
COLOURS = frozenset(
    "white black silver grey gray red blue green dark navy maroon gold golden beige "
    "yellow orange brown purple".split()
)


def _title_word(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and (word[1:].islower() or word.isupper())


def in_known_place(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """The span with Title-case words (and the joiners of place names) before or after it is
    a place our lists know: "Ha Tinh", "The Hague", "Papua New Guinea", "Timor-Leste",
    "Turks and Caicos Islands", "Mato Grosso do Sul", "Saint Vincent and the Grenadines";
    so the span is a part of that place."""
    left, right = _place_words(text, start, end)
    for i, (first, _) in enumerate(left):
        if first == end or text[first:end].split()[0] in _PLACE_JOINERS:
            continue  # a place's name opens with no lower-case joiner ("The Hague" does)
        for j, (_, last) in enumerate(right):
            if last == start or text[start:last].split()[-1] in _PLACE_JOINERS:
                continue
            if i == len(left) - 1 and j == 0:
                continue  # the span alone
            phrase = text[first:last]
            if (" " in phrase.strip() or "-" in phrase) and guard.is_known_place(phrase):
                return True
    return False


def _place_words(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a place around the span may start (nearest last) and end (nearest first): up
    to five Title-case words or joiners on each side, joined by a space or a hyphen."""
    left = [(start, end)]
    at = start
    for _ in range(5):
        m = _PLACE_WORD_BEFORE.search(text, max(0, at - 40), at)
        if not m or not _place_word(m.group(1)):
            break
        at = m.start(1)
        left.insert(0, (at, end))
    right = [(start, end)]
    at = end
    for _ in range(5):
        m = _PLACE_WORD_AFTER.match(text, at, min(len(text), at + 40))
        if not m or not _place_word(m.group(1)):
            break
        at = m.end(1)
        right.append((start, at))
    return left, right


def _place_word(word: str) -> bool:
    return word.casefold() in _PLACE_JOINERS or _title_word(word.strip("."))


def ends_in_place_noun(text: str, start: int, end: int) -> bool:
    """ "Falkland Islands", "Western Province", "Islas Malvinas": Title-case words ending
    (or, in Romance languages, opening) with a word that names a kind of place, which no
    person's name does."""
    words = text[start:end].split()
    if len(words) < 2 or not all(_title_word(w) for w in words):
        return False
    return words[-1] in _PLACE_TAILS or words[0] in _PLACE_HEADS


def ends_in_organisation_plural(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "District Vigilance Committees", "Child Protection Units": the plural of a word that
    marks an organisation ends the span. Not a surname ("Banks", "Mills")."""
    from redaction.name_lists import surnames

    last = text[start:end].split()[-1]
    if not _title_word(last) or not last.endswith("s") or last.casefold() in surnames():
        return False
    key = last.casefold()
    singulars = {key[:-1], key[:-2] if key.endswith("es") else key[:-1]}
    if key.endswith("ies"):
        singulars.add(key[:-3] + "y")
    return any(w in guard.org_keywords for w in singulars)


def after_preposition_and_word(text: str, start: int, end: int) -> bool:
    """ "in Small Heath", "near Old Trafford": a place preposition, then one Title-case
    word that opens place names ("Small", "Old", "West"), then the span (not possessive).
    Any English word would do too much: "In March Ana was moved"."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not word or not _title_word(word.group(1)) or not word.group(1).isalpha():
        return False
    if word.group(1).lower() not in PLACE_PREFIXES:
        return False
    prep = _WORD_BEFORE.search(text, max(0, word.start() - 20), word.start())
    return bool(prep and prep.group(1).lower() in gazetteer.PLACE_PREPOSITIONS)


def introduced_as_organisation(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "the charity Safe Harbour", "a Thai NGO Mekong Bridge": a word naming what an
    organisation is, led by a determiner, right before the span."""
    noun = _WORD_BEFORE.search(text, max(0, start - 30), start)
    # "at the shelter. Lakshmi says": a full stop ends the sentence that named the noun.
    if not noun or noun.group(1).endswith(".") or noun.group(1).lower() not in ORG_NOUNS:
        return False
    # "the company Andrei Lungu ran": a person's relative clause. The name must open with a
    # word that is no name ("Safe Harbour", "La Strada").
    window = text[max(0, noun.start() - 40) : noun.start()].lower().split()
    if not any(w.strip(",.") in _DETERMINERS for w in window[-2:]):
        return False
    return not guard.is_name_word(text[start:end].split()[0])


def after_colour(text: str, start: int, end: int) -> bool:
    """ "a white Audi", "the silver Ford Transit": a colour word before a name of one or two
    words (a make, and a model)."""
    words = text[start:end].split()
    if len(words) > 2 or (len(words) == 2 and _census_given_name(words[0])):
        return False  # "the silver Maria Lopez" is no make and model
    colour = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if not colour or colour.group(1).lower() not in COLOURS:
        return False
    det = _WORD_BEFORE.search(text, max(0, colour.start() - 20), colour.start())
    return bool(det and det.group(1).lower() in ("a", "an", "the", "his", "her", "their"))


def _title_run_before(text: str, at: int) -> int | None:
    """Where a run of one to three Title-case words ending at `at` starts (None: no run)."""
    first = None
    for _ in range(3):
        m = _WORD_ENDING.search(text, max(0, at - 40), at)
        if not m or not _title_word(m.group(1).strip(".")):
            break
        first = at = m.start()
    return first


def listed_after_place_preposition(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "near Dungannon and Cookstown": the span ends a list whose first item follows a
    place preposition ("smiled at Ana and Maria" is no list of places: the guard's rule
    for the first item leaves out words aimed at someone)."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    from redaction.name_lists import given_names

    if text[start:end].split()[0].casefold() in given_names():
        return False  # "housed in Derby, Ana and Maria in one room": people after a place
    at = start
    for _ in range(4):
        joint = _CONJUNCT_BEFORE.search(text, max(0, at - 6), at)
        if joint is None:
            return False
        run = _title_run_before(text, joint.start())
        if run is None or any(w.lower() in _CALENDAR for w in text[run : joint.start()].split()):
            return False  # "in March Ana and Maria were moved": a date, then people
        if after_place_preposition(text, run, joint.start()):
            return True
        at = run
    return False


def inside_organisation_name(text: str, start: int, end: int) -> bool:
    """ "Fazenda Boa Esperança", "Ministério Público do Trabalho": an organisation-opening
    word of a Romance language before the span, across Title-case words and joiners."""
    at = start
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if not m:
            return False
        word = m.group(1).strip(".")
        if word.casefold() in ORG_OPENERS and word[:1].isupper():
            return True
        if word not in _JOINERS and not _title_word(word):
            return False
        at = m.start()
    return False


def after_organisation_kind(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "the Coalition of Immokalee Workers", "Committee on Migrant Workers": a Title-case
    word that marks an organisation, then "of", "for", "on" or "against" (and "the"), right
    before the span. Not a span opening with a given name ("the Foundation of Maria Lopez")."""
    m = _KIND_OF.search(text, max(0, start - 40), start)
    if not m or m.group(1).casefold() not in guard.org_keywords:
        return False
    return not _opens_with_given_name(text[start:end])


def before_country(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "Maiti Nepal", "Repórter Brasil", "ASTRA Belgrade": a span right
    before the name of a country or a city, with only a space between, names an organisation
    there.
    Not a country that is also a given name ("Jordan", "Georgia"), nor a span opening with
    a given name ("Ana Moldova")."""
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if not m or not _title_word(m.group(1)) or text[end] not in " \t":
        return False
    country = m.group(1).rstrip(".,;:")
    from redaction.name_lists import given_names

    if country.casefold() in given_names() or len(country) < 3:
        return False
    nxt = text[m.end() : m.end() + 2]
    if nxt[:1].isalpha() or (nxt[:1] == " " and nxt[1:2].isupper()):
        return False  # "Maiti Nepal Foundation" is still caught by its kind word
    from redaction.person_guard import normalize

    key = normalize(country)
    if key in guard.demonyms or key in _CASE_WORDS or not guard.is_known_place(country):
        return False  # "Ana Romanian", "Maria Police": no place
    return not _opens_with_given_name(text[start:end])


def listed_with_organisation(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "Revolut and Monzo", "Samsung, Apple and Dell", "Kalayaan and Unseen UK": one or two
    Title-case words listed beside an organisation (a name with an organisation word, an
    acronym or a listed brand) are one too, unless a word is a listed given name or surname
    ("Ana and the Salvation Army", "Nowak and Hope for Justice")."""
    from redaction.name_lists import surnames
    from redaction.world_names import every_given_name

    words = text[start:end].split()
    if not 1 <= len(words) <= 2 or not all(_title_word(w) for w in words):
        return False
    if after_title(text, start):
        return False  # "Mr Zarinova and Mrs Nwosu", "DC Touil, DS Madan": people, not acronyms
    names, family = every_given_name(), surnames()
    if any(w.casefold() in names or w.casefold() in family for w in words):
        return False
    after = _LISTED_AFTER.match(text, end, min(len(text), end + 80))
    if after and _organisation_run(after.group(1), guard):
        # "Kipchumba and the ILO officer": a person of the organisation, beside a person
        following = _WORD_AFTER.match(text, after.end(), min(len(text), after.end() + 30))
        role = following is not None and following.group(1).strip(".,").lower() in _ROLES
        return not role
    before = _LISTED_BEFORE.search(text, max(0, start - 80), start)
    return bool(before and _organisation_run(before.group(1), guard))


def _organisation_run(run: str, guard: PersonGuard) -> bool:
    words = [w.strip(".,") for w in run.split()]
    if words and is_title_or_rank(run.split()[0]):
        return False  # "Mrs Nwosu of ...", "DS Madan": a person after a title, no organisation
    return any(
        w.casefold() in guard.org_keywords
        or w.casefold() in _CASE_WORDS
        or (2 <= len(w) <= 6 and w.isupper() and w.isalpha())
        for w in words
    )


def _opens_with_given_name(span: str) -> bool:
    from redaction.world_names import every_given_name

    first = span.split()[0].strip(".,").casefold() if span.split() else ""
    return first in every_given_name()


def _census_given_name(word: str) -> bool:
    """A common given name (the census list; the world list also holds "Ford")."""
    from redaction.name_lists import given_names

    return word.strip(".,").casefold() in given_names()


def not_a_person(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """Whether the words around a PERSON span show it to be no person (see the module)."""
    return (
        legal_form_in_span(text[start:end])
        or named_undertaking(text, start, end)
        or article_opens_organisation(text, start, end, guard)
        or introduced_as_organisation(text, start, end, guard)
        or after_colour(text, start, end)
        or in_known_place(text, start, end, guard)
        or ends_in_place_noun(text, start, end)
        or ends_in_organisation_plural(text, start, end, guard)
        or in_list_of_goods(text, start, end, guard)
        or plural_subject(text, start, end)
        or after_organisation_kind(text, start, end, guard)
        or before_country(text, start, end, guard)
        or listed_with_organisation(text, start, end, guard)
        or after_preposition_and_word(text, start, end)
        or listed_after_place_preposition(text, start, end, guard)
        or inside_organisation_name(text, start, end)
        or opens_with_organisation_word(text, start, end)
        or organisation_cue(text, start, end, guard)
        or town_after_place_word(text, start, end)
    )
