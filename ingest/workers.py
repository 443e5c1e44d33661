"""A process pool for bulk ingest: each worker holds its own spaCy and embedder and runs
`ingest.transform` on batches, while the ingesting process writes to the stores.

Workers are started with `spawn` (no inherited threads or file handles from the parent);
documents reach them through pipes, in memory, never through files.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from core.settings import Settings
from ingest.model import LoadedDocument
from ingest.transform import Transformed, transform

_parts: dict[str, Any] = {}


def _init(settings_json: str, allow_list: list[str]) -> None:
    """Build this worker's heavy parts once."""
    import os

    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", ""),
        ("TQDM_DISABLE", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
        ("TRANSFORMERS_VERBOSITY", "error"),
        ("TOKENIZERS_PARALLELISM", "false"),
    ):
        os.environ.setdefault(key, value)
    from ingest.chunking import Chunker
    from redaction import build_redactor
    from retrieval.embedder import build_embedder

    settings = Settings.model_validate_json(settings_json)
    redactor = build_redactor(settings.redaction)
    redactor.allow(allow_list)
    embedder = build_embedder(settings.embedding, models_dir=settings.models_dir)
    from ingest.linkkeys import keyer_for

    _parts["linker"] = keyer_for(
        settings.link_secret_path,
        enabled=settings.links.enabled,
        people=settings.links.people,
        known_names=settings.links.known_names,
    )
    _parts.update(
        redactor=redactor,
        embedder=embedder,
        chunker=Chunker(
            embedder.tokenizer, settings.ingest.chunk_tokens, settings.ingest.chunk_overlap_tokens
        ),
    )
    # The BLAS and OpenMP pools that spaCy's thinc and the embedder loaded above would each
    # start a thread per core: with a worker per core they fight over the CPU. Each worker gets
    # its share (the embedder's thread share), for as long as it lives.
    from threadpoolctl import threadpool_limits

    _parts["thread_limits"] = threadpool_limits(limits=settings.embedding.threads)


def _run(docs: list[LoadedDocument], org_name: str) -> list[Transformed]:
    return transform(
        docs,
        org_name,
        redactor=_parts["redactor"],
        chunker=_parts["chunker"],
        embedder=_parts["embedder"],
        linker=_parts.get("linker"),
    )


class TransformPool:
    """`submit(docs, org)` returns a Future of transformed documents."""

    def __init__(self, settings: Settings, workers: int, allow_list: list[str]) -> None:
        threads = max(1, settings.embedding.threads // workers)
        per_worker = settings.model_copy(deep=True)
        per_worker.embedding.threads = threads
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init,
            initargs=(per_worker.model_dump_json(), allow_list),
        )

    def submit(self, docs: list[LoadedDocument], org_name: str) -> Future[list[Transformed]]:
        """Queue a batch."""
        return self._pool.submit(_run, docs, org_name)

    def close(self) -> None:
        """Stop the workers."""
        self._pool.shutdown(wait=True, cancel_futures=True)
