"""Relevance gate benchmark: precision/recall/F1 of the feed gate, and the threshold sweep.

Usage: HF_HUB_OFFLINE=1 .venv/bin/python bench/relevance.py [--errors]

Reads demo/eval/relevance.jsonl (news-like items labelled by hand, {"title","text","relevant"},
hard negatives included) and scores every item once with the real embedder
(all-MiniLM-L6-v2). The calibrated threshold is the one with the best F1 (the middle of the
best run when several tie). Because choosing a threshold on the items it is then scored on
flatters it, a 2-fold estimate is printed too: calibrate on the even lines, score the odd
ones, and the other way round. Baselines show what each half of the score contributes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import load_jsonl, machine, record, table  # noqa: E402

DATA = ROOT / "demo/eval/relevance.jsonl"
THRESHOLDS = [round(0.20 + 0.025 * i, 3) for i in range(25)]  # 0.20 .. 0.80


def prf(pred: list[bool], gold: list[bool]) -> tuple[float, float, float, int, int]:
    """Precision, recall, F1, false positives, false negatives."""
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, fp, fn


def calibrate(scores: list[float], gold: list[bool]) -> float:
    """The threshold with the best F1; the middle one of the best run when several tie."""
    f1s = [prf([s >= t for s in scores], gold)[2] for t in THRESHOLDS]
    best = max(f1s)
    tied = [t for t, f in zip(THRESHOLDS, f1s, strict=True) if f >= best - 1e-9]
    return tied[len(tied) // 2]


def main() -> None:
    from core.settings import EmbeddingSettings, load_settings
    from ingest.relevance import KEYWORD_WEIGHT, MAX_KEYWORDS, RelevanceGate
    from retrieval.embedder import build_embedder

    items = load_jsonl(DATA)
    gold = [bool(r["relevant"]) for r in items]
    t0 = time.perf_counter()
    embedder = build_embedder(EmbeddingSettings(), models_dir=load_settings().models_dir)
    load_s = time.perf_counter() - t0
    gate = RelevanceGate(embedder)
    t0 = time.perf_counter()
    verdicts = gate.assess_many([(r["title"], r["text"]) for r in items])
    per_item_ms = (time.perf_counter() - t0) / len(items) * 1000
    sims = [v.similarity for v in verdicts]
    scores = [v.similarity + KEYWORD_WEIGHT * min(len(v.keywords), MAX_KEYWORDS) for v in verdicts]

    print(f"# Relevance gate on {DATA.relative_to(ROOT)}: {len(items)} items, {sum(gold)} relevant")
    print(f"# {machine()}; model load {load_s:.1f}s, {per_item_ms:.1f} ms/item")
    print(
        f"# score = max cosine to label descriptions + {KEYWORD_WEIGHT} x keyword hits "
        f"(at most {MAX_KEYWORDS})\n"
    )
    rows = []
    for t in THRESHOLDS:
        p, r, f, fp, fn = prf([s >= t for s in scores], gold)
        rows.append([t, p, r, f, fp, fn])
    print("## Threshold sweep\n")
    print(table(["threshold", "precision", "recall", "F1", "FP", "FN"], rows))

    chosen = calibrate(scores, gold)
    p, r, f, fp, fn = prf([s >= chosen for s in scores], gold)
    sim_t = calibrate(sims, gold)
    sp, sr, sf, _, _ = prf([s >= sim_t for s in sims], gold)
    kp, kr, kf, _, _ = prf([bool(v.keywords) for v in verdicts], gold)
    folds = []
    for part in (0, 1):
        train = [i for i in range(len(items)) if i % 2 == part]
        test = [i for i in range(len(items)) if i % 2 != part]
        t = calibrate([scores[i] for i in train], [gold[i] for i in train])
        folds += [(scores[i] >= t, gold[i]) for i in test]
    cp, cr, cf, _, _ = prf([a for a, _ in folds], [b for _, b in folds])
    print("\n## Summary\n")
    print(
        table(
            ["gate", "threshold", "precision", "recall", "F1"],
            [
                ["similarity + keywords (calibrated, in-sample)", chosen, p, r, f],
                ["similarity + keywords (2-fold held-out)", "per fold", cp, cr, cf],
                ["similarity only", sim_t, sp, sr, sf],
                ["keywords only (any hit)", "-", kp, kr, kf],
            ],
        )
    )
    print(f"\nAt {chosen}: {fp} false positives, {fn} false negatives.")
    record(f"precision / recall / F1 at {chosen} (in-sample)", f"{p:.3f} / {r:.3f} / {f:.3f}")
    record("precision / recall / F1 (2-fold held-out)", f"{cp:.3f} / {cr:.3f} / {cf:.3f}")
    record("speed", per_item_ms, unit="ms/item")
    if "--errors" in sys.argv:
        for item, v, s, g in zip(items, verdicts, scores, gold, strict=True):
            if (s >= chosen) != g:
                kind = "FN" if g else "FP"
                print(f"  {kind} {s:.3f} {v.label:<28} {item['title'][:70]}")


if __name__ == "__main__":
    main()
