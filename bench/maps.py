"""Map speed: data -> figure -> JSON for a hub of 10,000 reports (target p95 <= 500 ms).

    .venv/bin/python bench/maps.py [--docs 10000] [--runs 20]

The hub is a real SQLite database (the product's schema) holding 10,000 documents' facts,
inserted directly (the extraction is not what is timed): 4 organisations, levels 0-3, 10%
org-only, years 2015-2025, 1-3 countries per report drawn from 80 countries with a skewed
distribution, 0-2 gazetteer cities, an origin > destination route for 70%, and a type. For
each of four users (clearance 0-3) and four scopes (everything, one trafficking type, a
region, routes into one country), one map is timed end to end: the access-scoped SQL
figures (`map_figures`), `MapData`, the Plotly figure, and its JSON as the chat sends it.
Reported: p50/p95 wall time per scope over users x runs (and the CPU time's p95, which a busy
shared machine inflates less), the first (cold) map, the JSON size, and the two briefing PNGs
for reference.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import WORK, median, pct, record  # noqa: E402

TARGET_MS = 500.0
USERS = [("m-public", 0), ("m-member", 1), ("m-restricted", 2), ("m-confidential", 3)]
ORGS = ["Harbour Light", "Meridian Bank", "North Star Police", "Open Supply"]
TYPES = ["forced_labour", "sexual_exploitation", "domestic_servitude", "forced_criminality"]


def build(home: Path, n_docs: int, seed: int = 19) -> None:
    """A hub with n_docs documents and their facts, inserted in bulk."""
    from sqlalchemy import insert

    from core.db import Database
    from core.directory import add_org, add_user
    from core.gazetteer import _CITY_TABLE, _rows
    from core.records import Document, Fact

    home.mkdir(parents=True, exist_ok=True)
    db = Database(f"sqlite:///{home / 'lens.db'}")
    db.create_schema()
    rng = random.Random(seed)
    with db.session() as s:
        org_ids = [add_org(s, name, "ngo").id for name in ORGS]
        for name, level in USERS:
            add_user(s, name, ORGS[0], "analyst", level)
    cities: dict[str, list[str]] = {}
    for name, code, _ in _rows(_CITY_TABLE):
        cities.setdefault(code, []).append(name)
    codes = sorted(cities)[:80]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(codes))]
    docs, facts = [], []
    for i in range(n_docs):
        doc_id = f"bench-{i:06d}"
        org = rng.randrange(len(org_ids))
        docs.append(
            {
                "id": doc_id,
                "org_id": org_ids[org],
                "title": f"Report {i}",
                "kind": "incident_report",
                "level": rng.choice([0, 0, 1, 1, 1, 2, 3]),
                "org_only": rng.random() < 0.1,
                "source_ref": f"report-{i}.txt",
                "content_hash": f"{i:064d}",
                "year": rng.randint(2015, 2025),
                "status": "active",
                "redactions": {},
                "meta": {},
            }
        )
        countries = set(rng.choices(codes, weights, k=rng.randint(1, 3)))
        for c in sorted(countries):
            facts.append({"doc_id": doc_id, "kind": "country", "value": c})
            if rng.random() < 0.4:
                facts.append({"doc_id": doc_id, "kind": "city", "value": rng.choice(cities[c])})
        if len(countries) >= 2 and rng.random() < 0.9:
            a, b = rng.sample(sorted(countries), 2)
            facts += [
                {"doc_id": doc_id, "kind": "origin", "value": a},
                {"doc_id": doc_id, "kind": "destination", "value": b},
                {"doc_id": doc_id, "kind": "route", "value": f"{a}>{b}"},
            ]
        facts.append({"doc_id": doc_id, "kind": "type", "value": rng.choice(TYPES)})
    with db.engine.begin() as conn:
        conn.execute(insert(Document), docs)
        conn.execute(insert(Fact), facts)
    db.engine.dispose()


def one_map(analytics, p, scope: dict) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds for data -> figure -> JSON (what the chat sends), and its size."""
    from assistant.map_plotly import PlotlyJSON, to_plotly
    from assistant.maps import MapData, map_figures

    t0, c0 = time.perf_counter(), time.process_time()
    figs = map_figures(analytics, p, as_of=2025, **scope)
    body = PlotlyJSON(to_plotly(MapData.from_figures(figs))).to_json()
    return time.perf_counter() - t0, time.process_time() - c0, len(body)


def main() -> None:
    """Build (or reuse) the hub, time the maps, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20, help="maps per user and scope")
    args = parser.parse_args()

    from assistant.analytics import Analytics
    from core.db import Database
    from core.directory import principal_for
    from core.regions import regions
    from retrieval.filters import SearchFilters

    home = WORK / f"maps-{args.docs}"
    if not (home / "lens.db").exists():
        t0 = time.perf_counter()
        build(home, args.docs)
        print(f"# built {args.docs} documents' facts in {time.perf_counter() - t0:.1f}s")
    db = Database(f"sqlite:///{home / 'lens.db'}")
    analytics = Analytics(db)
    with db.session() as s:
        principals = [principal_for(s, name) for name, _ in USERS]
    scopes = {
        "everything": {},
        "one type": {"filters": SearchFilters(type="forced_labour")},
        "region (South Asia)": {"region": ("South Asia", regions()["South Asia"])},
        "routes into GB": {"into": "GB"},
    }
    cold, _, size = one_map(analytics, principals[-1], {})
    print(f"first map (cold: imports, caches): {cold * 1000:.0f} ms, JSON {size / 1024:.0f} KiB")
    print(
        f"\n{'scope':<22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU p95':>8} {'JSON KiB':>9}"
    )
    worst = 0.0
    for name, scope in scopes.items():
        times, cpu, sizes = [], [], []
        for p in principals:
            for _ in range(args.runs):
                seconds, cpu_seconds, size = one_map(analytics, p, scope)
                times.append(seconds * 1000)
                cpu.append(cpu_seconds * 1000)
                sizes.append(size)
        p95 = pct(times, 95)
        worst = max(worst, p95)
        print(
            f"{name:<22} {median(times):>8.0f} {p95:>8.0f} {max(times):>8.0f} "
            f"{pct(cpu, 95):>8.0f} {median(sizes) / 1024:>9.0f}"
        )
    ok = worst <= TARGET_MS
    print(f"\nworst p95 {worst:.0f} ms (target <= {TARGET_MS:.0f} ms): {'met' if ok else 'MISSED'}")
    record(f"map of {args.docs} reports, p95", worst, f"<= {TARGET_MS:.0f} ms", ok, "ms")

    from assistant.map_png import render
    from assistant.maps import MapData, map_figures

    data = MapData.from_figures(map_figures(analytics, principals[-1], as_of=2025))
    render(data, "hotspots")
    t0 = time.perf_counter()
    render(data, "hotspots")
    render(data, "routes")
    print(f"briefing PNGs (hotspot + route map, warm): {(time.perf_counter() - t0) * 1000:.0f} ms")
    print(json.dumps({"documents": args.docs, "worst_p95_ms": round(worst, 1)}))


if __name__ == "__main__":
    main()
