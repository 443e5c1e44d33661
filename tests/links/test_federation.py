"""Between hubs: exports carry no link keys, unless both hubs share the link secret
(links.federation), in which case links work across the import."""

from __future__ import annotations

import json
import shutil

import pytest

from core.access import Level
from ingest.exchange import export_documents, import_documents
from tests.links.hub import Hub

pytestmark = pytest.mark.slow

A_TEXT = "Flag\n\nTransfers to the recruiter, whose phone is +44 7700 900321."
B_TEXT = "Story\n\nShe was told to call 07700 900321 when she arrived in Leeds."


def _pair(tmp_path, shared: bool) -> tuple[Hub, Hub, str]:
    a = Hub(tmp_path / "a" / "home")
    a_doc = a.ingest("bank3", "flag.txt", A_TEXT)
    b = Hub(tmp_path / "b" / "home")
    if shared:  # the partner hubs hold the same secret, copied out of band
        shutil.copy(a.home / "link.key", b.home / "link.key")
    b.ingest("ngo3", "story.txt", B_TEXT)
    return a, b, a_doc


def _exchange(a: Hub, b: Hub, tmp_path, *, federated: bool) -> dict:
    out = tmp_path / "export.jsonl"
    fp_a = a.lens.linker.fingerprint() if federated else None
    export_documents(a.lens.db, a.principal("bank3"), out, max_level=Level(1), fingerprint=fp_a)
    line = json.loads(out.read_text().splitlines()[0])
    fp_b = b.lens.linker.fingerprint() if federated else None
    import_documents(
        b.lens.db, b.lens.pipeline, b.lens.embedder, b.principal("ngo3"), out, fingerprint=fp_b
    )
    return line


def test_when_hubs_not_federated_then_export_has_no_keys_and_no_link(tmp_path) -> None:
    a, b, _ = _pair(tmp_path, shared=True)  # even with the same secret: federation is off
    line = _exchange(a, b, tmp_path, federated=False)
    assert "links" not in line
    assert b.links("ngo3") == {"links": [], "networks": []}


def test_when_hubs_share_the_secret_then_links_work_across_the_import(tmp_path) -> None:
    a, b, _ = _pair(tmp_path, shared=True)
    line = _exchange(a, b, tmp_path, federated=True)
    assert line["links"]["fingerprint"] == a.lens.linker.fingerprint()
    out = b.links("ngo3")
    assert [link["type"] for link in out["links"]] == ["phone"]
    assert len(out["links"][0]["documents"]) == 2


def test_when_secrets_differ_then_federated_keys_are_not_kept(tmp_path) -> None:
    a, b, _ = _pair(tmp_path, shared=False)
    _exchange(a, b, tmp_path, federated=True)
    assert b.links("ngo3") == {"links": [], "networks": []}
