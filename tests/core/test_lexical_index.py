"""The lexical-index seam: SQLite FTS5 and PostgreSQL rank alike, and stay consistent.

PostgreSQL tests use a fresh schema of the shared server (the `pg_url` fixture) and skip on a
machine without one.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from core.access import Level
from core.lexical_postgres import PostgresBm25
from ingest.model import LoadedDocument
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalIndex
from tests.fakes.stack import Stack, build_stack

TEXTS = {
    "nails.txt": 'She worked at "Lotus Nails" in Birmingham, six days a week, 9am to 8pm.',
    "raid.txt": "Officers visited nail bars: at Star Nails two women were found; the nails "
    "of workers were damaged by chemicals. Workers said a recruiter took their wages.",
    "kiln.txt": "Families at the brick kiln took advances of 30,000 rupees; workers' children "
    "worked too. The kiln owner kept the ledger.",
    "bacau.txt": "A recruiter from Bacău promised £60 a day; the co-operative in Băcău "
    "denied it. INC-0047 records the case.",
    "trawler.txt": "Crew on the trawler worked 20-hour days; the skipper kept their papers. "
    "Workers workers workers.",
}
QUERIES = [
    "workers",
    "brick kiln advances",
    '"Lotus Nails" hours',
    "Bacau recruiter",  # diacritics folded on both sides
    "INC-0047",
    "nails recruiter wages",
    '"star nails"',
    "skipper papers crew",
]


def _stack(home, url: str | None = None) -> Stack:
    stack = build_stack(home, url)
    con = stack.principal("con")
    docs = [LoadedDocument(ref, ref, body, path=None) for ref, body in TEXTS.items()]
    stack.pipeline.ingest_documents(con, docs, level=Level.PUBLIC, kind="news")
    return stack


def _ranked(stack: Stack, query: str, k: int = 10) -> list[tuple[str, float, str]]:
    found = LexicalIndex(stack.db).search(query, stack.principal("con"), SearchFilters(), k)
    refs = _refs(stack)
    return [(refs[h.chunk_id], round(h.score, 6), f"{found.ideal:.6f}") for h in found.hits]


def _refs(stack: Stack) -> dict[str, str]:
    with stack.db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT c.id, d.source_ref FROM chunk c JOIN document d ON d.id = c.doc_id")
        )
        return {r[0]: r[1] for r in rows}


@pytest.fixture
def sqlite_stack(tmp_path) -> Stack:
    return _stack(tmp_path / "sqlite")


@pytest.fixture
def pg_stack(tmp_path, pg_url) -> Stack:
    return _stack(tmp_path / "pg", pg_url)


def test_when_sqlite_searches_then_quoted_phrase_ranks_its_words_in_order_first(
    sqlite_stack,
) -> None:
    ranked = _ranked(sqlite_stack, '"star nails"')
    assert [r[0] for r in ranked] == ["raid.txt", "nails.txt"]  # "Lotus Nails": a word only
    assert ranked[0][1] > 2 * ranked[1][1]


@pytest.mark.parametrize("query", QUERIES)
def test_when_postgresql_ranks_then_bm25_equals_sqlite_fts5(sqlite_stack, pg_stack, query) -> None:
    """Same documents, same order, same BM25 scores (to 1e-6) and the same yardstick."""
    assert _ranked(pg_stack, query) == _ranked(sqlite_stack, query)


@pytest.mark.parametrize("k", [1, 2, 3])
@pytest.mark.parametrize("query", ["workers", "nails recruiter wages", '"Lotus Nails" hours'])
def test_when_k_is_below_the_matches_then_postgresql_top_k_equals_sqlite(
    sqlite_stack, pg_stack, query, k
) -> None:
    """Fewer results than matches: PostgreSQL scores exactly only the chunks whose bound can
    reach the k-th score, and still returns SQLite's top k."""
    assert _ranked(pg_stack, query, k) == _ranked(sqlite_stack, query, k)


def test_when_postgresql_hub_is_new_then_tsvector_kept_inline(pg_stack) -> None:
    with pg_stack.db.engine.connect() as conn:
        storage = conn.execute(
            text(
                "SELECT attstorage FROM pg_attribute "
                "WHERE attrelid = 'chunk'::regclass AND attname = 'tsv'"
            )
        ).scalar()
    assert storage == "m"  # MAIN: in the row, not in TOAST


def test_when_postgresql_tsvector_is_toasted_then_ranking_unchanged(sqlite_stack, pg_stack) -> None:
    """A hub from before STORAGE MAIN reads each tsvector into memory once: same results."""
    with pg_stack.db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE chunk ALTER COLUMN tsv SET STORAGE EXTENDED"))
    pg_stack.db.lexical = PostgresBm25()  # looks the storage up afresh
    for query in QUERIES:
        assert _ranked(pg_stack, query, 2) == _ranked(sqlite_stack, query, 2)
        assert _ranked(pg_stack, query) == _ranked(sqlite_stack, query)
    assert pg_stack.db.lexical._toasted is True


def test_when_chunks_change_then_postgresql_statistics_follow(pg_stack) -> None:
    backend = pg_stack.db.lexical
    assert isinstance(backend, PostgresBm25)
    assert backend.check(pg_stack.db.engine)
    con = pg_stack.principal("con")
    updated = LoadedDocument("kiln.txt", "kiln.txt", "The kiln closed in 2020.", path=None)
    pg_stack.pipeline.ingest_documents(con, [updated], level=Level.PUBLIC, kind="news")
    with pg_stack.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM fact"))
        conn.execute(
            text(
                "DELETE FROM chunk WHERE doc_id IN (SELECT id FROM document "
                "WHERE source_ref = 'trawler.txt')"
            )
        )
    assert backend.check(pg_stack.db.engine)  # replaced and deleted chunks were counted out
    with pg_stack.db.engine.connect() as conn:
        stats = backend.stats(conn, [("skipper",), ("kiln",), ("brick",)])
        chunks = conn.execute(text("SELECT count(*) FROM chunk")).scalar()
    assert stats.doc_freqs == (0, 1, 0)
    assert stats.chunks == chunks


def test_when_postgresql_statistics_drift_then_check_finds_and_rebuild_fixes(pg_stack) -> None:
    backend, engine = pg_stack.db.lexical, pg_stack.db.engine
    with engine.begin() as conn:
        conn.execute(text("UPDATE lexical_term SET df = df + 3 WHERE term = 'worker'"))
    assert not backend.check(engine)
    backend.rebuild(engine)
    assert backend.check(engine)


def test_when_postgresql_hub_is_older_then_first_search_builds_statistics(pg_stack) -> None:
    """A hub from before the statistics (tsvector over 'english', no tables) is migrated on
    first open and ranks like a new one."""
    before = _ranked(pg_stack, "brick kiln advances")
    engine = pg_stack.db.engine
    with engine.begin() as conn:
        for stmt in [
            "DROP TRIGGER chunk_lexical_insert ON chunk",
            "DROP TRIGGER chunk_lexical_delete ON chunk",
            "DROP TRIGGER chunk_lexical_update ON chunk",
            "ALTER TABLE chunk DROP COLUMN tsv, DROP COLUMN lex_len",
            "DROP TABLE lexical_term",
            "DROP TABLE lexical_total",
            "ALTER TABLE chunk ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
            "CREATE INDEX ix_chunk_tsv ON chunk USING GIN (tsv)",
        ]:
            conn.execute(text(stmt))
    assert not pg_stack.db.lexical.check(engine)
    assert _ranked(pg_stack, "brick kiln advances") == before
    assert pg_stack.db.lexical.check(engine)


def test_when_writers_overlap_then_postgresql_statistics_neither_deadlock_nor_drift(
    pg_stack,
) -> None:
    """Two writers, each adding two chunks per transaction, one statement each, with two
    words in opposite orders: on row locks of the terms alone this deadlocks."""
    import threading

    engine = pg_stack.db.engine
    with engine.connect() as conn:
        doc_id = conn.execute(text("SELECT id FROM document LIMIT 1")).scalar()
    errors: list[BaseException] = []
    insert = text(
        'INSERT INTO chunk (id, doc_id, ordinal, text, start, "end") '
        "VALUES (:id, :doc, :o, :t, 0, 1)"
    )

    def writer(name: str, base: int, words: list[str]) -> None:
        try:
            for i in range(15):
                with engine.begin() as conn:
                    for j, word in enumerate(words):
                        row = {"id": f"{name}-{i}-{j}", "doc": doc_id, "o": base + 2 * i + j}
                        conn.execute(insert, {**row, "t": f"{word} report {i}"})
                with engine.begin() as conn:
                    conn.execute(text("DELETE FROM chunk WHERE id = :id"), {"id": f"{name}-{i}-0"})
        except BaseException as exc:  # reported below: a deadlock shows up here
            errors.append(exc)

    threads = [
        threading.Thread(target=writer, args=("w1", 10_000, ["alpha", "kiln"])),
        threading.Thread(target=writer, args=("w2", 20_000, ["kiln", "alpha"])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert pg_stack.db.lexical.check(engine)
    with engine.connect() as conn:
        stats = pg_stack.db.lexical.stats(conn, [("alpha",), ("kiln",), ("report",)])
    assert stats.doc_freqs == (15, 16, 30)  # w2 kept its alpha chunks, w1 its kiln ones


FOLD_TEXTS = [
    "Bacău Đurinić café São Paulo Côte d’Ivoire Nguyễn Thị Ánh Zürich ǅemal",
    "plain ASCII text, with punctuation -- and digits 0044 7700",
    "Cyrillic йогурт and Greek Ελλάδα keep their letters; Ǆ ǈ ß Œuvre Ø ł",
    "".join(chr(c) for c in range(0xC0, 0x250)),
    "".join(chr(c) for c in range(0x1E00, 0x1F00)),
    "",
]


def _slow_fold(conn, t: str) -> str:
    """The fold as first written: translate() over every text."""
    from core.lexical_pg_tokens import _diacritics

    src, dst = _diacritics()
    return conn.execute(
        text("SELECT btrim(regexp_replace(translate(:t, :s, :d), '[^[:alnum:]]+', ' ', 'g'))"),
        {"t": t, "s": src, "d": dst},
    ).scalar()


def test_when_postgresql_folds_then_result_equals_translate_over_every_text(pg_stack) -> None:
    with pg_stack.db.engine.connect() as conn:
        for t in FOLD_TEXTS:
            assert conn.execute(text("SELECT lens_fold(:t)"), {"t": t}).scalar() == _slow_fold(
                conn, t
            )
        folded = conn.execute(text("SELECT lens_fold(:t)"), {"t": FOLD_TEXTS[0]}).scalar()
    assert folded.startswith("Bacau Đurinic cafe Sao Paulo Cote d Ivoire Nguyen Thi Anh Zurich")


def test_when_hub_has_the_slow_fold_then_open_replaces_it_without_rebuild(pg_stack) -> None:
    """A hub made before the faster fold gets the new definition on open; stored vectors are
    kept (the same output) and the statistics still check."""
    from core.lexical_pg_tokens import _diacritics

    engine, backend = pg_stack.db.engine, pg_stack.db.lexical
    src, dst = _diacritics()
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE OR REPLACE FUNCTION lens_fold(t text) RETURNS text LANGUAGE sql "
                "IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT btrim(regexp_replace(translate(t, "
                f"'{src}', '{dst}'), '[^[:alnum:]]+', ' ', 'g')) $$"
            )
        )
        tsv_before = conn.execute(text("SELECT id, tsv::text FROM chunk ORDER BY id")).all()
    backend.create(engine)
    with engine.connect() as conn:
        body = conn.execute(text("SELECT prosrc FROM pg_proc WHERE proname = 'lens_fold'")).scalar()
        assert "CASE WHEN" in body
        assert conn.execute(text("SELECT id, tsv::text FROM chunk ORDER BY id")).all() == tsv_before
    assert backend.check(engine)
