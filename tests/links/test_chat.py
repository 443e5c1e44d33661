"""Links in the chat: which messages are links questions, and what the answer holds."""

from __future__ import annotations

import json

import pytest

from core.errors import NotFound
from core.records import Chunk
from lens.services.link_chat import MAX_NAMED
from lens.services.links import is_links_question, named_subject
from tests.links.test_access import (
    K_SHARED,
    RESTRICTED,
    USERS,
    VISIBLE_TO_ALL,
    build,
    user,
    visible,
)


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
    assert "Network 1: 2 reports joined by 1 shared identifier; " in ro["answer"]


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


def test_when_a_named_report_links_to_nothing_visible_then_it_says_so_plainly(tmp_path):
    lone, linked_above = "incidents.csv#INC-0008", "incidents.csv#INC-0009"
    service = build(
        tmp_path,
        {
            lone: (1, 0, False, []),
            linked_above: (1, 0, False, [("phone", "z" * 64)]),
            "sars.csv#SAR-0100": (2, 3, False, [("phone", "z" * 64)]),
            **VISIBLE_TO_ALL,
        },
    )
    answers = [
        service.chat(user(1, 0), f"Which reports are connected to {ref}?")["answer"]
        for ref in ("INC-0008", "INC-0009")
    ]
    assert answers == [
        f"**No shared identifiers** link {ref.split('#')[1]} (Org A, incident report, {ref}) "
        "to other reports you can see (the identifiers are never shown)."
        for ref in (lone, linked_above)
    ]  # a link to a report above the user's level leaves no trace


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


# "Which reports are connected to Operation Kestrel?": a name a report's text holds ----------
KESTREL = "Officers of Operation Kestrel searched the flat."


def with_texts(service, texts: dict[str, str]):
    """The service's documents given a passage each (the lexical index follows the table)."""
    with service.db.session() as s:
        for doc_id, body in texts.items():
            s.add(Chunk(id=f"{doc_id}:0", doc_id=doc_id, ordinal=0, text=body, start=0, end=9))
    return service


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Which reports are connected to Operation Kestrel?", "Operation Kestrel"),
        ("what is linked to the Bank of Ceylon?", "Bank of Ceylon"),
        ("Show reports linked to “golden lotus”", "golden lotus"),
        ("Which reports are connected to Kestrel.", "Kestrel"),
        ("Which reports are linked to forced labour in Thailand?", None),
        ("Which reports are connected to Romania?", None),
        ("Which reports are connected to INC-0012?", None),
        ("Which reports are connected to this one?", None),
        ("Is COVID-19 linked to forced labour?", None),
        ("Was Operation Kestrel linked to Leeds?", None),
        ("Who ran Operation Kestrel?", None),
    ],
)
def test_when_message_names_something_then_its_name_is_read(text, name) -> None:
    assert named_subject(text) == name


def test_when_one_visible_report_names_it_then_its_links_are_shown(tmp_path) -> None:
    service = with_texts(build(tmp_path, VISIBLE_TO_ALL), {"pub-a": KESTREL, "x-a": "No name."})
    out = service.chat_named(user(1, 0), "Which reports are connected to Operation Kestrel?")
    assert out is not None
    assert out["mode"] == "links"
    assert out["answer"].startswith(
        "**1 shared identifier** link t pub-a (Org A, incident report, pub-a), the one report "
        "you can see that names Operation Kestrel, to reports you can see"
    )
    assert "t pub-b (Org B, incident report, pub-b)" in out["answer"]
    assert {n["doc_id"] for n in out["graph"]["nodes"]} == {"pub-a", "pub-b"}
    assert (
        service.chat_named(user(1, 0), "Which reports are connected to Operation Osprey?") is None
    )


def test_when_several_visible_reports_name_it_then_they_are_offered(tmp_path) -> None:
    service = with_texts(
        build(tmp_path, VISIBLE_TO_ALL), {"pub-b": KESTREL, "y-b": "operation  KESTREL: day 2"}
    )
    out = service.chat_named(user(1, 0), "Which reports are connected to Operation Kestrel?")
    assert out is not None
    assert out["answer"].splitlines() == [
        "**2 reports you can see name Operation Kestrel.** Which one do you mean?",
        "- t pub-b (Org B, incident report, pub-b): ask *which reports are connected to pub-b?*",
        "- t y-b (Org B, incident report, y-b): ask *which reports are connected to y-b?*",
    ]
    assert [d["doc_id"] for d in out["offers"]] == ["pub-b", "y-b"]
    assert out["graph"] == {"nodes": [], "edges": []}


def test_when_more_reports_name_it_than_a_case_would_then_it_is_an_ordinary_question(tmp_path):
    docs = {f"d{n:02d}": (1, 0, False, []) for n in range(MAX_NAMED + 1)}
    service = with_texts(build(tmp_path, docs), {d: KESTREL for d in docs})
    assert (
        service.chat_named(user(1, 0), "Which reports are connected to Operation Kestrel?") is None
    )


# Hidden reports that name it: the output is exactly the output without them, for every user.
NAMED_BY = {  # a name -> the reports whose text holds it
    "Operation Kestrel": ["pub-a", "lvl2-b", "only-b"],  # one visible to all, others hidden
    "Casa Azul": ["lvl1-b", "lvl3-b", "only-a"],  # no report visible to all
    "Golden Lotus": ["pub-b", "y-b", "lvl2-b", "only-b"],  # several
}


@pytest.mark.parametrize("principal", USERS, ids=lambda p: p.user_name)
@pytest.mark.parametrize("name", NAMED_BY)
def test_when_hidden_reports_name_it_then_output_is_as_if_absent(tmp_path, principal, name):
    every = {**VISIBLE_TO_ALL, **RESTRICTED}
    texts = {
        d: " ".join(f"Seen at {n} in May." for n, ds in NAMED_BY.items() if d in ds) for d in every
    }
    seen = visible(principal)
    full = with_texts(build(tmp_path / "full", every), texts)
    bare = with_texts(
        build(tmp_path / "bare", {d: v for d, v in every.items() if d in seen}),
        {d: t for d, t in texts.items() if d in seen},
    )
    question = f"Which reports are connected to {name}?"
    got = full.chat_named(principal, question)
    assert got == bare.chat_named(principal, question)
    holders = [d for d in NAMED_BY[name] if d in seen]
    if not holders:
        assert got is None  # answered as an ordinary question, as if nobody held it
        return
    text = json.dumps(got)
    assert not any(h in text for h in every if h not in seen)
    if len(holders) > 1:
        assert sorted(d["doc_id"] for d in got["offers"]) == sorted(holders)
