"""One typed settings tree for the whole product.

Built once by `load_settings()` at an entry point and passed down through constructors.
Sources, strongest first: explicit overrides (CLI options), `LENS_*` environment variables,
an optional TOML file, then the defaults here. Nested fields read from `LENS_<SECTION>_<FIELD>`
(for example `LENS_DATABASE_URL`, `LENS_LLM_MODEL_PATH`, `LENS_CHROMA_URL`).
Nothing here reads the environment at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

# The sections live by responsibility in two modules; callers import them from here.
from core.settings_pipeline import (
    ChromaSettings,
    DatabaseSettings,
    EmbeddingSettings,
    IngestSettings,
    RedactionSettings,
    RetrievalSettings,
)
from core.settings_services import (
    AnswerSettings,
    APISettings,
    HistorySettings,
    LinkSettings,
    LLMSettings,
    QueueSettings,
    TipsSettings,
    UISettings,
)


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


__all__ = [
    "APISettings",
    "AnswerSettings",
    "ChromaSettings",
    "DatabaseSettings",
    "EmbeddingSettings",
    "HistorySettings",
    "IngestSettings",
    "LLMSettings",
    "LinkSettings",
    "QueueSettings",
    "RedactionSettings",
    "RetrievalSettings",
    "Settings",
    "TipsSettings",
    "UISettings",
    "describe_settings",
    "load_settings",
]
