"""What a tip's text says, read without models: receipt codes, the language, urgency,
near-duplicates, and the cautious masks for text the redactor's NER cannot read.

Pure functions over strings (the tip service, lens.services.tips, applies them); every
pattern is here so a moderator's question "why is this urgent?" has one place to look.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

import regex

# 16 random bytes = 128 bits, written as 26 base32 letters in groups ("abcde-fghij-...").
RECEIPT_BYTES = 16


# Control characters ----------------------------------------------------------------------
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Text with control characters (terminal escapes, NUL) and bidirectional overrides
    removed, and line ends made "\\n": tip text reaches moderators' terminals and pages, and
    an escape sequence or a reversed run must not act there or disguise what it says."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Receipt codes -------------------------------------------------------------------------
def new_receipt() -> str:
    """A fresh receipt code: 128 random bits, lower-case base32 in dash-separated groups."""
    raw = base64.b32encode(secrets.token_bytes(RECEIPT_BYTES)).decode().rstrip("=").lower()
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


def receipt_hash(code: str) -> str:
    """The stored form of a receipt code. Any input is normalised and hashed the same way,
    well-formed or not, so a wrong code costs the same whatever its shape."""
    norm = re.sub(r"[\s\-_.]", "", str(code)[:200]).lower()
    return hashlib.sha256(("lens-tip-receipt:" + norm).encode("utf-8", "replace")).hexdigest()


# Language --------------------------------------------------------------------------------
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is was are for that with they there this have has at on from "
        "not but he she his her them we you it be were by an or who what when where a i my "
        "our your their him been had do does did into out up about without near over after "
        "before because very just only also than then can will would could should every "
        "some all no".split()
    ),
    "fr": frozenset(
        "le la les et des est une un du dans pour que qui ne pas sont sur avec il elle "
        "ils elles au aux ce cette nous vous mais ont été je de à son sa ses mon ma sans "
        "être chez très leur leurs où avons sommes".split()
    ),
    "es": frozenset(
        "el la los las y de que en un una es por con para no se su sus al lo como más "
        "pero fue están hay".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine mit den dem zu von sie es auf für sind im "
        "auch wird haben wurde".split()
    ),
    "pt": frozenset(
        "o a os as e de que em um uma é não para com por do da dos das no na se são "
        "mais foi estão".split()
    ),
    "it": frozenset(
        "il lo la gli le e di che in un una è non per con sono del della dei nel ma "
        "anche stato".split()
    ),
    "nl": frozenset(
        "de het een en van is dat niet op te in zijn met voor er die ze maar ook wordt".split()
    ),
    "pl": frozenset("i w nie na że się jest z do to jak ale są po o od przez dla".split()),
    "ro": frozenset("și în este nu un o la cu de pe că sunt din care pentru mai".split()),
}
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str:
    """A two-letter language code by a small offline heuristic: the script for non-Latin
    text, else the language whose common words are most frequent; "und" when unsure."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "und"
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(text)) > len(letters) * 0.3:
            return code
    words = [w.lower() for w in _WORDS.findall(text)]
    if not words:
        return "und"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or (len(words) >= 6 and scores[best] < 2):
        return "und"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == ranked[1] and best != "en":
        return "und"
    return best


# Urgency ---------------------------------------------------------------------------------
_DANGER = re.compile(
    r"\b(?:right now|tonight|today|at the moment|currently|still there|locked (?:in|up)|"
    r"can'?t leave|cannot leave|not allowed to leave|being held|held captive|beaten|beating|"
    r"hit (?:her|him|them)|threaten\w*|weapons?|guns?|knife|knives|screaming|injured|bleeding|"
    r"help (?:me|us|them)|emergency|urgent\w*|in danger|suicid\w*|kill\w*)\b",
    re.IGNORECASE,
)
_MINORS = re.compile(
    r"\b(?:child|children|kids?|minors?|under-?age|teen\w*|schoolgirls?|schoolboys?|"
    r"girls? of (?:1[0-7]|[2-9])|boys? of (?:1[0-7]|[2-9])|(?:1[0-7]|[2-9])[- ]years?[- ]old|"
    r"babies|baby)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|evening|week)|every (?:day|night)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[:.]\d{2}|"
    r"\d{1,2} ?(?:am|pm)|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b",
    re.IGNORECASE,
)


def urgency(text: str, *, place: bool, when: str) -> tuple[float, list[str]]:
    """A 0-1 urgency score and its reasons: danger now (0.5), minors (0.3), a location with
    a time (0.2)."""
    from ingest.enrich_labels import _has_minor

    score, reasons = 0.0, list[str]()
    if _DANGER.search(text):
        score, reasons = score + 0.5, [*reasons, "danger now"]
    if _MINORS.search(text) or _has_minor(text):
        score, reasons = score + 0.3, [*reasons, "minors"]
    if place and (when.strip() or _TIME.search(text)):
        score, reasons = score + 0.2, [*reasons, "location and time"]
    return round(min(score, 1.0), 2), reasons


# Near-duplicates --------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"<[A-Z_]+(?:_\d+)?\??>")


def shingles(text: str) -> frozenset[str]:
    """Word trigrams of a redacted text (placeholders dropped), for near-duplicate checks."""
    words = [w.lower() for w in _WORDS.findall(_PLACEHOLDER.sub(" ", text))]
    if len(words) < 3:
        return frozenset(words)
    return frozenset(" ".join(words[i : i + 3]) for i in range(len(words) - 2))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


# Names in text the NER cannot read -------------------------------------------------------
_CAPITALISED = regex.compile(r"(?<![\w<])\p{Lu}[\p{Ll}\p{M}'’-]+")


def mask_capitalised(text: str) -> tuple[str, int]:
    """Capitalised words that start no sentence and name no known place, replaced with
    `<NAME?>`: a cautious stand-in for the NER a language has no model for."""
    from core.gazetteer import find_places

    places = find_places(text)
    known = [(p.start, p.end) for p in places]
    out: list[str] = []
    last = 0
    n = 0
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        if not before or before[-1] in '.!?:\n«"“':
            continue  # a sentence's first word
        if any(s <= m.start() < e for s, e in known):
            continue
        out += [text[last : m.start()], "<NAME?>"]
        last = m.end()
        n += 1
    out.append(text[last:])
    return "".join(out), n


_NUMBER_RUN = re.compile(r"(?<![\w<])\+?\(?\d[\d \-./()]{5,}\d(?![\w>])")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def mask_number_runs(text: str) -> tuple[str, int]:
    """Runs of seven or more digits (spaces, dashes, dots and brackets between them) that
    are not dates, replaced with `<PHONE_NUMBER?>`: phone numbers in national formats the
    phone recognizer has no region for ("612 345 678"). Tips come from anyone, anywhere."""
    n = 0

    def mask(m: re.Match[str]) -> str:
        nonlocal n
        run = m.group()
        if sum(ch.isdigit() for ch in run) < 7 or _DATE.fullmatch(run.strip()):
            return run
        n += 1
        return "<PHONE_NUMBER?>"

    return _NUMBER_RUN.sub(mask, text), n


_CASELESS = regex.compile(r"[\p{Lo}\p{M}]+")


def mask_caseless(text: str) -> tuple[str, int]:
    """Words in scripts without capital letters (Arabic, Chinese, Thai, Devanagari, ...)
    replaced with `<WORD?>`: with no model for the language and no capitals to go by, any of
    them could be a name, so none is stored."""
    n = 0

    def mask(m: regex.Match[str]) -> str:
        nonlocal n
        if not any(ch.isalpha() for ch in m.group()):
            return m.group()
        n += 1
        return "<WORD?>"

    return _CASELESS.sub(mask, text), n
