"""Calibrating the citation checker's support threshold on the demo corpus.

    .venv/bin/python bench/citations.py

Pairs are built from the stored (redacted) demo passages:
- supported: a sentence of a passage, reworded by dropping a third of its words and
  reordering its clauses, checked against its own passage;
- unsupported (wrong source): the same reworded sentence against the most similar passage of a
  different document (a plausible but wrong citation, the small model's typical error);
- unsupported (wrong figure): the sentence with one of its numbers changed, against its own
  passage.
For each threshold the bench prints the share of supported pairs accepted and of unsupported
pairs rejected, and the threshold with the best balanced accuracy.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import demo_hub, machine, record, table  # noqa: E402


def reword(sentence: str, rng: random.Random) -> str:
    """Drop about a third of the words (never numbers) and swap clauses around a comma."""
    parts = [p.strip() for p in sentence.rstrip(".").split(", ") if p.strip()]
    if len(parts) > 1:
        rng.shuffle(parts)
    words = ", ".join(parts).split()
    kept = [w for w in words if re.search(r"\d", w) or rng.random() > 0.33]
    return " ".join(kept) + "."


def main() -> None:
    from sqlmodel import select

    from assistant.citations import CitationChecker, content_words, numbers, split_sentences
    from core.records import Chunk

    lens = demo_hub("demo-torch")
    rng = random.Random(4)
    with lens.db.session() as s:
        chunks = s.exec(select(Chunk)).all()
    by_id = {c.id: c for c in chunks}
    vecs = lens.embedder.embed([c.text for c in chunks])
    sims = vecs @ vecs.T
    checker = CitationChecker(lens.embedder.embed, threshold=0.0)
    pos, neg_src, neg_num = [], [], []
    ids = list(by_id)
    for i, c in enumerate(chunks):
        sentences = [x for x in split_sentences(c.text) if len(content_words(x)) >= 6]
        if not sentences:
            continue
        sent = reword(rng.choice(sentences), rng)
        pos.append(checker.support(sent, c.text))
        order = sims[i].argsort()[::-1]
        other = next(by_id[ids[j]] for j in order if by_id[ids[j]].doc_id != c.doc_id)
        neg_src.append(checker.support(sent, other.text))
        nums = sorted(numbers(sent))
        if nums:
            n = nums[0]
            changed = (
                sent.replace(n, str(int(float(n)) + 7), 1) if n.replace(".", "").isdigit() else sent
            )
            if changed != sent:
                neg_num.append(checker.support(changed, c.text))
        if len(pos) >= 200:
            break
    rows = []
    best = (0.0, 0.0)
    for t in [x / 20 for x in range(4, 17)]:
        tpr = sum(v >= t for v in pos) / len(pos)
        tnr_src = sum(v < t for v in neg_src) / len(neg_src)
        tnr_num = sum(v < t for v in neg_num) / max(1, len(neg_num))
        bal = (tpr + (tnr_src + tnr_num) / 2) / 2
        best = max(best, (bal, t))
        rows.append([t, tpr, tnr_src, tnr_num, bal])
    print(
        f"\n## Citation support threshold ({len(pos)} supported, {len(neg_src)} wrong-source, "
        f"{len(neg_num)} wrong-figure pairs from the demo passages)"
    )
    print(f"machine: {machine()}\n")
    print(
        table(
            [
                "threshold",
                "supported accepted",
                "wrong source rejected",
                "wrong figure rejected",
                "balanced accuracy",
            ],
            rows,
        )
    )
    print(
        f"\nbest balanced accuracy {best[0]:.3f} at threshold {best[1]:.2f}; "
        f"configured answer.support_threshold = {lens.settings.answer.support_threshold}"
    )
    configured = lens.settings.answer.support_threshold
    record(f"best threshold (balanced accuracy {best[0]:.3f})", f"{best[1]:.2f}")
    at = next((r for r in rows if abs(r[0] - configured) < 1e-9), None)
    if at:
        record(
            f"at the configured {configured}: supported accepted / wrong source rejected / "
            "wrong figure rejected",
            " / ".join(f"{v:.3f}" for v in at[1:4]),
        )


if __name__ == "__main__":
    main()
