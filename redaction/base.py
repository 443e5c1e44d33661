"""The redaction seam: text in, redacted text and what was removed (types and spans) out.

A document is redacted as a whole: its body, its title and its metadata values are parts of
one text, so a name found in any part is removed from every part and gets the same
placeholder everywhere (`redact_documents`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class RedactedEntity:
    """One removed span: its type, its offsets in the ORIGINAL text, and its placeholder.

    `rule` names what removed it (recognizer and pattern, or the document-level step) and
    `score` the recognizer's confidence: what `lens redact --explain` shows. Never the value.
    """

    type: str
    start: int
    end: int
    replacement: str
    rule: str = ""
    score: float = 0.0


@dataclass
class RedactionResult:
    """Redacted text plus the removed entities (never their values)."""

    text: str
    entities: list[RedactedEntity] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Removed entities by type, for the redaction report."""
        return dict(Counter(e.type for e in self.entities))


@dataclass
class DocumentInput:
    """One document to redact: its body, title and string metadata values.

    A document that was redacted before (`lens rescrub`) keeps its placeholders; new ones are
    numbered after the highest already in any of its parts.
    """

    body: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class DocumentResult:
    """A redacted document: every part redacted with one set of placeholders.

    `error` is one sentence (no content) when the document could not be redacted in time;
    the parts are then empty and nothing of it may be stored.
    """

    body: RedactionResult
    title: RedactionResult
    meta: dict[str, RedactionResult] = field(default_factory=dict)
    error: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        """Removed values by type over every part: one placeholder is one value, however often
        it occurs (a name in the title and the body was removed once, not twice)."""
        parts = (self.body, self.title, *self.meta.values())
        values = {(e.type, e.replacement) for r in parts for e in r.entities}
        return dict(Counter(kind for kind, _ in values))


class Redactor(Protocol):
    """Removes what identifies a person and keeps what analysis needs."""

    def redact(self, text: str, *, org: str | None = None) -> RedactionResult:
        """Redact one text; `org` selects that organisation's extra deny-list terms."""
        ...

    def redact_many(self, texts: list[str], *, org: str | None = None) -> list[RedactionResult]:
        """Redact a batch of independent texts (spaCy runs through nlp.pipe)."""
        ...


def redact_documents(
    redactor: Redactor, docs: list[DocumentInput], *, org: str | None = None
) -> list[DocumentResult]:
    """Redact whole documents with `redactor.redact_documents` where it exists; a simpler
    redactor (a test fake) gets each part redacted on its own."""
    method = getattr(redactor, "redact_documents", None)
    if method is not None:
        return method(docs, org=org)
    out = []
    for d in docs:
        keys = [k for k, v in d.meta.items() if v.strip()]
        results = redactor.redact_many([d.body, d.title, *(d.meta[k] for k in keys)], org=org)
        out.append(
            DocumentResult(results[0], results[1], dict(zip(keys, results[2:], strict=True)))
        )
    return out
