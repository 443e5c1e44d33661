"""`lens enqueue`, `lens worker`, `lens export`, `lens import`: one hub over many machines,
and sharing between hubs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

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

queue_name_option = click.option(
    "--queue-name",
    envvar="LENS_QUEUE_NAME",
    default="lens_ingest",
    show_default=True,
    help="Queue on the broker (LENS_QUEUE_URL); several hubs may share one broker.",
)


@click.command()
@sharing_options
@queue_name_option
@json_option
@pass_state
def enqueue(
    state: State,
    paths: tuple[Path, ...],
    as_user: str | None,
    level: str,
    org_only: bool,
    kind: str | None,
    text_column: str | None,
    id_column: str | None,
    meta_columns: str,
    queue_name: str,
    as_json: bool,
) -> None:
    """Read files here and queue them for `lens worker` processes on any machine."""

    lvl = parse_level(level)
    p = state.principal(as_user)
    options = record_options(text_column, id_column, meta_columns)
    data = state.services.documents.enqueue(
        p, paths, level=lvl, org_only=org_only, kind=kind, options=options, queue_name=queue_name
    )
    lines = [f"Queued {data['queued']} documents in {data['messages']} messages on {queue_name}."]
    lines += [f"  failed: {f['error']}" for f in data["failed"]]
    emit(as_json, data, "\n".join(lines))
    if data["failed"] and not data["queued"]:
        sys.exit(1)


@click.command()
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes, each with its own models.",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 16),
    default=1,
    show_default=True,
    help="Threads per process (1 is best for CPU-bound ingest).",
)
@queue_name_option
@click.option("--burst", is_flag=True, help="Process what is queued, then exit.")
@click.option(
    "--timeout",
    type=click.FloatRange(1),
    default=600.0,
    show_default=True,
    help="With --burst: most seconds to wait for the queue to empty.",
)
@json_option
@pass_state
def worker(
    state: State,
    processes: int,
    threads: int,
    queue_name: str,
    burst: bool,
    timeout: float,
    as_json: bool,
) -> None:
    """Consume queued ingest jobs (Dramatiq) and store them in this hub's stores."""
    from ingest.queue import connect, run_job

    settings = state.settings
    root = state.lens
    root.require_schema()

    def handle(job: dict[str, Any]) -> dict[str, Any]:  # burst mode: jobs run in this process
        return run_job(root, job)

    queue = connect(settings.queue.url, queue_name, handle)
    queue.check()
    if burst:
        from ingest.dispatch import run_burst

        try:
            tally = run_burst(queue, threads=threads, timeout_s=timeout)
        finally:
            queue.close()
        emit(
            as_json,
            tally,
            f"Processed {tally['messages']} messages: {tally['ingested']} ingested, "
            f"{tally['unchanged']} unchanged, {tally['failed']} failed.",
        )
        return
    queue.close()
    state.lens.db.dispose()  # no pooled connections inherited by the forked workers
    if processes * threads > 1 and not settings.chroma.url:
        raise LensError(
            "More than one worker needs a Chroma server: set LENS_CHROMA_URL "
            "(the in-process store serves one process).",
            exit_code=2,
        )
    from dramatiq.cli import main as dramatiq_main
    from dramatiq.cli import make_argument_parser

    # Worker processes rebuild the settings from the environment: pass what the CLI was told.
    os.environ["LENS_HOME"] = str(Path(settings.home).resolve())
    os.environ["LENS_QUEUE_NAME"] = queue_name
    if state.config is not None:
        os.environ["LENS_CONFIG"] = str(Path(state.config).resolve())
    args = make_argument_parser().parse_args(
        [
            "lens.worker:setup",
            "--processes",
            str(processes),
            "--threads",
            str(threads),
            "--queues",
            queue_name,
            "--worker-shutdown-timeout",
            "60000",
        ]
    )
    sys.exit(dramatiq_main(args))


@click.command("export")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@as_option
@click.option("--max-level", required=True, help="Highest level that may leave (0-3 or name).")
@click.option("--org", help="Only documents of this organisation.")
@json_option
@pass_state
def export_cmd(
    state: State,
    out: Path,
    as_user: str | None,
    max_level: str,
    org: str | None,
    as_json: bool,
) -> None:
    """Write the redacted documents you may see, at or below --max-level, as JSON Lines."""
    from ingest.exchange import export_documents

    lvl = parse_level(max_level)
    p = state.principal(as_user)
    ids = export_documents(
        state.lens.db, p, out, max_level=lvl, org=org, fingerprint=_federation(state)
    )
    emit(
        as_json,
        {"exported": len(ids), "file": str(out), "doc_ids": ids},
        f"Exported {len(ids)} documents to {out}.",
    )


@click.command("import")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@as_option
@click.option("--level-cap", help="Store no document above this level (default: your clearance).")
@json_option
@pass_state
def import_cmd(
    state: State, source: Path, as_user: str | None, level_cap: str | None, as_json: bool
) -> None:
    """Import another hub's export under your organisation (validated first, idempotent)."""
    from ingest.exchange import import_documents

    cap = parse_level(level_cap) if level_cap is not None else None
    p = state.principal(as_user)
    root = state.lens
    data = import_documents(
        root.db,
        root.pipeline,
        root.embedder,
        p,
        source,
        level_cap=cap,
        fingerprint=_federation(state),
    )
    emit(as_json, data, f"Imported {data['imported']}, unchanged {data['unchanged']}.")


def _federation(state: State) -> str | None:
    """The link secret's fingerprint when links.federation is on (keys travel), else None."""
    linker = state.lens.linker if state.settings.links.federation else None
    return linker.fingerprint() if linker is not None else None
