"""The public report form (no login): anonymous tips from the public, redacted at the door.

    from lens.report_form import mount
    mount(app, lambda: lens.services)        # GET/POST /report, GET/POST /report/follow-up

`mount` adds the routes to a FastAPI or Starlette app (Chainlit's, inside `lens serve`),
ahead of any catch-all route, and filters uvicorn's access log so that no line for these
routes carries the client's address or query string. See docs/tips.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lens.report_form.app import ReportForm
    from lens.services import Services

__all__ = ["mount", "routes"]


def routes(services_factory: Callable[[], Services], prefix: str = "/report") -> list[Any]:
    """The form's Starlette routes, and nothing else (for an app that mounts them itself)."""
    from starlette.routing import Route

    from lens.report_form.app import ReportForm

    form = ReportForm(services_factory, prefix)
    return [
        Route(prefix, form.get_report, methods=["GET"]),
        Route(prefix, form.post_report, methods=["POST"]),
        Route(f"{prefix}/follow-up", form.get_follow_up, methods=["GET"]),
        Route(f"{prefix}/follow-up", form.post_follow_up, methods=["POST"]),
    ]


def mount(
    app: Any, services_factory: Callable[[], Services], prefix: str = "/report"
) -> ReportForm:
    """Serve the form at `prefix` in `app`, before the app's own routes (so a single-page
    app's catch-all cannot shadow it), with the access-log filter installed."""
    from lens.report_form.guards import install_log_filter

    added = routes(services_factory, prefix)
    app.router.routes[0:0] = added
    install_log_filter(prefix)
    return added[0].endpoint.__self__  # type: ignore[no-any-return]
