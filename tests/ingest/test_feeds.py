"""Feed polling against a real HTTP server on loopback, with the fake embedder and redactor."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from core.records import Chunk, Document, Feed, FeedItem
from ingest.feed_poller import FeedPoller
from ingest.feeds import Fetcher, FetchError, FetchLimits
from ingest.relevance import RelevanceGate
from tests.fakes.stack import build_stack
from tests.ingest.feed_site import ARTICLES, BOILERPLATE_FOOT, BOILERPLATE_NAV, serve_site

# Generous timeouts: a loaded CI machine can take more than a second to answer on loopback.
LIMITS = FetchLimits(
    connect_timeout=10.0,
    read_timeout=10.0,
    total_timeout=20.0,
    max_bytes=256 * 1024,
    max_redirects=5,
)
# Only the slow-server test uses a short read timeout (the site sleeps SLOW_S before answering).
SHORT_READ = FetchLimits(
    connect_timeout=10.0,
    read_timeout=0.5,
    total_timeout=20.0,
    max_bytes=256 * 1024,
    max_redirects=5,
)
NOW = datetime(2025, 1, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def site():
    with serve_site() as running:
        yield running


@pytest.fixture
def stack(tmp_path):
    return build_stack(tmp_path / "home")


class Clock:
    """A settable clock for back-off tests."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def hosts():
    return []


@pytest.fixture
def limits():
    return LIMITS


@pytest.fixture
def poller(stack, hosts, limits):
    """A poller whose gate stores items with one trafficking phrase (the fake embedder's
    similarities are small, so the keyword rule decides), recording every host contacted."""

    def record(request) -> None:
        hosts.append(request.url.host)

    gate = RelevanceGate(stack.embedder, threshold=0.5, keyword_weight=0.5)
    with Fetcher(limits, event_hooks={"request": [record]}) as fetcher:
        yield FeedPoller(
            stack.db,
            stack.pipeline,
            fetcher,
            gate,
            lambda feed: stack.principal("con"),
            clock=Clock(),
        )


def add_feed(stack, url: str, *, level: int = 1) -> int:
    p = stack.principal("con")
    with stack.db.session() as s:
        feed = Feed(url=url, org_id=p.org_id, level=level, added_by=p.user_id)
        s.add(feed)
        s.flush()
        return int(feed.id)


def docs(stack) -> list[Document]:
    with stack.db.session() as s:
        return list(s.exec(select(Document).order_by(Document.source_ref)))


def feed(stack, feed_id: int) -> Feed:
    with stack.db.session() as s:
        row = s.get(Feed, feed_id)
        assert row is not None
        return row


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and len(message) <= 300


def test_when_rss_feed_polled_then_relevant_items_stored_once_as_news(stack, poller, site):
    add_feed(stack, f"{site.base}/news.xml")
    result = poller.poll_all()
    assert result | {"errors": []} == {
        "new": 3,
        "relevant": 2,
        "skipped": 1,
        "feeds": 1,
        "not_modified": 0,
        "errors": [],
    }
    stored = docs(stack)
    assert [d.source_ref for d in stored] == [
        f"{site.base}/articles/raid.html",
        f"{site.base}/articles/shelter.html",
    ]
    assert {d.kind for d in stored} == {"news"}
    assert stored[0].title == ARTICLES["raid"][0]
    assert stored[0].meta["feed"] == f"{site.base}/news.xml"
    assert stored[0].doc_date is not None
    assert stored[0].doc_date.year == 2025
    with stack.db.session() as s:
        text = " ".join(c.text for c in s.exec(select(Chunk)))
        items = list(s.exec(select(FeedItem)))
    assert "locked barn" in text  # the article's main text, not just the feed's summary
    assert BOILERPLATE_NAV not in text
    assert BOILERPLATE_FOOT not in text
    assert sorted((i.url.rsplit("/", 1)[-1], i.relevant) for i in items) == [
        ("fashion.html", False),
        ("raid.html", True),
        ("shelter.html", True),
    ]


def test_when_polled_twice_then_nothing_is_stored_again(stack, poller, site):
    add_feed(stack, f"{site.base}/news.xml")
    poller.poll_all()
    again = poller.poll_all()
    assert (again["new"], again["relevant"], again["skipped"]) == (0, 0, 0)
    assert len(docs(stack)) == 2


def test_when_same_story_in_two_feeds_then_stored_once(stack, poller, site):
    add_feed(stack, f"{site.base}/news.xml")
    add_feed(stack, f"{site.base}/dup.xml")  # raid.html again, and raid-copy.html: same text
    result = poller.poll_all()
    assert result["errors"] == []
    assert [d.source_ref.rsplit("/", 1)[-1] for d in docs(stack)] == ["raid.html", "shelter.html"]
    assert result["new"] == 4  # raid.html is not new to the second feed; raid-copy.html is
    assert result["relevant"] == 2


def test_when_feed_unchanged_then_conditional_get_answers_304(stack, poller, site):
    feed_id = add_feed(stack, f"{site.base}/cond.xml")
    first = poller.poll_all()
    assert (first["new"], first["relevant"]) == (1, 1)
    assert feed(stack, feed_id).etag == '"cond-v1"'
    second = poller.poll_all()
    assert second["not_modified"] == 1
    assert (second["new"], second["relevant"], second["skipped"]) == (0, 0, 0)
    sent = [h for p, h in site.requests if p == "/cond.xml"][-1]
    assert sent.get("If-None-Match") == '"cond-v1"'
    assert sent.get("If-Modified-Since") == "Mon, 06 Jan 2025 08:00:00 GMT"


def test_when_atom_feed_polled_then_items_stored(stack, poller, site):
    add_feed(stack, f"{site.base}/atom.xml")
    assert poller.poll_all()["relevant"] == 2
    assert f"{site.base}/articles/fishing.html" in [d.source_ref for d in docs(stack)]


def test_when_robots_disallows_article_then_it_is_not_fetched_and_summary_is_used(
    stack, poller, site
):
    add_feed(stack, f"{site.base}/atom.xml")
    poller.poll_all()
    assert "/private/ring.html" not in site.paths()
    ring = [d for d in docs(stack) if d.source_ref.endswith("/private/ring.html")]
    assert len(ring) == 1
    with stack.db.session() as s:
        chunks = [c.text for c in s.exec(select(Chunk).where(Chunk.doc_id == ring[0].id))]
    assert "forced begging after a two-year inquiry" in " ".join(chunks)


def test_when_feed_fails_then_error_counted_backoff_set_and_others_still_succeed(
    stack, poller, site
):
    broken = add_feed(stack, f"{site.base}/broken.xml")
    missing = add_feed(stack, f"{site.base}/missing.xml")
    good = add_feed(stack, f"{site.base}/news.xml")
    result = poller.poll_all()
    assert result["relevant"] == 2
    assert {e["feed"] for e in result["errors"]} == {
        f"{site.base}/broken.xml",
        f"{site.base}/missing.xml",
    }
    for feed_id in (broken, missing):
        row = feed(stack, feed_id)
        assert row.error_count == 1
        assert row.next_poll_at is not None
        assert row.next_poll_at.replace(tzinfo=UTC) == NOW + timedelta(minutes=15)
        assert one_sentence(row.last_error or "")
    assert feed(stack, good).error_count == 0
    assert "HTTP 404" in (feed(stack, missing).last_error or "")
    assert "not well-formed" in (feed(stack, broken).last_error or "")
    assert poller.poll_all()["feeds"] == 1  # the failing feeds wait for their back-off


def test_when_feed_keeps_failing_then_backoff_doubles_up_to_the_cap(stack, poller, site):
    feed_id = add_feed(stack, f"{site.base}/missing.xml")
    delays = []
    for _ in range(9):
        poller.poll_all()
        row = feed(stack, feed_id)
        assert row.next_poll_at is not None
        delays.append(row.next_poll_at.replace(tzinfo=UTC) - poller.clock())
        poller.clock.now = row.next_poll_at.replace(tzinfo=UTC)
    assert delays[:4] == [timedelta(minutes=m) for m in (15, 30, 60, 120)]
    assert delays[-1] == timedelta(hours=24)
    assert feed(stack, feed_id).error_count == 9


def test_when_feed_recovers_then_error_count_resets(stack, poller, site):
    feed_id = add_feed(stack, f"{site.base}/missing.xml")
    poller.poll_all()
    with stack.db.session() as s:
        row = s.get(Feed, feed_id)
        row.url = f"{site.base}/news.xml"
        s.add(row)
    poller.clock.now = NOW + timedelta(hours=1)
    assert poller.poll_all()["errors"] == []
    row = feed(stack, feed_id)
    assert (row.error_count, row.next_poll_at, row.last_error) == (0, None, None)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/broken.xml", "is not well-formed RSS or Atom"),
        ("/page.xml", "is not an RSS or Atom feed"),
        ("/missing.xml", "the server answered HTTP 404 Not Found"),
        ("/huge.xml", "is larger than the 256 KB limit"),
        ("/loop-a.xml", "redirect loop"),
    ],
)
def test_when_feed_is_bad_then_its_error_is_one_sentence(stack, poller, site, path, expected):
    assert_one_error(stack, poller, f"{site.base}{path}", expected)


@pytest.mark.parametrize("limits", [SHORT_READ])
def test_when_server_is_slow_then_the_read_timeout_is_the_error(stack, poller, site, limits):
    expected = "the server did not answer within 0.5 s"
    assert_one_error(stack, poller, f"{site.base}/slow.xml", expected)


def assert_one_error(stack, poller, url: str, expected: str) -> None:
    add_feed(stack, url)
    result = poller.poll_all()
    assert len(result["errors"]) == 1
    message = result["errors"][0]["error"]
    assert expected in message
    assert message.startswith(f"{url}: ")
    assert one_sentence(message)
    assert docs(stack) == []


def test_when_page_is_huge_then_reading_stops_at_the_cap_with_little_memory(site):
    tracemalloc.start()
    try:
        with Fetcher(LIMITS) as fetcher, pytest.raises(FetchError, match="larger than"):
            fetcher.get(f"{site.base}/huge.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024  # the server sends 20 MB


def test_when_redirect_limit_is_exceeded_then_clear_error(site):
    with (
        Fetcher(FetchLimits(max_redirects=0)) as fetcher,
        pytest.raises(FetchError, match="more than 0 redirects"),
    ):
        fetcher.get(f"{site.base}/loop-a.xml")


def test_when_url_is_not_http_then_it_is_refused_without_a_request(site):
    with Fetcher(LIMITS) as fetcher, pytest.raises(FetchError, match="only http and https"):
        fetcher.get("file:///etc/passwd")


def test_when_polling_then_requests_identify_lens_and_stay_on_loopback(stack, poller, site, hosts):
    for path in ("/news.xml", "/atom.xml", "/dup.xml", "/cond.xml", "/broken.xml"):
        add_feed(stack, f"{site.base}{path}")
    site.requests.clear()
    poller.poll_all()
    assert len(hosts) == len(site.requests) > 10
    assert set(hosts) == {"127.0.0.1"}
    assert {h.get("User-Agent") for _, h in site.requests} == {"TraffikLens/0.1 (+feed monitor)"}
    assert site.paths().count("/robots.txt") == 1  # read once per host, then cached


def test_when_feed_owner_is_disabled_then_the_feed_errors_and_nothing_is_stored(stack, site):
    from core.directory import set_active

    add_feed(stack, f"{site.base}/news.xml")
    with stack.db.session() as s:
        set_active(s, "con", False)
    gate = RelevanceGate(stack.embedder, threshold=0.5, keyword_weight=0.5)

    def owner(_feed):
        return stack.principal("con")

    with Fetcher(LIMITS) as fetcher:
        result = FeedPoller(stack.db, stack.pipeline, fetcher, gate, owner).poll_all()
    assert result["errors"][0]["error"] == "User 'con' is disabled."
    assert docs(stack) == []
