"""Sentence-level dense scores (max-sim) fused with BM25, compared offline on the TUNING sets.

    .venv/bin/python bench/retrieval_sentence_lab.py --hub /tmp/hub          # cache, compare
    .venv/bin/python bench/retrieval_sentence_lab.py --hub /tmp/hub --reuse  # compare only

Every chunk of the hub is embedded whole (as stored) and sentence by sentence
(`retrieval.sentences.split_sentences`); each tuning question (sets 1-2, 3, 4, every domain:
the hub must hold demo/eval/realcases, see bench/retrieval_fusion_lab.py) is embedded once and
its BM25 list fetched once (k=40, so 120 candidates). Vectors and lists are kept in
bench/results/sentence-lab.pkl; the variants then re-score in seconds:

- "chunk": the shipped dense score (the passage's own cosine), over every visible chunk;
- "max-sim all": max(passage cosine, best sentence cosine), every sentence searched;
- "max-sim top N": the same when a sentence index returns only the N nearest sentences (what a
  second Chroma collection would give at search time); chunks reached only through a sentence
  score that sentence's cosine;
- "max-sim all, pooled": sentence vectors with no extra model run, each chunk's own token
  embeddings mean-pooled over each sentence's tokens (cheaper at ingest, weaker here).

Each is shown alone ("dense") and fused with BM25 by `retrieval.fusion.fuse` at weight w. The
figures are the held-out bench's: recall@1 and @5 out of at most k right documents, by class.
Also printed: how many sentences the chunks make and their tokens against the chunks' (the
extra embedding work at ingest).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.common import WORK, run_lab, table  # noqa: E402
from bench.retrieval_fusion_lab import (  # noqa: E402
    DEPTH,
    chunk_rows,
    ranked_docs,
    tuning_questions,
)
from bench.retrieval_tuning import hub_at  # noqa: E402
from retrieval.fusion import fuse  # noqa: E402
from retrieval.sentences import (  # noqa: E402
    best_per_chunk,
    max_sim,
    sentence_units,
    split_sentences,
)

CACHE = WORK / "sentence-lab.pkl"


def cache(hub: Path) -> dict:
    """Chunk and sentence vectors, and per question its vector, visible chunks and BM25 list."""
    from retrieval.filters import SearchFilters

    lens = hub_at(hub)
    r = lens.retriever
    rows = [(cid, text, ref) for cid, text, ref, _ in chunk_rows(lens)]
    units = sentence_units((cid, text) for cid, text, _ in rows)
    tok = r.embedder.tokenizer
    tokens = (
        sum(len(tok.encode(t)) for _, t, _ in rows),
        sum(len(tok.encode(s)) for _, s in units),
    )
    out = []
    for name, q, user, text, qvec in tuning_questions(lens):
        visible = [h.chunk_id for h in r._dense(qvec, len(rows), user, SearchFilters())]
        found = r.lexical.search(text, user, SearchFilters(), DEPTH)
        lex = [(h.chunk_id, h.score) for h in found.hits]
        out.append(
            {
                **q,
                "set": name,
                "qvec": qvec,
                "visible": visible,
                "lex": lex,
                "ideal": found.ideal,
            }
        )
    return {
        "ids": [cid for cid, _, _ in rows],
        "ref": {cid: ref for cid, _, ref in rows},
        "cvec": r.embedder.embed([t for _, t, _ in rows]),
        "owners": [cid for cid, _ in units],
        "svec": r.embedder.embed([s for _, s in units]),
        "pooled": pooled_sentences(r.embedder, [(cid, text) for cid, text, _ in rows]),
        "tokens": tokens,
        "questions": out,
    }


def pooled_sentences(embedder, chunks: list[tuple[str, str]]) -> tuple[list[str], np.ndarray]:  # type: ignore[no-untyped-def]
    """Sentence vectors at no extra forward pass: each chunk's own token embeddings (one model
    run over the chunk, as ingest does) mean-pooled over each sentence's tokens."""
    model = embedder._model  # the torch backend's SentenceTransformer
    outs = model.encode([t for _, t in chunks], output_value=None, show_progress_bar=False)
    owners: list[str] = []
    vecs: list[np.ndarray] = []
    for (cid, text), out in zip(chunks, outs, strict=True):
        tokens = out["token_embeddings"].numpy()
        n = int(out["attention_mask"].sum())
        offsets = model.tokenizer(text, return_offsets_mapping=True, truncation=True)
        spans = offsets["offset_mapping"][:n]
        pos = 0
        for sentence in split_sentences(text):
            a = text.find(sentence, pos)
            pos = b = a + len(sentence)
            idx = [i for i, (x, y) in enumerate(spans) if y > x and x >= a and y <= b]
            if idx:
                v = tokens[idx].mean(0)
                owners.append(cid)
                vecs.append(v / np.linalg.norm(v))
    return owners, np.asarray(vecs, dtype=np.float32)


def dense_lists(
    data: dict, q: dict, top: int | None, pooled: bool = False
) -> dict[str, list[tuple[str, float]]]:
    """The question's dense candidate list (DEPTH long) under each scoring (sentence vectors
    embedded on their own, or pooled from the chunk's tokens)."""
    owners, svec = data["pooled"] if pooled else (data["owners"], data["svec"])
    visible = set(q["visible"])
    whole = dict(zip(data["ids"], (data["cvec"] @ q["qvec"]).tolist(), strict=True))
    chunk = {c: whole[c] for c in visible}
    ssims = svec @ q["qvec"]
    keep = [i for i, c in enumerate(owners) if c in visible]
    if top is not None:
        keep = sorted(keep, key=lambda i: -ssims[i])[:top]
        nearest = dict(sorted(chunk.items(), key=lambda kv: -kv[1])[:DEPTH])  # chunk index
    else:
        nearest = chunk
    best = best_per_chunk([owners[i] for i in keep], ssims[keep])
    scored = max_sim(nearest, best)
    for cid, s in best.items():
        scored.setdefault(cid, s)  # reached through a sentence only

    def cut(d: dict[str, float]) -> list[tuple[str, float]]:
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:DEPTH]

    return {"chunk": cut(chunk), "max-sim": cut(scored)}


def compare(data: dict) -> None:
    """Per class: recall@1 / @5 (out of at most k) for each dense scoring, alone and fused."""
    classes = sorted({q["class"] for q in data["questions"]})
    sums: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for q in data["questions"]:
        gold = set(q["source_refs"])
        for top, pooled in ((None, False), (120, False), (480, False), (None, True)):
            lists = dense_lists(data, q, top, pooled)
            for kind, dense in lists.items():
                if kind == "chunk" and (top is not None or pooled):
                    continue
                label = kind if kind == "chunk" else f"max-sim {'all' if top is None else top}"
                label += ", pooled" if pooled else ""
                fused = {"dense": dict(dense)}
                if kind == "chunk":
                    fused["BM25 alone"] = dict(q["lex"])
                for w in (0.8, 1.0, 1.2):
                    fused[f"hybrid w{w}"] = fuse(dense, q["lex"], q["ideal"], weight=w, depth=DEPTH)
                for mode, score in fused.items():
                    refs = ranked_docs(score, data["ref"])
                    m = (
                        float(bool(set(refs[:1]) & gold)),
                        len(set(refs[:5]) & gold) / min(5, len(gold)),
                    )
                    for cell in (q["class"], f"set {q['set']}", "all"):
                        sums[(label, mode)][cell].append(m)
    cells = [*classes, "set 4", "all"]
    rows = []
    for (label, mode), per in sums.items():
        rows.append(
            [label, mode]
            + [
                f"{np.mean([a for a, _ in per[c]]):.3f} / {np.mean([b for _, b in per[c]]):.3f}"
                for c in cells
            ]
        )
    n = {
        c: sum(1 for q in data["questions"] if c in (q["class"], f"set {q['set']}")) for c in cells
    }
    n["all"] = len(data["questions"])
    chunks, sents = len(data["ids"]), len(data["owners"])
    ct, st = data["tokens"]
    print(f"\n# {chunks} chunks ({ct} tokens) make {sents} sentences ({st} tokens)")
    print("\n## Dense scorings on tuning sets 1-2, 3, 4 (recall@1 / recall@5, out of at most k)\n")
    print(table(["dense score", "method", *[f"{c} ({n[c]})" for c in cells]], rows))


def main() -> None:
    run_lab(__doc__, CACHE, cache, compare, "embed the chunks and sentences")


if __name__ == "__main__":
    main()
