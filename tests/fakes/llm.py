"""A scripted LLM: replies with the next scripted answer, streamed word by word."""

from __future__ import annotations

from collections.abc import Iterator


class ScriptedLLM:
    """Returns scripted replies in order and records the prompts it saw."""

    name = "scripted"

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.prompts: list[list[dict[str, str]]] = []

    def stream(
        self, messages: list[dict[str, str]], *, max_tokens: int | None = None
    ) -> Iterator[str]:
        self.prompts.append(messages)
        reply = self.replies.pop(0) if self.replies else "Not in the sources."
        for word in reply.split(" "):
            yield word + " "

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> str:
        return "".join(self.stream(messages, max_tokens=max_tokens)).strip()
