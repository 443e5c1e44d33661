"""Rule-based enrichment: countries, routes, trafficking types, sectors, means and years.

`extract_facts(text, meta=, doc_date=)` reads one ALREADY REDACTED document and returns `Facts`,
whose `rows()` become `core.records.Fact` rows at ingest.

Why rules and a gazetteer rather than a model: every fact can be explained by pointing at the
phrase that produced it (analysts must be able to defend a filter in court or to a partner),
the rules run offline with no model load, and they are fast enough to run on every document at
ingest (well under 5 ms per KB; see `bench/enrichment.py`). spaCy already ran once for redaction;
running it again would double ingest time for little gain on these facets.

How each facet is found:
  * Countries: `core.gazetteer` matches country names, aliases, demonyms and ~250 cities
    (a city implies its country).
  * Origin / destination / transit: the words around each place mention, within its clause
    (`ingest.enrich_places`). Transit countries are kept as `country` facts only: FACT_KINDS has
    no transit kind, and counting them as origin or destination would pollute route counts.
    Routes are every origin x destination pair with different countries.
  * Types, sectors, means: taxonomy cue phrases, proximity rules, negation, exclusions and ages
    (`ingest.enrich_labels`). Forced labour is inferred when a labour sector and a means of
    control are both present and no other type explains them. Meta columns (`sector`,
    `typology`, `country`, ...) add labels and countries when their values name a taxonomy key
    or contain its cues.
  * Years: 1990-2035 as standalone numbers, not when they are money ("£2000", "2000 dollars"),
    counts ("2000 workers") or part of an identifier ("INC-2021-0457"); plus doc_date's year.

Each helper module lists its own known limits. Everything is English-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import product
from typing import Any

from core.gazetteer import find_places, lookup_country
from core.taxonomy import FACETS
from ingest.enrich_labels import (
    _LABOUR_SECTORS,
    _TYPES_EXPLAINING_WORK,
    _all_labels,
    _has_minor,
    _labels,
)
from ingest.enrich_places import _fill_missing_role, _is_language, _resolve_georgia, _roles

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


# --------------------------------------------------------------------------- meta hints


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
