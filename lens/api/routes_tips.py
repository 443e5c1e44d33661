"""tips: the moderators' queue of anonymous tips from the public, as `lens tips … --json`.

Each route calls one `TipService` method, which checks that the caller moderates (the host
organisation's admins and users with the `moderator` role; anyone else gets the CLI's refusal
as a 403) and audits the action. An unknown tip is a 404. Tip text is redacted at the door;
nothing here stores or logs it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from core.errors import LensError
from core.records import KINDS
from lens.api.auth import Acting, Hub

router = APIRouter(prefix="/tips", tags=["tips"])


class AcceptBody(BaseModel):
    """`lens tips accept`."""

    model_config = ConfigDict(extra="forbid")
    level: str | int = Field(description="0-3 or a level name.")
    org_only: bool = Field(False, description="Only your organisation may see it.")
    kind: str = Field("tip", description=f"One of {', '.join(KINDS)}.")


class RejectBody(BaseModel):
    """`lens tips reject`."""

    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, description="Why (kept, redacted).")


class AskTipBody(BaseModel):
    """`lens tips ask`."""

    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=1, description="Shown to the reporter with their receipt.")


class ConfirmBody(BaseModel):
    """`lens tips confirm`."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="The tip's text as you edited it (redacted again).")


@router.get("", summary="lens tips list --json")
def list_tips(
    p: Acting,
    hub: Hub,
    status: Annotated[str, Query(description="Comma-separated: new, accepted, rejected.")] = "new",
) -> dict[str, Any]:
    """The queue, most urgent first: `{"tips": [{tip_id, received, text, country, urgency,
    relevance, status}]}`."""
    return hub.tips.list_tips(p, status=status)


@router.get("/{tip_id}", summary="lens tips show --json")
def show(tip_id: str, p: Acting, hub: Hub) -> dict[str, Any]:
    """One tip: the redacted text and fields, facts, urgency and its reasons, relevance,
    near-duplicate tips and documents, and the conversation with the reporter."""
    return hub.tips.show(p, tip_id)


@router.post("/{tip_id}/accept", summary="lens tips accept --json")
def accept(tip_id: str, body: AcceptBody, p: Acting, hub: Hub) -> dict[str, Any]:
    """Ingest the tip as a document (kind `tip` unless told) owned by your organisation. A tip
    marked "names may remain" must have its redaction confirmed first."""
    if body.kind not in KINDS:
        raise LensError(f"Kind {body.kind!r} is not valid: use {', '.join(KINDS)}.", exit_code=2)
    return hub.tips.accept(p, tip_id, level=body.level, org_only=body.org_only, kind=body.kind)


@router.post("/{tip_id}/reject", summary="lens tips reject --json")
def reject(tip_id: str, body: RejectBody, p: Acting, hub: Hub) -> dict[str, Any]:
    """Close the tip without ingesting it; the reason is redacted and kept."""
    return hub.tips.reject(p, tip_id, body.reason)


@router.post("/{tip_id}/ask", summary="lens tips ask --json")
def ask(tip_id: str, body: AskTipBody, p: Acting, hub: Hub) -> dict[str, Any]:
    """Ask the reporter a question; they read it, and may answer, with their receipt."""
    return hub.tips.ask(p, tip_id, body.question)


@router.post("/{tip_id}/confirm", summary="lens tips confirm --json")
def confirm(tip_id: str, p: Acting, hub: Hub, body: ConfirmBody | None = None) -> dict[str, Any]:
    """Confirm, or edit, the redaction of a tip marked "names may remain" (no body, or no
    `text`, confirms it as it stands)."""
    return hub.tips.confirm_redaction(p, tip_id, body.text if body else None)
