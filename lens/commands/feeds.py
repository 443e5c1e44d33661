"""`lens feeds`: monitor RSS and Atom news feeds; relevant items become `news` documents."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import click

from core.access import check_sharing, parse_level
from core.errors import AccessDenied, LensError
from lens.commands.state import State, as_option, emit, json_option, pass_state

if TYPE_CHECKING:
    from core.records import Feed
    from ingest.feed_poller import FeedPoller

FEED_ROLES = ("admin", "staff")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$")


def parse_duration(text: str) -> float:
    """Seconds in '90s', '15m', '1h' or a bare number of seconds."""
    m = _DURATION.match(text)
    if not m:
        raise LensError(f"Interval {text!r} is not valid: use e.g. 90s, 15m or 1h.", exit_code=2)
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


@click.group()
def feeds() -> None:
    """Open-source news feeds: add, list, poll once, or watch."""


@feeds.command("add")
@click.argument("url")
@click.option("--org", required=True, help="Organisation the items are shared by.")
@click.option("--level", default="1", show_default=True, help="0-3 or a level name.")
@click.option("--org-only", is_flag=True, help="Only the organisation may see the items.")
@as_option
@json_option
@pass_state
def feeds_add(
    state: State,
    url: str,
    org: str,
    level: str,
    org_only: bool,
    as_user: str | None,
    as_json: bool,
) -> None:
    """Monitor a feed; admins and staff of ORG only, at a level within their clearance."""
    from sqlmodel import select

    from core.records import Feed

    lvl = parse_level(level)
    p = state.principal(as_user)
    if p.role not in FEED_ROLES:
        raise AccessDenied("Only admins and staff may add feeds.")
    if org != p.org_name:
        raise AccessDenied(f"You may only add feeds for your own organisation, {p.org_name}.")
    check_sharing(p, lvl)
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LensError(f"Feed URL {url!r} is not an http or https address.", exit_code=2)
    url = url.strip()
    with state.lens.db.session() as s:
        if s.exec(select(Feed).where(Feed.url == url)).first() is not None:
            raise LensError(f"Feed {url} is already monitored.")
        feed = Feed(url=url, org_id=p.org_id, level=int(lvl), org_only=org_only, added_by=p.user_id)
        s.add(feed)
        s.flush()
        row = _row(feed)
    from core import audit

    audit.record(
        state.lens.db,
        user=p.user_name,
        action="feeds.add",
        detail={"feed_id": row["id"], "level": int(lvl)},
    )
    emit(as_json, {"feed": row}, f"Monitoring {url} (feed {row['id']}) at level {int(lvl)}.")


@feeds.command("list")
@as_option
@json_option
@pass_state
def feeds_list(state: State, as_user: str | None, as_json: bool) -> None:
    """Feeds of the acting user's organisation, with their health."""
    from sqlmodel import col, select

    from core.records import Feed

    p = state.principal(as_user)
    with state.lens.db.session() as s:
        rows = [
            _row(f)
            for f in s.exec(select(Feed).where(Feed.org_id == p.org_id).order_by(col(Feed.id)))
        ]
    human = "\n".join(
        f"{r['id']:>4}  L{r['level']}  errors {r['error_count']}  {r['url']}"
        + (f"\n      last error: {r['last_error']}" if r["last_error"] else "")
        for r in rows
    )
    emit(as_json, {"feeds": rows}, human or "No feeds.")


@feeds.command("poll")
@as_option
@json_option
@pass_state
def feeds_poll(state: State, as_user: str | None, as_json: bool) -> None:
    """Poll due feeds once (all of them, or the acting user's organisation's)."""
    org_id = _scope(state, as_user)
    with _poller(state) as poller:
        data = poller.poll_all(org_id)
    emit(as_json, data, _summary(data))
    if data["errors"] and len(data["errors"]) == data["feeds"]:
        sys.exit(1)


@feeds.command("watch")
@click.option("--every", default="15m", show_default=True, help="Interval: 90s, 15m, 1h.")
@click.option("--max-cycles", type=click.IntRange(min=1), help="Stop after this many polls.")
@as_option
@json_option
@pass_state
def feeds_watch(
    state: State, every: str, max_cycles: int | None, as_user: str | None, as_json: bool
) -> None:
    """Poll due feeds every interval until stopped; with --json, one JSON line per poll."""
    interval = parse_duration(every)
    org_id = _scope(state, as_user)
    cycle = 0
    with _poller(state) as poller:
        while True:
            data = poller.poll_all(org_id)
            cycle += 1
            stamp = datetime.now().astimezone().isoformat(timespec="seconds")
            emit(as_json, {"at": stamp, **data}, f"{stamp}  {_summary(data)}")
            if max_cycles is not None and cycle >= max_cycles:
                return
            time.sleep(interval)


# Helpers ------------------------------------------------------------------------------
def _scope(state: State, as_user: str | None) -> int | None:
    """The acting user's organisation, or None (every feed) when no user is named."""
    if as_user:
        return int(state.principal(as_user).org_id)
    state.lens.require_schema()
    return None


@contextmanager
def _poller(state: State) -> Iterator[FeedPoller]:
    """A FeedPoller from the composition root's parts; its HTTP client is closed after."""
    from core.directory import principal_for
    from core.records import User
    from ingest.feed_poller import FeedPoller
    from ingest.feeds import Fetcher
    from ingest.relevance import RelevanceGate

    lens = state.lens

    def principal_for_feed(feed: Feed):  # type: ignore[no-untyped-def]
        with lens.db.session() as s:
            user = s.get(User, feed.added_by)
            if user is None:
                raise LensError(f"{feed.url}: the user who added it no longer exists.")
            return principal_for(s, user.name)

    with Fetcher() as fetcher:
        yield FeedPoller(
            lens.db, lens.pipeline, fetcher, RelevanceGate(lens.embedder), principal_for_feed
        )


def _row(feed: Feed) -> dict[str, Any]:
    from lens.services.base import iso

    return {
        "id": feed.id,
        "url": feed.url,
        "level": feed.level,
        "org_only": feed.org_only,
        "active": feed.active,
        "error_count": feed.error_count,
        "last_error": feed.last_error,
        "last_polled": iso(feed.last_polled),
        "next_poll_at": iso(feed.next_poll_at),
    }


def _summary(data: dict[str, Any]) -> str:
    lines = [
        f"Polled {data['feeds']} feeds: new {data['new']}, relevant {data['relevant']}, "
        f"skipped {data['skipped']}, not modified {data['not_modified']}, "
        f"errors {len(data['errors'])}."
    ]
    lines += [f"  {e['error']}" for e in data["errors"]]
    return "\n".join(lines)
