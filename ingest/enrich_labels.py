"""Label cues for enrichment: trafficking types, sectors and means of control.

The cue phrases in `core.taxonomy` are matched case-insensitively at word starts (so "farm" also
matches "farms", "farmworkers"), plus a few proximity rules (passport near took/kept/confiscated;
phone near taken) and ages under 18 for child exploitation. A cue is dropped when a negation
("no", "not", "never", "without", "denied", "no evidence of", ...) appears earlier in its clause
(types and means only: a sector is a setting, and "no forced labour at the garment factory" is
still textiles), or when it sits inside an exclusion ("cannabis farm" is not agriculture), or, for
sectors, when it names the job promised as a lure ("promised a job in a restaurant") or only where
someone was held ("held in a warehouse"). A generic sector cue ("factory", "hotel") yields to a
specific one (textiles, sex industry).

Known limits: negation is a clause window, not a parse: "he was not assaulted, but others were"
loses the second half. Promised jobs ("a job in a restaurant") count towards sectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.taxonomy import FACETS

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
