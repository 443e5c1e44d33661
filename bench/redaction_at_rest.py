"""At rest: after `lens ingest` of the held-out set, is any raw personal value in the bytes?

    .venv/bin/python bench/redaction_at_rest.py [--set heldout|tuning|tuning_records]
                                                [--keep-home DIR]
                                                [--show-misses] [--show-heldout-misses]

A fresh hub in a temporary LENS_HOME (`lens init`, one organisation, one analyst) takes in,
through the real console script, the 86 hand-written held-out texts as .txt files and the 30
court-case records of demo/eval/pii/heldout_records.csv with
`--text-column summary --meta-columns name,defendant,state,year` ("USA v. Surname" is a name).
Then every file under LENS_HOME (SQLite database and WAL, Chroma's files, logs) is read as
bytes and searched for:

- raw values: every labelled personal value of 5+ characters, as written; values holding
  digits also with spaces, dashes, dots, slashes and brackets removed; e-mails in any case;
- name tokens: every word of 4+ letters in a labelled person's name, as a whole word in any
  case (so "PRUITT" or "pruitt" in a title or a metadata value counts). A token that is also
  in the hub's bytes before ingest, or in the non-personal part of the ingested text, could be
  there legitimately: it is counted as not checkable and reported, not as found;
- short names (under 4 letters, e.g. "Li", "Kim"): as whole words, case-sensitive, in the
  text columns of the SQLite databases only (in binary files they would match by chance).

So that the search is not vacuous, the places the texts keep must be found in the same bytes.
The target is 0 of each. --show-heldout-misses lists the values found and where (for the
evaluation's author only; tuners must not read it).

`--set tuning` runs the same check over the tuning texts instead (demo/eval/pii_sample.jsonl,
generated_tuning.jsonl, every tuning_*.jsonl, and the records of records_tuning.csv with the
same metadata columns): tune on this, and read its misses with --show-misses.
`--set tuning_records` ingests only the tuning court records (every records_tuning*.csv): the
held-out records' shape in a minute instead of the whole tuning set's half hour.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from bench.common import record  # noqa: E402
from bench.pii import sets  # noqa: E402
from bench.pii.scoring import spans  # noqa: E402

META = "name,defendant,state,year"
_WORD_BYTE = rb"[A-Za-z0-9\x80-\xff]"


def texts(tuning: bool, only_records: bool = False) -> list[dict]:
    """The labelled JSONL rows ingested as .txt files (none when only records are asked)."""
    if only_records:
        return []
    return sets.tuning_texts() if tuning else sets.jsonl(sets.INDOMAIN)


def labelled(
    tuning: bool = False, only_records: bool = False
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(personal (type, value) pairs, their sources' non-personal text, places to keep)."""
    pii: dict[tuple[str, str], None] = {}
    rest, places = [], []
    rows = [(r["text"], r["pii"], r.get("keep", [])) for r in texts(tuning, only_records)]
    for row, labels in sets.records(tuning):
        text = "\n".join(row[c] for c in ("name", "defendant", "state", "year", "summary"))
        rows.append((text, labels["pii"], labels["keep"]))
    for text, items, keep in rows:
        blanked = text
        for item in sorted(items, key=lambda i: -len(i["value"])):
            pii[(item["type"], item["value"])] = None
            for s, e in spans(item["value"], blanked):
                blanked = blanked[:s] + " " * (e - s) + blanked[e:]
        rest.append(blanked)
        places += [k["value"] for k in keep if k["type"] in ("CITY", "COUNTRY")]
    return list(pii), rest, places


def build_hub(
    home: Path, src: Path, tuning: bool = False, only_records: bool = False
) -> dict[str, bytes]:
    """A hub that ingested the set's texts and records; the bytes it held before ingest."""
    from tests.cli import hub_with_analyst, run_lens

    hub_with_analyst(home)
    before = read_all(home)
    reports = src / "reports"
    reports.mkdir(parents=True)
    rows = texts(tuning, only_records)
    for i, row in enumerate(rows):
        (reports / f"{row.get('id', f'text{i:04d}')}.txt").write_text(row["text"], encoding="utf-8")
    jobs = [(str(reports),)] if rows else []
    for csv_path in sets.record_files(tuning):
        shutil.copy(csv_path, src / csv_path.name)
        jobs.append((str(src / csv_path.name), "--text-column", "summary", "--meta-columns", META))
    for args in jobs:
        t0 = time.perf_counter()
        proc = run_lens(home, "ingest", *args, "--as", "ana", "--json")
        if proc.returncode != 0:
            raise SystemExit(f"lens ingest {args[0]} failed: {proc.stderr[-2000:]}")
        report = json.loads(proc.stdout)
        if report["failed"]:
            raise SystemExit(f"lens ingest {args[0]} refused files: {report['failed']}")
        print(
            f"# lens ingest {Path(args[0]).name}: {report['ingested']} documents in "
            f"{time.perf_counter() - t0:.0f}s",
            file=sys.stderr,
        )
    return before


def read_all(home: Path) -> dict[str, bytes]:
    """Every file under home, as bytes, by relative path."""
    return {
        str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()
    }


def database_text(home: Path) -> str:
    """Every text value in every SQLite database under home."""
    texts = []
    for path in home.rglob("*"):
        if not path.is_file() or path.read_bytes()[:16] != b"SQLite format 3\x00":
            continue
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                try:
                    for row in con.execute(f'SELECT * FROM "{table}"'):
                        texts += [v for v in row if isinstance(v, str)]
                except sqlite3.DatabaseError:  # virtual tables whose module is not loaded here
                    continue
        finally:
            con.close()
    return "\n".join(texts)


def value_forms(kind: str, value: str) -> set[bytes]:
    """The byte strings a raw value could be stored as."""
    forms = {value}
    if any(c.isdigit() for c in value):
        forms.add(re.sub(r"[\s\-./()]", "", value))
    return {f.encode("utf-8") for f in forms if len(f) >= 5}


def find_values(files: dict[str, bytes], pii: list[tuple[str, str]]) -> dict:
    """(type, value) -> files holding it, for values of 5+ characters.

    A value holding digits counts only where no letter or digit touches it on either side:
    inside a longer run ("54f8ff9871e47bf424b5436c<postcode>38b5...", a hex id) it is not the
    value, and such a chance match made the count vary from run to run as the ids did.
    """
    lowered = {name: data.lower() for name, data in files.items()}
    found: dict[tuple[str, str], list[str]] = {}
    for kind, value in pii:
        for form in value_forms(kind, value):
            for name, data in files.items():
                hay = lowered[name] if kind == "EMAIL_ADDRESS" else data
                needle = form.lower() if kind == "EMAIL_ADDRESS" else form
                if needle in hay and (not _DIGIT.search(needle) or _alone(needle).search(hay)):
                    found.setdefault((kind, value), []).append(name)
    return found


_DIGIT = re.compile(rb"[0-9]")


def _alone(needle: bytes) -> re.Pattern[bytes]:
    """`needle` with no ASCII letter or digit right before or after it."""
    return re.compile(rb"(?<![0-9A-Za-z])" + re.escape(needle) + rb"(?![0-9A-Za-z])")


def token_pattern(tokens: list[str]) -> re.Pattern[bytes]:
    """One whole-word, any-case pattern for all tokens (non-ASCII letters in their variants)."""
    variants = {
        v.encode("utf-8") for t in tokens for v in (t, t.lower(), t.upper(), t.capitalize())
    }
    alternation = b"|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rb"(?<!%s)(?:%s)(?!%s)" % (_WORD_BYTE, alternation, _WORD_BYTE), re.I)


def find_tokens(files: dict[str, bytes], tokens: list[str]) -> dict[str, list[str]]:
    """Token (case-folded) -> files holding it as a whole word in any case."""
    pattern = token_pattern(tokens)
    found: dict[str, list[str]] = {}
    for name, data in files.items():
        for m in set(pattern.findall(data)):
            key = m.decode("utf-8", "replace").casefold()
            found.setdefault(key, [])
            if name not in found[key]:
                found[key].append(name)
    return found


def name_tokens(pii: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(tokens of 4+ letters of person values, person values with no such token)."""
    tokens: dict[str, None] = {}
    short = []
    for kind, value in pii:
        if kind != "PERSON":
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 4]
        tokens.update((w.casefold(), None) for w in words)
        if not words:
            short.append(value)
    return list(tokens), short


def where(names: list[str]) -> str:
    """Which stores the files belong to: database, chroma, logs, other."""
    kinds = Counter(
        "chroma" if "chroma" in n else "logs" if n.endswith(".log") else
        "lens.db" if n.startswith("lens.db") else "other"
        for n in names
    )  # fmt: skip
    return ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("heldout", "tuning", "tuning_records"), default="heldout")
    ap.add_argument("--show-misses", action="store_true", help="list what was found (tuning)")
    ap.add_argument("--keep-home", type=Path, help="build the hub here and leave it (default: tmp)")
    ap.add_argument(
        "--show-heldout-misses",
        action="store_true",
        help="list the values found: for the evaluation's author only; tuners must not read it",
    )
    args = ap.parse_args()
    tuning = args.set != "heldout"
    only_records = args.set == "tuning_records"
    if tuning and args.show_heldout_misses:
        ap.error("--show-heldout-misses is for --set heldout; use --show-misses with tuning")
    if args.show_misses and not tuning:
        ap.error("--show-misses lists the tuning set's misses only (--set tuning)")
    pii, rest, places = labelled(tuning, only_records)
    with tempfile.TemporaryDirectory(prefix="lens-at-rest-") as tmp:
        home = args.keep_home or Path(tmp) / "home"
        before = build_hub(home, Path(tmp) / "src", tuning, only_records)
        files = read_all(home)
        db_text = database_text(home)
    size = sum(len(b) for b in files.values()) / 2**20
    print(f"LENS_HOME after ingest: {len(files)} files, {size:.1f} MiB ({where(list(files))})")

    values = [(k, v) for k, v in pii if value_forms(k, v)]
    found_values = find_values(files, values)
    by_type = Counter(k for k, _ in values)
    found_by_type = Counter(k for k, _ in found_values)
    print(f"\nraw values (5+ characters) found: {len(found_values)} of {len(values)}")
    for kind in sorted(by_type, key=lambda k: -by_type[k]):
        print(f"  {kind:<16}{found_by_type[kind]:>4} of {by_type[kind]}")

    tokens, short = name_tokens(pii)
    rest_tokens = {w.casefold() for text in rest for w in re.findall(r"[^\W\d_]+", text)}
    in_before = find_tokens(before, tokens)
    uncheckable = sorted({t for t in tokens if t in rest_tokens or t in in_before})
    checked = [t for t in tokens if t not in uncheckable]
    found_tokens = {t: f for t, f in find_tokens(files, checked).items() if t in checked}
    print(
        f"\nname tokens (4+ letters, whole word, any case) found: {len(found_tokens)} of "
        f"{len(checked)} ({len(uncheckable)} more not checkable: also in the hub before ingest "
        f"or in non-personal text)"
    )
    if found_tokens:
        print(f"  where: {where([n for f in found_tokens.values() for n in f])}")
    short_found = [v for v in short if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", db_text)]
    print(f"short names (under 4 letters) in database text: {len(short_found)} of {len(short)}")

    kept = {p for p in places if p.encode("utf-8") in b"\n".join(files.values())}
    print(f"\nplaces the texts keep, found in the same bytes: {len(kept)} of {len(set(places))}")
    if args.show_heldout_misses or args.show_misses:
        who = "tuning set" if tuning else "evaluation's author only"
        print(f"\n-- found ({who})")
        for (kind, value), names in found_values.items():
            print(f"  {kind:<16}{value!r}: {', '.join(names)}")
        for token, names in found_tokens.items():
            print(f"  {'name token':<16}{token!r}: {', '.join(names)}")
        for value in short_found:
            print(f"  {'short name':<16}{value!r}: database text")
    pre = "at rest (tuning)" if tuning else "at rest"
    record(
        f"{pre}: raw personal values found under LENS_HOME",
        f"{len(found_values)} of {len(values)}",
        "0",
        not found_values,
    )
    record(
        f"{pre}: person-name tokens found under LENS_HOME",
        f"{len(found_tokens)} of {len(checked)}",
        "0",
        not found_tokens,
    )


if __name__ == "__main__":
    main()
