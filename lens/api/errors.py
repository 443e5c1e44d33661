"""One error shape for every /api/v1 failure: `{"error": {"code", "message"}}`, the status
codes of ../shared/API.md, and the CLI's rule that a refusal is audited once."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from core.errors import AccessDenied, LensError, NotFound, storage_error

log = logging.getLogger("lens.api")

CODES = {
    400: "invalid",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "invalid",
    413: "too_large",
    415: "invalid",
    422: "invalid",
    429: "rate_limited",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    """What went wrong: a stable code and one sentence."""

    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error the API returns."""

    error: ErrorDetail


# The error responses every route may give, for the OpenAPI schema.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": code.replace("_", " ")}
    for status, code in CODES.items()
    if status not in (405, 415)
}


class ApiError(HTTPException):
    """An HTTP error with its one sentence (raised by the API's own checks). A subclass of
    Starlette's so that FastAPI passes it through body parsing untouched."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The one error shape."""
    body = {"error": {"code": CODES.get(status, "invalid"), "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "The request is not valid."
    first = errors[0]
    loc = list(first.get("loc", ()))
    if loc and loc[0] in ("body", "query", "path", "header", "cookie"):
        loc = loc[1:]  # where it was sent; the field's name is what the caller needs
    where = ".".join(str(x) for x in loc)
    what = str(first.get("msg", "is not valid")).rstrip(".")
    return f"{where or 'The request'}: {what}." if where else f"{what}."


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    status = exc.status_code if exc.status_code in CODES else 400
    message = exc.detail if isinstance(exc.detail, str) else "The request is not valid."
    if status == 404 and message == "Not Found":
        message = "No such endpoint."
    if status == 405:
        message = "This method is not allowed here."
    return error_response(status, message, getattr(exc, "headers", None))


def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, _validation_message(exc))


def status_of(exc: LensError) -> int:
    """The HTTP status of a Lens error: 401 for a token that lets no one in, 404 for what
    does not exist or may not be seen, 403 for a refusal, else 400 (the caller can fix it)."""
    from lens.services.tokens import InvalidToken

    if isinstance(exc, InvalidToken):
        return 401
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, AccessDenied):
        return 403
    return 400


def _lens(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LensError)
    status = status_of(exc)
    if status == 403:
        _audit_refusal(request, exc)  # type: ignore[arg-type]
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return error_response(status, str(exc), headers)


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    """A bug or a storage failure: one sentence, the trace in the Lens log."""
    log.exception("unexpected error in %s %s", request.method, request.url.path, exc_info=exc)
    root = getattr(request.app.state, "root", None)
    problem = storage_error(exc, root().settings.home if root is not None else None)
    if problem is not None:
        return error_response(503, str(problem))
    return error_response(503, f"Unexpected {type(exc).__name__}; details are in the Lens log.")


def _audit_refusal(request: Request, exc: AccessDenied) -> None:
    """A refusal no service audited is audited here, once, without content."""
    if exc.audited:
        return
    try:
        from core.audit import refusal

        root = request.app.state.root()
        user = getattr(request.state, "user", None)
        refusal(root.db, exc, user=user, action="refused", outcome=str(exc)[:200])
    except Exception:  # auditing must never mask the caller's error
        log.exception("could not audit a refusal")


def install(app: FastAPI) -> None:
    """Every failure of `app` answered in the one shape."""
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(LensError, _lens)
    app.add_exception_handler(Exception, _unexpected)
