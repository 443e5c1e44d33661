"""Real models built once per test session, for tests that make many `Lens` objects.

In-process tests (`CliRunner`, a `Lens` per module) make a new `Lens` for every command or
module, and each built spaCy, Presidio and MiniLM again (~4 s of CPU each, several times that
on a loaded machine; 40 in-process searches took one backup test over three minutes). These
share the real ones: the same policy and allow list give the redactor `Lens.redactor` builds,
the same embedding settings the embedder `Lens.embedder` builds.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

_REDACTORS: dict[tuple[str, tuple[str, ...]], Any] = {}
_EMBEDDERS: dict[tuple[str, str], Any] = {}


def _shared_redactor(lens: Any) -> Any:
    from redaction import build_redactor

    policy = lens.settings.redaction
    allowed = tuple(sorted(set(lens.allow_list())))
    key = (policy.model_dump_json(), allowed)
    if key not in _REDACTORS:
        engine = next(
            (r.analyzer.nlp_engine for (p, _), r in _REDACTORS.items() if p == key[0]), None
        )
        redactor = build_redactor(policy, nlp_engine=engine)
        redactor.allow(list(allowed))
        _REDACTORS[key] = redactor
    return _REDACTORS[key]


def _shared_embedder(lens: Any) -> Any:
    from retrieval.embedder import build_embedder

    key = (lens.settings.embedding.model_dump_json(), str(lens.settings.models_dir))
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = build_embedder(
            lens.settings.embedding, models_dir=lens.settings.models_dir
        )
    return _EMBEDDERS[key]


def share_models(mp: pytest.MonkeyPatch, *, embedder: bool = True) -> None:
    """Make `Lens.redactor` (and `Lens.embedder`) the session's real ones (above)."""
    from functools import cached_property

    from lens.app import Lens

    parts = {"redactor": _shared_redactor}
    if embedder:
        parts["embedder"] = _shared_embedder
    for name, build in parts.items():
        prop = cached_property(build)
        prop.__set_name__(Lens, name)
        mp.setattr(Lens, name, prop)


@functools.cache
def shared_lens() -> type:
    """`Lens` whose redactor and embedder are the session's real ones, built on first use as
    `Lens` builds them (for tests that make their own `Lens`)."""
    from functools import cached_property

    from lens.app import Lens

    class SharedLens(Lens):
        redactor = cached_property(_shared_redactor)  # type: ignore[assignment]
        embedder = cached_property(_shared_embedder)  # type: ignore[assignment]

    return SharedLens
