"""The retrieval tuning sets name documents that exist, and the fusion lab ranks as the benches.

A tuning figure is only as good as its labels: every right document a question names must be
in the hub it is asked of (the demo corpus, or demo/eval/realcases for domain "realcases").
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bench.retrieval_fusion_lab import DEPTH, doc_sum, ranked_docs, shipped

DEMO = Path(__file__).resolve().parents[2] / "demo"
SETS = ["retrieval_tuning2.jsonl", "retrieval_tuning3.jsonl", "retrieval_tuning4.jsonl"]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _refs() -> dict[str, str]:
    """source_ref -> domain for every document a tuning hub can hold."""
    refs = {p.name: "demo" for p in (DEMO / "docs").rglob("*") if p.is_file()}
    with (DEMO / "records" / "incidents.csv").open(encoding="utf-8") as fh:
        refs.update({f"incidents.csv#{r['incident_id']}": "demo" for r in csv.DictReader(fh)})
    for row in _jsonl(DEMO / "records" / "bank_flags.jsonl"):
        refs[f"bank_flags.jsonl#{row['flag_id']}"] = "demo"
    for row in _jsonl(DEMO / "eval" / "realcases" / "ilab_2013.jsonl"):
        refs[f"ilab_2013.jsonl#{row['id']}"] = "realcases"
    return refs


REFS = _refs()


@pytest.mark.parametrize("name", SETS)
def test_when_a_tuning_question_names_right_documents_then_they_exist_in_its_domain(
    name: str,
) -> None:
    for q in _jsonl(DEMO / "eval" / name):
        domain = q.get("domain", "demo")
        assert q["source_refs"], q["question"]
        for ref in q["source_refs"]:
            assert REFS.get(ref) == domain, (q["question"], ref)


def test_when_tuning_set_4_is_read_then_it_has_the_shapes_this_round_asked_for() -> None:
    questions = _jsonl(DEMO / "eval" / "retrieval_tuning4.jsonl")
    classes = [q["class"] for q in questions]
    assert len(questions) >= 60
    assert set(classes) == {"paraphrased", "multi-answer"}
    assert {q.get("domain", "demo") for q in questions} == {"demo", "realcases"}
    for q in questions:
        many = len(q["source_refs"]) > 1
        assert many or q["class"] == "paraphrased", q["question"]
        assert many or q["class"] != "multi-answer", q["question"]
    assert len({q["question"] for q in questions}) == len(questions)


def test_when_a_document_has_two_passages_then_the_benches_rank_it_by_its_first() -> None:
    ref = {"a-h-0": "a.txt", "a-h-1": "a.txt", "b-h-0": "b.txt"}
    assert ranked_docs({"a-h-1": 0.9, "b-h-0": 0.8, "a-h-0": 0.1}, ref) == ["a.txt", "b.txt"]


def test_when_summing_a_document_s_passages_then_a_report_with_two_matches_rises() -> None:
    # b has the best single passage; a has two nearly as good ones.
    dense = [("b-h-0", 0.60), ("a-h-0", 0.58), ("a-h-1", 0.57)]
    dense += [(f"z{i}-h-0", 0.2) for i in range(30)]
    q = {"dense": dense, "lex": [], "ideal": 0.0}
    ref = {cid: cid.split("-")[0] for cid, _ in dense}
    assert ranked_docs(shipped()(q), ref)[0] == "b"
    assert ranked_docs(doc_sum(1.0)(q), ref)[0] == "a"
    assert DEPTH == 120  # bench/retrieval.py's k=40 asks each method for 3 x 40 candidates
