"""A synthetic hub of N chunks for latency benches.

Texts are synthetic incident paragraphs (bench.synthetic). Embedding 100k texts with MiniLM
would take about half an hour here, so 2,000 distinct texts are embedded for real and every
chunk's vector is one of them plus small random noise, renormalised: the HNSW index then has
N distinct vectors with a realistic neighbourhood structure. Records, the full-text index and
Chroma hold all N chunks; levels and org_only vary so the access filter does real work.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from typing import Any

import numpy as np

from bench.common import WORK
from bench.synthetic import documents

CHUNKS_PER_DOC = 10


def _empty_schema(url: str) -> None:
    """Drop and recreate the bench's own PostgreSQL schema: the one the URL's search_path
    names, else `public` (give the bench a database or a schema of its own)."""
    import re

    import psycopg

    named = re.search(r"search_path(?:%3D|=)(\w+)", url)
    schema = named.group(1) if named else "public"
    with psycopg.connect(url.split("?", 1)[0], autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")


def build_scaled_hub(
    n_chunks: int, reuse: bool = False, database_url: str | None = None
) -> tuple[Any, float, float, Any]:
    """(lens, build seconds, MB on disk, a clearance-2 principal).

    With reuse, a hub built earlier for the same size is opened as it is, and the build time
    and size measured then are reported. A `database_url` keeps the records there (a
    PostgreSQL database of the bench's own: its tables are dropped before a build) and the
    vectors under a home of their own.
    """
    import json

    from sqlalchemy import insert, text

    from core.directory import add_org, add_user, principal_for
    from core.records import Chunk, Document
    from core.settings import load_settings
    from ingest.batch import fact_flags
    from lens.app import Lens

    pg = bool(database_url and database_url.startswith("postgresql"))
    home = WORK / (f"scale-{n_chunks}-pg" if pg else f"scale-{n_chunks}")
    stats = home / "build.json"
    db = {"url": database_url} if database_url else {}
    if reuse and stats.exists():
        lens = Lens(load_settings(home=home, database=db))
        with lens.db.session() as s:
            reader = principal_for(s, "reader")
        lens.embedder.embed(["warm up"])
        built = json.loads(stats.read_text())
        return lens, built["build_s"], built["disk_mb"], reader
    shutil.rmtree(home, ignore_errors=True)
    if pg:
        _empty_schema(str(database_url))
    lens = Lens(load_settings(home=home, database=db))
    lens.init()
    with lens.db.session() as s:
        a = add_org(s, "Scale NGO", "ngo")
        b = add_org(s, "Scale Bank", "finance")
        add_user(s, "reader", "Scale NGO", "analyst", 2)
        orgs = [a.id, b.id]
    if pg:  # bulk load: the lexical index and its statistics are built once, after
        with lens.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE chunk DISABLE TRIGGER USER"))
            conn.execute(text("DROP INDEX ix_chunk_tsv"))
    base_texts = documents(2000, seed=11)
    t_embed = time.perf_counter()
    base = lens.embedder.embed(base_texts)
    print(f"# embedded {len(base_texts)} base texts in {time.perf_counter() - t_embed:.1f}s")
    rng = random.Random(5)
    nrng = np.random.default_rng(5)
    t0 = time.perf_counter()
    n_docs = n_chunks // CHUNKS_PER_DOC
    for start in range(0, n_docs, 500):
        docs, chunks, ids, vecs, metas = [], [], [], [], []
        for d in range(start, min(n_docs, start + 500)):
            doc_id = f"scale{d:08d}"
            level, org_only, org = rng.randint(0, 3), rng.random() < 0.1, rng.choice(orgs)
            year = rng.randint(2016, 2026)
            docs.append(
                {
                    "id": doc_id,
                    "org_id": org,
                    "title": f"Synthetic report {d}",
                    "kind": "incident_report",
                    "level": level,
                    "org_only": org_only,
                    "source_ref": f"synthetic/{d}.txt",
                    "content_hash": "x",
                    "year": year,
                    "status": "active",
                    "n_chunks": CHUNKS_PER_DOC,
                    "redactions": {},
                    "meta": {},
                    "language": "en",
                }
            )
            flags = fact_flags([("country", rng.choice(["VN", "GB", "TH", "QA", "NG"]))])
            for o in range(CHUNKS_PER_DOC):
                i = rng.randrange(len(base_texts))
                cid = f"{doc_id}-00000000-{o:04d}"
                chunks.append(
                    {
                        "id": cid,
                        "doc_id": doc_id,
                        "ordinal": o,
                        "text": base_texts[i],
                        "start": 0,
                        "end": len(base_texts[i]),
                    }
                )
                v = base[i] + nrng.normal(0, 0.02, base.shape[1]).astype(np.float32)
                vecs.append(v / np.linalg.norm(v))
                ids.append(cid)
                metas.append(
                    {
                        "doc_id": doc_id,
                        "org_id": org,
                        "level": level,
                        "org_only": org_only,
                        "kind": "incident_report",
                        "year": year,
                        **flags,
                    }
                )
        with lens.db.engine.begin() as conn:
            if pg:  # one statement: PostgreSQL's statement triggers then run once per batch
                conn.execute(insert(Document).values(docs))
                conn.execute(insert(Chunk).values(chunks))
            else:
                conn.execute(insert(Document), docs)
                conn.execute(insert(Chunk), chunks)
        lens.vectors.upsert(ids, np.asarray(vecs, dtype=np.float32), metas)
    if pg:
        with lens.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE chunk ENABLE TRIGGER USER"))
            conn.execute(text("CREATE INDEX ix_chunk_tsv ON chunk USING GIN (tsv)"))
        lens.db.lexical.rebuild(lens.db.engine)
        with lens.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    build = time.perf_counter() - t0
    du = subprocess.run(["du", "-sm", str(home)], capture_output=True, text=True, check=False)
    disk = float(du.stdout.split()[0]) if du.stdout else float("nan")
    stats.write_text(json.dumps({"build_s": build, "disk_mb": disk}))
    with lens.db.session() as s:
        reader = principal_for(s, "reader")
    lens.embedder.embed(["warm up"])
    return lens, build, disk, reader
