"""Rules that recognise figure questions ("how many...", "top routes into...") and risk questions.

Recognition is deliberately rule-based: a question counts as a statistics question only when it
asks for a number, a trend, hotspots or routes, and its scope (places, trafficking type,
sector, means of control, years) is read from the gazetteer and the taxonomy, so the figures
computed for it are exact and the scope shown with them says what was counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from core.gazetteer import Place, find_places
from core.regions import Region, find_regions
from core.taxonomy import FACETS, Label
from retrieval.filters import SearchFilters

Intent = Literal["count", "trend", "hotspots", "routes", "map"]

# Phrases a question may use that the taxonomy's cue lists do not carry.
EXTRA_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "type": {
        "sexual_exploitation": ("sex trafficking", "sexual exploitation"),
        "forced_labour": ("labour abuse", "labor abuse"),
        "child_exploitation": ("child", "children"),
        "organ_removal": ("organ",),
    },
    "sector": {
        "textiles": ("clothing", "knitwear", "dyeing", "spinning", "denim", "fashion", "cotton"),
        "fishing": ("fisheries", "fishing boat", "fishing fleet", "squid"),
        "food_processing": ("shrimp", "prawn", "meat packing", "chicken processing"),
        "agriculture": ("coffee", "tomato", "fruit", "vegetable", "picking"),
        "manufacturing": ("electronics", "gloves", "rubber glove", "ppe"),
        "beauty_services": ("nail", "nail bars", "beauty"),
        "car_wash": ("car washes",),
        "construction": ("builders", "building"),
        "domestic_work": ("domestic", "household"),
        "hospitality": ("restaurants", "hotels", "kitchen"),
        "mining": ("mine", "mineral"),
    },
}
# Means of control: generic cues ("owe", "promised", "hit ") are too loose for questions.
MEANS_CUES: dict[str, tuple[str, ...]] = {
    "debt_bondage": ("debt", "bonded"),
    "document_confiscation": ("passport", "confiscat", "document retention", "retained documents"),
    "threats": ("threat",),
    "physical_violence": ("violence", "beaten", "beating", "assault"),
    "sexual_violence": ("rape", "sexual violence", "sexual abuse"),
    "isolation": ("isolation", "isolated"),
    "withheld_wages": ("withheld wages", "wage theft", "unpaid wages", "wages withheld"),
    "restricted_movement": ("locked in", "confined", "restricted movement", "not free to leave"),
    "recruitment_fees": ("recruitment fee", "placement fee", "agency fee", "fees"),
    "deception": ("deception", "false promise", "deceived", "lured"),
    "psychological_abuse": ("psychological", "humiliat"),
}
KIND_CUES: dict[str, tuple[str, ...]] = {
    "supplier_audit": ("audit",),
    "financial_flag": ("financial flag", "bank flag", "suspicious transaction"),
    "survivor_story": ("survivor stor",),
    "case_file": ("case file",),
}

_COUNT = re.compile(r"\b(how many|number of|count of|how often|count)\b")
_COUNTABLE = re.compile(
    r"\b(reports?|cases?|documents?|incidents?|records?|flags?|stories|audits?|sources?|files?)\b"
)
_TREND = re.compile(
    r"\b(trends?|over time|per year|each year|by year|year on year|over the years)\b"
)
_TREND_WEAK = re.compile(r"\b(rising|increasing|growing|falling|declining|going up|going down)\b")
_HOTSPOT = re.compile(
    r"\b(hot ?spots?|(which|top|main) (countries|cities|places|locations)|most (affected|reported)"
    r"|where (are|is) (most|the most))\b"
)
_ROUTES = re.compile(r"\b(routes?|corridors?)\b")
# A map asked for: "map forced labour reports...", "show ... on a map", "a map of ...".
_MAP = re.compile(
    r"^(?:please |can you |could you )?(?:map|plot)\b|\b(?:on|in) a map\b"
    r"|\b(?:show|draw|give|make)(?: me)? (?:a |the )?map\b|\b(?:a |the )?map (?:of|showing)\b"
)
_BY = re.compile(r"\b(?:by|per|broken down by) (country|type|sector|city|means|kind|org)\b")
_RISK = re.compile(r"\b(risks?|risky)\b")
_SUPPLY = re.compile(r"\b(suppliers?|sourcing|supply chain|factory|factories|vendors?|mills?)\b")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


@dataclass(frozen=True)
class StatsQuestion:
    """A figure question: what to compute, over which scope."""

    intent: Intent
    filters: SearchFilters = field(default_factory=SearchFilters)
    facts: dict[str, str] = field(default_factory=dict)  # origin/destination/city = value
    into: str | None = None
    from_: str | None = None
    by: tuple[str, ...] = ()
    region: str | None = None  # a named region ("South Asia"): its countries are in `codes`
    codes: frozenset[str] = frozenset()
    region_role: str | None = None  # "from" / "into" for routes out of or into the region
    map: bool = False  # a map was asked for in so many words

    def search_filters(self) -> SearchFilters:
        """Filters for the example passages (the city's or route's country stands in)."""
        from dataclasses import replace

        country = self.filters.country or self.into or self.from_
        return replace(self.filters, country=country)


@dataclass(frozen=True)
class RiskQuestion:
    """A sourcing-risk question: a supplier profile to assess."""

    sector: str | None
    country: str | None
    region: str | None
    name: str = ""


def first(items: list[str]) -> str | None:
    """The first item, or None."""
    return items[0] if items else None


def normalise(text: str) -> str:
    """Lower case with hyphens and underscores as spaces, for cue matching."""
    return " ".join(re.sub(r"[-_/]", " ", text.lower()).split())


@lru_cache(maxsize=3)
def _cue_table(facet: str) -> list[tuple[str, str]]:
    labels: tuple[Label, ...] = FACETS[facet]
    pairs = []
    for label in labels:
        if facet == "means":
            cues = MEANS_CUES.get(label.key, ())
        else:
            cues = label.cues + EXTRA_CUES[facet].get(label.key, ())
        for cue in (label.key.replace("_", " "), *cues):
            pairs.append((normalise(cue), label.key))
    return sorted(pairs, key=lambda p: -len(p[0]))  # longest cue first


def match_facets(text: str) -> dict[str, list[str]]:
    """Taxonomy keys a text names, per facet (type, sector, means), in order of mention.

    A sector cue inside a span already read as a trafficking type is skipped ("cannabis farm"
    is forced criminality, not agriculture; "domestic worker" is the type, not also the sector).
    """
    t = normalise(text)
    taken: list[tuple[int, int]] = []
    out: dict[str, list[str]] = {}
    for facet in ("type", "sector", "means"):
        found: list[tuple[int, str]] = []
        spans: list[tuple[int, int]] = []
        for cue, key in _cue_table(facet):
            for m in re.finditer(r"\b" + re.escape(cue), t):
                span = (m.start(), m.end())
                if any(a <= span[0] < b or a < span[1] <= b for a, b in taken + spans):
                    continue
                spans.append(span)
                found.append((m.start(), key))
        taken += spans if facet == "type" else []
        out[facet] = list(dict.fromkeys(k for _, k in sorted(found)))
    return out


def places_in(text: str) -> list[Place]:
    """Place mentions, also when typed in lower case ("from thailand")."""
    found = find_places(text)
    if found:
        return found
    capitalised = re.sub(r"\b(uk|usa|uae)\b", lambda m: m.group(1).upper(), text)
    capitalised = re.sub(
        r"\b([a-z])([a-z]{2,})\b", lambda m: m.group(1).upper() + m.group(2), capitalised
    )
    return find_places(capitalised)


def years_in(text: str, today: date | None = None) -> tuple[int | None, int | None]:
    """(year_from, year_to) from "since 2020", "in 2023", "between 2019 and 2022" and the like."""
    t = text.lower()
    now = (today or date.today()).year
    if m := re.search(r"\b(?:between|from) (\d{4}) (?:and|to|-) (\d{4})\b", t):
        a, b = sorted((int(m.group(1)), int(m.group(2))))
        return a, b
    lo = hi = None
    if m := re.search(r"\b(?:since|from|after|starting) (\d{4})\b", t):
        lo = int(m.group(1)) + (1 if "after" in m.group(0) else 0)
    if m := re.search(r"\b(?:before|until|up to|through|to) (\d{4})\b", t):
        hi = int(m.group(1)) - (1 if "before" in m.group(0) else 0)
    if m := re.search(r"\b(?:in|during) (\d{4})\b", t):
        lo = hi = int(m.group(1))
    if m := re.search(r"\b(?:last|past) (\d+|two|three|four|five|ten) years\b", t):
        n = _WORDS.get(m.group(1)) or int(m.group(1))
        lo = now - n + 1
    if re.search(r"\bthis year\b", t):
        lo = hi = now
    return lo, hi


def _role(text: str, place: Place | Region) -> str | None:
    before = text[: place.start].lower().rstrip()
    before = re.sub(r"\s+the$", "", before)
    if re.search(r"\b(into|to|in|towards|reaching|destined for|bound for)$", before):
        return "into"
    if re.search(r"\b(from|out of|leaving)$", before) or getattr(place, "kind", "") == "demonym":
        return "from"
    return None


def _intent(t: str, scoped: bool) -> Intent | None:
    """What is asked; "rising"/"falling" count only about reports or a named facet."""
    if _ROUTES.search(t):
        return "routes"
    if _MAP.search(t):
        return "map"
    if _HOTSPOT.search(t):
        return "hotspots"
    if _TREND.search(t) or (_TREND_WEAK.search(t) and (scoped or _COUNTABLE.search(t))):
        return "trend"
    if _COUNT.search(t) and _COUNTABLE.search(t):
        return "count"
    return None


def parse_stats_question(text: str, today: date | None = None) -> StatsQuestion | None:
    """The figure question in `text`, or None when it is not one."""
    t = normalise(text)
    facets = match_facets(text)
    intent = _intent(t, bool(facets["type"] or facets["sector"] or facets["means"]))
    if intent is None:
        return None
    year_from, year_to = years_in(text, today)
    kind = next((k for k, cues in KIND_CUES.items() if any(c in t for c in cues)), None)
    places = places_in(text)
    facts: dict[str, str] = {}
    into = from_ = country = None
    if intent == "routes":
        for p in places:
            role = _role(text, p)
            if role == "into":
                into = into or p.code
            elif role == "from":
                from_ = from_ or p.code
            else:
                into = into or p.code
    else:
        city = next((p for p in places if p.kind == "city"), None)
        codes = list(dict.fromkeys(p.code for p in places if p.kind != "city"))
        if city is not None:
            facts["city"] = str(city.city)
        if len(codes) >= 2:
            roles = {p.code: _role(text, p) for p in places if p.kind != "city"}
            origin = next((c for c in codes if roles.get(c) == "from"), None)
            dest = next((c for c in codes if c != origin and roles.get(c) != "from"), None)
            if origin and dest:
                facts.update(origin=origin, destination=dest)
            else:
                country = codes[0]
        elif codes:
            country = codes[0]
    filters = SearchFilters(
        kind=kind,
        country=country,
        type=first(facets["type"]),
        sector=first(facets["sector"]),
        means=first(facets["means"]),
        year_from=year_from,
        year_to=year_to,
    )
    by = tuple(dict.fromkeys(m.group(1) for m in _BY.finditer(t))) if intent == "count" else ()
    region = next(iter(find_regions(text)), None)
    if region is None:
        return StatsQuestion(intent, filters, facts, into, from_, by, map=bool(_MAP.search(t)))
    return StatsQuestion(
        intent,
        filters,
        facts,
        into,
        from_,
        by,
        region=region.name,
        codes=region.codes,
        region_role=_role(text, region) if intent == "routes" else None,
        map=bool(_MAP.search(t)),
    )


def parse_risk_question(text: str) -> RiskQuestion | None:
    """A supplier-risk question ("risk for a garment supplier in Dhaka?"), or None."""
    t = normalise(text)
    if not _RISK.search(t):
        return None
    sectors = match_facets(text)["sector"]
    if not (_SUPPLY.search(t) or sectors):
        return None
    places = places_in(text)
    if not places and not sectors:
        return None
    city = next((p for p in places if p.kind == "city"), None)
    country = city.code if city else (places[0].code if places else None)
    quoted = re.search(r"[\"“]([^\"”]{3,80})[\"”]", text)
    return RiskQuestion(
        sector=sectors[0] if sectors else None,
        country=country,
        region=city.city if city else None,
        name=quoted.group(1).strip() if quoted else "",
    )


def describe(
    filters: SearchFilters, facts: dict[str, str] | None = None, region: str | None = None
) -> str:
    """The scope of a figure in words, e.g. "forced labour · Thailand · 2020 onwards"."""
    from assistant.analytics import country_name

    parts = [
        v.replace("_", " ")
        for v in (filters.type, filters.sector, filters.means, filters.kind)
        if v is not None
    ]
    if filters.country:
        parts.append(country_name(filters.country))
    if region:
        parts.append(region)
    for key, value in (facts or {}).items():
        shown = country_name(value) if key in ("origin", "destination") else value
        parts.append(f"{key} {shown}" if key != "city" else shown)
    lo, hi = filters.year_from, filters.year_to
    if lo and hi:
        parts.append(str(lo) if lo == hi else f"{lo}–{hi}")
    elif lo:
        parts.append(f"{lo} onwards")
    elif hi:
        parts.append(f"up to {hi}")
    return " · ".join(parts) or "all reports"
