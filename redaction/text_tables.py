"""Tables written inside a text: a header line names the columns of the rows below it.

    Name | Nationality | Role              ID,Surname,Given name,Town
    Chinedu Okeke | Nigerian | recruiter  17,Popescu,Andrei,Constanța

A bare cell gives the NER no sentence to judge by, so a row of names is half missed and a town
cell may be taken for a person. Here a header line (cells that read as column labels, one of
them a people column such as "Name", "Surname", "first_name", "Suspect", "Victim") and the run
of lines below it with the same separator and the same number of cells make a table: each cell
under a people column is a person (through the person guard, as a metadata people column), and
no person is found in a cell under a place column ("Town", "Origin", "Nationality") nor in the
header line itself. Separators: "|", tab, ";", "," and runs of two or more spaces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from redaction.detections import Detection
from redaction.document import is_people_column

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_SEPARATORS = (
    regex.compile(r"\|"),
    regex.compile(r"\t"),
    regex.compile(r";"),
    regex.compile(r","),
    regex.compile(r" {2,}"),
)
# A column label: a short run of letters (with "_", "#", "/", "." or a bracket), no digits.
_LABEL = regex.compile(r"\p{L}[\p{L}\p{M}_ .#/()'’-]{0,29}")
# Words of prose, never of a column label: "The suspect, a driver, left" is no header.
_LABEL_WORD = regex.compile(r"\p{L}+")
_PROSE = regex.compile(
    r"\b(?:the|a|an|and|or|of|in|to|was|were|is|are|with|for|from|at|on|by|he|she|they|it)\b",
    regex.IGNORECASE,
)
# People-column words that also name businesses, vessels or values that are not names.
_NOT_PEOPLE = regex.compile(
    r"company|business|bank|org|firm|employer|shop|hotel|ship|vessel|boat|brand|product|street"
    r"|town|city|place|file|user|operation|number|\bno\b|phone|e-?mail|address|date|age\b|\bid\b",
    regex.IGNORECASE,
)
_PLACE_COLUMN = regex.compile(
    r"town|city|village|origin|country|nationality|citizenship|place|region|province|state"
    r"|district|location|destination|site|birthplace|port|from\b|^to$",
    regex.IGNORECASE,
)


def _cells(text: str, start: int, end: int, sep: regex.Pattern) -> list[tuple[int, int]]:
    """The (start, end) spans of a line's cells, blanks around each cell trimmed."""
    spans, cursor = [], start
    for m in [*sep.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
        left, right = cursor, stop
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        spans.append((left, right))
        cursor = m.end() if m is not None else end
    return spans


def _header(text: str, cells: list[tuple[int, int]], is_english: Callable[[str], bool]) -> bool:
    """Whether a line's cells read as column labels with one people column among them: short
    runs of English words ("Victim | Anna Kowalska" is a row of a two-column form)."""
    labels = [text[s:e] for s, e in cells if e > s]
    if len(labels) < 2 or len(cells) - len(labels) > 2:
        return False
    if not all(
        _LABEL.fullmatch(x)
        and len(x.split()) <= 3
        and not _PROSE.search(x)
        and all(is_english(w) for w in _LABEL_WORD.findall(x))
        for x in labels
    ):
        return False
    return any(_people(x) for x in labels)


def _people(label: str) -> bool:
    return is_people_column(label) and not _NOT_PEOPLE.search(label)


def _lines(text: str) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for m in [*regex.finditer(r"\n", text), None]:
        stop = m.start() if m is not None else len(text)
        out.append((cursor, stop))
        cursor = stop + 1
    return out


def tables(
    text: str, is_english: Callable[[str], bool]
) -> Iterator[tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]]:
    """Each table in a text: its header cells and its rows' cells (character spans). A
    "table" with a row that reads as a header itself ("Victim | Maria" over "Suspect |
    Grace") is a form of label-value pairs, and none."""
    lines = _lines(text)
    i = 0
    while i < len(lines):
        start, end = lines[i]
        for sep in _SEPARATORS:
            if not sep.search(text, start, end):
                continue
            head = _cells(text, start, end, sep)
            if not _header(text, head, is_english):
                continue
            rows = []
            for row_start, row_end in lines[i + 1 :]:
                cells = _cells(text, row_start, row_end, sep)
                if len(cells) != len(head):
                    break
                rows.append(cells)
            if any(_header(text, cells, is_english) for cells in rows):
                rows = []
            if rows:
                yield head, rows
                i += len(rows)
                break
        i += 1


def table_people(text: str, found: list[Detection], guard: PersonGuard) -> list[Detection]:
    """`found` with the people of each table's people columns added, and any person found in
    a header line or in a cell under a place column taken out."""
    added: list[Detection] = []
    quiet: list[tuple[int, int]] = []  # spans where no person is
    for head, rows in tables(text, guard.is_english):
        quiet.append((head[0][0], head[-1][1]))
        for column, (h_start, h_end) in enumerate(head):
            label = text[h_start:h_end]
            for cells in rows:
                c_start, c_end = cells[column]
                if c_end <= c_start:
                    continue
                if _people(label):
                    span = guard.clean(text, c_start, c_end, known_person=True)
                    if span is not None and regex.search(r"\p{L}", text[span[0] : span[1]]):
                        rule = f"table: cell under the people column {label!r}"
                        added.append(Detection("PERSON", *span, 1.0, rule))
                elif _PLACE_COLUMN.search(label):
                    quiet.append((c_start, c_end))
    if not quiet:
        return found + added
    kept = [
        d
        for d in found
        if d.type != "PERSON" or not any(s <= d.start and d.end <= e for s, e in quiet)
    ]
    return kept + added


__all__ = ["table_people", "tables"]
