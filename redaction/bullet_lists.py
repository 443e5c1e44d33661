"""Names in a bulleted or numbered list whose other lines are people.

    Workers found on site:          - Zubairu, Hadiza (20)
    1. Sai Sibal                    - Nagys, Ernestas
    2. Morolake Kosoko              - Suartini, Embuh
    3. Hadžić (no first name given)

spaCy judges each short line alone and finds the first names of such a list but not all: a bare
"Nagys, Ernestas" or "Hadžić" gives it no sentence. A line of a run of two or more list lines
(opened by "-", "*", "•", "–" or "1." / "1)") that holds only one to four Title-case words, or
two such groups split by a comma ("Surname, Given"), with an optional bracket after them, is a
person when another line of the same run already holds one; each group still has to pass the
person guard (no place, organisation word, title, ...), and a group of English words only
("Passports", "Phones") is left alone.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from redaction.person_guard import PersonGuard

_LINE = regex.compile(r"^[ \t]*(?:[-*•–·]|\d{1,2}[.)])[ \t]+([^\n]*?)[ \t]*$", regex.MULTILINE)
_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*"
_GROUP = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_ITEM = regex.compile(
    rf"(?P<a>{_GROUP})(?:,[ \t]*(?P<b>{_GROUP}))?(?:[ \t]*\([^)\n]{{0,60}}\))?[ \t]*[.;]?"
)


def bullet_mates(
    text: str, people: Collection[tuple[int, int]], guard: PersonGuard
) -> list[tuple[int, int]]:
    """Spans of the unfound names on list lines beside a line that holds a person."""
    if "\n" not in text:
        return []
    out: list[tuple[int, int]] = []
    for run in _runs(text):
        if len(run) < 2:
            continue
        lines_with_people = [(s, e) for s, e in run if any(ps < e and s < pe for ps, pe in people)]
        if not lines_with_people:
            continue
        for start, end in run:
            item = _ITEM.fullmatch(text, start, end)
            if item is None:
                continue
            for group in ("a", "b"):
                if item.start(group) < 0:
                    continue
                s, e = item.span(group)
                if any(ps <= s and e <= pe for ps, pe in people):
                    continue
                if all(guard.is_english(w) for w in text[s:e].split()):
                    continue
                span = guard.clean(text, s, e)
                if span is not None:
                    out.append(span)
    return out


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Consecutive list lines, each as the (start, end) of its content."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in _LINE.finditer(text):
        span = m.span(1)
        if runs and text[last_end : m.start()] in ("\n", "\r\n"):
            runs[-1].append(span)
        else:
            runs.append([span])
        last_end = m.end()
    return runs
