"""Canaries for `lens links`: no hidden report is linked, counted or named, for any demo user.

One canary report per demo organisation x level 0-3 x shared/org-only (as in
canary_corpus), each carrying its random token in its title and text, and every one of them
writing the same phone number and the same IBAN, each in its own format. Every report is
therefore linked to every other by two keys: whatever a user may not see would show up in
the links, the networks or a passage's count if access were not applied. Through the real
ingest (Presidio, MiniLM, SQLite, Chroma), for each of the 20 demo users: all links, each
visible canary's links (and a hidden one's, which must be refused like a missing one), each
visible passage's "also appears in", and the real CLI for a sample.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.access import Level
from core.errors import NotFound
from tests.security.canary_corpus import ORGS, PEOPLE, USERS, found, make_canaries
from tests.security.probes import SEED

pytestmark = pytest.mark.slow

PHONES = ["+44 7700 900999", "07700 900999", "0044 7700900999", "07700-900-999"]
IBAN = "GB33BUKB20201555555555"
IBANS = [IBAN, " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))]


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    from core.directory import add_org, add_user, principal_for
    from core.settings import load_settings
    from ingest.model import LoadedDocument
    from lens.app import Lens

    home = tmp_path_factory.mktemp("link-canaries") / "home"
    lens = Lens(load_settings(home=home, embedding={"threads": 1}))
    lens.init()
    with lens.db.session() as s:
        for o in PEOPLE["organisations"]:
            add_org(s, o["name"], o["sector"])
        for u in USERS:
            add_user(s, u["name"], u["org"], u["role"], u["clearance"])
        for i, org in enumerate(ORGS):
            add_user(s, f"canary-up-{i}", org, "admin", 3)
    rng = random.Random(SEED)
    canaries = make_canaries(SEED)
    ids: dict[str, str] = {}
    for c in canaries:
        with lens.db.session() as s:
            p = principal_for(s, f"canary-up-{ORGS.index(c.org)}")
        text = (
            f"{c.text} The recruiter's phone was {rng.choice(PHONES)} and wages went to "
            f"account {rng.choice(IBANS)}."
        )
        doc = LoadedDocument(c.source_ref, c.title, text, path=Path(c.source_ref))
        report = lens.pipeline.ingest_documents(
            p, [doc], level=Level(c.level), org_only=c.org_only, kind="case_file"
        )
        assert report.ingested == 1, report.failed
        ids[c.token] = report.documents[0]["doc_id"]
    yield lens, canaries, ids, home
    lens.close()


def _visible(canaries, p) -> set[str]:
    return {
        c.token
        for c in canaries
        if c.level <= p.clearance and (not c.org_only or c.org == p.org_name)
    }


@pytest.mark.parametrize("user", [u["name"] for u in USERS])
def test_when_user_asks_for_links_then_only_visible_canaries_appear(hub, user) -> None:
    from sqlmodel import select

    from core.directory import principal_for
    from core.records import Chunk

    lens, canaries, ids, _ = hub
    with lens.db.session() as s:
        p = principal_for(s, user)
    tokens = {c.token for c in canaries}
    visible = _visible(canaries, p)
    hidden = tokens - visible
    hidden_ids = {ids[t] for t in hidden}
    service = lens.services.links

    out = service.links(p)
    text = json.dumps(out)
    assert found(text, tokens) == visible  # every visible canary linked, no hidden one
    assert not any(h in text for h in hidden_ids)
    by_type = {link["type"]: len(link["documents"]) for link in out["links"]}
    assert by_type == {"phone": len(visible), "account": len(visible)}
    assert [n["size"] for n in out["networks"]] == [len(visible)]

    for token in sorted(visible)[:4]:
        one = service.links(p, doc_id=ids[token])
        assert found(json.dumps(one), tokens) == visible
        with lens.db.session() as s:
            chunk = s.exec(select(Chunk).where(Chunk.doc_id == ids[token])).first()
        passage = service.passage(p, chunk.id)
        assert found(json.dumps(passage), tokens) <= visible
        counts = {m["type"]: m["count"] for m in passage["mentions"]}
        assert counts["phone"] == len(visible) - 1
        assert counts["account"] == len(visible) - 1

    for token in sorted(hidden)[:4]:
        with pytest.raises(NotFound) as err:
            service.links(p, doc_id=ids[token])
        assert str(err.value) == f"Document {ids[token]} does not exist."


@pytest.mark.parametrize("user", ["tom", "sam", "lee"])
def test_when_real_cli_asks_for_links_then_no_hidden_canary(hub, user) -> None:
    from lens.cli import cli

    lens, canaries, _, home = hub
    result = CliRunner().invoke(cli, ["--home", str(home), "links", "--as", user, "--json"])
    assert result.exit_code == 0, result.output
    with lens.db.session() as s:
        from core.directory import principal_for

        p = principal_for(s, user)
    assert found(result.output, {c.token for c in canaries}) == _visible(canaries, p)


@pytest.mark.parametrize("user", [u["name"] for u in USERS])
def test_when_hit_policy_off_or_on_then_hits_name_organisations_only(hub, user) -> None:
    from core.directory import principal_for
    from core.errors import AccessDenied

    lens, canaries, ids, _ = hub
    with lens.db.session() as s:
        p = principal_for(s, user)
    visible = _visible(canaries, p)
    hidden = {c.token for c in canaries} - visible
    first = ids[sorted(visible)[0]]
    service = lens.services.links
    with pytest.raises(AccessDenied):  # off by default
        service.hits(p, first)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lens.settings.links, "hit_levels", [0, 1, 2, 3])
        out = service.hits(p, first)
    text = json.dumps(out)
    assert found(text, {c.token for c in canaries}) == set()
    assert not any(ids[t] in text for t in hidden)
    holding = {c.org for c in canaries if c.token in hidden}
    assert {h["org"] for h in out["hits"]} == holding


@pytest.mark.parametrize("user", [u["name"] for u in USERS])
def test_when_picture_or_also_appears_shown_then_only_visible_canaries(
    hub, user, monkeypatch
) -> None:
    """The network picture's graph and the chat's "Also appears in" (issue 17 faces)."""
    from sqlmodel import select

    from core.directory import principal_for
    from core.records import Chunk
    from ui import runtime

    lens, canaries, ids, _ = hub
    monkeypatch.setattr(runtime, "services", lambda: lens.services)
    with lens.db.session() as s:
        p = principal_for(s, user)
    tokens = {c.token for c in canaries}
    visible = _visible(canaries, p)
    hidden_ids = {ids[t] for t in tokens - visible}
    service = lens.services.links

    graph = service.graph(p)
    assert {n["doc_id"] for n in graph["nodes"]} == (
        {ids[t] for t in visible} if len(visible) > 1 else set()
    )
    one = service.graph(p, [*sorted(hidden_ids), *(ids[t] for t in sorted(visible)[:1])])
    assert not hidden_ids & {x for e in one["edges"] for x in (e["a"], e["b"])}
    for token in sorted(visible)[:2]:
        with lens.db.session() as s:
            chunk = s.exec(select(Chunk).where(Chunk.doc_id == ids[token])).first()
        card, linked = runtime.also_appears(p, chunk.id)
        assert found(card, tokens) == visible - {token}
        assert {d["doc_id"] for d in linked} == {ids[t] for t in visible - {token}}
        assert not any(h in card for h in hidden_ids)
