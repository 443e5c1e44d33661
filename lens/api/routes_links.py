"""links: documents that share an identifier, among those the caller may see (the same
document as `lens links --json`). Identifiers themselves are never shown, and a hidden
document is answered exactly like one that does not exist."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from lens.api.auth import Acting, Hub

router = APIRouter(prefix="/links", tags=["links"])


@router.get("", summary="lens links --json")
def links(
    p: Acting,
    hub: Hub,
    doc_id: str | None = Query(None, description="Only this document's links and network."),
    type: str | None = Query(  # noqa: A002 (the contract's parameter name)
        None,
        description="Comma-separated link types: phone, email, account, wallet, document_no, "
        "plate, handle, person.",
    ),
) -> dict[str, Any]:
    """Links (a type and the visible documents sharing one value) and networks (connected
    reports with their size, organisations, sectors, countries, exploitation and span)."""
    return hub.links.links(p, doc_id=doc_id, types=type)


@router.get("/passages/{chunk_id}", summary="lens links --passage --json")
def passage(chunk_id: str, p: Acting, hub: Hub) -> dict[str, Any]:
    """For each placeholder in a passage: how many other visible reports hold the same value."""
    return hub.links.passage(p, chunk_id)
