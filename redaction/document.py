"""A document as the redactor sees it: body segments, title and metadata values as parts.

- Long bodies are cut into segments (at a line or a space) so spaCy and the patterns never
  see more than `SEGMENT_CHARS` at once; the redacted segments are joined again.
- Lines written all in capitals or all in lower case are "true-cased" for the models (same
  length, same offsets): English words in lower case, other words capitalised, so the NER
  reads "VICTIM JOANNA PRZYBYLSKA WAS FOUND" as "Victim Joanna Przybylska was found".
- Metadata columns that hold people (by their name, or by content such as "USA v. Ortega")
  have their people taken out whole: a bare value gives the NER no sentence to judge by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from redaction.base import DocumentInput
    from redaction.person_guard import PersonGuard

SEGMENT_CHARS = 20_000

# Columns whose values are people ("defendant", "victim_name", "Caller", "case name").
PERSON_COLUMN = regex.compile(
    r"name|victim|survivor|suspect|person|people|contact|recruiter|trafficker|witness"
    r"|report(?:ed)?[ _-]?by|owner|driver|broker|relative|officer|defendant|accused|offender"
    r"|caller|complainant|claimant|plaintiff|appellant|respondent|part(?:y|ies)|holder|payee"
    r"|sender|recipient|beneficiary|employer|landlord|interviewee|informant|parent|guardian",
    regex.IGNORECASE,
)
# "USA v. Ortega", "R v Smith", "Ortega vs. State": a case name names its parties.
CASE_NAME = regex.compile(
    r"^[ \t]*(?P<a>[^\n]{1,120}?)[ \t]+(?:v|vs|versus)\.?[ \t]+(?P<b>[^\n]{1,120}?)[ \t]*$"
)
_SEPARATORS = regex.compile(r"[ \t]*(?:;|&|\band\b|/|\n)[ \t]*")
_ET_AL = regex.compile(r"[ \t,]*(?:et[ \t]+al\.?|and[ \t]+others)[ \t]*$", regex.IGNORECASE)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


@dataclass
class Part:
    """One piece of one document: a body segment, its title or a metadata value."""

    doc: int
    role: str  # "body", "title" or "meta"
    key: str | None
    offset: int  # where a body segment starts in the body
    text: str
    people: bool = False  # a value whose people are known by its column or its content
    found: list = field(default_factory=list)


def split_segments(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `size` characters, cut at a newline or a space
    where one is near the end (a text that is one huge token is cut where it must be)."""
    if len(text) <= size:
        return [(0, text)]
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


def is_case_name(value: str) -> bool:
    """Whether a short value reads as a case name ("USA v. Ortega")."""
    return len(value) <= 250 and CASE_NAME.match(value) is not None


def is_people_column(key: str) -> bool:
    """Whether a metadata column's name says its values are people."""
    return PERSON_COLUMN.search(key) is not None


def document_parts(docs: Sequence[DocumentInput]) -> list[Part]:
    """The parts of a batch of documents, in order: body segments, title, metadata values."""
    parts = []
    for i, d in enumerate(docs):
        for offset, segment in split_segments(d.body):
            parts.append(Part(i, "body", None, offset, segment))
        parts.append(Part(i, "title", None, 0, d.title, people=is_case_name(d.title)))
        for key, value in d.meta.items():
            if isinstance(value, str) and value.strip():
                people = is_people_column(key) or is_case_name(value)
                parts.append(Part(i, "meta", key, 0, value, people=people))
    return parts


def people_rule(part: Part) -> str | None:
    """The rule by which all of a part's people are known (its column, or a case name), or
    None when the recognizers alone find them."""
    if not part.people:
        return None
    if part.role == "meta" and is_people_column(part.key or ""):
        return f"metadata: people column {part.key!r}"
    return "case name: a party that is not a state or a place"


def people_spans(value: str, guard: PersonGuard) -> list[tuple[int, int]]:
    """The people in a value known to hold people: each party of a case name, each name of
    a list; a country, place, organisation or government party ("USA", "State") stays."""
    match = CASE_NAME.match(value)
    pieces = [match.span("a"), match.span("b")] if match else [(0, len(value))]
    spans = []
    for start, end in pieces:
        segment = value[start:end]
        cursor = 0
        for sep in [*_SEPARATORS.finditer(segment), None]:
            stop = sep.start() if sep is not None else len(segment)
            piece_start, piece_end = start + cursor, start + stop
            cursor = sep.end() if sep is not None else len(segment)
            tail = _ET_AL.search(value, piece_start, piece_end)
            if tail is not None:
                piece_end = tail.start()
            span = guard.clean(value, piece_start, piece_end, known_person=True)
            if span is not None and _WORD.search(value, span[0], span[1]):
                spans.append(span)
    return spans


def is_speaker(text: str, start: int, end: int) -> bool:
    """The word at start:end opens its line (after a time stamp at most) and a colon
    follows it: a chat speaker's label ("ana: ok", "[21:05] ana: ok")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith(":", end) and not any(ch.isalpha() for ch in text[line_start:start])


def truecase(text: str, is_english: Callable[[str], bool]) -> str:
    """The text with its all-capitals and all-lower-case lines true-cased (same length)."""
    if text.isupper() is False and text.islower() is False and "\n" not in text:
        return text  # one mixed-case line: the common case, left alone
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        letters = sum(ch.isalpha() for ch in line)
        if letters < 12 or not (line.isupper() or (line.islower() and line.count(" ") >= 3)):
            continue
        recased = _recase_line(line, is_english)
        if recased != line:
            lines[n] = recased
            changed = True
    return "\n".join(lines) if changed else text


def _recase_line(line: str, is_english: Callable[[str], bool]) -> str:
    out = list(line)
    sentence_start = True
    for m in _WORD.finditer(line):
        word = m.group()
        lower = word.lower()
        follows = line[m.end() : m.end() + 1]
        glued = line[m.start() - 1 : m.start()].isdigit() if m.start() else False
        # A word glued to a digit is part of a code ("CT9 2BE", "12B"): left as written; so
        # is a short one a separator away from a digit ("LV-1234", "B 123 XYZ").
        code = (
            len(lower) != len(word)
            or follows.isdigit()
            or glued
            or (follows and follows in "@_")
            or (len(word) <= 3 and _beside_digit(line, m.start(), m.end()))
        )
        if not code:
            new = lower if is_english(lower) and len(lower) > 1 else lower.capitalize()
            if sentence_start:
                new = new[:1].upper() + new[1:]
            out[m.start() : m.end()] = new
        gap = line[m.end() : m.end() + 2]
        sentence_start = any(ch in ".!?:" for ch in gap)
    return "".join(out)


def _beside_digit(line: str, start: int, end: int) -> bool:
    """A digit one separator (space, dash, slash, dot) before or after the word."""
    after = line[end : end + 2]
    before = line[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in " -/." and after[1].isdigit()) or (
        len(before) == 2 and before[1] in " -/." and before[0].isdigit()
    )
