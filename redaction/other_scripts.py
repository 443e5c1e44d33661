"""Names written in their own script inside a Latin-script text, and Korean hyphened names.

spaCy's English model reads no Arabic, Han, Hangul, Devanagari or Ge'ez, so a name written in
its own script inside an English (or French, Spanish...) report is left whole: "Bail list,
Court 2: عمر حداد, remanded", "gave his name as 한지우.", "[14/03 22:14] सुनीता यादव: the van
leaves". Two rules, read on the text as written:

- **a run of another script** (read in pieces of up to five words, so a quoted sentence
  goes too; a run of Han or kana without spaces only up to five characters) in a text
  written mostly in Latin letters is removed as a person, unless pycountry's translations
  know it as a country or a region in some language ("日本", "대한민국", "서울",
  "東京", "مصر"), or it glosses, in brackets, a place named just before it in Latin
  letters ("Cairo (القاهرة)"). Latin, Cyrillic and Greek are left to the other rules.
  In such a report an unknown run of another script is almost always a name (a person is
  written in their own script far more often than a town the report already names in
  English), so a leak is the worse error;
- **a Korean name with a hyphened given name**, "Han Ji-woo", "LEE Dong-hyun", "Park
  Min-seo": a common Korean surname, then two syllables joined by a hyphen. spaCy tags such a
  name in part ("<PERSON>-woo") or not at all.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

import regex

from redaction.detections import Detection, overlaps

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

# A letter (with its marks and joiners) of a script other than Latin, Cyrillic and Greek.
_OTHER = r"[^\W\d_\p{Latin}\p{Cyrillic}\p{Greek}\p{Common}]"
_WORD = rf"{_OTHER}[\p{{M}}\u200c\u200d]*(?:{_OTHER}[\p{{M}}\u200c\u200d]*)*"
_RUN = regex.compile(rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,4}}")
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+")
_LATIN = regex.compile(r"\p{Latin}")
_GLOSS_BEFORE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)*) \($"
)

# Common Korean surnames as romanised (Revised Romanisation and the usual older forms).
_KOREAN_SURNAMES = frozenset(
    "kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im "
    "han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun ko go moon mun "
    "yang son bae baek paek heo hur nam noh roh ha kwak gwak sung seong cha joo ju woo wu "
    "min ryoo jin um eom chae won cheon chun bang gong hyun hyeon".split()
)
_SYLLABLE = r"[A-Z]?[a-z]{1,5}"
_KOREAN = regex.compile(
    r"(?<![\p{L}\p{M}-])(?P<sur>[A-Z][a-z]{0,5}|[A-Z]{2,6}) "
    rf"(?P<given>[A-Z][a-z]{{1,5}}-{_SYLLABLE})(?![\p{{L}}\p{{M}}-])"
)
_MAX_SPACELESS = 5
# English prefixes before a hyphen: "An Ex-wife", "So Self-employed" are no Korean names.
_PREFIXES = frozenset("ex self well non co re pre anti pro post vice step half mid semi".split())


@functools.lru_cache(maxsize=1)
def own_script_places() -> frozenset[str]:
    """Country and region names in other scripts, from pycountry's translations."""
    import gettext

    import pycountry

    folder = pycountry.LOCALES_DIR
    names: set[str] = set()
    for domain, records, fields in (
        ("iso3166-1", pycountry.countries, ("name", "common_name", "official_name")),
        ("iso3166-2", pycountry.subdivisions, ("name",)),
    ):
        english = {getattr(r, f) for r in records for f in fields if getattr(r, f, None)}
        for lang in sorted(os.listdir(folder)):
            if not os.path.exists(os.path.join(folder, lang, "LC_MESSAGES", f"{domain}.mo")):
                continue
            tr = gettext.translation(domain, folder, languages=[lang])
            names.update(v for v in map(tr.gettext, english) if not _LATIN.search(v))
    return frozenset(names)


def _mostly_latin(text: str) -> bool:
    latin = len(_LATIN.findall(text))
    return latin > 0 and latin >= len(regex.findall(_OTHER, text))


def _glosses_place(text: str, start: int, end: int, guard: PersonGuard) -> bool:
    """ "Cairo (القاهرة)": the run is the bracketed own-script name of the place before it."""
    if text[end : end + 1] != ")":
        return False
    m = _GLOSS_BEFORE.search(text[max(0, start - 60) : start])
    return m is not None and guard.is_known_place(m["place"])


def other_script_people(text: str, found: list[Detection], guard: PersonGuard) -> list[Detection]:
    """People written in another script, and Korean hyphened names, that nothing found yet."""
    taken = [(d.start, d.end) for d in found]
    out: list[Detection] = []
    if _mostly_latin(text):
        places = own_script_places()
        for m in _RUN.finditer(text):
            s, e = m.span()
            run = m.group()
            if " " not in run and _SPACELESS.fullmatch(run) and len(run) > _MAX_SPACELESS:
                continue  # "東京都新宿区歌舞伎町": an address or a phrase, not a name
            if run in places or _glosses_place(text, s, e, guard) or overlaps(s, e, taken):
                continue
            out.append(Detection("PERSON", s, e, 0.7, "other script: a name in its own script"))
    for m in _KOREAN.finditer(text):
        first = m["given"].split("-")[0].lower()
        if m["sur"].lower() not in _KOREAN_SURNAMES or first in _PREFIXES:
            continue
        s, e = m.span()
        if any(a <= s and e <= b for a, b in taken if (a, b) != (s, e)):
            continue
        out.append(Detection("PERSON", s, e, 0.75, "other script: Korean hyphened name"))
    return out
