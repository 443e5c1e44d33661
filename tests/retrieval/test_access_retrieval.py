"""Nothing above a user's visibility ever leaves retrieval, even for verbatim queries."""

from __future__ import annotations

import itertools

import pytest

from core.access import Level, is_visible
from core.records import Document
from retrieval.filters import SearchFilters
from tests.fakes.stack import USERS, build_stack

UPLOADERS = {"Harbour Light": "con", "Meridian Bank": "bank3"}
CANARY_WORDS = [
    "zebrafinch",
    "quokka",
    "axolotl",
    "pangolin",
    "narwhal",
    "okapi",
    "tapir",
    "gharial",
    "kakapo",
    "saola",
    "vaquita",
    "dugong",
    "fossa",
    "numbat",
    "aye",
    "olm",
]


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    stack = build_stack(tmp_path_factory.mktemp("access") / "home")
    words = iter(CANARY_WORDS)
    docs = {}
    for org, level, org_only in itertools.product(UPLOADERS, range(4), (False, True)):
        word = next(words)
        text = (
            f"Report {word}: workers in the {word} plant said wages were withheld and "
            f"passports were held by the {word} agency in 2022."
        )
        p = stack.principal(UPLOADERS[org])
        from ingest.model import LoadedDocument

        report = stack.pipeline.ingest_documents(
            p,
            [LoadedDocument(f"{word}.txt", f"Report {word}", text, path=None)],  # type: ignore[arg-type]
            level=Level(level),
            org_only=org_only,
            kind="incident_report",
        )
        docs[report.documents[0]["doc_id"]] = (word, text)
    return stack, docs


@pytest.mark.parametrize("user", [u[0] for u in USERS])
def test_when_any_user_searches_verbatim_then_only_visible_documents(hub, user) -> None:
    stack, docs = hub
    p = stack.principal(user)
    with stack.db.session() as s:
        visible = {d for d in docs if is_visible(p, s.get(Document, d))}
    for doc_id, (word, text) in docs.items():
        for mode in ("hybrid", "dense", "lexical"):
            results = stack.retriever.search(text, p, k=16, mode=mode)
            returned = {r.doc_id for r in results}
            assert returned <= visible, (user, word, mode)
            joined = " ".join(r.text for r in results)
            for hidden in set(docs) - visible:
                assert docs[hidden][0] not in joined
        if doc_id in visible:
            top = stack.retriever.search(text, p, k=3)
            assert top[0].doc_id == doc_id


def test_when_filters_narrow_then_access_still_applies(hub) -> None:
    stack, docs = hub
    p = stack.principal("mem")
    results = stack.retriever.search(
        "wages withheld passports agency", p, SearchFilters(max_level=3), k=16
    )
    assert results
    assert all(r.level <= 1 for r in results)
