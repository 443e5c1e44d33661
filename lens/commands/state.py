"""What every `lens` command shares: the per-invocation state (settings, the composition
root and its services, built on first use), the common options and the one way output is
printed. Commands import from here; `lens.cli` builds the group from the commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from core.access import Principal
    from core.settings import Settings
    from ingest.model import RecordOptions
    from lens.app import Lens
    from lens.services import Services


class State:
    """Per-invocation state: global options and the lazily built composition root."""

    def __init__(self, home: Path | None, config: Path | None) -> None:
        self.home = home
        self.config = config
        self.acting_user: str | None = None

    @property
    def settings(self) -> Settings:
        """The settings, loaded once from options, environment and config file."""
        from core.settings import load_settings

        if "_settings" not in self.__dict__:
            self._settings = load_settings(self.config, home=self.home)
        return self._settings

    @property
    def lens(self) -> Lens:
        """The composition root (logging set up on first use)."""
        if "_lens" not in self.__dict__:
            from lens.app import Lens
            from lens.logs import setup_logging

            setup_logging(self.settings)
            self._lens = Lens(self.settings)
        return self._lens

    @property
    def services(self) -> Services:
        """The hub's actions (lens.services)."""
        return self.lens.services

    def principal(self, as_user: str | None) -> Principal:
        """The acting user (unknown and disabled users are refused, and audited)."""
        self.acting_user = as_user
        self.lens.require_schema()
        return self.services.users.principal(as_user)


pass_state = click.make_pass_decorator(State)


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
    from core.choices import KINDS

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


def record_options(
    text_column: str | None, id_column: str | None, meta_columns: str
) -> RecordOptions:
    """The CSV/JSON record mapping from the shared options."""
    from ingest.model import RecordOptions

    return RecordOptions(
        text_column=text_column,
        id_column=id_column,
        meta_columns=tuple(c.strip() for c in meta_columns.split(",") if c.strip()),
    )


def table(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned plain-text table."""
    if not rows:
        return "No visible documents match."
    cols = list(rows[0])
    cells = [[str(r.get(c) if r.get(c) is not None else "–") for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)
