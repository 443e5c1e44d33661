"""Polling feeds: new items, their articles, the relevance gate, then the ingest pipeline.

For each due feed (active, not backing off): a conditional GET (ETag/Last-Modified); RSS or
Atom parsed by feedparser; each item not seen before by the feed's organisation (by URL) has
its article fetched and its main text extracted (the feed's summary when the article cannot
be had); items whose text the organisation already has (same hash) are skipped, the rest go
through the relevance gate, and relevant ones are ingested as `news` documents shared by the
user who added the feed, with the item's URL as `source_ref`.

Every item seen is remembered (`FeedItem`), relevant or not, so nothing is fetched or judged
twice. A failing feed gets one sentence in `last_error`, one more in `error_count`, and waits
`backoff_base * 2**(errors - 1)` (at most `backoff_max`) before its next poll; the other feeds
carry on regardless.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, or_, select

from core.access import Level, Principal
from core.db import Database
from core.errors import LensError
from core.records import Feed, FeedItem, utcnow
from ingest.batch import document_id
from ingest.feeds import Entry, FeedError, Fetcher, FetchError, article_text, parse_feed
from ingest.model import LoadedDocument, LoadError

if TYPE_CHECKING:
    from ingest.pipeline import IngestPipeline
    from ingest.relevance import RelevanceGate

log = logging.getLogger("lens.feeds")

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class _Item:
    entry: Entry
    text: str
    digest: str


@dataclass
class PollReport:
    """What a poll did, in the shape `lens feeds poll --json` prints."""

    feeds: int = 0
    new: int = 0
    relevant: int = 0
    skipped: int = 0
    not_modified: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "new": self.new,
            "relevant": self.relevant,
            "skipped": self.skipped,
            "feeds": self.feeds,
            "not_modified": self.not_modified,
            "errors": self.errors,
        }


class FeedPoller:
    """Polls due feeds and ingests their relevant new items (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        pipeline: IngestPipeline,
        fetcher: Fetcher,
        gate: RelevanceGate,
        principal_for_feed: Callable[[Feed], Principal],
        *,
        backoff_base: timedelta = timedelta(minutes=15),
        backoff_max: timedelta = timedelta(hours=24),
        max_items: int = 100,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db, self.pipeline, self.fetcher, self.gate = db, pipeline, fetcher, gate
        self.principal_for_feed = principal_for_feed
        self.backoff_base, self.backoff_max = backoff_base, backoff_max
        self.max_items = max_items
        self.clock = clock

    def due_feeds(self, org_id: int | None = None) -> list[Feed]:
        """Active feeds not backing off (of one organisation, if given), oldest poll first."""
        now = self.clock()
        query = select(Feed).where(Feed.active == True)  # noqa: E712 - SQL expression
        query = query.where(or_(col(Feed.next_poll_at).is_(None), col(Feed.next_poll_at) <= now))
        if org_id is not None:
            query = query.where(Feed.org_id == org_id)
        with self.db.session() as s:
            return list(s.exec(query.order_by(col(Feed.id))))

    def poll_all(self, org_id: int | None = None) -> dict[str, Any]:
        """Poll every due feed once; one feed's failure never stops the others."""
        report = PollReport()
        for feed in self.due_feeds(org_id):
            report.feeds += 1
            try:
                self.poll_feed(feed, report)
            except (FetchError, FeedError, LensError) as exc:
                self._failed(feed, str(exc), report)
            except Exception as exc:  # a bug or a library surprise: log it, keep going
                log.exception("polling feed %s failed", feed.id)
                self._failed(
                    feed,
                    f"{feed.url}: unexpected {type(exc).__name__}; details are in the log.",
                    report,
                )
        return report.as_dict()

    def poll_feed(self, feed: Feed, report: PollReport) -> None:
        """Poll one feed, adding its counts to `report`; raises on a feed-level failure."""
        got = self.fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if got.not_modified:
            report.not_modified += 1
            self._succeeded(feed, got.etag, got.last_modified, [])
            return
        entries = parse_feed(got.content, feed.url)[: self.max_items]
        principal = self.principal_for_feed(feed)  # a disabled user stops the feed here
        seen_urls = self._seen(feed.org_id, col(FeedItem.url), [e.url for e in entries])
        items, rows = [], []
        for entry in entries:
            if entry.url in seen_urls:
                continue
            seen_urls.add(entry.url)
            report.new += 1
            text = self._text(entry)
            digest = hashlib.sha256(text.encode()).hexdigest()
            items.append(_Item(entry, text, digest))
        seen_hashes = self._seen(feed.org_id, col(FeedItem.content_hash), [i.digest for i in items])
        fresh = []
        for item in items:
            if not item.text or item.digest in seen_hashes:
                report.skipped += 1  # empty, or the same story under another URL
                rows.append(self._row(feed, item, relevant=False, score=0.0))
            else:
                seen_hashes.add(item.digest)
                fresh.append(item)
        verdicts = self.gate.assess_many([(i.entry.title, i.text) for i in fresh])
        keep = [i for i, v in zip(fresh, verdicts, strict=True) if v.relevant]
        stored = self._ingest(feed, principal, keep)
        for item, verdict in zip(fresh, verdicts, strict=True):
            doc_id = stored.get(item.entry.url)
            if verdict.relevant and doc_id:
                report.relevant += 1
            else:
                report.skipped += 1
            rows.append(
                self._row(feed, item, relevant=verdict.relevant, score=verdict.score, doc_id=doc_id)
            )
            log.info("feed %s item %s: %s", feed.id, item.entry.url, verdict.explain())
        self._succeeded(feed, got.etag, got.last_modified, rows)

    # Internals -----------------------------------------------------------------------
    def _text(self, entry: Entry) -> str:
        """The article's main text, else the feed's summary."""
        try:
            got = self.fetcher.get(entry.url)
            text = article_text(got.content, got.content_type)
        except (FetchError, LoadError) as exc:
            log.info("article not used, the feed summary stands in: %s", exc)
            text = ""
        return text or entry.summary

    def _ingest(self, feed: Feed, principal: Principal, items: list[_Item]) -> dict[str, str]:
        """Ingest relevant items as news; {item URL: doc_id} of those stored (or unchanged)."""
        if not items:
            return {}
        docs = [
            LoadedDocument(
                source_ref=i.entry.url,
                title=i.entry.title,
                text=i.text,
                path=Path(_UNSAFE.sub("_", i.entry.url)[:200]),
                meta={
                    "feed": feed.url,
                    "published": i.entry.published.isoformat() if i.entry.published else "",
                },
                doc_date=i.entry.published,
            )
            for i in items
        ]
        result = self.pipeline.ingest_documents(
            principal, docs, level=Level(feed.level), org_only=feed.org_only, kind="news"
        )
        failed = {f["path"] for f in result.failed}  # the pipeline names path or source_ref
        return {
            d.source_ref: document_id(principal.org_id, d.source_ref)
            for d in docs
            if str(d.path) not in failed and d.source_ref not in failed
        }

    def _seen(self, org_id: int, column: Any, values: list[str]) -> set[str]:
        """Which of `values` the organisation's feed items already hold in `column`."""
        if not values:
            return set()
        with self.db.session() as s:
            found = s.exec(
                select(column).where(FeedItem.org_id == org_id).where(column.in_(set(values)))
            )
            return set(found)

    @staticmethod
    def _row(
        feed: Feed, item: _Item, *, relevant: bool, score: float, doc_id: str | None = None
    ) -> FeedItem:
        return FeedItem(
            feed_id=feed.id,
            org_id=feed.org_id,
            url=item.entry.url[:1000],  # type: ignore[arg-type]
            content_hash=item.digest,
            relevant=relevant,
            score=score,
            doc_id=doc_id,
        )

    def _succeeded(
        self, feed: Feed, etag: str | None, last_modified: str | None, rows: list[FeedItem]
    ) -> None:
        with self.db.session() as s:
            row = s.get(Feed, feed.id)
            if row is None:  # removed while we polled
                return
            row.etag = etag or row.etag
            row.last_modified = last_modified or row.last_modified
            row.last_polled, row.error_count = self.clock(), 0
            row.next_poll_at, row.last_error = None, None
            s.add(row)
            s.add_all(rows)

    def _failed(self, feed: Feed, message: str, report: PollReport) -> None:
        sentence = " ".join(message.split())[:300]
        report.errors.append({"feed": feed.url, "error": sentence})
        log.warning("feed %s failed: %s", feed.id, sentence)
        with self.db.session() as s:
            row = s.get(Feed, feed.id)
            if row is None:
                return
            row.error_count += 1
            now = self.clock()
            delay = min(self.backoff_base * 2 ** min(row.error_count - 1, 16), self.backoff_max)
            row.last_polled, row.next_poll_at, row.last_error = now, now + delay, sentence
            s.add(row)
