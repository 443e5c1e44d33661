"""A small news site served on loopback for the feed tests: feeds, articles and bad endpoints."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import free_port

SLOW_S = 1.5  # longer than the tests' 0.5 s read timeout
HUGE_BYTES = 20 * 1024 * 1024
ETAG = '"cond-v1"'
LAST_MODIFIED = "Mon, 06 Jan 2025 08:00:00 GMT"

ARTICLES = {
    "raid": (
        "Police free fourteen workers from forced labour on inland farm",
        "Officers raided a vegetable farm at dawn and found fourteen men held in forced labour. "
        "Their passports had been taken and they slept in a locked barn. Prosecutors are "
        "investigating the owner for human trafficking offences.",
    ),
    "shelter": (
        "Charity opens shelter for survivors of human trafficking",
        "A new safe house for survivors of human trafficking opened this week. Staff said most "
        "residents had escaped domestic servitude or sexual exploitation.",
    ),
    "fashion": (
        "Fashion week opens with sustainable collections",
        "Designers opened fashion week with collections made from recycled fabrics. Models "
        "walked a runway built from reclaimed wood as buyers looked on.",
    ),
    "fishing": (
        "Fishing crew rescued after years of debt bondage at sea",
        "Twenty-two fishermen were brought ashore after the coast guard boarded their vessel. "
        "They described debt bondage, beatings and forced labour for years without wages.",
    ),
    "cond": (
        "Court convicts recruiter of modern slavery",
        "A recruiter who charged workers recruitment fees and kept them in debt bondage was "
        "convicted of modern slavery offences.",
    ),
}
ARTICLES["raid-copy"] = ARTICLES["raid"]  # the same story syndicated under another URL

BOILERPLATE_NAV = "Home | World | Business | Sport | Subscribe now"
BOILERPLATE_FOOT = "We use cookies to improve your experience. Accept all cookies."


def article_html(slug: str) -> str:
    """An article page with menus, a cookie banner and related links around the story."""
    title, body = ARTICLES[slug]
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (
        f"<html><head><title>{title} | Daily Example</title></head><body>"
        f"<nav>{BOILERPLATE_NAV}</nav><header><div class='banner'>Breaking news</div></header>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<aside><h3>Related</h3><ul><li><a href='/x'>Ten recipes for summer</a></li></ul></aside>"
        f"<footer>{BOILERPLATE_FOOT}</footer></body></html>"
    )


def rss(base: str, slugs: list[str], title: str = "Daily Example") -> str:
    """An RSS 2.0 feed linking to the given articles."""
    items = "".join(
        f"<item><title>{ARTICLES[s][0]}</title><link>{base}/articles/{s}.html</link>"
        f"<description>{ARTICLES[s][1][:80]}</description>"
        f"<pubDate>Mon, 06 Jan 2025 0{i}:00:00 GMT</pubDate></item>"
        for i, s in enumerate(slugs)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>News</description>"
        f"{items}</channel></rss>"
    )


def atom(base: str) -> str:
    """An Atom feed: one article, and one under a path robots.txt disallows."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Example Atom</title><id>{base}/atom.xml</id>"
        "<updated>2025-01-07T00:00:00Z</updated>"
        f"<entry><title>{ARTICLES['fishing'][0]}</title>"
        f'<link href="{base}/articles/fishing.html"/><id>urn:fishing</id>'
        "<updated>2025-01-07T00:00:00Z</updated><summary>Crew rescued.</summary></entry>"
        "<entry><title>Members-only: child trafficking ring charged</title>"
        f'<link href="{base}/private/ring.html"/><id>urn:ring</id>'
        "<updated>2025-01-05T00:00:00Z</updated><summary>Prosecutors charged five people with "
        "child trafficking and forced begging after a two-year inquiry.</summary></entry></feed>"
    )


BROKEN_XML = "<?xml version='1.0'?><rss version='2.0'><channel><title>Broken &&& <<<"


@dataclass
class Site:
    """The running site: its base URL and a log of (path, headers) of every request."""

    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def send(
            self,
            status: int,
            body: str,
            ctype: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
        ) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.requests.append((self.path, dict(self.headers)))
            # The client giving up (timeouts, the size cap) is expected.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.route(self.path)

        def route(self, path: str) -> None:
            base, xml = site.base, "application/rss+xml"
            if path == "/robots.txt":
                self.send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/news.xml":
                self.send(200, rss(base, ["raid", "shelter", "fashion"]), xml)
            elif path == "/dup.xml":
                self.send(200, rss(base, ["raid", "raid-copy"], "Other Paper"), xml)
            elif path == "/atom.xml":
                self.send(200, atom(base), "application/atom+xml")
            elif path == "/cond.xml":
                headers = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
                if self.headers.get("If-None-Match") == ETAG:
                    self.send_response(304)
                    self.end_headers()
                else:
                    self.send(200, rss(base, ["cond"]), xml, headers)
            elif path == "/broken.xml":
                self.send(200, BROKEN_XML, xml)
            elif path == "/page.xml":
                self.send(200, "<html><body><p>Not a feed at all.</p></body></html>")
            elif path == "/slow.xml":
                time.sleep(SLOW_S)
                self.send(200, rss(base, ["raid"]), xml)
            elif path == "/huge.xml":
                self.send_response(200)  # no Content-Length: the size is only known by reading
                self.send_header("Content-Type", xml)
                self.end_headers()
                chunk = b"<!-- padding -->" * 4096
                for _ in range(HUGE_BYTES // len(chunk)):
                    self.wfile.write(chunk)
            elif path in ("/loop-a.xml", "/loop-b.xml"):
                target = "/loop-b.xml" if path == "/loop-a.xml" else "/loop-a.xml"
                self.send(302, "", headers={"Location": target})
            elif path.startswith(("/articles/", "/private/")):
                slug = path.rsplit("/", 1)[-1].removesuffix(".html")
                if slug in ARTICLES:
                    self.send(200, article_html(slug))
                else:
                    self.send(404, "<h1>Not found</h1>")
            else:
                self.send(404, "<h1>Not found</h1>")

    return Handler


@contextmanager
def serve_site() -> Iterator[Site]:
    """Start the site on a free loopback port; stop it afterwards."""
    port = free_port()
    site = Site(base=f"http://127.0.0.1:{port}")
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
