"""health, whoami, search and ask (whole, or streamed as server-sent events)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from lens.api.auth import Acting, Hub
from lens.api.errors import CODES, status_of
from lens.api.models import AskBody, SearchBody
from lens.services import AskEvent

open_router = APIRouter(tags=["hub"])
router = APIRouter(tags=["questions"])

SSE = "text/event-stream"
log = logging.getLogger("lens.api")


def version() -> str:
    """The installed Lens version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("traffik-lens")
    except PackageNotFoundError:  # a source checkout
        return "0+unknown"


@open_router.get("/health", summary="Is the hub up")
def health() -> dict[str, Any]:
    """`{"status": "ok", "version": ...}`."""
    return {"status": "ok", "version": version()}


@router.get("/whoami", summary="lens whoami --json")
def whoami(p: Acting, hub: Hub) -> dict[str, Any]:
    """The token's user and what they may see."""
    return hub.users.whoami(p)


@router.post("/search", summary="lens search --json")
def search(body: SearchBody, p: Acting, hub: Hub) -> dict[str, Any]:
    """The passages the user may see that best match the query."""
    return hub.questions.search(p, body.query, k=body.k, filters=body.filters, mode=body.mode)


@router.post(
    "/ask",
    summary="lens ask --json",
    response_model=None,
    responses={
        200: {
            "description": "The answer; with `Accept: text/event-stream`, `token` events "
            "(the model's unchecked draft) and then one `answer` event holding it.",
            "content": {SSE: {"schema": {"type": "string"}}},
        }
    },
)
def ask(
    body: AskBody,
    request: Request,
    p: Acting,
    hub: Hub,
) -> Any:
    """A cited answer from the sources the user may see."""
    questions = hub.questions
    filters = questions.filters(body.filters)  # a bad filter is a 400, before any stream
    if SSE not in request.headers.get("accept", ""):
        return questions.ask(
            p, body.question, history=body.history(), filters=filters, mode=body.mode
        )
    events = questions.ask_stream(
        p, body.question, history=body.history(), filters=filters, mode=body.mode
    )
    first = next(events)  # an error before the first event is an ordinary error response
    return StreamingResponse(
        _sse(first, events),
        media_type=SSE,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _sse(first: AskEvent, rest: Iterator[AskEvent]) -> Iterator[str]:
    """The events as server-sent events: `token` ({"text"}), then `answer`, or `error`."""
    from core.errors import LensError

    yield _event(first)
    try:
        for event in rest:
            yield _event(event)
    except LensError as exc:
        error = {"code": CODES[status_of(exc)], "message": str(exc)}
        yield f"event: error\ndata: {json.dumps({'error': error})}\n\n"
    except Exception:  # a bug mid-stream: the headers are sent, so say it as an event
        log.exception("unexpected error while streaming an answer")
        message = "Unexpected error while answering; details are in the Lens log."
        error = {"code": CODES[503], "message": message}
        yield f"event: error\ndata: {json.dumps({'error': error})}\n\n"


def _event(event: AskEvent) -> str:
    data = {"text": event.data} if event.kind == "token" else event.data
    return f"event: {event.kind}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"
