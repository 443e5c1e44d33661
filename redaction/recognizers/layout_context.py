"""Context that text layout gives a number: a table column's header, and a list's neighbours.

A cue ("ID", "Account") in a table's header row names every cell below it, however far away;
and in "passports A1234567 (Nepal), B7654321 (India), C2345678" the cue stands before the first
item only. These helpers let a pattern recognizer read both.
"""

from __future__ import annotations

import functools

import regex

# What may stand between two items of one list: a comma, semicolon, slash or "and"/"or", with
# an optional short parenthesis after the first item ("(Nepal)").
_LIST_GAP = regex.compile(
    r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:[,;/&]|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?", regex.I
)
# Numeric dates: day-month-year with a 4-digit year, year-month-day, or a 2-digit year after
# slashes or dots ("16.03.25"). "57-54-88" with dashes is a UK sort code's shape, not a date.
_DATE = regex.compile(
    r"(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1\d{4}"
    r"|(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|[12]\d|3[01])\2\d{4}"
    r"|\d{4}([./-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\4\d{2})"
)


# Currency codes and words: a number written beside one is an amount ("250000 NGN").
CURRENCY_CODES = frozenset(
    "USD EUR GBP NGN INR PHP KES AED THB VND RON PLN CHF CNY RMB JPY MXN BRL ZAR GHS UGX TZS "
    "BDT PKR NPR LKR IDR MYR SGD HKD AUD CAD NZD TRY UAH RUB QAR SAR KWD BHD OMR MAD EGP ALL "
    "MDL BGN HUF CZK SEK NOK DKK ISK RSD KHR LAK MMK XOF XAF ETB ERN".split()
)
_MONEY_AFTER = regex.compile(
    r"\s?(?:" + "|".join(sorted(CURRENCY_CODES)) + r"|(?i:naira|euros?|dollars?|pounds?|"
    r"rupees?|pesos?|baht|zloty|złoty|zł|shillings?|cedis?|dirhams?|yuan|reais))(?!\w)"
)
_MONEY_BEFORE = regex.compile(
    r"(?:" + "|".join(sorted(CURRENCY_CODES)) + r"|Rs\.?|R\$|₦|₹|₱|฿|₫)\s?$"
)


def next_to_money(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written as an amount: a currency code, sign or word right
    before or after it ("NGN 250000", "250000 naira")."""
    return bool(
        _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text[max(0, start - 5) : start])
    )


_COMPACT_DATE = regex.compile(
    r"\d{1,2}[ -]?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*[ -]?\d{2,4}", regex.I
)
# A month and a year: "JAN 2005", "Mar-2019" (a plate recognizer's letters-and-digits shape).
_MONTH_YEAR = regex.compile(
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?[ -]?(?:19|20)\d{2}", regex.I
)
_GROUPS = regex.compile(r"[\s./–-]+")


def looks_like_date(value: str) -> bool:
    """A numeric date or year span, never an identifier: "14/03/2025", "2025-03-15",
    "16.03.25", "15JAN2024", "JAN 2005", "12 03 2024", "2023-2024", "2023 08 15 11 00" (a year
    among groups of at most two digits or other years)."""
    value = value.strip()
    if _DATE.fullmatch(value) or _COMPACT_DATE.fullmatch(value) or _MONTH_YEAR.fullmatch(value):
        return True
    groups = [g for g in _GROUPS.split(value) if g]
    if len(groups) < 2 or not all(g.isdigit() for g in groups):
        return False
    years = [g for g in groups if len(g) == 4 and g[:2] in ("19", "20")]
    return bool(years) and all(len(g) <= 2 or g in years for g in groups)


def column_header(text: str, start: int) -> str | None:
    """The header cell above text[start] when it sits in a '|' or tab separated table row.

    The header is the first line of the run of consecutive lines that hold the same separator;
    None when the line is no table row or is itself the header.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return None
    column = line[: start - line_start].count(sep)
    header_start = _run_start(text, line_start, sep)
    if header_start == line_start:
        return None
    header_end = text.find("\n", header_start)
    cells = text[header_start:header_end].split(sep)
    return cells[column] if column < len(cells) else None


@functools.lru_cache(maxsize=8)
def _run_starts(text: str, sep: str) -> dict[int, int]:
    """The memo of `_run_start` for one text and separator (line start -> run start), kept for
    the last few texts: the recognizers ask about one document's cells many times over."""
    return {}


def _run_start(text: str, line_start: int, sep: str) -> int:
    """The start of the first line of the run of consecutive lines holding `sep` that ends
    just above the line at `line_start` (`line_start` itself when the line above has no
    `sep`). Each line is walked once per text: a long table pays for its height once, not
    once per cell."""
    memo = _run_starts(text, sep)
    walked = []
    current = line_start
    while True:
        if current in memo:
            found = memo[current]
            break
        walked.append(current)
        if current == 0:
            found = 0
            break
        prev_start = text.rfind("\n", 0, current - 1) + 1
        if sep not in text[prev_start : current - 1]:
            found = current
            break
        current = prev_start
    for line in walked:
        memo[line] = found
    return found


def list_neighbours(text: str, first_end: int, second_start: int) -> bool:
    """Whether text[first_end:second_start] only joins two items of one list."""
    if second_start < first_end or second_start - first_end > 40:
        return False
    return bool(_LIST_GAP.fullmatch(text, first_end, second_start))


__all__ = ["CURRENCY_CODES", "column_header", "list_neighbours", "looks_like_date", "next_to_money"]
