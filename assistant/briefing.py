"""Briefings: headline figures, trends, hotspots, routes and notable incidents, with citations.

Figures come from assistant.analytics (exact, access-filtered SQL). Incident summaries are
verbatim sentences of access-checked passages; an overview paragraph is written by the model
only when one is configured and every sentence it keeps passes the citation check, otherwise
the briefing is extractive throughout. Citations are numbered per passage, so [n] in any
section points at the same entry of the evidence list.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from assistant.analytics import Analytics, country_name
from assistant.citations import display_quote
from assistant.evidence import cite, is_prose, opening
from assistant.extractive import pick_quotes
from assistant.intents import describe, first, match_facets, places_in, years_in
from core.access import Principal
from core.db import Database
from retrieval.embedder import Embedder
from retrieval.filters import SearchFilters
from retrieval.search import Retriever, SearchResult

if TYPE_CHECKING:
    from assistant.answerer import Answerer


@dataclass
class Section:
    """One part of a briefing: a heading, prose (with [n] citations) and the figures behind it."""

    id: str
    heading: str
    text: str
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Briefing:
    """What `lens brief --json` prints, and what the renderers read."""

    title: str
    scope: str
    prepared_for: dict[str, Any]
    generated: str
    sections: list[Section]
    citations: list[dict[str, Any]]
    figures: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (CLI contract: title, sections, citations)."""
        return asdict(self)

    def section(self, section_id: str) -> Section:
        """The section with this id."""
        return next(s for s in self.sections if s.id == section_id)


def _pct(recent: int, previous: int) -> str:
    if not previous:
        return "new" if recent else "none"
    return f"{(recent - previous) / previous:+.0%}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class BriefingBuilder:
    """Builds a briefing for a topic, country, sector and/or period from visible evidence."""

    def __init__(
        self,
        db: Database,
        retriever: Retriever,
        embedder: Embedder,
        writer: Answerer | None = None,
    ) -> None:
        self.analytics = Analytics(db)
        self.retriever = retriever
        self.embedder = embedder
        self.writer = writer

    def build(
        self,
        principal: Principal,
        *,
        topic: str | None = None,
        filters: SearchFilters | None = None,
        as_of: int | None = None,
        incidents: int = 5,
    ) -> Briefing:
        """Gather figures and passages; `topic` narrows by any type/sector/place it names."""
        f = filters or SearchFilters()
        if topic:
            facets = match_facets(topic)
            places = [p for p in places_in(topic) if p.kind != "city"]
            f = replace(
                f,
                type=f.type or first(facets["type"]),
                sector=f.sector or first(facets["sector"]),
                country=f.country or (places[0].code if places else None),
            )
        a, p = self.analytics, principal
        end = as_of if as_of is not None else date.today().year - 1
        scope = describe(f)
        total = a.total(p, f)
        trend = a.trend(p, f)
        hot = a.hotspots(p, f, top=5, as_of=end)
        routes = a.routes(p, f, top=5)
        figures: dict[str, Any] = {
            "documents": total,
            "organisations": a.counts(p, ["org"], f),
            "kinds": a.counts(p, ["kind"], f),
            "types": a.counts(p, ["type"], f)[:5],
            "sectors": a.counts(p, ["sector"], f)[:5],
            "means": a.counts(p, ["means"], f)[:6],
            "trend": trend,
            "hotspots": hot,
            "routes": routes,
        }
        passages = self._incidents(p, topic, f, incidents) if total else []
        citations = cite(passages, self._query(topic, f), self.embedder)
        sections = [
            Section(
                "headline", "Headline figures", self._headline(figures, scope), figures["types"]
            ),
            Section("trends", "Trends", self._trends(trend, end), trend),
            Section("hotspots", "Hotspots", self._hotspots(hot), hot["countries"] + hot["cities"]),
            Section("routes", "Routes", self._routes(routes), routes),
            Section("patterns", "Means of control", self._means(figures), figures["means"]),
            Section(
                "incidents",
                "Notable incidents",
                self._summaries(passages, topic, f),
                [{k: c[k] for k in ("n", "title", "org", "year", "kind")} for c in citations],
            ),
        ]
        overview = self._overview(p, passages, topic, f)
        if overview:
            sections.insert(0, Section("overview", "Overview", overview))
        sections.append(Section("evidence", "Evidence", self._evidence(citations), citations))
        return Briefing(
            title=f"Briefing: {topic or scope}" if topic or f != SearchFilters() else "Briefing",
            scope=scope,
            prepared_for={
                "user": p.user_name,
                "org": p.org_name,
                "clearance": int(p.clearance),
            },
            generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
            sections=sections,
            citations=citations,
            figures=figures,
        )

    # Passages ---------------------------------------------------------------------------
    @staticmethod
    def _query(topic: str | None, f: SearchFilters) -> str:
        words = [topic or ""]
        words += [(v or "").replace("_", " ") for v in (f.type, f.sector, f.means)]
        words += [country_name(f.country) if f.country else ""]
        query = " ".join(w for w in words if w).strip()
        return query or "trafficking exploitation victims recruited forced to work"

    def _incidents(
        self, principal: Principal, topic: str | None, f: SearchFilters, n: int
    ) -> list[SearchResult]:
        """The best passage of each of the n most relevant visible documents, newest first."""
        hits = self.retriever.search(self._query(topic, f), principal, f, k=n * 3)
        best: dict[str, SearchResult] = {}
        for h in hits:
            best.setdefault(h.doc_id, h)
        chosen = list(best.values())[:n]
        return sorted(chosen, key=lambda h: -h.year)

    def _summaries(self, passages: list[SearchResult], topic: str | None, f: SearchFilters) -> str:
        if not passages:
            return "No visible report matches this scope."
        # Bias the quotes towards findings (what happened to whom) over descriptions.
        query = self._query(topic, f) + " workers forced abuse debt wages passports recruited"
        ranked = pick_quotes(
            query,
            [p.text for p in passages],
            self.embedder.embed,
            max_quotes=4 * len(passages),
            max_candidates=6 * len(passages),
        )
        lines = []
        for n, p in enumerate(passages, start=1):
            quotes = [q.text for q in ranked if q.n == n and is_prose(q.text, p.title)][:2]
            said = " ".join(f"“{display_quote(q)}”" for q in quotes or [opening(p.text)])
            lines.append(
                f"- **{p.title}** ({p.org}, {p.kind.replace('_', ' ')}, "
                f"{p.year or 'undated'}): {said} [{n}]"
            )
        return "\n".join(lines)

    def _overview(
        self,
        principal: Principal,
        passages: list[SearchResult],
        topic: str | None,
        f: SearchFilters,
    ) -> str:
        """Model-written overview, kept only if every citation checks out; else ''."""
        if self.writer is None or not passages:
            return ""
        from assistant.quoted import Answer

        question = f"What are the main patterns in these reports about {self._query(topic, f)}?"
        prepared = Answer("", False, [], "retrieved", question, list(passages))
        written = self.writer.generate(prepared, principal)
        return written.answer if written.grounded else ""

    # Prose around the figures -------------------------------------------------------------
    @staticmethod
    def _headline(fig: dict[str, Any], scope: str) -> str:
        if not fig["documents"]:
            return f"No report visible to you matches this scope ({scope})."
        years = [r["year"] for r in fig["trend"] if r["documents"]]
        span = f", dated {years[0]}–{years[-1]}" if years else ""
        lines = [
            f"- **{_plural(fig['documents'], 'report')}** in scope ({scope}) from "
            f"{_plural(len(fig['organisations']), 'organisation')}{span}."
        ]
        for key, label in (("types", "Forms of exploitation"), ("sectors", "Sectors")):
            if fig[key]:
                top = ", ".join(
                    f"{r[key[:-1]].replace('_', ' ')} ({r['documents']})" for r in fig[key][:3]
                )
                lines.append(f"- {label}: {top}.")
        kinds = ", ".join(f"{r['kind'].replace('_', ' ')} {r['documents']}" for r in fig["kinds"])
        lines.append(f"- Report types: {kinds}.")
        return "\n".join(lines)

    @staticmethod
    def _trends(trend: list[dict[str, int]], end: int) -> str:
        if not trend:
            return "No dated reports in scope."
        per = {r["year"]: r["documents"] for r in trend}
        last, before = per.get(end, 0), per.get(end - 1, 0)
        text = (
            f"Reports per year (by report date): {last} in {end}, the latest complete year, "
            f"against {before} in {end - 1} ({_pct(last, before)})."
        )
        if per.get(end + 1):
            text += f" {end + 1} so far: {per[end + 1]}."
        return text + " By year: " + ", ".join(f"{y} {n}" for y, n in per.items()) + "."

    @staticmethod
    def _hotspots(hot: dict[str, Any]) -> str:
        if not hot["countries"]:
            return "No places recorded in scope."
        rec, prev = hot["window"]["recent"], hot["window"]["previous"]

        def fmt(r: dict[str, Any], name: str) -> str:
            change = _pct(r["recent"], r["previous"])
            tail = f", {change}" if r["recent"] or r["previous"] else ""
            return f"{name} {r['documents']} ({r['recent']} vs {r['previous']}{tail})"

        head = f"(reports; in brackets {rec[0]}–{rec[1]} vs {prev[0]}–{prev[1]})"
        lines = [f"- Countries {head}: " + "; ".join(fmt(r, r["name"]) for r in hot["countries"])]
        if hot["cities"]:
            lines.append("- Cities: " + "; ".join(fmt(r, r["city"]) for r in hot["cities"]) + ".")
        lines[0] += "."
        return "\n".join(lines)

    @staticmethod
    def _routes(routes: list[dict[str, Any]]) -> str:
        if not routes:
            return "No origin–destination routes recorded in scope."
        return (
            "Most reported origin → destination pairs: "
            + "; ".join(f"{r['route']} ({r['documents']})" for r in routes)
            + "."
        )

    @staticmethod
    def _means(fig: dict[str, Any]) -> str:
        if not fig["means"]:
            return "No means of control recorded in scope."
        return (
            "Most recorded means of control: "
            + "; ".join(
                f"{r['means'].replace('_', ' ')} ({_plural(r['documents'], 'report')})"
                for r in fig["means"]
            )
            + "."
        )

    @staticmethod
    def _evidence(citations: list[dict[str, Any]]) -> str:
        if not citations:
            return "No passages cited."
        return "\n".join(
            f"[{c['n']}] {c['title']} — {c['source_ref']} ({c['org']}, "
            f"{c['kind'].replace('_', ' ')}, {c['year'] or 'undated'}, level {c['level']})"
            for c in citations
        )


# "Briefing on Vietnam", "Brief me on forced labour in Malaysia", "Write a briefing about
# nail bars", "Prepare me a brief on Romania since 2020": the words that ask for a briefing.
BRIEFING_REQUEST = re.compile(
    r"^\s*(?:please[\s,]+)?(?:(?:can|could|would) you\s+)?"
    r"(?:(?:write|prepare|draft|make|give|produce|generate|create)\s+(?:me\s+|us\s+)?"
    r"(?:a\s+|an\s+)?(?:short\s+|quick\s+)?(?:briefing|brief)|brief\s+(?:me|us)|briefing)"
    r"\s+(?:on|about|for|covering|of)\s+",
    re.IGNORECASE,
)


def is_briefing_request(text: str) -> bool:
    """Whether a chat message asks for a briefing rather than for an answer."""
    return BRIEFING_REQUEST.match(text) is not None


def read_request(text: str) -> tuple[str | None, SearchFilters]:
    """A free-text briefing request ("Briefing on Vietnam since 2020") as (topic, filters).

    Country, trafficking type, sector and period are read the way chat figures read them;
    the request, less the words that ask for a briefing (`BRIEFING_REQUEST`), is the topic.
    """
    places = places_in(text)
    facets = match_facets(text)
    year_from, year_to = years_in(text)
    filters = SearchFilters(
        country=places[0].code if places else None,
        type=first(facets.get("type") or []),
        sector=first(facets.get("sector") or []),
        year_from=year_from,
        year_to=year_to,
    )
    topic = BRIEFING_REQUEST.sub("", text.strip(), count=1).strip().rstrip("?.!").strip()
    return topic or None, filters


def to_markdown(b: Briefing) -> str:
    """The briefing as Markdown, ready to forward."""
    who = b.prepared_for
    out = [
        f"# {b.title}",
        "",
        f"*Scope: {b.scope}. Prepared {b.generated} for {who['user']} ({who['org']}, clearance "
        f"{who['clearance']}). Figures count only reports visible at that clearance, each "
        "report once, by report date; quotes are verbatim from those reports.*",
    ]
    for s in b.sections:
        out += ["", f"## {s.heading}", "", s.text]
    return "\n".join(out).rstrip() + "\n"
