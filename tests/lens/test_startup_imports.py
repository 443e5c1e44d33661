"""`lens` starts without importing what its commands may never use (bench/startup.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

HEAVY = ("sqlmodel", "sqlalchemy", "numpy", "presidio_analyzer", "spacy", "torch", "assistant")


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_when_the_command_line_is_imported_then_no_database_layer_or_model_library() -> None:
    loaded = imported_after("import lens.cli")
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_when_help_is_printed_then_every_command_is_listed_without_heavy_imports() -> None:
    loaded = imported_after(
        "from click.testing import CliRunner\n"
        "from lens.cli import cli\n"
        "out = CliRunner().invoke(cli, ['--help']).output\n"
        "assert all(name in out for name in ('search', 'ask', 'ingest', 'whoami', 'links'))"
    )
    assert sorted(m for m in HEAVY if m in loaded) == []


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("UserService", "lens.services.users"),
        ("AskEvent", "lens.services.questions"),
        ("Upload", "lens.services.documents"),
        ("TipForm", "lens.services.tips"),
    ],
)
def test_when_a_service_name_is_asked_for_then_it_comes_from_its_module(
    name: str, module: str
) -> None:
    import importlib

    import lens.services

    assert getattr(lens.services, name) is getattr(importlib.import_module(module), name)


def test_when_an_unknown_name_is_asked_for_then_attribute_error() -> None:
    import lens.services

    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        lens.services.Nope  # noqa: B018


def test_when_choices_moved_then_their_old_homes_still_hold_them() -> None:
    from core import choices, records
    from lens.services import questions, reports, tokens

    assert records.KINDS is choices.KINDS
    assert records.ROLES is choices.ROLES
    assert records.SECTORS is choices.SECTORS
    assert questions.SEARCH_MODES is choices.SEARCH_MODES
    assert questions.ANSWER_MODES is choices.ANSWER_MODES
    assert reports.VIEWS is choices.VIEWS
    assert tokens.DEFAULT_DAYS == choices.TOKEN_DAYS == 90
