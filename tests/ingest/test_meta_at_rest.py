"""Issue 14: `lens ingest cases.csv --meta-columns name,state,year` stored "USA v. Surname"
as written. Case names and people columns are redacted as people; states and years stay."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli import hub_with_analyst, run_lens

pytestmark = pytest.mark.slow

CASES = [
    ("USA v. Okonkwo-Barrera", "Texas", "2019", "Okonkwo-Barrera recruited four women."),
    ("United States v. Przybylski", "Ohio", "2020", "The court said Przybylski held passports."),
    ("USA v. Thistlewood", "Florida", "2021", "Workers were found on a farm near Tampa."),
]


def test_when_case_names_ingested_as_metadata_then_no_surname_in_any_stored_byte(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    hub_with_analyst(home)
    src = tmp_path / "cases.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "name", "state", "year", "summary"])
        for i, row in enumerate(CASES):
            out.writerow([f"case-{i}", *row])
    proc = run_lens(
        home, "ingest", str(src), "--as", "ana", "--text-column", "summary",
        "--id-column", "id", "--meta-columns", "name,state,year", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ingested"] == len(CASES)
    stored = b"\n".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    for surname in ("Okonkwo", "Barrera", "Przybylski", "Thistlewood"):
        assert surname.encode() not in stored, surname
    for kept in (b"Texas", b"Ohio", b"Florida", b"Tampa", b"USA v. <PERSON_1>"):
        assert kept in stored, kept
