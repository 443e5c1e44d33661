"""Request-size and rate limits: a body larger than `api.max_body_bytes` gets 413 (whether
its length is announced or not), and each token spends from its own bucket (429 when empty)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lens.api.errors import ApiError, error_response

if TYPE_CHECKING:
    from core.settings import APISettings


class BodyTooLarge(ApiError):
    """The body went over the limit while it was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the limit of {limit} bytes.")


class BodyLimit:
    """ASGI middleware: refuse a body over `limit()` bytes before a handler buffers it."""

    def __init__(self, app: ASGIApp, limit: Callable[[], int]) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit()
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            response = error_response(413, BodyTooLarge(limit).detail)
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)


class RateLimiter:
    """A token bucket per key (the API token's id): `api.rate_burst` requests at once,
    refilled at `api.rate_per_minute`. In memory, per process."""

    def __init__(self, settings: Callable[[], APISettings]) -> None:
        self.settings = settings
        self.rate = self.burst = 0.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one request of `key`'s bucket: 0 when allowed, else seconds until it is."""
        if not self.rate:
            s = self.settings()
            self.rate, self.burst = s.rate_per_minute / 60.0, float(s.rate_burst)
        now = time.monotonic()
        with self._lock:
            level, then = self._buckets.get(key, (self.burst, now))
            level = min(self.burst, level + (now - then) * self.rate)
            if level >= 1.0:
                self._buckets[key] = (level - 1.0, now)
                return 0.0
            self._buckets[key] = (level, now)
            return (1.0 - level) / self.rate

    def waiting(self, key: str) -> float:
        """Seconds until `key` may make a request, without spending one (0 if it may now)."""
        if not self.rate or key not in self._buckets:
            return 0.0
        with self._lock:
            level, then = self._buckets[key]
            level = min(self.burst, level + (time.monotonic() - then) * self.rate)
        return 0.0 if level >= 1.0 else (1.0 - level) / self.rate

    def check(self, key: str) -> None:
        """429 when `key` has no request left, with when to try again."""
        wait = self.take(key)
        if wait > 0:
            raise too_many(wait, "with this token")


def too_many(wait: float, what: str) -> ApiError:
    """429, saying when to try again."""
    return ApiError(
        429,
        f"Too many requests {what}; slow down and try again shortly.",
        {"Retry-After": str(max(1, math.ceil(wait)))},
    )
