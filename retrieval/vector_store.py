"""The vector store seam and its Chroma implementation (in-process or a Chroma server).

Chunk metadata carries what access and filters need: doc_id, org_id, level, org_only, kind,
year, and one boolean flag per extracted fact (`c_GB`, `t_forced_labour`, `s_fishing`, ...),
so every filter, the access filter included, is part of the store's own `where` clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from core.errors import LensError
from core.settings import Settings


@dataclass(frozen=True)
class VectorHit:
    """One nearest neighbour: chunk id, cosine similarity and its metadata."""

    chunk_id: str
    similarity: float
    meta: dict[str, Any]


class VectorIndex(Protocol):
    """Stores chunk vectors and finds neighbours under a `where` filter."""

    def upsert(self, ids: list[str], vectors: np.ndarray, metas: list[dict[str, Any]]) -> None:
        """Insert or replace vectors by id."""
        ...

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any]) -> list[VectorHit]:
        """Up to k nearest chunks that satisfy `where`."""
        ...

    def delete(self, ids: list[str]) -> None:
        """Remove vectors by id (missing ids are ignored)."""
        ...

    def get_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id (missing ids are absent from the result)."""
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


class ChromaIndex:
    """A Chroma collection with cosine distance; embeddings are always passed in."""

    _BATCH = 2000

    def __init__(self, client: Any, collection: str) -> None:
        self._client = client
        self._col = client.get_or_create_collection(
            collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

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

    def upsert(self, ids: list[str], vectors: np.ndarray, metas: list[dict[str, Any]]) -> None:
        """Insert or replace, in batches Chroma accepts."""
        for i in range(0, len(ids), self._BATCH):
            self._col.upsert(
                ids=ids[i : i + self._BATCH],
                embeddings=vectors[i : i + self._BATCH].tolist(),
                metadatas=metas[i : i + self._BATCH],
            )

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any]) -> list[VectorHit]:
        """Nearest neighbours under the filter; similarity = 1 - cosine distance."""
        res = self._col.query(
            query_embeddings=[vector.tolist()],
            n_results=k,
            where=where or None,
            include=["metadatas", "distances"],
        )
        ids = res["ids"][0]
        dists = (res.get("distances") or [[]])[0]
        metas = (res.get("metadatas") or [[]])[0]
        return [
            VectorHit(cid, 1.0 - float(d), dict(m or {}))
            for cid, d, m in zip(ids, dists, metas, strict=False)
        ]

    def delete(self, ids: list[str]) -> None:
        """Remove vectors by id."""
        for i in range(0, len(ids), self._BATCH):
            self._col.delete(ids=ids[i : i + self._BATCH])

    def get_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id."""
        if not ids:
            return {}
        res = self._col.get(ids=ids, include=["embeddings"])
        embs = res.get("embeddings")
        if embs is None:
            return {}
        return {
            cid: np.asarray(e, dtype=np.float32) for cid, e in zip(res["ids"], embs, strict=False)
        }

    def ids_for_doc(self, doc_id: str) -> list[str]:
        """Every vector id of one document."""
        return list(self._col.get(where={"doc_id": doc_id}, include=[])["ids"])

    def all_ids(self) -> set[str]:
        """Every vector id, paged."""
        out: set[str] = set()
        offset = 0
        while True:
            page = self._col.get(limit=5000, offset=offset, include=[])["ids"]
            out.update(page)
            if len(page) < 5000:
                return out
            offset += len(page)

    def count(self) -> int:
        """Number of vectors."""
        return int(self._col.count())
