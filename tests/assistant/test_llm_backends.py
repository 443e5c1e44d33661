"""Both LLM backends with the real bundled model: in-process llama.cpp and a llama.cpp server."""

from __future__ import annotations

import pytest

from assistant.llm import LlamaCppLLM, OpenAICompatLLM, build_llm, bundled_gguf, llm_threads
from core.errors import LensError
from core.settings import LLMSettings
from tests.servers import llama_server

MESSAGES = [
    {"role": "system", "content": "You answer in one short sentence."},
    {"role": "user", "content": "What colour is the sky on a clear day?"},
]


@pytest.mark.slow
def test_when_default_model_then_bundled_gguf_streams_tokens() -> None:
    llm = build_llm(LLMSettings(max_tokens=24))
    assert isinstance(llm, LlamaCppLLM)
    pieces = list(llm.stream(MESSAGES))
    assert len(pieces) > 1
    assert "".join(pieces).strip()


@pytest.mark.integration
def test_when_llm_url_set_then_server_streams_tokens() -> None:
    with llama_server(bundled_gguf()) as url:
        llm = build_llm(LLMSettings(url=url, max_tokens=24, timeout=60))
        assert isinstance(llm, OpenAICompatLLM)
        pieces = list(llm.stream(MESSAGES))
        assert len(pieces) > 1
        assert "".join(pieces).strip()


def test_when_model_path_missing_then_clear_error(tmp_path) -> None:
    with pytest.raises(LensError, match="does not exist; set LENS_LLM_MODEL_PATH"):
        LlamaCppLLM(LLMSettings(model_path=str(tmp_path / "none.gguf")))


def test_when_server_unreachable_then_clear_error() -> None:
    from tests.conftest import free_port

    llm = OpenAICompatLLM(LLMSettings(url=f"http://127.0.0.1:{free_port()}", timeout=2))
    with pytest.raises(LensError, match="is not reachable"):
        list(llm.stream(MESSAGES))


@pytest.mark.parametrize(
    ("setting", "cpus", "expected"),
    [(None, 2, 1), (None, 1, 1), (None, None, 1), (None, 16, 8), (3, 2, 3)],
)
def test_when_threads_unset_then_half_the_cpus_and_at_least_one(
    monkeypatch, setting, cpus, expected
) -> None:
    """llama.cpp's threads spin against each other on busy cores: by default it takes half."""
    monkeypatch.setattr("assistant.llm.os.cpu_count", lambda: cpus)
    assert llm_threads(LLMSettings(threads=setting)) == expected
