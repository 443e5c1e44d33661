"""The `lens` command line (see ../shared/CLI.md for the contract).

Every data command takes `--json` and then prints exactly one JSON document on stdout.
User errors print one sentence on stderr and exit 1 (refused/failed) or 2 (usage).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from core.errors import AccessDenied, LensError

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

    state = ctx.find_object(_State)
    try:
        home = state.settings.home if state is not None else None
    except Exception:  # settings that do not load cannot name the data dir
        home = None
    return storage_error(exc, home)


def _close(ctx: click.Context) -> None:
    state = ctx.find_object(_State)
    if state is not None and "_lens" in state.__dict__:
        state._lens.close()


def _audit_refusal(ctx: click.Context, exc: LensError) -> None:
    """Refused access is audited (without content) where a database is at hand."""
    if not isinstance(exc, AccessDenied):
        return
    lens = ctx.find_object(_State)
    if lens is None or "_lens" not in lens.__dict__:
        return
    try:
        from core.audit import record

        record(lens.lens.db, user=lens.acting_user, action="refused", outcome=str(exc)[:200])
    except Exception:  # auditing must never mask the user's error
        log.exception("could not audit a refusal")


class _State:
    """Per-invocation state: global options and the lazily built composition root."""

    def __init__(self, home: Path | None, config: Path | None) -> None:
        self.home = home
        self.config = config
        self.acting_user: str | None = None

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        from core.settings import load_settings

        if "_settings" not in self.__dict__:
            self._settings = load_settings(self.config, home=self.home)
        return self._settings

    @property
    def lens(self):  # type: ignore[no-untyped-def]
        if "_lens" not in self.__dict__:
            from lens.app import Lens
            from lens.logs import setup_logging

            setup_logging(self.settings)
            self._lens = Lens(self.settings)
        return self._lens


pass_state = click.make_pass_decorator(_State)


def emit(as_json: bool, data: Any, human: str | None = None) -> None:
    """Print one JSON document, or the human text."""
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, default=str))
    else:
        click.echo(human if human is not None else json.dumps(data, indent=2, default=str))


json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
as_option = click.option("--as", "as_user", envvar="LENS_USER", help="Acting user (or LENS_USER).")


def sharing_options(func: Any) -> Any:
    """Options shared by every command that takes reports in (`ingest`, `enqueue`)."""
    from core.records import KINDS

    decorators = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path)),
        as_option,
        click.option("--level", default="1", show_default=True, help="0-3 or a level name."),
        click.option(
            "--org-only", is_flag=True, help="Only the uploader's organisation may see it."
        ),
        click.option("--kind", type=click.Choice(KINDS), help="Kind of report."),
        click.option("--text-column", "--text-field", "text_column", help="CSV/JSON text column."),
        click.option("--id-column", help="CSV/JSON id column (source_ref is <file>#<id>)."),
        click.option(
            "--meta-columns", default="", help="Comma-separated columns kept as metadata."
        ),
    ]
    for decorate in reversed(decorators):
        func = decorate(func)
    return func


def record_options(text_column: str | None, id_column: str | None, meta_columns: str):  # type: ignore[no-untyped-def]
    """The CSV/JSON record mapping from the shared options."""
    from ingest.model import RecordOptions

    return RecordOptions(
        text_column=text_column,
        id_column=id_column,
        meta_columns=tuple(c.strip() for c in meta_columns.split(",") if c.strip()),
    )


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
    ctx.obj = _State(home, config)


def principal(state: _State, as_user: str | None):  # type: ignore[no-untyped-def]
    """Resolve the acting user (refuses unknown and disabled users)."""
    from core.directory import principal_for

    state.acting_user = as_user
    state.lens.require_schema()
    with state.lens.db.session() as s:
        return principal_for(s, as_user)


def main() -> None:
    """Console entry point."""
    from lens import commands  # noqa: F401 - registers the subcommands

    cli(prog_name="lens")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
