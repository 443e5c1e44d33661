"""`lens feeds add / list / poll / watch`: the contract, access rules and bad input."""

from __future__ import annotations

import json
from functools import partial

import pytest
from click.testing import CliRunner

from lens.app import Lens
from lens.cli import cli
from tests.fakes.embedder import HashingEmbedder
from tests.fakes.redactor import ListRedactor
from tests.ingest.feed_site import serve_site


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def ok_json(*args: str, input: str | None = None) -> dict:
    result = run(*args, "--json", input=input)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def site():
    with serve_site() as running:
        yield running


@pytest.fixture
def hub(home, monkeypatch):
    """Two organisations and users of every role; fake models; a keyword-decided gate."""
    import ingest.relevance

    ok_json("init")
    ok_json("orgs", "add", "Harbour Light", "--sector", "ngo")
    ok_json("orgs", "add", "Meridian Bank", "--sector", "finance")
    for name, org, role, level in [
        ("boss", "Harbour Light", "admin", "2"),
        ("sam", "Harbour Light", "staff", "1"),
        ("ana", "Harbour Light", "analyst", "3"),
        ("banker", "Meridian Bank", "admin", "3"),
    ]:
        ok_json(
            "users",
            "add",
            name,
            "--org",
            org,
            "--role",
            role,
            "--clearance",
            level,
            "--password-stdin",
            input="a long test password\n",
        )
    embedder, redactor = HashingEmbedder(), ListRedactor()
    monkeypatch.setattr(Lens, "embedder", property(lambda self: embedder))
    monkeypatch.setattr(Lens, "redactor", property(lambda self: redactor))
    gate = partial(ingest.relevance.RelevanceGate, threshold=0.5, keyword_weight=0.5)
    monkeypatch.setattr(ingest.relevance, "RelevanceGate", gate)
    return home


def test_when_admin_adds_feed_then_it_is_listed_for_their_org_only(hub, site) -> None:
    added = ok_json(
        "feeds",
        "add",
        f"{site.base}/news.xml",
        "--org",
        "Harbour Light",
        "--level",
        "public",
        "--as",
        "boss",
    )
    assert added["feed"]["url"] == f"{site.base}/news.xml"
    assert added["feed"]["level"] == 0
    listed = ok_json("feeds", "list", "--as", "sam")["feeds"]
    assert [f["url"] for f in listed] == [f"{site.base}/news.xml"]
    assert listed[0]["error_count"] == 0
    assert ok_json("feeds", "list", "--as", "banker") == {"feeds": []}


@pytest.mark.parametrize(
    ("user", "org", "level", "message"),
    [
        ("ana", "Harbour Light", "1", "Only admins and staff may add feeds."),
        ("boss", "Meridian Bank", "1", "only add feeds for your own organisation"),
        ("sam", "Harbour Light", "restricted", "your clearance is member"),
    ],
)
def test_when_user_may_not_add_feed_then_refused(hub, site, user, org, level, message) -> None:
    result = run(
        "feeds", "add", f"{site.base}/news.xml", "--org", org, "--level", level, "--as", user
    )
    assert result.exit_code == 1
    assert message in result.stderr
    assert ok_json("feeds", "list", "--as", "boss") == {"feeds": []}


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "not a url", "file:///etc/hosts"])
def test_when_feed_url_is_not_http_then_usage_error(hub, url) -> None:
    result = run("feeds", "add", url, "--org", "Harbour Light", "--as", "boss")
    assert result.exit_code == 2
    assert "is not an http or https address" in result.stderr


def test_when_feed_added_twice_then_refused(hub, site) -> None:
    url = f"{site.base}/news.xml"
    ok_json("feeds", "add", url, "--org", "Harbour Light", "--as", "boss")
    result = run("feeds", "add", url, "--org", "Harbour Light", "--as", "sam")
    assert result.exit_code == 1
    assert "already monitored" in result.stderr


def test_when_feeds_polled_then_counts_follow_the_contract(hub, site) -> None:
    for path in ("/news.xml", "/missing.xml"):
        ok_json("feeds", "add", f"{site.base}{path}", "--org", "Harbour Light", "--as", "boss")
    data = ok_json("feeds", "poll")
    assert (data["new"], data["relevant"], data["skipped"]) == (3, 2, 1)
    assert data["errors"] == [
        {
            "feed": f"{site.base}/missing.xml",
            "error": f"{site.base}/missing.xml: the server answered HTTP 404 Not Found.",
        }
    ]
    docs = ok_json("docs", "list", "--as", "ana")["documents"]
    assert sorted(d["source_ref"] for d in docs) == [
        f"{site.base}/articles/raid.html",
        f"{site.base}/articles/shelter.html",
    ]
    assert {d["kind"] for d in docs} == {"news"}
    assert {d["level"] for d in docs} == {1}
    listed = {f["url"]: f for f in ok_json("feeds", "list", "--as", "boss")["feeds"]}
    assert listed[f"{site.base}/missing.xml"]["error_count"] == 1
    assert listed[f"{site.base}/missing.xml"]["next_poll_at"]


def test_when_every_feed_fails_then_poll_exits_non_zero(hub, site) -> None:
    ok_json("feeds", "add", f"{site.base}/missing.xml", "--org", "Harbour Light", "--as", "boss")
    result = run("feeds", "poll", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["errors"]


def test_when_poll_as_user_then_only_their_orgs_feeds_are_polled(hub, site) -> None:
    ok_json("feeds", "add", f"{site.base}/news.xml", "--org", "Harbour Light", "--as", "boss")
    assert ok_json("feeds", "poll", "--as", "banker")["feeds"] == 0
    assert ok_json("feeds", "poll", "--as", "sam")["feeds"] == 1


def test_when_watching_then_one_json_line_per_cycle(hub, site) -> None:
    ok_json("feeds", "add", f"{site.base}/news.xml", "--org", "Harbour Light", "--as", "boss")
    result = run("feeds", "watch", "--every", "0s", "--max-cycles", "2", "--json")
    assert result.exit_code == 0, result.stderr
    cycles = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["new"] for c in cycles] == [3, 0]
    assert all("at" in c for c in cycles)


def test_when_interval_is_bad_then_usage_error(hub) -> None:
    result = run("feeds", "watch", "--every", "soon", "--max-cycles", "1")
    assert result.exit_code == 2
    assert "Interval 'soon' is not valid" in result.stderr


def test_when_no_database_then_poll_says_run_init(home) -> None:
    result = run("feeds", "poll")
    assert result.exit_code == 1
    assert "run `lens init`" in result.stderr
