"""English street lines with no street word of their own: "88 QUEENSWAY", "61 Eastway".

Many English streets are one word that ends in what was once a street word ("Queensway",
"Parkside", "Northgate", "Westfield", "Churchfields", "Fairway", "Lakeside") or are "The"
and a street word ("44 The Green", "7 THE MALTINGS"). After a house number such a word is a
street line when the line goes on as an address does: a comma and a town, a postcode, or the
end of the line ("PREMISES SEARCHED: 88 QUEENSWAY, BLACKPOOL"); anywhere else it needs an
address word nearby (the street recognizer's context: "premises", "address", "flat", ...).

Left alone: words that only look so ("2 inside", "3 away", "4 sideways", "5 railway"), and a
known town or place after the number ("3 Sheffield, 2 Leeds"). Lower-case text is never
read here: "the 18 fairways" is prose.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.street_world import PREPOSITION_STREET, names_a_place

# Endings of one-word English street names ("Kings|way", "Park|side", "North|gate").
_ENDINGS = (
    "way|ways|side|gate|gates|field|fields|green|wood|woods|bank|banks|croft|crofts|mead"
    "|meadows|dale|lands|hurst|holme|moor|brook|ridge|grove|mount"
)
# English words with those endings that are no street ("away", "inside", "hallway").
_NOT_STREETS = (
    "away|anyway|halfway|midway|someway|always|sideways|hallway|doorway|railway|subway|runway"
    "|walkway|stairway|airway|waterway|alleyway|archway|gangway|driveway|pathway|speedway"
    "|inside|outside|beside|aside|alongside|upside|downside|offside|onside|bedside|topside"
    "|broadside|underside|flipside|wayside|worldwide|herein|firewood|plywood|driftwood|hardwood"
    "|softwood|deadwood|sandbank|riverbank|embank|upgrade|tailgate|floodgate|bookfield"
)
# "The" and a street word or a house-group name: "44 THE GREEN", "7 The Maltings".
_THE_NAMES = (
    "green|maltings|crescent|close|parade|grove|square|mews|beeches|laurels|limes|oaks"
    "|paddocks|paddock|orchard|orchards|meadows|willows|firs|pines|poplars|cedars|elms|sidings"
    "|cloisters|courtyard|spinney|copse|glebe|chase|rise|hollies|birches|coppice|drive"
    "|avenue|terrace|causeway|broadway|strand|parks|quadrant|ridgeway|warren|common"
)
_NUMBER = r"(?<![\w£$€.,/-])\d{1,4}[A-Za-z]?(?:/\d{1,3})?"
# One word, in Title case or in capitals, at least three letters before its ending.
_COMPOUND = (
    rf"(?!(?i:{_NOT_STREETS})(?![\p{{L}}]))"
    rf"(?:\p{{Lu}}\p{{Ll}}{{2,20}}(?:{_ENDINGS})|\p{{Lu}}{{3,21}}(?i:{_ENDINGS}))"
    r"(?![\p{L}\d'’-])"
)
_THE = rf"(?:The|THE)[ \t]+(?=\p{{Lu}})(?i:{_THE_NAMES})"
_STREET = rf"{_NUMBER}[ \t]+(?P<name>{_COMPOUND}|{_THE})(?![\p{{L}}\d'’-])"
# What follows a street line of an address: a comma and a capitalised word (a town), a
# postcode-like code, a bracket, or the end of the line.
_LINE_GOES_ON = (
    r"(?=,[ \t]*\p{Lu}|,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
    r"|[ \t]*\(|[ \t]*[.;]?[ \t]*(?:\n|$))"
)

TOWN_LINE = "number + one-word English street, line of an address"
CUED = "number + one-word English street"
COMPOUND_PATTERNS = [
    Pattern(TOWN_LINE, _STREET + _LINE_GOES_ON, 0.6),
    Pattern(CUED, _STREET, 0.3),
]
NAMES = frozenset((TOWN_LINE, CUED))

_NAME = regex.compile(_STREET)


def names_a_town_instead(pattern_name: str, value: str) -> bool:
    """Whether a street pattern's value names a town, not a street: "in Kampala 3" (a street
    named after a preposition) or "3 Sheffield" (one of the patterns above)."""
    if pattern_name == PREPOSITION_STREET:
        return names_a_place(value)
    return pattern_name in NAMES and names_a_town(value)


def names_a_town(value: str) -> bool:
    """Whether the word after the number is a known town or place ("3 Sheffield")."""
    from core.gazetteer import find_places
    from redaction.person_guard import normalize
    from redaction.world_places import world_places

    m = _NAME.match(value)
    if m is None:
        return False
    name = m.group("name")
    if normalize(name) in world_places():
        return True
    return any(p.start == 0 and p.end == len(name) for p in find_places(name.title()))
