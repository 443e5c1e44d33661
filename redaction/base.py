"""The redaction seam: text in, redacted text and what was removed (types and spans) out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class RedactedEntity:
    """One removed span: its type, its offsets in the ORIGINAL text, and its placeholder."""

    type: str
    start: int
    end: int
    replacement: str


@dataclass
class RedactionResult:
    """Redacted text plus the removed entities (never their values)."""

    text: str
    entities: list[RedactedEntity] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Removed entities by type, for the redaction report."""
        return dict(Counter(e.type for e in self.entities))


class Redactor(Protocol):
    """Removes what identifies a person and keeps what analysis needs."""

    def redact(self, text: str, *, org: str | None = None) -> RedactionResult:
        """Redact one text; `org` selects that organisation's extra deny-list terms."""
        ...

    def redact_many(self, texts: list[str], *, org: str | None = None) -> list[RedactionResult]:
        """Redact a batch (spaCy runs through nlp.pipe)."""
        ...
