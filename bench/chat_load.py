"""Many chat sessions at once against `lens serve` on the demo hub: p50/p95 response times.

    .venv/bin/python bench/chat_load.py [--sessions 20] [--questions 3] [--mode auto]

Each session is a websocket client speaking Chainlit's protocol (tests/ui/chat_client.py),
logged in as one of the demo users (password demo-<name>), asking its questions one after the
other; all sessions start together. For every question: the time from sending it to the first
streamed piece of the reply, and to the complete reply (text, sources and footer). The server
is warmed up by one question first (reported separately).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import REPO, demo_hub, machine, median, pct, record, table  # noqa: E402

QUESTIONS = [
    "Which recruitment methods are reported for Vietnamese workers in UK nail bars?",
    "How are fishing crews on Thai trawlers kept from leaving?",
    "What financial red flags point to one person housing many exploited workers?",
    "How did recruiters control Nigerian women taken to Italy?",
    "Which fees did Nepali construction workers pay to agents?",
    "What happened to domestic workers' passports in Lebanon?",
    "How are delivery riders exploited through rented accounts?",
    "What debts did car wash workers owe to the people who brought them?",
]
FAILED = "Something went wrong"


async def one_session(url: str, user: str, questions: list[str], limit: float) -> dict:
    """Log in as a demo user and ask the questions in turn; what happened, for the tables."""
    from tests.ui.chat_client import ChatError, ChatSession

    out: dict = {"user": user, "first": [], "done": [], "errors": [], "stray": 0, "threads": 0}
    chat = ChatSession(url, user, f"demo-{user}")
    try:
        await chat.connect()
        for q in questions:
            turn = await chat.ask(q, timeout=limit)
            r = turn.reply
            if r is None or r.is_error or FAILED in r.content:
                out["errors"].append(f"{user}: {q!r} -> {r.content[:120] if r else 'no reply'}")
                continue
            out["first"].append(turn.first_token_s)
            out["done"].append(turn.complete_s)
    except (ChatError, OSError) as exc:
        out["errors"].append(f"{user}: {exc}")
    finally:
        out["stray"] = len(chat.stray)
        out["threads"] = len({r.thread_id for r in chat.replies.values()})
        await chat.close()
    return out


async def load(url: str, users: list[str], sessions: int, questions: int, limit: float):
    """All sessions at once; session i is users[i % len(users)] with questions rotated by i."""
    jobs = []
    for i in range(sessions):
        qs = [QUESTIONS[(i + j) % len(QUESTIONS)] for j in range(questions)]
        jobs.append(one_session(url, users[i % len(users)], qs, limit))
    t0 = time.perf_counter()
    results = await asyncio.gather(*jobs)
    return results, time.perf_counter() - t0


def main() -> None:
    from tests.servers import lens_serve
    from tests.ui.chat_client import ChatSession

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--questions", type=int, default=3, help="questions per session")
    ap.add_argument("--mode", choices=["auto", "generative", "extractive"], default=None)
    ap.add_argument("--limit", type=float, default=600.0, help="seconds allowed per question")
    args = ap.parse_args()
    hub = demo_hub("demo-torch")
    home = hub.settings.home
    users = [u["name"] for u in json.loads((REPO / "demo" / "orgs.json").read_text())["users"]]
    env = {"LENS_ANSWER_MODE": args.mode} if args.mode else {}
    log = home / "serve-chat-load.log"
    with lens_serve(home, env, log=log, timeout=180) as url:

        async def warm() -> float:
            async with ChatSession(url, "ana", "demo-ana") as chat:
                turn = await chat.ask(QUESTIONS[0], timeout=args.limit)
                return turn.complete_s or float("nan")

        warm_s = asyncio.run(warm())
        results, wall = asyncio.run(load(url, users, args.sessions, args.questions, args.limit))
    first = [v for r in results for v in r["first"]]
    done = [v for r in results for v in r["done"]]
    errors = [e for r in results for e in r["errors"]]
    stray = sum(r["stray"] for r in results)
    asked = args.sessions * args.questions
    print(
        f"\n## Chat load: {args.sessions} sessions x {args.questions} questions at once "
        f"(answer mode {args.mode or 'as configured'})"
    )
    print(f"machine: {machine()}\n")
    print(
        table(
            ["", "p50 s", "p95 s", "max s"],
            [
                ["first token", median(first), pct(first, 95), max(first, default=float("nan"))],
                ["complete answer", median(done), pct(done, 95), max(done, default=float("nan"))],
            ],
        )
    )
    print(
        f"\nanswered {len(done)}/{asked} · errors {len(errors)} · stray messages (linked to no "
        f"question of their session) {stray} · wall {wall:.1f}s "
        f"({60 * len(done) / wall:.1f} answers/min) · warm-up answer {warm_s:.1f}s"
    )
    for e in errors[:10]:
        print(f"  error: {e}")
    n = f"{args.sessions}x{args.questions}"
    record(f"chat load {n}: first token p50", median(first), unit="s")
    record(f"chat load {n}: first token p95", pct(first, 95), unit="s")
    record(f"chat load {n}: complete answer p50", median(done), unit="s")
    record(f"chat load {n}: complete answer p95", pct(done, 95), unit="s")
    record(f"chat load {n}: errors", float(len(errors) + stray), "0", not errors and not stray)


if __name__ == "__main__":
    main()
