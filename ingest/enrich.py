"""Rule-based enrichment: countries, routes, trafficking types, sectors, means and years.

`extract_facts(text, meta=, doc_date=)` reads one ALREADY REDACTED document and returns `Facts`,
whose `rows()` become `core.records.Fact` rows at ingest.

Why rules and a gazetteer rather than a model: every fact can be explained by pointing at the
phrase that produced it (analysts must be able to defend a filter in court or to a partner),
the rules run offline with no model load, and they are fast enough to run on every document at
ingest (well under 5 ms per KB; see `bench/enrichment.py`). spaCy already ran once for redaction;
running it again would double ingest time for little gain on these facets.

How each facet is found:
  * Countries: `ingest.gazetteer` matches country names, aliases, demonyms and ~250 cities
    (a city implies its country). Demonyms used as languages ("spoke Vietnamese") are skipped.
  * Origin / destination / transit come from the words around each place mention, within its
    clause: "from X", "recruited in X", "fled X", "returned/repatriated to X", "X nationals",
    a demonym + person noun ("Nigerian women") or a plural demonym ("Eritreans") give ORIGIN;
    a movement verb + "to/into X" ("trafficked to", "taken across the border to"), "left A for X",
    "bound for X", or an exploitation/arrival verb + "in/at X" ("working in", "found in",
    "arrived in", "jobs in") give DESTINATION; "via/through/across X" gives TRANSIT. A recruiting
    verb + "in X" ("recruited by an agent in Kathmandu") is origin. Lists inherit the role of their
    first member ("from Vietnam, China and Kenya"). Transit countries are kept as `country` facts
    only: FACT_KINDS has no transit kind, and counting them as origin or destination would pollute
    route counts. If one role is known and exactly one other non-transit country is mentioned, it
    takes the missing role ("Police in the UK found Vietnamese nationals..." -> GB destination).
    Routes are every origin x destination pair with different countries.
  * Types, sectors, means: the cue phrases in `core.taxonomy`, matched case-insensitively at word
    starts (so "farm" also matches "farms", "farmworkers"), plus a few proximity rules (passport
    near took/kept/confiscated; phone near taken) and ages under 18 for child exploitation. A cue
    is dropped when a negation ("no", "not", "never", "without", "denied", "no evidence of", ...)
    appears earlier in its clause (types and means only: a sector is a setting, and "no forced
    labour at the garment factory" is still textiles), or when it sits inside an exclusion
    ("cannabis farm" is not agriculture), or, for sectors, when it names the job promised as a
    lure ("promised a job in a restaurant") or only where someone was held ("held in a
    warehouse"). A generic sector cue ("factory", "hotel") yields to a specific one (textiles,
    sex industry). Forced labour is inferred when a labour sector and a means of control are both
    present and no other type explains them. Meta columns (`sector`, `typology`, `country`, ...)
    add labels when their values name a taxonomy key or contain its cues.
  * Years: 1990-2035 as standalone numbers, not when they are money ("£2000", "2000 dollars"),
    counts ("2000 workers") or part of an identifier ("INC-2021-0457"); plus doc_date's year.

Known limits: roles are read from local phrasing only, so multi-leg journeys ("travelled to
Moscow, then to the UK") can give stop-overs a destination role, and "from" after a transit
country ("crossed from France") reads as origin. Negation is a clause window, not a parse:
"he was not assaulted, but others were" loses the second half. Perpetrators' nationalities can
read as origin when phrased like victims' ("a Romanian national"). Promised jobs ("a job in a
restaurant") count towards sectors. Everything is English-only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import product
from typing import Any

from core.gazetteer import Place, find_places, lookup_country
from core.taxonomy import FACETS

YEAR_MIN, YEAR_MAX = 1990, 2035


@dataclass
class Facts:
    """Facts extracted from one document; lists are sorted and unique."""

    countries: list[str] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    transit: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    means: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    @property
    def routes(self) -> list[str]:
        """Origin>destination pairs such as "VN>GB", origin != destination."""
        return [f"{o}>{d}" for o, d in product(self.origin, self.destination) if o != d]

    def rows(self) -> list[tuple[str, str]]:
        """(kind, value) pairs for `core.records.Fact`; transit is kept as `country` only."""
        facets: list[tuple[str, Iterable[object]]] = [
            ("country", self.countries),
            ("origin", self.origin),
            ("destination", self.destination),
            ("city", self.cities),
            ("type", self.types),
            ("sector", self.sectors),
            ("means", self.means),
            ("year", self.years),
            ("route", self.routes),
        ]
        return [(kind, str(value)) for kind, values in facets for value in values]


# --------------------------------------------------------------------------- roles

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


# --------------------------------------------------------------------------- labels

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denied|deny|denies|nor|none|nobody|neither|absence of|free from"
    r"|n't|cannot rule out)\b"
)
_CLAUSE_BREAK = re.compile(
    r".*(?:[.!?;:,]\s|\bbut\b|\bhowever\b|\balthough\b|\bwhile\b"
    r"|\bwhereas\b|\band\b|\bthen\b)",
    re.S,
)
_EXCLUDE: dict[str, str] = {
    "agriculture": r"cannabis (?:farm|factor)\w*|farmed out",
    "manufacturing": r"(?:garment|clothing|textile|cannabis|chicken|poultry|meat|food|fish)"
    r"\s+factor\w*",
    "physical_violence": r"threat\w*\s+(?:\w+\s+){0,2}(?:with|of)\s+violence",
    "restricted_movement": r"held in (?:custody|detention|prison|jail|a shelter|shelters)",
}
_DOC = r"(?:passports?|identity (?:cards?|documents?|papers)|id cards?|id documents?|documents"
_DOC += r"|papers)"
_TAKE = r"(?:took|taken|take|takes|taking|confiscat\w*|withh[eo]ld\w*|retain\w*|kept|keep|keeps"
_TAKE += r"|held|hold|holds|seiz\w*|removed|collect\w*|confiscation of|retention of)"
_TOKENS = r"(?:[\w'’,.()-]+\s+)"
# Proximity rules, for phrasings a fixed cue cannot cover ("collected every worker's passport",
# "his passport and phone were taken", "told her the family would suffer").
_PROXIMITY: dict[str, str] = {
    "document_confiscation": r"\b" + _TAKE + r"\s+" + _TOKENS + r"{0,5}?" + _DOC + r"\b"
    r"|\b(?:passports?|identity cards?|id cards?)\b[^.;]{0,60}?\b(?:were|was|had been|are|is)"
    r"\s+(?:\w+\s+)?(?:taken|confiscated|withheld|retained|kept|held|seized|collected)\b"
    r"|\b(?:passports?|identity cards?)\b,?\s+which\s+[^.;]{0,40}?\b(?:took|kept|held)\b"
    r"|\b(?:passport|document) retention\b|\bpassports? (?:was|were) in a locked",
    "isolation": r"\b(?:took|taken|confiscat\w*|removed|seiz\w*|kept)\s+"
    + _TOKENS
    + r"{0,8}?phones?\b"
    r"|\bphones?\b[^.;]{0,20}?\b(?:were|was) (?:taken|confiscated|removed)\b",
    "threats": r"\b(?:warned|told|said)\b[^.;]{0,80}?\b(?:would|will|could|must)\s+(?:\w+\s+){0,3}?"
    r"(?:suffer|be killed|kill|hurt|harm\w*|be arrested|arrest|be deported|deport|prison|jail"
    r"|report \S+|the police)\b",
    "deception": (
        r"\b(?:offer\w*|promis\w*)\s+(?:[\w'’\"“”-]+\s+){0,3}?"
        r"(?:work|jobs?|employment|wages?|salary|pay)\b"
        r"|\b(?:said|told)\b[^.;]{0,40}?\bcould (?:earn|get|work|make)\b"
        r"|\btold \S+ there (?:was|were) (?:\w+ ){0,2}(?:work|jobs?)\b"
    ),
    "recruitment_fees": (
        r"\bpaid\s+(?:an?\s+|the\s+)?"
        r"(?:brokers?|agents?|recruiters?|agency|agencies|middlem[ae]n)\b"
        r"|\bpaid\s+[^.;]{0,40}?\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:brokers?|agents?|recruiters?|agency)\b"
    ),
    "withheld_wages": r"\b(?:kept|took|held|controlled|confiscated)\s+(?:\w+\s+){0,3}?"
    r"bank (?:cards?|accounts?)\b",
}
_OWN = re.compile(r"\bown\b")
_LURE = re.compile(
    r"\b(?:promis\w*|offer\w*|advert\w*|lured|told \S+(?: that)?(?: \S+)? would"
    r"|told \S+ there (?:was|were)|said \S+ (?:could|would))\b"
)
_VENUE = re.compile(
    r"\b(?:held|kept|locked|detained|confined|imprisoned|stayed|met \S+|go with"
    r" \S+|asylum)\s+(?:[\w'-]+\s+){0,3}?(?:(?:in|at|to|inside)\s+)?"
    r"(?:(?:an?|the|their|his|her|some)\s+)?(?:[\w-]+\s+)?$"
)
# Sector cues too generic to stand beside a more specific sector: a garment factory is textiles,
# a hotel in a sexual exploitation case is a venue, hotels being built are construction.
_GENERIC: dict[str, tuple[set[str], set[str]]] = {
    "manufacturing": ({"factory", "factories", "workshop"}, {"textiles", "food_processing"}),
    "hospitality": ({"hotel"}, {"sex_industry", "construction"}),
}
_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten "
        "eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen".split()
    )
}
_NUM = r"(\d{1,2}|" + "|".join(_WORDS) + r")"
_AGE = re.compile(
    r"\b" + _NUM + r"[- ](?:years?|yrs?)[- ]old\b"
    r"|\b(?:aged|age of|ages of|as young as)\s+(?:between\s+)?" + _NUM + r"\b"
    r"|\bwhen (?:she|he|they|i) (?:was|were) " + _NUM + r"\b(?!\s*(?:years|months|weeks|days))"
    r"|\b(?:was|were) " + _NUM + r" when\b"
    r"|>,\s*(\d{1,2}),",
    re.I,
)
_LABOUR_SECTORS = {
    "agriculture",
    "fishing",
    "construction",
    "manufacturing",
    "textiles",
    "hospitality",
    "mining",
    "care",
    "cleaning",
    "beauty_services",
    "car_wash",
    "food_processing",
    "logistics",
}
_TYPES_EXPLAINING_WORK = {
    "forced_labour",
    "sexual_exploitation",
    "forced_criminality",
    "domestic_servitude",
    "organ_removal",
    "forced_marriage",
}


@dataclass(frozen=True)
class _Matchers:
    """All cues of all facets in one regex, plus what each matched cue means."""

    cues: re.Pattern[str]
    labels: dict[str, set[tuple[str, str]]]  # lower-cased cue -> {(facet, key)}
    proximity: list[tuple[str, str, re.Pattern[str]]]
    exclude: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    labels: dict[str, set[tuple[str, str]]] = {}
    for facet, facet_labels in FACETS.items():
        for label in facet_labels:
            for cue in label.cues:
                labels.setdefault(cue.lower(), set()).add((facet, label.key))
    # A cue that is a prefix of a longer cue matches wherever the longer one does; the regex
    # reports only the longest, so fold the shorter cue's labels into the longer one.
    for cue in labels:
        for other in labels:
            if other != cue and cue.startswith(other):
                labels[cue] |= labels[other]
    body = "|".join(re.escape(c) for c in sorted(labels, key=len, reverse=True))
    proximity = [
        (facet, label.key, re.compile(_PROXIMITY[label.key], re.I))
        for facet, facet_labels in FACETS.items()
        for label in facet_labels
        if label.key in _PROXIMITY
    ]
    # Zero-width so overlapping cues all match: "prostitution" inside "forced into prostitution".
    return _Matchers(
        re.compile(r"(?<![a-z0-9])(?=(" + body + "))", re.I),
        labels,
        proximity,
        {key: re.compile(rx, re.I) for key, rx in _EXCLUDE.items()},
    )


def _negated(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    cut = _CLAUSE_BREAK.match(window)
    return bool(_NEGATION.search((window[cut.end() :] if cut else window).lower()))


def _clause_before(text: str, start: int, width: int = 60) -> str:
    window = text[max(0, start - width) : start]
    cut = re.match(r".*(?:[.!?;]\s|\bbut\b|\binstead\b)", window, re.S)
    return (window[cut.end() :] if cut else window).lower()


def _lure(text: str, start: int) -> bool:
    """True when a cue names the job someone was promised rather than the work they did."""
    return bool(_LURE.search(_clause_before(text, start)))


def _venue(text: str, start: int) -> bool:
    """True when a sector cue is only where someone was held or met ("held in a warehouse")."""
    return bool(_VENUE.search(_clause_before(text, start, 50)))


def _all_labels(text: str) -> dict[str, set[str]]:
    """Labels per facet from cue phrases, proximity rules, negation and exclusions."""
    m = _matchers()
    hits: dict[str, dict[str, set[str]]] = {facet: {} for facet in FACETS}
    excluded = {key: [x.span() for x in rx.finditer(text)] for key, rx in m.exclude.items()}
    for match in m.cues.finditer(text):
        negated = _negated(text, match.start())
        cue = match.group(1).lower()
        for facet, key in m.labels[cue]:
            # A finding about a setting does not negate the setting: "no forced labour at the
            # garment factory" is still textiles.
            if negated and facet != "sector":
                continue
            if any(a <= match.start() < b for a, b in excluded.get(key, ())):
                continue
            if facet == "sector" and (_lure(text, match.start()) or _venue(text, match.start())):
                continue
            hits[facet].setdefault(key, set()).add(cue)
    for facet, key, rx in m.proximity:
        for match in rx.finditer(text):
            if not _negated(text, match.start()) and not _OWN.search(match.group().lower()):
                hits[facet].setdefault(key, set()).add(match.group().lower())
                break
    sectors = hits["sector"]
    for key, (generic, overriding) in _GENERIC.items():
        if key in sectors and sectors[key] <= generic and overriding & set(sectors):
            del sectors[key]
    return {facet: set(found) for facet, found in hits.items()}


def _labels(text: str, facet: str) -> set[str]:
    """Labels of one facet found in `text` (used for meta values too)."""
    return _all_labels(text)[facet]


def _has_minor(text: str) -> bool:
    for m in _AGE.finditer(text):
        raw = next(g for g in m.groups() if g)
        age = int(raw) if raw.isdigit() else _WORDS[raw.lower()]
        if 0 < age < 18 and not _negated(text, m.start()):
            return True
    return False


def _hint_labels(meta: Mapping[str, Any], names: tuple[str, ...], facet: str) -> set[str]:
    keys = {label.key for label in FACETS[facet]}
    found: set[str] = set()
    for value in _meta_values(meta, names):
        norm = re.sub(r"[\s-]+", "_", value.strip().lower())
        found |= {norm} & keys or _labels(value, facet)
    return found


def _meta_values(meta: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    values: list[str] = []
    for name, raw in meta.items():
        if name.lower() not in names or raw is None:
            continue
        items = raw if isinstance(raw, list | tuple | set) else re.split(r"[,;|/]", str(raw))
        values += [str(item) for item in items if str(item).strip()]
    return values


# --------------------------------------------------------------------------- years

_YEAR = re.compile(r"(?<![\d.,])(19\d\d|20[0-3]\d)(?![\d,]\d|\d)")
_MONEY_LEFT = re.compile(r"(?:[£$€¥₹#]|\b(?:usd|eur|gbp|rs\.?|no\.?|number|ref\.?)\s?)$", re.I)
# Years of laws and births are not years of events ("Modern Slavery Act 2015", "born in 1998").
_NOT_EVENT_LEFT = re.compile(
    r"(?:\bborn\b[^.;\n]{0,24}|\b(?:act|act of|act,|convention|protocol"
    r"|directive|regulations?|policy of|dob:?|date of birth:?)\s*)$",
    re.I,
)
_ID_LEFT = re.compile(r"[A-Za-z]+[-/_]$|[-/_]\d+[-/_]$")
_COUNT_RIGHT = re.compile(
    r"^\s*(?:-\s*)?(?:dollars|usd|euros?|eur|pounds|gbp|yuan|baht|riyals?|rupees|naira|yen"
    r"|francs|dirhams|pesos|people|persons|workers|victims|migrants|women|men|children|girls"
    r"|boys|cases|km|kilometres|kilometers|miles|metres|meters|hours|families|households"
    r"|calls|transactions|rooms|units|employees|staff|survivors|refugees|[a-z]*%|per ?cent)\b",
    re.I,
)


def _years(text: str, doc_date: date | datetime | str | int | None) -> set[int]:
    years = set()
    for m in _YEAR.finditer(text):
        value = int(m.group(1))
        left, right = text[max(0, m.start() - 32) : m.start()], text[m.end() : m.end() + 16]
        if (
            not YEAR_MIN <= value <= YEAR_MAX
            or _MONEY_LEFT.search(left)
            or _ID_LEFT.search(left)
            or _NOT_EVENT_LEFT.search(left)
            or _COUNT_RIGHT.match(right)
            or re.match(r"^-[A-Za-z]", right)
        ):
            continue
        years.add(value)
    year = _doc_year(doc_date)
    if year is not None and YEAR_MIN <= year <= YEAR_MAX:
        years.add(year)
    return years


def _doc_year(doc_date: date | datetime | str | int | None) -> int | None:
    if doc_date is None:
        return None
    if isinstance(doc_date, date | datetime):
        return doc_date.year
    match = re.match(r"\s*(\d{4})", str(doc_date))
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------- entry point

_META_TYPE = (
    "type",
    "types",
    "typology",
    "trafficking_type",
    "exploitation_type",
    "type_of_exploitation",
    "typeofexploitconcatenated",
)
_META_SECTOR = ("sector", "sectors", "industry", "exploitation_sector")
_META_MEANS = (
    "means",
    "means_of_control",
    "control",
    "control_methods",
    "meansofcontrolconcatenated",
)
_META_COUNTRY = ("country", "countries", "location")
_META_ORIGIN = ("origin", "country_of_origin", "citizenship", "nationality", "origin_country")
_META_DEST = (
    "destination",
    "country_of_exploitation",
    "exploitation_country",
    "destination_country",
)


def extract_facts(
    text: str,
    *,
    meta: Mapping[str, Any] | None = None,
    doc_date: date | datetime | str | int | None = None,
) -> Facts:
    """Extract facts from one redacted document (see the module docstring for the rules)."""
    meta = meta or {}
    places = [p for p in find_places(text) if not (p.kind == "demonym" and _is_language(text, p))]
    places = _resolve_georgia(text, places)
    countries = {p.code for p in places}
    roles = _roles(text, places)

    hinted = {
        kind: {c for v in _meta_values(meta, names) if (c := lookup_country(v))}
        for kind, names in (
            ("country", _META_COUNTRY),
            ("origin", _META_ORIGIN),
            ("destination", _META_DEST),
        )
    }
    roles["origin"] |= hinted["origin"]
    roles["destination"] |= hinted["destination"]
    countries |= hinted["country"] | roles["origin"] | roles["destination"]

    _fill_missing_role(countries, roles)

    found = _all_labels(text)
    types = found["type"] | _hint_labels(meta, _META_TYPE, "type")
    sectors = found["sector"] | _hint_labels(meta, _META_SECTOR, "sector")
    means = found["means"] | _hint_labels(meta, _META_MEANS, "means")
    if _has_minor(text):
        types.add("child_exploitation")
    if "sex_industry" in sectors and means:
        types.add("sexual_exploitation")
    if sectors & _LABOUR_SECTORS and means and not types & _TYPES_EXPLAINING_WORK:
        types.add("forced_labour")
    # A report about one country with exploitation in it: that is where it happened.
    if len(countries) == 1 and not roles["destination"] and types - {"organ_removal"}:
        roles["destination"] |= countries

    transit = roles["transit"] - roles["origin"] - roles["destination"]
    return Facts(
        countries=sorted(countries),
        origin=sorted(roles["origin"]),
        destination=sorted(roles["destination"]),
        transit=sorted(transit),
        cities=sorted({p.city for p in places if p.city}),
        types=sorted(types),
        sectors=sorted(sectors),
        means=sorted(means),
        years=sorted(_years(text, doc_date)),
    )


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
