"""Supplier risk: exact evidence counts, access at every level, CSV in, reports out."""

from __future__ import annotations

import csv
import io

import pytest

from assistant.risk import METHOD, RiskAssessor, name_core, normalise_sector, risk_level
from assistant.risk_report import as_json, parse_suppliers, read_suppliers, to_csv, to_markdown
from core.errors import LensError
from tests.assistant.corpus import USERS, chunk_texts, load, query, visible_refs, visible_sql

DHAKA = {"name": "Hidden Threads Ltd", "country": "Bangladesh", "region": "Dhaka",
         "sector": "garment", "tier": "1"}  # fmt: skip
SONGKHLA = {"name": "Gulf Fleet Co", "country": "TH", "region": "Songkhla", "sector": "fishing"}


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("risk") / "home")


def assess(hub, user, rows):
    return RiskAssessor(hub.db, hub.retriever, hub.embedder).assess(
        hub.principal(user), rows, as_of=2025
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("garment", "textiles"),
        ("Apparel", "textiles"),
        ("knitwear", "textiles"),
        ("textiles", "textiles"),
        ("fishing", "fishing"),
        ("food processing", "food_processing"),
        ("car-wash", "car_wash"),
        ("strawberry farms", "agriculture"),
        ("forestry", None),
    ],
)
def test_when_sector_is_free_text_then_taxonomy_key(text, key) -> None:
    assert normalise_sector(text) == key


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Sunrise Knitwear Ltd", "Sunrise Knitwear"),
        ("Kaveri Cotton Spinners Pvt Ltd", "Kaveri Cotton Spinners"),
        ("Selangor Protective Products Sdn Bhd", "Selangor Protective Products"),
        ("Fresas del Sur S.L.", "Fresas del Sur"),
        ("Andaman Gulf Seafood Co.", "Andaman Gulf Seafood"),
    ],
)
def test_when_name_has_legal_suffix_then_core_name_searched(name, core) -> None:
    assert name_core(name) == core


@pytest.mark.parametrize("user", USERS)
def test_when_assessed_then_counts_equal_independent_sql(hub, user) -> None:
    result = assess(hub, user, [DHAKA])[0]
    p = hub.principal(user)
    where, params = visible_sql(p)
    direct = query(
        hub,
        "SELECT COUNT(*) FROM document d WHERE "
        "EXISTS (SELECT 1 FROM fact f WHERE f.doc_id = d.id AND f.kind = 'country' "
        "AND f.value = 'BD') AND EXISTS (SELECT 1 FROM fact f WHERE f.doc_id = d.id "
        f"AND f.kind = 'sector' AND f.value = 'textiles') AND {where}",
        params,
    )[0][0]
    means = query(
        hub,
        "SELECT DISTINCT m.value FROM document d JOIN fact m ON m.doc_id = d.id "
        "AND m.kind = 'means' JOIN fact c ON c.doc_id = d.id AND c.kind = 'country' "
        "AND c.value = 'BD' JOIN fact s ON s.doc_id = d.id AND s.kind = 'sector' "
        f"AND s.value = 'textiles' WHERE {where}",
        params,
    )
    assert result["documents"]["country_sector"] == direct
    assert {i["indicator"] for i in result["indicators"]} == {m[0] for m in means}
    assert result["score"] == sum(result["score_parts"].values())
    assert result["risk"] == risk_level(result["score"])
    assert result["extra"] == {"tier": "1"}
    assert (result["country"], result["sector"], result["region"]) == ("BD", "textiles", "Dhaka")


@pytest.mark.parametrize(
    ("user", "named"), [("pub", False), ("mem", False), ("res", False), ("con", True)]
)
def test_when_name_only_in_confidential_report_then_hidden_from_lower_levels(
    hub, user, named
) -> None:
    result = assess(hub, user, [DHAKA])[0]
    assert result["name_mentioned"] is named
    shown = " ".join(e["quote"] for e in result["evidence"])
    assert ("Hidden Threads" in shown) is named
    assert {e["source_ref"] for e in result["evidence"]} <= visible_refs(hub, hub.principal(user))
    assert result["score_parts"]["name"] == (15 if named else 0)


def test_when_more_clearance_then_more_evidence_never_less(hub) -> None:
    scores = [assess(hub, u, [DHAKA])[0]["score"] for u in ("pub", "mem", "res", "con")]
    assert scores == sorted(scores)
    assert scores[0] < scores[-1]


@pytest.mark.parametrize("user", USERS)
def test_when_evidence_cited_then_quotes_are_verbatim(hub, user) -> None:
    texts = chunk_texts(hub)
    for result in assess(hub, user, [DHAKA, SONGKHLA]):
        assert [e["n"] for e in result["evidence"]] == list(range(1, len(result["evidence"]) + 1))
        for e in result["evidence"]:
            assert e["quote"] in texts[e["chunk_id"]]


def test_when_trend_then_windows_of_three_years(hub) -> None:
    result = assess(hub, "con", [SONGKHLA])[0]
    t = result["trend"]
    assert t["recent"] == {"years": [2023, 2025], "documents": 1}  # thai_vessels 2023
    assert t["previous"] == {"years": [2020, 2022], "documents": 1}  # thai_boats 2021
    assert t["label"] == "stable"


def test_when_no_visible_evidence_then_low_and_said_so(hub) -> None:
    result = assess(hub, "pub", [{"name": "Nordic Timber", "country": "Iceland",
                                   "sector": "forestry"}])[0]  # fmt: skip
    assert (result["risk"], result["score"], result["evidence"]) == ("low", 0, [])
    assert "no evidence" in result["explanation"]
    assert any("forestry" in i for i in result["issues"])


def test_when_country_unknown_then_noted_not_fatal(hub) -> None:
    result = assess(hub, "con", [{"name": "X", "country": "Atlantis", "sector": "garment"}])[0]
    assert result["country"] is None
    assert any("Atlantis" in i for i in result["issues"])


# CSV in ---------------------------------------------------------------------------------
def test_when_csv_has_extra_columns_then_kept(tmp_path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("\ufeffName,Country,Sector,Region,Spend\nA Ltd,BD,garment,Dhaka,10\n\n")
    assert read_suppliers(path) == [
        {"name": "A Ltd", "country": "BD", "sector": "garment", "region": "Dhaka", "spend": "10"}
    ]


@pytest.mark.parametrize(
    ("content", "message", "code"),
    [
        ("", "is empty", 1),
        ("   \n", "is empty", 1),
        ("name,country\nA,BD\n", "no sector column", 2),
        ("supplier,nation,industry\nA,BD,x\n", "no name, country, sector column", 2),
        ("name,country,sector\n", "no suppliers", 1),
        ("name,country,sector\n,BD,garment\n", "line 2: the supplier has no name", 2),
    ],
)
def test_when_csv_is_bad_then_one_clear_sentence(tmp_path, content, message, code) -> None:
    path = tmp_path / "s.csv"
    path.write_text(content)
    with pytest.raises(LensError, match=message) as err:
        read_suppliers(path)
    assert err.value.exit_code == code


def test_when_csv_lines_end_in_a_lone_carriage_return_then_rows_are_read(tmp_path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(b"name,country,sector\rA Ltd,BD,garment\rB Ltd,TH,fishing\r")
    assert [r["name"] for r in read_suppliers(path)] == ["A Ltd", "B Ltd"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        # What the API's schema fuzzing sent (a 503 before): a header of junk, a lone \r.
        (b"\xef\xbf\xbdD\xef\xbf\xbdB \r\x06", "no name, country, sector column"),
        (b"name,country,sector\nA," + b"x" * 200_000 + b",garment\n", "not a readable CSV"),
    ],
)
def test_when_an_upload_is_not_a_csv_then_a_clear_error_names_it(raw, message) -> None:
    with pytest.raises(LensError, match=message) as err:
        parse_suppliers(raw, "upload.csv")
    assert "upload.csv" in str(err.value)
    assert err.value.exit_code == 2


def test_when_csv_missing_then_clear_error(tmp_path) -> None:
    with pytest.raises(LensError, match="cannot be read"):
        read_suppliers(tmp_path / "none.csv")


# Reports out ----------------------------------------------------------------------------
def test_when_rendered_then_method_table_and_citations_present(hub) -> None:
    p = hub.principal("con")
    results = assess(hub, "con", [DHAKA, SONGKHLA])
    md = to_markdown(results, p)
    assert METHOD in md
    assert "| Hidden Threads Ltd | Bangladesh | Dhaka | textiles |" in md
    assert "## Gulf Fleet Co" in md
    for e in results[0]["evidence"]:
        assert f"[{e['n']}] — {e['source_ref']}" in md
    rows = list(csv.DictReader(io.StringIO(to_csv(results))))
    assert [r["name"] for r in rows] == ["Hidden Threads Ltd", "Gulf Fleet Co"]
    assert [r["tier"] for r in rows] == ["1", ""]
    assert rows[0]["risk"] == results[0]["risk"]
    data = as_json(results, p)
    assert data["suppliers"][0]["evidence"] == results[0]["evidence"]
    assert data["assessed_as"] == {"user": "con", "clearance": 3}


def test_when_no_sector_evidence_then_country_context_cited_and_labelled(hub) -> None:
    row = {"name": "Bangkok Garments", "country": "Thailand", "sector": "garment"}
    result = assess(hub, "con", [row])[0]
    assert result["documents"]["country_sector"] == 0
    assert result["score_parts"]["direct_evidence"] == 0
    assert result["evidence"]
    assert {e["basis"] for e in result["evidence"]} == {"country"}
    assert "context only" in to_markdown([result], hub.principal("con"))


def test_when_name_found_then_that_passage_first_and_labelled(hub) -> None:
    result = assess(hub, "con", [DHAKA])[0]
    first = result["evidence"][0]
    assert (first["basis"], first["source_ref"]) == ("name", "dhaka_secret.txt")
    assert "Hidden Threads Ltd" in first["quote"]
