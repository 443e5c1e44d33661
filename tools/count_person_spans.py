"""Counts what the redactor removes from real public text that does not look personal.

    .venv/bin/python tools/count_person_spans.py [--file demo/eval/realcases/ilab_2013.jsonl]
        [--top 25] [--type PERSON]

Each document (title and text, as `lens ingest` reads them) goes through the real redactor,
`redaction.build_redactor(RedactionSettings())`. A removed span "looks personal" when one of
its words is on the census or world given-name lists or the census surname list, and no English
word ("Cotton", "Rice" and "Stones" are census surnames), and none is a
place our lists know or a word that marks an organisation; every other span is counted as
over-redaction, by entity type, with its most frequent texts and the rule that removed it
(the recognizer and pattern, as `lens redact --explain` names them). The realcases corpus is
public government text that names almost nobody, so its counts are a floor-free measure of
what questions about goods, agencies and places lose. Not for held-out sets (it prints spans).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import regex

DEFAULT_FILE = Path("demo/eval/realcases/ilab_2013.jsonl")
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")


def looks_personal(span: str, guard: object) -> bool:
    """A name word in the span, and no known place or organisation word."""
    from redaction import gazetteer
    from redaction.name_lists import given_names, surnames
    from redaction.world_names import all_given_names

    words = [w.strip("'’-") for w in _WORD.findall(span)]
    org_words = {w.casefold() for w in gazetteer.split(gazetteer.ORG_KEYWORDS)}
    if any(w.casefold() in org_words for w in words):
        return False
    if guard.is_known_place(span) or any(guard.is_known_place(w) for w in words):  # type: ignore[attr-defined]
        return False
    given, family = all_given_names(given_names()), surnames()
    # "Cotton", "Rice", "Stones" are census surnames and English words: goods, not people.
    return any(
        (w.casefold() in given or w.casefold() in family) and not guard.is_english(w)  # type: ignore[attr-defined]
        for w in words
    )


def count(path: Path, top: int, only: str | None) -> dict[str, int]:
    """Print the non-personal removed spans by type; return their counts by type."""
    from core.settings import RedactionSettings
    from redaction import build_redactor
    from redaction.base import DocumentInput

    redactor = build_redactor(RedactionSettings())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = [DocumentInput(body=r["text"], title=r.get("title", "")) for r in rows]
    results = redactor.redact_documents(docs)
    spans: dict[str, Counter[str]] = defaultdict(Counter)
    rules: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    personal: Counter[str] = Counter()
    personal_spans: Counter[str] = Counter()
    for doc, res in zip(docs, results, strict=True):
        if res.error:
            print(f"error: {res.error}")
            continue
        for source, part in ((doc.body, res.body), (doc.title, res.title)):
            for e in part.entities:
                if only and e.type != only:
                    continue
                surface = source[e.start : e.end]
                if looks_personal(surface, redactor.guard):
                    personal[e.type] += 1
                    personal_spans[f"{e.type} {surface}"] += 1
                    continue
                spans[e.type][surface] += 1
                rules[(e.type, surface)][e.rule] += 1
    totals = {kind: sum(c.values()) for kind, c in spans.items()}
    for kind in sorted(spans, key=lambda k: -totals[k]):
        print(f"\n{kind}: {totals[kind]} non-personal spans ({personal[kind]} that look personal)")
        for surface, n in spans[kind].most_common(top):
            why = ", ".join(f"{r} x{c}" for r, c in rules[(kind, surface)].most_common(2))
            print(f"  {n:3d}  {surface!r:45}  {why}")
    for kind in sorted(set(personal) - set(spans)):
        print(f"\n{kind}: 0 non-personal spans ({personal[kind]} that look personal)")
    shown = ", ".join(f"{s} x{n}" for s, n in personal_spans.most_common(top))
    print(f"\nlooking personal (check by eye): {shown}")
    print(
        f"\ntotal non-personal spans: {sum(totals.values())}; looking personal: "
        f"{sum(personal.values())}"
    )
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--type", default=None, help="only this entity type (e.g. PERSON)")
    args = ap.parse_args()
    if "heldout" in args.file.name:
        raise SystemExit("Held-out sets are never printed span by span; use bench/redaction.py.")
    count(args.file, args.top, args.type)


if __name__ == "__main__":
    main()
