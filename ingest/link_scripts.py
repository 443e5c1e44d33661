"""A Latin reading of a name written in a script the link keys do not read themselves
(Georgian, Armenian, Han, kana, Hangul, Devanagari, Bengali, Thai, Arabic, Hebrew, Ge'ez...),
so that "გიორგი ბერიძე" meets "Giorgi Beridze" and "劉志軍" meets "Liu Zhijun".

The reading is ICU's `Any-Latin` transform, called in-process through the system's ICU
library (libicui18n, which Debian's `libicu` package installs and Python's own builds link),
so no Python package is needed. Where the library cannot be loaded, `latin_reading` returns
None and such names keep only the keys of their own script (as before).

Cyrillic and Greek are read by `ingest.link_names` and `ingest.link_spellings` (readings as
passports write them) and are not passed here. Two corrections to ICU's scholarly readings,
for names as reports write them: an Indic word that ends in a consonant letter loses the
vowel ICU writes after it ("यादव" -> "yadav", not "yadava": Hindi and Bengali do not speak
it), the Indic "ṅ" is read "ng" ("तामाङ" -> "tamang") and "ṣ"/"ś" "sh" ("बिष्णु" ->
"bishnu"); a Korean family name is written as passports write it ("김" -> "kim", "박" ->
"park"; ICU reads "gim", "bag").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import glob
import threading
import unicodedata

import regex

# Letters of scripts read here: anything that is a letter and neither Latin, Cyrillic nor Greek.
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}]")
_INDIC = regex.compile(r"[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_U_ZERO_ERROR = 0
_LOCK = threading.Lock()  # an ICU transliterator is not safe to share between threads


def needs_reading(text: str) -> bool:
    """Whether `text` holds letters of a script only ICU reads here."""
    return _OTHER_SCRIPT.search(text) is not None


def latin_reading(text: str) -> str | None:
    """`text` read in Latin letters (words kept apart as written), or None when it has no
    letter of another script or ICU is not available."""
    if not needs_reading(text):
        return None
    icu = _icu()
    if icu is None:
        return None
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        reading = icu(word)
        if reading is None:
            return None
        if _INDIC.search(word):
            reading = _indic(word, reading)
        out.append(reading)
    return " ".join(out) if out else None


# A Thai letter written silent (thanthakhat) with its vowel mark: "ศักดิ์" is said "sak".
_SILENT = regex.compile(r"\p{Thai}[\u0E34-\u0E3A\u0E47-\u0E4B]*\u0E4C")
_SYLLABIC = regex.compile(r"[\p{Han}\p{Hangul}]")
_FOLD_LATIN = regex.compile(r"[^\p{Latin} ]+|ǝ")
# Korean family names as passports write them (ICU reads 박 "bag", 김 "gim", 이 "i").
_KOREAN_FAMILY = dict(
    zip(
        "김이박최정강조윤장임한오서신권황안송류홍",
        "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song ryu "
        "hong".split(),
        strict=True,
    )
)


def name_reading(text: str) -> str | None:
    """A name in another script read as a Latin name, words title-cased ("周建国" -> "Zhou
    Jianguo", "한 지우" -> "Han Jiu", "გიორგი ბერიძე" -> "Giorgi Beridze"), or None.

    Han and Hangul are read a syllable at a time and the syllables of one word joined, as
    pinyin and Korean names are written; a name written as one word of two to four
    syllables is read family name first, apart ("周建国" -> "Zhou Jianguo")."""
    if not needs_reading(text):
        return None
    words = [m.group() for m in _WORD.finditer(text)]
    out: list[str] = []
    for word in words:
        if _SYLLABIC.search(word):
            parts = [latin_reading(ch) or ch for ch in word]
            if len(words) <= 2 and word == words[0] and word[0] in _KOREAN_FAMILY:
                parts[0] = _KOREAN_FAMILY[word[0]]
            if len(words) == 1 and 2 <= len(parts) <= 4:
                out += [parts[0], "".join(parts[1:])]
            else:
                out.append("".join(parts))
        else:  # one word as written is one word read ("สมศักดิ์" is read "sm sakdi")
            out.append((latin_reading(_SILENT.sub("", word)) or word).replace(" ", ""))
    plain = [_FOLD_LATIN.sub("", _plain(w)) for w in out]
    if any(needs_reading(w) or not w for w in plain):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in plain)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _indic(word: str, reading: str) -> str:
    """ICU's reading of one Indic word as a name is written in Latin letters."""
    for letter, latin in (("ṅ", "ng"), ("Ṅ", "Ng"), ("ṣ", "sh"), ("Ṣ", "Sh"), ("ś", "sh")):
        reading = reading.replace(letter, latin)
    last = unicodedata.category(word[-1])
    if last == "Lo" and reading.endswith("a") and len(reading) > 2:  # no vowel sign after it
        reading = reading[:-1]
    return reading


@functools.lru_cache(maxsize=1)
def _icu():  # type: ignore[no-untyped-def]
    """A function text -> its Any-Latin reading, or None when libicui18n cannot be loaded."""
    lib, suffix = _library()
    if lib is None:
        return None
    try:
        open_u = getattr(lib, f"utrans_openU{suffix}")
        trans = getattr(lib, f"utrans_transUChars{suffix}")
    except AttributeError:
        return None
    open_u.restype = ctypes.c_void_p
    open_u.argtypes = [
        ctypes.c_char_p,
        ctypes.c_int32,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
    ]
    trans.restype = None
    trans.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int32),
        ctypes.c_int32,
        ctypes.c_int32,
        ctypes.POINTER(ctypes.c_int32),
        ctypes.POINTER(ctypes.c_int),
    ]
    ident = "Any-Latin".encode("utf-16-le")
    status = ctypes.c_int(_U_ZERO_ERROR)
    handle = open_u(ident, len(ident) // 2, 0, None, -1, None, ctypes.byref(status))
    if status.value > _U_ZERO_ERROR or not handle:
        return None

    def read(text: str) -> str | None:
        units = text.encode("utf-16-le")
        capacity = max(64, 8 * len(units))
        buf = ctypes.create_string_buffer(units, capacity * 2)
        length = ctypes.c_int32(len(units) // 2)
        limit = ctypes.c_int32(len(units) // 2)
        status = ctypes.c_int(_U_ZERO_ERROR)
        with _LOCK:
            trans(
                handle,
                buf,
                ctypes.byref(length),
                capacity,
                0,
                ctypes.byref(limit),
                ctypes.byref(status),
            )
        if status.value > _U_ZERO_ERROR:
            return None
        return buf.raw[: length.value * 2].decode("utf-16-le", errors="replace")

    return read


def _library() -> tuple[ctypes.CDLL | None, str]:
    """The ICU i18n library and its symbols' version suffix ("_72"), or (None, "")."""
    names = [ctypes.util.find_library("icui18n") or ""]
    names += sorted(glob.glob("/usr/lib/*/libicui18n.so.*"), reverse=True)
    names += sorted(glob.glob("/usr/lib/libicui18n.so.*"), reverse=True)
    for name in filter(None, names):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        for suffix in ["", *(f"_{v}" for v in range(90, 49, -1))]:
            if hasattr(lib, f"utrans_openU{suffix}"):
                return lib, suffix
    return None, ""
