"""PII at rest: after ingest, asking and searching, no planted identifier is stored anywhere.

The labelled sample (demo/eval/pii_sample.jsonl: names, phones, emails, passports, national
ids, IBANs, card and account numbers, addresses, handles, plates, wallets, IPs) goes in through
the real console script, as text files and as CSV records with a notes column kept as
metadata. Questions, searches and a briefing topic then quote identifiers, as an analyst
might. Afterwards every file under LENS_HOME is read as bytes (the SQLite database and its
WAL, the Chroma store, the logs) and searched for every identifier: as written, with
separators removed (a normalised copy), and, for emails, in any case.

Values shorter than five characters (first names such as "Mai") would match by chance inside
binary files; those are searched as whole words in the database's text instead. So the search
is not vacuous, the cities the sample keeps must be found in the same bytes, and the audited
questions must hold placeholders where the identifiers were.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens
from tests.conftest import REPO

pytestmark = pytest.mark.slow

SAMPLE = [
    json.loads(line)
    for line in (REPO / "demo" / "eval" / "pii_sample.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
FILES, RECORDS = SAMPLE[:52], SAMPLE[52:]
QUESTIONS = [  # (identifier type, index into the sample) quoted by questions and searches
    ("PERSON", 2),
    ("PHONE_NUMBER", 1),
    ("EMAIL_ADDRESS", 2),
]


def identifiers(rows: list[dict]) -> list[tuple[str, str]]:
    """(type, value) of every planted identifier."""
    return sorted({(p["type"], p["value"]) for r in rows for p in r["pii"]})


def first(row: dict, kind: str) -> str:
    return next(p["value"] for p in row["pii"] if p["type"] == kind)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """A hub that took the whole sample in and answered questions quoting identifiers."""
    home = tmp_path_factory.mktemp("pii") / "home"
    src = tmp_path_factory.mktemp("sample")
    hub_with_analyst(home)
    reports = src / "reports"
    reports.mkdir()
    for i, row in enumerate(FILES):
        (reports / f"report-{i:02d}.txt").write_text(row["text"], encoding="utf-8")
    with (src / "records.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["case", "text", "notes", "victim_name", "name"])
        for i, row in enumerate(RECORDS):  # metadata columns naming people too: in a sentence,
            names = [e["value"] for e in FILES[i]["pii"] if e["type"] == "PERSON"]  # bare, and
            first_name = names[0] if names else ""  # as a case name ("USA v. Surname")
            case_name = f"USA v. {first_name.split()[-1]}" if first_name else ""
            out.writerow([f"C-{i:03d}", row["text"], FILES[i]["text"], first_name, case_name])
    for args in (
        (str(reports), "--level", "1"),
        (
            str(src / "records.csv"),
            "--text-column",
            "text",
            "--id-column",
            "case",
            "--meta-columns",
            "notes,victim_name,name",
        ),
    ):
        proc = run_lens(home, "ingest", *args, "--as", "ana", "--json")
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        assert report["failed"] == []
        assert sum(report["removed"].values()) > 0
    quoted = [first(SAMPLE[i], kind) for kind, i in QUESTIONS]
    asks = [f"What happened to {q}?" for q in quoted] + [
        f"What is the phone number of {quoted[0]}?"
    ]
    for command, key, texts, *options in (
        ("ask", "question", asks, "--mode", "extractive"),
        ("search", "query", quoted),
    ):
        proc = run_lens(
            home,
            command,
            "--as",
            "ana",
            *options,
            "--jsonl",
            input="\n".join(json.dumps({key: t}) for t in texts),
        )
        assert proc.returncode == 0, proc.stderr
        assert len(proc.stdout.splitlines()) == len(texts)
    proc = run_lens(home, "brief", "--as", "ana", "--topic", quoted[0], "--json")
    assert proc.returncode == 0, proc.stderr
    return home


def stored_bytes(home: Path) -> dict[Path, bytes]:
    files = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert any(p.name == "lens.db" for p in files)
    assert any("chroma" in p.parts for p in files)
    assert any(p.suffix == ".log" for p in files)
    return files


def test_when_sample_ingested_and_queried_then_no_identifier_in_any_file(home) -> None:
    files = stored_bytes(home)
    found = []
    for kind, value in identifiers(SAMPLE):
        if len(value) < 5:
            continue
        forms = (
            {value, re.sub(r"[\s\-./]", "", value)} if any(c.isdigit() for c in value) else {value}
        )
        for form in forms:
            if len(form) < 5:
                continue
            needle = form.encode("utf-8")
            for path, data in files.items():
                if needle in data or (kind == "EMAIL_ADDRESS" and needle.lower() in data.lower()):
                    found.append((kind, form, str(path.relative_to(home))))
    assert found == []


def test_when_short_names_planted_then_no_stored_text_holds_them(home) -> None:
    short = {v for k, v in identifiers(SAMPLE) if len(v) < 5}
    assert short  # the sample has first names such as "Mai"
    con = sqlite3.connect(home / "lens.db")
    texts = []
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in con.execute(f'SELECT * FROM "{table}"'):
            texts += [v for v in row if isinstance(v, str)]
    con.close()
    blob = "\n".join(texts)
    assert "Birmingham" in blob  # the stored text is here to be searched
    hits = {v for v in short if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", blob)}
    assert hits == set()


def test_when_sample_stored_then_kept_places_are_found_in_the_same_bytes(home) -> None:
    data = b"\n".join(stored_bytes(home).values())
    cities = {k["value"] for r in SAMPLE for k in r["keep"] if k["type"] == "CITY"}
    kept = {c for c in cities if c.encode("utf-8") in data}
    assert len(kept) >= 0.9 * len(cities)


def test_when_questions_quote_identifiers_then_audit_keeps_them_as_placeholders(home) -> None:
    con = sqlite3.connect(home / "lens.db")
    rows = con.execute("SELECT action, query FROM audit_event WHERE query IS NOT NULL").fetchall()
    con.close()
    queries = [q for action, q in rows if action in ("ask", "search", "brief")]
    assert len(queries) == len(QUESTIONS) * 2 + 2
    assert sum("<PERSON_" in q for q in queries) >= 2
    assert sum("<PHONE_NUMBER_" in q or "<EMAIL_ADDRESS_" in q for q in queries) >= 2
