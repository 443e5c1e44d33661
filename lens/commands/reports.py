"""`lens stats`, `lens risk` and `lens brief`: figures, supplier risk and briefings."""

from __future__ import annotations

from pathlib import Path

import click

from core.choices import VIEWS
from lens.commands.state import State, as_option, emit, json_option, pass_state, table


@click.command()
@as_option
@click.option("--by", default="country", show_default=True, help="Comma-separated group keys.")
@click.option("--view", type=click.Choice(VIEWS), default="counts", show_default=True)
@click.option("--filter", "filters", multiple=True, help="key=value, as for search.")
@click.option("--into", default=None, help="Routes view: destination country.")
@click.option("--from", "from_", default=None, help="Routes view: origin country.")
@click.option("--top", default=10, show_default=True, type=int, help="Rows for hotspots/routes.")
@click.option(
    "--geojson",
    "as_geojson",
    is_flag=True,
    help="Print a GeoJSON FeatureCollection (one feature per country, city or route).",
)
@json_option
@pass_state
def stats(
    state: State,
    as_user: str | None,
    by: str,
    view: str,
    filters: tuple[str, ...],
    into: str | None,
    from_: str | None,
    top: int,
    as_geojson: bool,
    as_json: bool,
) -> None:
    """Counts of the documents you may see, from extracted facts (exact, computed in SQL)."""
    p = state.principal(as_user)
    if as_geojson:
        geo = state.services.reports.stats_geojson(
            p, view=view, by=by, filters=filters, into=into, from_=from_, top=top
        )
        emit(True, geo, "")
        return
    data = state.services.reports.stats(
        p, view=view, by=by, filters=filters, into=into, from_=from_, top=top
    )
    human = table(data["rows"])
    if "total" in data:
        human += f"\n\n{data['total']} visible documents in scope."
    emit(as_json, data, human)


@click.command()
@click.argument("suppliers", type=click.Path(path_type=Path, dir_okay=False))
@as_option
@click.option(
    "--out", type=click.Path(path_type=Path), help="Write FILE.md, FILE.csv or FILE.json."
)
@json_option
@pass_state
def risk(
    state: State, suppliers: Path, as_user: str | None, out: Path | None, as_json: bool
) -> None:
    """Supplier and sourcing-region risk from the evidence you may see."""
    p = state.principal(as_user)
    report = state.services.reports.risk_file(p, suppliers, out=out)
    human = table(
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
            for r in report.suppliers
        ]
    )
    emit(as_json, report.as_dict(), human + (f"\n\nWritten to {out}." if out else ""))


@click.command()
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
    state: State,
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
    p = state.principal(as_user)
    report = state.services.reports.brief(p, topic=topic, filters=pairs, out=out)
    emit(as_json, report.as_dict(), report.markdown() + (f"\nWritten to {out}." if out else ""))
