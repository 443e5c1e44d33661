"""The HTTP API (/api/v1): `create_app(root)` builds it over a composition root; `lens.web`
mounts it into the server `lens serve` runs."""

from lens.api.app import PREFIX, create_app

__all__ = ["PREFIX", "create_app"]
