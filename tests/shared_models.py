"""Real models built once per test session, for tests that make many `Lens` objects.

In-process tests (`CliRunner`, a `Lens` per module) make a new `Lens` for every command or
module, and each built spaCy, Presidio and MiniLM again (~4 s of CPU each, several times that
on a loaded machine; 40 in-process searches took one backup test over three minutes). These
share the real ones: the same policy and allow list give the redactor `Lens.redactor` builds,
the same embedding settings the embedder `Lens.embedder` builds.

A shared redactor is sealed (`seal`): its `allow` refuses names it does not hold yet, and
`check_sealed` (run after every test by tests/conftest.py) fails the test that changed its
allow list, policy, entities or recognizers another way, and puts them back as they were, so
the tests after it see the redactor they would have built. A test that needs another allow
list or policy builds its own redactor (`make_redactor`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pytest

_REDACTORS: dict[tuple[str, tuple[str, ...]], Any] = {}
_EMBEDDERS: dict[tuple[str, str], Any] = {}
_SEALED: dict[int, tuple[Any, _Sealed]] = {}  # id -> (redactor, as it was sealed)


class SharedRedactorChanged(AssertionError):
    """A test changed a redactor that later tests share."""


@dataclass(frozen=True)
class _Sealed:
    """What a test could change in a redactor and leave for the next, as it was sealed
    (caches built from these are not kept: they are cleared when these are put back)."""

    allowed: Any  # a compiled pattern (immutable) or None
    settings: Any
    entities: tuple[str, ...]
    recognizers: tuple[Any, ...]
    batch_size: int

    @classmethod
    def of(cls, redactor: Any) -> _Sealed:
        return cls(
            redactor._allowed,
            redactor.settings.model_copy(deep=True),
            tuple(redactor.entities),
            tuple(redactor.analyzer.registry.recognizers),
            redactor.batch_size,
        )

    def differs(self, redactor: Any) -> bool:
        """True when `redactor` is no longer as sealed."""
        now = redactor._allowed
        return (
            (now.pattern if now is not None else None)
            != (self.allowed.pattern if self.allowed is not None else None)
            or redactor.settings.model_dump_json() != self.settings.model_dump_json()
            or tuple(redactor.entities) != self.entities
            or [id(r) for r in redactor.analyzer.registry.recognizers]
            != [id(r) for r in self.recognizers]
            or redactor.batch_size != self.batch_size
        )

    def restore(self, redactor: Any) -> None:
        """Put `redactor` back as sealed (and clear the deny-list cache built from its
        policy)."""
        redactor._allowed = self.allowed
        redactor.settings = self.settings.model_copy(deep=True)
        redactor.entities[:] = self.entities
        redactor.analyzer.registry.recognizers[:] = self.recognizers
        redactor.batch_size = self.batch_size
        redactor._deny_cache.clear()


def seal(redactor: Any) -> Any:
    """Make `redactor` safe to share across tests: `allow` with a name it does not hold yet
    raises `SharedRedactorChanged` (and changes nothing); any other change is found, and
    undone, by `check_sealed`. Returns the redactor."""
    original = redactor.allow

    def allow(terms: Any) -> None:
        before = redactor._allowed
        original(terms)
        after = redactor._allowed
        if (after.pattern if after else None) != (before.pattern if before else None):
            redactor._allowed = before
            raise SharedRedactorChanged(
                "This redactor is shared by the whole test session: allow() would add names "
                "to it for every later test. Build one of your own (make_redactor, or "
                "build_redactor with the loaded nlp_engine)."
            )

    redactor.allow = allow
    _SEALED[id(redactor)] = (redactor, _Sealed.of(redactor))
    return redactor


def check_sealed() -> None:
    """Raise `SharedRedactorChanged` if a sealed redactor is no longer as it was sealed,
    after putting it back as it was (so only the test that changed it fails)."""
    changed = [(r, sealed) for r, sealed in _SEALED.values() if sealed.differs(r)]
    for redactor, sealed in changed:
        sealed.restore(redactor)
    if changed:
        raise SharedRedactorChanged(
            f"{len(changed)} shared redactor(s) changed by this test (allow list, policy, "
            "entities or recognizers), put back as they were for the tests after it. Build a "
            "redactor of your own (make_redactor) for a test that changes one."
        )


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
        _REDACTORS[key] = seal(redactor)
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
