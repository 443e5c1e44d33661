"""A table column's header read once per table: the same cells as walking up from every cell."""

from __future__ import annotations

import random

import pytest

from redaction.recognizers.layout_context import column_header


def _walked_header(text: str, start: int) -> str | None:
    """The header as it was read before the per-text memo: a walk up from every cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return None
    column = line[: start - line_start].count(sep)
    header_start = line_start
    while header_start > 0:
        prev_start = text.rfind("\n", 0, header_start - 1) + 1
        if sep not in text[prev_start : header_start - 1]:
            break
        header_start = prev_start
    if header_start == line_start:
        return None
    cells = text[header_start : text.find("\n", header_start)].split(sep)
    return cells[column] if column < len(cells) else None


TABLES = [
    # Two pipe tables apart, a tab table, a pipe row inside a tab run, a blank line.
    "Intro line\nName | ID | Note\nA | 111 | x\nB | 222\n\nSurname | Passport\nC | P123\n"
    "Name\tAccount\nD\t4821\nE | 9\tF\t77\nplain text 123\n",
    # A table from the very first line, and a last line with no newline after it.
    "ID | Phone\n123 | 0700\n456 | 0701 | extra | cells",
    # Lines of separators only, and a header shorter than its rows.
    "|\n||\n| a | b | c |\nx | y\n\n\t\n\t\t1\t2",
    # One long table: every cell below shares the first line's header.
    "Surname | ID | Notes\n" + "\n".join(f"N{i} | {830000 + i} | seen" for i in range(300)),
]


@pytest.mark.parametrize("text", TABLES)
def test_when_every_position_is_asked_in_any_order_then_headers_are_those_of_a_full_walk(text):
    positions = list(range(len(text) + 1))
    expected = {p: _walked_header(text, p) for p in positions}
    random.Random(len(text)).shuffle(positions)
    # No other test reads these texts: the first pass fills the memo in a random order.
    assert {p: column_header(text, p) for p in positions} == expected
    assert {p: column_header(text, p) for p in reversed(positions)} == expected


def test_when_two_texts_share_offsets_then_each_reads_its_own_header():
    first = "Name | ID\nA | 111\nB | 222"
    second = "Name | No\nA | 111\nB | 222"
    cell = first.index("222")
    assert column_header(first, cell) == " ID"
    assert column_header(second, cell) == " No"
    assert column_header(first, cell) == " ID"
