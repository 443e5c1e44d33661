"""The records Lens keeps (SQLModel): who, what was shared, what was asked.

Only redacted text is ever stored: `Chunk.text` is the redacted passage, and a document keeps
counts of what was removed by type, never the values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1

SECTORS = ("ngo", "finance", "law_enforcement", "business", "research", "government")
ROLES = ("analyst", "supply_chain", "staff", "admin")
KINDS = (
    "survivor_story",
    "incident_report",
    "case_file",
    "financial_flag",
    "supplier_audit",
    "news",
    "research",
    "other",
)


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
