"""`lens search` and `lens ask`: retrieval only, and cited answers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click
from sqlmodel import select

from core import audit
from core.errors import LensError
from core.records import Organisation
from lens.cli import _State, as_option, cli, emit, json_option, pass_state, principal


def _filters(state: _State, pairs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from retrieval.filters import parse_filters

    with state.lens.db.session() as s:
        org_ids = {o.name: o.id for o in s.exec(select(Organisation))}
    return parse_filters(list(pairs), org_ids=org_ids)


def _jsonl_lines(key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for n, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get(key), str):
                raise ValueError
        except ValueError:
            raise LensError(f'Line {n} is not a JSON object with a "{key}" string.') from None
        yield n, obj


def _each(key: str, run: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """JSON Lines mode: one result object per input line; a bad query is an error object."""
    for _, obj in _jsonl_lines(key):
        try:
            out = run(obj)
        except LensError as exc:
            out = {"error": str(exc)}
        click.echo(json.dumps(out, ensure_ascii=False))


@cli.command()
@click.argument("query", required=False)
@as_option
@click.option("-k", "k", default=None, type=int, help="Passages to return.")
@click.option(
    "--filter",
    "filters",
    multiple=True,
    help="key=value (org, kind, country, type, sector, means, year_from, year_to, level).",
)
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid")
@click.option("--jsonl", is_flag=True, help='Read {"query": ..., "k": n} lines on stdin.')
@json_option
@pass_state
def search(
    state: _State,
    query: str | None,
    as_user: str | None,
    k: int | None,
    filters: tuple[str, ...],
    mode: str,
    jsonl: bool,
    as_json: bool,
) -> None:
    """Retrieval only: the passages you may see that best match QUERY."""
    p = principal(state, as_user)
    f = _filters(state, filters)
    retriever = state.lens.retriever

    def run(obj: dict[str, Any]) -> dict[str, Any]:
        results = retriever.search(obj["query"], p, f, k=obj.get("k") or k, mode=mode)  # type: ignore[arg-type]
        audit.record(
            state.lens.db,
            user=p.user_name,
            action="search",
            query=state.lens.redactor.redact(obj["query"]).text[:2000],  # may name people
            doc_ids=sorted({r.doc_id for r in results}),
        )
        return {"results": [r.as_dict() for r in results]}

    if jsonl:
        _each("query", run)
        return
    if not query:
        raise LensError("Give a query, or --jsonl to read queries from stdin.", exit_code=2)
    data = run({"query": query, "k": k})
    emit(
        as_json,
        data,
        "\n\n".join(
            f"[{r['rank']}] {r['source_ref']} ({r['org']}, {r['kind']}, L{r['level']}) "
            f"score {r['score']:.4f}\n{r['text']}"
            for r in data["results"]
        )
        or "No results.",
    )


@cli.command()
@click.argument("question", required=False)
@as_option
@click.option("--filter", "filters", multiple=True, help="key=value, as for search.")
@click.option(
    "--mode",
    type=click.Choice(["auto", "generative", "extractive"]),
    default=None,
    help="Override answer.mode.",
)
@click.option("--jsonl", is_flag=True, help='Read {"question": ...} lines on stdin.')
@json_option
@pass_state
def ask(
    state: _State,
    question: str | None,
    as_user: str | None,
    filters: tuple[str, ...],
    mode: str | None,
    jsonl: bool,
    as_json: bool,
) -> None:
    """A cited answer to QUESTION from the sources you may see."""
    from assistant.router import route_question

    p = principal(state, as_user)
    f = _filters(state, filters)

    def run(obj: dict[str, Any]) -> dict[str, Any]:
        history = obj.get("history") or []
        return route_question(state.lens, obj["question"], p, history, filters=f, mode=mode)

    if jsonl:
        _each("question", run)
        return
    if not question:
        raise LensError("Give a question, or --jsonl to read questions from stdin.", exit_code=2)
    data = run({"question": question})
    by_n = {c["n"]: c for c in data["citations"]}
    cites = "\n".join(
        f"[{n}] {c['source_ref']} ({c.get('org', '')}, {c.get('kind', '')})"
        for n, c in sorted(by_n.items())
    )
    emit(
        as_json,
        data,
        f"{data['answer']}\n\n{cites}\n({data['mode']}, "
        f"{'grounded' if data['grounded'] else 'not grounded'})",
    )
