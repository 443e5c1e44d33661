"""Weak name keys through the real ingest: "N. Adebayo" meets "Nkechi Adebayo" only in a
report that shares another identifier with it (here a phone number), or through such a
report's full name; never alone, and never through a report the user may not see."""

from __future__ import annotations

import pytest

from tests.links.hub import Hub

pytestmark = pytest.mark.slow

TEXTS = {  # name -> (user, level, text)
    "initial": (
        "pol3",
        1,
        "The deposit for the flat was paid by N. Adebayo in cash. "
        "The workers were told to ring +44 7700 900555 if they were stopped.",
    ),
    "full": (
        "ngo3",
        1,
        "Nkechi Adebayo collected the workers from the station each morning. "
        "Her number was 07700 900555.",
    ),
    "alone": ("bank3", 1, "Payment reference Nkechi Adebayo appeared on every transfer."),
    "other": ("bank3", 1, "The deposit for the flat was paid by N. Adebayo in cash."),
    "hidden": (
        "pol3",
        3,
        "Rent for the room was collected by N. Adebayo every Friday. "
        "Call +44 7700 900555 for the keys.",
    ),
}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("weak") / "home")
    h.docs = {  # type: ignore[attr-defined]
        k: h.ingest(user, f"{k}.txt", text, level=level) for k, (user, level, text) in TEXTS.items()
    }
    return h


def pairs(hub: Hub, user: str) -> set[frozenset[str]]:
    names = {v: k for k, v in hub.docs.items()}  # type: ignore[attr-defined]
    out = hub.links(user, types="person")["links"]
    return {frozenset(names[d["doc_id"]] for d in link["documents"]) for link in out}


def test_when_an_initial_and_a_full_name_share_a_phone_then_a_name_link(hub) -> None:
    found = pairs(hub, "ngo1")  # "hidden" out of sight
    assert frozenset({"initial", "full", "alone"}) in found  # "alone" through the full name
    assert frozenset({"full", "alone"}) in found  # the full name's own key


def test_when_an_initial_shares_nothing_else_then_no_name_link(hub) -> None:
    found = pairs(hub, "ngo3")
    assert not any("other" in link for link in found)


def test_when_the_partner_is_hidden_then_the_weak_link_leaves_no_trace(hub) -> None:
    found = pairs(hub, "ngo1")  # clearance 1: "hidden" (level 3) is not visible
    assert not any("hidden" in link for link in found)
    assert frozenset({"initial", "full", "alone"}) in found
    assert frozenset({"initial", "full", "alone", "hidden"}) in pairs(hub, "pol3")


def test_when_walked_from_one_report_then_the_weak_link_is_there(hub) -> None:
    doc = hub.docs["initial"]  # type: ignore[attr-defined]
    out = hub.links("ngo1", doc_id=doc, types="person")  # "hidden" out of sight
    names = {v: k for k, v in hub.docs.items()}  # type: ignore[attr-defined]
    found = {frozenset(names[d["doc_id"]] for d in link["documents"]) for link in out["links"]}
    assert found == {frozenset({"initial", "full", "alone"})}
    seen = {d["doc_id"] for n in out["networks"] for d in n["documents"]}
    assert hub.docs["hidden"] not in seen  # type: ignore[attr-defined]
