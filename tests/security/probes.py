"""One demo user's canary probes through every surface that shows content, and what came
out (see test_canaries.py for the rules they are held to)."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from assistant.analytics import Analytics
from assistant.briefing import BriefingBuilder, to_markdown
from assistant.focus import describe
from assistant.quoted import NOT_MENTIONED, NOT_MENTIONED_NOTHING
from assistant.risk import RiskAssessor
from assistant.router import route_question
from core.records import AuditEvent, Document, Fact, Organisation
from tests.security.canary_corpus import GENERIC, CanaryHub, found

SEED = random.SystemRandom().randrange(2**32)


MODES = ("hybrid", "dense", "lexical")
FIGURE_QUESTIONS = [
    "How many reports are there by org?",
    "How many reports by kind?",
    "Which countries are most affected?",
    "Top routes into the United Kingdom",
    "Trend of forced labour reports per year",
    "Map trafficking reports",
]


@dataclass(frozen=True)
class Outcome:
    """One probe: where it went, what it asked, and which tokens its output held."""

    surface: str
    question: str
    target: str | None  # the canary the probe is about, if any
    quoted: frozenset[str]  # tokens the user typed (question and history)
    hidden: frozenset[str]  # tokens above the user's visibility found in the output
    shown: frozenset[str]  # visible tokens found in the output


def visible_docs(hub: CanaryHub, user: str) -> list[Document]:
    """The active documents the user may see, by the rule written out here."""
    p = hub.principal(user)
    with hub.lens.db.session() as s:
        return [
            d
            for d in s.exec(select(Document).where(Document.status == "active"))
            if d.level <= p.clearance and (not d.org_only or d.org_id == p.org_id)
        ]


def expected_figures(hub: CanaryHub, user: str) -> dict[str, Any]:
    """Counts over the visible documents, computed here without Analytics."""
    docs = visible_docs(hub, user)
    ids = {d.id for d in docs}
    with hub.lens.db.session() as s:
        orgs = {o.id: o.name for o in s.exec(select(Organisation))}
        countries = {
            (f.doc_id, f.value) for f in s.exec(select(Fact).where(Fact.kind == "country"))
        }
    return {
        "total": len(docs),
        "org": Counter(orgs[d.org_id] for d in docs),
        "kind": Counter(d.kind for d in docs),
        "country": Counter(v for d, v in countries if d in ids),
        "year": Counter(d.year for d in docs if d.year),
        "ids": ids,
    }


def without_echo(out: dict[str, Any], typed: str) -> None:
    """Drop what an answer only echoes of the user's own words: the standalone question, and
    the notice "None of the sources you can see mention “…”" (its phrases must come from the
    question). The quotes after the notice are checked like any answer."""
    out.pop("question", None)
    echoed = out.pop("not_mentioned", None) or []
    if echoed:
        assert all(phrase in typed for phrase in echoed), echoed
        notices = [n.format(describe(echoed)) for n in (NOT_MENTIONED, NOT_MENTIONED_NOTHING)]
        notice = next(n for n in notices if out["answer"].startswith(n))
        out["answer"] = out["answer"].removeprefix(notice)


class Prober:
    """Runs one demo user's probes through every surface and records what came out."""

    def __init__(self, hub: CanaryHub, user: str, index: int) -> None:
        self.hub, self.user, self.i = hub, user, index
        self.p = hub.principal(user)
        self.visible = hub.visible(self.p)
        self.expected = expected_figures(hub, user)
        self.outcomes: list[Outcome] = []
        self.audit_problems: list[str] = []
        self.count_problems: list[str] = []

    def record(
        self,
        surface: str,
        question: str,
        output: Any,
        target: str | None = None,
        history: tuple[str, ...] = (),
    ) -> None:
        text = json.dumps(output, default=str, ensure_ascii=False)
        tokens = self.hub.tokens
        self.outcomes.append(
            Outcome(
                surface,
                question,
                target,
                frozenset(found(" ".join([question, *history]), tokens)),
                frozenset(found(text, tokens - self.visible)),
                frozenset(found(text, self.visible)),
            )
        )

    def audited(self, typed: str, run: Any) -> Any:
        """Run a probe that writes audit rows; check the rows it wrote."""
        db = self.hub.lens.db
        with db.session() as s:
            before = s.exec(select(func.max(AuditEvent.id))).one() or 0
        out = run()
        with db.session() as s:
            rows = s.exec(select(AuditEvent).where(AuditEvent.id > before)).all()
        allowed = found(typed, self.hub.tokens)
        if not rows:
            self.audit_problems.append(f"no audit row for {typed!r}")
        for r in rows:
            other = json.dumps([r.user_name, r.doc_ids, r.outcome, r.detail], default=str)
            if found(r.query or "", self.hub.tokens) - allowed or found(other, self.hub.tokens):
                self.audit_problems.append(f"audit row {r.id} holds a canary it was not given")
            if not set(r.doc_ids) <= self.expected["ids"]:
                self.audit_problems.append(f"audit row {r.id} cites a hidden document")
        return out

    def check(self, what: str, got: Any, want: Any) -> None:
        self.record("figures", what, got)
        if got != want:
            self.count_problems.append(f"{what}: got {got}, expected {want}")

    # Surfaces ---------------------------------------------------------------------------
    def search(self, question: str, mode: str, target: str | None = None) -> None:
        hits = self.hub.lens.retriever.search(question, self.p, k=8, mode=mode)
        self.record("search", question, [h.as_dict() for h in hits], target)

    def ask(self, question: str, target: str | None = None, history: tuple[str, ...] = ()):
        typed = " ".join([question, *history])
        out = self.audited(
            typed,
            lambda: route_question(self.hub.lens, question, self.p, history, mode="extractive"),
        )
        without_echo(out, typed)
        self.record("ask", question, out, target, history)
        return out

    def run_all(self) -> None:
        cs, i = self.hub.canaries, self.i
        topics = [(c, q) for c in cs for q in c.topic_questions()]
        mine = [topics[(i * 16 + j) % len(topics)] for j in range(16)]
        for k, c in enumerate(cs):
            self.search(c.quoting_questions()[k % 2], MODES[(k + i) % 3], c.token)
        for q in GENERIC:
            for mode in MODES:
                self.search(q, mode)
            self.ask(q)
        for c, q in mine:
            self.search(q, "hybrid", c.token)
            self.ask(q, c.token)
        for j in range(4):
            c = cs[(i * 4 + j) % len(cs)]
            self.ask(c.quoting_questions()[0], c.token)
        hidden = [c for c in cs if c.token not in self.visible] or cs
        for q in ("Tell me more about them", "And what about the recruiters there?"):
            self.ask(q, history=(hidden[i % len(hidden)].quoting_questions()[0],))
        self.figures()
        self.risk()
        self.briefs(mine[0][0])
        self.chat(mine[1][0], hidden[(i + 1) % len(hidden)])

    def figures(self) -> None:
        a, p, want = Analytics(self.hub.lens.db), self.p, self.expected
        self.check("total", a.total(p), want["total"])
        for key in ("org", "kind", "country"):
            self.check(
                f"by {key}",
                Counter({r[key]: r["documents"] for r in a.counts(p, [key])}),
                want[key],
            )
        self.check(
            "trend",
            Counter({r["year"]: r["documents"] for r in a.trend(p) if r["documents"]}),
            want["year"],
        )
        for q in FIGURE_QUESTIONS:
            out = self.ask(q)
            rows = out["figures"].get("rows")
            if q.endswith("by org?"):
                self.check(
                    "ask by org", Counter({r["org"]: r["documents"] for r in rows}), want["org"]
                )
                self.check("ask total", out["figures"]["documents"], want["total"])
            if q.startswith("Map"):  # the map's own figures: every visible country, no other
                countries = out["figures"]["countries"]
                self.check(
                    "map by country",
                    Counter({r["country"]: r["documents"] for r in countries}),
                    want["country"],
                )
                self.maps(out["figures"])

    def maps(self, figures: dict[str, Any]) -> None:
        """What the map faces draw from a map answer's figures: GeoJSON, the interactive
        figure and the two briefing PNGs' data (searched for hidden tokens like any output)."""
        from assistant.map_geojson import to_geojson
        from assistant.map_plotly import to_plotly
        from assistant.maps import MapData

        data = MapData.from_figures(figures)
        self.record("maps", "map", [to_geojson(data), to_plotly(data)])

    def risk(self) -> None:
        cs = self.hub.canaries
        rows = [{"name": c.token} for c in cs]
        rows += [
            {"name": "Supplier", "country": c.country, "region": c.city, "sector": c.place_q}
            for c in (cs[self.i], cs[-1 - self.i])
        ]
        results = RiskAssessor(
            self.hub.lens.db, self.hub.lens.retriever, self.hub.lens.embedder
        ).assess(self.p, rows)
        for row, r in zip(rows, results, strict=True):
            shown = {k: v for k, v in r.items() if k not in ("name", "extra")}  # name: echo
            target = row["name"] if row["name"] in self.hub.tokens else None
            self.record("risk", row["name"], shown, target)
            if target and r["name_mentioned"] != (target in self.visible):
                self.count_problems.append(f"risk name_mentioned wrong for {target}")

    def briefs(self, c: Any) -> None:
        b = BriefingBuilder(self.hub.lens.db, self.hub.lens.retriever, self.hub.lens.embedder)
        whole = b.build(self.p)
        self.record("brief", "Briefing", [whole.as_dict(), to_markdown(whole)])
        self.check("brief total", whole.figures["documents"], self.expected["total"])
        topic = f"{c.place} in {c.city}"
        one = b.build(self.p, topic=topic)
        self.record("brief", topic, [one.as_dict(), to_markdown(one)], c.token)

    def chat(self, c: Any, hidden: Any) -> None:
        """The chat's own functions: replies, source side panels, risk from a CSV upload."""
        import ui.runtime as runtime

        for text, profile, target in (
            (hidden.quoting_questions()[0], "Analyst Q&A", hidden.token),
            (f"Briefing on {c.city}", "Briefing", None),
            (f"What is the risk for a {c.place_q} supplier in {c.city}?", "Supplier risk", None),
        ):
            out, _ = self.audited(
                text, lambda t=text, pr=profile: runtime.respond(self.user, t, [], pr)
            )
            without_echo(out, text)
            cards = [runtime.source_card(self.user, x) for x in out["citations"]]
            self.record("ui", text, [out, cards], target)
        csv = self.hub.home / f"suppliers-{self.user}.csv"
        csv.write_text(f"name,country,region,sector\nWorks,{c.country},{c.city},{c.place_q}\n")
        self.record("ui", "risk csv", runtime.risk_from_csv(self.user, csv.name, csv))
