"""Mentions: which placeholder of which document stands for a value with which link key.

A row is `(doc_id, placeholder, type, key)`: `<PHONE_NUMBER_1>` of one report, the link type
(`phone`), and the keyed hash of the number's normal form (`ingest.linkkeys`). The value
itself is never stored. Two documents are linked when they hold a mention with the same key;
the index on `key` makes that one lookup per key.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from core.db import Database
from core.records import utcnow


class Mention(SQLModel, table=True):
    """One placeholder of one document and the link key of the value behind it."""

    __tablename__ = "mention"
    __table_args__ = (
        Index("ix_mention_key_doc", "key", "doc_id"),
        Index("ix_mention_doc_placeholder", "doc_id", "placeholder"),
    )
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(foreign_key="document.id", max_length=40)
    placeholder: str = Field(max_length=64)
    type: str = Field(max_length=16)
    key: str = Field(max_length=64)


class ContactRequest(SQLModel, table=True):
    """A hit/no-hit contact request: a user whose report matches a report of another
    organisation that they may not see asks that organisation to get in touch.

    The holding organisation's admins see who asked and which of their own reports matched;
    the asker never learns which report it was, nor its level. `key` is the shared link key
    (already in `mention`), never the value."""

    __tablename__ = "contact_request"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    from_user: str = Field(max_length=200)
    from_org_id: int = Field(foreign_key="organisation.id")
    to_org_id: int = Field(foreign_key="organisation.id", index=True)
    type: str = Field(max_length=16)
    key: str = Field(max_length=64)
    status: str = Field(default="new", max_length=16)


class KnownPending(SQLModel, table=True):
    """A stored report whose removed names the known-names pass has yet to look for in the
    reports stored before it (`ingest.known_pass`): written before its batch is stored,
    deleted once that pass has run, so a crash between the two is resumed later. An id only:
    the names themselves are never stored."""

    __tablename__ = "known_pending"
    doc_id: str = Field(primary_key=True, max_length=40)
    at: datetime = Field(default_factory=utcnow)


_READY: set[int] = set()


def ensure_table(db: Database) -> None:
    """Create the table in a data dir made before it existed (once per engine)."""
    if id(db.engine) in _READY:
        return
    Mention.__table__.create(db.engine, checkfirst=True)  # type: ignore[attr-defined]
    ContactRequest.__table__.create(db.engine, checkfirst=True)  # type: ignore[attr-defined]
    KnownPending.__table__.create(db.engine, checkfirst=True)  # type: ignore[attr-defined]
    _READY.add(id(db.engine))
