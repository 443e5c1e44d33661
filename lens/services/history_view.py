"""A stored conversation shown again: every citation re-checked against the reader's access
now. A visible source carries its current record and passage; a source since hidden or deleted
reads as withdrawn, with its number only, and the answer's lines that quoted it are withdrawn
with it (`withdrawal.withdraw`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from core.errors import NotFound
from core.records import ChatStep
from lens.services.base import iso
from lens.services.withdrawal import withdraw

# chunk id -> the passage as the reader may see it now; raises NotFound when they may not
Passage = Callable[[str], dict[str, Any]]


def rechecked_steps(steps: Iterable[ChatStep], passage: Passage) -> tuple[list[dict], set[str]]:
    """The steps as shown to the reader, and the ids of the documents they show. Each chunk
    is looked up once, however many answers cite it."""
    seen: dict[str, dict[str, Any] | None] = {}
    shown: set[str] = set()
    out = []
    for step in steps:
        cites: list[dict[str, Any]] = []
        gone: set[int] = set()
        for c in step.citations or []:
            n, chunk_id = int(c.get("n") or 0), str(c.get("chunk_id") or "")
            if chunk_id not in seen:
                try:
                    seen[chunk_id] = passage(chunk_id)
                except NotFound:
                    seen[chunk_id] = None
            found = seen[chunk_id]
            if found is None:
                gone.add(n)
                cites.append({"n": n, "withdrawn": True})
            else:
                shown.add(found["doc_id"])
                cites.append({"n": n, "withdrawn": False, **found})
        out.append(
            {
                "step_id": step.step_id,
                "kind": step.kind,
                "text": withdraw(step.text, gone),
                "mode": step.mode,
                "audit_id": step.audit_id,
                "created_at": iso(step.created_at),
                "citations": cites,
            }
        )
    return out, shown
