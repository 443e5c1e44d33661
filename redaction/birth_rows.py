"""Dates of birth with no cue word: a full date right after a person's name in a row or list.

Crew lists, passenger manifests, hotel registers and rosters give a person's date of birth
with no "DOB" before it: "Reyes, Joel, FIL, 04/09/1987", "NGUYEN Van Hai  VNM  12.04.1998",
"Olena Marchenko (1996-07-15)". The date recognizer scores a full date alone below any
threshold (incident dates are what analysis runs on), so this rule lifts one when

- it follows a name found in the same text, with only separators between them (commas,
  brackets, dashes, slashes, bars, tabs) and at most two capitalised words or codes
  ("FIL", "Romanian", "M"): no lower-case word ("issued", "dated", "since"), no digit, no
  colon, no sentence end;
- and its year is at least `MIN_AGE` years before the latest year the text names (or this
  year, if that is later): "Statement of Grace Mensah, 14/02/2024" and "Ortega, 12 March
  2021:" keep their dates.

A date before a name ("2023-11-02 Kamal Hossain called") is a log line's, never a birth date.

Once one row of a list holds a person and their date of birth, the list's other rows of the
same shape hold people too: in "Rahul Verma 11/11/1994, Sunil Kumar 03/06/1989, Deepak
Singh 27/02/1997" spaCy may find Sunil Kumar alone; one to four Title-case or capital words
right before another old full date of the same paragraph, with only separators (or a
two- or three-letter code such as "VNM") between, are a person as the guard allows, and
their date a date of birth.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterator, Sequence

import regex

from redaction.detections import Detection
from redaction.person_guard import PersonGuard

MIN_AGE = 12
RULE = "date of birth: a full date right after a person's name in a row or list"
MATE_RULE = "name list: a row of a list of people and their dates of birth"


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TWO_DIGIT_YEAR = regex.compile(r"(?<!\d)(\d{2})$")
# Between a name and its date: separators and at most two capitalised words or codes.
_BETWEEN = regex.compile(
    r"[ \t]*(?:[,;(|/–-][ \t]*)*"
    r"(?:(?:\p{Lu}[\p{L}.]*)[ \t]*(?:[,;)(|/–-][ \t]*)*){0,2}"
    r"[ \t]*(?:[,;(|/–-][ \t]*)*"
)


# A mate row's name: one to four Title-case or capital words, then separators (and perhaps
# a country code) up to its date.
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*"
_MATE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    r"(?:[ \t]+|[ \t]*[,;(|/–-][ \t]*)+(?:\p{Lu}{2,3}(?:[ \t]+|[ \t]*[,;(|/–-][ \t]*)+)?$"
)
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
# A row's first item before the person found: "1. Reyes, Joel", "| Popescu | Ionela".
_ROW_FIRST = regex.compile(
    rf"[ \t]*(?:\d{{1,3}}[.)][ \t]*|[-*•|][ \t]*)?({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
    r"[ \t]*[,|][ \t]*$"
)


def birth_row_detections(
    text: str,
    found: Sequence[Detection],
    guard: PersonGuard,
    full_dates: Sequence[tuple[int, int]],
) -> list[Detection]:
    """DATE_OF_BIRTH detections for the dates of birth after the PERSON detections found, and
    PERSON and DATE_OF_BIRTH ones for the other rows of their lists. `full_dates`: the spans
    of the full dates in `text`, as the date recognizer found them (`DateOfBirthRecognizer.
    full_dates`), lifted by a cue or not."""
    people = [(d.start, d.end) for d in found if d.type == "PERSON"]
    old_dates = _old_dates(text, full_dates)
    found_births = list(_births(text, people, old_dates))
    births = [(s, e) for _, s, e in found_births]
    out = [Detection("DATE_OF_BIRTH", s, e, 0.65, RULE) for s, e in births]
    if not births:
        return out
    name_ends = {name_end for name_end, _, _ in found_births}
    for start, _end in people:  # "1. Reyes, Joel, FIL, 04/09/1987": the surname before
        if not any(start < name_end <= _end for name_end in name_ends):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        first = _ROW_FIRST.match(text, line_start, start)
        if first is not None and (span := guard.clean(text, *first.span(1))) is not None:
            out.append(Detection("PERSON", span[0], span[1], 0.6, MATE_RULE))
    paragraphs = [0, *(m.end() for m in _PARAGRAPH_END.finditer(text)), len(text) + 1]
    with_births = {_index(paragraphs, s) for s, _ in births}
    for start, end in old_dates:
        if (start, end) in births or _index(paragraphs, start) not in with_births:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        mate = _MATE.search(text, line_start, start)
        if mate is None:
            continue
        span = guard.clean(text, *mate.span(1))
        if span is None or any(s < span[1] and span[0] < e for s, e in people):
            continue
        out.append(Detection("PERSON", span[0], span[1], 0.6, MATE_RULE))
        out.append(Detection("DATE_OF_BIRTH", start, end, 0.65, MATE_RULE))
    return out


def _index(starts: list[int], offset: int) -> int:
    """Which paragraph (by its start offsets) holds `offset`."""
    return max(i for i, s in enumerate(starts) if s <= offset)


def birth_dates_after_names(
    text: str,
    people: Sequence[tuple[int, int]],
    full_dates: Sequence[tuple[int, int]],
    this_year: int | None = None,
) -> Iterator[tuple[int, int]]:
    """Spans of the full dates (`full_dates`, as in `birth_row_detections`) that are a listed
    person's date of birth (see the module)."""
    for _, start, end in _births(text, people, _old_dates(text, full_dates, this_year)):
        yield start, end


def _births(
    text: str, people: Sequence[tuple[int, int]], old_dates: list[tuple[int, int]]
) -> Iterator[tuple[int, int, int]]:
    """(end of the name, start, end of its date of birth) for each of the old dates that is
    a date of birth."""
    if not people:
        return
    ends = sorted({end for _, end in people})
    for start, end in old_dates:
        before = bisect.bisect_right(ends, start)
        if before == 0:
            continue
        name_end = ends[before - 1]
        between = text[name_end:start]
        if _BETWEEN.fullmatch(between) and "\n" not in between:
            yield name_end, start, end


def _old_dates(
    text: str, full_dates: Sequence[tuple[int, int]], this_year: int | None = None
) -> list[tuple[int, int]]:
    """The full dates at least `MIN_AGE` years before the latest year the text names (or
    this year, if later)."""
    years = [int(m.group()) for m in _YEAR.finditer(text)]
    latest = max([this_year or datetime.date.today().year, *years])
    old = []
    for start, end in sorted(set(full_dates)):
        year = _year_of(text[start:end])
        if year is not None and year <= latest - MIN_AGE:
            old.append((start, end))
    return old


def _year_of(date: str) -> int | None:
    """The year a full date names; a two-digit one is read as the latest past such year."""
    if len(date) == 8 and date.isdigit():  # "19850312" or "12031985"
        return int(date[:4]) if date[:2] in ("19", "20") else int(date[4:])
    found = _YEAR.findall(date)
    if found:
        return int(found[-1])
    two = _TWO_DIGIT_YEAR.search(date)
    if two is None:
        return None
    this_year = datetime.date.today().year
    year = this_year // 100 * 100 + int(two.group(1))
    return year if year <= this_year else year - 100
