"""A withdrawn source in a kept answer: the rule for what of the answer is still shown, and
the clean-up of answers that quote documents deleted since.

Answers cite passages with numbered markers ("[2]"): quoted answers, figures' examples and
risk evidence put one quote per list line, briefings one report per line, and generated
answers write prose sentences ending in markers. When source 2 is withdrawn, every line or
sentence citing it goes, and one marker says that something was withdrawn, never what or how
much.
"""

from __future__ import annotations

import re

from sqlmodel import col, select

from core.db import Database
from core.records import ChatStep, Chunk

WITHDRAWN = "*(withdrawn: this source is no longer available to you)*"

_MARK = re.compile(r"\[(\d+)\]")
# Sentence ends; a citation marker right after a full stop stays with its sentence.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?!\[\d)|(?<=\])\s+(?=[A-Z“\"])")
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]\s|\d+\.\s)")
_REFERENCE = re.compile(r"^(\s*)\[\d+\]")
# A group heading: a bold line with no marker of its own, naming the source of the quotes
# below it ("**Restricted police note, 2024 (Harbour Light, other, 2024)**").
_HEADING = re.compile(r"^\s*\*\*[^*].*\*\*\s*$")


def cited(text: str) -> set[int]:
    """The citation numbers a piece of an answer carries."""
    return {int(n) for n in _MARK.findall(text)}


def withdraw(text: str, gone: set[int]) -> str:
    """The answer's text without what it quoted from withdrawn sources (`gone` holds their
    citation numbers): a list item or reference line citing one becomes a withdrawn marker
    (consecutive markers are shown once), and a prose sentence citing one is dropped, with
    one marker in its place."""
    if not gone:
        return text
    out: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _HEADING.match(line) and not cited(line):
            group = _group_citations(lines[i + 1 :])
            if group and group <= gone:
                continue  # the heading names a withdrawn source: it goes with its quotes
            out.append(line)
            continue
        if not cited(line) & gone:
            out.append(line)
            continue
        listed = _REFERENCE.match(line) or _LIST_ITEM.match(line)
        if listed is not None:
            marker = f"{listed.group(1)}- {WITHDRAWN}"
            if not out or out[-1] != marker:
                out.append(marker)
            continue
        kept = [s for s in _SENTENCE.split(line) if not cited(s) & gone]
        out.append(" ".join([*kept, WITHDRAWN]))
    return "\n".join(out)


def _group_citations(lines: list[str]) -> set[int]:
    """The citation numbers of the lines under a heading, up to the next heading."""
    numbers: set[int] = set()
    for line in lines:
        if _HEADING.match(line) and not cited(line):
            break
        numbers |= cited(line)
    return numbers


def withdraw_deleted_sources(db: Database) -> int:
    """Rewrite kept answers whose cited passages no longer exist (their document was deleted,
    which is final, unlike a change of access): the lines quoting them and the stored quotes
    go for good, and each such citation keeps only its number. Returns how many answers
    changed."""
    with db.session() as s:
        if db.is_sqlite:  # the rewritten text's old bytes are zeroed, not left in the file
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        answers = s.exec(select(ChatStep).where(ChatStep.kind == "answer")).all()
        ids = sorted(
            {str(c["chunk_id"]) for a in answers for c in a.citations if c.get("chunk_id")}
        )
        alive: set[str] = set()
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            alive |= set(s.exec(select(Chunk.id).where(col(Chunk.id).in_(batch))))
        changed = 0
        for a in answers:
            gone = {
                int(c["n"])
                for c in a.citations
                if c.get("chunk_id") and str(c["chunk_id"]) not in alive
            }
            if not gone:
                continue
            a.text = withdraw(a.text, gone)
            a.citations = [
                {"n": c["n"], "doc_id": None, "chunk_id": None, "quote": None}
                if int(c["n"]) in gone
                else c
                for c in a.citations
            ]
            s.add(a)
            changed += 1
    return changed
