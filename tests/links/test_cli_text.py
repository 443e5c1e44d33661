"""`lens links` as text: one line per shared identifier, then one per network."""

from __future__ import annotations

from lens.commands.links import _human


def _network(links: int) -> dict:
    return {
        "size": 2,
        "links": links,
        "orgs": ["Org A", "Org B"],
        "countries": ["GB"],
        "exploitation": ["forced_labour"],
        "span": {"from": "2025", "to": "2026"},
    }


def test_when_networks_are_printed_then_identifiers_are_counted_in_good_english() -> None:
    docs = [
        {"doc_id": "d1", "org": "Org A", "kind": "x"},
        {"doc_id": "d2", "org": "Org B", "kind": "y"},
    ]
    data = {
        "links": [{"type": "phone", "link_id": "abc", "documents": docs}],
        "networks": [_network(1), _network(3)],
    }
    lines = _human(data).splitlines()
    assert lines[0] == "phone        abc  d1 (Org A, x), d2 (Org B, y)"
    assert lines[2].startswith("network 1: 2 reports, 1 shared identifier; orgs: Org A, Org B;")
    assert lines[3].startswith("network 2: 2 reports, 3 shared identifiers; ")


def test_when_nothing_links_then_it_says_so() -> None:
    assert _human({"links": [], "networks": []}) == "No links among the reports you can see."
