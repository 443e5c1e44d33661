"""Speed of `bench/links.py --speed`: one document's links over 100,000 documents and
300,000 mentions written straight into a fresh SQLite database, and the time a public user
waits for a report whose partners are hidden against one that has none (they must match).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import pct, record


def speed(n_docs: int, n_mentions: int, seed: int) -> None:
    """p50/p95 of one document's links over a large synthetic mention table."""
    import hashlib

    from sqlalchemy import insert

    from core.access import Level, Principal
    from core.mentions import Mention
    from core.records import Document, Organisation, utcnow
    from core.settings import load_settings
    from lens.app import Lens

    rng = random.Random(seed)
    home = Path(tempfile.mkdtemp(prefix="lens-links-speed-")) / "home"
    lens = Lens(load_settings(home=home))
    lens.init()
    t0 = time.perf_counter()
    with lens.db.engine.begin() as conn:
        conn.execute(
            insert(Organisation),
            [
                {"id": i + 1, "name": f"org {i}", "sector": "ngo", "created_at": utcnow()}
                for i in range(20)
            ],
        )
        now = utcnow()
        docs = [
            {
                "id": f"d{i:09d}",
                "org_id": 1 + i % 20,
                "title": f"report {i}",
                "kind": "incident_report",
                "level": rng.randrange(4),
                "org_only": rng.random() < 0.2,
                "source_ref": f"r{i}",
                "content_hash": "x",
                "language": "en",
                "year": 2020 + i % 6,
                "ingested_at": now,
                "updated_at": now,
                "status": "active",
                "n_chunks": 1,
                "redactions": {},
                "meta": {},
                "policy_version": "",
            }
            for i in range(n_docs)
        ]
        for start in range(0, n_docs, 20000):
            conn.execute(insert(Document), docs[start : start + 20000])
        # Most values are unique to one report; one in ten is shared by 2-4 reports.
        rows = []
        types = ["phone", "email", "account", "person", "handle"]
        while len(rows) < n_mentions:
            value = rng.getrandbits(64)
            holders = (
                rng.sample(range(n_docs), rng.choice([2, 3, 4]))
                if rng.random() < 0.1
                else [rng.randrange(n_docs)]
            )
            key = hashlib.sha256(str(value).encode()).hexdigest()
            kind = rng.choice(types)
            for h in holders:
                rows.append(
                    {
                        "doc_id": f"d{h:09d}",
                        "placeholder": f"<X_{len(rows)}>",
                        "type": kind,
                        "key": key,
                    }
                )
        for start in range(0, len(rows), 50000):
            conn.execute(insert(Mention), rows[start : start + 50000])
    print(f"wrote {n_docs} documents and {len(rows)} mentions in {time.perf_counter() - t0:.0f} s")
    viewer = Principal(1, "speed", 1, "org 0", Level.CONFIDENTIAL, "analyst")
    service = lens.services.links
    service.links(viewer, doc_id="d000000000")  # warm the connection and caches
    times = []
    linked = 0
    for _ in range(300):
        doc = f"d{rng.randrange(n_docs):09d}"
        t = time.perf_counter()
        try:
            out = service.links(viewer, doc_id=doc, types="phone,email,account,person,handle")
            linked += bool(out["links"])
        except Exception:  # a hidden document (org-only of another org): not found
            pass
        times.append((time.perf_counter() - t) * 1000)
    p50, p95 = pct(times, 50), pct(times, 95)
    print(
        f"links of a document: p50 {p50:.1f} ms, p95 {p95:.1f} ms over 300 calls "
        f"({linked} had links); target p95 <= 50 ms"
    )
    record("links of a document p95 (100k docs, 300k mentions)", p95, "<= 50", p95 <= 50, "ms")
    hidden_vs_absent(lens, rows, docs, rng)


def hidden_vs_absent(
    lens: Any, rows: list[dict[str, Any]], docs: list[dict[str, Any]], rng: random.Random
) -> None:
    """Timing: a public-clearance user asks for the links of public reports that have none
    they can see; for some, the shared values' other holders are hidden (level > 0), for the
    others there are no other holders at all. The two must take the same time."""
    from core.access import Level, Principal

    meta = {d["id"]: d for d in docs}
    holders: dict[str, list[str]] = {}
    for r in rows:
        holders.setdefault(r["key"], []).append(r["doc_id"])
    by_doc: dict[str, list[str]] = {}
    for key, ds in holders.items():
        for d in ds:
            by_doc.setdefault(d, []).append(key)
    viewer = Principal(2, "public", 1, "org 0", Level.PUBLIC, "staff")

    def visible(d: str) -> bool:
        m = meta[d]
        return m["level"] == 0 and (not m["org_only"] or m["org_id"] == 1)

    hidden_only, absent = [], []
    for d, keys in by_doc.items():
        if not visible(d):
            continue
        others = {o for k in keys for o in holders[k] if o != d}
        if not others:
            absent.append(d)
        elif not any(visible(o) for o in others):
            hidden_only.append(d)
    service = lens.services.links
    sample = {
        "hidden partners": rng.sample(hidden_only, min(200, len(hidden_only))),
        "no partners": rng.sample(absent, min(200, len(absent))),
    }
    figures = {}
    for _ in range(2):  # interleaved rounds, so load changes hit both alike
        for label, ids in sample.items():
            for doc in ids:
                t = time.perf_counter()
                out = service.links(viewer, doc_id=doc, types="phone,email,account,person,handle")
                figures.setdefault(label, []).append((time.perf_counter() - t) * 1000)
                assert out == {"links": [], "networks": []}
    p50 = {k: pct(v, 50) for k, v in figures.items()}
    print(
        "hidden vs absent partners (public user, no visible links): "
        + ", ".join(
            f"{k}: p50 {p50[k]:.2f} ms, p95 {pct(v, 95):.2f} ms (n={len(v)})"
            for k, v in figures.items()
        )
        + f"; p50 difference {p50['hidden partners'] - p50['no partners']:+.2f} ms"
    )
    record(
        "links: p50 hidden minus absent partners",
        p50["hidden partners"] - p50["no partners"],
        None,
        None,
        "ms",
    )
