"""E-mail addresses: Presidio's recognizer, with a domain check that never goes online.

Presidio validates the domain with the module-level `tldextract.extract`, whose extractor
fetches the public suffix list on first use unless an environment variable was set before
tldextract was imported. This subclass uses its own extractor with no URLs and no disk
cache, so it reads only the suffix snapshot bundled with tldextract.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from presidio_analyzer.predefined_recognizers import EmailRecognizer

PATTERNS = EmailRecognizer.PATTERNS
CONTEXT = ["email", "e-mail", "mail", "contact"]


@cache
def _extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    """EMAIL_ADDRESS; score 1.0 when the domain has a known public suffix."""

    def __init__(self) -> None:
        super().__init__(patterns=PATTERNS, context=CONTEXT, name="email")

    def validate_result(self, pattern_text: str) -> bool:
        """True when the part after "@" ends in a public suffix (bundled snapshot)."""
        domain = pattern_text.rsplit("@", 1)[-1]
        return _extractor()(domain).suffix != ""
