"""documents: upload (the same report as `lens ingest --json`), list, show and delete. A
document the caller may not see is answered exactly like one that does not exist."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool

from core.errors import LensError
from core.records import KINDS
from lens.api.auth import Acting, Hub
from lens.api.uploads import hold
from lens.services import Upload

router = APIRouter(prefix="/documents", tags=["documents"])


@router.post("", summary="lens ingest --json")
async def upload(
    p: Acting,
    hub: Hub,
    file: Annotated[list[UploadFile], File(description="One or more files (repeat `file`).")],
    level: Annotated[str, Form(description="0-3 or a level name.")] = "1",
    kind: Annotated[str | None, Form(description=f"One of {', '.join(KINDS)}.")] = None,
    org_only: Annotated[bool, Form(description="Only your organisation may see it.")] = False,
) -> dict[str, Any]:
    """Files redacted and indexed; what was removed is counted by type, and files that could
    not be read are listed in `failed`. Raw uploads are deleted as soon as they are read."""
    if kind is not None and kind not in KINDS:
        raise LensError(f"Kind {kind!r} is not valid: use {', '.join(KINDS)}.", exit_code=2)
    held: list[Upload] = []
    try:
        for f in file:
            held.append(await hold(f))
        return await run_in_threadpool(
            hub.documents.upload, p, held, level=level, org_only=org_only, kind=kind
        )
    finally:
        for h in held:
            h.discard()


@router.get("", summary="lens docs list --json")
def list_documents(
    p: Acting,
    hub: Hub,
    limit: int = Query(1000, ge=1, le=10000),
) -> dict[str, Any]:
    """The active documents the user may see, newest first."""
    return hub.documents.list_documents(p, limit=limit)


@router.get("/{doc_id}", summary="lens docs show --json")
def show(doc_id: str, p: Acting, hub: Hub) -> dict[str, Any]:
    """One document's record, what was removed from it, its facts and redacted passages."""
    return hub.documents.show(p, doc_id)


@router.delete("/{doc_id}", summary="lens docs delete --json")
def delete(doc_id: str, p: Acting, hub: Hub) -> dict[str, Any]:
    """Withdraw a document from every store (its uploader and its organisation's admins)."""
    return hub.documents.delete(p, doc_id)
