"""Supplier-risk evidence says when its report is linked to other visible reports (issue 17).
Real Presidio, MiniLM, SQLite and Chroma through tests.links.hub."""

from __future__ import annotations

import json

import pytest

from tests.links.hub import Hub
from tests.links.test_integration import BANK

pytestmark = pytest.mark.slow

SUPPLIER = (
    "Police note on Harrowgate Packing\n\n"
    "Workers at Harrowgate Packing Ltd, a food packing plant in Leeds, United Kingdom, had "
    "their passports held and were told to ring 07700 900123 about their debts."
)
ROW = {"name": "Harrowgate Packing Ltd", "country": "United Kingdom", "sector": "food"}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("risk") / "home")
    h.docs = {  # type: ignore[attr-defined]
        "bank": h.ingest("bank3", "flag.txt", BANK, kind="financial_flag", level=2),
        "supplier": h.ingest("pol3", "note.txt", SUPPLIER),
    }
    return h


def test_when_supplier_evidence_is_linked_then_risk_says_so(hub) -> None:
    report = hub.lens.services.reports.risk(hub.principal("pol3"), [ROW])
    r = report.suppliers[0]
    named = next(e for e in r["evidence"] if e["doc_id"] == hub.docs["supplier"])
    assert named["linked"] == {"reports": 1, "orgs": ["Bank A"], "types": ["phone"]}
    assert "shares phone with 1 other report you can see (Bank A)" in r["explanation"]
    assert "shares phone with 1 other report" in report.markdown()


def test_when_linked_report_is_hidden_then_risk_evidence_says_nothing(hub) -> None:
    report = hub.lens.services.reports.risk(hub.principal("ngo1"), [ROW])  # bank flag: level 2
    r = report.suppliers[0]
    assert all("linked" not in e for e in r["evidence"])
    assert "shares" not in r["explanation"]
    assert hub.docs["bank"] not in json.dumps(report.as_dict())


def test_when_chat_asks_supplier_risk_then_answer_names_the_link(hub) -> None:
    out = hub.lens.services.questions.ask(
        hub.principal("pol3"),
        "What is the risk for Harrowgate Packing Ltd, a food supplier in Leeds, United Kingdom?",
    )
    assert out["mode"] == "risk", out["answer"]
    assert "shares phone with 1 other report you can see (Bank A)" in out["answer"]
