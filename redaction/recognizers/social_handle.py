"""Social media handles: @name as written on Instagram, Telegram, TikTok, X, Snapchat."""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

PATTERNS = [
    # Not part of an e-mail address (no word character or dot before "@").
    Pattern(
        "@handle", r"(?<![\w@.+/-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])", 0.6
    ),
]

CONTEXT = (
    "handle|username|user|account|profile|instagram|insta|ig|telegram|tiktok|twitter|"
    "snapchat|snap|facebook|messaged|dm*"
).split("|")


class SocialHandleRecognizer(ContextPatternRecognizer):
    """SOCIAL_HANDLE: @handles (0.6; 0.9 with a platform or "handle" nearby)."""

    CONTEXT_BOOST = 0.3

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SOCIAL_HANDLE",
            name="social_handle",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )
