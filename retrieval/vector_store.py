"""The vector store seam and its Chroma implementation (in-process or a Chroma server).

Vectors are partitioned by access: one Chroma collection per level for shared documents and one
per level and organisation for org-only ones (`core.access.partition_of`). A search opens only
the principal's partitions (`partitions_for`), so access is enforced by what the store is asked
to search, with no metadata filter on the hot path: an unfiltered HNSW query stays in
milliseconds at 100k chunks, where Chroma's metadata pre-filter costs hundreds.

Chunk metadata still carries what filters need: doc_id, org_id, level, org_only, kind, year and
one boolean flag per extracted fact (`c_GB`, `t_forced_labour`, ...). When a search narrows by
any of them, the `where` clause (the access rule AND the filters) goes to the store as well.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from core.access import Principal, partition_of, partitions_for
from core.errors import LensError
from core.settings import Settings


@dataclass(frozen=True)
class VectorHit:
    """One nearest neighbour: chunk id and cosine similarity (the database has the rest)."""

    chunk_id: str
    similarity: float


class VectorIndex(Protocol):
    """Stores chunk vectors and finds neighbours among those a principal may see."""

    def upsert(self, ids: list[str], vectors: np.ndarray, metas: list[dict[str, Any]]) -> None:
        """Insert or replace vectors by id; metas carry level, org_only and org_id."""
        ...

    def query(
        self,
        vector: np.ndarray,
        k: int,
        principal: Principal,
        where: dict[str, Any] | None = None,
    ) -> list[VectorHit]:
        """Up to k nearest chunks visible to the principal (and matching `where`)."""
        ...

    def delete(self, ids: list[str]) -> None:
        """Remove vectors by id (missing ids are ignored)."""
        ...

    def get_vectors(
        self, ids: list[str], partitions: Collection[str] | None = None
    ) -> dict[str, np.ndarray]:
        """Stored vectors by id (missing ids are absent); `partitions` narrows the lookup."""
        ...

    def ids_for_doc(self, doc_id: str) -> list[str]:
        """Every vector id of one document."""
        ...

    def all_ids(self) -> set[str]:
        """Every vector id (for consistency checks)."""
        ...

    def count(self) -> int:
        """Number of vectors."""
        ...


_PART = re.compile(r"^l[0-3](-o\d+)?$")


class ChromaIndex:
    """Chroma collections `<base>-<partition>` with cosine distance; embeddings passed in.

    Chunk ids encode the document's content hash, which covers its level and org_only, so an
    id never moves between partitions: a re-shared document gets new ids in its new partition
    and its old ids are deleted everywhere.
    """

    _BATCH = 2000
    _RELIST_SECONDS = 1.0

    def __init__(self, client: Any, collection: str) -> None:
        self._client = client
        self._base = collection
        self._cols: dict[str, Any] = {}
        self._listed_at = 0.0
        self._pool: ThreadPoolExecutor | None = None
        self._relist()
        self._migrate_unpartitioned()

    @classmethod
    def from_settings(cls, settings: Settings) -> ChromaIndex:
        """In-process persistent store under home, or a Chroma server when chroma.url is set."""
        import chromadb
        from chromadb.config import Settings as ChromaConfig

        config = ChromaConfig(anonymized_telemetry=False, allow_reset=False)
        url = settings.chroma.url
        try:
            if url:
                from urllib.parse import urlparse

                parsed = urlparse(url)
                client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=config,
                )
                client.heartbeat()
            else:
                settings.chroma_path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=config)
            return cls(client, settings.chroma.collection)
        except LensError:
            raise
        except Exception as exc:
            where = url or str(settings.chroma_path)
            reason = " ".join(str(exc).split())[:200]
            raise LensError(f"Vector store at {where} is not usable: {reason}") from exc

    # -- partitions ------------------------------------------------------------------------

    def _relist(self) -> None:
        """Learn the partitions that exist (another process may have created some)."""
        prefix = self._base + "-"
        for item in self._client.list_collections():
            name = getattr(item, "name", item)
            part = name[len(prefix) :] if name.startswith(prefix) else ""
            if _PART.match(part) and part not in self._cols:
                self._cols[part] = self._client.get_collection(name, embedding_function=None)
        self._listed_at = time.monotonic()

    def _partition(self, part: str) -> Any:
        """The collection of one partition, created on first write."""
        col = self._cols.get(part)
        if col is None:
            col = self._client.get_or_create_collection(
                f"{self._base}-{part}", metadata={"hnsw:space": "cosine"}, embedding_function=None
            )
            self._cols[part] = col
        return col

    def _recent(self) -> None:
        """Relist at most once a second (hot paths tolerate a second's lag for new partitions)."""
        if time.monotonic() - self._listed_at > self._RELIST_SECONDS:
            self._relist()

    def _executor(self) -> ThreadPoolExecutor:
        """Threads for querying partitions side by side (created on first use)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="lens-vectors")
        return self._pool

    def _all(self) -> list[Any]:
        """Every partition's collection, freshly listed (deletes and checks must see all)."""
        self._relist()
        return list(self._cols.values())

    def _migrate_unpartitioned(self) -> None:
        """Move vectors from a store written before partitioning (one `<base>` collection)."""
        names = {getattr(c, "name", c) for c in self._client.list_collections()}
        if self._base not in names:
            return
        old = self._client.get_collection(self._base, embedding_function=None)
        while True:  # upsert first, then delete: an interrupted move is simply resumed
            page = old.get(limit=self._BATCH, include=["embeddings", "metadatas"])
            if not page["ids"]:
                break
            vecs = np.asarray(page["embeddings"], dtype=np.float32)
            self.upsert(list(page["ids"]), vecs, [dict(m) for m in page["metadatas"]])
            old.delete(ids=list(page["ids"]))
        self._client.delete_collection(self._base)

    def partition_counts(self) -> dict[str, int]:
        """Vectors per access partition (for checks and benches)."""
        return {part: int(col.count()) for part, col in sorted(self._cols.items())}

    # -- the VectorIndex protocol ------------------------------------------------------------

    def upsert(self, ids: list[str], vectors: np.ndarray, metas: list[dict[str, Any]]) -> None:
        """Insert or replace, each vector into its document's partition, in batches."""
        groups: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(metas):
            try:
                groups[partition_of(m["level"], m["org_only"], m["org_id"])].append(i)
            except KeyError as exc:
                raise LensError(f"Vector {ids[i]} has no access metadata ({exc}).") from exc
        for part, idx in groups.items():
            col = self._partition(part)
            for s in range(0, len(idx), self._BATCH):
                sel = idx[s : s + self._BATCH]
                col.upsert(
                    ids=[ids[i] for i in sel],
                    embeddings=vectors[sel].tolist(),
                    metadatas=[metas[i] for i in sel],
                )

    def query(
        self,
        vector: np.ndarray,
        k: int,
        principal: Principal,
        where: dict[str, Any] | None = None,
    ) -> list[VectorHit]:
        """Nearest neighbours across the principal's partitions; similarity = 1 - distance."""
        parts = partitions_for(principal)
        if any(p not in self._cols for p in parts):
            self._recent()
        cols = [self._cols[p] for p in parts if p in self._cols]
        emb = [vector.tolist()]

        def search(col: Any) -> list[VectorHit]:
            res = col.query(
                query_embeddings=emb,
                n_results=k,
                where=where or None,
                include=["distances"],  # metadata is not needed: results are re-read from SQL
            )
            dists = (res.get("distances") or [[]])[0]
            return [
                VectorHit(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], dists, strict=False)
            ]

        # Each partition query is ~2 ms of mostly fixed cost; in parallel they overlap.
        found = self._executor().map(search, cols) if len(cols) > 1 else map(search, cols)
        hits = [h for part_hits in found for h in part_hits]
        hits.sort(key=lambda h: (-h.similarity, h.chunk_id))
        return hits[:k]

    def delete(self, ids: list[str]) -> None:
        """Remove vectors by id, from whichever partition holds them."""
        for col in self._all():
            for i in range(0, len(ids), self._BATCH):
                col.delete(ids=ids[i : i + self._BATCH])

    def get_vectors(
        self, ids: list[str], partitions: Collection[str] | None = None
    ) -> dict[str, np.ndarray]:
        """Stored vectors by id, looked up in the given partitions (default: all)."""
        out: dict[str, np.ndarray] = {}
        if not ids:
            return out
        self._recent()
        parts = self._cols if partitions is None else set(partitions) & set(self._cols)
        for col in [self._cols[p] for p in parts]:
            res = col.get(ids=ids, include=["embeddings"])
            embs = res.get("embeddings")
            if embs is None:
                continue
            for cid, e in zip(res["ids"], embs, strict=False):
                out[cid] = np.asarray(e, dtype=np.float32)
        return out

    def ids_for_doc(self, doc_id: str) -> list[str]:
        """Every vector id of one document."""
        out: list[str] = []
        for col in self._all():
            out += col.get(where={"doc_id": doc_id}, include=[])["ids"]
        return out

    def all_ids(self) -> set[str]:
        """Every vector id, paged."""
        out: set[str] = set()
        for col in self._all():
            offset = 0
            while True:
                page = col.get(limit=5000, offset=offset, include=[])["ids"]
                out.update(page)
                if len(page) < 5000:
                    break
                offset += len(page)
        return out

    def count(self) -> int:
        """Number of vectors."""
        return sum(int(col.count()) for col in self._all())
