"""SQLite's lexical index: an FTS5 external-content table over `chunk`, kept by triggers.

FTS5 ranks with its own bm25(); the statistics the fusion needs come from FTS5 too (its
averages record for the chunk count and token total, a MATCH count per phrase).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from core.lexical_index import LexicalHit, LexicalIndexBackend, Phrase, TermStats

_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS chunk_fts USING fts5("
    "text, content='chunk', content_rowid='rowid', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS chunk_fts_ai AFTER INSERT ON chunk BEGIN "
    "INSERT INTO chunk_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS chunk_fts_ad AFTER DELETE ON chunk BEGIN "
    "INSERT INTO chunk_fts(chunk_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS chunk_fts_au AFTER UPDATE ON chunk BEGIN "
    "INSERT INTO chunk_fts(chunk_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
    "INSERT INTO chunk_fts(rowid, text) VALUES (new.rowid, new.text); END",
]


def match_expression(phrases: list[Phrase]) -> str:
    """An FTS5 query matching any of the phrases (words are letters and digits only)."""
    return " OR ".join('"' + " ".join(p) + '"' for p in phrases)


def _varint(blob: bytes, i: int) -> tuple[int, int]:
    """SQLite's variable-length integer at offset i: (value, next offset)."""
    value = 0
    for j in range(9):
        byte = blob[i + j]
        if j == 8:
            return (value << 8) | byte, i + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + j + 1
    raise ValueError("bad varint")  # pragma: no cover - the loop always returns


class SqliteFts5(LexicalIndexBackend):
    """FTS5 with the porter tokenizer; BM25 from FTS5's bm25()."""

    def create(self, engine: Engine) -> None:
        with engine.connect() as conn:  # a read-only hub that has its index stays untouched
            present = conn.execute(
                text(
                    "SELECT count(*) FROM sqlite_master WHERE name IN "
                    "('chunk_fts', 'chunk_fts_ai', 'chunk_fts_ad', 'chunk_fts_au')"
                )
            ).scalar()
        if present == 4:
            return
        with engine.begin() as conn:
            for stmt in _DDL:
                conn.execute(text(stmt))

    def stats(self, conn: Connection, phrases: list[Phrase]) -> TermStats:
        # FTS5's averages record (id 1): the row count, then the token total of the column.
        blob = conn.execute(text("SELECT block FROM chunk_fts_data WHERE id = 1")).scalar()
        chunks, tokens = 0, 0
        if blob:
            chunks, i = _varint(blob, 0)
            tokens, _ = _varint(blob, i)
        dfs = tuple(
            int(
                conn.execute(
                    text("SELECT count(*) FROM chunk_fts WHERE chunk_fts MATCH :q"),
                    {"q": match_expression([p])},
                ).scalar()
                or 0
            )
            for p in phrases
        )
        return TermStats(chunks, tokens / chunks if chunks else 0.0, dfs)

    def search(
        self,
        conn: Connection,
        phrases: list[Phrase],
        stats: TermStats,
        where_sql: str,
        params: dict[str, Any],
        k: int,
    ) -> list[LexicalHit]:
        """FTS5 ranks first (`ORDER BY rank LIMIT m`) and only those m rows are joined to their
        documents and access-checked; m grows until k visible rows are found or the matches
        run out, so a principal who may see little still gets full results."""
        if not phrases:
            return []
        sql = (
            "SELECT c.id AS id, -f.score AS score FROM ("
            "SELECT rowid, bm25(chunk_fts) AS score FROM chunk_fts "
            "WHERE chunk_fts MATCH :q ORDER BY bm25(chunk_fts) LIMIT :m) f "
            "JOIN chunk c ON c.rowid = f.rowid "
            "JOIN document d ON d.id = c.doc_id "
            f"WHERE {where_sql} ORDER BY f.score, c.id LIMIT :k"
        )
        values = {**params, "q": match_expression(phrases), "k": k}
        m = max(4 * k, 64)
        while True:
            rows = conn.execute(text(sql), {**values, "m": m}).all()
            if len(rows) >= k or m < 0:
                break
            m = m * 16 if m * 16 <= 65_536 else -1  # -1: no limit, every match
        return [LexicalHit(r.id, float(r.score)) for r in rows]

    def holders(
        self, conn: Connection, phrase: Phrase, where_sql: str, params: dict[str, Any], k: int
    ) -> list[str]:
        """One unranked statement: each holder of the phrase joined to its document and
        access-checked once (`search` ranks them and widens its window up to four times)."""
        sql = (
            "SELECT c.id AS id FROM chunk_fts f JOIN chunk c ON c.rowid = f.rowid "
            "JOIN document d ON d.id = c.doc_id "
            f"WHERE chunk_fts MATCH :q AND {where_sql} LIMIT :k"
        )
        rows = conn.execute(text(sql), {**params, "q": match_expression([phrase]), "k": k})
        return [r.id for r in rows]

    def common_terms(self, conn: Connection, min_df: int) -> dict[str, int]:
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunk_vocab "
                "USING fts5vocab(main, chunk_fts, row)"
            )
        )
        rows = conn.execute(
            text("SELECT term, doc FROM temp.chunk_vocab WHERE doc > :cut"), {"cut": min_df}
        ).all()
        return {r.term: int(r.doc) for r in rows}

    def check(self, engine: Engine) -> bool:
        try:
            with engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO chunk_fts(chunk_fts, rank) VALUES ('integrity-check', 1)")
                )
            return True
        except Exception:
            return False

    def rebuild(self, engine: Engine) -> None:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO chunk_fts(chunk_fts) VALUES ('rebuild')"))
