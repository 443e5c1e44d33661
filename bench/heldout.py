"""The held-out evaluation's hub and its grouping helpers (issue 15).

The held-out sets (demo/eval/heldout, written before tuning) are asked of a temporary hub that
holds the demo corpus plus the real public text of demo/eval/realcases as its own organisation,
loaded through the real CLI: `lens demo`, `lens orgs add`, `lens users add`, `lens ingest`.
With a PostgreSQL URL the hub's records live in a fresh schema of their own, dropped after,
as tests/conftest.py's `pg_url` fixture does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import REPO, WORK, table

HELDOUT = REPO / "demo" / "eval" / "heldout"
# Each held-out set's folder and the suffix of its figures' names ("held-out 2 ..."); both are
# asked of the same hub. heldout2 was written on 2026-12-06, before that round's tuning.
HELDOUT_SETS = {
    "heldout": (HELDOUT, ""),
    "heldout2": (REPO / "demo" / "eval" / "heldout2", " 2"),
}
REALCASES = REPO / "demo" / "eval" / "realcases"
# The real-text domain is uploaded by a user of its own organisation, at level public, so every
# demo user sees it beside the demo corpus (the realistic setting: the domains mix in retrieval).
REALCASES_ORG = "Public Record Desk"
REALCASES_USER = "pubdesk"
REALCASES_FILES = [
    # file, kind, meta columns
    ("ilab_2013.jsonl", "research", "country,region,assessment"),
]
FAILURES_FLAG = "--show-heldout-failures"
FAILURES_HELP = (
    "Print each held-out question the code gets wrong. For the evaluation's author only: "
    "people tuning assistant/ or retrieval/ must not read these (they see aggregate figures)."
)


def database_url_default() -> str | None:
    """LENS_DATABASE_URL, taken out of the environment so only the bench's own hubs use it."""
    return os.environ.pop("LENS_DATABASE_URL", None) or None


def add_set_arguments(ap: argparse.ArgumentParser, tuning: str) -> None:
    """`--set` (the tuning set, described by `tuning`, or a held-out one) and
    `--database-url` (the temporary hub's records database), as every held-out bench takes
    them."""
    ap.add_argument(
        "--set",
        choices=["tuning", *HELDOUT_SETS],
        default="tuning",
        help=f"tuning: {tuning}; heldout: demo/eval/heldout; heldout2: demo/eval/heldout2.",
    )
    ap.add_argument(
        "--database-url",
        default=database_url_default(),
        help="Records database for a temporary hub (default LENS_DATABASE_URL); a PostgreSQL "
        "URL gets a fresh schema, dropped after.",
    )


@contextmanager
def pg_schema(url: str) -> Iterator[str]:
    """`url` on a fresh schema of its own, dropped after (a URL already naming one is kept)."""
    if "search_path" in url:
        yield url
        return
    import psycopg

    schema = f"lens_bench_{uuid.uuid4().hex[:10]}"
    base = url.split("?", 1)[0]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> dict[str, Any]:
    """Run one `lens` command in-process and return its JSON; exit on failure."""
    from click.testing import CliRunner

    import lens.commands  # noqa: F401
    from lens.cli import cli

    result = CliRunner().invoke(cli, [*args, "--json"], env=env, input=stdin)
    if result.exit_code != 0:
        raise SystemExit(f"lens {' '.join(args)} failed: {result.output[-2000:]}")
    return json.loads(result.stdout)


@contextmanager
def temporary_hub(
    database_url: str | None = None,
    realcases: bool = True,
    keep: Path | None = None,
    **overrides: Any,
) -> Iterator[Any]:
    """A Lens on a hub built for this run: the demo corpus, plus (realcases=True) the real-text
    domain as its own organisation. `keep` names a directory to build in (or reuse, if it holds
    a hub already) instead of a temporary one; a PostgreSQL URL always gets a fresh schema."""
    from core.settings import load_settings
    from lens.app import Lens

    with scoped_database(database_url) as url:
        if url and keep is not None:
            raise SystemExit("--hub keeps SQLite hubs only: a database server gets a fresh schema")
        home = keep or Path(tempfile.mkdtemp(prefix="heldout-", dir=_workdir()))
        env = {"LENS_HOME": str(home)}
        for section, values in overrides.items():
            for key, value in values.items():
                env[f"LENS_{section}_{key}".upper()] = str(value)
        if url:
            env["LENS_DATABASE_URL"] = url
        try:
            marker = home / "heldout-hub.json"  # written once a build has finished
            if url or not marker.exists():
                if keep is not None and not url:
                    shutil.rmtree(home, ignore_errors=True)
                    home.mkdir(parents=True)
                _build(env, realcases)
                marker.write_text(json.dumps({"realcases": realcases}), encoding="utf-8")
            settings = load_settings(home=home, database={"url": url}, **overrides)
            yield Lens(settings)
        finally:
            if keep is None:
                shutil.rmtree(home, ignore_errors=True)


@contextmanager
def scoped_database(url: str | None) -> Iterator[str | None]:
    if url and url.startswith("postgresql"):
        with pg_schema(url) as scoped:
            yield scoped
    else:
        yield url


def _workdir() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK


def _build(env: dict[str, str], realcases: bool) -> None:
    t0 = time.perf_counter()
    loaded = _cli(["demo"], env)["ingested"]
    if realcases:
        _cli(["orgs", "add", REALCASES_ORG, "--sector", "research"], env)
        _cli(
            ["users", "add", REALCASES_USER, "--org", REALCASES_ORG, "--role", "analyst"]
            + ["--clearance", "3", "--no-password"],
            env,
        )
        for name, kind, meta in REALCASES_FILES:
            args = ["ingest", str(REALCASES / name), "--as", REALCASES_USER, "--level", "public"]
            args += ["--kind", kind, "--text-field", "text", "--id-column", "id"]
            out = _cli(args + (["--meta-columns", meta] if meta else []), env)
            if out["failed"]:
                raise SystemExit(f"lens ingest {name}: {out['failed'][:3]}")
            loaded += out["ingested"]
    print(
        f"# temporary hub: {loaded} documents in {time.perf_counter() - t0:.0f}s "
        f"({'demo + realcases' if realcases else 'demo'}; "
        f"{'PostgreSQL' if 'LENS_DATABASE_URL' in env else 'SQLite'})",
        file=sys.stderr,
    )


def backend_name(database_url: str | None) -> str:
    """'PostgreSQL' or 'SQLite', for table titles and record names."""
    return "PostgreSQL" if database_url and database_url.startswith("postgresql") else "SQLite"


def share(values: list[bool]) -> float:
    """Share of True, NaN for none."""
    return sum(values) / len(values) if values else float("nan")


def cell(values: list[bool]) -> str:
    """'0.900 (9/10)', or '-' for none."""
    return f"{share(values):.3f} ({sum(values)}/{len(values)})" if values else "-"


def grouped(
    rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]
) -> dict[str, list[dict[str, Any]]]:
    """Rows by key, keys sorted."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(key(row), []).append(row)
    return dict(sorted(out.items()))


def group_table(
    rows: list[dict[str, Any]],
    by: list[tuple[str, Callable[[dict[str, Any]], str]]],
    columns: list[tuple[str, Callable[[list[dict[str, Any]]], Any]]],
) -> str:
    """A table with one row for all, then one per group of each grouping in `by`."""
    out = [["all", "", len(rows)] + [f(rows) for _, f in columns]]
    for name, key in by:
        for value, members in grouped(rows, key).items():
            out.append([name, value, len(members)] + [f(members) for _, f in columns])
    return table(["group", "value", "n"] + [c for c, _ in columns], out)
