"""Dump what redaction and ingest's transform produce, to prove a change behaviour-neutral.

    PYTHONHASHSEED=0 .venv/bin/python tools/redaction_fingerprint.py --out /tmp/me-before.jsonl
    ... change the code ...
    PYTHONHASHSEED=0 .venv/bin/python tools/redaction_fingerprint.py --out /tmp/me-after.jsonl
    cmp /tmp/me-before.jsonl /tmp/me-after.jsonl

Texts: every `text` of demo/eval/pii/tuning_*.jsonl, generated_tuning.jsonl and
demo/eval/pii_sample.jsonl (through `redact_many`, as ingest batches them), and every file of
demo/docs (loaded and transformed as ingest does: whole-document redaction of body, title and
metadata, facts, and link keys under a fixed secret). Each line holds the redacted text and
every removed entity's type, offsets and placeholder; NOT its rule label or score, which can
differ between two runs of the same code (which recognizers agreed on a span). Held-out sets
are never read. The last line is a SHA-256 of the lines before it, printed as well.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PII = ROOT / "demo" / "eval" / "pii"
TEXT_SETS = [
    *sorted(PII.glob("tuning_*.jsonl")),
    PII / "generated_tuning.jsonl",
    ROOT / "demo" / "eval" / "pii_sample.jsonl",
]
DOCS = ROOT / "demo" / "docs"
SECRET = b"fingerprint-secret-0123456789abc"  # fixed: link keys comparable between runs


def entities(result: Any) -> list[list[Any]]:
    """Type, offsets and placeholder of each removed entity (no rule, no score)."""
    return [[e.type, e.start, e.end, e.replacement] for e in result.entities]


def text_rows(redactor: Any, batch: int) -> list[dict[str, Any]]:
    """One row per text of the tuning sets."""
    rows = []
    for path in TEXT_SETS:
        lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        texts = [str(row["text"]) for row in lines]
        for i in range(0, len(texts), batch):
            for j, r in enumerate(redactor.redact_many(texts[i : i + batch])):
                rows.append({"src": f"{path.name}:{i + j}", "text": r.text, "ents": entities(r)})
    return rows


class _NoChunks:
    def split(self, text: str) -> list[Any]:
        return []


class _NoVectors:
    def embed(self, texts: list[str]) -> Any:
        import numpy as np

        return np.zeros((len(texts), 1), dtype=np.float32)


def doc_rows(redactor: Any) -> list[dict[str, Any]]:
    """One row per document of demo/docs: redacted parts, facts and link keys."""
    from ingest.linkkeys import LinkKeyer
    from ingest.loaders import discover, load_file
    from ingest.transform import transform

    paths, _ = discover([DOCS])
    rows = []
    linker = LinkKeyer(SECRET)
    for path in sorted(paths):
        docs = load_file(path)
        out = transform(
            docs,
            "Fingerprint NGO",
            redactor=redactor,
            chunker=_NoChunks(),  # type: ignore[arg-type]
            embedder=_NoVectors(),  # type: ignore[arg-type]
            linker=linker,
        )
        for k, t in enumerate(out):
            rows.append(
                {
                    "src": f"{path.relative_to(DOCS)}:{k}",
                    "text": t.text,
                    "title": t.title,
                    "meta": {key: str(v) for key, v in sorted(t.meta.items())},
                    "removed": dict(sorted(t.removed.items())),
                    "facts": [list(f) for f in t.facts],
                    "year": t.year,
                    "links": sorted([m.placeholder, m.type, m.key] for m in t.mentions),
                    "error": t.error,
                }
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="where to write the dump")
    ap.add_argument("--batch", type=int, default=32, help="texts per redact_many call")
    args = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("Run with PYTHONHASHSEED=0: set order must not differ between runs.")
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from core.settings import RedactionSettings
    from redaction import build_redactor

    redactor = build_redactor(RedactionSettings())
    rows = text_rows(redactor, args.batch) + doc_rows(redactor)
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    args.out.write_text("\n".join([*lines, json.dumps({"sha256": digest, "rows": len(rows)})]))
    print(f"{len(rows)} rows, sha256 {digest}")


if __name__ == "__main__":
    main()
