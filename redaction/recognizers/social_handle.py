"""Social media handles: @name as written on Instagram, Telegram, TikTok, X, Snapchat, and a
handle written without "@" where a platform or "handle" names it ("IG: lola.nails.ldn",
"on telegram as boss_kamal", "workabroad_uk on tiktok")."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_PLATFORMS = (
    r"ig|insta|instagram|telegram|tg|tiktok|tik[ \t]tok|snap|snapchat|twitter|facebook|fb"
    r"|threads|kik|wechat|line[ \t]id"
)
_BARE = r"(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@]|\.\w|/)"
# A handle without "@" holds a letter and a dot, an underscore or a digit: a plain word after
# "instagram" ("on instagram yesterday") is prose, "kiki.b99" and "boss_kamal" are not, and
# a number or a time ("TikTok 2023", "3am") or a web address ("FB page www.x.com") is none.
_HANDLE_SHAPE = regex.compile(r"(?=.*\p{L})(?=.*[._])|(?=(?:.*\p{L}){3})(?=.*\d)")
_WEB = regex.compile(r"^www\.|\.(?:com|org|net|gov|edu|info|io|co|uk|me|ly)$", regex.IGNORECASE)

PATTERNS = [
    # Not part of an e-mail address (no word character or dot before "@").
    Pattern(
        "@handle", r"(?<![\w@.+/-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])", 0.6
    ),
    # "IG: lola.nails.ldn", "my snap: kiki.b99", "on telegram as boss_kamal", "Instagram
    # handle was glamjobs.dubai", "Facebook username, ana.maria.1998".
    Pattern(
        "handle after its platform",
        rf"(?<=(?<![\w.])(?i:{_PLATFORMS}|handle|username|user[ \t]name)"
        r"(?:[ \t]+(?i:handle|username|user[ \t]name|account|page|id|name))?"
        r"(?:[ \t]*[:=,-][ \t]*|[ \t]+(?i:is|was|as|=)[ \t]+|[ \t]+(?i:its|it's)[ \t]+|[ \t]+))"
        + _BARE,
        0.6,
    ),
    # "dm the page workabroad_uk on tiktok", "sweet_amara99 on insta".
    Pattern(
        "handle before its platform",
        r"(?<![\w@.+/-])" + _BARE + rf"(?=[ \t]+(?i:on|via)[ \t]+(?i:{_PLATFORMS})(?![\w]))",
        0.6,
    ),
]

CONTEXT = (
    "handle|username|user|account|profile|instagram|insta|ig|telegram|tiktok|twitter|"
    "snapchat|snap|facebook|messaged|dm*"
).split("|")


class SocialHandleRecognizer(ContextPatternRecognizer):
    """SOCIAL_HANDLE: @handles (0.6; 0.9 with a platform or "handle" nearby) and handles
    without "@" that a platform word names (0.6)."""

    CONTEXT_BOOST = 0.3

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SOCIAL_HANDLE",
            name="social_handle",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def score_match(self, pattern: Pattern, value: str) -> tuple[float, bool] | None:
        """A handle without "@" must look like one (see `_HANDLE_SHAPE`)."""
        if not value.startswith("@") and (not _HANDLE_SHAPE.match(value) or _WEB.search(value)):
            return None
        return super().score_match(pattern, value)
