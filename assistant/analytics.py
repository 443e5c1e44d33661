"""Exact figures over the extracted facts a principal may see: counts, trends, hotspots, routes.

Every figure is one SQL statement whose WHERE clause starts with the access rule
(`SearchFilters.sql`), so a document the principal cannot see is never read, let alone counted.
Documents are counted DISTINCT: a report naming three countries counts once per country row
but once in any total. Only active documents count.

Years are the document's year (`Document.year`: its date, else the latest year it mentions),
so "since 2020" means reports dated 2020 or later, not events that happened then. Documents
with no year (0) are left out of trends and windows but kept in counts (year shown as null).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import text

from core.access import Principal
from core.db import Database
from core.errors import LensError
from retrieval.filters import SearchFilters

FACT_GROUPS = ("country", "origin", "destination", "city", "type", "sector", "means")
GROUP_KEYS = (*FACT_GROUPS, "year", "kind", "org")
EXTRA_FACTS = ("origin", "destination", "city", "country", "type", "sector", "means", "route")


def country_name(code: str) -> str:
    """A readable country name for an ISO alpha-2 code (the code itself if unknown)."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def growth(recent: int, previous: int) -> float | None:
    """Relative change from the previous window to the recent one; None when it was 0."""
    return round((recent - previous) / previous, 3) if previous else None


class Analytics:
    """Counts of visible documents, computed in SQL with the access rule in each statement."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Building blocks ----------------------------------------------------------------
    def where(
        self,
        principal: Principal,
        filters: SearchFilters | None,
        facts: Mapping[str, str | None] | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """The access rule, the filters and any extra fact=value conditions, over alias d."""
        sql, params = (filters or SearchFilters()).sql(principal)
        parts = [sql]
        for i, (kind, value) in enumerate(sorted((facts or {}).items())):
            if value is None:
                continue
            if kind not in EXTRA_FACTS:
                raise LensError(f"Unknown fact {kind!r}.", exit_code=2)
            parts.append(
                f"d.id IN (SELECT xf{i}.doc_id FROM fact xf{i} "
                f"WHERE xf{i}.kind = :xk{i} AND xf{i}.value = :xv{i})"
            )
            params[f"xk{i}"], params[f"xv{i}"] = kind, value
        return " AND ".join(parts), params

    def _rows(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self.db.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    # Public figures -------------------------------------------------------------------
    def total(
        self,
        principal: Principal,
        filters: SearchFilters | None = None,
        facts: Mapping[str, str | None] | None = None,
    ) -> int:
        """How many visible active documents match."""
        where, params = self.where(principal, filters, facts)
        rows = self._rows(f"SELECT COUNT(DISTINCT d.id) AS n FROM document d WHERE {where}", params)
        return int(rows[0]["n"])

    def doc_ids(
        self,
        principal: Principal,
        filters: SearchFilters | None = None,
        facts: Mapping[str, str | None] | None = None,
        *,
        route_pattern: str | None = None,
    ) -> set[str]:
        """Ids of the visible active documents a figure counted (to pick examples from)."""
        where, params = self.where(principal, filters, facts)
        if route_pattern is not None:
            where += (
                " AND d.id IN (SELECT rf.doc_id FROM fact rf "
                "WHERE rf.kind = 'route' AND rf.value LIKE :route_pattern)"
            )
            params["route_pattern"] = route_pattern
        rows = self._rows(f"SELECT DISTINCT d.id AS id FROM document d WHERE {where}", params)
        return {str(r["id"]) for r in rows}

    def counts(
        self,
        principal: Principal,
        by: list[str],
        filters: SearchFilters | None = None,
        facts: Mapping[str, str | None] | None = None,
    ) -> list[dict[str, Any]]:
        """Distinct visible documents per combination of the `by` keys, largest first.

        A fact key (country, type...) joins that fact, so a document without one is not in any
        row, and a document with two values is in both rows.
        """
        by = [b.strip().lower() for b in by if b.strip()]
        bad = [b for b in by if b not in GROUP_KEYS]
        if not by or bad or len(set(by)) != len(by):
            raise LensError(
                f"Group by {', '.join(bad or by) or 'nothing'} is not possible: use one or more "
                f"distinct keys of {', '.join(GROUP_KEYS)}.",
                exit_code=2,
            )
        where, params = self.where(principal, filters, facts)
        joins, cols = [], []
        for i, key in enumerate(by):
            if key in FACT_GROUPS:
                joins.append(f"JOIN fact g{i} ON g{i}.doc_id = d.id AND g{i}.kind = :gk{i}")
                params[f"gk{i}"] = key
                cols.append(f"g{i}.value")
            elif key == "year":
                cols.append("d.year")
            elif key == "kind":
                cols.append("d.kind")
            else:
                joins.append("JOIN organisation o ON o.id = d.org_id")
                cols.append("o.name")
        select = ", ".join(f"{c} AS k{i}" for i, c in enumerate(cols))
        group = ", ".join(cols)
        sql = (
            f"SELECT {select}, COUNT(DISTINCT d.id) AS documents FROM document d "
            f"{' '.join(joins)} WHERE {where} GROUP BY {group}"
        )
        rows = []
        for r in self._rows(sql, params):
            row: dict[str, Any] = {}
            for i, key in enumerate(by):
                value = r[f"k{i}"]
                row[key] = (int(value) or None) if key == "year" else value
            row["documents"] = int(r["documents"])
            rows.append(row)
        rows.sort(key=lambda r: (-r["documents"], [str(r[k]) for k in by]))
        return rows

    def trend(
        self,
        principal: Principal,
        filters: SearchFilters | None = None,
        facet: str | None = None,
        value: str | None = None,
        facts: Mapping[str, str | None] | None = None,
    ) -> list[dict[str, int]]:
        """Documents per document year, oldest first, with empty years in between as 0."""
        extra = dict(facts or {})
        if facet is not None:
            extra[facet] = value
        where, params = self.where(principal, filters, extra)
        sql = (
            "SELECT d.year AS year, COUNT(DISTINCT d.id) AS documents FROM document d "
            f"WHERE {where} AND d.year > 0 GROUP BY d.year ORDER BY d.year"
        )
        found = {int(r["year"]): int(r["documents"]) for r in self._rows(sql, params)}
        if not found:
            return []
        lo, hi = min(found), max(found)
        if filters is not None:
            lo = max(lo, filters.year_from or lo)
            hi = min(hi, filters.year_to or hi)
        return [{"year": y, "documents": found.get(y, 0)} for y in range(lo, hi + 1)]

    def windows(self, window: int = 2, as_of: int | None = None) -> dict[str, list[int]]:
        """The latest complete window of `window` years ending at `as_of` (default: last
        calendar year, the latest complete one) and the window before it."""
        end = as_of if as_of is not None else date.today().year - 1
        return {
            "recent": [end - window + 1, end],
            "previous": [end - 2 * window + 1, end - window],
        }

    def hotspots(
        self,
        principal: Principal,
        filters: SearchFilters | None = None,
        top: int = 10,
        *,
        window: int = 2,
        as_of: int | None = None,
        facts: Mapping[str, str | None] | None = None,
    ) -> dict[str, Any]:
        """Countries and cities by visible documents, with recent vs previous window growth."""
        win = self.windows(window, as_of)
        out: dict[str, Any] = {"window": win}
        for kind, key in (("country", "countries"), ("city", "cities")):
            where, params = self.where(principal, filters, facts)
            params.update(
                hk=kind,
                r0=win["recent"][0],
                r1=win["recent"][1],
                p0=win["previous"][0],
                p1=win["previous"][1],
            )
            sql = (
                "SELECT f.value AS value, COUNT(DISTINCT d.id) AS documents, "
                "COUNT(DISTINCT CASE WHEN d.year BETWEEN :r0 AND :r1 THEN d.id END) AS recent, "
                "COUNT(DISTINCT CASE WHEN d.year BETWEEN :p0 AND :p1 THEN d.id END) AS previous "
                "FROM document d JOIN fact f ON f.doc_id = d.id AND f.kind = :hk "
                f"WHERE {where} GROUP BY f.value"
            )
            rows = sorted(self._rows(sql, params), key=lambda r: (-r["documents"], r["value"]))
            out[key] = [
                {
                    kind: r["value"],
                    **({"name": country_name(r["value"])} if kind == "country" else {}),
                    "documents": int(r["documents"]),
                    "recent": int(r["recent"]),
                    "previous": int(r["previous"]),
                    "growth": growth(int(r["recent"]), int(r["previous"])),
                }
                for r in rows[:top]
            ]
        return out

    def routes(
        self,
        principal: Principal,
        filters: SearchFilters | None = None,
        top: int = 10,
        into: str | None = None,
        from_: str | None = None,
        facts: Mapping[str, str | None] | None = None,
    ) -> list[dict[str, Any]]:
        """Origin > destination pairs (route facts) by visible documents, largest first."""
        where, params = self.where(principal, filters, facts)
        params["pattern"] = f"{from_ or '%'}>{into or '%'}"
        sql = (
            "SELECT f.value AS route, COUNT(DISTINCT d.id) AS documents FROM document d "
            "JOIN fact f ON f.doc_id = d.id AND f.kind = 'route' "
            f"WHERE {where} AND f.value LIKE :pattern GROUP BY f.value"
        )
        rows = sorted(self._rows(sql, params), key=lambda r: (-r["documents"], r["route"]))
        out = []
        for r in rows[:top]:
            origin, _, dest = str(r["route"]).partition(">")
            out.append(
                {
                    "origin": origin,
                    "destination": dest,
                    "route": f"{country_name(origin)} → {country_name(dest)}",
                    "documents": int(r["documents"]),
                }
            )
        return out
