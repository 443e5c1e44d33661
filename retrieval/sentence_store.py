"""Sentence vectors in Chroma, partitioned by access exactly as their passages' vectors.

Collection `<base>-<partition>-s` holds the sentences of the passages in `<base>-<partition>`;
each sentence vector carries its passage's metadata (doc_id, level, org_only, org_id, facts)
plus `chunk_id`, so a search opens only the principal's partitions here too and the same
`where` clause narrows by filters: a sentence of a passage the principal may not see is never
returned, so it never lifts a score. `ChromaIndex` owns one of these and writes and deletes
sentences together with their passages.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterable
from typing import Any

import numpy as np

from core.access import Principal, partition_of, partitions_for
from core.errors import LensError
from retrieval.sentences import SentenceVectors, chunk_of

_PART = re.compile(r"^(l[0-3](?:-o\d+)?)-s$")


class ChromaSentences:
    """The sentence collections of one vector store (cosine distance, embeddings passed in)."""

    _BATCH = 2000
    _RELIST_SECONDS = 1.0

    def __init__(self, client: Any, base: str) -> None:
        self._client = client
        self._base = base
        self._cols: dict[str, Any] = {}
        self._listed_at = 0.0
        self._relist()

    def _relist(self) -> None:
        prefix = self._base + "-"
        for item in self._client.list_collections():
            name = getattr(item, "name", item)
            m = _PART.match(name[len(prefix) :]) if name.startswith(prefix) else None
            if m and m.group(1) not in self._cols:
                self._cols[m.group(1)] = self._client.get_collection(name, embedding_function=None)
        self._listed_at = time.monotonic()

    def _partition(self, part: str) -> Any:
        col = self._cols.get(part)
        if col is None:
            col = self._client.get_or_create_collection(
                f"{self._base}-{part}-s",
                metadata={"hnsw:space": "cosine"},
                embedding_function=None,
            )
            self._cols[part] = col
        return col

    def _all(self) -> list[Any]:
        self._relist()
        return list(self._cols.values())

    def upsert(
        self, chunk_ids: list[str], sentences: SentenceVectors, metas: list[dict[str, Any]]
    ) -> None:
        """Write the sentences of passages `chunk_ids` (whose metadata is `metas`)."""
        if not len(sentences):
            return
        ids = sentences.ids(chunk_ids)
        groups: dict[str, list[int]] = {}
        for i, owner in enumerate(sentences.owners):
            m = metas[owner]
            try:
                part = partition_of(m["level"], m["org_only"], m["org_id"])
            except KeyError as exc:
                raise LensError(f"Vector {ids[i]} has no access metadata ({exc}).") from exc
            groups.setdefault(part, []).append(i)
        for part, idx in groups.items():
            col = self._partition(part)
            for s in range(0, len(idx), self._BATCH):
                sel = idx[s : s + self._BATCH]
                col.upsert(
                    ids=[ids[i] for i in sel],
                    embeddings=sentences.vectors[sel].tolist(),
                    metadatas=[
                        {**metas[sentences.owners[i]], "chunk_id": chunk_ids[sentences.owners[i]]}
                        for i in sel
                    ],
                )

    def best(
        self,
        vector: np.ndarray,
        k: int,
        principal: Principal,
        where: dict[str, Any] | None = None,
        map_fn: Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]] = map,
    ) -> dict[str, float]:
        """Among the k sentences nearest the query in each of the principal's partitions
        (matching `where`), each passage's best cosine, by chunk id. `map_fn` runs the
        partition queries (the store passes its thread pool's map)."""
        parts = partitions_for(principal)
        if any(p not in self._cols for p in parts) and (
            time.monotonic() - self._listed_at > self._RELIST_SECONDS
        ):
            self._relist()
        emb = [vector.tolist()]

        def search(col: Any) -> Any:
            return col.query(
                query_embeddings=emb, n_results=k, where=where or None, include=["distances"]
            )

        cols = [self._cols[p] for p in parts if p in self._cols]
        best: dict[str, float] = {}
        for res in map_fn(search, cols) if len(cols) > 1 else map(search, cols):
            dists = (res.get("distances") or [[]])[0]
            for sid, d in zip(res["ids"][0], dists, strict=False):
                cid, sim = chunk_of(sid), 1.0 - float(d)
                if sim > best.get(cid, -2.0):
                    best[cid] = sim
        return best

    def delete_for(self, chunk_ids: Collection[str]) -> None:
        """Remove the sentences of these passages, from whichever partition holds them."""
        ids = list(chunk_ids)
        for col in self._all():
            for i in range(0, len(ids), self._BATCH):
                col.delete(where={"chunk_id": {"$in": ids[i : i + self._BATCH]}})

    def chunk_ids(self) -> set[str]:
        """Every passage that has sentence vectors (for consistency checks), paged."""
        out: set[str] = set()
        for col in self._all():
            offset = 0
            while True:
                page = col.get(limit=5000, offset=offset, include=[])["ids"]
                out.update(chunk_of(sid) for sid in page)
                if len(page) < 5000:
                    break
                offset += len(page)
        return out

    def count(self) -> int:
        """Number of sentence vectors."""
        return sum(int(col.count()) for col in self._all())
