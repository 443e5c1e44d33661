"""The ingest pipeline: load, redact, chunk, enrich, embed, store — and withdraw.

Raw text exists only in memory between loading and redaction. The database is the source of
truth; the vector store follows it. Write order makes a crash at any point safe:

1. vectors of the new version are upserted under ids that include the content hash;
2. one database transaction replaces the document, its chunks (and, through triggers, the
   full-text index) and its facts;
3. vectors of the old version are deleted.

A crash after 1 or 2 leaves only orphan vectors, which retrieval ignores (every hit is
re-checked against the database) and `lens check` removes; running the ingest again finds
the document unchanged or finishes the replacement. Nothing is stored twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlmodel import delete, select

from core import audit
from core.access import Level, Principal, can_delete, check_sharing, is_visible
from core.db import Database, sqlite_path
from core.errors import AccessDenied, LensError, storage_error
from core.mentions import Mention, ensure_table
from core.records import Chunk, Document, Fact
from core.settings import IngestSettings
from ingest.batch import (
    Batch,
    IngestReport,
    _Planned,
    document_id,
    in_batches,
)
from ingest.chunking import Chunker
from ingest.known_pass import KnownNamePass, finder_for
from ingest.loaders import discover, load_file
from ingest.model import LoadedDocument, LoadError, RecordOptions
from ingest.store import audit_ingest, count_stored, storable, write_records
from ingest.transform import Transformed, transform

if TYPE_CHECKING:
    from ingest.linkkeys import LinkKeyer
    from ingest.workers import TransformPool
    from redaction.base import Redactor
    from retrieval.embedder import Embedder
    from retrieval.vector_store import VectorIndex

log = logging.getLogger("lens.ingest")

BATCH_DOCS = 32


class IngestPipeline:
    """Turns files and records into redacted, indexed, access-controlled documents."""

    def __init__(
        self,
        *,
        db: Database,
        redactor_factory: Callable[[], Redactor],
        embedder_factory: Callable[[], Embedder],
        vectors: VectorIndex,
        settings: IngestSettings,
        pool_factory: Callable[[int], TransformPool] | None = None,
        linker: LinkKeyer | None = None,
    ) -> None:
        self.linker = linker  # link keys of removed identifiers (None: links off)
        self._pool_factory = pool_factory
        self._workers: tuple[int, TransformPool] | None = None
        self.db = db
        self._redactor_factory = redactor_factory
        self._embedder_factory = embedder_factory
        self.vectors = vectors
        self.settings = settings
        self._chunker: Chunker | None = None
        self.known: KnownNamePass | None = None  # names the hub already knows (`known_pass`)
        if linker is not None and linker.known_names:
            self.known = KnownNamePass(
                db=db,
                linker=linker,
                finder=finder_for(linker),
                chunker=lambda: self.chunker,
                embedder=embedder_factory,
                vectors=vectors,
            )

    # Public API ----------------------------------------------------------------------
    def ingest_paths(
        self,
        principal: Principal,
        paths: list[Path],
        *,
        level: Level = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
        options: RecordOptions | None = None,
        workers: int | None = None,
    ) -> IngestReport:
        """Ingest files and folders; bad files land in `failed`, the rest are stored."""
        self._check_request(principal, level, kind)
        report = IngestReport()
        files, errors = discover(paths)
        report.failed.extend({"path": e.path, "error": str(e)} for e in errors)
        max_bytes = self.settings.max_file_bytes

        def loaded() -> Iterator[LoadedDocument]:
            for path in files:
                try:
                    yield from load_file(path, options or RecordOptions(), max_bytes)
                except LoadError as exc:
                    report.failed.append({"path": exc.path, "error": str(exc)})

        self._run(principal, loaded(), level, org_only, kind or "other", report, workers)
        audit_ingest(self.db, principal, report)
        return report

    def ingest_documents(
        self,
        principal: Principal,
        docs: list[LoadedDocument],
        *,
        level: Level = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
    ) -> IngestReport:
        """Ingest already-loaded documents (feeds, chat uploads)."""
        self._check_request(principal, level, kind)
        report = IngestReport()
        self._run(principal, iter(docs), level, org_only, kind or "other", report, 1)
        audit_ingest(self.db, principal, report)
        return report

    def store_transformed(
        self,
        principal: Principal,
        planned: list[_Planned],
        done: list[Transformed],
        *,
        level: Level,
        org_only: bool,
        kind: str,
        report: IngestReport,
    ) -> None:
        """Store documents transformed elsewhere (hub import: redacted and embedded already)
        with the same crash-safe write as ingest."""
        self._write(Batch(principal, planned, done, level, org_only, kind), report)

    def delete(self, principal: Principal, doc_id: str) -> None:
        """Withdraw a document from every store; leaves an audit record without content."""
        with self.db.session() as s:
            doc = s.get(Document, doc_id)
            if doc is None or not is_visible(principal, doc):
                # Same sentence whether it is missing or hidden: existence is not revealed.
                raise LensError(f"Document {doc_id} does not exist.")
            if not can_delete(principal, doc, doc.uploader_id):
                raise AccessDenied(
                    f"Only the uploader or an admin of the owning organisation may delete "
                    f"document {doc_id}."
                )
            s.exec(delete(Fact).where(Fact.doc_id == doc_id))  # type: ignore[call-overload]
            s.exec(delete(Chunk).where(Chunk.doc_id == doc_id))  # type: ignore[call-overload]
            ensure_table(self.db)
            s.exec(delete(Mention).where(Mention.doc_id == doc_id))  # type: ignore[call-overload]
            s.delete(doc)
        self.vectors.delete(self.vectors.ids_for_doc(doc_id))
        audit.record(self.db, user=principal.user_name, action="delete", doc_ids=[doc_id])
        log.info("deleted document %s", doc_id)

    # Internals -----------------------------------------------------------------------
    def _check_request(self, principal: Principal, level: Level, kind: str | None) -> None:
        try:
            check_sharing(principal, level, kind)
        except AccessDenied as exc:
            audit.refusal(
                self.db,
                exc,
                user=principal.user_name,
                action="ingest",
                detail={"level": int(level)},
            )
            raise

    @property
    def chunker(self) -> Chunker:
        """Built on first use from the embedder's tokenizer."""
        if self._chunker is None:
            self._chunker = Chunker(
                self._embedder_factory().tokenizer,
                self.settings.chunk_tokens,
                self.settings.chunk_overlap_tokens,
            )
        return self._chunker

    def _plan(
        self,
        principal: Principal,
        docs: list[LoadedDocument],
        level: Level,
        org_only: bool,
        kind: str,
        report: IngestReport,
    ) -> list[_Planned]:
        """Skip unchanged documents; collect old chunk ids of changed ones."""
        planned: list[_Planned] = []
        seen: set[str] = set()
        with self.db.session() as s:
            for d in docs:
                doc_id = document_id(principal.org_id, d.source_ref)
                if doc_id in seen:
                    report.failed.append(
                        {
                            "path": d.source_ref,
                            "error": f"{d.source_ref}: appears twice in this batch; "
                            "kept the first.",
                        }
                    )
                    continue
                seen.add(doc_id)
                digest = hashlib.sha256(
                    f"{level}|{org_only}|{kind}|{d.title}\x00{d.text}".encode()
                ).hexdigest()
                existing = s.get(Document, doc_id)
                if existing is not None and existing.content_hash == digest:
                    report.unchanged += 1
                    continue
                old = [c.id for c in s.exec(select(Chunk).where(Chunk.doc_id == doc_id))]
                planned.append(_Planned(d, doc_id, digest, old))
        return planned

    def _run(
        self,
        principal: Principal,
        docs: Iterator[LoadedDocument],
        level: Level,
        org_only: bool,
        kind: str,
        report: IngestReport,
        workers: int | None,
    ) -> None:
        """Plan batches, transform them (here or in worker processes), write each result."""
        workers = workers or self.settings.workers
        if self.known is not None:
            self.known.resume()  # a pass an earlier ingest left pending (a crash)

        def batch(planned: list[_Planned], done: list[Transformed]) -> Batch:
            return Batch(principal, planned, done, level, org_only, kind)

        batches = (
            planned
            for loaded in in_batches(docs, BATCH_DOCS)
            if (planned := self._plan(principal, loaded, level, org_only, kind, report))
        )
        if workers <= 1 or self._pool_factory is None:
            for planned in batches:
                done = transform(
                    [p.loaded for p in planned],
                    principal.org_name,
                    redactor=self._redactor_factory(),
                    chunker=self.chunker,
                    embedder=self._embedder_factory(),
                    linker=self.linker,
                )
                self._write(batch(planned, done), report, known=True)
            return
        pool = self._pool(workers)
        in_flight: deque[tuple[list[_Planned], Future[list[Transformed]]]] = deque()
        try:
            for planned in batches:
                in_flight.append(
                    (planned, pool.submit([p.loaded for p in planned], principal.org_name))
                )
                while len(in_flight) > 2 * workers:
                    waiting, future = in_flight.popleft()
                    done = future.result()
                    self._write(batch(waiting, done), report, known=True)
            while in_flight:
                waiting, future = in_flight.popleft()
                done = future.result()
                self._write(batch(waiting, done), report, known=True)
        except BaseException:
            self.close()  # a failed batch leaves no half-used workers behind
            raise

    def _pool(self, workers: int) -> TransformPool:
        """The worker pool, started once and kept for later ingests in this process."""
        if self._workers is None or self._workers[0] != workers:
            self.close()
            assert self._pool_factory is not None
            self._workers = (workers, self._pool_factory(workers))
        return self._workers[1]

    def close(self) -> None:
        """Stop worker processes, if any were started."""
        if self._workers is not None:
            self._workers[1].close()
            self._workers = None

    def _write(self, batch: Batch, report: IngestReport, *, known: bool = False) -> None:
        """Store one transformed batch in the order the module docstring gives: every new
        vector of the batch in one upsert, then one transaction per document, then the
        old versions' vectors are dropped. With `known` (ingest, not a hub import), names
        the hub already knows are removed first and, after, from reports stored earlier
        (`ingest.known_pass`); that later pass is recorded as pending before the batch is
        stored and cleared once it has run, so a crash between the two leaves it to the
        next ingest or `lens rescrub` (`KnownNamePass.resume`)."""
        known_pass = self.known if known else None
        if known_pass is not None:
            ensure_table(self.db)
            batch = known_pass.forward(batch)
        ready, ids, metas, vecs = storable(
            batch.principal,
            batch.planned,
            batch.done,
            batch.level,
            batch.org_only,
            batch.kind,
            report,
        )
        if not ready:
            return
        ensure_table(self.db)
        pending = known_pass.mark(ready) if known_pass is not None else []
        stale: list[str] = []
        unstored = list(ids)  # new vectors of documents whose transaction has not committed
        storing = ready[0][0].loaded.source_ref
        try:
            self.vectors.upsert(ids, np.concatenate(vecs), metas)
            for p, t, chunk_ids in ready:
                storing = p.loaded.source_ref
                self._write_records(
                    batch.principal, p, t, chunk_ids, batch.level, batch.org_only, batch.kind
                )
                unstored = unstored[len(chunk_ids) :]
                stale += [cid for cid in p.old_chunk_ids if cid not in set(chunk_ids)]
                count_stored(p, t, report)
        except Exception as exc:
            # Leave no orphans when the failure lets us (a kill -9 leaves them to `lens check`).
            self._drop_vectors(unstored + stale)
            problem = storage_error(exc, self._data_dir(), storing=storing)
            if problem is not None:
                raise problem from exc
            raise
        if stale:
            self.vectors.delete(stale)
        if known_pass is not None:
            known_pass.backward(batch, [(p, t) for p, t, _ in ready])
            known_pass.clear(pending)

    def _data_dir(self) -> Path | None:
        """The folder of a SQLite database (where a full or read-only disk shows)."""
        path = sqlite_path(self.db.url)
        return path.parent if path is not None else None

    def _drop_vectors(self, ids: list[str]) -> None:
        """Best effort: vectors a failed write leaves without records; check removes the rest."""
        if not ids:
            return
        try:
            self.vectors.delete(ids)
        except Exception:
            log.warning("could not drop %d vectors of unstored documents", len(ids))

    def _write_records(
        self,
        principal: Principal,
        p: _Planned,
        t: Transformed,
        chunk_ids: list[str],
        level: Level,
        org_only: bool,
        kind: str,
    ) -> None:
        """One document's transaction (`store.write_records`); a method of its own so that
        tests/reliability/faults.py can kill the process right after it commits."""
        write_records(self.db, principal, p, t, chunk_ids, level, org_only, kind)
