"""`lens stats`, `lens risk`, `lens brief`: the CLI contract shapes, access, files, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlmodel import select

from core.records import AuditEvent
from lens.app import Lens
from lens.cli import cli
from tests.assistant.corpus import load, query, visible_sql
from tests.fakes.embedder import HashingEmbedder

SUPPLIERS = (
    "name,country,region,sector,tier\n"
    "Hidden Threads Ltd,Bangladesh,Dhaka,garment,1\n"
    "Gulf Fleet Co,Thailand,Songkhla,fishing,2\n"
)


@pytest.fixture
def hub(home, monkeypatch):
    stack = load(home)
    fake = HashingEmbedder()
    monkeypatch.setattr(Lens, "embedder", property(lambda self: fake))
    return stack


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok_json(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("user", ["pub", "mem", "res", "con", "bank3"])
def test_when_stats_by_country_and_type_then_rows_equal_sql(hub, user) -> None:
    data = ok_json("stats", "--as", user, "--by", "country,type", "--filter", "year_from=2022")
    where, params = visible_sql(hub.principal(user))
    expected = query(
        hub,
        "SELECT c.value, t.value, COUNT(DISTINCT d.id) FROM document d "
        "JOIN fact c ON c.doc_id = d.id AND c.kind = 'country' "
        "JOIN fact t ON t.doc_id = d.id AND t.kind = 'type' "
        f"WHERE {where} AND d.year >= 2022 GROUP BY c.value, t.value",
        params,
    )
    assert {(r["country"], r["type"], r["documents"]) for r in data["rows"]} == set(expected)
    assert set(data["rows"][0]) == {"country", "type", "documents"}


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (["--view", "trend"], "year"),
        (["--view", "hotspots"], "country"),
        (["--view", "routes", "--into", "UK"], "route"),
    ],
)
def test_when_stats_views_then_rows_present(hub, args, key) -> None:
    data = ok_json("stats", "--as", "con", *args)
    assert data["rows"]
    assert key in data["rows"][0]


def test_when_stats_key_unknown_then_usage_error(hub) -> None:
    result = run("stats", "--as", "con", "--by", "planet")
    assert result.exit_code == 2
    assert "Group by planet is not possible" in result.stderr


def test_when_stats_human_then_table(hub) -> None:
    result = run("stats", "--as", "pub", "--by", "country")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["country", "documents"]
    assert "PE" not in result.stdout


def test_when_risk_then_contract_shape_and_access(hub, tmp_path) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(SUPPLIERS)
    low = ok_json("risk", str(path), "--as", "pub")
    high = ok_json("risk", str(path), "--as", "con")
    for data in (low, high):
        assert [s["name"] for s in data["suppliers"]] == ["Hidden Threads Ltd", "Gulf Fleet Co"]
        for s in data["suppliers"]:
            assert {"name", "country", "sector", "risk", "score", "evidence"} <= set(s)
    assert not low["suppliers"][0]["name_mentioned"]
    assert high["suppliers"][0]["name_mentioned"]
    assert "dhaka_secret.txt" not in json.dumps(low)


@pytest.mark.parametrize("suffix", [".md", ".csv", ".json"])
def test_when_risk_out_then_file_written_in_that_format(hub, tmp_path, suffix) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(SUPPLIERS)
    out = tmp_path / f"report{suffix}"
    data = ok_json("risk", str(path), "--as", "con", "--out", str(out))
    assert data["written"] == str(out)
    content = out.read_text()
    if suffix == ".md":
        assert content.startswith("# Supplier risk assessment")
        assert "How the score is worked out" in content
    elif suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [r["tier"] for r in rows] == ["1", "2"]
    else:
        assert json.loads(content)["suppliers"][1]["name"] == "Gulf Fleet Co"


@pytest.mark.parametrize(
    ("content", "args", "message", "code"),
    [
        ("name,country\nA,BD\n", [], "no sector column", 2),
        ("", [], "is empty", 1),
        ("name,country,sector\nA,BD,garment\n", ["--out", "r.txt"], "must end in", 2),
    ],
)
def test_when_risk_input_bad_then_one_sentence(hub, tmp_path, content, args, message, code) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(content)
    result = run("risk", str(path), "--as", "con", *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_when_brief_then_contract_shape_and_files(hub, tmp_path) -> None:
    data = ok_json("brief", "--as", "con", "--country", "Thailand", "--since", "2020")
    assert {"title", "sections", "citations"} <= set(data)
    assert data["sections"][0]["id"] == "headline"
    assert data["figures"]["documents"] == 2
    md, pdf = tmp_path / "b.md", tmp_path / "b.pdf"
    ok_json("brief", "--as", "con", "--topic", "fishing", "--out", str(md))
    ok_json("brief", "--as", "con", "--topic", "fishing", "--out", str(pdf))
    assert md.read_text().startswith("# Briefing: fishing")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_when_brief_as_low_clearance_then_nothing_hidden(hub) -> None:
    data = ok_json("brief", "--as", "pub")
    text = json.dumps(data)
    for hidden in ("Peru", "Hidden Threads", "peru_secret", "bank_only"):
        assert hidden not in text


def test_when_reports_run_then_audited_without_content(hub, tmp_path) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(SUPPLIERS)
    ok_json("stats", "--as", "mem", "--by", "country")
    ok_json("risk", str(path), "--as", "mem")
    ok_json("brief", "--as", "mem", "--topic", "nail bars")
    with hub.db.session() as s:
        events = {e.action: e for e in s.exec(select(AuditEvent)) if e.user_name == "mem"}
    assert {"stats", "risk", "brief"} <= set(events)
    for event in events.values():
        assert "debt" not in json.dumps(event.detail)
    assert all(isinstance(d, str) and len(d) < 41 for d in events["risk"].doc_ids)


# The real demo corpus (real models; about a minute) --------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo") / "home"
    result = CliRunner().invoke(cli, ["--home", str(home), "demo", "--json"])
    assert result.exit_code == 0, result.stderr
    return home


def demo_json(home, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["--home", str(home), *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("user", ["ana", "jo", "sam", "tom"])
def test_when_demo_stats_then_equal_sql_for_every_level(demo, user) -> None:
    import sqlite3

    data = demo_json(demo, "stats", "--as", user, "--by", "country,type")
    who = demo_json(demo, "whoami", "--as", user)
    with sqlite3.connect(demo / "lens.db") as conn:
        org = conn.execute("SELECT id FROM organisation WHERE name = ?", (who["org"],)).fetchone()
        expected = conn.execute(
            "SELECT c.value, t.value, COUNT(DISTINCT d.id) FROM document d "
            "JOIN fact c ON c.doc_id = d.id AND c.kind = 'country' "
            "JOIN fact t ON t.doc_id = d.id AND t.kind = 'type' "
            "WHERE d.status = 'active' AND d.level <= ? AND (d.org_only = 0 OR d.org_id = ?) "
            "GROUP BY c.value, t.value",
            (who["clearance"], org[0]),
        ).fetchall()
    assert {(r["country"], r["type"], r["documents"]) for r in data["rows"]} == set(expected)


@pytest.mark.slow
def test_when_demo_risk_and_brief_then_lower_levels_see_less(demo, tmp_path, shared_models) -> None:
    suppliers = str(Path(__file__).parents[2] / "demo" / "suppliers.csv")
    ana = demo_json(demo, "risk", suppliers, "--as", "ana")
    tom = demo_json(demo, "risk", suppliers, "--as", "tom")
    assert len(ana["suppliers"]) == len(tom["suppliers"]) >= 8
    for a, t in zip(ana["suppliers"], tom["suppliers"], strict=True):
        assert t["documents"]["country_sector"] <= a["documents"]["country_sector"]
        assert all(e["level"] == 0 for e in t["evidence"])
    assert any(s["name_mentioned"] for s in ana["suppliers"])
    brief = demo_json(demo, "brief", "--as", "tom", "--out", str(tmp_path / "b.pdf"))
    assert all(c["level"] == 0 for c in brief["citations"])
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
