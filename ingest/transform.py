"""The CPU-heavy half of ingest: redact, chunk, enrich and embed a batch of documents.

Pure with respect to storage: it takes loaded documents and returns what to store, so the
same function runs in the ingesting process or in worker processes (ingest.workers).
A document is redacted whole (`redaction.base.redact_documents`): its body, its title and its
string metadata values share one set of placeholders, a name found in any of them is removed
from all of them, and a column that holds people ("name", "defendant", "victim", "caller",
a case name such as "USA v. Ortega") has its people removed as people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest.chunking import Chunker, Passage
from ingest.enrich import extract_facts
from ingest.loaders.base import truncate_title
from ingest.model import LoadedDocument
from redaction.base import DocumentInput, redact_documents

if TYPE_CHECKING:
    from ingest.linkkeys import LinkKeyer, MentionKey
    from redaction.base import Redactor
    from retrieval.embedder import Embedder


@dataclass
class Transformed:
    """One document ready to store: only redacted text from here on (save `names`, the
    removed names the known-names pass reads in memory and drops with the batch).

    `error` (one sentence, no content) means the document could not be redacted and nothing
    of it may be stored; every other field is then empty.
    """

    text: str
    title: str
    meta: dict[str, Any]
    removed: dict[str, int]
    n_entities: int
    passages: list[Passage]
    facts: list[tuple[str, str]]
    year: int
    vectors: np.ndarray
    policy_version: str = ""
    error: str | None = None
    # Link keys of the removed identifiers (ingest.linkkeys): placeholders and keys only.
    mentions: list[MentionKey] = field(default_factory=list)
    # The removed names as written, for the known-names pass over stored reports
    # (`ingest.known_pass`): held in memory for one batch, never stored, never logged.
    names: list[str] = field(default_factory=list, repr=False)


def string_meta(meta: dict[str, Any]) -> dict[str, str]:
    """The metadata values that are text (what redaction reads)."""
    return {k: v for k, v in meta.items() if isinstance(v, str) and v.strip()}


def transform(
    docs: list[LoadedDocument],
    org_name: str,
    *,
    redactor: Redactor,
    chunker: Chunker,
    embedder: Embedder,
    linker: LinkKeyer | None = None,
) -> list[Transformed]:
    """Redact (one spaCy pass over bodies, titles and metadata), chunk, enrich, embed; with
    a `linker`, key each removed identifier while its raw value is still in memory."""
    inputs = [DocumentInput(d.text, d.title, string_meta(d.meta)) for d in docs]
    results = redact_documents(redactor, inputs, org=org_name)
    version = str(getattr(redactor, "policy_version", ""))
    metas: list[dict[str, Any]] = []
    for d, r in zip(docs, results, strict=True):
        meta = dict(d.meta)
        meta.update({k: v.text for k, v in r.meta.items()})
        metas.append(meta)
    chunked = [chunker.split(r.body.text) if r.error is None else [] for r in results]
    vectors = embedder.embed([c.text for chunks in chunked for c in chunks])
    out: list[Transformed] = []
    offset = 0
    for d, raw, r, meta, passages in zip(docs, inputs, results, metas, chunked, strict=True):
        if r.error is not None:
            out.append(
                Transformed("", "", {}, {}, 0, [], [], 0, vectors[:0], version, error=r.error)
            )
            continue
        facts = extract_facts(r.body.text, meta=meta, doc_date=d.doc_date)
        year = d.doc_date.year if d.doc_date else max(facts.years, default=0)
        out.append(
            Transformed(
                text=r.body.text,
                title=truncate_title(r.title.text),
                meta=meta,
                removed=r.counts,
                n_entities=sum(r.counts.values()),
                passages=passages,
                facts=facts.rows(),
                year=int(year),
                vectors=vectors[offset : offset + len(passages)],
                policy_version=version,
                mentions=linker.mentions(raw, r, facts.countries) if linker else [],
                names=linker.names(raw, r) if linker and linker.known_names else [],
            )
        )
        offset += len(passages)
    return out
