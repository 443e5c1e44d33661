"""The access model: who may see which document.

A document is visible to a principal iff `level <= clearance` and
(`not org_only` or it belongs to the principal's organisation).

The rule exists once (`is_visible`) and is translated three times: into the vector-store
partitions a principal may search (`partition_of` / `partitions_for`), into a vector-store
`where` filter (`store_filter`) and into a SQL clause (`sql_filter`). Property tests prove all
of them agree with the rule on every combination.

Putting documents in (ingest, upload, queue, feeds, hub import) and taking them out (export)
is checked by one function, `check_sharing`: the level within the user's clearance, the kind
one of the known kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Protocol

from core.errors import AccessDenied, LensError


class Level(IntEnum):
    """Sensitivity of a document, and clearance of a user."""

    PUBLIC = 0
    MEMBER = 1
    RESTRICTED = 2
    CONFIDENTIAL = 3


def parse_level(value: str | int) -> Level:
    """Accept 0..3 or a level name; raise a clear error otherwise."""
    text = str(value).strip().lower()
    if text.isdigit() and int(text) in range(4):
        return Level(int(text))
    for level in Level:
        if level.name.lower() == text:
            return level
    raise LensError(
        f"Level {value!r} is not valid: use 0-3 or public, member, restricted, confidential.",
        exit_code=2,
    )


@dataclass(frozen=True)
class Principal:
    """The acting user, as far as access decisions need to know."""

    user_id: int
    user_name: str
    org_id: int
    org_name: str
    clearance: Level
    role: str

    @property
    def is_admin(self) -> bool:
        """Admins manage their own organisation's documents; clearance still applies."""
        return self.role == "admin"


class Governed(Protocol):
    """Anything carrying the fields the access rule reads."""

    level: int
    org_only: bool
    org_id: int


def is_visible(principal: Principal, doc: Governed) -> bool:
    """The one visibility rule."""
    return doc.level <= principal.clearance and (not doc.org_only or doc.org_id == principal.org_id)


def store_filter(principal: Principal) -> dict[str, Any]:
    """The rule as a Chroma `where` clause over chunk metadata (level, org_only, org_id)."""
    return {
        "$and": [
            {"level": {"$lte": int(principal.clearance)}},
            {"$or": [{"org_only": {"$eq": False}}, {"org_id": {"$eq": principal.org_id}}]},
        ]
    }


def partition_of(level: int, org_only: bool, org_id: int) -> str:
    """The access partition a document's vectors are stored in.

    Shared documents live in one partition per level (`l2`); org-only documents in one per
    level and organisation (`l2-o7`). A principal's searchable partitions are then a short,
    exact list, so the vector store needs no metadata filter to enforce access.
    """
    return f"l{int(level)}-o{int(org_id)}" if org_only else f"l{int(level)}"


def partitions_for(principal: Principal) -> list[str]:
    """Every partition holding documents the principal may see, and no other."""
    out: list[str] = []
    for level in range(int(principal.clearance) + 1):
        out += [f"l{level}", f"l{level}-o{principal.org_id}"]
    return out


def sql_filter(principal: Principal, table: Any) -> Any:
    """The rule as a SQLAlchemy boolean clause over a table with level, org_only, org_id."""
    from sqlalchemy import and_, or_

    return and_(
        table.level <= int(principal.clearance),
        or_(table.org_only.is_(False), table.org_id == principal.org_id),
    )


def check_sharing(
    principal: Principal, level: Level, kind: str | None = None, *, verb: str = "share"
) -> None:
    """The one clearance-and-kind check for moving documents in or out at a level.

    Refuses (AccessDenied) a level above the principal's clearance, with the one sentence
    every face shows ("You may not share at level restricted: your clearance is member.");
    `verb` names the act ("share", "export", "import"). A kind outside `core.records.KINDS`
    is a usage error.
    """
    from core.records import KINDS

    if level > principal.clearance:
        raise AccessDenied(
            f"You may not {verb} at level {Level(level).name.lower()}: your clearance is "
            f"{principal.clearance.name.lower()}."
        )
    if kind is not None and kind not in KINDS:
        raise LensError(f"Kind {kind!r} is not valid: use one of {', '.join(KINDS)}.", exit_code=2)


def can_delete(principal: Principal, doc: Governed, uploader_id: int | None) -> bool:
    """Withdrawal: the owning organisation's admins and the uploader only."""
    if not is_visible(principal, doc):
        return False
    if uploader_id is not None and uploader_id == principal.user_id:
        return True
    return principal.is_admin and doc.org_id == principal.org_id
