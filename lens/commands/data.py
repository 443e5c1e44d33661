"""`lens ingest`, `lens docs`, `lens redact`: getting reports in, and taking them back."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from core.access import parse_level
from core.errors import LensError
from lens.commands.state import (
    State,
    as_option,
    emit,
    json_option,
    pass_state,
    record_options,
    sharing_options,
)


@click.command()
@sharing_options
@click.option(
    "--workers",
    type=click.IntRange(1, 16),
    default=None,
    help="Processes for redaction and embedding (default: ingest.workers).",
)
@click.option(
    "--queue",
    "use_queue",
    is_flag=True,
    help="Queue for `lens worker` (LENS_QUEUE_URL) instead of ingesting here.",
)
@json_option
@pass_state
def ingest(
    state: State,
    paths: tuple[Path, ...],
    as_user: str | None,
    level: str,
    org_only: bool,
    kind: str | None,
    text_column: str | None,
    id_column: str | None,
    meta_columns: str,
    workers: int | None,
    use_queue: bool,
    as_json: bool,
) -> None:
    """Ingest files or folders (txt, md, html, pdf, docx, csv, json, jsonl)."""
    lvl = parse_level(level)
    p = state.principal(as_user)
    options = record_options(text_column, id_column, meta_columns)
    documents = state.services.documents
    if use_queue:
        queued = documents.enqueue(
            p, paths, level=lvl, org_only=org_only, kind=kind, options=options
        )
        emit(
            as_json, queued, f"Queued {queued['queued']} documents, failed {len(queued['failed'])}."
        )
        if queued["failed"] and not queued["queued"]:
            sys.exit(1)
        return
    data = documents.ingest(
        p, paths, level=lvl, org_only=org_only, kind=kind, options=options, workers=workers
    )
    lines = [
        f"Ingested {data['ingested']}, unchanged {data['unchanged']}, failed {len(data['failed'])}."
    ]
    if data["removed"]:
        lines.append(
            "Removed: " + ", ".join(f"{k} {v}" for k, v in sorted(data["removed"].items()))
        )
    lines += [f"  failed: {f['error']}" for f in data["failed"]]
    emit(as_json, data, "\n".join(lines))
    if data["failed"] and not data["ingested"] and not data["unchanged"]:
        sys.exit(1)


@click.group()
def docs() -> None:
    """Documents you may see; withdrawal."""


@docs.command("list")
@as_option
@click.option("--limit", default=1000, show_default=True, type=int)
@json_option
@pass_state
def docs_list(state: State, as_user: str | None, limit: int, as_json: bool) -> None:
    """Documents the acting user may see."""
    p = state.principal(as_user)
    data = state.services.documents.list_documents(p, limit=limit)
    emit(
        as_json,
        data,
        "\n".join(
            f"{r['doc_id']}  L{r['level']}  {r['kind']:<16} {r['org'][:24]:<24} {r['title'][:60]}"
            for r in data["documents"]
        )
        or "No documents.",
    )


@docs.command("show")
@click.argument("doc_id")
@as_option
@json_option
@pass_state
def docs_show(state: State, doc_id: str, as_user: str | None, as_json: bool) -> None:
    """One document's record and its redacted text."""
    p = state.principal(as_user)
    row = state.services.documents.show(p, doc_id)
    emit(
        as_json,
        row,
        f"{row['title']}\n{row['org']} · {row['kind']} · level {row['level']}\n\n"
        + "\n\n".join(c["text"] for c in row["chunks"]),
    )


@docs.command("delete")
@click.argument("doc_id")
@as_option
@json_option
@pass_state
def docs_delete(state: State, doc_id: str, as_user: str | None, as_json: bool) -> None:
    """Withdraw a document from every store (uploader or owning organisation's admins)."""
    p = state.principal(as_user)
    data = state.services.documents.delete(p, doc_id)
    emit(as_json, data, f"Document {doc_id} deleted.")


def _explained(entities: list, *, explain: bool) -> list[dict]:
    """Entities as JSON: type, offsets, placeholder, and with --explain the rule and score."""
    rows = []
    for e in entities:
        row = {"type": e.type, "start": e.start, "end": e.end, "replacement": e.replacement}
        if explain:
            row |= {"rule": e.rule, "score": e.score}
        rows.append(row)
    return rows


def _explanation(entities: list) -> str:
    """One line per removal: placeholder, type, score, rule, span. Never the removed value."""
    if not entities:
        return "Nothing was removed."
    lines = [f"{len(entities)} removals (placeholder, type, score, rule, characters):"]
    lines += [
        f"  {e.replacement:<22} {e.type:<16} {e.score:>4.2f}  {e.rule}  [{e.start}:{e.end}]"
        for e in entities
    ]
    return "\n".join(lines)


@click.command()
@click.argument("source", default="-")
@click.option("--jsonl", is_flag=True, help='Read {"text": ...} lines, write results as lines.')
@click.option("--org", help="Apply this organisation's extra deny-list terms.")
@click.option(
    "--explain", is_flag=True, help="Name the rule and score behind each removal (never values)."
)
@pass_state
def redact(state: State, source: str, jsonl: bool, org: str | None, explain: bool) -> None:
    """Print the redacted text of FILE (or stdin)."""
    redactor = state.lens.redactor
    if jsonl:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
        with stream:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    text = json.loads(line)["text"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise LensError(f'Line {n} is not a JSON object with a "text" field.') from exc
                r = redactor.redact(str(text), org=org)
                ents = _explained(r.entities, explain=explain)
                click.echo(json.dumps({"text": r.text, "entities": ents}, ensure_ascii=False))
        return
    if source == "-":
        text = sys.stdin.read()
    else:
        from ingest.loaders import load_file
        from ingest.model import LoadError, RecordOptions

        try:
            docs_ = load_file(Path(source), RecordOptions(), state.settings.ingest.max_file_bytes)
        except LoadError as exc:
            raise LensError(str(exc)) from exc
        text = "\n\n".join(d.text for d in docs_)
    try:
        result = redactor.redact(text, org=org)
    except LensError as exc:  # too slow to redact: name the input
        raise LensError(f"{'stdin' if source == '-' else source}: {exc}") from exc
    click.echo(result.text)
    if explain:
        click.echo("\n" + _explanation(result.entities))


@click.command()
@as_option
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@json_option
@pass_state
def rescrub(state: State, as_user: str | None, dry_run: bool, as_json: bool) -> None:
    """Re-run the current redaction policy over stored chunks, titles and metadata (admins)."""
    p = state.principal(as_user)
    report = state.services.documents.rescrub(p, dry_run=dry_run)
    verb = "would change" if dry_run else "changed"
    human = (
        f"Policy {report['policy_version']}: {report['documents']} documents scrubbed again, "
        f"{verb} {report['changed']}, failed {len(report['failed'])}."
    )
    if report["removed"]:
        human += "\nRemoved: " + ", ".join(f"{k} {v}" for k, v in sorted(report["removed"].items()))
    human += "".join(f"\n  failed: {f['error']}" for f in report["failed"])
    emit(as_json, report, human)
    if report["failed"] and not report["changed"] and not report["unchanged"]:
        sys.exit(1)


@click.command()
@click.option("--repair", is_flag=True, help="Make the stores agree (the database wins).")
@json_option
@pass_state
def check(state: State, repair: bool, as_json: bool) -> None:
    """Verify that records, full-text index and vectors agree; repair with --repair.

    Also applies the chat history's retention rule (always: it is policy, not repair)."""
    from ingest.consistency import check_stores
    from redaction.policy import policy_version

    state.lens.require_schema()
    report = check_stores(
        state.lens.db,
        state.lens.vectors,
        lambda: state.lens.embedder,
        repair=repair,
        policy_version=policy_version(state.settings.redaction),
    )
    report["history"] = history = state.lens.services.history.expire()
    human = (
        f"{report['chunks']} chunks, {report['vectors']} vectors, "
        f"{report['orphan_vectors']} orphan vectors, {report['missing_vectors']} missing, "
        f"full-text {'ok' if report['fulltext_ok'] else 'damaged'}"
        + ("; repaired" if report["repaired"] else "")
        + f"; {history['threads_deleted']} conversation(s) older than "
        f"{history['retention_days']} days deleted."
    )
    older = report["older_policy"]
    if older["documents"]:
        human += (
            f"\n{older['documents']} documents were scrubbed by an older redaction policy; "
            "run `lens rescrub --as ADMIN`:\n" + "\n".join(f"  {d}" for d in older["doc_ids"])
        )
    emit(as_json, report, human)
    if not report["consistent"]:
        sys.exit(1)
