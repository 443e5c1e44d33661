"""Canaries: no token of a document above a user's visibility reaches anything that user sees.

One real hub (demo organisations and users, a few demo reports, one canary per organisation x
level x shared/org-only; see canary_corpus). For every demo user, a few hundred probes run
through every surface that shows content: retrieval in its three modes, `route_question` (the
one entry point of `lens ask` and the chat, extractive answers, follow-ups with history),
figures, supplier risk, briefings (Markdown), the chat UI's own functions (ui.runtime: replies,
source cards, risk from an uploaded CSV) and the real `lens` console script for a sample. Each
output is serialised whole (JSON of results, answer, citations, titles, figures) and searched.

Outputs: no hidden token, ever. So the test is not vacuous, every canary is checked to have
survived redaction, and a user's visible tokens must show for most probes that quote them.
Figures must equal counts computed independently over the visible documents (no count leak),
and a supplier named after a canary is "mentioned" exactly when the canary is visible.

Audit and logs: the audit log stores the (redacted) question as typed, so a user who types a
hidden token finds it in their own audit row; that is their input, not a leak. So, for each
audited probe, the new audit rows may hold in `query` only tokens the probe itself typed (in
the question or its history), nothing else in any field, and cite only visible documents. The
Lens log file must hold no token at all: log lines carry ids and counts, never text.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import select

from core.records import AuditEvent, Chunk, Document
from tests.cli import run_lens
from tests.security.canary_corpus import USERS, build_hub, found
from tests.security.probes import SEED, Prober, expected_figures

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = build_hub(tmp_path_factory.mktemp("canaries") / "home", SEED, demo_files=10)
    yield h
    h.close()


@pytest.fixture(scope="module")
def campaign(hub):
    """Every probe for every demo user, run once; the tests below read the outcomes."""
    import ui.runtime as runtime

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(runtime, "lens", lambda: hub.lens)  # the chat's functions use this hub
        probers = []
        for i, user in enumerate(USERS):
            prober = Prober(hub, user["name"], i)
            prober.run_all()
            probers.append(prober)
    by_surface = Counter(o.surface for p in probers for o in p.outcomes)
    print(
        f"\ncanary seed {SEED}: {sum(by_surface.values())} probes over {len(probers)} demo "
        f"users ({dict(by_surface)})"
    )
    return probers


def test_when_canaries_ingested_then_every_token_survives_redaction(hub) -> None:
    with hub.lens.db.session() as s:
        stored = {
            d: " ".join(c.text for c in s.exec(select(Chunk).where(Chunk.doc_id == d)))
            for d in hub.doc_ids.values()
        }
        titles = {d.id: d.title for d in s.exec(select(Document))}
    for c in hub.canaries:
        doc = hub.doc_ids[c.token]
        assert stored[doc].count(c.token) == 3, c.token
        assert c.token in titles[doc]


@pytest.mark.parametrize("user", [u["name"] for u in USERS])
def test_when_user_probes_every_surface_then_no_hidden_canary_appears(campaign, user) -> None:
    prober = next(p for p in campaign if p.user == user)
    assert len(prober.outcomes) >= 200
    leaks = [(o.surface, o.question, sorted(o.hidden)) for o in prober.outcomes if o.hidden]
    assert leaks == []
    assert prober.audit_problems == []
    assert prober.count_problems == []


def test_when_visible_canary_is_quoted_then_it_is_shown(campaign) -> None:
    share: dict[str, list[bool]] = defaultdict(list)
    for prober in campaign:
        for o in prober.outcomes:
            if o.target and o.target in prober.visible and o.target in o.quoted:
                share[o.surface].append(o.target in o.shown)
    rates = {s: sum(v) / len(v) for s, v in share.items()}
    print(f"\nvisible quoted canary shown: { {s: round(r, 3) for s, r in rates.items()} }")
    assert set(rates) >= {"search", "ask", "risk"}
    assert rates["search"] >= 0.9
    assert rates["ask"] >= 0.8
    assert rates["risk"] == 1.0


def test_when_topic_asked_then_visible_target_often_found(campaign) -> None:
    hits = [
        o.target in o.shown
        for p in campaign
        for o in p.outcomes
        if o.surface in ("search", "ask") and o.target and not o.quoted and o.target in p.visible
    ]
    print(f"\nvisible target of a topic question shown: {sum(hits)}/{len(hits)}")
    assert len(hits) >= 100
    assert sum(hits) / len(hits) >= 0.8


def test_when_every_probe_has_run_then_log_holds_no_canary(hub, campaign) -> None:
    log = (hub.lens.settings.log_dir / "lens.log").read_text(encoding="utf-8")
    assert "answered (" in log  # the log was written during the probes
    assert found(log, hub.tokens) == set()


def test_when_every_probe_has_run_then_audit_holds_only_ids(hub, campaign) -> None:
    with hub.lens.db.session() as s:
        rows = s.exec(select(AuditEvent)).all()
    asks = [r for r in rows if r.action == "ask"]
    assert len(asks) >= 20 * 30
    for r in rows:
        fields = json.dumps([r.user_name, r.action, r.doc_ids, r.outcome, r.detail], default=str)
        assert found(fields, hub.tokens) == set(), r.id


def test_when_real_cli_searches_and_asks_then_no_hidden_canary(hub) -> None:
    tokens = [c.token for c in hub.canaries]
    runs = [
        ("tom", "search", "query", tokens, ["--mode", "hybrid", "-k", "8"]),
        (
            "sam",
            "ask",
            "question",
            [f"What is case {t}?" for t in tokens[::4]],
            ["--mode", "extractive"],
        ),
    ]
    with ThreadPoolExecutor(2) as pool:  # two model loads side by side
        procs = list(
            pool.map(
                lambda run: run_lens(
                    hub.home,
                    run[1],
                    "--as",
                    run[0],
                    "--jsonl",
                    *run[4],
                    input="\n".join(json.dumps({run[2]: t}) for t in run[3]),
                ),
                runs,
            )
        )
    for (user, command, _, texts, _), proc in zip(runs, procs, strict=True):
        visible = hub.visible(hub.principal(user))
        assert proc.returncode == 0, proc.stderr
        outs = [json.loads(line) for line in proc.stdout.splitlines()]
        assert len(outs) == len(texts)
        for text, out in zip(texts, outs, strict=True):
            assert "error" not in out
            out.pop("question", None)  # the user's own question, echoed
            body = json.dumps(out)
            assert found(body, hub.tokens - visible) == set(), (user, text)
            if command == "search" and text in visible:
                assert text in body
    listing = run_lens(hub.home, "docs", "list", "--as", "mo", "--json")
    assert listing.returncode == 0, listing.stderr
    listed = json.loads(listing.stdout)["documents"]
    assert {d["doc_id"] for d in listed} == expected_figures(hub, "mo")["ids"]
    assert found(listing.stdout, hub.tokens) == hub.visible(hub.principal("mo"))
    stats = run_lens(hub.home, "stats", "--as", "jo", "--by", "org", "--json")
    assert stats.returncode == 0, stats.stderr
    assert found(stats.stdout, hub.tokens) == set()
    want = expected_figures(hub, "jo")
    data = json.loads(stats.stdout)
    assert data["total"] == want["total"]
    assert Counter({r["org"]: r["documents"] for r in data["rows"]}) == want["org"]
