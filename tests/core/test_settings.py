"""Settings: sources, nesting, descriptions, and the README table that must not rot."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import LensError
from core.settings import Settings, describe_settings, load_settings
from core.settings_doc import readme_block

REPO = Path(__file__).resolve().parents[2]


def test_when_env_names_nested_field_then_it_is_read(home, monkeypatch) -> None:
    monkeypatch.setenv("LENS_DATABASE_URL", "postgresql://lens@db/lens")
    monkeypatch.setenv("LENS_LLM_MODEL_PATH", "/models/x.gguf")
    monkeypatch.setenv("LENS_CHROMA_URL", "http://chroma:8000")
    s = load_settings()
    assert s.database.url == "postgresql://lens@db/lens"
    assert s.llm.model_path == "/models/x.gguf"
    assert s.chroma.url == "http://chroma:8000"
    assert s.home == home


def test_when_toml_given_then_read_below_env(home, tmp_path, monkeypatch) -> None:
    cfg = tmp_path / "lens.toml"
    cfg.write_text('[llm]\nmax_tokens = 99\nthreads = 3\n[answer]\nmode = "extractive"\n')
    monkeypatch.setenv("LENS_LLM_THREADS", "4")
    s = load_settings(cfg)
    assert (s.llm.max_tokens, s.llm.threads, s.answer.mode) == (99, 4, "extractive")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[llm]\nmax_tokens = "many"\n', "Invalid configuration"),
        ("[llm\n", "Invalid configuration"),
    ],
)
def test_when_toml_invalid_then_one_sentence(home, tmp_path, content, message) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    with pytest.raises(LensError, match=message):
        load_settings(cfg)


def test_when_config_file_missing_then_clear_error(home, tmp_path) -> None:
    with pytest.raises(LensError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")


def test_when_settings_described_then_every_field_has_a_description() -> None:
    rows = describe_settings()
    assert len(rows) > 40
    assert all(description for _, _, description in rows)
    assert "LENS_DATABASE_URL" in {env for env, _, _ in rows}


def test_when_readme_read_then_configuration_table_is_current() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_block() in readme, "run `lens config` and paste the table into README.md"


def test_when_module_imported_then_environment_not_read(monkeypatch) -> None:
    import importlib

    import core.settings

    monkeypatch.setenv("LENS_HOME", "/should/not/matter")
    importlib.reload(core.settings)
    assert core.settings.Settings.model_fields["home"].default == Path(".lens")
    assert isinstance(Settings, type)


def test_when_max_file_mb_is_set_then_max_file_bytes_is_it_in_bytes(home, monkeypatch) -> None:
    assert load_settings().ingest.max_file_bytes == 20 * 1024 * 1024
    monkeypatch.setenv("LENS_INGEST_MAX_FILE_MB", "1.5")
    assert load_settings().ingest.max_file_bytes == 1_572_864
