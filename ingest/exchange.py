"""Sharing between hubs: export the redacted corpus and its facts as JSON Lines, import them.

Only what is already stored leaves: redacted chunks, their spans, extracted facts and the
document's record. An export holds documents the exporting user may see AND at or below the
chosen level; `org_only` documents never leave, and neither do documents this hub imported
from another (the hub that wrote them decides who they are shared with).

An import validates every line before it writes anything; a bad line is named by its number.
Documents are stored under the importing user's organisation, as uploaded by that user, at
min(original level, cap), the cap being at most the importer's clearance; a line above the
importer's clearance is refused, never downgraded silently. The source organisation is kept in
`meta["imported_from"]`. Chunks are re-embedded with this hub's embedder. Importing the same
file again changes nothing (a content hash per document).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlmodel import col, select

from core import audit
from core.access import Level, Principal, check_sharing, is_visible, sql_filter
from core.errors import AccessDenied, LensError
from core.records import KINDS, Chunk, Document, Fact, Organisation
from ingest.batch import IngestReport, _Planned, document_id
from ingest.chunking import Passage
from ingest.model import LoadedDocument
from ingest.transform import Transformed

if TYPE_CHECKING:
    from core.db import Database
    from ingest.pipeline import IngestPipeline
    from retrieval.embedder import Embedder

FORMAT = 1


class ExportedDoc(BaseModel):
    """A document's record as exported."""

    model_config = ConfigDict(extra="ignore")
    id: str = Field(min_length=1, max_length=40)
    title: str = Field(max_length=300)
    kind: Literal[KINDS]  # type: ignore[valid-type]
    level: int = Field(ge=0, le=3)
    org: str = Field(min_length=1, max_length=200)
    org_only: Literal[False]
    source_ref: str = Field(min_length=1, max_length=900)
    language: str = Field("en", max_length=8)
    doc_date: date | None = None
    year: int = 0
    redactions: dict[str, int] = Field(default_factory=dict)
    meta: dict[str, str | int | float | bool | None] = Field(default_factory=dict)


class ExportedChunk(BaseModel):
    """A redacted passage and its span in the redacted document."""

    ordinal: int = Field(ge=0)
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ExportedFact(BaseModel):
    """One extracted fact."""

    kind: str = Field(min_length=1, max_length=32)
    value: str = Field(min_length=1, max_length=128)


class ExportedMention(BaseModel):
    """A placeholder's link key, exported only between federated hubs."""

    placeholder: str = Field(pattern=r"^<[A-Z][A-Z_]*_\d+>$", max_length=64)
    type: str = Field(min_length=1, max_length=16)
    key: str = Field(pattern=r"^[0-9a-f]{64}$")


class ExportedLinks(BaseModel):
    """Link keys under a secret named by its fingerprint (links.federation)."""

    fingerprint: str = Field(pattern=r"^[0-9a-f]{16}$")
    mentions: list[ExportedMention] = Field(default_factory=list)


class ExportLine(BaseModel):
    """One line of an export file: one document."""

    lens_export: Literal[1]
    doc: ExportedDoc
    chunks: list[ExportedChunk] = Field(min_length=1)
    facts: list[ExportedFact] = Field(default_factory=list)
    links: ExportedLinks | None = None  # only between hubs that share the link secret

    @model_validator(mode="after")
    def _ordinals_unique(self) -> ExportLine:
        if len({c.ordinal for c in self.chunks}) != len(self.chunks):
            raise ValueError("chunk ordinals repeat")
        return self


def export_documents(
    db: Database,
    principal: Principal,
    out: Path,
    *,
    max_level: Level,
    org: str | None = None,
    fingerprint: str | None = None,
) -> list[str]:
    """Write the export file (atomically, private to this user); returns the exported ids."""
    check_sharing(principal, max_level, verb="export")
    query = (
        select(Document, Organisation)
        .where(Document.org_id == Organisation.id)
        .where(Document.status == "active")
        .where(sql_filter(principal, Document))
        .where(Document.level <= int(max_level))
        .where(Document.org_only.is_(False))  # type: ignore[attr-defined]
        .order_by(Document.id)
    )
    ids: list[str] = []
    tmp = out.with_name(out.name + ".part")
    with db.session() as s:
        if org is not None:
            if s.exec(select(Organisation).where(Organisation.name == org)).first() is None:
                raise LensError(f"Organisation {org!r} does not exist.")
            query = query.where(Organisation.name == org)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for d, o in s.exec(query).all():
                # Belt and braces: the same rule again, in Python, on every row that leaves.
                if not is_visible(principal, d) or d.org_only or d.level > max_level:
                    continue
                if "imported_from" in (d.meta or {}):
                    continue
                line = _line(s, d, o.name)
                if fingerprint is not None:  # federated hubs only: the keys travel too
                    line["links"] = _links(s, d.id, fingerprint)
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                ids.append(d.id)
    tmp.replace(out)
    audit.record(
        db,
        user=principal.user_name,
        action="export",
        doc_ids=ids,
        detail={"max_level": int(max_level), "org": org, "documents": len(ids)},
    )
    return ids


def _line(s: Any, d: Document, org_name: str) -> dict[str, Any]:
    chunks = s.exec(select(Chunk).where(Chunk.doc_id == d.id).order_by(col(Chunk.ordinal))).all()
    facts = s.exec(select(Fact).where(Fact.doc_id == d.id).order_by(col(Fact.id))).all()
    return {
        "lens_export": FORMAT,
        "doc": {
            "id": d.id,
            "title": d.title,
            "kind": d.kind,
            "level": d.level,
            "org": org_name,
            "org_only": False,
            "source_ref": d.source_ref,
            "language": d.language,
            "doc_date": d.doc_date.date().isoformat() if d.doc_date else None,
            "year": d.year,
            "redactions": d.redactions or {},
            "meta": d.meta or {},
        },
        "chunks": [
            {"ordinal": c.ordinal, "text": c.text, "start": c.start, "end": c.end} for c in chunks
        ],
        "facts": [{"kind": f.kind, "value": f.value} for f in facts],
    }


def _links(s: Any, doc_id: str, fingerprint: str) -> dict[str, Any]:
    from core.mentions import Mention

    rows = s.exec(select(Mention).where(Mention.doc_id == doc_id).order_by(col(Mention.id)))
    return {
        "fingerprint": fingerprint,
        "mentions": [{"placeholder": m.placeholder, "type": m.type, "key": m.key} for m in rows],
    }


def read_export(path: Path, clearance: Level) -> list[tuple[int, ExportLine]]:
    """Every line of an export file, validated; the first bad line raises naming its number."""
    name = path.name
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise LensError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    lines: list[tuple[int, ExportLine]] = []
    seen: dict[tuple[str, str], int] = {}
    with fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                line = ExportLine.model_validate(json.loads(raw))
            except (ValueError, UnicodeDecodeError) as exc:
                why = _why(exc)
                raise LensError(f"Line {n} of {name} is not a Lens export line: {why}") from exc
            if line.doc.level > clearance:
                raise AccessDenied(
                    f"Line {n} of {name} is at level {Level(line.doc.level).name.lower()}, above "
                    f"your clearance ({clearance.name.lower()}); nothing was imported."
                )
            key = (line.doc.org, line.doc.source_ref)
            if key in seen:
                raise LensError(f"Line {n} of {name} repeats the document on line {seen[key]}.")
            seen[key] = n
            lines.append((n, line))
    return lines


def _why(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors(include_input=False, include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "line"
        return f"{where}: {first['msg']}."
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON ({exc.msg})."
    return f"{exc}."


def import_documents(
    db: Database,
    pipeline: IngestPipeline,
    embedder: Embedder,
    principal: Principal,
    path: Path,
    *,
    level_cap: Level | None = None,
    fingerprint: str | None = None,
) -> dict[str, Any]:
    """Validate the whole file, then store each document; `{"imported", "unchanged", ...}`.

    Chunks are re-embedded with `embedder` and stored by `pipeline` (its crash-safe write).
    Link keys are kept only when the line's fingerprint is this hub's (`fingerprint`, given
    when links.federation is on); otherwise an imported document has none.
    """
    from ingest.linkkeys import MentionKey

    cap = principal.clearance if level_cap is None else level_cap
    check_sharing(principal, cap, verb="import")
    lines = read_export(path, principal.clearance)  # everything checked before any write
    report = IngestReport()
    out: dict[str, Any] = {"imported": 0, "unchanged": 0, "documents": []}
    for _, line in lines:
        d = line.doc
        level = Level(min(d.level, int(cap)))
        source_ref = f"{d.org}/{d.source_ref}"
        doc_id = document_id(principal.org_id, source_ref)
        digest = _hash(line, level)
        with db.session() as s:
            existing = s.get(Document, doc_id)
            if existing is not None and existing.content_hash == digest:
                out["unchanged"] += 1
                continue
            old = [c.id for c in s.exec(select(Chunk).where(Chunk.doc_id == doc_id))]
        chunks = sorted(line.chunks, key=lambda c: c.ordinal)
        passages = [Passage(c.ordinal, c.text, c.start, c.end) for c in chunks]
        meta = {**d.meta, "imported_from": d.org, "origin_doc_id": d.id}
        done = Transformed(
            text="",
            title=d.title,
            meta=meta,
            removed=dict(d.redactions),
            n_entities=sum(d.redactions.values()),
            passages=passages,
            facts=[(f.kind, f.value) for f in line.facts],
            year=d.year,
            vectors=embedder.embed([p.text for p in passages]),
            mentions=[MentionKey(m.placeholder, m.type, m.key) for m in line.links.mentions]
            if line.links is not None and fingerprint and line.links.fingerprint == fingerprint
            else [],
        )
        loaded = LoadedDocument(source_ref, d.title, "", Path(d.source_ref), doc_date=d.doc_date)
        planned = _Planned(loaded, doc_id, digest, old)
        pipeline.store_transformed(
            principal, [planned], [done], level=level, org_only=False, kind=d.kind, report=report
        )
        out["imported"] += 1
        out["documents"].append(
            {"doc_id": doc_id, "source_ref": source_ref, "level": int(level), "from": d.org}
        )
    audit.record(
        db,
        user=principal.user_name,
        action="import",
        doc_ids=[x["doc_id"] for x in out["documents"]],
        detail={"file": path.name, "imported": out["imported"], "unchanged": out["unchanged"]},
    )
    return out


def _hash(line: ExportLine, level: Level) -> str:
    body = json.dumps(
        [
            int(level),
            line.doc.model_dump(mode="json", exclude={"level"}),
            [c.model_dump() for c in line.chunks],
            [f.model_dump() for f in line.facts],
        ],
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(f"import|{body}".encode()).hexdigest()
