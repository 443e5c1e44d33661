"""The records Lens keeps (SQLModel): who, what was shared, what was asked.

Only redacted text is ever stored: `Chunk.text` is the redacted passage, and a document keeps
counts of what was removed by type, never the values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.choices import KINDS, ROLES, SECTORS  # noqa: F401  (re-exported from core.choices)

# 2: document.policy_version (issue 14). Steps that add columns live in core.db.MIGRATIONS.
SCHEMA_VERSION = 2


def utcnow() -> datetime:
    """Timezone-aware now (UTC)."""
    return datetime.now(UTC)


class Meta(SQLModel, table=True):
    """Key/value facts about the database itself, such as the schema version."""

    __tablename__ = "lens_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=256)


class Organisation(SQLModel, table=True):
    """A partner organisation; documents belong to one."""

    __tablename__ = "organisation"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=200)
    sector: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    """A vetted person acting within one organisation at one clearance level."""

    __tablename__ = "lens_user"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=200)
    org_id: int = Field(foreign_key="organisation.id", index=True)
    role: str = Field(max_length=32)
    clearance: int = Field(ge=0, le=3)
    password_hash: str | None = Field(default=None, max_length=256)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class Document(SQLModel, table=True):
    """One shared report. `id` is stable per (organisation, source_ref)."""

    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("org_id", "source_ref", name="uq_document_source"),)
    id: str = Field(primary_key=True, max_length=40)
    org_id: int = Field(foreign_key="organisation.id", index=True)
    uploader_id: int | None = Field(default=None, foreign_key="lens_user.id")
    title: str = Field(max_length=300)
    kind: str = Field(max_length=32, index=True)
    level: int = Field(ge=0, le=3, index=True)
    org_only: bool = False
    source_ref: str = Field(max_length=1000)
    content_hash: str = Field(max_length=64)
    language: str = Field(default="en", max_length=8)
    doc_date: datetime | None = None
    year: int = Field(default=0, index=True)  # the report's year (date, else latest mentioned)
    ingested_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default="active", max_length=16, index=True)
    n_chunks: int = 0
    redactions: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON))
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    # The redaction policy that scrubbed the stored text ("" before schema 2: an older one).
    policy_version: str = Field(default="", max_length=64, index=True)


class Chunk(SQLModel, table=True):
    """A redacted passage of a document with its character span in the redacted text."""

    __tablename__ = "chunk"
    __table_args__ = (Index("ix_chunk_doc_ordinal", "doc_id", "ordinal", unique=True),)
    id: str = Field(primary_key=True, max_length=64)
    doc_id: str = Field(foreign_key="document.id", index=True, max_length=40)
    ordinal: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int


class Fact(SQLModel, table=True):
    """A fact extracted from a document at ingest (country, type, sector, means, year, route)."""

    __tablename__ = "fact"
    __table_args__ = (Index("ix_fact_kind_value", "kind", "value"),)
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(foreign_key="document.id", index=True, max_length=40)
    kind: str = Field(max_length=32)
    value: str = Field(max_length=128)


class AuditEvent(SQLModel, table=True):
    """Who did what, when, with which documents. Never holds document content."""

    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_name: str | None = Field(default=None, max_length=200, index=True)
    action: str = Field(max_length=64, index=True)
    query: str | None = Field(default=None, sa_column=Column(Text))
    doc_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    outcome: str = Field(default="ok", max_length=32)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class Feed(SQLModel, table=True):
    """An RSS or Atom feed an organisation monitors; relevant new items become `news` documents.

    Items are shared as the user who added the feed (`added_by`), at `level`/`org_only`.
    `etag`/`last_modified` drive conditional GETs; `error_count` and `next_poll_at` the
    back-off after failures. `last_error` is one sentence about the fetch, never content.
    """

    __tablename__ = "feed"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=1000, unique=True, index=True)
    org_id: int = Field(foreign_key="organisation.id", index=True)
    level: int = Field(ge=0, le=3)
    org_only: bool = False
    added_by: int = Field(foreign_key="lens_user.id")
    etag: str | None = Field(default=None, max_length=300)
    last_modified: str | None = Field(default=None, max_length=100)
    last_polled: datetime | None = None
    error_count: int = 0
    next_poll_at: datetime | None = Field(default=None, index=True)
    last_error: str | None = Field(default=None, max_length=300)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class FeedItem(SQLModel, table=True):
    """One feed entry Lens has seen, relevant or not, so it is never fetched or stored twice.

    Deduplication is per organisation (`org_id`), by item URL and by the hash of its text, so
    the same story in two feeds, or under two URLs, is stored once. `doc_id` is the stored
    document, if any (no foreign key: withdrawing the document keeps the item seen).
    """

    __tablename__ = "feed_item"
    __table_args__ = (
        Index("ix_feed_item_org_url", "org_id", "url"),
        Index("ix_feed_item_org_hash", "org_id", "content_hash"),
    )
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", index=True)
    org_id: int = Field(foreign_key="organisation.id")
    url: str = Field(max_length=1000)
    content_hash: str = Field(max_length=64)
    seen_at: datetime = Field(default_factory=utcnow)
    relevant: bool = False
    score: float = 0.0
    doc_id: str | None = Field(default=None, max_length=40)


class ChatThread(SQLModel, table=True):
    """One user's chat conversation, as the chat's sidebar lists it.

    Only its owner can list, read, resume or delete it. `name` is the redacted first question;
    `settings` holds the chat profile and upload settings only. Deleted, whole, by the
    retention rule (`history.retention_days` after `created_at`) or by its owner.
    """

    __tablename__ = "chat_thread"
    id: str = Field(primary_key=True, max_length=64)  # Chainlit's thread id (a UUID)
    user_id: int = Field(foreign_key="lens_user.id", index=True)
    name: str = Field(default="", max_length=200)
    settings: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class ChatStep(SQLModel, table=True):
    """One message of a conversation: a redacted question, an answer with its citations, or a
    note (what an upload did, in counts; never file names or content).

    `citations` keep ids and the quoted passage (`n`, `doc_id`, `chunk_id`, `quote`) and are
    re-checked against the owner's current access whenever the conversation is shown again.
    `step_id` is the chat's own message id (feedback names it); `audit_id` links an answer to
    its audit event.
    """

    __tablename__ = "chat_step"
    __table_args__ = (Index("ix_chat_step_thread_at", "thread_id", "created_at"),)
    id: int | None = Field(default=None, primary_key=True)
    thread_id: str = Field(foreign_key="chat_thread.id", max_length=64)
    step_id: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=16)  # question | answer | note
    text: str = Field(sa_column=Column(Text, nullable=False))
    mode: str = Field(default="", max_length=32)
    citations: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    audit_id: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ApiToken(SQLModel, table=True):
    """A user's bearer token for the HTTP API (`lens tokens`). Only a SHA-256 hash of its
    secret is kept; the token acts with its user's current clearance and organisation, and
    stops working when it expires, is revoked, or its user is disabled."""

    __tablename__ = "api_token"
    id: str = Field(primary_key=True, max_length=32)  # public: shown by `lens tokens list`
    user_id: int = Field(foreign_key="lens_user.id", index=True)
    name: str = Field(default="", max_length=100)
    secret_hash: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    revoked_at: datetime | None = None
