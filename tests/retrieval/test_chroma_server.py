"""The vector store as a real Chroma server, chosen by configuration alone."""

from __future__ import annotations

import numpy as np
import pytest

from core.access import Level, Principal
from core.settings import load_settings
from retrieval.vector_store import ChromaIndex
from tests.servers import chroma_server

pytestmark = pytest.mark.integration


def test_when_chroma_url_set_then_vectors_live_on_the_server(tmp_path, home) -> None:
    with chroma_server(tmp_path / "chroma-data") as url:
        settings = load_settings(chroma={"url": url})
        index = ChromaIndex.from_settings(settings)
        vecs = np.eye(4, 384, dtype=np.float32)
        metas = [
            {
                "doc_id": f"d{i}",
                "org_id": 1,
                "level": i,
                "org_only": False,
                "kind": "news",
                "year": 2020,
            }
            for i in range(4)
        ]
        index.upsert([f"c{i}" for i in range(4)], vecs, metas)
        assert index.count() == 4
        reader = Principal(1, "u", 2, "other", Level.MEMBER, "analyst")
        hits = index.query(vecs[3], 4, reader)
        assert {h.chunk_id for h in hits} == {"c0", "c1"}
        index.delete(index.ids_for_doc("d0"))
        assert index.all_ids() == {"c1", "c2", "c3"}
        assert not (home / "chroma").exists()  # nothing was written locally


def test_when_chroma_server_absent_then_clear_error(home) -> None:
    from core.errors import LensError
    from tests.conftest import free_port

    settings = load_settings(chroma={"url": f"http://127.0.0.1:{free_port()}"})
    with pytest.raises(LensError, match="Vector store at http://127.0.0.1:.* is not usable"):
        ChromaIndex.from_settings(settings)
