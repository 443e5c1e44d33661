"""One entry point for chat and `lens ask`: figure questions, risk questions, everything else.

`route_question` tries, in order: a statistics question (exact figures from analytics), a
supplier-risk question (the same assessment as `lens risk`), and otherwise the cited answerer.
Figure and risk answers carry example passages quoted verbatim with [n], picked only from the
documents the figure counted, and are audited like any other answer (ids only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import Any, Protocol

from assistant.analytics import Analytics, country_name
from assistant.citations import display_quote
from assistant.conversation import asks_for_identity
from assistant.evidence import cite
from assistant.intents import (
    RiskQuestion,
    StatsQuestion,
    describe,
    parse_risk_question,
    parse_stats_question,
)
from assistant.risk import METHOD, RiskAssessor
from core import audit
from core.access import Principal
from retrieval.embedder import Embedder
from retrieval.filters import SearchFilters
from retrieval.search import Retriever


class LensLike(Protocol):
    """What the router needs: the records, the retriever, the embedder and the answerer (the
    composition root, lens.app.Lens, has them all)."""

    @property
    def db(self) -> Any: ...

    @property
    def retriever(self) -> Retriever: ...

    @property
    def embedder(self) -> Embedder: ...

    @property
    def answerer(self) -> Any: ...


def _merge(parsed: SearchFilters, given: SearchFilters | None) -> SearchFilters:
    """Filters the user set explicitly win over ones read from the question."""
    if given is None:
        return parsed
    values = {f.name: getattr(given, f.name) for f in fields(given)}
    return replace(parsed, **{k: v for k, v in values.items() if v is not None})


def _examples(
    retriever: Retriever,
    embedder: Embedder,
    principal: Principal,
    question: str,
    filters: SearchFilters,
    counted: set[str],
    k: int = 3,
) -> list[dict[str, Any]]:
    """Up to k cited passages, one per document, from documents the figure counted."""
    if not counted:
        return []
    chosen, seen = [], set()
    for hit in retriever.search(question, principal, filters, k=max(15, k * 5)):
        if hit.doc_id in counted and hit.doc_id not in seen:
            seen.add(hit.doc_id)
            chosen.append(hit)
        if len(chosen) == k:
            break
    return cite(chosen, question, embedder)


def _plural(n: int) -> str:
    return f"{n} report{'' if n == 1 else 's'}"


def answer_stats(
    analytics: Analytics,
    retriever: Retriever,
    embedder: Embedder,
    principal: Principal,
    sq: StatsQuestion,
    question: str,
) -> dict[str, Any]:
    """Exact figures for a statistics question, with example passages."""
    from assistant.maps import RegionAnalytics, map_figures, map_text

    f, facts, p = sq.filters, sq.facts, principal
    scope = describe(f, facts, sq.region)
    route_pattern = None
    if sq.region:  # "in South Asia": every figure counts only reports placed in the region
        analytics = RegionAnalytics(analytics.db, sq.codes)
    if sq.intent == "map":  # every visible country, city and route, drawn beside this text
        region = (sq.region, sq.codes) if sq.region else None
        figures = map_figures(analytics, p, f, facts, scope=scope, region=region)
        n, text = figures["documents"], map_text(figures)
    elif sq.intent == "count":
        n = analytics.total(p, f, facts)
        figures: dict[str, Any] = {"documents": n, "scope": scope}
        text = f"**{_plural(n)}** you can see match {scope} (counted once each, by report date)."
        if sq.by:
            rows = analytics.counts(p, list(sq.by), f, facts)
            figures["rows"] = rows
            text += (
                " By "
                + ", ".join(sq.by)
                + ": "
                + "; ".join(
                    f"{' / '.join(str(r[b]) for b in sq.by)}: {r['documents']}" for r in rows[:10]
                )
                + "."
            )
        elif n:
            per_year = analytics.trend(p, f, facts=facts)
            figures["by_year"] = per_year
            text += (
                " By year: "
                + ", ".join(f"{r['year']}: {r['documents']}" for r in per_year if r["documents"])
                + "."
            )
    elif sq.intent == "trend":
        per_year = analytics.trend(p, f, facts=facts)
        n = sum(r["documents"] for r in per_year)
        figures = {"documents": n, "scope": scope, "by_year": per_year}
        text = (
            f"Reports you can see on {scope}, per year (report date): "
            + (", ".join(f"{r['year']}: {r['documents']}" for r in per_year) or "none")
            + "."
        )
    elif sq.intent == "hotspots":
        hot = analytics.hotspots(p, f, top=5, facts=facts)
        n = hot["countries"][0]["documents"] if hot["countries"] else 0
        figures = {"scope": scope, **hot}
        rec, prev = hot["window"]["recent"], hot["window"]["previous"]
        text = f"Hotspots in the reports you can see ({scope}), with {rec[0]}–{rec[1]} against "
        text += (
            f"{prev[0]}–{prev[1]}: "
            + "; ".join(
                f"{r['name']} {r['documents']} ({r['recent']} vs {r['previous']})"
                for r in hot["countries"]
            )
            or "none"
        )
        if hot["cities"]:
            text += ". Cities: " + "; ".join(f"{r['city']} {r['documents']}" for r in hot["cities"])
        text += "."
        if hot["countries"]:  # examples come from the top hotspot
            f = replace(f, country=hot["countries"][0]["country"])
    else:
        top = 10**6 if sq.region_role else 10
        routes = analytics.routes(p, f, top=top, into=sq.into, from_=sq.from_, facts=facts)
        if sq.region_role:  # out of / into a region: the routes that start / end in it
            end = "origin" if sq.region_role == "from" else "destination"
            routes = [r for r in routes if r[end] in sq.codes][:10]
        n = sum(r["documents"] for r in routes)
        figures = {"scope": scope, "routes": routes}
        where = (f" from {country_name(sq.from_)}" if sq.from_ else "") + (
            f" into {country_name(sq.into)}" if sq.into else ""
        )
        text = (
            f"Top routes{where} in the reports you can see ({scope}): "
            + ("; ".join(f"{r['route']} {r['documents']}" for r in routes) or "none recorded")
            + "."
        )
        route_pattern = f"{sq.from_ or '%'}>{sq.into or '%'}"
    counted = analytics.doc_ids(p, f, facts, route_pattern=route_pattern) if n else set()
    sf = sq.search_filters()
    if sq.intent == "hotspots":
        sf = replace(sf, country=f.country)
    citations = _examples(retriever, embedder, p, question, sf, counted)
    if citations:
        text += "\n\nExamples:\n" + "\n".join(
            f"- “{display_quote(c['quote'])}” [{c['n']}]" for c in citations
        )
    return {
        "answer": text,
        "grounded": True,
        "citations": citations,
        "mode": "stats",
        "intent": sq.intent,
        "figures": figures,
    }


def answer_risk(assessor: RiskAssessor, principal: Principal, rq: RiskQuestion) -> dict[str, Any]:
    """The `lens risk` assessment for one supplier profile, as a chat answer."""
    row = {
        "name": rq.name,
        "country": rq.country or "",
        "region": rq.region or "",
        "sector": rq.sector or "",
    }
    r = assessor.assess(principal, [row])[0]
    place = ", ".join(x for x in (r["region"], r["country_name"]) if x) or "any country"
    sector = (r["sector"] or "any-sector").replace("_", " ")
    t = r["trend"]
    text = (
        f"Risk for a {sector} supplier in {place}: **{r['risk']}** ({r['score']}/100). "
        f"{r['explanation']} Reports in {t['recent']['years'][0]}–{t['recent']['years'][1]}: "
        f"{t['recent']['documents']}, in {t['previous']['years'][0]}–"
        f"{t['previous']['years'][1]}: {t['previous']['documents']}."
    )
    if r["evidence"]:
        text += "\n\nEvidence:\n" + "\n".join(
            f"- “{display_quote(e['quote'])}” [{e['n']}]" for e in r["evidence"]
        )
    text += "\n\nHow it is scored: " + METHOD
    return {
        "answer": text,
        "grounded": True,
        "citations": r["evidence"],
        "mode": "risk",
        "figures": {**{k: v for k, v in r.items() if k != "evidence"}, "method": METHOD},
    }


def route_question(
    lens: LensLike,
    question: str,
    principal: Principal,
    history: Sequence[str] = (),
    *,
    filters: SearchFilters | None = None,
    mode: str | None = None,
    on_token: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Figures, risk or a cited answer for one question, as the `lens ask --json` dict.

    `on_token` receives the model's text as it is written (generated answers only; figures,
    risk and quoted answers arrive whole): it is unchecked draft text, and the returned answer
    is what counts.
    """
    q = lens.retriever.validate(question)
    if not asks_for_identity(q):
        sq = parse_stats_question(q)
        if sq is not None:
            sq = replace(sq, filters=_merge(sq.filters, filters))
            out = answer_stats(Analytics(lens.db), lens.retriever, lens.embedder, principal, sq, q)
            return _audited(lens, principal, q, out)
        rq = parse_risk_question(q)
        if rq is not None:
            services = getattr(lens, "services", None)  # links: evidence linked (issue 17)
            assessor = RiskAssessor(
                lens.db, lens.retriever, lens.embedder, getattr(services, "links", None)
            )
            return _audited(lens, principal, q, answer_risk(assessor, principal, rq))
    answer = lens.answerer.ask(
        q, principal, history=history, filters=filters, mode=mode, on_token=on_token
    )
    return {**answer.as_dict(), "audit_id": answer.audit_id}


def _audited(lens: LensLike, principal: Principal, q: str, out: dict[str, Any]) -> dict[str, Any]:
    """Record the answer (redacted question, cited ids only) and add the question field."""
    redacted = lens.answerer.redact_question(q)
    event = audit.record(
        lens.db,
        user=principal.user_name,
        action="ask",
        query=redacted[:2000],
        doc_ids=sorted({c["doc_id"] for c in out["citations"]}),
        outcome=out["mode"],
        detail={"grounded": out["grounded"], "chunks": [c["chunk_id"] for c in out["citations"]]},
    )
    return {**out, "question": redacted, "audit_id": event}
