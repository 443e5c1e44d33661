"""Parts of one batch that are the same text are analysed once.

A text file's title is its first line, so a one-line document (a tip, an SMS, a referral
paragraph) is its own title: spaCy and every recognizer ran twice on the same characters.
CSV metadata repeats too ("state: Texas" on every row). What `PresidioRedactor._detect`
finds in a part depends only on the part's text, on whether its people are known (and the
rule that says so) and on the organisation, which is one per batch; so a part whose text and
people rule an earlier part of the batch shares takes a copy of that part's detections and is
given to spaCy as an empty text. Whole-document steps (spreading values over every part,
numbering placeholders) still run per document, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redaction.detections import Detection
from redaction.document import Part


def first_of_same(parts: Sequence[Part], people_rule: Callable[[Part], str | None]) -> list[int]:
    """For each part, the index of the first part of the batch with its text and people rule
    (its own index when it is the first, or when its text is blank)."""
    first: dict[tuple[str, str | None], int] = {}
    out = []
    for i, part in enumerate(parts):
        if not part.text.strip():
            out.append(i)
            continue
        out.append(first.setdefault((part.text, people_rule(part)), i))
    return out


def copy_detections(found: Sequence[Detection]) -> list[Detection]:
    """Fresh `Detection`s equal to `found` (they are mutable: no two parts share one)."""
    return [Detection(d.type, d.start, d.end, d.score, d.rule) for d in found]
