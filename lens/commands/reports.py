"""`lens stats`, `lens risk` and `lens brief`: figures, supplier risk and briefings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from core import audit
from core.errors import LensError
from lens.cli import _State, as_option, cli, emit, json_option, pass_state, principal
from lens.commands.query import _filters

VIEWS = ("counts", "trend", "hotspots", "routes")


def _table(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned plain-text table."""
    if not rows:
        return "No visible documents match."
    cols = list(rows[0])
    cells = [[str(r.get(c) if r.get(c) is not None else "–") for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def _write(path: Path, content: str) -> None:
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise LensError(f"Cannot write {path} ({exc.strerror or exc}).") from exc


@cli.command()
@as_option
@click.option("--by", default="country", show_default=True, help="Comma-separated group keys.")
@click.option("--view", type=click.Choice(VIEWS), default="counts", show_default=True)
@click.option("--filter", "filters", multiple=True, help="key=value, as for search.")
@click.option("--into", default=None, help="Routes view: destination country.")
@click.option("--from", "from_", default=None, help="Routes view: origin country.")
@click.option("--top", default=10, show_default=True, type=int, help="Rows for hotspots/routes.")
@json_option
@pass_state
def stats(
    state: _State,
    as_user: str | None,
    by: str,
    view: str,
    filters: tuple[str, ...],
    into: str | None,
    from_: str | None,
    top: int,
    as_json: bool,
) -> None:
    """Counts of the documents you may see, from extracted facts (exact, computed in SQL)."""
    from assistant.analytics import Analytics
    from retrieval.filters import country_code

    p = principal(state, as_user)
    f = _filters(state, filters)
    a = Analytics(state.lens.db)
    data: dict[str, Any]
    if view == "counts":
        keys = [k for k in by.split(",") if k.strip()]
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
        state.lens.db,
        user=p.user_name,
        action="stats",
        query=" ".join([view, by, *filters])[:2000],
        detail={"rows": len(data["rows"])},
    )
    human = _table(data["rows"])
    if "total" in data:
        human += f"\n\n{data['total']} visible documents in scope."
    emit(as_json, data, human)


@cli.command()
@click.argument("suppliers", type=click.Path(path_type=Path, dir_okay=False))
@as_option
@click.option(
    "--out", type=click.Path(path_type=Path), help="Write FILE.md, FILE.csv or FILE.json."
)
@json_option
@pass_state
def risk(
    state: _State, suppliers: Path, as_user: str | None, out: Path | None, as_json: bool
) -> None:
    """Supplier and sourcing-region risk from the evidence you may see."""
    from assistant.risk import RiskAssessor
    from assistant.risk_report import as_json as risk_json
    from assistant.risk_report import read_suppliers, to_csv, to_markdown

    if out is not None and out.suffix.lower() not in (".md", ".csv", ".json"):
        raise LensError(f"--out {out} must end in .md, .csv or .json.", exit_code=2)
    rows = read_suppliers(suppliers)
    p = principal(state, as_user)
    lens = state.lens
    results = RiskAssessor(lens.db, lens.retriever, lens.embedder).assess(p, rows)
    data = risk_json(results, p)
    if out is not None:
        suffix = out.suffix.lower()
        content = (
            to_markdown(results, p)
            if suffix == ".md"
            else to_csv(results)
            if suffix == ".csv"
            else json.dumps(data, ensure_ascii=False, indent=2)
        )
        _write(out, content)
        data["written"] = str(out)
    audit.record(
        lens.db,
        user=p.user_name,
        action="risk",
        doc_ids=sorted({e["doc_id"] for r in results for e in r["evidence"]}),
        detail={"suppliers": len(results), "written": bool(out)},
    )
    human = _table(
        [
            {
                "supplier": r["name"],
                "country": r["country"],
                "sector": r["sector"],
                "risk": r["risk"],
                "score": r["score"],
                "trend": r["trend"]["label"],
                "evidence": len(r["evidence"]),
            }
            for r in results
        ]
    )
    emit(as_json, data, human + (f"\n\nWritten to {out}." if out else ""))


@cli.command()
@as_option
@click.option("--topic", default=None, help="Free text, e.g. 'nail bars' or 'scam compounds'.")
@click.option("--country", default=None, help="Country name or code.")
@click.option("--sector", default=None, help="Sector key (e.g. textiles, fishing).")
@click.option("--type", "type_", default=None, help="Trafficking type key.")
@click.option("--since", type=int, default=None, help="First report year.")
@click.option("--until", type=int, default=None, help="Last report year.")
@click.option("--filter", "filters", multiple=True, help="key=value, as for search.")
@click.option("--out", type=click.Path(path_type=Path), help="Write FILE.md or FILE.pdf.")
@json_option
@pass_state
def brief(
    state: _State,
    as_user: str | None,
    topic: str | None,
    country: str | None,
    sector: str | None,
    type_: str | None,
    since: int | None,
    until: int | None,
    filters: tuple[str, ...],
    out: Path | None,
    as_json: bool,
) -> None:
    """A briefing: headline figures, trends, hotspots, routes and cited incidents."""
    from assistant.briefing import BriefingBuilder, to_markdown

    if out is not None and out.suffix.lower() not in (".md", ".pdf"):
        raise LensError(f"--out {out} must end in .md or .pdf.", exit_code=2)
    pairs = list(filters)
    for key, value in (
        ("country", country),
        ("sector", sector),
        ("type", type_),
        ("year_from", since),
        ("year_to", until),
    ):
        if value is not None:
            pairs.append(f"{key}={value}")
    p = principal(state, as_user)
    f = _filters(state, tuple(pairs))
    lens = state.lens
    llm = lens.settings.llm
    # The tiny default model writes poor prose: only a configured model gets to write the
    # overview, and then only sentences whose citations check out.
    writer = lens.answerer if (llm.model_path or llm.backend == "openai") else None
    b = BriefingBuilder(lens.db, lens.retriever, lens.embedder, writer).build(
        p, topic=topic, filters=f
    )
    data = b.as_dict()
    if out is not None:
        if out.suffix.lower() == ".pdf":
            from assistant.briefing_pdf import write_pdf

            try:
                write_pdf(b, out)
            except OSError as exc:
                raise LensError(f"Cannot write {out} ({exc.strerror or exc}).") from exc
        else:
            _write(out, to_markdown(b))
        data["written"] = str(out)
    asked = lens.redactor.redact(topic).text if topic else ""  # a topic may name people
    audit.record(
        lens.db,
        user=p.user_name,
        action="brief",
        query=" ".join(x for x in [asked, *pairs] if x)[:2000],
        doc_ids=sorted({c["doc_id"] for c in b.citations}),
        detail={"written": bool(out)},
    )
    emit(as_json, data, to_markdown(b) + (f"\nWritten to {out}." if out else ""))
