"""Social media handles: @name as written on Instagram, Telegram, TikTok, X, Snapchat.

Letters of any script count ("@joão_silva"). Also a handle written without its "@" where a
platform or "username" names it ("the Instagram user flaco.vip.lv", "KakaoTalk ID sjkim0415",
"on VK as irina.sok", "username was babydoll_xo", "IG: sweetlife"), a Cash App cashtag
("$marisolcl77") and a display name in quotes after a platform or profile cue ('his profile
was "Bri_Adventures"'). A bare handle must look like one (letters with a digit, an underscore
or an inner dot) unless a colon sets it off, so "the Instagram user posted" or "on Facebook
as well" is no handle.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_PLATFORMS = (
    r"instagram|insta|ig|snapchat|tiktok|telegram|twitter|wechat|weixin|kakaotalk|kakao|kik"
    r"|vk|vkontakte|facebook|fb|messenger|venmo|cash[ \t]?app|whatsapp|onlyfans|skype|discord"
    r"|threads|tinder|grindr|bumble|badoo|hinge|reddit|twitch|youtube|viber|imo"
)
_KIND = r"user[ \t]?name|user|handle|account|profile|page|id|name|channel|group|screen[ \t]?name"
# What stands before a bare handle: "Instagram user", "KakaoTalk ID:", "on Kik,", "username
# was", "on VK as", "Facebook group as".
_CUE = (
    rf"(?i:\b(?:(?:{_PLATFORMS})(?:[ \t]+(?:{_KIND}))?s?(?:[ \t]+(?:named|called|was|is))?"
    rf"|(?:user[ \t]?name|handle|screen[ \t]?name|alias|gamertag)s?(?:[ \t]+(?:was|is))?"
    rf"|(?:{_PLATFORMS})\b[^.\n]{{0,40}}?\b(?:as|under))(?:[ \t]*[:,][ \t]*|[ \t]+))"
)
# Letters with a digit, an underscore or an inner dot; not a time ("10am"), not an e-mail.
_BARE = (
    r"(?=[\w.-]*[A-Za-z][\w.-]*[A-Za-z])(?=[\w-]*(?:[_\d]|\.[A-Za-z0-9]))"
    r"(?![0-9]{1,2}(?:am|pm)\b)"
    r"[\p{L}\p{N}][\p{L}\p{N}_.-]{2,30}[\p{L}\p{N}_](?![\w@-])(?!\.[\p{L}\p{N}])"
)
_QUOTED = r"[\"“](?P<value>[^\"”\n]{2,40}?)[\"”]"

PATTERNS = [
    # Not part of an e-mail address (no word character or dot before "@"); Venmo's take
    # hyphens inside ("@Dayana-Castillo-7").
    Pattern(
        "@handle",
        r"(?<![\w@.+/-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,30}[\p{L}\p{N}_])?(?![\w@])",
        0.6,
    ),
    Pattern("handle after a platform or username", _CUE + r"[\"“']?(?P<value>" + _BARE + ")", 0.7),
    Pattern(
        "quoted name after a platform or profile",
        r"(?i:\b(?:(?:" + _PLATFORMS + r")\b[^.\n]{0,40}?\b(?:as|was|named|called)"
        r"|(?:profile|user[ \t]?name|handle|screen[ \t]?name)(?:[ \t]+(?:was|is|named|called))?"
        r")[ \t]*:?[ \t]*)" + _QUOTED,
        0.6,
    ),
    # After "Instagram:", "IG:", "snap:", "username:": a lower-case word is a handle too (not
    # after a messenger's name, which labels chat lines: "telegram: boss says").
    Pattern(
        "lower-case handle after a colon",
        r"(?i:\b(?:instagram|insta|ig|snapchat|snap|tiktok|kik|twitter|onlyfans|user[ \t]?name"
        r"|handle)[ \t]*:[ \t]*)"
        r"(?P<value>[\p{Ll}\p{N}_.]{3,30}[\p{Ll}\p{N}_])(?![\w@-])(?!\.[\p{L}\p{N}])",
        0.6,
    ),
    # A cashtag: "$" and a name beginning with a letter ("$4,000" is money); a cue needed.
    Pattern("cashtag", r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,19}(?![\w-])", 0.15),
]

CONTEXT = (
    "handle|username|user|account|profile|instagram|insta|ig|telegram|tiktok|twitter|"
    "snapchat|snap|facebook|messaged|dm*|cash app|cashapp|cashtag|venmo"
).split("|")


class SocialHandleRecognizer(ContextPatternRecognizer):
    """SOCIAL_HANDLE: @handles (0.6; 0.9 with a platform or "handle" nearby), bare handles a
    platform names (0.7), quoted profile names (0.6) and cashtags after a cue (0.45)."""

    CONTEXT_BOOST = 0.3

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SOCIAL_HANDLE",
            name="social_handle",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )
