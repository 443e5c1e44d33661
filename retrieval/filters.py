"""Search filters, and their translation into store `where` clauses and SQL.

The access rule (core.access) is always the first clause of both translations.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from core.access import Level, Principal, parse_level, store_filter
from core.errors import LensError
from core.records import KINDS
from core.taxonomy import keys

FILTER_KEYS = (
    "org",
    "kind",
    "country",
    "type",
    "sector",
    "means",
    "year_from",
    "year_to",
    "year",
    "level",
)


@dataclass(frozen=True)
class SearchFilters:
    """Optional narrowing of a search; every field None means no narrowing."""

    org_id: int | None = None
    kind: str | None = None
    country: str | None = None
    type: str | None = None
    sector: str | None = None
    means: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    max_level: int | None = None

    def is_empty(self) -> bool:
        """True when nothing narrows the search."""
        return all(getattr(self, f.name) is None for f in fields(self))

    def where(self, principal: Principal) -> dict[str, Any] | None:
        """Chroma `where`: the access rule AND every filter; None when nothing narrows.

        Access itself needs no `where`: the vector store searches only the principal's
        partitions. When a filter is given the rule is repeated here anyway, at no extra cost.
        """
        if self.is_empty():
            return None
        clauses: list[dict[str, Any]] = list(store_filter(principal)["$and"])
        if self.org_id is not None:
            clauses.append({"org_id": {"$eq": self.org_id}})
        if self.kind:
            clauses.append({"kind": {"$eq": self.kind}})
        for prefix, value in (
            ("c_", self.country),
            ("t_", self.type),
            ("s_", self.sector),
            ("m_", self.means),
        ):
            if value:
                clauses.append({prefix + value: {"$eq": True}})
        if self.year_from is not None:
            clauses.append({"year": {"$gte": self.year_from}})
        if self.year_to is not None:
            clauses.append({"year": {"$lte": self.year_to}})
        if self.max_level is not None:
            clauses.append({"level": {"$lte": self.max_level}})
        return {"$and": clauses}

    def sql(self, principal: Principal, alias: str = "d") -> tuple[str, dict[str, Any]]:
        """SQL boolean over a `document` alias: access rule AND every filter."""
        parts = [
            f"{alias}.status = 'active'",
            f"{alias}.level <= :_clearance",
            f"({alias}.org_only = :_false OR {alias}.org_id = :_org)",
        ]
        params: dict[str, Any] = {
            "_clearance": int(principal.clearance),
            "_org": principal.org_id,
            "_false": False,
        }
        if self.org_id is not None:
            parts.append(f"{alias}.org_id = :f_org")
            params["f_org"] = self.org_id
        if self.kind:
            parts.append(f"{alias}.kind = :f_kind")
            params["f_kind"] = self.kind
        for kind, value in (
            ("country", self.country),
            ("type", self.type),
            ("sector", self.sector),
            ("means", self.means),
        ):
            if value:
                parts.append(
                    f"{alias}.id IN (SELECT f.doc_id FROM fact f "
                    f"WHERE f.kind = :fk_{kind} AND f.value = :fv_{kind})"
                )
                params[f"fk_{kind}"] = kind
                params[f"fv_{kind}"] = value
        if self.year_from is not None or self.year_to is not None:
            lo = self.year_from if self.year_from is not None else 0
            hi = self.year_to if self.year_to is not None else 9999
            parts.append(f"{alias}.year BETWEEN :f_ylo AND :f_yhi")
            params.update(f_ylo=lo, f_yhi=hi)
        if self.max_level is not None:
            parts.append(f"{alias}.level <= :f_level")
            params["f_level"] = self.max_level
        return " AND ".join(parts), params


def parse_filters(pairs: list[str] | dict[str, str], *, org_ids: dict[str, int]) -> SearchFilters:
    """`key=value` pairs (CLI) or a dict (UI) into SearchFilters, with clear errors."""
    items = pairs.items() if isinstance(pairs, dict) else (_split(p) for p in pairs)
    values: dict[str, Any] = {}
    for key, raw in items:
        key, value = key.strip().lower(), str(raw).strip()
        if key not in FILTER_KEYS:
            raise LensError(
                f"Unknown filter {key!r}: use one of {', '.join(FILTER_KEYS)}.", exit_code=2
            )
        if key == "org":
            if value not in org_ids:
                raise LensError(f"Organisation {value!r} does not exist.", exit_code=2)
            values["org_id"] = org_ids[value]
        elif key == "kind":
            values["kind"] = _choice(key, value, KINDS)
        elif key == "country":
            values["country"] = country_code(value)
        elif key in ("type", "sector", "means"):
            values[key] = _choice(key, value, keys(key))
        elif key in ("year_from", "year_to", "year"):
            year = _year(value)
            if key in ("year_from", "year"):
                values["year_from"] = year
            if key in ("year_to", "year"):
                values["year_to"] = year
        elif key == "level":
            values["max_level"] = int(parse_level(value))
    return SearchFilters(**values)


def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a country name."""
    import pycountry

    v = value.strip()
    aliases = {"uk": "GB", "britain": "GB", "england": "GB", "usa": "US", "uae": "AE"}
    if v.lower() in aliases:
        return aliases[v.lower()]
    try:
        found = pycountry.countries.lookup(v)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(v)[0]
        except LookupError:
            raise LensError(f"Country {value!r} is not known.", exit_code=2) from None
    return str(found.alpha_2)


def _split(pair: str) -> tuple[str, str]:
    if "=" not in pair:
        raise LensError(f"Filter {pair!r} must look like key=value.", exit_code=2)
    k, v = pair.split("=", 1)
    return k, v


def _choice(key: str, value: str, allowed: tuple[str, ...]) -> str:
    v = value.lower().replace(" ", "_").replace("-", "_")
    if v not in allowed:
        raise LensError(f"Unknown {key} {value!r}: use one of {', '.join(allowed)}.", exit_code=2)
    return v


def _year(value: str) -> int:
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise LensError(f"Year {value!r} is not a year.", exit_code=2)
    return int(value)


__all__ = ["FILTER_KEYS", "Level", "SearchFilters", "country_code", "parse_filters"]
