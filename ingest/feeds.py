"""Fetching feeds and articles politely (timeouts, a size cap, bounded redirects, robots.txt),
and reading them: RSS/Atom entries with feedparser, an article's main text with the HTML loader.

One `Fetcher` per poll run holds one `httpx.Client` (connection reuse) and a per-host cache of
robots.txt rules. Every failure is a `FetchError` whose message is one sentence naming the
URL and what went wrong, never the content; callers store it as a feed's `last_error`.

robots.txt follows RFC 9309: rules are read once per host (kept for a day); a 4xx answer
means no rules (fetch allowed), a 5xx answer means "do not crawl" (everything disallowed).
"""

from __future__ import annotations

import io
import logging
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ingest.model import RecordOptions
from ingest.normalise import normalise_text

log = logging.getLogger("lens.feeds")

USER_AGENT = "TraffikLens/0.1 (+feed monitor)"
ROBOTS_TTL_S = 24 * 3600
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchLimits:
    """How long to wait, how much to read and how far to follow."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


class FetchError(Exception):
    """A URL that could not be fetched; the message is one sentence. `status` if HTTP said."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class FetchResult:
    """A fetched resource (after redirects), or a 304 Not Modified with no content."""

    url: str
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """True when the server said the resource has not changed since the last fetch."""
        return self.status == 304


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


class Fetcher:
    """GETs http(s) URLs within `FetchLimits`, honouring robots.txt for its user agent."""

    def __init__(
        self, limits: FetchLimits | None = None, *, event_hooks: dict[str, list[Any]] | None = None
    ) -> None:
        self.limits = limits or FetchLimits()
        lim = self.limits
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=lim.connect_timeout,
                read=lim.read_timeout,
                write=lim.read_timeout,
                pool=lim.connect_timeout,
            ),
            follow_redirects=False,  # followed by hand: loop detection and robots per hop
            headers={"User-Agent": lim.user_agent},
            event_hooks=event_hooks or {},
        )
        self._robots: dict[str, tuple[float, RobotFileParser]] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    # Public API ----------------------------------------------------------------------
    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
    ) -> FetchResult:
        """Fetch `url`, conditionally when `etag`/`last_modified` are given; raise FetchError."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen = url, {url}
        deadline = time.monotonic() + self.limits.total_timeout
        for _hop in range(self.limits.max_redirects + 1):
            _check_scheme(url, current)
            if check_robots and not self.allowed(current):
                raise FetchError(f"{url}: robots.txt of {_origin(current)} disallows fetching it.")
            nxt = self._request(url, current, headers, deadline)
            if isinstance(nxt, FetchResult):
                return nxt
            if nxt in seen:
                raise FetchError(f"{url}: redirect loop (it leads back to {nxt}).")
            seen.add(nxt)
            current = nxt
        raise FetchError(f"{url}: more than {self.limits.max_redirects} redirects.")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets our user agent fetch it."""
        origin = _origin(url)
        cached = self._robots.get(origin)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL_S:
            cached = (time.monotonic(), self._load_robots(origin))
            self._robots[origin] = cached
        return cached[1].can_fetch(self.limits.user_agent, url)

    # Internals -----------------------------------------------------------------------
    def _load_robots(self, origin: str) -> RobotFileParser:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            got = self.get(origin + "/robots.txt", check_robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rules.allow_all = True
                return rules
            if exc.status is not None:
                rules.disallow_all = True
                return rules
            raise  # unreachable host: say why, and ask again next time
        rules.parse(got.content.decode("utf-8", errors="replace").splitlines())
        return rules

    def _request(
        self, url: str, current: str, headers: dict[str, str], deadline: float
    ) -> FetchResult | str:
        """One GET: a result, or the next URL to follow when the answer is a redirect."""
        lim = self.limits
        try:
            with self._client.stream("GET", current, headers=headers) as resp:
                location = resp.headers.get("location")
                if resp.status_code in _REDIRECTS and location:
                    return urldefrag(urljoin(current, location))[0]
                if resp.status_code >= 400:
                    phrase = f" {resp.reason_phrase}" if resp.reason_phrase else ""
                    raise FetchError(
                        f"{url}: the server answered HTTP {resp.status_code}{phrase}.",
                        status=resp.status_code,
                    )
                content = b"" if resp.status_code == 304 else self._read(url, resp, deadline)
                return FetchResult(
                    url=current,
                    status=resp.status_code,
                    content=content,
                    content_type=resp.headers.get("content-type", "").split(";")[0].strip(),
                    etag=resp.headers.get("etag"),
                    last_modified=resp.headers.get("last-modified"),
                )
        except httpx.ConnectTimeout as exc:
            raise FetchError(f"{url}: no connection within {lim.connect_timeout:g} s.") from exc
        except httpx.ReadTimeout as exc:
            raise FetchError(
                f"{url}: the server did not answer within {lim.read_timeout:g} s."
            ) from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"{url}: could not connect ({_reason(exc)}).") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: the request failed ({_reason(exc)}).") from exc

    def _read(self, url: str, resp: httpx.Response, deadline: float) -> bytes:
        """The body, streamed: stop at the size cap or the overall deadline."""
        cap = self.limits.max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{url}: is {_size(int(declared))}, over the {_size(cap)} limit.")
        parts: list[bytes] = []
        total = 0
        for chunk in resp.iter_bytes(64 * 1024):  # decoded bytes: a gzip bomb is capped too
            total += len(chunk)
            if total > cap:
                raise FetchError(f"{url}: is larger than the {_size(cap)} limit.")
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{url}: took longer than {self.limits.total_timeout:g} s to download."
                )
            parts.append(chunk)
        return b"".join(parts)


# Reading feeds and articles ----------------------------------------------------------
class FeedError(Exception):
    """A feed whose content is not usable RSS or Atom; the message is one sentence."""


@dataclass
class Entry:
    """One item of a feed, as far as Lens needs it."""

    url: str
    title: str
    summary: str
    published: date | None


def parse_feed(content: bytes, feed_url: str) -> list[Entry]:
    """Entries of an RSS or Atom document, links made absolute; FeedError if it is neither."""
    import feedparser

    # A file object, never a string: feedparser would fetch a URL or open a path itself.
    parsed = feedparser.parse(io.BytesIO(content), response_headers={"content-location": feed_url})
    if not parsed.entries:
        if not parsed.version:
            raise FeedError(f"{feed_url}: is not an RSS or Atom feed.")
        if parsed.bozo:  # a feed, but broken before its first item
            reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:120] or "unreadable"
            raise FeedError(f"{feed_url}: is not well-formed RSS or Atom ({reason}).")
    out = []
    for e in parsed.entries:
        link = urldefrag(str(e.get("link") or ""))[0].strip()
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        out.append(
            Entry(
                url=link,
                title=normalise_text(str(e.get("title") or "")) or link,
                summary=_html_text(str(e.get("summary") or "")),
                published=date(*stamp[:3]) if stamp else None,
            )
        )
    return out


def _html_text(markup: str) -> str:
    """Plain text of an HTML fragment (feed summaries)."""
    if not markup.strip():
        return ""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        return normalise_text(lxml_html.fromstring(markup).text_content())
    except (ParserError, ValueError):
        return normalise_text(markup)


def article_text(content: bytes, content_type: str) -> str:
    """Main text of a fetched article (HTML through the HTML loader, plain text as is)."""
    from ingest.loaders.html import load_html
    from ingest.normalise import decode_bytes

    if content_type in ("text/plain", "text/markdown"):
        return normalise_text(decode_bytes(content, "article"))
    if content_type and "html" not in content_type and "xml" not in content_type:
        return ""  # a PDF, an image...: the summary stands in
    docs = load_html(Path("article.html"), content, RecordOptions())
    return docs[0].text if docs else ""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _check_scheme(url: str, current: str) -> None:
    parts = urlsplit(current)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: only http and https addresses can be fetched.")


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120].rstrip(".")
