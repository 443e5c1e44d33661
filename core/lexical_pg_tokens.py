"""PostgreSQL functions that tokenise and stem text exactly as SQLite's FTS5 does.

FTS5's tokenizer is `porter unicode61 remove_diacritics 2`: Latin diacritics folded, runs of
letters and digits lower-cased, and each token of 3 to 64 bytes stemmed by SQLite's Porter
stemmer (Martin Porter's C version); shorter and longer tokens are kept as they are.

PostgreSQL's Snowball `porter` dictionary is the published algorithm, which differs from
SQLite's on short words and two step-2 rules, so the stems (and BM25's term statistics) did
too: "US" became "u" while "use" is "us" on both. Here:

- `lens_fold(text)`: diacritics folded, everything but letters and digits one space;
- `lens_stem(word)`: SQLite's stem of one lower-case token: Snowball's Porter for 3 to 64
  bytes, then SQLite's departures (`lens_stem_sqlite`: "logi" -> "log", "bli" -> "ble" with
  the steps after it);
- `lens_tsvector(text)`: the stems at their token positions (1, 2, ...), as FTS5 counts;
- `lens_tsquery(text)`: the words of a phrase, stemmed, in order (`<->`).
"""

from __future__ import annotations

import unicodedata


def _diacritics() -> tuple[str, str]:
    """Latin letters with diacritics and their bare letters, for SQL translate()."""
    src, dst = [], []
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            src.append(ch)
            dst.append(base)
    return "".join(src), "".join(dst)


def fold_function() -> str:
    """`lens_fold`: diacritics folded, everything but letters and digits one space.

    translate() looks each character of the text up in its whole map (about 500 letters): 5 ms
    per kilobyte, most of a chunk's insert. Text with no letter of the map skips it (a regex
    test costs about 0.1 ms), with the same result.
    """
    src, dst = _diacritics()
    return (
        "CREATE OR REPLACE FUNCTION lens_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"STRICT PARALLEL SAFE AS $$ SELECT btrim(regexp_replace(CASE WHEN t ~ '[{src}]' "
        f"THEN translate(t, '{src}', '{dst}') ELSE t END, '[^[:alnum:]]+', ' ', 'g')) $$"
    )


# Porter's letter classes of a word, 'C' or 'V' per letter: a, e, i, o, u are vowels, and y
# after a consonant (SQLite's fts5PorterIsVowel). m (the measure) is the number of "VC" in it.
_CV = """
CREATE OR REPLACE FUNCTION lens_porter_cv(w text) RETURNS text LANGUAGE plpgsql IMMUTABLE
STRICT PARALLEL SAFE AS $$
DECLARE cv text := ''; c text; cons boolean := false;
BEGIN
  FOR i IN 1 .. length(w) LOOP
    c := substr(w, i, 1);
    cons := NOT (c IN ('a', 'e', 'i', 'o', 'u') OR (c = 'y' AND cons));
    cv := cv || CASE WHEN cons THEN 'C' ELSE 'V' END;
  END LOOP;
  RETURN cv;
END $$
"""

# Snowball's stem of a token of 3 to 64 bytes equals SQLite's except where step 2 meets "logi"
# or "bli" (SQLite: "log", "ble"; Snowball: unchanged, or "abli" -> "able"). That happens when
# the word after step 1 ends so, which is when the stem ends so and the word only adds one of
# step 1's endings to it (y -> i, s, es, ed, ing); a stem that ends so because step 4 cut
# "-ment" or the like is left alone. After "ble", SQLite's steps 4 and 5 run on.
_STEM = """
CREATE OR REPLACE FUNCTION lens_stem_sqlite(w text, s text) RETURNS text LANGUAGE plpgsql
IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE t text;
BEGIN
  IF left(w, length(s) - 1) <> left(s, -1)
     OR substr(w, length(s)) NOT IN ('i', 'y', 'is', 'ies', 'ys', 'ied', 'yed', 'ying', 'iing')
  THEN
    RETURN s;
  END IF;
  IF s ~ 'logi$' THEN
    RETURN CASE WHEN lens_porter_cv(left(s, -4)) ~ 'VC' THEN left(s, -4) || 'log' ELSE s END;
  END IF;
  IF lens_porter_cv(left(s, -3)) !~ 'VC' THEN
    RETURN s;
  END IF;
  t := left(s, -3) || 'ble';
  IF t ~ '[ai]ble$' AND regexp_count(lens_porter_cv(left(t, -4)), 'VC') > 1 THEN
    t := left(t, -4);
  END IF;
  IF t ~ 'e$' AND (regexp_count(lens_porter_cv(left(t, -1)), 'VC') > 1
     OR (regexp_count(lens_porter_cv(left(t, -1)), 'VC') = 1
         AND NOT (lens_porter_cv(left(t, -1)) ~ 'CVC$' AND t !~ '[wxy]e$'))) THEN
    t := left(t, -1);
  END IF;
  IF t ~ 'll$' AND regexp_count(lens_porter_cv(left(t, -1)), 'VC') > 1 THEN
    t := left(t, -1);
  END IF;
  RETURN t;
END $$
"""

# One token's stem: one SQL expression (not STRICT), so the planner inlines it into
# lens_tsvector, and only the rare stem ending in "bli" or "logi" calls PL/pgSQL.
_STEM_WORD = """
CREATE OR REPLACE FUNCTION lens_stem(w text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN octet_length(w) < 3 OR octet_length(w) > 64 THEN w
WHEN (ts_lexize('lens_porter', w))[1] ~ '(bli|logi)$'
THEN lens_stem_sqlite(w, (ts_lexize('lens_porter', w))[1])
ELSE coalesce((ts_lexize('lens_porter', w))[1], w) END $$
"""

_WORDS = (
    "FROM regexp_split_to_table(lower(lens_fold(t)), ' ') WITH ORDINALITY AS s(w, i) WHERE w <> ''"
)

# PL/pgSQL, not SQL: a PL/pgSQL function keeps its plan for the session, while a SQL function
# that cannot be inlined is parsed and planned again at each call (each phrase of a query is
# folded through lens_tsquery when the search is planned).
_TSVECTOR = (
    "CREATE OR REPLACE FUNCTION lens_tsvector(t text) RETURNS tsvector LANGUAGE plpgsql "
    "IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ BEGIN RETURN (SELECT "
    "coalesce(string_agg('''' || lens_stem(w) || ''':' || p, ' ')::tsvector, ''::tsvector) "
    f"FROM (SELECT w, string_agg(i::text, ',' ORDER BY i) AS p {_WORDS} GROUP BY w) x); END $$"
)

_TSQUERY = (
    "CREATE OR REPLACE FUNCTION lens_tsquery(t text) RETURNS tsquery LANGUAGE plpgsql "
    "IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$ BEGIN RETURN (SELECT "
    f"string_agg('''' || lens_stem(w) || '''', ' <-> ' ORDER BY i)::tsquery {_WORDS}); END $$"
)


def token_functions() -> list[str]:
    """The DDL of the functions above (replacing any older definition)."""
    return [fold_function(), _CV, _STEM, _STEM_WORD, _TSVECTOR, _TSQUERY]
