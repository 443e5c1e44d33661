"""Getting reports in and taking them back: ingest (files, uploads, the queue) and the
documents a user may see (list, show, delete, one cited passage).

A document the user may not see and one that does not exist are answered with the same
sentence (`NotFound`), so existence never leaks.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from core import audit
from core.access import Level, Principal, is_visible, parse_level, sql_filter
from core.errors import NotFound
from core.records import Chunk, Document, Fact, Organisation
from lens.services.base import Service, iso

if TYPE_CHECKING:
    from ingest.model import LoadedDocument, RecordOptions


@dataclass(frozen=True)
class Upload:
    """A file sent through a face (chat, API): the name the user knows it by, and where its
    bytes are now. A temporary copy is deleted as soon as it has been read, so a raw upload
    does not outlive the request."""

    name: str
    path: Path
    temporary: bool = True

    def read(self) -> bytes:
        """The bytes (the temporary copy is gone afterwards)."""
        try:
            return self.path.read_bytes()
        finally:
            self.discard()

    def discard(self) -> None:
        """Delete a temporary copy."""
        if self.temporary:
            self.path.unlink(missing_ok=True)

    def staged(self) -> Upload:
        """This upload under a file name ending like its display name's, since a loader is
        chosen by the ending ("upload-1f3a" sent as "statement.docx" is read as a .docx): a
        temporary copy is renamed where it is."""
        suffix = Path(self.name).suffix.lower()
        if not self.temporary or self.path.suffix.lower() == suffix:
            return self
        target = self.path.with_name(self.path.name + suffix)
        self.path.rename(target)
        return Upload(self.name, target, True)


def _row(d: Document, org: str) -> dict[str, Any]:
    return {
        "doc_id": d.id,
        "title": d.title,
        "kind": d.kind,
        "level": d.level,
        "org": org,
        "org_only": d.org_only,
        "source_ref": d.source_ref,
        "year": d.year,
        "ingested_at": iso(d.ingested_at),
    }


class DocumentService(Service):
    """Ingest, and the documents the acting user may see."""

    # In ----------------------------------------------------------------------------------
    def ingest(
        self,
        principal: Principal,
        paths: Sequence[Path],
        *,
        level: Level | int | str = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
        options: RecordOptions | None = None,
        workers: int | None = None,
    ) -> dict[str, Any]:
        """`lens ingest --json`: files and folders, redacted and indexed; bad files are listed
        in `failed` and the rest stored. Audited by the pipeline (refusals too)."""
        report = self.root.pipeline.ingest_paths(
            principal,
            [Path(p) for p in paths],
            level=parse_level(level),
            org_only=org_only,
            kind=kind,
            options=options,
            workers=workers,
        )
        return report.as_dict()

    def upload(
        self,
        principal: Principal,
        files: Sequence[Upload],
        *,
        level: Level | int | str = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
    ) -> dict[str, Any]:
        """Files sent through a face, stored under their display names; the same report as
        `lens ingest --json`, with what was removed by type. Temporary copies are deleted as
        soon as they are read, whatever happens next."""
        from ingest.loaders import load_file
        from ingest.model import LoadError, RecordOptions

        lvl = parse_level(level)
        max_bytes = self.settings.ingest.max_file_bytes
        docs: list[LoadedDocument] = []
        failed: list[dict[str, str]] = []
        pending = list(files)
        try:
            while pending:
                f = pending.pop(0)
                try:
                    f = f.staged()
                    loaded = load_file(f.path, RecordOptions(), max_bytes)
                except (LoadError, OSError) as exc:
                    reason = exc.reason if isinstance(exc, LoadError) else "could not be read"
                    failed.append({"path": f.name, "error": f"{f.name}: {reason}."})
                    continue
                finally:
                    f.discard()
                for d in loaded:
                    d.source_ref = _display_ref(d.source_ref, f.path.name, f.name)
                    d.path = Path(f.name)
                docs.extend(loaded)
        finally:
            for f in pending:  # an error above leaves no raw copy behind
                f.discard()
        report = self.root.pipeline.ingest_documents(
            principal, docs, level=lvl, org_only=org_only, kind=kind
        )
        data = report.as_dict()
        data["failed"] = failed + data["failed"]
        return data

    def enqueue(
        self,
        principal: Principal,
        paths: Sequence[Path],
        *,
        level: Level | int | str = Level.MEMBER,
        org_only: bool = False,
        kind: str | None = None,
        options: RecordOptions | None = None,
        queue_name: str | None = None,
    ) -> dict[str, Any]:
        """`lens enqueue --json`: files read here and sent to `lens worker` processes (the
        broker is `queue.url`). Audited when sent, or refused."""
        from ingest.dispatch import enqueue_paths
        from ingest.queue import DEFAULT_QUEUE, connect

        name = queue_name or os.environ.get("LENS_QUEUE_NAME") or DEFAULT_QUEUE
        queue = connect(self.settings.queue.url, name)
        try:
            return enqueue_paths(
                queue,
                self.db,
                principal,
                [Path(p) for p in paths],
                level=parse_level(level),
                org_only=org_only,
                kind=kind,
                options=options,
                max_bytes=self.settings.ingest.max_file_bytes,
            )
        finally:
            queue.close()

    # What the user may see ---------------------------------------------------------------
    def list_documents(self, principal: Principal, *, limit: int = 1000) -> dict[str, Any]:
        """`lens docs list --json`: the active documents the user may see, newest first."""
        with self.db.session() as s:
            rows = s.exec(
                select(Document, Organisation)
                .where(Document.org_id == Organisation.id)
                .where(Document.status == "active")
                .where(sql_filter(principal, Document))
                .order_by(col(Document.ingested_at).desc())
                .limit(max(0, limit))
            ).all()
            return {"documents": [_row(d, o.name) for d, o in rows if is_visible(principal, d)]}

    def show(self, principal: Principal, doc_id: str) -> dict[str, Any]:
        """`lens docs show --json`: one document's record, what was removed from it (by type),
        its facts and its redacted passages. Audited, found or not."""
        self.require_visible(principal, doc_id, "docs.show")
        with self.db.session() as s:
            d = s.get(Document, doc_id)
            assert d is not None  # checked just above
            org = s.get(Organisation, d.org_id)
            chunks = s.exec(
                select(Chunk).where(Chunk.doc_id == doc_id).order_by(col(Chunk.ordinal))
            ).all()
            facts = s.exec(select(Fact).where(Fact.doc_id == doc_id)).all()
            row = _row(d, org.name if org else "?")
            row["removed"] = d.redactions
            row["facts"] = sorted({f"{f.kind}:{f.value}" for f in facts})
            row["chunks"] = [
                {"chunk_id": c.id, "start": c.start, "end": c.end, "text": c.text} for c in chunks
            ]
        audit.record(self.db, user=principal.user_name, action="docs.show", doc_ids=[doc_id])
        return row

    def delete(self, principal: Principal, doc_id: str) -> dict[str, Any]:
        """`lens docs delete --json`: withdraw a document from every store (its uploader and
        its organisation's admins only). Audited: done, refused or not found."""
        self.require_visible(principal, doc_id, "delete")
        with self.refusals(principal.user_name, "delete", doc_ids=[doc_id]):
            self.root.pipeline.delete(principal, doc_id)
        return {"deleted": doc_id}

    def rescrub(self, principal: Principal, *, dry_run: bool = False) -> dict[str, Any]:
        """`lens rescrub --json`: the current redaction policy over the stored chunks, titles
        and metadata of the admin's organisation (ingest.rescrub), then the known-names
        passes an ingest's crash left pending (`known_names`: reports they rewrote). Audited
        there, refusals too."""
        from ingest.rescrub import Rescrubber
        from redaction.policy import policy_version

        root = self.root
        report = Rescrubber(
            db=root.db,
            redactor=root.redactor,
            embedder=root.embedder,
            vectors=root.vectors,
            chunker=root.pipeline.chunker,
            policy_version=policy_version(self.settings.redaction),
            linker=root.linker,
        ).run(principal, dry_run=dry_run)
        out = report.as_dict()
        known = root.pipeline.known
        if known is not None and not dry_run:
            # a known-names pass an ingest's crash left pending (`ingest.known_pass`)
            out["known_names"] = known.resume()
        return out

    def passage(self, principal: Principal, chunk_id: str) -> dict[str, Any]:
        """One passage the user may see, with its document's record (a citation's side panel).
        Not audited: the answer that cited it was."""
        with self.db.session() as s:
            c = s.get(Chunk, chunk_id)
            d = s.get(Document, c.doc_id) if c is not None else None
            if c is None or d is None or d.status != "active" or not is_visible(principal, d):
                raise NotFound(f"Passage {chunk_id} does not exist.")
            org = s.get(Organisation, d.org_id)
            return {
                **_row(d, org.name if org else "?"),
                "chunk_id": c.id,
                "text": c.text,
            }


def _display_ref(source_ref: str, stored_name: str, display_name: str) -> str:
    """A loaded document's source_ref with the temporary file's name replaced by the name
    the user gave it ("upload-1f3a.csv#7" -> "suppliers.csv#7")."""
    if source_ref == stored_name:
        return display_name
    return source_ref.replace(stored_name, display_name, 1)
