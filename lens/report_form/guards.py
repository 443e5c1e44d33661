"""What stands at the public door: CSRF tokens, the rate limiter and the access-log filter.

None of them stores or logs the client's address:
- the CSRF token is an HMAC (with a key that lives in this process's memory only) over a
  timestamp and a random nonce; the nonce also travels in a short-lived cookie scoped to
  `/report`, which identifies a form, not a person, and is never stored on the server;
- the rate limiter keeps, in memory, an HMAC of the address (again with a per-process key)
  and the times of its recent requests, and forgets both after the window;
- uvicorn's access log is filtered so that `/report` lines carry neither address nor query.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections import deque

CSRF_COOKIE = "lens_report_form"
CSRF_MAX_AGE = 2 * 3600


class CsrfGuard:
    """Signed, time-limited form tokens bound to a cookie nonce (double submit)."""

    def __init__(self, max_age: int = CSRF_MAX_AGE) -> None:
        self._key = secrets.token_bytes(32)
        self.max_age = max_age

    def _sign(self, stamp: str, nonce: str) -> str:
        return hmac.new(self._key, f"{stamp}.{nonce}".encode(), hashlib.sha256).hexdigest()

    def issue(self, nonce: str | None = None) -> tuple[str, str]:
        """(token for the hidden field, nonce for the cookie); an existing valid nonce is
        reused so two open tabs both work."""
        nonce = nonce if nonce and _is_nonce(nonce) else secrets.token_urlsafe(18)
        stamp = str(int(time.time()))
        return f"{stamp}.{nonce}.{self._sign(stamp, nonce)}", nonce

    def check(self, token: str | None, cookie: str | None) -> bool:
        """Whether the token is ours, fresh, and matches the cookie's nonce."""
        if not token or not cookie or len(token) > 200:
            return False
        parts = token.split(".")
        if len(parts) != 3 or not parts[0].isdigit():
            return False
        stamp, nonce, sig = parts
        if not hmac.compare_digest(sig, self._sign(stamp, nonce)):
            return False
        if not hmac.compare_digest(nonce.encode(), cookie.encode()):
            return False
        age = time.time() - int(stamp)
        return -60 <= age <= self.max_age


def _is_nonce(value: str) -> bool:
    return 16 <= len(value) <= 40 and all(c.isalnum() or c in "-_" for c in value)


class RateLimiter:
    """At most `limit` hits per `window` seconds per client, keyed by an in-memory HMAC of
    the address; idle keys are forgotten after the window."""

    def __init__(self, limit: int, window: float, max_clients: int = 100_000) -> None:
        self._key = secrets.token_bytes(32)
        self.limit = limit
        self.window = window
        self.max_clients = max_clients  # memory bound under a flood from many addresses
        self._hits: dict[bytes, deque[float]] = {}
        self._lock = threading.Lock()
        self._last_sweep = time.monotonic()

    def _digest(self, address: str) -> bytes:
        return hmac.new(self._key, address.encode(), hashlib.sha256).digest()[:16]

    def allow(self, address: str | None) -> bool:
        """Count one hit; False when the client is over its limit."""
        now = time.monotonic()
        key = self._digest(address or "-")
        with self._lock:
            if now - self._last_sweep > self.window or (
                key not in self._hits and len(self._hits) >= self.max_clients
            ):
                self._sweep(now)
            if key not in self._hits and len(self._hits) >= self.max_clients:
                return False  # still full of active clients: refuse newcomers until one ages out
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] > self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def _sweep(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or now - h[-1] > self.window]:
            del self._hits[key]
        self._last_sweep = now

    def __len__(self) -> int:
        return len(self._hits)


class NoClientAddress(logging.Filter):
    """Blanks the client address and drops the query string of access-log lines for paths
    under `prefix` (uvicorn's access record args: addr, method, path, version, status)."""

    def __init__(self, prefix: str = "/report") -> None:
        super().__init__()
        self.prefix = prefix

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path = args[2]
            if (
                path == self.prefix
                or path.startswith(self.prefix + "/")
                or path.startswith(self.prefix + "?")
            ):
                record.args = ("-", args[1], path.split("?", 1)[0], *args[3:])
        return True


_installed: set[str] = set()
_install_lock = threading.Lock()


def install_log_filter(prefix: str = "/report") -> None:
    """Put the filter on uvicorn's access logger and its handlers (once per prefix)."""
    with _install_lock:
        if prefix in _installed:
            return
        logger = logging.getLogger("uvicorn.access")
        f = NoClientAddress(prefix)
        logger.addFilter(f)
        for handler in logger.handlers:
            handler.addFilter(f)
        _installed.add(prefix)
