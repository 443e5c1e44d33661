"""Answer quality and speed on the demo evaluation set.

    .venv/bin/python bench/answers.py                  # bundled SmolLM2-135M
    .venv/bin/python bench/answers.py --model x.gguf   # any larger GGUF as well
    .venv/bin/python bench/answers.py --limit 10       # quicker
    .venv/bin/python bench/answers.py --set heldout    # the held-out set (issue 15)
    .venv/bin/python bench/answers.py --set heldout2   # the second held-out set (2026-12-06)
    .venv/bin/python bench/answers.py --set heldout --database-url postgresql://postgres@127.0.0.1:5432/test

Sets: `tuning` (default) is demo/eval/answers.jsonl (design/tuning/blind sets, all of which
have been used to build or adjust the answerer, so they are progress checks). `heldout` is
demo/eval/heldout/answers.jsonl, written before issue 15's tuning, asked of a temporary hub
holding the demo corpus plus the real public text of demo/eval/realcases (see bench/heldout.py).
`heldout2` is demo/eval/heldout2/answers.jsonl, written on 2026-12-06 before that round's
tuning, asked of the same hub in the same way.

Figures:
- valid citations: share of answers in which every citation names a passage retrieved for
  this question and visible to the asker, and its quote is supported (extractive quotes must
  occur verbatim in the cited chunk; generated sentences must pass lexical support >= the
  configured threshold against the cited chunk, checked here independently of the answerer);
- right document: share of answerable questions with a citation to one of the gold documents;
- declined: share of unanswerable questions answered with no evidence, "Not in the sources", or
  a notice that no source mentions what the question asks about (the focus check, which then
  only quotes the closest passages); "outright" counts the first two only;
- flagged: share of answerable questions that got that notice anyway (a false alarm: the
  quotes still follow, but the notice is wrong);
- each figure per question set (design / tuning / blind, see demo/README.md);
- held-out (`--set heldout`, extractive unless --mode): unanswerable declined or flagged;
  answerable wrongly flagged (the notice or an outright decline on a question the sources
  answer); share of quoted passages whose document answers; first quote (in the answer's
  order) from a document that answers; valid citations; answer time p50 / p95; each overall,
  per domain (demo / realcases) and per question class. Failures print only with
  --show-heldout-failures (for the evaluation's author; tuners read aggregates only).
- timings: time to first token and total for `ask`, split into retrieval, prompt processing
  (first token), generation and checking; Lens overhead = time outside the llama.cpp call
  divided by the llama.cpp call's own time.
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import nullcontext
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.answers_heldout import ASKER, EVAL, citation_ok, run_heldout  # noqa: E402
from bench.common import (  # noqa: E402
    REPO,
    demo_hub,
    load_jsonl,
    machine,
    median,
    pct,
    principal,
    record,
    table,
)
from bench.heldout import (  # noqa: E402
    FAILURES_FLAG,
    FAILURES_HELP,
    HELDOUT_SETS,
    add_set_arguments,
    backend_name,
    temporary_hub,
)

RETRIEVAL_EVAL = REPO / "demo" / "eval" / "retrieval.jsonl"  # 64 more answerable questions
SET_FIGURES = ["declined", "outright", "right", "flagged", "answerable declined"]
SET_HEADINGS = [
    "unanswerable declined or flagged (target >= 0.9)",
    "of which outright",
    "answerable: right document",
    "answerable: flagged as not covered",
    "answerable: declined",
]


def _share(values: list[bool] | None) -> str:
    return f"{sum(values) / len(values):.3f} ({sum(values)}/{len(values)})" if values else "-"


def run(lens, mode: str, questions, limit: int) -> dict:  # type: ignore[no-untyped-def]
    user = principal(lens, ASKER)
    answerable = [q for q in questions if q["answerable"]][:limit]
    unanswerable = [q for q in questions if not q["answerable"]][:limit]
    valid, right, declined, modes = [], [], [], []
    by_set: dict[str, dict[str, list[bool]]] = {}
    t_total, t_first, overhead = [], [], []
    stages: dict[str, list[float]] = {}
    for q in answerable + unanswerable:
        tokens: list[float] = []
        t0 = time.perf_counter()
        a = lens.answerer.ask(
            q["question"],
            user,
            mode=mode,
            on_token=lambda _p, t=tokens: t.append(time.perf_counter()),
        )
        total = (time.perf_counter() - t0) * 1e3
        t_total.append(total)
        for k, v in a.timings.items():
            stages.setdefault(k, []).append(v)
        if "generation" in a.timings:
            t_first.append(
                a.timings["retrieval"] + a.timings.get("focus", 0) + a.timings["first_token"]
            )
            overhead.append((total - a.timings["generation"]) / a.timings["generation"])
        modes.append(a.mode)
        outright = a.mode == "no_evidence" or a.answer.startswith("Not in the sources")
        figures = by_set.setdefault(q.get("set", "design"), {})
        if q["answerable"]:
            valid.append(citation_ok(lens, a, user) and bool(a.citations))
            refs = {c["source_ref"] for c in a.citations}
            right.append(bool(refs & set(q["source_refs"])))
            figures.setdefault("right", []).append(right[-1])
            figures.setdefault("flagged", []).append(bool(a.not_mentioned))
            figures.setdefault("answerable declined", []).append(outright)
        else:
            declined.append(outright or bool(a.not_mentioned))
            figures.setdefault("declined", []).append(declined[-1])
            figures.setdefault("outright", []).append(outright)
            if a.citations:
                valid.append(citation_ok(lens, a, user))
    return {
        "mode": mode,
        "n": len(answerable) + len(unanswerable),
        "valid": sum(valid) / max(1, len(valid)),
        "right_doc": sum(right) / max(1, len(right)),
        "declined": sum(declined) / max(1, len(declined)),
        "modes": {m: modes.count(m) for m in sorted(set(modes))},
        "sets": by_set,
        "total_p50": median(t_total),
        "total_p95": pct(t_total, 95),
        "first_token_p50": median(t_first),
        "overhead_p50": median(overhead),
        "stages": {k: median(v) for k, v in stages.items()},
        "focus": stages.get("focus", []),
    }


def false_alarms(lens) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The retrieval evaluation's answerable questions, each asked as its own user, up to the
    decision to answer: (flagged as not covered, declined outright, questions)."""
    questions = load_jsonl(RETRIEVAL_EVAL)
    users = {q["as"]: principal(lens, q["as"]) for q in questions}
    flagged = declined = 0
    for q in questions:
        found = lens.answerer.retrieve(q["question"], users[q["as"]])
        flagged += bool(found.not_mentioned)
        declined += found.mode in ("no_evidence", "refused")
    return flagged, declined, len(questions)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", help="A larger GGUF to evaluate as well.")
    ap.add_argument("--limit", type=int, default=1000, help="Questions per group.")
    add_set_arguments(ap, "demo/eval/answers.jsonl (progress checks)")
    ap.add_argument(
        "--mode",
        choices=["extractive", "auto", "generative"],
        help="Answer mode (held-out default extractive; tuning default both extractive and auto).",
    )
    ap.add_argument("--hub", type=Path, help="Build (or reuse) the held-out SQLite hub here.")
    ap.add_argument(FAILURES_FLAG, action="store_true", help=FAILURES_HELP)
    ap.add_argument(
        "--heldout-figures",
        action="store_true",
        help="With --set tuning: the held-out set's figures (quotes from an answering source, "
        "first quote, per class) on the tuning sets instead of the usual tables.",
    )
    args = ap.parse_args()
    backend = backend_name(args.database_url)
    if args.set == "tuning" and args.heldout_figures:
        with (
            temporary_hub(args.database_url, realcases=False)
            if args.database_url
            else (nullcontext(demo_hub("demo-torch"))) as hub
        ):
            run_heldout(hub, args.mode or "extractive", backend, True, tuning=True)
        return
    if args.set in HELDOUT_SETS:
        with temporary_hub(args.database_url, realcases=True, keep=args.hub) as hub:
            mode = args.mode or "extractive"
            run_heldout(hub, mode, backend, args.show_heldout_failures, name=args.set)
        return
    if args.database_url:
        with temporary_hub(args.database_url, realcases=False) as hub:
            tuning(hub, args)
        return
    tuning(demo_hub("demo-torch"), args)


def tuning(lens, args) -> None:  # type: ignore[no-untyped-def]
    """The tuning/progress sets: demo/eval/answers.jsonl and the retrieval set's questions."""
    questions = load_jsonl(EVAL)
    configs = [("SmolLM2-135M (bundled)", lens)]
    if args.model:
        from core.settings import load_settings
        from lens.app import Lens

        big = Lens(
            load_settings(
                home=lens.settings.home,
                database={"url": lens.settings.database.url},
                llm={"model_path": args.model},
            )
        )
        configs.append((Path(args.model).name, big))
    rows, stage_rows, set_rows = [], [], []
    for name, hub in configs:
        for mode in [args.mode] if args.mode else ["extractive", "auto"]:
            r = run(hub, mode, questions, args.limit)
            rows.append(
                [
                    name,
                    mode,
                    r["n"],
                    r["valid"],
                    r["right_doc"],
                    r["declined"],
                    " ".join(f"{k}:{v}" for k, v in r["modes"].items()),
                    r["total_p50"],
                    r["total_p95"],
                ]
            )
            tag = f"({name}, {mode})"
            for set_name, f in r["sets"].items():
                set_rows.append([name, mode, set_name] + [_share(f.get(k)) for k in SET_FIGURES])
                if f.get("declined"):
                    share = sum(f["declined"]) / len(f["declined"])
                    name_ = f"unanswerable declined, {set_name} set {tag}"
                    record(name_, share, ">= 0.9", share >= 0.9)
                if f.get("flagged"):
                    share = sum(f["flagged"]) / len(f["flagged"])
                    record(f"answerable flagged as not covered, {set_name} set {tag}", share)
            record(f"valid citations {tag}", r["valid"], "= 1.0", r["valid"] >= 1.0)
            record(f"right document {tag}", r["right_doc"])
            record(f"unanswerable declined {tag}", r["declined"], ">= 0.9", r["declined"] >= 0.9)
            if r["focus"]:
                record(
                    f"focus check p50 / p95 {tag}",
                    f"{median(r['focus']):.1f} / {pct(r['focus'], 95):.1f}",
                    unit="ms",
                )
            record(
                f"answer total p50 / p95 {tag}",
                f"{r['total_p50']:.0f} / {r['total_p95']:.0f}",
                unit="ms",
            )
            if r["stages"].get("generation"):
                stage_rows.append(
                    [
                        name,
                        mode,
                        r["stages"].get("retrieval", 0),
                        r["stages"].get("focus", 0),
                        r["first_token_p50"],
                        r["stages"].get("generation", 0),
                        r["stages"].get("checking", 0),
                        r["total_p50"],
                        f"{100 * r['overhead_p50']:.1f}%",
                    ]
                )
                record(f"time to first token p50 {tag}", r["first_token_p50"], unit="ms")
                over = 100 * r["overhead_p50"]
                record(f"Lens overhead p50 {tag}", over, "< 15%", over < 15, "%")
    print(f"\n## Answers ({len(questions)} questions: demo/eval/answers.jsonl, asked as {ASKER})")
    print(f"machine: {machine()}\n")
    print(
        table(
            [
                "model",
                "mode",
                "questions",
                "valid citations (target 1.0)",
                "right document",
                "unanswerable declined (target >= 0.9)",
                "answer modes",
                "total p50 ms",
                "total p95 ms",
            ],
            rows,
        )
    )
    print("\n### By question set (demo/README.md): share of the set's questions\n")
    print(table(["model", "mode", "set", *SET_HEADINGS], set_rows))
    flagged, declined, n = false_alarms(lens)
    print(
        f"\nretrieval set (demo/eval/retrieval.jsonl, {n} answerable, each as its own user): "
        f"flagged as not covered {flagged}/{n}, declined {declined}/{n}"
    )
    record("answerable flagged as not covered, retrieval set", flagged / n)
    record("answerable declined, retrieval set", declined / n)
    if stage_rows:
        print("\n### Time split (medians, ms) for answers that went through the LLM\n")
        print(
            table(
                [
                    "model",
                    "mode",
                    "retrieval",
                    "focus check",
                    "first token (retrieval + focus + prompt)",
                    "llama.cpp call",
                    "checking",
                    "total",
                    "Lens overhead (target < 15%)",
                ],
                stage_rows,
            )
        )


if __name__ == "__main__":
    main()
