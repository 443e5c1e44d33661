"""The held-out answer evaluation (issue 15): ask a set as its users, score each answer, print
its tables by domain, class and answer type, and record its headline figures beside the targets.
Used by bench/answers.py `--set heldout|heldout2` (and `--set tuning --heldout-figures`); the
citation check is shared with bench/answers_tuning.py."""

from __future__ import annotations

import time

from bench.common import REPO, load_jsonl, machine, median, pct, principal, record, table
from bench.heldout import HELDOUT_SETS, cell, group_table, grouped, share

EVAL = REPO / "demo" / "eval" / "answers.jsonl"
ASKER = "ana"  # clearance 3 at Harbour Light NGO


def citation_ok(lens, answer, user) -> bool:  # type: ignore[no-untyped-def]
    """Independent check of every citation of one answer."""
    from assistant.citations import lexical_support, split_sentences
    from core.access import is_visible
    from core.records import Chunk, Document

    retrieved = {p.chunk_id for p in answer.passages}
    with lens.db.session() as s:
        for c in answer.citations:
            chunk = s.get(Chunk, c["chunk_id"])
            doc = s.get(Document, c["doc_id"])
            if c["chunk_id"] not in retrieved or chunk is None or doc is None:
                return False
            if not is_visible(user, doc):
                return False
            if answer.mode == "extractive" and c["quote"] not in chunk.text:
                return False
        if answer.mode == "generative":
            threshold = lens.settings.answer.support_threshold
            for sent in split_sentences(answer.answer):
                import re

                nums = [int(n) for n in re.findall(r"\[(\d+)\]", sent)]
                texts = [answer.passages[n - 1].text for n in nums if 0 < n <= len(answer.passages)]
                if not texts or max(lexical_support(sent, t) for t in texts) < threshold:
                    return False
    return True


def ordered_citations(answer) -> list[dict]:  # type: ignore[no-untyped-def]
    """The answer's citations in the order its text first cites them."""
    end = len(answer.answer)

    def position(c: dict) -> int:
        i = answer.answer.find(f"[{c['n']}]")
        return i if i >= 0 else end + int(c["n"])

    return sorted(answer.citations, key=position)


def heldout_rows(lens, questions: list[dict], mode: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Ask every held-out question as its user; one row of outcomes per question."""
    users: dict[str, object] = {}
    rows = []
    for q in questions:
        if q["as"] not in users:
            users[q["as"]] = principal(lens, q["as"])
        user = users[q["as"]]
        t0 = time.perf_counter()
        a = lens.answerer.ask(q["question"], user, mode=mode)
        ms = (time.perf_counter() - t0) * 1e3
        gold = set(q["source_refs"])
        cited = [c["source_ref"] for c in ordered_citations(a)]
        rows.append(
            {
                **q,
                "ms": ms,
                "mode_used": a.mode,
                "declined": a.mode in ("no_evidence", "refused")
                or a.answer.startswith("Not in the sources"),
                "flagged": bool(a.not_mentioned),
                "not_mentioned": a.not_mentioned,
                "checks": list(a.checks),
                "cited": cited,
                "good": [r in gold for r in cited],
                "valid": citation_ok(lens, a, user) if a.citations else None,
            }
        )
    return rows


def _pooled(rows: list[dict]) -> str:
    good = sum(sum(r["good"]) for r in rows)
    total = sum(len(r["good"]) for r in rows)
    return f"{good / total:.3f} ({good}/{total})" if total else "-"


def _first(r: dict) -> bool:
    return bool(r["good"]) and r["good"][0]


ANSWERABLE_COLUMNS = [
    (
        "wrongly flagged or declined (<= 0.05)",
        lambda rs: cell([r["flagged"] or r["declined"] for r in rs]),
    ),
    ("quotes from an answering source (>= 0.8)", _pooled),
    ("first quote answers (>= 0.9)", lambda rs: cell([_first(r) for r in rs])),
    ("an answering source cited", lambda rs: cell([any(r["good"]) for r in rs])),
    ("valid citations (1.0)", lambda rs: cell([r["valid"] for r in rs if r["valid"] is not None])),
    ("p50 ms", lambda rs: f"{median([r['ms'] for r in rs]):.0f}"),
]
UNANSWERABLE_COLUMNS = [
    ("declined or flagged (>= 0.9)", lambda rs: cell([r["declined"] or r["flagged"] for r in rs])),
    ("of which outright", lambda rs: cell([r["declined"] for r in rs])),
    ("valid citations (1.0)", lambda rs: cell([r["valid"] for r in rs if r["valid"] is not None])),
    ("p50 ms", lambda rs: f"{median([r['ms'] for r in rs]):.0f}"),
]


def check_counts(rows: list[dict], said) -> list[list]:  # type: ignore[no-untyped-def]
    """Which check declined or flagged the rows for which `said(row)` holds, as counts per
    question class (never per question, so it can be read on a held-out set): one row per
    class, one column per check, each cell 'n' or 'n (sole m)' where m rows had that check
    alone. A notice from several checks counts under each; 'nothing quotable' marks a flag
    that left no quote (an outright decline); 'other' a decline with no check recorded (a
    generated "Not in the sources.")."""
    hit = [r for r in rows if said(r)]
    checks = sorted({c for r in hit for c in (r["checks"] or ["other"])})
    out = []
    for name, members in [("all", hit), *grouped(hit, lambda r: r["class"]).items()]:
        cells = []
        for c in checks:
            having = [r for r in members if c in (r["checks"] or ["other"])]
            sole = sum(len(r["checks"] or ["other"]) == 1 for r in having)
            cells.append(f"{len(having)} (sole {sole})" if having else "-")
        out.append([name, len(members), *cells])
    return [["class", "n", *checks], *out]


def print_check_counts(rows: list[dict]) -> None:
    """The breakdown of check_counts for answerable rows wrongly flagged or declined and for
    unanswerable rows rightly so."""
    for title, answerable in (
        ("answerable wrongly flagged or declined", True),
        ("unanswerable declined or flagged", False),
    ):
        subset = [r for r in rows if r["answerable"] == answerable]
        head, *body = check_counts(subset, lambda r: r["flagged"] or r["declined"])
        print(f"\n### Which check: {title} (counts per class)\n")
        print(table(head, body) if len(head) > 2 else "none")


def heldout_figures(rows: list[dict]) -> dict[str, float]:
    """The headline figures of one set of rows (NaN where a set has no such question)."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    good = sum(sum(r["good"]) for r in ans)
    total = sum(len(r["good"]) for r in ans)
    valid = [r["valid"] for r in rows if r["valid"] is not None]
    return {
        "unanswerable declined or flagged": share([r["declined"] or r["flagged"] for r in una]),
        "answerable wrongly flagged or declined": share(
            [r["flagged"] or r["declined"] for r in ans]
        ),
        "quotes from an answering source": good / total if total else float("nan"),
        "first quote answers": share([_first(r) for r in ans]),
        "valid citations": share(valid),
        "answer time p50 ms": median([r["ms"] for r in rows]),
        "answer time p95 ms": pct([r["ms"] for r in rows], 95),
    }


HELDOUT_TARGETS = {
    "unanswerable declined or flagged": (">= 0.9", lambda v: v >= 0.9),
    "answerable wrongly flagged or declined": ("<= 0.05", lambda v: v <= 0.05),
    "quotes from an answering source": (">= 0.8", lambda v: v >= 0.8),
    "first quote answers": (">= 0.9", lambda v: v >= 0.9),
    "valid citations": ("= 1.0", lambda v: v >= 1.0),
    "answer time p50 ms": ("<= 300 ms", lambda v: v <= 300),
}


def tuning_as_heldout() -> list[dict]:
    """demo/eval/answers.jsonl in the held-out set's shape (its class is its design/tuning/blind
    set), so the held-out figures can be shown beside the same figures on the tuning sets."""
    return [
        {**q, "id": f"t-{i:03d}", "domain": "demo", "class": q.get("set", "design")}
        | {"answer_type": "-", "as": ASKER}
        for i, q in enumerate(load_jsonl(EVAL), 1)
    ]


def run_heldout(  # type: ignore[no-untyped-def]
    lens,
    mode: str,
    backend: str,
    show_failures: bool,
    tuning: bool = False,
    name: str = "heldout",
) -> None:
    """Ask the held-out set `name` (or, tuning=True, the tuning sets), print its tables and
    record its headline figures."""
    folder, suffix = HELDOUT_SETS[name]
    path = folder / "answers.jsonl"
    questions = tuning_as_heldout() if tuning else load_jsonl(path)
    label, source = (
        ("tuning sets", "demo/eval/answers.jsonl")
        if tuning
        else (f"held-out set{suffix}", str(path.relative_to(REPO)))
    )
    rows = heldout_rows(lens, questions, mode)
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    print(
        f"\n## Answers, {label} ({len(ans)} answerable, {len(una)} unanswerable: "
        f"{source}; mode {mode}; {backend})"
    )
    print(f"machine: {machine()} (timings under whatever load the machine has)\n")
    print("### Answerable\n")
    by = [("domain", lambda r: r["domain"]), ("class", lambda r: r["class"])]
    print(group_table(ans, by + [("answer type", lambda r: r["answer_type"])], ANSWERABLE_COLUMNS))
    print("\n### Unanswerable (near misses: what they ask about is in no document)\n")
    print(group_table(una, by, UNANSWERABLE_COLUMNS))
    modes = grouped(rows, lambda r: r["mode_used"])
    print("\nanswer modes: " + ", ".join(f"{k} {len(v)}" for k, v in modes.items()))
    summary = []
    scopes = [("all", rows)] + [(d, rs) for d, rs in grouped(rows, lambda r: r["domain"]).items()]
    for scope, members in scopes:
        figures = heldout_figures(members)
        for name, value in figures.items():
            target, test = HELDOUT_TARGETS.get(name, (None, None))
            met = None if test is None or value != value else test(value)
            unit = "ms" if name.endswith("ms") else ""
            summary.append(
                [
                    scope,
                    name,
                    value,
                    target or "-",
                    "-" if met is None else ("met" if met else "MISSED"),
                ]
            )
            where = "" if scope == "all" else f", {scope}"
            record(f"{label} {name}{where} ({backend}, {mode})", value, target, met, unit)
    print_check_counts(rows)
    print("\n### Headline figures beside the targets\n")
    print(table(["scope", "figure", "value", "target", "status"], summary))
    if show_failures:
        print(f"\n### Failures, {label} (held-out ones for the evaluation's author only)\n")
        for r in rows:
            wrong = (
                (r["flagged"] or r["declined"] or not _first(r))
                if r["answerable"]
                else not (r["declined"] or r["flagged"])
            )
            if wrong:
                print(
                    f"- {r['id']} [{r['domain']}/{r['class']}] {r['question']}\n"
                    f"  gold {r['source_refs']} · cited {r['cited'][:4]} · mode {r['mode_used']}"
                    f" · not mentioned {r['not_mentioned']}"
                )
