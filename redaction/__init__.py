"""Redaction: remove what identifies a person, keep what analysis needs.

    from redaction import build_redactor
    redactor = build_redactor(settings.redaction)   # loads spaCy once
    result = redactor.redact(text, org="acme")       # RedactionResult(text, entities)

Importing this package loads no model and does not import Presidio or spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redaction.base import RedactedEntity, RedactionResult, Redactor

if TYPE_CHECKING:
    from redaction.engine import PresidioRedactor
    from redaction.factory import build_redactor

__all__ = ["PresidioRedactor", "RedactedEntity", "RedactionResult", "Redactor", "build_redactor"]


def __getattr__(name: str) -> Any:
    # Lazy: `PresidioRedactor` and `build_redactor` pull in Presidio only when used.
    if name == "PresidioRedactor":
        from redaction.engine import PresidioRedactor

        return PresidioRedactor
    if name == "build_redactor":
        from redaction.factory import build_redactor

        return build_redactor
    raise AttributeError(f"module 'redaction' has no attribute {name!r}")
