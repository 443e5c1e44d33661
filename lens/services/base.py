"""What every service shares: the composition root, filters as faces give them, and the
one way a refusal is audited."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Union

from core import audit
from core.errors import AccessDenied, LensError

if TYPE_CHECKING:
    from core.access import Principal
    from core.db import Database
    from core.settings import Settings
    from lens.app import Lens
    from retrieval.filters import SearchFilters

# Filters as the faces give them: `key=value` pairs (CLI), an object (API), or parsed already.
FilterInput = Union["SearchFilters", Mapping[str, Any], Sequence[str], None]
E = TypeVar("E", bound=LensError)


def aware(at: datetime | None) -> datetime | None:
    """A stored time with its zone: SQLite gives datetimes back naive, and they were UTC."""
    if at is None or at.tzinfo is not None:
        return at
    return at.replace(tzinfo=UTC)


def iso(at: datetime | None) -> str | None:
    """A stored time as every face shows it: ISO 8601 with its UTC offset."""
    at = aware(at)
    return at.isoformat() if at else None


class Service:
    """A group of hub actions over one composition root."""

    def __init__(self, root: Lens) -> None:
        self.root = root

    @property
    def db(self) -> Database:
        """The records database."""
        return self.root.db

    @property
    def settings(self) -> Settings:
        """The hub's settings."""
        return self.root.settings

    def refuse(
        self,
        principal: Principal,
        action: str,
        error: E,
        *,
        outcome: str = "not_found",
        doc_ids: list[str] | None = None,
        detail: dict[str, Any] | None = None,
    ) -> E:
        """Audit a refusal as `action` and hand back `error` for `raise`. `not_found` is for
        what does not exist *and* for what this user may not see (the error reads the same
        either way); `refused` for an action the state forbids."""
        audit.record(
            self.db,
            user=principal.user_name,
            action=action,
            outcome=outcome,
            doc_ids=doc_ids,
            detail=detail,
        )
        return error

    def require_visible(self, principal: Principal, doc_id: str, action: str) -> None:
        """Refuse a document that is missing or hidden, in the same words either way; the
        audit row says which (outcome `not_found` or `refused`)."""
        from core.access import is_visible
        from core.errors import NotFound
        from core.records import Document

        with self.db.session() as s:
            d = s.get(Document, doc_id)
            refusal = (
                "not_found"
                if d is None or d.status != "active"
                else "refused"
                if not is_visible(principal, d)
                else None
            )
        if refusal is not None:
            raise self.refuse(
                principal,
                action,
                NotFound(f"Document {doc_id} does not exist."),
                outcome=refusal,
                doc_ids=[doc_id],
            )

    def filters(self, given: FilterInput) -> SearchFilters:
        """Search filters from pairs or an object, checked (unknown keys, countries, years and
        organisations are usage errors)."""
        from sqlmodel import select

        from core.records import Organisation
        from retrieval.filters import SearchFilters, parse_filters

        if given is None:
            return SearchFilters()
        if isinstance(given, SearchFilters):
            return given
        with self.db.session() as s:
            org_ids = {o.name: int(o.id or 0) for o in s.exec(select(Organisation))}
        if isinstance(given, Mapping):
            return parse_filters({str(k): str(v) for k, v in given.items()}, org_ids=org_ids)
        if isinstance(given, str):
            raise LensError("Filters are key=value pairs.", exit_code=2)
        return parse_filters(list(given), org_ids=org_ids)

    def redacted(self, text: str) -> str:
        """Text a user typed, with personal data replaced (for the audit log)."""
        return self.root.redactor.redact(text).text

    @contextmanager
    def refusals(
        self, user: str | None, action: str, doc_ids: list[str] | None = None
    ) -> Iterator[None]:
        """Audit a refusal raised inside the block as `action` (once: one already audited
        lower down passes through untouched)."""
        try:
            yield
        except AccessDenied as exc:
            audit.refusal(self.db, exc, user=user, action=action, doc_ids=doc_ids)
            raise


def filter_pairs(given: FilterInput) -> list[str]:
    """Filters as `key=value` words, for the audit log's description of a request."""
    from retrieval.filters import SearchFilters

    if given is None:
        return []
    if isinstance(given, SearchFilters):
        return [
            f"{f.name}={getattr(given, f.name)}"
            for f in fields(given)
            if getattr(given, f.name) is not None
        ]
    if isinstance(given, Mapping):
        return [f"{k}={v}" for k, v in given.items()]
    return [str(p) for p in given]


def write_file(path: Path, content: str | bytes) -> None:
    """Write a report where the user asked (one sentence if it cannot be written)."""
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise LensError(f"Cannot write {path} ({exc.strerror or exc}).") from exc
