"""Contextual chunk headers, dense pseudo-relevance feedback and document-level scores,
compared offline on the TUNING sets (issue 15 part 3, round 14: recall14).

    .venv/bin/python bench/retrieval_context_lab.py --hub /tmp/hub          # cache, compare
    .venv/bin/python bench/retrieval_context_lab.py --hub /tmp/hub --reuse  # compare only

Every chunk of the hub (demo corpus and demo/eval/realcases: see bench/retrieval_fusion_lab.py)
is embedded as stored and with its document's title before it ("contextual chunk header");
each tuning question (sets 1-2, 3, 4) is embedded once, its visible chunks and its BM25 list
(k=40, so 120 candidates) fetched once. Kept in bench/results/context-lab.pkl; the variants
then re-score offline:

- "shipped": the passage's own cosine, fused with BM25 by `retrieval.fusion.fuse`;
- "header": the cosine to the passage embedded with its title as a first line;
- "Rocchio a/k": the query vector plus a x the mean of the k best fused passages' vectors
  (renormalised), cosines recomputed, fused again with the same BM25 list;
- "RM3 b": BM25 pseudo-relevance feedback: the 5 words of the first fused ranking's 3 best
  passages with the highest tf x idf (not in the query) searched on their own, and b x that
  search's BM25 share added to the shipped fused score;
- "doc mean s": the cosine mixed with the cosine to the document's mean passage vector;
- "doc second s": each passage gains s x the fused score of its document's next best passage.

The figures are the held-out bench's: recall@1 and @5 out of at most k right documents.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
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
from retrieval.lexical import query_terms  # noqa: E402

CACHE = WORK / "context-lab.pkl"
_WORDS = re.compile(r"[^\W_]+")


def cache(hub: Path) -> dict:
    """Chunk vectors (plain and with headers), per question its vector, visible chunks, BM25."""
    from retrieval.filters import SearchFilters

    lens = hub_at(hub)
    r = lens.retriever
    rows = chunk_rows(lens)
    texts = {cid: t for cid, t, _, _ in rows}
    df: Counter[str] = Counter(w for t in texts.values() for w in set(query_terms(t, 10**6)))
    out = []
    for name, q, user, text, qvec in tuning_questions(lens):
        dense = r._dense(qvec, len(rows), user, SearchFilters())
        found = r.lexical.search(text, user, SearchFilters(), DEPTH)
        visible = {h.chunk_id: h.similarity for h in dense}
        lex = [(h.chunk_id, h.score) for h in found.hits]
        first = fuse(_cut(visible), lex, found.ideal, weight=1.0, depth=DEPTH)
        top = sorted(first, key=lambda c: (-first[c], c))[:3]
        terms = expansion_terms([texts[c] for c in top], set(query_terms(text)), df, len(texts))
        more = r.lexical.search(" ".join(terms), user, SearchFilters(), DEPTH) if terms else None
        out.append(
            {
                **q,
                "set": name,
                "qvec": qvec,
                "visible": visible,
                "lex": lex,
                "ideal": found.ideal,
                "rm3": [(h.chunk_id, h.score) for h in more.hits] if more else [],
                "rm3_ideal": more.ideal if more else 0.0,
            }
        )
    return {
        "ids": [cid for cid, *_ in rows],
        "ref": {cid: ref for cid, _, ref, _ in rows},
        "titles": {cid: title for cid, _, _, title in rows},
        "cvec": r.embedder.embed([t for _, t, _, _ in rows]),
        "hvec": r.embedder.embed([header_text(title, t) for _, t, _, title in rows]),
        "questions": out,
    }


def header_text(title: str, text: str) -> str:
    """A passage as a contextual-header embedder would read it: the title, a line break, it."""
    title = " ".join((title or "").split())
    return f"{title}\n{text}" if title else text


def expansion_terms(
    texts: list[str], asked: set[str], df: Counter[str], n: int, m: int = 5
) -> list[str]:
    """RM3-style expansion: the m words of the feedback passages with the highest summed
    tf x idf, leaving out the query's own words and words in over a tenth of the chunks."""
    weight: Counter[str] = Counter()
    for t in texts:
        words = [w for w in _WORDS.findall(t.lower()) if w in df and w not in asked]
        for w, tf in Counter(words).items():
            if df[w] <= n / 10 and not w.isdigit():
                weight[w] += tf / len(words) * math.log(n / df[w])
    return [w for w, _ in weight.most_common(m)]


Scorer = Callable[[dict, dict], dict[str, float]]


def _cut(d: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:DEPTH]


def _cos(data: dict, q: dict, qvec: np.ndarray, key: str) -> dict[str, float]:
    sims = (data[key] @ qvec).tolist()
    return {c: s for c, s in zip(data["ids"], sims, strict=True) if c in q["visible"]}


def plain(key: str = "cvec", w: float = 1.0) -> Scorer:
    def f(data: dict, q: dict) -> dict[str, float]:
        dense = _cut(_cos(data, q, q["qvec"], key))
        return fuse(dense, q["lex"], q["ideal"], weight=w, depth=DEPTH)

    return f


def blend(share: float) -> Scorer:
    """Cosine = (1 - share) x plain + share x header."""

    def f(data: dict, q: dict) -> dict[str, float]:
        a, b = _cos(data, q, q["qvec"], "cvec"), _cos(data, q, q["qvec"], "hvec")
        dense = _cut({c: (1 - share) * a[c] + share * b[c] for c in a})
        return fuse(dense, q["lex"], q["ideal"], weight=1.0, depth=DEPTH)

    return f


def rocchio(alpha: float, k: int, key: str = "cvec") -> Scorer:
    """Dense pseudo-relevance feedback from the first fused ranking's k best passages."""

    def f(data: dict, q: dict) -> dict[str, float]:
        first = plain(key)(data, q)
        top = sorted(first, key=lambda c: (-first[c], c))[:k]
        index = {c: i for i, c in enumerate(data["ids"])}
        mean = data[key][[index[c] for c in top]].mean(0)
        qv = q["qvec"] + alpha * mean
        qv = qv / np.linalg.norm(qv)
        dense = _cut(_cos(data, q, qv, key))
        return fuse(dense, q["lex"], q["ideal"], weight=1.0, depth=DEPTH)

    return f


def rm3(beta: float, key: str = "cvec") -> Scorer:
    """The shipped fusion plus beta x the expansion terms' BM25 share (their own yardstick)."""

    def f(data: dict, q: dict) -> dict[str, float]:
        s = plain(key)(data, q)
        if not q["rm3"] or q["rm3_ideal"] <= 0:
            return s
        extra = dict(q["rm3"])
        return {c: v + beta * extra.get(c, 0.0) / q["rm3_ideal"] for c, v in s.items()}

    return f


def doc_mean(share: float) -> Scorer:
    """Cosine = (1 - share) x the passage's + share x its document's mean passage vector's."""

    def f(data: dict, q: dict) -> dict[str, float]:
        refs = [data["ref"][c] for c in data["ids"]]
        docs = sorted(set(refs))
        where = {r: i for i, r in enumerate(docs)}
        mean = np.zeros((len(docs), data["cvec"].shape[1]), dtype=np.float32)
        np.add.at(mean, [where[r] for r in refs], data["cvec"])
        mean /= np.linalg.norm(mean, axis=1, keepdims=True)
        per_doc = mean @ q["qvec"]
        cos = _cos(data, q, q["qvec"], "cvec")
        mixed = {
            c: (1 - share) * v + share * per_doc[where[data["ref"][c]]] for c, v in cos.items()
        }
        return fuse(_cut(mixed), q["lex"], q["ideal"], weight=1.0, depth=DEPTH)

    return f


def doc_second(share: float, key: str = "cvec") -> Scorer:
    """Each passage gains share x its document's next best fused score (clipped at 0)."""

    def f(data: dict, q: dict) -> dict[str, float]:
        s = plain(key)(data, q)
        per: dict[str, list[float]] = defaultdict(list)
        for c, v in s.items():
            per[data["ref"][c]].append(v)
        out = {}
        for c, v in s.items():
            others = sorted(per[data["ref"][c]], reverse=True)
            others.remove(v)
            out[c] = v + share * max(0.0, others[0] if others else 0.0)
        return out

    return f


VARIANTS: dict[str, Scorer] = {
    "dense alone": lambda d, q: dict(_cut(_cos(d, q, q["qvec"], "cvec"))),
    "header dense alone": lambda d, q: dict(_cut(_cos(d, q, q["qvec"], "hvec"))),
    "BM25 alone": lambda d, q: dict(q["lex"]),
    "shipped": plain(),
    "header": plain("hvec"),
    "header w1.2": plain("hvec", 1.2),
    "header w0.8": plain("hvec", 0.8),
    "blend 0.5": blend(0.5),
    "Rocchio 0.3/3": rocchio(0.3, 3),
    "Rocchio 0.5/3": rocchio(0.5, 3),
    "Rocchio 0.5/5": rocchio(0.5, 5),
    "Rocchio 1.0/3": rocchio(1.0, 3),
    "header + Rocchio 0.3/3": rocchio(0.3, 3, "hvec"),
    "RM3 0.1": rm3(0.1),
    "RM3 0.3": rm3(0.3),
    "header + RM3 0.1": rm3(0.1, "hvec"),
    "doc mean 0.2": doc_mean(0.2),
    "doc second 0.1": doc_second(0.1),
    "doc second 0.3": doc_second(0.3),
    "header + doc second 0.1": doc_second(0.1, "hvec"),
}


def compare(data: dict) -> None:
    """Per class and set: recall@1 / @5 (out of at most k), per variant."""
    check = max(
        abs(s - float(data["cvec"][data["ids"].index(c)] @ q["qvec"]))
        for q in data["questions"][:3]
        for c, s in list(q["visible"].items())[:20]
    )
    print(f"\nstored vs re-embedded cosine, largest gap: {check:.5f}")
    classes = sorted({q["class"] for q in data["questions"]})
    cells = [*classes, "set 1-2", "set 3", "set 4", "all"]
    rows = []
    for name, scorer in VARIANTS.items():
        per: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for q in data["questions"]:
            gold = set(q["source_refs"])
            refs = ranked_docs(scorer(data, q), data["ref"])
            m = (float(bool(set(refs[:1]) & gold)), len(set(refs[:5]) & gold) / min(5, len(gold)))
            for cell in (q["class"], f"set {q['set']}", "all"):
                per[cell].append(m)
        rows.append(
            [name]
            + [
                f"{np.mean([a for a, _ in per[c]]):.3f} / {np.mean([b for _, b in per[c]]):.3f}"
                for c in cells
            ]
        )
    n = {
        c: sum(1 for q in data["questions"] if c in (q["class"], f"set {q['set']}")) for c in cells
    }
    n["all"] = len(data["questions"])
    print(f"\n# {len(data['ids'])} chunks")
    print("\n## Tuning sets 1-2, 3, 4 (recall@1 / recall@5, out of at most k)\n")
    print(table(["variant", *[f"{c} ({n[c]})" for c in cells]], rows))


def main() -> None:
    run_lab(__doc__, CACHE, cache, compare, "embed the chunks")


if __name__ == "__main__":
    main()
