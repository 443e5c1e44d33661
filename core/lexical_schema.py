"""Full-text index DDL, kept inside the records database so it changes in the same
transaction as the chunks it indexes (insert, replace, delete can never drift apart).

SQLite: an FTS5 external-content table over `chunk`, maintained by triggers (BM25 ranking).
PostgreSQL: a generated `tsvector` column with a GIN index (ts_rank_cd ranking).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

_SQLITE_DDL = [
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

_PG_DDL = [
    "ALTER TABLE chunk ADD COLUMN IF NOT EXISTS tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_chunk_tsv ON chunk USING GIN (tsv)",
]


def create_sqlite_fts(engine: Engine) -> None:
    """Create the FTS5 table and its triggers if missing."""
    with engine.begin() as conn:
        for stmt in _SQLITE_DDL:
            conn.execute(text(stmt))


def create_pg_fts(engine: Engine) -> None:
    """Create the tsvector column and GIN index if missing."""
    with engine.begin() as conn:
        for stmt in _PG_DDL:
            conn.execute(text(stmt))
