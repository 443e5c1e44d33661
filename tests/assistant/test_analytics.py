"""Analytics: every figure equals independently written SQL, for users of every level."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import text

from assistant.analytics import Analytics
from core.errors import LensError
from retrieval.filters import SearchFilters
from tests.assistant.corpus import USERS, load, query, visible_sql


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    return load(tmp_path_factory.mktemp("analytics") / "home")


def expected_counts(hub, p, kind: str, extra: str = "", params=None) -> dict[str, int]:
    where, base = visible_sql(p)
    rows = query(
        hub,
        "SELECT f.value, COUNT(DISTINCT d.id) FROM document d JOIN fact f ON f.doc_id = d.id "
        f"WHERE f.kind = :k AND {where} {extra} GROUP BY f.value",
        {"k": kind, **base, **(params or {})},
    )
    return dict(rows)  # type: ignore[arg-type]


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("kind", ["country", "type", "sector", "means", "city", "origin"])
def test_when_counting_by_a_fact_then_equals_independent_sql(hub, user, kind) -> None:
    p = hub.principal(user)
    got = {r[kind]: r["documents"] for r in Analytics(hub.db).counts(p, [kind])}
    assert got == expected_counts(hub, p, kind)


@pytest.mark.parametrize("user", USERS)
def test_when_counting_by_country_and_year_with_filters_then_exact(hub, user) -> None:
    p = hub.principal(user)
    filters = SearchFilters(type="forced_labour", year_from=2022)
    rows = Analytics(hub.db).counts(p, ["country", "year"], filters)
    where, params = visible_sql(p)
    expected = query(
        hub,
        "SELECT f.value, d.year, COUNT(DISTINCT d.id) FROM document d "
        "JOIN fact f ON f.doc_id = d.id AND f.kind = 'country' "
        "JOIN fact t ON t.doc_id = d.id AND t.kind = 'type' AND t.value = 'forced_labour' "
        f"WHERE {where} AND d.year >= 2022 GROUP BY f.value, d.year",
        params,
    )
    assert {(r["country"], r["year"], r["documents"]) for r in rows} == set(expected)


@pytest.mark.parametrize(
    ("user", "peru"),
    [("pub", 0), ("mem", 0), ("res", 0), ("con", 1), ("bank3", 1)],
)
def test_when_report_is_confidential_then_only_cleared_users_count_it(hub, user, peru) -> None:
    a = Analytics(hub.db)
    p = hub.principal(user)
    by_country = {r["country"]: r["documents"] for r in a.counts(p, ["country"])}
    assert by_country.get("PE", 0) == peru
    assert a.total(p, SearchFilters(country="PE")) == peru
    assert all(r["origin"] != "BO" for r in a.routes(p)) is (peru == 0)


def test_when_report_is_org_only_then_other_orgs_never_count_it(hub) -> None:
    a = Analytics(hub.db)
    con, bank = hub.principal("con"), hub.principal("bank3")
    flags = SearchFilters(kind="financial_flag")
    assert a.total(con, flags) == 0
    assert a.total(bank, flags) == 1
    vn_gb = {r["route"]: r["documents"] for r in a.routes(con, into="GB")}
    assert vn_gb["Vietnam → United Kingdom"] == 1
    assert {r["route"]: r["documents"] for r in a.routes(bank, into="GB")}[
        "Vietnam → United Kingdom"
    ] == 2


@pytest.mark.parametrize("user", USERS)
def test_when_trend_then_per_year_equals_sql_with_gaps_filled(hub, user) -> None:
    p = hub.principal(user)
    trend = Analytics(hub.db).trend(p, SearchFilters(type="forced_labour"))
    where, params = visible_sql(p)
    rows = query(
        hub,
        "SELECT d.year, COUNT(*) FROM document d WHERE EXISTS (SELECT 1 FROM fact f WHERE "
        "f.doc_id = d.id AND f.kind = 'type' AND f.value = 'forced_labour') "
        f"AND d.year > 0 AND {where} GROUP BY d.year",
        params,
    )
    expected = dict(rows)  # type: ignore[arg-type]
    assert {r["year"]: r["documents"] for r in trend if r["documents"]} == expected
    years = [r["year"] for r in trend]
    assert years == list(range(min(expected), max(expected) + 1))


@pytest.mark.parametrize("user", USERS)
def test_when_routes_into_a_country_then_equal_sql(hub, user) -> None:
    p = hub.principal(user)
    got = {(r["origin"], r["destination"]): r["documents"] for r in Analytics(hub.db).routes(p)}
    expected = Counter[tuple[str, str]]()
    for value, n in expected_counts(hub, p, "route").items():
        origin, dest = value.split(">")
        expected[(origin, dest)] = n
    assert got == dict(expected)
    into_th = Analytics(hub.db).routes(p, into="TH")
    assert {r["destination"] for r in into_th} <= {"TH"}
    assert sum(r["documents"] for r in into_th) == sum(
        n for (o, d), n in expected.items() if d == "TH"
    )


@pytest.mark.parametrize("user", USERS)
def test_when_hotspots_then_windows_count_exactly(hub, user) -> None:
    p = hub.principal(user)
    hot = Analytics(hub.db).hotspots(p, as_of=2025, window=2)
    assert hot["window"] == {"recent": [2024, 2025], "previous": [2022, 2023]}
    for kind, key in (("country", "countries"), ("city", "cities")):
        total = expected_counts(hub, p, kind)
        recent = expected_counts(hub, p, kind, "AND d.year BETWEEN 2024 AND 2025")
        previous = expected_counts(hub, p, kind, "AND d.year BETWEEN 2022 AND 2023")
        assert len(hot[key]) == min(10, len(total))
        for row in hot[key]:
            assert row["documents"] == total[row[kind]]
            assert row["recent"] == recent.get(row[kind], 0)
            assert row["previous"] == previous.get(row[kind], 0)


def test_when_document_withdrawn_then_not_counted(tmp_path) -> None:
    stack = load(tmp_path / "home")
    a = Analytics(stack.db)
    con = stack.principal("con")
    before = a.total(con)
    with stack.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE document SET status = 'withdrawn' WHERE source_ref = :r"),
            {"r": "uk_nails.txt"},
        )
    assert a.total(con) == before - 1
    assert "Birmingham" not in {r["city"] for r in a.counts(con, ["city"])}


@pytest.mark.parametrize("by", [["nope"], [], ["country", "country"], ["level"]])
def test_when_grouping_key_unknown_then_usage_error(hub, by) -> None:
    with pytest.raises(LensError, match="Group by") as err:
        Analytics(hub.db).counts(hub.principal("con"), by)
    assert err.value.exit_code == 2


def test_when_grouping_by_org_and_kind_then_names_shown(hub) -> None:
    rows = Analytics(hub.db).counts(hub.principal("bank3"), ["org", "kind"])
    assert {"org": "Meridian Bank", "kind": "financial_flag", "documents": 1} in rows
    assert sum(r["documents"] for r in rows) == len(
        query(hub, "SELECT id FROM document WHERE level <= 3", {})
    )
