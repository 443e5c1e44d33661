"""Links in the chat: which messages are links questions, and what the answer holds."""

from __future__ import annotations

import json

import pytest

from core.errors import NotFound
from lens.services.links import is_links_question
from tests.links.test_access import K_SHARED, RESTRICTED, VISIBLE_TO_ALL, build, user


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which reports are connected to this one?", True),
        ("which reports are linked to 0123456789abcdef01234567", True),
        ("Show networks involving Romania", True),
        ("show me the networks", True),
        ("Which reports are linked to forced labour in Thailand?", False),
        ("Which Nigerian criminal networks moved women to Italy?", False),
        ("How many reports from Romania?", False),
        ("Which reports are connected to INC-0012?", True),
        ("which reports are linked to incidents.csv#INC-0012", True),
        ("Is COVID-19 linked to forced labour?", False),
        ("What is linked to financial_flag_wages.txt?", True),
    ],
)
def test_when_message_read_then_links_questions_are_told_apart(text, expected) -> None:
    assert is_links_question(text) is expected


def test_when_chat_asks_for_a_reports_links_then_answer_lists_visible_partners(tmp_path):
    hex_id = "0123456789abcdef01234567"
    service = build(
        tmp_path, {hex_id: (1, 0, False, [("phone", K_SHARED)]), **VISIBLE_TO_ALL, **RESTRICTED}
    )
    out = service.chat(user(1, 0), "Which reports are connected to this one?", [f"[1] {hex_id}"])
    assert out["mode"] == "links"
    assert out["answer"].startswith(
        f"**1 shared identifier** link t {hex_id} (Org A, incident report, {hex_id}) to reports"
    )
    assert "t pub-a" in out["answer"]
    assert "t pub-b" in out["answer"]
    assert "lvl1-b" not in json.dumps(out)
    assert "only-b" not in json.dumps(out)
    low = service.chat(user(1, 0), "show networks")
    assert "lvl3-b" not in json.dumps(low)
    assert low["answer"].startswith("**1 network**")


def test_when_chat_asks_for_networks_of_a_country_then_only_those_are_shown(tmp_path):
    service = build(tmp_path, VISIBLE_TO_ALL)
    ro = service.chat(user(1, 0), "Show networks involving Romania")
    assert [n["countries"] for n in ro["networks"]] == [["GB", "RO"]]
    vn = service.chat(user(1, 0), "Show networks involving Vietnam")
    assert vn["networks"] == []
    assert vn["answer"].startswith("**0 networks** involving Vietnam")
    assert "countries: Romania, United Kingdom;" in ro["answer"]


def test_when_chat_names_a_reports_own_reference_then_its_links_are_shown(tmp_path):
    ref = "incidents.csv#INC-0007"
    hidden = "sars.csv#SAR-0099"
    service = build(
        tmp_path,
        {
            ref: (1, 0, False, [("phone", K_SHARED)]),
            hidden: (2, 3, False, [("phone", K_SHARED)]),
            **VISIBLE_TO_ALL,
        },
    )
    out = service.chat(user(1, 0), "Which reports are connected to INC-0007?")
    assert out["mode"] == "links"
    assert out["answer"].startswith(
        f"**1 shared identifier** link INC-0007 (Org A, incident report, {ref}) to reports"
    )
    assert "t pub-a" in out["answer"]
    # a reference above the user's level reads exactly as one that does not exist
    above = service.chat(user(1, 0), "Which reports are connected to SAR-0099?")
    absent = service.chat(user(1, 0), "Which reports are connected to SAR-0098?")
    assert above["answer"] == "No report you can see has the reference SAR-0099."
    assert absent["answer"] == "No report you can see has the reference SAR-0098."
    assert {k: v for k, v in above.items() if k not in ("answer", "question")} == {
        k: v for k, v in absent.items() if k not in ("answer", "question")
    }
    assert hidden not in json.dumps(above)


def test_when_chat_names_a_hidden_reports_id_then_it_reads_as_an_absent_one(tmp_path):
    hidden = "fedcba9876543210fedcba98"
    absent = "0000000000000000000000aa"
    service = build(tmp_path, {hidden: (2, 3, False, [("phone", K_SHARED)]), **VISIBLE_TO_ALL})
    with pytest.raises(NotFound) as above:
        service.chat(user(1, 0), f"Which reports are connected to {hidden}?")
    with pytest.raises(NotFound) as missing:
        service.chat(user(1, 0), f"Which reports are connected to {absent}?")
    assert str(above.value).replace(hidden, absent) == str(missing.value)
    assert "Org B" not in str(above.value)
