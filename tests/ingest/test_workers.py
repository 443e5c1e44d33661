"""Ingest workers: each takes only its share of the CPU for BLAS and OpenMP."""

from __future__ import annotations

import pytest

from core.settings import load_settings
from ingest import workers


@pytest.mark.slow
def test_when_a_worker_starts_then_its_blas_and_openmp_pools_use_its_thread_share(
    tmp_path,
) -> None:
    from threadpoolctl import threadpool_info

    settings = load_settings(home=tmp_path / "home", embedding={"threads": 1})
    workers._init(settings.model_dump_json(), [])
    try:
        pools = threadpool_info()
        assert pools, "spaCy and the embedder load at least one BLAS or OpenMP pool"
        assert {p["num_threads"] for p in pools} == {1}, pools
    finally:
        workers._parts.pop("thread_limits").restore_original_limits()
        workers._parts.clear()
