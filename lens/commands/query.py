"""`lens search` and `lens ask`: retrieval only, and cited answers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from core.choices import ANSWER_MODES, SEARCH_MODES
from core.errors import LensError
from lens.commands.state import State, as_option, emit, json_option, pass_state

filter_option = click.option(
    "--filter",
    "filters",
    multiple=True,
    help="key=value (org, kind, country, type, sector, means, year_from, year_to, level).",
)


def _jsonl_lines(key: str) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get(key), str):
                raise ValueError
        except ValueError:
            raise LensError(f'Line {n} is not a JSON object with a "{key}" string.') from None
        yield obj


def _each(key: str, run: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """JSON Lines mode: one result object per input line; a bad query is an error object."""
    for obj in _jsonl_lines(key):
        try:
            out = run(obj)
        except LensError as exc:
            out = {"error": str(exc)}
        click.echo(json.dumps(out, ensure_ascii=False))


@click.command()
@click.argument("query", required=False)
@as_option
@click.option("-k", "k", default=None, type=int, help="Passages to return.")
@filter_option
@click.option("--mode", type=click.Choice(SEARCH_MODES), default="hybrid")
@click.option("--jsonl", is_flag=True, help='Read {"query": ..., "k": n} lines on stdin.')
@json_option
@pass_state
def search(
    state: State,
    query: str | None,
    as_user: str | None,
    k: int | None,
    filters: tuple[str, ...],
    mode: str,
    jsonl: bool,
    as_json: bool,
) -> None:
    """Retrieval only: the passages you may see that best match QUERY."""
    p = state.principal(as_user)
    service = state.services.questions
    f = service.filters(filters)  # checked once, before any line is read

    def run(obj: dict[str, Any]) -> dict[str, Any]:
        return service.search(p, obj["query"], k=obj.get("k") or k, filters=f, mode=mode)

    if jsonl:
        _each("query", run)
        return
    if not query:
        raise LensError("Give a query, or --jsonl to read queries from stdin.", exit_code=2)
    data = service.search(p, query, k=k, filters=f, mode=mode)
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


@click.command()
@click.argument("question", required=False)
@as_option
@click.option("--filter", "filters", multiple=True, help="key=value, as for search.")
@click.option(
    "--mode",
    type=click.Choice(ANSWER_MODES),
    default=None,
    help="Override answer.mode.",
)
@click.option("--jsonl", is_flag=True, help='Read {"question": ...} lines on stdin.')
@json_option
@pass_state
def ask(
    state: State,
    question: str | None,
    as_user: str | None,
    filters: tuple[str, ...],
    mode: str | None,
    jsonl: bool,
    as_json: bool,
) -> None:
    """A cited answer to QUESTION from the sources you may see."""
    p = state.principal(as_user)
    service = state.services.questions
    f = service.filters(filters)

    def run(obj: dict[str, Any]) -> dict[str, Any]:
        history = obj.get("history") or []
        return service.ask(p, obj["question"], history=history, filters=f, mode=mode)

    if jsonl:
        _each("question", run)
        return
    if not question:
        raise LensError("Give a question, or --jsonl to read questions from stdin.", exit_code=2)
    data = service.ask(p, question, filters=f, mode=mode)
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
