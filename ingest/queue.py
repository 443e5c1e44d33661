"""Distributed ingest over an existing task queue: Dramatiq on Redis (or RabbitMQ).

`lens enqueue` (and `lens ingest --queue`) reads files on the enqueuing machine and sends
batches of loaded documents as messages; `lens worker`, on any number of machines, consumes
them and runs the ordinary pipeline (redact, chunk, enrich, embed, store) against the shared
stores named by the settings (PostgreSQL and a Chroma server). Workers need no shared
filesystem: the documents travel inside the messages.

SECURITY. Messages carry RAW, UNREDACTED text (redaction happens on the worker), so:
- the broker must be private to the hub: on loopback or a private network, with a password,
  and TLS (`rediss://`, `amqps://`) whenever it crosses a network;
- Redis should run without persistence (`save ""`, `appendonly no`) or on an encrypted disk,
  because its dumps would hold the raw text;
- anyone who can write to the broker can ingest as any user: the worker re-resolves the user
  from the database (unknown or disabled users and levels above clearance are refused), but
  the broker's access control is what keeps strangers out;
- messages are short-lived: there is no result backend, messages older than `MAX_AGE_MS` are
  dropped unprocessed, and messages that failed every retry are kept for
  `DEAD_MESSAGE_TTL_MS` only. Logs carry ids and counts, never text.

Importing this module has no side effects: `connect(url, queue_name, handler)` builds the
broker, makes it Dramatiq's global broker and declares the ingest actor on it, run by
`handler`. Worker processes get their handler (a composition root built once per process, then
`run_job`) from the top floor: `lens.worker`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, Field, ValidationError

from core import audit
from core.access import Level
from core.errors import AccessDenied, LensError
from ingest.model import LoadedDocument, RecordOptions

if TYPE_CHECKING:
    import dramatiq

    from core.db import Database
    from ingest.pipeline import IngestPipeline

log = logging.getLogger("lens.queue")

DEFAULT_QUEUE = "lens_ingest"
ACTOR_NAME = "lens_ingest_job"
MAX_AGE_MS = 6 * 3600 * 1000  # unconsumed for 6 h: dropped (enqueue again; ingest is idempotent)
DEAD_MESSAGE_TTL_MS = 10 * 60 * 1000  # failed every retry: kept 10 min, then gone
TIME_LIMIT_MS = 60 * 60 * 1000
MAX_RETRIES = 3  # only for errors that may pass (a store briefly down); user errors never retry
BATCH_DOCS = 16
BATCH_BYTES = 4 * 1024 * 1024


class JobDocument(BaseModel):
    """One loaded document inside a message (raw text: see the module docstring)."""

    source_ref: str = Field(min_length=1, max_length=1000)
    title: str = ""
    text: str
    path: str = ""
    meta: dict[str, Any] = Field(default_factory=dict)
    doc_date: date | None = None


class IngestJob(BaseModel):
    """What one message asks a worker to do."""

    v: int = 1
    user: str = Field(min_length=1)
    level: int = Field(ge=0, le=3)
    org_only: bool = False
    kind: str | None = None
    options: dict[str, Any] = Field(default_factory=dict)  # applied when the files were loaded
    documents: list[JobDocument] = Field(min_length=1)


def make_job(
    user: str,
    docs: list[LoadedDocument],
    *,
    level: int,
    org_only: bool,
    kind: str | None,
    options: RecordOptions | None = None,
) -> dict[str, Any]:
    """A JSON-ready job for `docs`."""
    opts = options or RecordOptions()
    return IngestJob(
        user=user,
        level=int(level),
        org_only=org_only,
        kind=kind,
        options={
            "text_column": opts.text_column,
            "id_column": opts.id_column,
            "meta_columns": list(opts.meta_columns),
        },
        documents=[
            JobDocument(
                source_ref=d.source_ref,
                title=d.title,
                text=d.text,
                path=str(d.path or ""),
                meta=_json_meta(d.meta),
                doc_date=d.doc_date,
            )
            for d in docs
        ],
    ).model_dump(mode="json")


def _json_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
        for k, v in meta.items()
    }


# The worker side ------------------------------------------------------------------------
class JobTarget(Protocol):
    """Where a job's documents go: the hub's records and its ingest pipeline (the composition
    root, built by the top floor in `lens.worker`, has both)."""

    @property
    def db(self) -> Database: ...

    @property
    def pipeline(self) -> IngestPipeline: ...


def _send_only(job: dict[str, Any]) -> dict[str, Any]:
    """The actor's body in a process that only sends jobs (`lens enqueue`)."""
    raise LensError("This process only sends ingest jobs; run `lens worker` to process them.")


def run_job(target: JobTarget, job: dict[str, Any]) -> dict[str, Any]:
    """Validate a job, re-check the user, run the pipeline. User errors are logged and audited,
    never retried; store errors propagate so the queue retries them."""
    from core.directory import principal_for

    try:
        parsed = IngestJob.model_validate(job)
    except ValidationError as exc:
        first = exc.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        log.error("dropped a malformed ingest message (%s: %s)", where, first["msg"])
        return {"ingested": 0, "unchanged": 0, "failed": 1, "refused": "malformed message"}
    try:
        with target.db.session() as s:
            principal = principal_for(s, parsed.user)
        docs = [
            LoadedDocument(
                d.source_ref,
                d.title,
                d.text,
                Path(d.path or d.source_ref),
                meta=d.meta,
                doc_date=d.doc_date,
            )
            for d in parsed.documents
        ]
        report = target.pipeline.ingest_documents(
            principal,
            docs,
            level=Level(parsed.level),
            org_only=parsed.org_only,
            kind=parsed.kind,
        )
    except LensError as exc:
        log.error("refused an ingest message for %r: %s", parsed.user, exc)
        detail = {"via": "queue", "reason": str(exc)[:200]}
        if isinstance(exc, AccessDenied):  # audited once, here or by the pipeline
            audit.refusal(target.db, exc, user=parsed.user, action="ingest", detail=detail)
        else:
            audit.record(
                target.db, user=parsed.user, action="ingest", outcome="refused", detail=detail
            )
        return {"ingested": 0, "unchanged": 0, "failed": len(parsed.documents), "refused": str(exc)}
    for failure in report.failed:
        log.warning("queued document failed: %s", failure["error"])
    log.info(
        "queued job for %s: %d ingested, %d unchanged, %d failed",
        parsed.user,
        report.ingested,
        report.unchanged,
        len(report.failed),
    )
    return {
        "ingested": report.ingested,
        "unchanged": report.unchanged,
        "failed": len(report.failed),
    }


# The broker -----------------------------------------------------------------------------
@dataclass
class IngestQueue:
    """A connected broker with the ingest actor declared on one queue."""

    broker: dramatiq.Broker
    actor: dramatiq.Actor
    queue_name: str
    url: str

    def send(self, job: dict[str, Any]) -> str:
        """Enqueue one job; returns the message id."""
        return str(self.actor.send(job).message_id)

    def check(self) -> None:
        """Fail with one sentence when the broker does not answer."""
        client = getattr(self.broker, "client", None)
        try:
            if client is not None:
                client.ping()
            else:
                self.broker.declare_queue(self.queue_name)
        except Exception as exc:
            reason = " ".join(str(exc).split())[:200]
            raise LensError(f"Queue broker at {_safe(self.url)} does not answer: {reason}") from exc

    def close(self) -> None:
        """Release the broker's connections."""
        self.broker.close()


def _safe(url: str) -> str:
    """The URL without its password."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}{rest.rsplit('@', 1)[-1]}" if sep else url


def make_broker(url: str) -> dramatiq.Broker:
    """A Redis broker for redis:// and rediss:// URLs, RabbitMQ for amqp:// and amqps://."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        from dramatiq.brokers.redis import RedisBroker

        return RedisBroker(url=url, namespace="lens", dead_message_ttl=DEAD_MESSAGE_TTL_MS)
    if url.startswith(("amqp://", "amqps://")):
        # Read by dramatiq's RabbitMQ module when it is imported: the dead-letter queue's TTL.
        os.environ.setdefault("dramatiq_dead_message_ttl", str(DEAD_MESSAGE_TTL_MS))
        try:
            from dramatiq.brokers.rabbitmq import RabbitmqBroker
        except ImportError as exc:
            raise LensError(
                "A RabbitMQ queue needs the pika package: pip install 'dramatiq[rabbitmq]'."
            ) from exc
        return RabbitmqBroker(url=url)
    raise LensError(
        f"Queue URL {_safe(url)} is not supported: use redis://, rediss:// or amqp://.",
        exit_code=2,
    )


def connect(
    url: str,
    queue_name: str = DEFAULT_QUEUE,
    handler: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> IngestQueue:
    """Build the broker, make it Dramatiq's global broker, declare the actor on `queue_name`.

    `handler` runs each job in this process (a worker: `run_job` over a composition root);
    a process that only sends jobs leaves it out.
    """
    import dramatiq

    try:
        broker = make_broker(url)
    except LensError:
        raise
    except Exception as exc:
        raise LensError(f"Queue URL {_safe(url)} is not usable: {exc}.", exit_code=2) from exc
    dramatiq.set_broker(broker)
    try:
        actor = dramatiq.actor(
            actor_name=ACTOR_NAME,
            queue_name=queue_name,
            broker=broker,
            max_retries=MAX_RETRIES,
            min_backoff=2_000,
            max_backoff=60_000,
            max_age=MAX_AGE_MS,
            time_limit=TIME_LIMIT_MS,
        )(handler or _send_only)
    except ValueError as exc:  # a queue name Dramatiq refuses
        raise LensError(f"Queue name {queue_name!r} is not valid: {exc}", exit_code=2) from exc
    return IngestQueue(broker, actor, queue_name, url)
