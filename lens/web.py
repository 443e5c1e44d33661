"""One port: what `lens serve` adds to the chat UI's web server (Chainlit's FastAPI app).

`attach(app, root)` places each of `MOUNTS` in front of the app's routes, so Chainlit's
catch-all frontend route never answers for them. A mount is a path prefix and a function that
builds an ASGI app over the composition root; to serve another face on the same port, add
its line to `MOUNTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.routing import BaseRoute, Match, NoMatchFound

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from lens.app import Lens

Root = Callable[[], "Lens"]


def _api(root: Root) -> ASGIApp:
    from lens.api import create_app

    return create_app(root)


def _report(root: Root) -> ASGIApp:
    """The public report form (no login); uvicorn's access log loses the client's address
    and query on its lines."""
    from starlette.applications import Starlette

    from lens.report_form import routes
    from lens.report_form.guards import install_log_filter

    install_log_filter("/report")
    return Starlette(routes=routes(lambda: root().services))


# (path prefix, builder): every request under the prefix goes to the built app, unchanged.
MOUNTS: list[tuple[str, Callable[[Root], ASGIApp]]] = [
    ("/api/v1", _api),
    ("/report", _report),
]


class Prefixed(BaseRoute):
    """A route that hands every request under `prefix` to `app` with its full path (unlike
    Starlette's Mount, which strips it), so the app's routes and OpenAPI paths read as the
    contract writes them (`/api/v1/search`)."""

    def __init__(self, prefix: str, app: ASGIApp) -> None:
        self.prefix = prefix.rstrip("/")
        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] not in ("http", "websocket"):
            return Match.NONE, {}
        path = scope["path"]
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        if path == self.prefix or path.startswith(self.prefix + "/"):
            return Match.FULL, {}
        return Match.NONE, {}

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def attach(app: Any, root: Root) -> None:
    """Serve every mount from `app` (a Starlette or FastAPI app), ahead of its own routes."""
    for n, (prefix, build) in enumerate(MOUNTS):
        app.router.routes.insert(n, Prefixed(prefix, build(root)))
