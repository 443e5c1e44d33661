"""Supplier and sourcing-region risk from the evidence a principal may see.

Each supplier (name, country, region, sector) is scored 0-100 from documented facts only: how
many visible reports cover its country and sector, which means of control they record, whether
its region or its own name appears in them, and whether reporting is rising. Every figure is
an access-filtered SQL count (assistant.analytics); every quoted passage comes through the
access-checked retriever. The method is spelled out in METHOD and printed with every report.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import text

from assistant.analytics import Analytics, country_name
from assistant.evidence import cite
from assistant.intents import match_facets
from core.access import Principal
from core.db import Database
from core.gazetteer import lookup_country
from core.taxonomy import FACETS, keys
from retrieval.embedder import Embedder
from retrieval.filters import SearchFilters
from retrieval.search import Retriever, SearchResult

LEVELS = ((70, "very high"), (45, "high"), (20, "medium"), (0, "low"))
TREND_YEARS = 3
METHOD = (
    "Scores run from 0 to 100 and add up six parts, each computed from the reports visible "
    "to the person running the assessment (nothing else is read or counted): "
    "direct evidence, 7 points per report on the supplier's country and sector (up to 35); "
    "indicators, 5 points per distinct means of control those reports record, such as "
    "recruitment fees, document retention or debt bondage (up to 25); "
    "local evidence, 5 points per such report that names the supplier's region or city (up to "
    "10); name, 15 points if the supplier's own name appears in any visible report; country "
    "context, 1 point per report on the country in any sector (up to 10); "
    "trend, 5 points if reports on the country and sector in the last three years outnumber "
    "those in the three years before. "
    "Levels: very high 70+, high 45-69, medium 20-44, low under 20. "
    "A low score means little visible evidence, not evidence of good practice."
)
_SUFFIX = re.compile(
    r"[\s,]+(ltd|limited|plc|llc|inc|co|company|corp|pvt|private|sdn bhd|bhd|gmbh|s\.?l|s\.?a"
    r"|srl|spa)\.?$",
    re.IGNORECASE,
)
_INDICATOR_QUERY = "recruitment fees debt passports withheld wages forced labour workers"


def risk_level(score: int) -> str:
    """The level a score falls in."""
    return next(name for floor, name in LEVELS if score >= floor)


def normalise_sector(value: str) -> str | None:
    """Taxonomy sector key for free text ("garment", "Apparel", "textiles"), or None."""
    v = value.strip().lower().replace(" ", "_").replace("-", "_")
    if v in keys("sector"):
        return v
    found = match_facets(value)["sector"]
    return found[0] if found else None


def name_core(name: str) -> str:
    """A supplier name without its legal suffixes ("Sunrise Knitwear Ltd" -> "Sunrise Knitwear")."""
    core = name.strip()
    while (shorter := _SUFFIX.sub("", core)) != core:
        core = shorter
    return core.strip(" ,.")


def _label(facet: str, key: str) -> str:
    return next((lb.description for lb in FACETS[facet] if lb.key == key), key)


class RiskAssessor:
    """Scores suppliers from visible evidence and cites the passages behind each score."""

    def __init__(
        self, db: Database, retriever: Retriever, embedder: Embedder, links: Any = None
    ) -> None:
        self.links = links  # LinkService (issue 17): notes evidence linked to other reports
        self.db = db
        self.retriever = retriever
        self.embedder = embedder
        self.analytics = Analytics(db)

    def assess(
        self, principal: Principal, suppliers: list[dict[str, Any]], *, as_of: int | None = None
    ) -> list[dict[str, Any]]:
        """One assessment per supplier row, in input order."""
        end = as_of if as_of is not None else date.today().year
        return [self.assess_one(principal, row, end) for row in suppliers]

    def assess_one(self, principal: Principal, row: dict[str, Any], end: int) -> dict[str, Any]:
        """Score one supplier (see METHOD)."""
        name = str(row.get("name") or "").strip()
        country_in = str(row.get("country") or "").strip()
        region = str(row.get("region") or "").strip()
        sector_in = str(row.get("sector") or "").strip()
        issues: list[str] = []
        code = lookup_country(country_in) if country_in else None
        if code is None and region:
            code = lookup_country(region)
        if code is None:
            issues.append(f"country {country_in!r} is not recognised")
        sector = normalise_sector(sector_in) if sector_in else None
        if sector_in and sector is None:
            issues.append(f"sector {sector_in!r} matches no sector in the taxonomy")
        scope = SearchFilters(country=code, sector=sector)
        a, p = self.analytics, principal
        direct = a.total(p, scope) if code or sector else 0
        context = a.total(p, SearchFilters(country=code)) if code else 0
        indicators = (
            [
                {"indicator": r["means"], "label": _label("means", r["means"]), **r}
                for r in a.counts(p, ["means"], scope)
            ]
            if code or sector
            else []
        )
        for ind in indicators:
            del ind["means"]
        local = self._mentions(p, region, scope) if region and (code or sector) else []
        core = name_core(name)
        named = self._mentions(p, core, SearchFilters()) if len(core) >= 5 else []
        trend = self._trend(p, scope, end) if code or sector else _no_trend(end)
        parts = {
            "direct_evidence": min(direct, 5) * 7,
            "indicators": min(len(indicators), 5) * 5,
            "local_evidence": min(len({d for d, _ in local}), 2) * 5,
            "name": 15 if named else 0,
            "country_context": min(context, 10),
            "trend": 5 if trend["label"] == "rising" else 0,
        }
        score = sum(parts.values())
        evidence = self._evidence(p, scope, code, sector, region, named, core)
        explanation = _explain(parts, direct, indicators, trend, bool(named))
        for e in evidence if self.links is not None else []:
            linked = self.links.linked(p, e["doc_id"])
            if linked:
                e["linked"] = linked
                explanation += (
                    f" Evidence [{e['n']}] shares {', '.join(linked['types'])} with "
                    f"{linked['reports']} other report{'s' if linked['reports'] != 1 else ''} "
                    f"you can see ({', '.join(linked['orgs'])}): `lens links --doc "
                    f"{e['doc_id']}`."
                )
        return {
            "name": name,
            "country": code,
            "country_name": country_name(code) if code else country_in,
            "region": region,
            "sector": sector,
            "sector_input": sector_in,
            "risk": risk_level(score),
            "score": score,
            "score_parts": parts,
            "documents": {
                "country_sector": direct,
                "country": context,
                "region": len({d for d, _ in local}),
                "name": len({d for d, _ in named}),
            },
            "indicators": indicators,
            "trend": trend,
            "name_mentioned": bool(named),
            "evidence": evidence,
            "explanation": explanation,
            "issues": issues,
            "extra": {
                k: v for k, v in row.items() if k not in ("name", "country", "region", "sector")
            },
        }

    # Evidence -------------------------------------------------------------------------
    def _mentions(
        self, principal: Principal, phrase: str, scope: SearchFilters
    ) -> list[tuple[str, str]]:
        """(doc_id, chunk_id) of visible chunks containing the phrase (case-insensitive)."""
        where, params = self.analytics.where(principal, scope)
        escaped = phrase.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["pat"] = f"%{escaped}%"
        sql = (
            "SELECT d.id AS doc_id, c.id AS chunk_id FROM chunk c JOIN document d "
            f"ON d.id = c.doc_id WHERE {where} AND lower(c.text) LIKE :pat ESCAPE '\\' "
            "ORDER BY d.year DESC, c.ordinal"
        )
        with self.db.engine.connect() as conn:
            return [(r.doc_id, r.chunk_id) for r in conn.execute(text(sql), params)]

    def _trend(self, principal: Principal, scope: SearchFilters, end: int) -> dict[str, Any]:
        per_year = {r["year"]: r["documents"] for r in self.analytics.trend(principal, scope)}
        recent = [end - TREND_YEARS + 1, end]
        previous = [end - 2 * TREND_YEARS + 1, end - TREND_YEARS]
        r = sum(per_year.get(y, 0) for y in range(recent[0], recent[1] + 1))
        q = sum(per_year.get(y, 0) for y in range(previous[0], previous[1] + 1))
        label = (
            "rising" if r > q else "falling" if r < q else "stable" if r else "no recent reports"
        )
        return {
            "label": label,
            "recent": {"years": recent, "documents": r},
            "previous": {"years": previous, "documents": q},
            "per_year": per_year,
        }

    def _evidence(
        self,
        principal: Principal,
        scope: SearchFilters,
        code: str | None,
        sector: str | None,
        region: str,
        named: list[tuple[str, str]],
        name: str,
    ) -> list[dict[str, Any]]:
        """Up to four cited passages: the name mention first, then the best on country x
        sector (or, when none is visible, on the country); each says which it is (`basis`)."""
        passages: list[SearchResult] = []
        basis: list[str] = []
        if named:
            passages += self._chunks(principal, [c for _, c in named[:1]])
            basis += ["name"] * len(passages)
        if code or sector:
            words = [
                _label("sector", sector) if sector else "",
                region,
                country_name(code) if code else "",
                _INDICATOR_QUERY,
            ]
            query = " ".join(w for w in words if w)
            hits, kind = self.retriever.search(query, principal, scope, k=4), "country_sector"
            if not hits and sector and code:
                hits = self.retriever.search(query, principal, SearchFilters(country=code), k=3)
                kind = "country"
            seen = {p.doc_id for p in passages}
            for hit in hits:
                if hit.doc_id not in seen:
                    seen.add(hit.doc_id)
                    passages.append(hit)
                    basis.append(kind)
        cited = cite(passages[:4], _INDICATOR_QUERY + " " + region, self.embedder, prefer=name)
        return [{**c, "basis": b} for c, b in zip(cited, basis, strict=False)]

    def _chunks(self, principal: Principal, chunk_ids: list[str]) -> list[SearchResult]:
        """Visible chunks by id (used for name mentions found in SQL), as search results."""
        where, params = self.analytics.where(principal, None)
        params.update({f"c{i}": c for i, c in enumerate(chunk_ids)})
        ids = ", ".join(f":c{i}" for i in range(len(chunk_ids)))
        sql = (
            "SELECT c.id AS chunk_id, c.text AS text, d.id AS doc_id, d.source_ref, d.level, "
            "d.kind, d.title, d.year, o.name AS org FROM chunk c "
            "JOIN document d ON d.id = c.doc_id "
            f"JOIN organisation o ON o.id = d.org_id WHERE {where} AND c.id IN ({ids})"
        )
        with self.db.engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [
            SearchResult(
                rank=i + 1,
                doc_id=r.doc_id,
                source_ref=r.source_ref,
                chunk_id=r.chunk_id,
                score=0.0,
                level=r.level,
                org=r.org,
                kind=r.kind,
                text=r.text,
                title=r.title,
                year=r.year,
            )
            for i, r in enumerate(rows)
        ]


def _no_trend(end: int) -> dict[str, Any]:
    recent, previous = [end - TREND_YEARS + 1, end], [end - 2 * TREND_YEARS + 1, end - TREND_YEARS]
    return {
        "label": "no recent reports",
        "recent": {"years": recent, "documents": 0},
        "previous": {"years": previous, "documents": 0},
        "per_year": {},
    }


def _explain(
    parts: dict[str, int], direct: int, indicators: list[dict], trend: dict, named: bool
) -> str:
    """One sentence saying where the score came from."""
    if not any(parts.values()):
        return "No visible report covers this country and sector; the score reflects no evidence."
    bits = [f"{direct} visible report{'s' if direct != 1 else ''} on this country and sector"]
    if indicators:
        bits.append(
            "indicators: " + ", ".join(i["indicator"].replace("_", " ") for i in indicators)
        )
    if named:
        bits.append("the supplier is named in a visible report")
    bits.append(f"trend {trend['label']}")
    return "; ".join(bits) + "."
