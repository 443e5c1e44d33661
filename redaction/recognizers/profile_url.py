"""Profile links on social and messaging platforms (facebook.com/x, t.me/x, wa.me/447...).

Other URLs (news articles, NGO pages) are kept: they identify no one.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

PLATFORMS = (
    r"facebook\.com|fb\.com|fb\.me|m\.me|messenger\.com|instagram\.com|instagr\.am|t\.me"
    r"|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|tiktok\.com"
    r"|vm\.tiktok\.com|twitter\.com|x\.com|snapchat\.com|linkedin\.com|vk\.com|ok\.ru"
    r"|onlyfans\.com|youtube\.com|youtu\.be|threads\.net|reddit\.com|viber\.com"
    r"|line\.me|weibo\.com|discord\.gg|discord\.com|imo\.im|signal\.me"
)

PATTERNS = [
    Pattern(
        "platform URL with a path",
        r"(?<![\w.@/-])(?:https?://)?(?:(?:www|m|mobile|web|[a-z]{2}(?:-[a-z]{2})?)\.)?"
        rf"(?:{PLATFORMS})/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]",
        0.8,
    ),
]

CONTEXT = ["profile", "page", "account", "link", "channel", "group"]


class ProfileUrlRecognizer(ContextPatternRecognizer):
    """URL_PROFILE: links into a social or messaging platform (0.8)."""

    CONTEXT_BOOST = 0.15

    def __init__(self) -> None:
        super().__init__(
            supported_entity="URL_PROFILE",
            name="profile_url",
            patterns=PATTERNS,
            context=CONTEXT,
        )
