"""Fault injection for the real `lens` CLI, with no test hooks in product code.

Run as a script, it patches one product function to fail on its n-th call, then runs the
`lens` command line in the same process:

    python tests/reliability/faults.py <point> <n> [--batch N] -- <lens args...>

Kill points end the process with SIGKILL (nothing is flushed, no handler runs):

- `upsert-half`   the vector upsert stores the first half of its vectors, then dies;
- `upsert-inside` dies a few milliseconds into the vector upsert, inside Chroma's own write;
- `commit-mid`    the document's transaction is flushed (rows and full-text entries written to
                  the database connection) and the process dies before COMMIT;
- `commit-after`  dies just after a document's transaction committed;
- `delete-half`   the vector delete removes the first half of its ids, then dies;
- `delete-before` dies as the vector delete starts;
- `known-backward` dies as the known-names pass over earlier reports starts (the batch is
  stored; `ingest.known_pass`).

Error points raise what a full or read-only disk raises, where a real one cannot be mounted:
`full-commit` and `readonly-commit` (SQLite's own errors at COMMIT) and `full-upsert`
(ENOSPC after half of the vectors were written). `--batch` sets the documents per ingest batch.

The rest of the module is what the tests use to drive it and to read both stores.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# Ingest-like text; a unique token per file lets the full-text index be checked per document.
MARKER = "zqref{:04d}"


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(60)  # never reached: the signal cannot be caught


def _on_call(owner: Any, name: str, n: int, action: Callable[..., Any]) -> None:
    """Replace owner.name so that its n-th call runs `action(original, *args)` instead."""
    original = getattr(owner, name)
    calls = [0]

    def patched(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == n:
            return action(original, *args, **kwargs)
        return original(*args, **kwargs)

    setattr(owner, name, patched)


def _half(method: str) -> Callable[..., Any]:
    def run(original: Callable[..., Any], index: Any, ids: list[str], *rest: Any) -> Any:
        h = len(ids) // 2
        if method == "upsert":
            vectors, metas = rest[:2]  # a sentences argument, if any, is never reached
            original(index, ids[:h], vectors[:h], metas[:h])
        else:
            original(index, ids[:h])

    return run


def _armed_commit(fail: Callable[[Any], None], n: int) -> None:
    """The n-th document transaction of the pipeline ends in `fail(session)`, not COMMIT."""
    from sqlalchemy.orm import Session

    from ingest.pipeline import IngestPipeline

    armed = [False]
    commit = Session.commit

    def write_records(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        armed[0] = True
        return original(*args, **kwargs)

    def patched_commit(session: Session) -> None:
        if armed[0]:
            armed[0] = False
            session.flush()
            fail(session)
        commit(session)

    _on_call(IngestPipeline, "_write_records", n, write_records)
    Session.commit = patched_commit  # type: ignore[method-assign]


def _sqlite_error(message: str) -> Callable[[Any], None]:
    def fail(_session: Any) -> None:
        from sqlalchemy.exc import OperationalError

        raise OperationalError("COMMIT", {}, sqlite3.OperationalError(message))

    return fail


def _full_upsert(  # type: ignore[no-untyped-def]
    original: Callable[..., Any], index: Any, ids: list[str], vecs: Any, metas: Any, *_: Any
):
    h = len(ids) // 2
    original(index, ids[:h], vecs[:h], metas[:h])
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _inside(original: Callable[..., Any], *args: Any) -> None:
    threading.Timer(0.005, _die).start()
    original(*args)
    time.sleep(60)  # the timer fires here if the write was quicker than 5 ms


def _after(original: Callable[..., Any], *args: Any) -> None:
    original(*args)
    _die()


def install(point: str, n: int) -> None:
    """Patch the product function behind `point` to fail on its n-th call."""
    from ingest.known_pass import KnownNamePass
    from ingest.pipeline import IngestPipeline
    from retrieval.vector_store import ChromaIndex

    kill: Callable[..., Any] = lambda *_a, **_k: _die()  # noqa: E731
    points: dict[str, Callable[[], None]] = {
        "upsert-half": lambda: _on_call(ChromaIndex, "upsert", n, _kill_after(_half("upsert"))),
        "upsert-inside": lambda: _on_call(ChromaIndex, "upsert", n, _inside),
        "commit-mid": lambda: _armed_commit(lambda _s: _die(), n),
        "commit-after": lambda: _on_call(IngestPipeline, "_write_records", n, _after),
        "delete-half": lambda: _on_call(ChromaIndex, "delete", n, _kill_after(_half("delete"))),
        "delete-before": lambda: _on_call(ChromaIndex, "delete", n, kill),
        "full-commit": lambda: _armed_commit(_sqlite_error("database or disk is full"), n),
        "readonly-commit": lambda: _armed_commit(
            _sqlite_error("attempt to write a readonly database"), n
        ),
        "full-upsert": lambda: _on_call(ChromaIndex, "upsert", n, _full_upsert),
        "known-backward": lambda: _on_call(KnownNamePass, "backward", n, kill),
    }
    points[point]()


def _kill_after(action: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> None:
        action(*args, **kwargs)
        _die()

    return run


# Driving the launcher and reading the stores, for the tests ---------------------------------


def run_faulted(
    home: Path, point: str, n: int, *args: str, batch: int | None = None
) -> subprocess.CompletedProcess:
    """`lens ARGS` under the fault `point` on call n, with LENS_HOME=home."""
    extra = ["--batch", str(batch)] if batch else []
    return subprocess.run(
        [PYTHON, __file__, point, str(n), *extra, "--", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env={**os.environ, "LENS_HOME": str(home)},
    )


def vector_ids(home: Path) -> set[str]:
    """Every vector id in home's vector store, read through its public `all_ids`."""
    out = subprocess.run(
        [PYTHON, __file__, "vector-ids", str(home)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return set(json.loads(out.stdout))


def drop_vectors(home: Path, ids: list[str]) -> None:
    """Delete vectors by id through the store's public `delete` (damage for repair to mend)."""
    subprocess.run(
        [PYTHON, __file__, "drop-vectors", str(home), *ids], check=True, cwd=REPO, text=True
    )


def write_corpus(folder: Path, count: int, *, first: int = 0, note: str = "") -> list[str]:
    """Small incident reports case_<first>.txt onwards (two synthetic paragraphs each, a marker
    token, `note` in front); returns the file names."""
    from bench.synthetic import documents

    folder.mkdir(parents=True, exist_ok=True)
    paras = documents(2 * (first + count), seed=11)
    names = []
    for i in range(first, first + count):
        name = f"case_{i:02d}.txt"
        body = f"File reference {MARKER.format(i)}. {note}{paras[2 * i]}\n\n{paras[2 * i + 1]}\n"
        (folder / name).write_text(body, encoding="utf-8")
        names.append(name)
    return names


def records(home: Path, count: int) -> dict[str, Any]:
    """What the records database holds: documents by source, chunks, full-text health, and
    which full-text rows answer each of the `count` file markers."""
    with closing(sqlite3.connect(home / "lens.db", timeout=30)) as conn:
        docs = conn.execute("SELECT source_ref, id, content_hash FROM document").fetchall()
        chunks = conn.execute("SELECT id, doc_id, rowid, text FROM chunk").fetchall()
        try:
            conn.execute("INSERT INTO chunk_fts(chunk_fts, rank) VALUES ('integrity-check', 1)")
            fts_ok = True
        except sqlite3.DatabaseError:
            fts_ok = False
        marked = {
            i: [r[0] for r in conn.execute(f"SELECT rowid FROM chunk_fts('{MARKER.format(i)}')")]
            for i in range(count)
        }
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return {
        "sources": [d[0] for d in docs],
        "docs": {d[0]: {"id": d[1], "hash": d[2]} for d in docs},
        "chunks": {c[0]: {"doc_id": c[1], "rowid": c[2], "text": c[3]} for c in chunks},
        "fts_ok": fts_ok,
        "marked": marked,
        "integrity": integrity,
    }


def _tool(argv: list[str]) -> None:
    from core.settings import load_settings
    from retrieval.vector_store import ChromaIndex

    index = ChromaIndex.from_settings(load_settings(home=Path(argv[1])))
    if argv[0] == "vector-ids":
        print(json.dumps(sorted(index.all_ids())))
    else:
        index.delete(argv[2:])


def main(argv: list[str]) -> None:
    """`<point> <n> [--batch N] -- <lens args>`, or a store tool: `vector-ids HOME`,
    `drop-vectors HOME ID...`."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    if argv[0] in ("vector-ids", "drop-vectors"):
        _tool(argv)
        return
    split = argv.index("--")
    point, n, options = argv[0], int(argv[1]), argv[2:split]
    if options[:1] == ["--batch"]:
        import ingest.pipeline

        ingest.pipeline.BATCH_DOCS = int(options[1])
    install(point, n)
    from lens.cli import main as lens_main

    sys.argv = ["lens", *argv[split + 1 :]]
    lens_main()


if __name__ == "__main__":
    main(sys.argv[1:])
