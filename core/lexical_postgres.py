"""PostgreSQL's lexical index: BM25 computed in SQL from term statistics.

`ts_rank_cd` has no inverse document frequency, so ranking with it is not BM25. Here:

- `chunk.tsv` is a generated tsvector tokenised and stemmed as SQLite's FTS5 does (`porter
  unicode61 remove_diacritics 2`; `core.lexical_pg_tokens`): Latin diacritics folded,
  everything but letters and digits a separator, SQLite's Porter stems (tokens under three
  bytes kept), no stop words; `chunk.lex_len` is the chunk's token count. A GIN index finds
  the matching chunks.
- `lexical_term` (document frequency per stem) and `lexical_total` (chunk and token counts)
  are kept by statement triggers on `chunk`, in the same transaction as the chunks, under a
  transaction advisory lock (writers of chunks queue instead of deadlocking on hot terms).
- A phrase's term frequency in a chunk is `10 * ts_rank_cd(tsv, phrase)`: with the default
  weights every cover of a lone term or phrase scores 0.1.

An older hub (tsvector over the 'english' configuration and no statistics, or version 2's
Snowball-only stems) is migrated on first open: the columns are rebuilt and the statistics
computed from the chunks already stored.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from core.lexical_index import K1, B, LexicalHit, LexicalIndexBackend, Phrase, TermStats
from core.lexical_pg_tokens import fold_function, token_functions

# 1 was the 'english' tsvector ranked by ts_rank_cd; 2 stemmed with Snowball's Porter alone
# ('US' -> 'u' where FTS5 keeps 'us'); 3 stems as FTS5 does (core.lexical_pg_tokens)
VERSION = 3
log = logging.getLogger(__name__)
_LOCK = "pg_advisory_xact_lock(1279610451, hashtext(current_schema()))"


def _ddl() -> list[str]:
    add = (
        "INSERT INTO lexical_term AS t (term, df) "
        "SELECT u.lexeme, count(*) FROM {rows} n, unnest(n.tsv) u GROUP BY u.lexeme "
        "ORDER BY u.lexeme ON CONFLICT (term) DO UPDATE SET df = t.df + EXCLUDED.df; "
        "UPDATE lexical_total SET chunks = chunks + s.n, tokens = tokens + s.len FROM "
        "(SELECT count(*) AS n, coalesce(sum(lex_len), 0) AS len FROM {rows}) s;"
    )
    remove = (
        "UPDATE lexical_term t SET df = t.df - o.n FROM (SELECT u.lexeme, count(*) AS n "
        "FROM {rows} r, unnest(r.tsv) u GROUP BY u.lexeme ORDER BY u.lexeme) o "
        "WHERE t.term = o.lexeme; "
        "DELETE FROM lexical_term WHERE df <= 0 AND term IN "
        "(SELECT u.lexeme FROM {rows} r, unnest(r.tsv) u); "
        "UPDATE lexical_total SET chunks = chunks - s.n, tokens = tokens - s.len FROM "
        "(SELECT count(*) AS n, coalesce(sum(lex_len), 0) AS len FROM {rows}) s;"
    )
    bodies = {
        "insert": add.format(rows="lexical_new"),
        "delete": remove.format(rows="lexical_old"),
        "update": remove.format(rows="lexical_old") + add.format(rows="lexical_new"),
    }
    refs = {
        "insert": "NEW TABLE AS lexical_new",
        "delete": "OLD TABLE AS lexical_old",
        "update": "OLD TABLE AS lexical_old NEW TABLE AS lexical_new",
    }
    stmts = [
        "CREATE TEXT SEARCH DICTIONARY lens_porter (TEMPLATE = snowball, Language = porter)",
        *token_functions(),
        "CREATE OR REPLACE FUNCTION lens_token_count(t text) RETURNS integer LANGUAGE sql "
        "IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ SELECT CASE "
        "WHEN f = '' THEN 0 ELSE length(f) - length(replace(f, ' ', '')) + 1 END "
        "FROM lens_fold(t) AS f $$",
        "ALTER TABLE chunk ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(lens_tsvector(text)) STORED, "
        "ADD COLUMN lex_len integer GENERATED ALWAYS AS (lens_token_count(text)) STORED",
        # Inline, not in TOAST: ranking reads every matching chunk's tsvector, and a TOASTed one
        # costs an index lookup and a heap read per read (three times slower at 100k chunks).
        "ALTER TABLE chunk ALTER COLUMN tsv SET STORAGE MAIN",
        "CREATE INDEX ix_chunk_tsv ON chunk USING GIN (tsv)",
        "CREATE TABLE lexical_term (term text PRIMARY KEY, df integer NOT NULL)",
        "CREATE TABLE lexical_total (id smallint PRIMARY KEY CHECK (id = 1), "
        "chunks bigint NOT NULL, tokens bigint NOT NULL, version integer NOT NULL)",
    ]
    for op, body in bodies.items():
        stmts.append(
            f"CREATE FUNCTION lens_lexical_{op}() RETURNS trigger LANGUAGE plpgsql "
            f"SET search_path FROM CURRENT AS $$ BEGIN PERFORM {_LOCK}; {body} "
            "RETURN NULL; END $$"
        )
        stmts.append(
            f"CREATE TRIGGER chunk_lexical_{op} AFTER {op.upper()} ON chunk "
            f"REFERENCING {refs[op]} FOR EACH STATEMENT EXECUTE FUNCTION lens_lexical_{op}()"
        )
    return stmts


_DROP = [
    "DROP TRIGGER IF EXISTS chunk_lexical_insert ON chunk",
    "DROP TRIGGER IF EXISTS chunk_lexical_delete ON chunk",
    "DROP TRIGGER IF EXISTS chunk_lexical_update ON chunk",
    "DROP FUNCTION IF EXISTS lens_lexical_insert()",
    "DROP FUNCTION IF EXISTS lens_lexical_delete()",
    "DROP FUNCTION IF EXISTS lens_lexical_update()",
    "ALTER TABLE chunk DROP COLUMN IF EXISTS tsv, DROP COLUMN IF EXISTS lex_len",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS lens_fts",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS lens_porter",
    "DROP TABLE IF EXISTS lexical_term",
    "DROP TABLE IF EXISTS lexical_total",
]

_RECOUNT = [
    "DELETE FROM lexical_term",
    "INSERT INTO lexical_term (term, df) SELECT u.lexeme, count(*) FROM chunk c, "
    "unnest(c.tsv) u GROUP BY u.lexeme",
    "DELETE FROM lexical_total",
    f"INSERT INTO lexical_total (id, chunks, tokens, version) SELECT 1, count(*), "
    f"coalesce(sum(lex_len), 0), {VERSION} FROM chunk",
]

_QUERY = "lens_tsquery(:p{i})"
_QUERY_KNOWN = "CAST(:q{i} AS tsquery)"  # the phrase's tsquery, as stats() found it
_KNOWN_MAX = 4096  # phrases whose tsquery is remembered (then forgotten all at once)
# ts_rank of a lone lexeme held once is 0.1 / (pi^2 / 6) = 0.0608, twice 0.1 x 1.25 / (pi^2 / 6)
# = 0.0760: below the midpoint the lexeme occurs once. ts_rank is several times cheaper than
# ts_rank_cd (no sorted copy of the positions, no covers), and most matches occur once.
_ONCE = 0.0684


class PostgresBm25(LexicalIndexBackend):
    """tsvector + GIN for matching, BM25 from `lexical_term` and `lexical_total`."""

    def __init__(self) -> None:
        self._toasted: bool | None = None  # is chunk.tsv stored in TOAST? (looked up once)
        # Phrase -> its tsquery as text, from stats(): search() then binds it as a constant
        # instead of running lens_tsquery again while planning (about 1 ms a query).
        self._tsqueries: dict[str, str] = {}

    def version(self, conn: Connection) -> int | None:
        """The index version this database holds (None: none, or the old tsvector)."""
        if conn.execute(text("SELECT to_regclass('lexical_total')")).scalar() is None:
            return None
        return conn.execute(text("SELECT max(version) FROM lexical_total")).scalar()

    def create(self, engine: Engine) -> None:
        with engine.connect() as conn:
            if self.version(conn) == VERSION:
                fold = conn.execute(
                    text(
                        "SELECT prosrc FROM pg_proc WHERE proname = 'lens_fold' "
                        "AND pronamespace = current_schema()::regnamespace"
                    )
                ).scalar()
                if fold is not None and fold in fold_function():
                    return
                # The same folding, written faster: stored vectors stay valid, no rebuild.
                with engine.begin() as tx:
                    tx.execute(text(f"SELECT {_LOCK}"))
                    tx.execute(text(fold_function()))
                return
        self._build(engine, migrate_only=True)

    def rebuild(self, engine: Engine) -> None:
        """Recount the statistics; an index of an older version is rebuilt whole."""
        self._build(engine, migrate_only=False)

    def _build(self, engine: Engine, *, migrate_only: bool) -> None:
        with engine.begin() as conn:
            conn.execute(text(f"SELECT {_LOCK}"))  # then look again: another process may be done
            current = self.version(conn) == VERSION
            if current and migrate_only:
                return
            # Measured: 20,000 chunks in 82 s on a loaded 2-core machine (~4 ms a chunk).
            old = None if current else conn.execute(text("SELECT count(*) FROM chunk")).scalar()
            if old:
                log.warning(
                    "Rebuilding the lexical index (version %s -> %s) over %d chunks: about "
                    "4 ms a chunk; searches wait until it is done.",
                    self.version(conn),
                    VERSION,
                    old,
                )
            # Columns, index, triggers and statistics in one transaction: a failure leaves
            # the old index as it was.
            for stmt in _RECOUNT if current else [*_DROP, *_ddl(), *_RECOUNT]:
                conn.execute(text(stmt))

    def check(self, engine: Engine) -> bool:
        with engine.begin() as conn:
            # One snapshot for the chunks and the statistics (both change in one transaction).
            conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            if self.version(conn) != VERSION:
                return False
            drift = conn.execute(
                text(
                    "SELECT count(*) FROM (SELECT u.lexeme AS term, count(*) AS df FROM chunk c, "
                    "unnest(c.tsv) u GROUP BY u.lexeme) r FULL JOIN lexical_term t USING (term) "
                    "WHERE r.df IS DISTINCT FROM t.df"
                )
            ).scalar()
            totals = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM chunk) = t.chunks AND "
                    "(SELECT coalesce(sum(lex_len), 0) FROM chunk) = t.tokens FROM lexical_total t"
                )
            ).scalar()
        return drift == 0 and bool(totals)

    def stats(self, conn: Connection, phrases: list[Phrase]) -> TermStats:
        row = conn.execute(text("SELECT chunks, tokens FROM lexical_total")).one_or_none()
        chunks, tokens = (int(row.chunks), int(row.tokens)) if row else (0, 0)
        dfs = [0] * len(phrases)
        if phrases:
            # A lone word's stem is looked up in the statistics; a phrase's chunks are counted
            # (the GIN index finds them). CASE runs only the branch it needs. The stems are
            # found inline (lens_stem is a plain SQL expression), not by a function call each.
            rows = conn.execute(
                text(
                    "SELECT w.i, w.p, w.q, CASE WHEN cardinality(w.ws) = 1 THEN (SELECT df "
                    "FROM lexical_term WHERE term = w.ws[1]) WHEN w.q IS NULL THEN 0 ELSE "
                    "(SELECT count(*) FROM chunk WHERE tsv @@ CAST(w.q AS tsquery)) END AS df "
                    "FROM (SELECT u.i, u.p, s.ws, (SELECT string_agg('''' || x || '''', ' <-> ' "
                    "ORDER BY o) FROM unnest(s.ws) WITH ORDINALITY AS t(x, o)) AS q "
                    "FROM unnest(CAST(:ps AS text[])) WITH ORDINALITY u(p, i), LATERAL (SELECT "
                    "ARRAY(SELECT lens_stem(x) FROM regexp_split_to_table(lower(lens_fold(u.p)), "
                    "' ') WITH ORDINALITY AS t(x, o) WHERE x <> '' ORDER BY o) AS ws) s) w"
                ),
                {"ps": [" ".join(p) for p in phrases]},
            ).all()
            if len(self._tsqueries) > _KNOWN_MAX:
                self._tsqueries = {}
            for r in rows:
                dfs[int(r.i) - 1] = int(r.df or 0)
                if r.q is not None:
                    self._tsqueries[r.p] = r.q
        return TermStats(chunks, tokens / chunks if chunks else 0.0, tuple(dfs))

    def search(
        self,
        conn: Connection,
        phrases: list[Phrase],
        stats: TermStats,
        where_sql: str,
        params: dict[str, Any],
        k: int,
    ) -> list[LexicalHit]:
        if self._toasted is None:  # a hub made before tsv was kept inline
            self._toasted = bool(
                conn.execute(
                    text(
                        "SELECT attstorage <> 'm' FROM pg_attribute "
                        "WHERE attrelid = 'chunk'::regclass AND attname = 'tsv'"
                    )
                ).scalar()
            )
        sql, values = self.search_sql(phrases, stats, where_sql, params, k, self._toasted)
        if not sql:
            return []
        rows = conn.execute(text(sql), values).all()
        return [LexicalHit(r.id, float(r.score)) for r in rows]

    def search_sql(
        self,
        phrases: list[Phrase],
        stats: TermStats,
        where_sql: str,
        params: dict[str, Any],
        k: int,
        toasted: bool = False,
    ) -> tuple[str, dict[str, Any]]:
        """The ranking statement and its parameters ('' when nothing can match).

        The term frequencies are the cost: thousands of matching chunks at 100k. So, per chunk:
        - the outer `OFFSET 0` stops the planner inlining the LATERAL, which evaluated each
          frequency twice (numerator and denominator of BM25);
        - a phrase the chunk does not hold costs one `@@` (0), a lone lexeme held once one
          `ts_rank` (see `_ONCE`), and only the rest call `ts_rank_cd`;
        - `toasted`: on a hub made before `tsv` was kept inline (STORAGE MAIN), every function
          given the column fetched it from TOAST again; `tsv || ''` reads it once into memory
          (inline, that copy only costs).
        Scores and order are those of `10 * ts_rank_cd` over every chunk, as before.
        """
        found = [(i, p) for i, p in enumerate(phrases) if stats.doc_freqs[i] > 0]
        if not found or not stats.chunks:
            return "", {}
        known = self._tsqueries
        queries = ", ".join(
            f"{(_QUERY_KNOWN if ' '.join(p) in known else _QUERY).format(i=i)} AS q{i}"
            for i, p in found
        )
        lone = ", ".join(f"numnode(q{i}) = 1 AS one{i}" for i, _ in found)
        any_of = " || ".join(f"q{i}" for i, _ in found)
        tfs = ", ".join(
            f"CASE WHEN NOT x.v @@ q.q{i} THEN 0 "
            f"WHEN q.one{i} AND ts_rank(x.v, q.q{i}) < {_ONCE} THEN 1 "
            f"ELSE round(ts_rank_cd(x.v, q.q{i}) * 10)::float8 END AS t{i}"
            for i, _ in found
        )
        tsv = "c.tsv || ''::tsvector" if toasted else "c.tsv"
        norm = f"{K1}::float8 * ({1 - B}::float8 + {B}::float8 * c.lex_len / :avgdl)"
        score = " + ".join(
            f":idf{i} * f.t{i} * {K1 + 1}::float8 / (f.t{i} + {norm})" for i, _ in found
        )
        sql = (
            f"SELECT c.id AS id, {score} AS score "
            f"FROM (SELECT *, ({any_of}) AS q_any, {lone} FROM (SELECT {queries}) qs) q, "
            "chunk c JOIN document d ON d.id = c.doc_id, "
            f"LATERAL (SELECT {tfs} FROM (SELECT {tsv} AS v OFFSET 0) x OFFSET 0) f "
            f"WHERE c.tsv @@ q.q_any AND {where_sql} ORDER BY score DESC, c.id LIMIT :k"
        )
        values: dict[str, Any] = {**params, "k": k, "avgdl": float(stats.avg_len) or 1.0}
        for i, p in found:
            values[f"p{i}"] = " ".join(p)
            if " ".join(p) in known:
                values[f"q{i}"] = known[" ".join(p)]
            values[f"idf{i}"] = stats.idf(stats.doc_freqs[i])
        return sql, values

    def common_terms(self, conn: Connection, min_df: int) -> dict[str, int]:
        rows = conn.execute(
            text("SELECT term, df FROM lexical_term WHERE df > :cut"), {"cut": min_df}
        ).all()
        return {r.term: int(r.df) for r in rows}
