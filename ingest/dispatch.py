"""Both ends of distributed ingest as commands use them: `enqueue_paths` reads files on this
machine and sends them (workers need no shared filesystem), `run_burst` drains the queue with
a worker inside this process (scripts, tests), running the handler the queue was connected
with. See `ingest.queue` for what travels through the broker and how to keep it private.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import audit
from core.access import Level, Principal, check_sharing
from core.errors import AccessDenied, LensError
from ingest.batch import document_id
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.queue import BATCH_BYTES, BATCH_DOCS, IngestQueue, make_job

if TYPE_CHECKING:
    from core.db import Database


def enqueue_paths(
    queue: IngestQueue,
    db: Database,
    principal: Principal,
    paths: list[Path],
    *,
    level: Level,
    org_only: bool,
    kind: str | None,
    options: RecordOptions | None,
    max_bytes: int,
) -> dict[str, Any]:
    """Load files here, send them in batches; `{"queued", "messages", "failed", "documents"}`."""
    from ingest.loaders import discover, load_file

    try:
        check_sharing(principal, level, kind)
    except AccessDenied as exc:
        audit.refusal(
            db, exc, user=principal.user_name, action="enqueue", detail={"level": int(level)}
        )
        raise
    queue.check()
    files, errors = discover(paths)
    out: dict[str, Any] = {
        "queued": 0,
        "messages": 0,
        "documents": [],
        "failed": [{"path": e.path, "error": str(e)} for e in errors],
    }
    batch: list[LoadedDocument] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        if batch:
            queue.send(
                make_job(
                    principal.user_name,
                    batch,
                    level=level,
                    org_only=org_only,
                    kind=kind,
                    options=options,
                )
            )
            out["queued"] += len(batch)
            out["messages"] += 1
            out["documents"] += [
                {"doc_id": document_id(principal.org_id, d.source_ref), "source_ref": d.source_ref}
                for d in batch
            ]
        batch, size = [], 0

    for path in files:
        try:
            loaded = load_file(path, options or RecordOptions(), max_bytes)
        except LoadError as exc:
            out["failed"].append({"path": exc.path, "error": str(exc)})
            continue
        for d in loaded:
            if batch and (len(batch) >= BATCH_DOCS or size + len(d.text) > BATCH_BYTES):
                flush()
            batch.append(d)
            size += len(d.text)
    flush()
    audit.record(
        db,
        user=principal.user_name,
        action="enqueue",
        doc_ids=[d["doc_id"] for d in out["documents"]],
        outcome="ok" if not out["failed"] else "partial",
        detail={
            "queue": queue.queue_name,
            "queued": out["queued"],
            "messages": out["messages"],
            "failed": len(out["failed"]),
        },
    )
    return out


def run_burst(queue: IngestQueue, *, threads: int = 1, timeout_s: float = 600.0) -> dict[str, int]:
    """Process what is queued with a worker inside this process, then return (scripts, tests).

    The queue must have been connected with a handler (`connect(url, name, handler)`).

    Counts messages, messages that raised (they are retried or dead-lettered by the queue)
    and the documents ingested, unchanged and failed.
    """
    import dramatiq
    from dramatiq.middleware import Middleware

    tally = {"messages": 0, "errors": 0, "ingested": 0, "unchanged": 0, "failed": 0}

    class _Tally(Middleware):
        def after_process_message(  # type: ignore[no-untyped-def]
            self, broker, message, *, result=None, exception=None
        ) -> None:
            tally["messages"] += 1
            if exception is not None:
                tally["errors"] += 1
            elif isinstance(result, dict):
                for key in ("ingested", "unchanged", "failed"):
                    tally[key] += int(result.get(key, 0))

    queue.broker.add_middleware(_Tally())
    worker = dramatiq.Worker(
        queue.broker, queues={queue.queue_name}, worker_threads=threads, worker_timeout=100
    )
    worker.start()
    try:
        queue.broker.join(queue.queue_name, timeout=int(timeout_s * 1000))
        worker.join()
    except dramatiq.QueueJoinTimeout as exc:
        raise LensError(
            f"Queue {queue.queue_name} still had messages after {timeout_s:g} s."
        ) from exc
    finally:
        worker.stop()
    return tally
