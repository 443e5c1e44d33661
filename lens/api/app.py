"""The HTTP API's FastAPI application (/api/v1, ../shared/API.md): thin routes over the hub's
services, one error shape, bearer tokens, and the size and rate limits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI

from lens.api import (
    errors,
    routes_documents,
    routes_links,
    routes_questions,
    routes_reports,
    routes_tips,
)
from lens.api.auth import caller
from lens.api.limits import BodyLimit, RateLimiter

if TYPE_CHECKING:
    from lens.app import Lens

PREFIX = "/api/v1"
DESCRIPTION = (
    "Each JSON body is the document the matching `lens … --json` command prints. "
    "Every call except `health` and `openapi.json` needs `Authorization: Bearer <token>` "
    '(`lens tokens create`). Errors are `{"error": {"code", "message"}}`.'
)


def create_app(root: Callable[[], Lens]) -> FastAPI:
    """The API over the composition root `root()` returns (built on first call, once)."""
    app = FastAPI(
        title="Traffik Lens API",
        version=routes_questions.version(),
        description=DESCRIPTION,
        openapi_url=f"{PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        responses=errors.ERROR_RESPONSES,  # type: ignore[arg-type]
    )
    app.state.root = root  # called on the first request, not here: building the app is cheap
    app.state.limiter = RateLimiter(lambda: root().settings.api)
    errors.install(app)
    app.add_middleware(BodyLimit, limit=lambda: root().settings.api.max_body_bytes)
    app.include_router(routes_questions.open_router, prefix=PREFIX)
    protected = [Depends(caller)]
    for router in (
        routes_questions.router,
        routes_reports.router,
        routes_documents.router,
        routes_links.router,
        routes_tips.router,
    ):
        app.include_router(router, prefix=PREFIX, dependencies=protected)
    return app
