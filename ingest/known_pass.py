"""The known-names pass of ingest (`ingest.known_names`), in the ingesting process, which
holds the database (transform workers do not).

- **Forward**, before a batch is stored: each document's runs of words are keyed and looked
  up among the person keys of stored reports (and of the batch itself); a hit is removed as
  a person and keyed like any removed name, in the memory of the batch, so the document's
  one transaction stores it already redacted (the pipeline's crash-safe order holds).
- **Backward**, after a batch is stored: a report stored earlier may hold a name the batch
  has just keyed. The batch's removed names (in memory only) are looked up in the full-text
  index; a stored report that holds two words of one is scanned with the batch's keys and,
  on a hit, rewritten like `lens rescrub` rewrites one (new vectors, one transaction, old
  vectors), keeping its policy version. The batch's reports are recorded as pending
  (`known_pending`, ids only) before the batch is stored and cleared after this pass, so a
  crash between the two is resumed by the next ingest or `lens rescrub` (`resume`): with
  the names gone with the process, it scans every report the uploader may see with the
  pending reports' stored person keys.

Access: a key may remove a name only from a report whose every reader may read the report
that holds the key (its level no higher, org-only only within one organisation), and the
backward pass touches only reports the uploader may see. More redaction is all a reader
can see, and it never comes from a report they could not read.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

import regex
from sqlalchemy import and_, or_, text
from sqlmodel import col, delete, select

from core import audit
from core.access import Level, Principal
from core.db import Database
from core.mentions import KnownPending, Mention, ensure_table
from core.records import Chunk, Document, Organisation, User
from ingest.batch import Batch, _Planned
from ingest.enrich import extract_facts
from ingest.known_names import KnownNames
from ingest.known_words import is_english, is_org_word
from ingest.link_names import fold
from ingest.linkkeys import is_place
from ingest.rescrub import replace_stored, stored_body
from ingest.transform import Transformed, string_meta
from redaction.base import DocumentInput, DocumentResult
from redaction.person_guard import PARTICLES

if TYPE_CHECKING:
    from ingest.chunking import Chunker
    from ingest.linkkeys import LinkKeyer
    from retrieval.embedder import Embedder
    from retrieval.vector_store import VectorIndex

log = logging.getLogger("lens.ingest")

_LOOKUP = 500  # keys per IN (...) query
_HOLDERS = 400  # chunks read per name word from the full-text index
_WORDS = regex.compile(r"\p{L}{2,}")


class KnownNamePass:
    """Forward and backward known-name passes over one ingest's batches."""

    def __init__(
        self,
        *,
        db: Database,
        linker: LinkKeyer,
        finder: Callable[[], KnownNames],
        chunker: Callable[[], Chunker],
        embedder: Callable[[], Embedder],
        vectors: VectorIndex,
    ) -> None:
        self.db = db
        self.linker = linker
        self.vectors = vectors
        self._finder = finder
        self._chunker = chunker
        self._embedder = embedder

    # The parts `ingest.rescrub.replace_stored` reads, built on first use.
    @property
    def chunker(self) -> Chunker:
        return self._chunker()

    @property
    def embedder(self) -> Embedder:
        return self._embedder()

    def forward(self, batch: Batch) -> Batch:
        """The batch with each document's known names removed and keyed."""
        done = batch.done
        finder = self._finder()
        inputs = {
            i: DocumentInput(t.text, t.title, string_meta(t.meta))
            for i, t in enumerate(done)
            if t.error is None and t.passages
        }
        runs = {i: finder.doc_runs(d) for i, d in inputs.items()}
        keys = {r.key for parts in runs.values() for part in parts for r in part}
        own_keys = {m.key for t in done for m in t.mentions if m.type == "person"}
        ids = [p.doc_id for p in batch.planned]
        known = (keys & own_keys) | self._stored(keys - own_keys, batch, ids)
        if not known:
            return batch
        changed: dict[int, DocumentResult] = {}
        for i, before in inputs.items():
            own = {m.key: m.placeholder for m in done[i].mentions if m.type == "person"}
            after = finder.redact(before, known, own, runs[i])
            if after is not None:
                changed[i] = after
        if not changed:
            return batch
        out = list(done)
        rebuilt = {
            i: self._rebuilt(done[i], inputs[i], a, batch.planned[i]) for i, a in changed.items()
        }
        # one embedding call for every rewritten document of the batch
        texts = [c.text for t in rebuilt.values() for c in t.passages]
        vectors = self.embedder.embed(texts)
        at = 0
        for i, t in rebuilt.items():
            out[i] = dataclasses.replace(t, vectors=vectors[at : at + len(t.passages)])
            at += len(t.passages)
        return dataclasses.replace(batch, done=out)

    def backward(self, batch: Batch, written: list[tuple[_Planned, Transformed]]) -> int:
        """Rewrite the stored reports that hold a name the batch's `written` documents keyed;
        how many were."""
        keys = {m.key for _, t in written for m in t.mentions if m.type == "person"}
        names = [n for _, t in written for n in t.names]
        if not keys or not names:
            return 0
        batch_ids = {p.doc_id for p, _ in written}
        candidates = self._holders(names, batch) - batch_ids
        return self._rewrite(batch.principal, candidates, keys)

    # Pending passes (crash safety) -------------------------------------------------
    def mark(self, ready: Iterable[tuple[_Planned, Transformed, list[str]]]) -> list[str]:
        """Record, before a batch is stored, the documents whose backward pass is to run
        (those that removed a name); their ids, for `clear` once it has."""
        ids = [
            p.doc_id for p, t, _ in ready if t.names and any(m.type == "person" for m in t.mentions)
        ]
        if ids:
            with self.db.session() as s:
                for doc_id in ids:
                    s.merge(KnownPending(doc_id=doc_id))
        return ids

    def clear(self, ids: list[str]) -> None:
        """The backward pass of these documents has run."""
        if ids:
            with self.db.session() as s:
                s.exec(delete(KnownPending).where(col(KnownPending.doc_id).in_(ids)))  # type: ignore[call-overload]

    def resume(self) -> int:
        """Run the backward passes a crash left pending (`mark` without `clear`), each as
        its uploader with the stored report's level and sharing; how many reports were
        rewritten. The batch's names died with the process, so every report the uploader
        may see is scanned with the pending reports' stored person keys."""
        ensure_table(self.db)
        with self.db.session() as s:
            ids = list(s.exec(select(KnownPending.doc_id)))
            if not ids:
                return 0
            docs = s.exec(
                select(Document).where(col(Document.id).in_(ids)).where(Document.status == "active")
            ).all()
            groups: dict[tuple[int | None, int, bool], list[str]] = {}
            for d in docs:
                groups.setdefault((d.uploader_id, d.level, d.org_only), []).append(d.id)
        rewritten = 0
        for (uploader, level, org_only), doc_ids in groups.items():
            principal = uploader_principal(self.db, uploader)
            keys = self._keys_of(doc_ids)
            if principal is None or not keys:
                continue
            batch = Batch(principal, [], [], Level(level), org_only, "")
            candidates = self._readable(batch) - set(doc_ids)
            rewritten += self._rewrite(principal, candidates, keys)
        self.clear(ids)
        log.info("known names: resumed %d pending passes", len(ids))
        return rewritten

    # Internals ---------------------------------------------------------------------
    def _rewrite(self, principal: Principal, candidates: set[str], keys: set[str]) -> int:
        """Rewrite each of `candidates` that holds a name one of `keys` keys, as `lens
        rescrub` rewrites one; audited (ids and a count); how many were."""
        finder = self._finder()
        changed: list[str] = []
        for doc_id in sorted(candidates):
            with self.db.session() as s:
                doc = s.get(Document, doc_id)
                if doc is None or doc.status != "active":
                    continue
                chunks = list(s.exec(select(Chunk).where(Chunk.doc_id == doc_id)))
                own = {
                    m.key: m.placeholder
                    for m in s.exec(select(Mention).where(Mention.doc_id == doc_id))
                    if m.type == "person"
                }
            before = DocumentInput(stored_body(chunks), doc.title, string_meta(doc.meta or {}))
            after = finder.redact(before, keys, own)
            if after is None:
                continue
            meta = {k: r.text for k, r in after.meta.items()}
            replace_stored(self, doc, chunks, after, meta, before, doc.policy_version)
            changed.append(doc_id)
        if changed:
            # ids and a count, never a name: which reports an ingest rewrote, for admins
            audit.record(
                self.db,
                user=principal.user_name,
                action="ingest.known_names",
                doc_ids=changed,
                detail={"rewritten": len(changed)},
            )
            log.info("known names: %d stored documents rewritten", len(changed))
        return len(changed)

    def _stored(self, keys: Collection[str], batch: Batch, exclude: list[str]) -> set[str]:
        """The keys among `keys` that a stored person mention holds, in an active report
        every reader of the batch may read (level no higher; org-only of the same org only
        when the batch is org-only itself)."""
        if not keys:
            return set()
        shared = col(Document.org_only).is_(False)
        own_org = col(Document.org_id) == batch.principal.org_id
        readable = and_(
            col(Document.level) <= int(batch.level),
            or_(shared, own_org) if batch.org_only else shared,
        )
        found: set[str] = set()
        ordered = sorted(keys)
        with self.db.session() as s:
            for at in range(0, len(ordered), _LOOKUP):
                rows = s.exec(
                    select(Mention.key)
                    .join(Document, col(Document.id) == col(Mention.doc_id))
                    .where(col(Mention.key).in_(ordered[at : at + _LOOKUP]))
                    .where(Mention.type == "person")
                    .where(Document.status == "active")
                    .where(readable)
                    .where(col(Document.id).not_in(exclude))
                ).all()
                found.update(rows)
        return found

    @staticmethod
    def _readers(batch: Batch) -> tuple[str, dict[str, int]]:
        """The SQL condition on a document `d`: active, the uploader may see it, and every
        reader of the batch's reports may read it (level no lower; org-only ones of the
        uploader's organisation, and only those when the batch is org-only)."""
        where = (
            "d.status = 'active' AND d.level >= :level AND d.level <= :clearance "
            "AND (NOT d.org_only OR d.org_id = :org)"
        )
        if batch.org_only:
            where += " AND d.org_only AND d.org_id = :org"
        p = batch.principal
        return where, {"level": int(batch.level), "clearance": int(p.clearance), "org": p.org_id}

    def _holders(self, names: Iterable[str], batch: Batch) -> set[str]:
        """The reports `_readers` allows whose text holds two words of one of `names`."""
        where, params = self._readers(batch)
        out: set[str] = set()
        with self.db.engine.connect() as conn:
            for name in dict.fromkeys(names):
                words = {w for w in _WORDS.findall(fold(name)) if w not in PARTICLES}
                if len(words) < 2:
                    continue
                holding: Counter[str] = Counter()
                for word in sorted(words):
                    chunks = self.db.lexical.holders(conn, (word,), where, params, _HOLDERS)
                    holding.update({c.split("-", 1)[0] for c in chunks})
                out |= {doc for doc, n in holding.items() if n >= 2}
        return out

    def _readable(self, batch: Batch) -> set[str]:
        """Every report `_readers` allows (a resumed pass has no names to look up)."""
        where, params = self._readers(batch)
        with self.db.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT d.id FROM document d WHERE {where}"), params)
            return {r[0] for r in rows}

    def _keys_of(self, doc_ids: list[str]) -> set[str]:
        """The person keys stored for these reports."""
        with self.db.session() as s:
            rows = s.exec(
                select(Mention.key)
                .where(col(Mention.doc_id).in_(doc_ids))
                .where(Mention.type == "person")
            ).all()
        return set(rows)

    def _rebuilt(
        self, t: Transformed, before: DocumentInput, after: DocumentResult, p: _Planned
    ) -> Transformed:
        """`t` with the text `after` gives: chunked and enriched again, the names removed
        counted and keyed (its vectors are the caller's to embed)."""
        body = after.body.text
        passages = self.chunker.split(body)
        meta = dict(t.meta) | {k: r.text for k, r in after.meta.items()}
        facts = extract_facts(body, meta=meta, doc_date=p.loaded.doc_date)
        year = p.loaded.doc_date.year if p.loaded.doc_date else max(facts.years, default=0)
        added = after.counts
        own = set(t.mentions)
        return dataclasses.replace(
            t,
            text=body,
            title=after.title.text,
            meta=meta,
            removed=dict(Counter(t.removed) + Counter(added)),
            n_entities=t.n_entities + sum(added.values()),
            passages=passages,
            facts=facts.rows(),
            year=int(year),
            mentions=t.mentions
            + [m for m in self.linker.mentions(before, after, facts.countries) if m not in own],
        )


def uploader_principal(db: Database, user_id: int | None) -> Principal | None:
    """The uploader of a stored report as a principal (None when the user is gone); a
    disabled user's pending pass still runs, with the access they had."""
    if user_id is None:
        return None
    with db.session() as s:
        user = s.get(User, user_id)
        org = s.get(Organisation, user.org_id) if user is not None else None
        if user is None or org is None:
            return None
        return Principal(
            user_id=user_id,
            user_name=user.name,
            org_id=user.org_id,
            org_name=org.name,
            clearance=Level(user.clearance),
            role=user.role,
        )


def finder_for(linker: LinkKeyer) -> Callable[[], KnownNames]:
    """The known-names finder, built on first use. Its checks of a hit (English words,
    organisation words, places) read shipped lists (`ingest.known_words`), asked only when a
    run hits: the ingesting process loads no spaCy and no redactor for them."""
    built: list[KnownNames] = []

    def finder() -> KnownNames:
        if not built:
            built.append(
                KnownNames(
                    lambda form: linker.key("person", form),
                    is_common=is_english,
                    is_org_word=is_org_word,
                    is_place=is_place,
                )
            )
        return built[0]

    return finder
