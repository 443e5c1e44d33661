"""The canary probes through the HTTP API: for every demo user (every clearance level, every
organisation), no token of a canary above their visibility, or org-only to another
organisation, comes back from search, ask, stats or the document routes, and a hidden canary's
document is answered exactly like one that does not exist.

One real hub (tests/security/canary_corpus.py: real redactor and embedder, one canary per
organisation x level x shared/org-only), driven over HTTP with a bearer token per user."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from lens.api import create_app
from lens.services.tokens import issue
from tests.security.canary_corpus import GENERIC, USERS, build_hub, found
from tests.security.probes import SEED, expected_figures

pytestmark = pytest.mark.slow
V1 = "/api/v1"


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = build_hub(tmp_path_factory.mktemp("api-canaries") / "home", SEED)
    h.lens.settings.api.rate_burst = 100_000  # the probes are a burst by design
    yield h
    h.close()


@pytest.fixture(scope="module")
def client(hub):
    with TestClient(create_app(lambda: hub.lens)) as c:
        yield c


def _headers(hub, user: str) -> dict[str, str]:
    hub.lens.services.tokens.list_tokens(hub.principal(user))  # the table exists
    with hub.lens.db.session() as s:
        token, _ = issue(s, hub.principal(user).user_id, name="canaries")
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("user", [u["name"] for u in USERS])
def test_when_user_probes_the_api_then_no_hidden_canary_appears(hub, client, user) -> None:
    rng = random.Random(f"{SEED}-{user}")
    h = _headers(hub, user)
    visible = hub.visible(hub.principal(user))
    hidden = hub.tokens - visible
    tokens = sorted(hub.tokens)
    shown = 0
    for t in tokens:
        r = client.post(f"{V1}/search", headers=h, json={"query": t, "k": 8})
        assert r.status_code == 200, r.text
        assert found(r.text, hidden) == set(), (user, t)
        shown += t in visible and t in r.text.lower()
    assert shown >= 0.8 * len(visible)  # not vacuous: what they may see is found
    asks = [f"What is case {t}?" for t in rng.sample(tokens, 6)] + rng.sample(GENERIC, 3)
    for q in asks:
        body = {"question": q, "mode": "extractive"}
        r = client.post(f"{V1}/ask", headers=h, json=body)
        assert r.status_code == 200, r.text
        out = r.json()
        out.pop("question", None)  # the user's own words, echoed
        assert found(json.dumps(out), hidden - found(q, hub.tokens)) == set(), (user, q)
    listing = client.get(f"{V1}/documents", headers=h)
    assert {d["doc_id"] for d in listing.json()["documents"]} == expected_figures(hub, user)["ids"]
    assert found(listing.text, hub.tokens) == visible
    stats = client.get(f"{V1}/stats", headers=h, params={"by": "org"})
    want = expected_figures(hub, user)
    assert stats.json()["total"] == want["total"]
    assert Counter({r["org"]: r["documents"] for r in stats.json()["rows"]}) == want["org"]
    assert found(stats.text, hub.tokens) == set()
    missing = client.get(f"{V1}/documents/{'0' * 24}", headers=h)
    for token, doc in hub.doc_ids.items():
        r = client.get(f"{V1}/documents/{doc}", headers=h)
        if token in visible:
            assert r.status_code == 200
        else:
            assert r.status_code == 404
            assert r.text.replace(doc, "0" * 24) == missing.text.replace("0" * 24, "0" * 24)
