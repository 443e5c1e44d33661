"""The records of anonymous tips from the public (SQLModel), kept apart from the hub's
documents until a moderator accepts one.

Only redacted text is stored: a tip's fields are redacted in memory before the row is
written, and so is every message. The reporter is known by nothing but the SHA-256 of a
random receipt code (128 bits), so the hub cannot tell who sent a tip, or which tips came
from the same person. No address, no cookie value, no user agent is kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from core.records import utcnow

TIP_STATUSES = ("new", "accepted", "rejected")


class Tip(SQLModel, table=True):
    """One anonymous report, redacted, waiting for (or past) triage.

    `quarantined` tips were written in a language the redactor has no NER model for:
    pattern recognizers ran, names may remain, and the tip cannot be accepted until a
    moderator confirms or edits its redaction (`redaction_confirmed`).
    """

    __tablename__ = "tip"
    id: str = Field(primary_key=True, max_length=24)
    received_at: datetime = Field(default_factory=utcnow, index=True)  # to the minute
    receipt_hash: str = Field(max_length=64, unique=True, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))  # redacted `what`
    country: str = Field(default="", max_length=200)  # redacted free text
    town: str = Field(default="", max_length=200)  # redacted free text
    when: str = Field(default="", max_length=200)  # redacted free text
    kind: str | None = Field(default=None, max_length=64)  # a taxonomy type key
    follow_up: bool = False
    language: str = Field(default="und", max_length=8)
    quarantined: bool = False
    redaction_confirmed: bool = False
    removed: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON))
    facts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    urgency: float = 0.0
    urgency_reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    relevance: float = 0.0
    duplicates: list[str] = Field(default_factory=list, sa_column=Column(JSON))  # tip ids
    status: str = Field(default="new", max_length=16, index=True)
    reason: str | None = Field(default=None, max_length=500)  # why rejected (redacted)
    doc_id: str | None = Field(default=None, max_length=40)  # the document once accepted
    moderated_by: str | None = Field(default=None, max_length=200)
    moderated_at: datetime | None = None


class TipMessage(SQLModel, table=True):
    """A moderator's question to the reporter, or the reporter's reply (redacted)."""

    __tablename__ = "tip_message"
    id: int | None = Field(default=None, primary_key=True)
    tip_id: str = Field(foreign_key="tip.id", index=True, max_length=24)
    at: datetime = Field(default_factory=utcnow)
    sender: str = Field(max_length=16)  # "moderator" | "reporter"
    moderator: str | None = Field(default=None, max_length=200)  # never shown to the reporter
    text: str = Field(sa_column=Column(Text, nullable=False))


TIP_TABLES = (Tip.__table__, TipMessage.__table__)  # type: ignore[attr-defined]
