"""Names spaCy's English model does not read: Cyrillic or Greek names in a Latin-script text,
and names opened by an abbreviated "Muhammad".

The links bench (issue 17) found both left whole in stored text:

- **Cyrillic or Greek names** in a report written in Latin letters: "Bail list, Court 2:
  Нурсултан Абенов, remanded", "intake form: Нурсултан Абенов". `other_scripts` leaves
  Cyrillic and Greek to the other rules, and spaCy tags none. Two to four words in one of
  these scripts, each in Title case ("Абенов", not "ООО" nor "и"), are removed as a person
  unless pycountry's translations know the run as a country or region ("Российская
  Федерация", "Москва" is a city: one word, never taken). A quoted Russian phrase of
  Title-case words would go too; a leak is the worse error;
- **"Md." or "Mohd." before a name** (Bangladeshi and Malaysian usage for Muhammad):
  "names Md. Rafiqul Islam as the skipper". The abbreviation's full stop ends spaCy's
  sentence, so neither half is tagged. The abbreviation and one to three Title-case words
  after it are a person when the first of them is a name word to the guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from redaction.detections import Detection, overlaps
from redaction.other_scripts import own_script_places

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_CYR = r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+)"
_CYRILLIC_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:(?=\p{{Cyrillic}}){_CYR}(?:[ \u00a0](?=\p{{Cyrillic}}){_CYR}){{1,3}}"
    rf"|(?=\p{{Greek}}){_CYR}(?:[ \u00a0](?=\p{{Greek}}){_CYR}){{1,3}})(?![\p{{L}}\p{{M}}])"
)
_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_LATIN = regex.compile(r"\p{Latin}")
_MUHAMMAD = regex.compile(
    r"(?<![\p{L}\p{M}.])(?:Md|MD|Mohd|Muhd)\.[ \t]{1,2}"
    r"(\p{Lu}[\p{Ll}\p{M}'’-]+)((?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?![\p{L}\p{M}])"
)

_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+")


def _one_script(run: str) -> bool:
    cyrillic = regex.search(r"\p{Cyrillic}", run) is not None
    greek = regex.search(r"\p{Greek}", run) is not None
    return cyrillic != greek


def unread_people(text: str, found: list[Detection], guard: PersonGuard) -> list[Detection]:
    """Cyrillic or Greek names in a Latin text and "Md. <name>" that nothing found yet."""
    taken = [(d.start, d.end) for d in found]
    out: list[Detection] = []
    if len(_LATIN.findall(text)) > len(_SCRIPT.findall(text)):
        places = own_script_places()
        for m in _CYRILLIC_RUN.finditer(text):
            s, e = m.span()
            if not _one_script(m.group()) or m.group() in places or overlaps(s, e, taken):
                continue
            out.append(Detection("PERSON", s, e, 0.7, "unread name: Cyrillic or Greek run"))
    for m in _MUHAMMAD.finditer(text):
        s, e = m.span()
        words = list(_NAME_WORD.finditer(text, m.start(1), e))
        if not words or not guard.is_name_word(words[0].group()) or overlaps(s, e, taken):
            continue
        # stop before a word that is no name word ("Md. Rafiqul Islam Road" keeps "Road")
        kept = 1
        while kept < len(words) and guard.surname_or_name_word(words[kept].group()):
            kept += 1
        out.append(Detection("PERSON", s, words[kept - 1].end(), 0.75, "unread name: Md. + name"))
    return out
