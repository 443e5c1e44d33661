"""PostgreSQL's lexical index tokenises and stems as SQLite's FTS5 does (core.lexical_pg_tokens).

Each token is compared with FTS5's own (an in-memory `porter unicode61 remove_diacritics 2`
table read through fts5vocab), position by position, so the term statistics and BM25 agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from core.db import Database
from core.lexical_postgres import VERSION, PostgresBm25
from tests.core.test_lexical_index import _ranked, _stack

TRICKY = [
    # under three letters FTS5 keeps the word; Snowball's Porter cut "US" to "u", "as" to "a"
    "The US is as big; use us, used, using, uses. Ay, oy, by, ns, DS, RS.",
    # SQLite's Porter has "logi" -> "log" and "bli" -> "ble"; Snowball's has neither
    "assembly technology typologies forcibly possibly probably ability biologies ably humbly",
    "terribly bibliography tribology assemblies assemblied bly logi apologies sociology",
    # numbers, hyphens, apostrophes, diacritics, stop words, long tokens
    "In 1990s 12s 30,000 rupees 9am INC-0047 co-operative workers' it's don't the a of",
    "Bacău Đurinić café São Paulo Côte d'Ivoire Nguyễn Zürich ŁÓDŹ İstanbul ñandú Œuvre",
    "ДЕТИ детям 日本語 abc123 a1b2c3s " + "x" * 70 + " " + "y" * 64 + "s",
]


def _fts5_tokens(texts: list[str]) -> dict[int, list[tuple[str, int]]]:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE f USING fts5(t, tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.executemany("INSERT INTO f(rowid, t) VALUES (?, ?)", list(enumerate(texts, 1)))
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, instance)")
    out: dict[int, list[tuple[str, int]]] = {}
    for term, doc, offset in db.execute("SELECT term, doc, offset FROM v"):
        out.setdefault(doc, []).append((term, offset + 1))
    return {doc: sorted(tokens, key=lambda t: t[1]) for doc, tokens in out.items()}


@pytest.fixture
def pg_db(pg_url) -> Iterator[Database]:
    db = Database(pg_url)
    db.create_schema()
    yield db
    db.dispose()


def test_when_postgresql_tokenises_then_stems_and_positions_equal_fts5(pg_db) -> None:
    expected = _fts5_tokens(TRICKY)
    with pg_db.engine.connect() as conn:
        for i, t in enumerate(TRICKY, 1):
            rows = conn.execute(
                text("SELECT lexeme, unnest(positions) AS p FROM unnest(lens_tsvector(:t))"),
                {"t": t},
            ).all()
            got = sorted(((r.lexeme, int(r.p)) for r in rows), key=lambda x: x[1])
            assert got == expected[i], t
            count = conn.execute(text("SELECT lens_token_count(:t)"), {"t": t}).scalar()
            assert count == len(expected[i])


def test_when_postgresql_stems_then_us_and_use_stay_apart(pg_db) -> None:
    with pg_db.engine.connect() as conn:
        stems = conn.execute(
            text("SELECT array_agg(lens_stem(w)) FROM unnest(CAST(:w AS text[])) w"),
            {"w": ["us", "use", "using", "is", "assembly", "technology"]},
        ).scalar()
        query = conn.execute(text("SELECT lens_tsquery('US using Assembly')::text")).scalar()
    assert stems == ["us", "us", "us", "is", "assembl", "technolog"]
    assert query == "'us' <-> 'us' <-> 'assembl'"


US_TEXTS = {
    "visa.txt": "The US visa was refused; the agency told us to use a tourist visa instead.",
    "tools.txt": "Workers were using borrowed tools; tools were used every day of the week.",
    "us.txt": "The US embassy in Doha; US officials met us twice. US US.",
    "ship.txt": "The ship sailed to the US with the crew; nobody used the radio.",
}


def test_when_postgresql_hub_has_snowball_stems_then_open_rebuilds_them_as_fts5(
    tmp_path, pg_url, monkeypatch, caplog
) -> None:
    """A version-2 hub (tsvector stemmed by Snowball alone) is migrated on first search,
    saying so with the number of chunks (it takes minutes on a big hub): 'US' is indexed as
    'us', and BM25 equals FTS5's again."""
    monkeypatch.setattr("tests.core.test_lexical_index.TEXTS", US_TEXTS)
    sqlite_stack, pg_stack = _stack(tmp_path / "s"), _stack(tmp_path / "p", pg_url)
    engine = pg_stack.db.engine
    with engine.begin() as conn:
        for stmt in [
            "CREATE TEXT SEARCH CONFIGURATION lens_fts (PARSER = default)",
            "ALTER TEXT SEARCH CONFIGURATION lens_fts ADD MAPPING FOR asciiword, word, "
            "numword WITH lens_porter",
            "ALTER TEXT SEARCH CONFIGURATION lens_fts ADD MAPPING FOR int, uint WITH simple",
            "ALTER TABLE chunk DROP COLUMN tsv",
            "ALTER TABLE chunk ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('lens_fts'::regconfig, lens_fold(text))) STORED",
            "DELETE FROM lexical_term",
            "INSERT INTO lexical_term SELECT u.lexeme, count(*) FROM chunk c, unnest(c.tsv) u "
            "GROUP BY u.lexeme",
            "UPDATE lexical_total SET version = 2",
        ]:
            conn.execute(text(stmt))
        old = conn.execute(text("SELECT df FROM lexical_term WHERE term = 'u'")).scalar()
    assert old == 3  # the US of three chunks, stemmed apart from "us" by Snowball
    backend = PostgresBm25()
    pg_stack.db.lexical = backend
    with caplog.at_level("WARNING", logger="core.lexical_postgres"):
        for query in ["US visa", "used tools", "US officials", "use the radio"]:
            assert _ranked(pg_stack, query) == _ranked(sqlite_stack, query), query
    with engine.connect() as conn:
        chunks = conn.execute(text("SELECT count(*) FROM chunk")).scalar()
    assert [r.getMessage() for r in caplog.records if r.name == "core.lexical_postgres"] == [
        f"Rebuilding the lexical index (version 2 -> {VERSION}) over {chunks} chunks: about "
        "4 ms a chunk; searches wait until it is done."
    ]
    assert backend.check(engine)
    with engine.connect() as conn:
        assert backend.version(conn) == VERSION
        dfs = dict(conn.execute(text("SELECT term, df FROM lexical_term")).all())
    assert "u" not in dfs
    assert dfs["us"] == 4  # every chunk holds US, us, use, using or used


def test_when_search_has_no_stats_tsquery_then_results_equal(tmp_path, pg_url) -> None:
    """search() binds the tsquery stats() found; without it (a fresh backend) it builds the
    same tsquery with lens_tsquery, so the hits are the same."""
    pg_stack = _stack(tmp_path / "p", pg_url)
    phrases = [("workers",), ("kiln",), ("star", "nails"), ("us",)]
    warm = pg_stack.db.lexical
    with pg_stack.db.engine.connect() as conn:
        stats = warm.stats(conn, phrases)
        hits = warm.search(conn, phrases, stats, "true", {}, 10)
        cold = PostgresBm25()
        assert cold.search(conn, phrases, stats, "true", {}, 10) == hits
    assert hits
    assert warm._tsqueries["star nails"] == "'star' <-> 'nail'"
