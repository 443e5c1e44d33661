"""Fixtures shared by the assistant tests."""

from __future__ import annotations

import pytest

from assistant.focus import FocusFinder
from core.settings import load_settings


@pytest.fixture(scope="module")
def finder(tmp_path_factory) -> FocusFinder:
    """The focus check over the redactor's spaCy model, loaded once per test module."""
    settings = load_settings(home=tmp_path_factory.mktemp("home"))
    return FocusFinder(settings.redaction.spacy_model)
