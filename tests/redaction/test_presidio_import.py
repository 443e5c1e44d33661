"""Presidio is imported without transformers' pipelines (redaction.presidio_import)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.slow
def test_when_the_redactor_is_built_then_transformers_pipelines_are_not_imported() -> None:
    out = run(
        "import sys\n"
        "from core.settings import RedactionSettings\n"
        "from redaction import build_redactor\n"
        "r = build_redactor(RedactionSettings())\n"
        "print('transformers.pipelines' in sys.modules)\n"
        "print(r.redact('Call Maria Lopez on +44 7700 900123.').text)\n"
        "from transformers import pipeline\n"  # still importable afterwards
        "print(callable(pipeline))\n"
    )
    assert out.splitlines() == ["False", "Call <PERSON_1> on <PHONE_NUMBER_1>.", "True"]


def test_when_presidio_is_imported_already_then_it_is_returned_as_is() -> None:
    import presidio_analyzer

    from redaction.presidio_import import import_presidio

    assert import_presidio() is presidio_analyzer
    assert sys.modules.get("transformers.pipelines", "absent") is not None
