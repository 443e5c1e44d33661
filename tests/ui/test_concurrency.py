"""Twenty chat sessions at once against a real `lens serve` (issue 9, "Concurrency").

Each session is a websocket client speaking Chainlit's protocol (tests/ui/chat_client.py),
logged in as one of six users of three organisations with clearances 0 to 3. Every document
carries a marker word; which markers a user may see follows the access rule (level <=
clearance, org_only documents for the same organisation only). Sessions ask their questions in
different orders, so at any moment neighbouring sessions (some of the same user) wait on
different questions. Response times are printed, not asserted (bench/chat_load.py measures).
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.cli import run_lens
from tests.conftest import REPO, port_open
from tests.servers import lens_serve
from tests.ui.chat_client import ChatSession, Turn

pytestmark = [pytest.mark.slow, pytest.mark.integration]

SESSIONS = 20
# Generous bounds: twenty sessions share two cores and one language model. An answer waits on
# retrieval only, never on the model writing follow-ups for other sessions (before ui/app.py gave
# those a thread of their own, answers here took up to 300 s; since, about 10 s).
TOTAL_LIMIT_S = 600.0
ASK_LIMIT_S = 120.0

ORGS = {"Harbour Light": "ngo", "Mekong Bridge": "ngo", "Northshire Police": "law_enforcement"}
USERS = {  # name: (organisation, clearance)
    "ana": ("Harbour Light", 3),
    "tom": ("Harbour Light", 0),
    "hoa": ("Mekong Bridge", 3),
    "vu": ("Mekong Bridge", 1),
    "lee": ("Northshire Police", 3),
    "sam": ("Northshire Police", 2),
}
# Documents: (file, topic, marker, ingested by, level, org_only, text with the marker).
DOCS = [
    ("hl_carwash.txt", "carwash", "Kestrelmoor-4417", "ana", 0, True,
     "Harbour Light outreach note, 2023. Our caseworkers visited the Kestrelmoor-4417 hand car "
     "wash in Leicester, where Romanian men said the manager kept their identity cards. At "
     "Kestrelmoor-4417 the workers slept behind the car wash and were told their wages paid "
     "off a transport debt."),
    ("mb_carwash.txt", "carwash", "Lanternfish-2093", "hoa", 0, True,
     "Mekong Bridge field note, 2022. Volunteers met Albanian men at the Lanternfish-2093 hand "
     "car wash in Derby whose identity cards were held by the owner. Workers at "
     "Lanternfish-2093 owed a debt for their travel and were paid nothing for months."),
    ("np_carwash.txt", "carwash", "Quillhaven-5820", "lee", 0, True,
     "Northshire Police visit record, 2024. Officers inspected the Quillhaven-5820 hand car "
     "wash in Sheffield, where Vietnamese teenagers said their identity cards were kept by a "
     "gang master. At Quillhaven-5820 the boys worked to repay a smuggling debt."),
    ("trawler_public.txt", "trawler", "Marigold-3308", "lee", 0, False,
     "Public summary, 2022. Fishing crews on the Thai trawler Marigold-3308 said the captain "
     "kept them at sea for months and moved them between boats so they could not leave. Men from "
     "Myanmar on the Marigold-3308 were threatened when they asked to go home."),
    ("trawler_restricted.txt", "trawler", "Sparrowhawk-6612", "lee", 2, False,
     "Restricted intelligence, 2023. Operation Sparrowhawk-6612 found that fishing crews on "
     "Thai trawlers were kept from leaving by debts sold between boat owners. Officers in "
     "Operation Sparrowhawk-6612 traced the payments to a broker in Samut Sakhon."),
    ("trawler_confidential.txt", "trawler", "Nightjar-9054", "lee", 3, False,
     "Confidential source report, 2024. Under Operation Nightjar-9054 an informant said "
     "trawler captains held crew passports in a locked box so fishing crews could not leave "
     "the boats. The Nightjar-9054 informant named a transhipment vessel that kept crews at "
     "sea."),
    ("nailbar_public.txt", "nailbar", "Heronsgate-1187", "hoa", 0, False,
     "Public outreach report, 2021. Vietnamese women in the Heronsgate-1187 nail bar chain said "
     "recruiters in Ha Tinh charged them a debt of nine thousand pounds for the journey. Women "
     "at Heronsgate-1187 salons repaid the debt from wages the owner held back."),
    ("nailbar_member.txt", "nailbar", "Wagtail-7340", "hoa", 1, False,
     "Member briefing, 2023. The Wagtail-7340 network recruited Vietnamese women for nail bars "
     "through relatives and online adverts and told them they owed a debt for their training. "
     "Workers in the Wagtail-7340 salons handed over their tips to repay the recruiters."),
]  # fmt: skip
QUESTIONS = {
    "carwash": "What did visits to hand car washes find about workers' identity cards and debts?",
    "trawler": "How were fishing crews on Thai trawlers kept from leaving the boats?",
    "nailbar": "What debts did Vietnamese women working in nail bars owe to recruiters?",
}
MARKERS = {d[2] for d in DOCS}


def visible(user: str) -> set[str]:
    """The markers a user may see: the access rule of core/access.py, restated."""
    org, clearance = USERS[user]
    return {
        marker
        for _, _, marker, owner, level, org_only, _ in DOCS
        if level <= clearance and (not org_only or USERS[owner][0] == org)
    }


def expected(user: str, topic: str) -> set[str]:
    """Markers of one topic this user may see: the reply must name at least one of them."""
    return visible(user) & {d[2] for d in DOCS if d[1] == topic}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`lens serve` on a free port over a hub built with `lens demo --path` (real parts)."""
    home = tmp_path_factory.mktemp("concurrency") / "home"
    src = tmp_path_factory.mktemp("corpus")
    for name, _, _, _, _, _, text in DOCS:
        (src / name).write_text(text, encoding="utf-8")
    (src / "orgs.json").write_text(
        json.dumps(
            {
                "organisations": [{"name": n, "sector": s} for n, s in ORGS.items()],
                "users": [
                    {"name": u, "org": o, "role": "analyst", "clearance": c, "password": f"pw-{u}"}
                    for u, (o, c) in USERS.items()
                ],
            }
        )
    )
    batches = [
        {"paths": [name], "as": owner, "level": level, "org_only": org_only}
        for name, _, _, owner, level, org_only, _ in DOCS
    ]
    (src / "manifest.json").write_text(json.dumps({"batches": batches}))
    made = run_lens(home, "demo", "--path", str(src), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["ingested"] == len(DOCS)
    stored = b"".join(p.read_bytes() for p in home.glob("lens.db*"))
    assert all(m.encode() in stored for m in MARKERS), "a marker was lost in redaction"
    with lens_serve(home, timeout=180) as url:
        yield url, home / "serve.log"
    deadline = time.monotonic() + 30
    port = int(url.rsplit(":", 1)[1])
    while port_open("127.0.0.1", port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not port_open("127.0.0.1", port), "lens serve stopped but its UI server still runs"


def plan(i: int) -> tuple[str, list[str]]:
    """Session i: its user, and the topics it asks about, rotated so neighbours differ."""
    user = list(USERS)[i % len(USERS)]
    topics = list(QUESTIONS)
    k = i % len(topics)
    return user, topics[k:] + topics[:k]


async def run_session(url: str, i: int) -> tuple[ChatSession, list[tuple[str, Turn]]]:
    """Log in, ask every question of the plan in turn, keep everything shown."""
    user, topics = plan(i)
    chat = ChatSession(url, user, f"pw-{user}")
    turns = []
    try:
        await chat.connect()
        for topic in topics:
            turns.append((topic, await chat.ask(QUESTIONS[topic], timeout=ASK_LIMIT_S)))
        await asyncio.sleep(2)  # a late follow-up answer is checked for leaks too
        await chat.fetch_elements()
    finally:
        await chat.close()
    return chat, turns


async def run_all(url: str) -> list[tuple[ChatSession, list[tuple[str, Turn]]]]:
    """All sessions at once, bounded in time."""
    jobs = [run_session(url, i) for i in range(SESSIONS)]
    return await asyncio.wait_for(asyncio.gather(*jobs), TOTAL_LIMIT_S)


def first_marker(text: str) -> str | None:
    """The marker named first in a reply: its best passage comes first."""
    found = sorted((text.index(m), m) for m in MARKERS if m in text)
    return found[0][1] if found else None


def history(db: Path) -> dict[str, tuple[str, int, int]]:
    """Every kept conversation: its owner, how many questions and answers it holds."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT t.id, u.name, sum(s.kind = 'question'), sum(s.kind = 'answer') "
            "FROM chat_thread t JOIN lens_user u ON u.id = t.user_id "
            "JOIN chat_step s ON s.thread_id = t.id GROUP BY t.id, u.name"
        ).fetchall()
    finally:
        con.close()
    return {t: (u, int(q), int(a)) for t, u, q, a in rows}


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (0-100)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def test_when_twenty_sessions_chat_at_once_then_each_gets_only_its_own_answers(
    server, capsys
) -> None:
    url, log = server
    t0 = time.monotonic()
    results = asyncio.run(run_all(url))
    wall = time.monotonic() - t0
    assert len(results) == SESSIONS
    threads = set()
    for i, (chat, turns) in enumerate(results):
        user, topics = plan(i)
        assert [t for t, _ in turns] == topics
        for topic, turn in turns:
            r = turn.reply
            assert r is not None, f"session {i} ({user}) got no reply to {topic}"
            assert not r.is_error, r.content
            assert "Something went wrong" not in r.content, f"session {i}: {r.content}"
            assert "Sources:" in r.content, f"session {i} ({user}), {topic}: {r.content}"
            assert first_marker(r.content) in expected(user, topic), (
                f"session {i} ({user}) asked about {topic} but was answered: {r.content}"
            )
        assert not chat.stray, f"session {i} got messages it did not ask for: {chat.stray}"
        thread_ids = {r.thread_id for r in chat.replies.values()}
        assert len(thread_ids) == 1, f"session {i} got messages of threads {thread_ids}"
        threads |= thread_ids
        shown = chat.shown_text()
        leaked = {m for m in MARKERS - visible(user) if m in shown}
        assert not leaked, f"session {i} ({user}) was shown {leaked}"
        assert len(chat.element_text) == len(chat.elements) > 0
        assert not [e for e, _ in chat.other_events], chat.other_events
    assert len(threads) == SESSIONS, "two sessions shared a thread"
    # Each session's conversation was kept, whole, for its own user only.
    kept = history(log.parent / "lens.db")
    for i, (chat, turns) in enumerate(results):
        owner, questions, answers = kept[chat.thread_id]
        assert owner == plan(i)[0], f"session {i}'s conversation is kept for {owner}"
        assert questions == len(turns), f"session {i}: {questions} questions kept"
        assert answers >= len(turns), f"session {i}: {answers} answers kept"
    assert len(kept) == SESSIONS
    shown_all = "\n".join(chat.shown_text() for chat, _ in results)
    assert {"Sparrowhawk-6612", "Nightjar-9054", "Wagtail-7340"} & {
        m for m in MARKERS if m in shown_all
    }, "no restricted marker was ever shown: the leak check would prove nothing"
    assert b"Traceback" not in log.read_bytes()
    first = [t.first_token_s for _, ts in results for _, t in ts if t.first_token_s is not None]
    done = [t.complete_s for _, ts in results for _, t in ts if t.complete_s is not None]
    generated = sum(len(t.messages) - 1 for _, ts in results for _, t in ts)
    with capsys.disabled():
        print(
            f"\n{SESSIONS} sessions x {len(QUESTIONS)} questions in {wall:.1f}s: "
            f"first token p50 {statistics.median(first):.2f}s p95 {pct(first, 95):.2f}s; "
            f"complete p50 {statistics.median(done):.2f}s p95 {pct(done, 95):.2f}s; "
            f"{generated} generated follow-ups arrived"
        )


FOLLOW_UPS = textwrap.dedent(
    """
    import asyncio, json, threading
    import ui.app as app

    gate, lock, ran, running, most = threading.Event(), threading.Lock(), [], [0], [0]

    def generation(i):  # a follow-up stuck on the model
        with lock:
            ran.append(i)
            running[0] += 1
            most[0] = max(most[0], running[0])
        gate.wait(60)
        with lock:
            running[0] -= 1

    async def main():
        jobs = [app._generation.submit(generation, i) for i in range(12)]
        answered = await asyncio.wait_for(asyncio.to_thread(lambda: "answered"), 20)
        superseded = jobs[-1].cancel()
        gate.set()
        await asyncio.wait_for(asyncio.gather(*map(asyncio.wrap_future, jobs[:-1])), 60)
        print(json.dumps({"answered": answered, "superseded": superseded, "ran": ran,
                          "at_once": most[0]}))

    asyncio.run(main())
    """
)


def test_when_follow_ups_wait_for_the_model_then_questions_still_get_threads(tmp_path) -> None:
    # Twelve follow-ups (more than asyncio's shared pool has threads) stuck on the model must
    # leave that pool free for answers, run one at a time, and a queued one can be superseded.
    # ui.app is imported in a child process whose Chainlit app root is a temporary folder.
    env = {**os.environ, "CHAINLIT_APP_ROOT": str(tmp_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", FOLLOW_UPS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out == {"answered": "answered", "superseded": True, "ran": list(range(11)), "at_once": 1}
