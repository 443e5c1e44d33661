"""Per-organisation deny lists: terms an organisation wants removed wherever they occur
(a code name, a safe-house nickname, a caseworker's name). Configured in
`redaction.deny_list` as {organisation: [terms]}, with "*" applying to every organisation.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import PatternRecognizer

PATTERNS: list = []  # terms come from settings
CONTEXT: list[str] = []


class DenyListRecognizer(PatternRecognizer):
    """DENY_LIST: exact terms, case-insensitive, at word boundaries (score 1.0)."""

    def __init__(self, terms: Iterable[str]) -> None:
        cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        if not cleaned:
            raise ValueError("a deny list needs at least one term")
        super().__init__(supported_entity="DENY_LIST", name="deny_list", deny_list=cleaned)


def terms_for(deny_list: dict[str, list[str]], org: str | None) -> list[str]:
    """The terms that apply to `org`: those under "*" plus those under its name."""
    terms = list(deny_list.get("*", []))
    if org is not None and org != "*":
        terms.extend(deny_list.get(org, []))
    return terms
