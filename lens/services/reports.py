"""Figures, supplier risk and briefings: `lens stats`, `lens risk`, `lens brief`, and the
chat's supplier-CSV upload and briefing requests, through one audited call each."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import audit
from core.access import Principal
from core.choices import VIEWS
from core.errors import LensError
from lens.services.base import FilterInput, Service, filter_pairs, write_file

if TYPE_CHECKING:
    from assistant.answerer import Answerer
    from assistant.briefing import Briefing
    from assistant.risk_report import RiskReport
    from lens.services.documents import Upload

RISK_FORMATS = (".md", ".csv", ".json")
BRIEF_FORMATS = (".md", ".pdf")


@dataclass
class BriefReport:
    """One briefing: `lens brief --json` (`as_dict`), its Markdown and PDF forms, and the id of
    its audit event (feedback links to it)."""

    briefing: Briefing
    written: str | None = None
    audit_id: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The `lens brief --json` document."""
        data = self.briefing.as_dict()
        if self.written is not None:
            data["written"] = self.written
        return data

    def markdown(self, images: dict[str, str] | None = None) -> str:
        """The briefing as Markdown, ready to forward; `images` ({"hotspots": file name,
        "routes": file name}) links the map PNGs under their sections."""
        from assistant.briefing_pdf import markdown_with_maps

        return markdown_with_maps(self.briefing, images or {})

    def map_pngs(self) -> dict[str, bytes]:
        """The hotspot map and the route map as PNGs (the figures of their sections)."""
        from assistant.briefing_pdf import map_pngs

        return map_pngs(self.briefing)

    def pdf(self) -> bytes:
        """The briefing as a PDF (A4, with its charts)."""
        from assistant.briefing_pdf import write_pdf

        buf = io.BytesIO()
        write_pdf(self.briefing, buf)
        return buf.getvalue()


def _check_out(out: Path | None, formats: tuple[str, ...]) -> None:
    if out is not None and out.suffix.lower() not in formats:
        allowed = ", ".join(formats[:-1]) + f" or {formats[-1]}"
        raise LensError(f"--out {out} must end in {allowed}.", exit_code=2)


def _group_keys(by: str | Sequence[str]) -> list[str]:
    """The keys to group by, given as "country,city" (CLI) or a list (API)."""
    return [k.strip() for k in (by.split(",") if isinstance(by, str) else by) if k.strip()]


class ReportService(Service):
    """Figures from extracted facts, supplier risk and briefings, each from visible evidence."""

    # Figures ------------------------------------------------------------------------------
    def stats(
        self,
        principal: Principal,
        *,
        view: str = "counts",
        by: str | Sequence[str] = ("country",),
        filters: FilterInput = None,
        into: str | None = None,
        from_: str | None = None,
        top: int = 10,
    ) -> dict[str, Any]:
        """`lens stats --json`: counts (by `by`), a trend, hotspots or routes of the documents
        the user may see (exact, computed in SQL)."""
        from assistant.analytics import Analytics
        from retrieval.filters import country_code

        if view not in VIEWS:
            raise LensError(f"View {view!r} is not valid: use {', '.join(VIEWS)}.", exit_code=2)
        keys = _group_keys(by)
        f = self.filters(filters)
        a, p = Analytics(self.db), principal
        data: dict[str, Any]
        if view == "counts":
            data = {"by": keys, "rows": a.counts(p, keys, f), "total": a.total(p, f)}
        elif view == "trend":
            data = {"rows": a.trend(p, f), "total": a.total(p, f)}
        elif view == "hotspots":
            hot = a.hotspots(p, f, top=top)
            data = {"rows": hot["countries"], "cities": hot["cities"], "window": hot["window"]}
        else:
            into_code = country_code(into) if into else None
            from_code = country_code(from_) if from_ else None
            data = {"rows": a.routes(p, f, top=top, into=into_code, from_=from_code)}
        audit.record(
            self.db,
            user=p.user_name,
            action="stats",
            query=" ".join([view, ",".join(keys), *filter_pairs(filters)])[:2000],
            detail={"rows": len(data["rows"])},
        )
        return data

    def stats_geojson(
        self,
        principal: Principal,
        *,
        view: str = "counts",
        by: str | Sequence[str] = ("country",),
        filters: FilterInput = None,
        into: str | None = None,
        from_: str | None = None,
        top: int = 10,
    ) -> dict[str, Any]:
        """`lens stats --geojson` and `GET /api/v1/stats?…&format=geojson`: the same counts as
        `stats` (and its one audit row), as a GeoJSON FeatureCollection with
        `properties.documents` on each country, city or route."""
        from assistant.intents import describe
        from assistant.map_geojson import stats_geojson

        keys = _group_keys(by)
        if view == "counts" and not {"country", "city"} & set(keys):
            raise LensError(
                "GeoJSON needs places: group by country or city (--by country), or use the "
                "hotspots or routes view.",
                exit_code=2,
            )
        if view == "trend":
            raise LensError(
                "The trend view has no places to map: use --by country or city, or the "
                "hotspots or routes view, with GeoJSON.",
                exit_code=2,
            )
        data = self.stats(
            principal, view=view, by=keys, filters=filters, into=into, from_=from_, top=top
        )
        return stats_geojson(data, view, describe(self.filters(filters)))

    # Supplier risk ------------------------------------------------------------------------
    def risk(
        self, principal: Principal, suppliers: list[Any], *, out: Path | None = None
    ) -> RiskReport:
        """`lens risk --json` for suppliers given as data (`name`, `country`, `region`,
        `sector`, and any other columns, kept)."""
        from assistant.risk_report import supplier_rows

        _check_out(out, RISK_FORMATS)
        return self._assess(principal, supplier_rows(suppliers), out)

    def risk_file(self, principal: Principal, path: Path, *, out: Path | None = None) -> RiskReport:
        """`lens risk SUPPLIERS.csv --json`."""
        from assistant.risk_report import read_suppliers

        _check_out(out, RISK_FORMATS)
        return self._assess(principal, read_suppliers(path), out)

    def risk_upload(self, principal: Principal, upload: Upload) -> RiskReport:
        """A supplier CSV sent through a face (chat, API); errors name it by its display
        name, and a temporary copy is deleted as soon as it is read."""
        from assistant.risk_report import parse_suppliers

        return self._assess(principal, parse_suppliers(upload.read(), upload.name), None)

    def _assess(
        self, principal: Principal, rows: list[dict[str, str]], out: Path | None
    ) -> RiskReport:
        from assistant.risk import RiskAssessor
        from assistant.risk_report import RiskReport

        root = self.root
        assessor = RiskAssessor(root.db, root.retriever, root.embedder, root.services.links)
        results = assessor.assess(principal, rows)
        report = RiskReport(results, principal)
        if out is not None:
            suffix = out.suffix.lower()
            content = (
                report.markdown()
                if suffix == ".md"
                else report.csv()
                if suffix == ".csv"
                else json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
            )
            write_file(out, content)
            report.written = str(out)
        audit.record(
            self.db,
            user=principal.user_name,
            action="risk",
            doc_ids=sorted({e["doc_id"] for r in results for e in r["evidence"]}),
            detail={"suppliers": len(results), "written": out is not None},
        )
        return report

    # Briefings ----------------------------------------------------------------------------
    def brief(
        self,
        principal: Principal,
        *,
        topic: str | None = None,
        filters: FilterInput = None,
        out: Path | None = None,
    ) -> BriefReport:
        """`lens brief --json`: headline figures, trends, hotspots, routes and cited
        incidents; an overview written by the model where `writer` allows one."""
        from assistant.briefing import BriefingBuilder

        _check_out(out, BRIEF_FORMATS)
        f = self.filters(filters)
        root = self.root
        built = BriefingBuilder(root.db, root.retriever, root.embedder, self.writer()).build(
            principal, topic=topic, filters=f
        )
        self._links_section(principal, built)
        report = BriefReport(built)
        if out is not None and out.suffix.lower() == ".pdf":
            write_file(out, report.pdf())
        elif out is not None:  # Markdown, with the two maps as PNGs beside it
            from assistant.briefing_pdf import map_image_names

            names = map_image_names(out)
            for kind, png in report.map_pngs().items():
                write_file(out.with_name(names[kind]), png)
            write_file(out, report.markdown(names))
        if out is not None:
            report.written = str(out)
        asked = self.redacted(topic) if topic else ""  # a topic may name people
        report.audit_id = audit.record(
            self.db,
            user=principal.user_name,
            action="brief",
            query=" ".join(x for x in [asked, *filter_pairs(filters)] if x)[:2000],
            doc_ids=sorted({c["doc_id"] for c in built.citations}),
            detail={"written": out is not None},
        )
        return report

    def _links_section(self, principal: Principal, built: Briefing) -> None:
        """Add "Links" (issue 17) before the evidence: cited reports that share an identifier
        with other visible reports (lens.services.links)."""
        from assistant.briefing import Section

        text, rows = self.root.services.links.briefing_section(principal, built.citations)
        at = next((i for i, s in enumerate(built.sections) if s.id == "evidence"), None)
        section = Section("links", "Links", text, rows)
        if rows:  # the picture of their networks (assistant.network_png), visible reports only
            built.figures["links"] = self.root.services.links.graph(
                principal, [r["doc_id"] for r in rows]
            )
        built.sections.insert(len(built.sections) if at is None else at, section)

    def brief_request(self, principal: Principal, text: str) -> BriefReport:
        """A briefing asked for in words ("Briefing on Vietnam since 2020"): country, type,
        sector and period are read from the request, the rest is the topic."""
        from assistant.briefing import read_request

        topic, filters = read_request(text)
        return self.brief(principal, topic=topic, filters=filters)

    def writer(self) -> Answerer | None:
        """Who writes a briefing's overview: the answer model, with every sentence's citation
        checked, unless it is the tiny bundled model (whose prose misattributes facts) or
        answers are set to quote only (`answer.mode = extractive`)."""
        if self.settings.llm.bundled or self.settings.answer.mode == "extractive":
            return None
        return self.root.answerer
