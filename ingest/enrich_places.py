"""Place roles for enrichment: origin, destination and transit from the words around a mention.

Each place mention from `core.gazetteer` gets a role from the words around it, within its clause:
"from X", "recruited in X", "fled X", "returned/repatriated to X", "X nationals", a demonym + person
noun ("Nigerian women") or a plural demonym ("Eritreans") give ORIGIN; a movement verb + "to/into
X" ("trafficked to", "taken across the border to"), "left A for X", "bound for X", or an
exploitation/arrival verb + "in/at X" ("working in", "found in", "arrived in", "jobs in") give
DESTINATION; "via/through/across X" gives TRANSIT. A recruiting verb + "in X" ("recruited by an
agent in Kathmandu") is origin. Lists inherit the role of their first member ("from Vietnam, China
and Kenya"). Within a sentence only the last "to X" is a destination, earlier ones are stop-overs.
Demonyms used as languages ("spoke Vietnamese") are skipped, and "Georgia" is the US state when the
text has US context and no Georgian context. If one role is known and exactly one other
non-transit country is mentioned, it takes the missing role ("Police in the UK found Vietnamese
nationals..." -> GB destination).

Known limits: roles are read from local phrasing only, so multi-leg journeys ("travelled to
Moscow, then to the UK") can give stop-overs a destination role, and "from" after a transit
country ("crossed from France") reads as origin. Perpetrators' nationalities can read as origin
when phrased like victims' ("a Romanian national").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.gazetteer import Place

_MOD = (
    r"(?:(?:rural|northern|southern|eastern|western|central|north|south|east|west|"
    r"neighbouring|neighboring|mainland|coastal)\s+)?"
)
_ORIGIN_LEFT = re.compile(
    r"(?:\bfrom|\brecruited (?:in|from)|\bborn in|\bnatives? of|\bnationals? of|\bcitizens? of"
    r"|\b(?:returned|repatriated|deported|sent back|sent home|returned home|went back|go back"
    r"|travel home|return(?:ed)? home) to|\bback home (?:to|in)|\bhome (?:country|village|town)"
    r"(?: in| of)?|\bfled|\bleft|\bleaving|\bescaped from|\bvillages? (?:in|near|of)"
    r"|\bregion of|\bdistricts? of|\bprovinces? of|\bhometown (?:in|of))\s+(?:the\s+)?"
    + _MOD
    + r"$"
)
_TRANSIT_LEFT = re.compile(
    r"(?:\bvia|\bthrough|\btransit(?:ed|ing)?(?:\s+(?:through|via|in))?|\bacross|\bcrossing)"
    r"\s+(?:the\s+)?" + _MOD + r"$"
)
_PREP_LEFT = re.compile(
    r"\b(to|into|in|at|inside|between|for|bound for|destined for|destination)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?" + _MOD + r"$"
)
_MOVE = re.compile(
    r"\b(?:trafficked|trafficking|taken|take|taking|brought|bring|sent|send|sending|moved|move"
    r"|transported|smuggled|flown|flew|fly|travel\w*|went|go|going|sold|relocated|deployed"
    r"|migrat\w*|headed|heading|arrive|arrived|arriving|arrival|landed|enter|entered|cross"
    r"|crossed|fled|flee|fleeing|returned|lured|exported|destined|bound|moving)\b"
)
_LEAVE = re.compile(r"\b(?:left|leave|leaving|departed|bound|destined|headed|heading|flights?)\b")
_EXPLOIT = re.compile(
    r"\b(?:work|works|worked|working|employ\w*|exploit\w*|traffick\w*|held|kept|found|rescued"
    r"|discovered|identified|forced|sold|housed|detained|imprisoned|trapped|locked|raided"
    r"|living|stranded|abandoned|arrived|arriving|arrival|landed|jobs?|employment|placed"
    r"|abused|confined|intercepted|freed|brothels?|farms?|sites?|factor(?:y|ies)|homes?)\b"
)
_RECRUIT = re.compile(r"\b(?:recruit\w*|approached|hired|born|grew up|groomed)\b")
_RIGHT_NATIONAL = re.compile(r"^(?:'s)?\s*(?:-born\b|nationals?\b|citizens?\b)")
_PERSON = (
    r"nationals?|citizens?|women|woman|girls?|men|man|boys?|child|children|teenagers?"
    r"|workers?|victims?|migrants?|survivors?|fishermen|farmworkers?|labou?rers?|nann(?:y|ies)"
    r"|maids?|housemaids?|minors?|refugees?|asylum seekers?|people|family|families|crew"
    r"|crews|seafarers?|returnees?|nationality|origin|descent|harvesters?|students?"
)
_RIGHT_PERSON = re.compile(r"^s?\s+(?:[a-z-]+\s+){0,2}?(?:" + _PERSON + r")\b")
_PERPETRATOR = re.compile(
    r"^[^.;]{0,50}?\b(?:convicted|sentenced|jailed|charged|arrested"
    r"|prosecuted|accused|indicted|pleaded)\b"
)
_LANGUAGE_LEFT = re.compile(
    r"\b(?:spoke|speak|speaks|speaking|translated into|interpreted into"
    r"|written in|fluent in)\s+(?:only\s+)?$"
)
_LANGUAGE_RIGHT = re.compile(r"^(?:-|\s)(?:speaking|speakers?|language|interpret\w*|translat\w*)")
_AUTHORITY_RIGHT = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:police|authorities|officials|government"
    r"|embassy|consulate|prosecutors|inspectors|courts?|navy)\b"
)
_LIST_GAP = re.compile(r"^(?:'s)?\s*(?:,|and|or|&|/)(?:\s*(?:and|or))?\s*(?:the\s+)?$")
_CLAUSE_START = re.compile(r".*(?:[.!?]\s|;|\n)", re.S)


def _left(text: str, start: int, width: int = 90) -> str:
    window = text[max(0, start - width) : start]
    cut = _CLAUSE_START.match(window)
    return (window[cut.end() :] if cut else window).lower()


def _role(text: str, place: Place) -> str | None:
    """origin / destination / transit from the words around one place mention, or None."""
    left = _left(text, place.start)
    right = text[place.end : place.end + 60]
    if _TRANSIT_LEFT.search(left):
        return "transit"
    origin = _ORIGIN_LEFT.search(left)
    if origin:
        return "left_from" if origin.group().startswith("from") else "origin"
    prep = _PREP_LEFT.search(left)
    if prep:
        word = prep.group(1)
        before = left[: prep.start()]
        if word in ("bound for", "destined for", "destination"):
            return "destination"
        if word == "for":
            return "moved_to" if _LEAVE.search(before[-40:]) else None
        if word in ("to", "into", "between"):
            return "moved_to" if _MOVE.search(before[-60:]) else None
        hits = [(m.end(), "destination") for m in _EXPLOIT.finditer(before[-70:])]
        hits += [(m.end(), "origin") for m in _RECRUIT.finditer(before[-70:])]
        if hits:
            return max(hits)[1]
    if place.kind != "demonym":
        return "origin" if _RIGHT_NATIONAL.match(right) else None
    person = _RIGHT_PERSON.match(right)
    if person or (place.plural and not _AUTHORITY_RIGHT.match(right)):
        after = right[person.end() :] if person else right
        return "perpetrator" if _PERPETRATOR.match(after) else "origin"
    return None


def _is_language(text: str, place: Place) -> bool:
    left = text[max(0, place.start - 30) : place.start].lower()
    return bool(_LANGUAGE_LEFT.search(left) or _LANGUAGE_RIGHT.match(text[place.end :]))


def _resolve_georgia(text: str, places: list[Place]) -> list[Place]:
    """The US state, not the country, for "Georgia" with US context and no Georgian context."""
    codes = {p.code for p in places if text[p.start : p.end] != "Georgia"}
    georgian = "GE" in codes or re.search(r"\b(?:Tbilisi|Batumi|Kutaisi|Abkhazia)\b", text)
    if georgian or "US" not in codes:
        return places
    return [
        Place(p.start, p.end, "US", p.kind, p.city, p.plural)
        if text[p.start : p.end] == "Georgia"
        else p
        for p in places
    ]


def _roles(text: str, places: list[Place]) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {
        "origin": set(),
        "destination": set(),
        "transit": set(),
        "perpetrator": set(),
    }
    assigned: list[str | None] = [_role(text, p) for p in places]
    # Lists share the role of their first member: "from Vietnam, China and Kenya".
    for i in range(1, len(places)):
        gap = text[places[i - 1].end : places[i].start]
        if (
            assigned[i] is None
            and assigned[i - 1] not in (None, "perpetrator")
            and _LIST_GAP.match(gap.lower())
        ):
            assigned[i] = _ROLE_OF[assigned[i - 1] or ""]
    # "Mexican and Guatemalan farmworkers": the noun follows the last member.
    for i in range(len(places) - 2, -1, -1):
        gap = text[places[i].end : places[i + 1].start]
        if (
            assigned[i] is None
            and places[i].kind == "demonym"
            and assigned[i + 1] == "origin"
            and places[i + 1].kind == "demonym"
            and _LIST_GAP.match(gap.lower())
        ):
            assigned[i] = "origin"
    _journeys(text, places, assigned)
    for place, role in zip(places, assigned, strict=True):
        if role:
            roles[_ROLE_OF[role]].add(place.code)
    return roles


_ROLE_OF = {
    "origin": "origin",
    "left_from": "origin",
    "destination": "destination",
    "moved_to": "destination",
    "transit": "transit",
    "perpetrator": "perpetrator",
}


def _journeys(text: str, places: list[Place], assigned: list[str | None]) -> None:
    """Stop-overs are not destinations: within a sentence only the last "to X" counts, and a
    country that is later left again ("From Russia she was driven...") was passed through."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s", text)]
    sentence = [bisect_right(ends, p.start) for p in places]
    for i, role in enumerate(assigned):
        if role == "moved_to" and any(
            assigned[j] == "moved_to"
            and sentence[j] == sentence[i]
            and places[j].code != places[i].code
            for j in range(i + 1, len(places))
        ):
            assigned[i] = "transit"
    for i, role in enumerate(assigned):
        if role != "left_from":
            continue
        earlier = [
            j
            for j in range(i)
            if places[j].code == places[i].code and assigned[j] in ("moved_to", "transit")
        ]
        if earlier:
            assigned[i] = "transit"
            for j in earlier:
                assigned[j] = "transit"


def _fill_missing_role(countries: set[str], roles: dict[str, set[str]]) -> None:
    """With one role known and exactly one unexplained country, that country takes the other."""
    roles.setdefault("perpetrator", set())
    # Perpetrators' nationalities ("a British man was convicted") are not a missing role.
    spare = countries - roles["origin"] - roles["destination"] - roles["transit"]
    spare -= roles["perpetrator"]
    if len(spare) != 1:
        return
    if roles["origin"] and not roles["destination"]:
        roles["destination"] |= spare
    elif roles["destination"] and not roles["origin"]:
        roles["origin"] |= spare
