"""The network picture (issue 17): `LinkService.graph` feeds `assistant.network_png`, drawn in
the chat (a PNG) and in the briefing PDF (a page); and "also appears in" under a passage.
Real Presidio, MiniLM, SQLite and Chroma through tests.links.hub; the drawing alone on a
fake graph."""

from __future__ import annotations

import io
import json

import pytest
from sqlmodel import select

from assistant.network_png import is_empty, render, trim
from core.records import Chunk
from tests.links.hub import Hub
from tests.links.test_integration import BANK, NGO, POLICE, RAW

GRAPH = {
    "nodes": [
        {"doc_id": "a", "org": "Bank A", "kind": "financial_flag", "level": 2},
        {"doc_id": "b", "org": "NGO B", "kind": "survivor_story", "level": 2},
        {"doc_id": "c", "org": "Police C", "kind": "incident_report", "level": 2},
    ],
    "edges": [
        {"a": "a", "b": "b", "types": ["account", "phone"]},
        {"a": "a", "b": "c", "types": ["phone"]},
    ],
}


def _png_size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    return Image.open(io.BytesIO(png)).size


def test_when_graph_drawn_then_png_is_deterministic_and_not_blank() -> None:
    from PIL import Image

    png = render(GRAPH)
    assert png.startswith(b"\x89PNG")
    assert png == render(GRAPH)
    colours = Image.open(io.BytesIO(png)).convert("RGB").getcolors(1_000_000)
    assert colours is not None
    assert len(colours) > 20
    assert _png_size(png) == (825, 550)


def test_when_graph_has_more_nodes_than_drawable_then_it_is_cut_and_says_so() -> None:
    nodes = [{"doc_id": f"d{i:03d}", "org": f"Org {i % 3}", "kind": "x"} for i in range(80)]
    edges = [{"a": "d000", "b": f"d{i:03d}", "types": ["phone"]} for i in range(1, 80)]
    cut, left = trim({"nodes": nodes, "edges": edges}, 60)
    assert len(cut["nodes"]) == 60
    assert left == 20
    assert all(e["a"] == "d000" for e in cut["edges"])
    assert render({"nodes": nodes, "edges": edges}).startswith(b"\x89PNG")


def test_when_nothing_linked_then_graph_is_empty() -> None:
    assert is_empty({"nodes": [], "edges": []})
    assert is_empty(None)
    assert not is_empty(GRAPH)


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("picture") / "home")
    h.docs = {  # type: ignore[attr-defined]
        "bank": h.ingest("bank3", "flag.txt", BANK, kind="financial_flag"),
        "ngo": h.ingest("ngo3", "story.txt", NGO, kind="survivor_story"),
        "police": h.ingest("pol3", "note.txt", POLICE, level=2),
    }
    return h


@pytest.mark.slow
def test_when_graph_asked_then_visible_reports_joined_by_types_and_no_value(hub) -> None:
    links = hub.lens.services.links
    g = links.graph(hub.principal("ngo3"), [hub.docs["ngo"]])
    assert {n["doc_id"] for n in g["nodes"]} == set(hub.docs.values())
    assert {n["org"] for n in g["nodes"]} == {"Bank A", "NGO B", "Police C"}
    assert len(g["edges"]) == 3
    assert all(set(e["types"]) == {"account", "phone"} for e in g["edges"])
    text = json.dumps(g)
    assert not any(raw in text for raw in RAW)
    assert "<PHONE" not in text
    assert "title" not in text
    low = links.graph(hub.principal("ngo1"), [hub.docs["ngo"], hub.docs["police"]])
    assert hub.docs["police"] not in json.dumps(low)  # hidden: no node, no edge, no bridge
    assert len(low["nodes"]) == 2
    assert len(low["edges"]) == 1
    assert links.graph(hub.principal("pol0"), None) == {"nodes": [], "edges": []}


@pytest.mark.slow
def test_when_chat_asks_for_connections_then_answer_carries_the_picture_graph(hub) -> None:
    links = hub.lens.services.links
    out = links.chat(hub.principal("ngo1"), f"which reports are connected to {hub.docs['ngo']}?")
    assert {n["doc_id"] for n in out["graph"]["nodes"]} == {hub.docs["ngo"], hub.docs["bank"]}
    nets = links.chat(hub.principal("bank3"), "show networks involving Romania")
    assert len(nets["graph"]["nodes"]) == 3
    assert render(nets["graph"]).startswith(b"\x89PNG")
    none = links.chat(hub.principal("bank3"), "show networks involving Peru")
    assert is_empty(none["graph"])


@pytest.mark.slow
def test_when_briefing_has_links_then_pdf_gains_a_network_page(hub) -> None:
    from pypdf import PdfReader

    reports = hub.lens.services.reports
    high = reports.brief(hub.principal("ngo3"), topic="wages paid into account")
    graph = high.briefing.figures["links"]
    assert len(graph["nodes"]) == 3
    pages = PdfReader(io.BytesIO(high.pdf())).pages
    assert "Networks of linked reports" in pages[-1].extract_text()
    low = reports.brief(hub.principal("ngo1"), topic="wages paid into account")
    assert hub.docs["police"] not in json.dumps(low.as_dict())
    assert len(low.briefing.figures["links"]["nodes"]) == 2


@pytest.mark.slow
def test_when_passage_card_opened_then_also_appears_in_names_the_linked_reports(
    hub, monkeypatch
) -> None:
    from ui import runtime

    monkeypatch.setattr(runtime, "services", lambda: hub.lens.services)
    with hub.lens.db.session() as s:
        chunk = s.exec(select(Chunk).where(Chunk.doc_id == hub.docs["ngo"])).first()
    card = runtime.source_card("ngo3", {"chunk_id": chunk.id})
    assert "### Also appears in" in card
    assert "also appears in 2 other reports you can see" in card
    assert f"which reports are connected to {hub.docs['bank']}?" in card
    assert f"which reports are connected to {hub.docs['police']}?" in card
    low = runtime.source_card("ngo1", {"chunk_id": chunk.id})
    assert "also appears in 1 other report you can see" in low
    assert hub.docs["police"] not in low
    assert not any(raw in card for raw in RAW)
