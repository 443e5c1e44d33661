"""The `lens` command line (see ../shared/CLI.md for the contract).

Every data command takes `--json` and then prints exactly one JSON document on stdout.
User errors print one sentence on stderr and exit 1 (refused/failed) or 2 (usage).

The group is built here, in one place: each command is defined in `lens.commands.*` (a thin
face: parse, call one `lens.services` method, format) and added to `cli` below, so importing
`lens.cli` gives the whole command line.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from core.errors import AccessDenied, LensError
from lens.commands import (
    admin,
    data,
    demo,
    feeds,
    hub,
    links,
    llm,
    query,
    reports,
    serve,
    tips,
    tokens,
)
from lens.commands.state import State

log = logging.getLogger("lens")


class LensGroup(click.Group):
    """A click group that turns LensError into one sentence and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        ctx.call_on_close(lambda: _close(ctx))
        try:
            return super().invoke(ctx)
        except LensError as exc:
            _audit_refusal(ctx, exc)
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # a bug: one sentence for the user, the trace in the log
            log.exception("unexpected error")
            problem = _storage_problem(ctx, exc)
            if problem is not None:  # not a bug: the data dir is full or read-only
                click.echo(f"Error: {problem}", err=True)
                ctx.exit(problem.exit_code)
            click.echo(
                f"Error: unexpected {type(exc).__name__}; details are in the Lens log.", err=True
            )
            ctx.exit(1)


def _storage_problem(ctx: click.Context, exc: Exception) -> LensError | None:
    """The one sentence for a write that failed because the data dir is full or read-only."""
    from core.errors import storage_error

    state = ctx.find_object(State)
    try:
        home = state.settings.home if state is not None else None
    except Exception:  # settings that do not load cannot name the data dir
        home = None
    return storage_error(exc, home)


def _close(ctx: click.Context) -> None:
    state = ctx.find_object(State)
    if state is not None and "_lens" in state.__dict__:
        state.lens.close()


def _audit_refusal(ctx: click.Context, exc: LensError) -> None:
    """A refusal no service audited (one row per refusal) is audited here, without content,
    where a database is at hand."""
    if not isinstance(exc, AccessDenied) or exc.audited:
        return
    state = ctx.find_object(State)
    if state is None or "_lens" not in state.__dict__:
        return
    try:
        from core.audit import refusal

        refusal(
            state.lens.db, exc, user=state.acting_user, action="refused", outcome=str(exc)[:200]
        )
    except Exception:  # auditing must never mask the user's error
        log.exception("could not audit a refusal")


@click.group(cls=LensGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    type=click.Path(path_type=Path),
    envvar="LENS_HOME",
    help="Data dir for all state (default ./.lens).",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    envvar="LENS_CONFIG",
    help="TOML settings file.",
)
@click.pass_context
def cli(ctx: click.Context, home: Path | None, config: Path | None) -> None:
    """Traffik Lens: pooled, redacted, access-controlled trafficking intelligence."""
    from core.db import default_umask
    from lens.app import offline_environment

    offline_environment()
    default_umask()  # state files (redacted text, audit log) readable by this user only
    ctx.obj = State(home, config)


COMMANDS: list[click.Command] = [
    # the hub and its people
    admin.init,
    admin.orgs,
    admin.users,
    admin.whoami,
    admin.config_cmd,
    demo.demo,
    # reports in and out
    data.ingest,
    data.docs,
    data.redact,
    data.rescrub,
    data.check,
    hub.enqueue,
    hub.worker,
    hub.export_cmd,
    hub.import_cmd,
    feeds.feeds,
    tips.tips,
    # questions and reports
    query.search,
    query.ask,
    reports.stats,
    reports.risk,
    reports.brief,
    links.links,
    # the model that writes answers
    llm.llm,
    # the chat UI and the HTTP API
    serve.serve,
    tokens.tokens,
]
for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console entry point."""
    cli(prog_name="lens")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
