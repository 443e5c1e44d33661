"""Redaction fixtures: the real engine (spaCy + Presidio), built once per test session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.settings import RedactionSettings


@pytest.fixture(scope="session")
def redactor() -> Any:
    """The redactor with the default policy (loads spaCy once for the whole session)."""
    from redaction import build_redactor

    return build_redactor(RedactionSettings())


@pytest.fixture(scope="session")
def make_redactor(redactor: Any) -> Callable[..., Any]:
    """Build a redactor for another policy, reusing the loaded spaCy engine."""
    from redaction import build_redactor

    def make(**overrides: Any) -> Any:
        settings = RedactionSettings(**overrides)
        return build_redactor(settings, nlp_engine=redactor.analyzer.nlp_engine)

    return make
