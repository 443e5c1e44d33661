"""Subcommands of `lens`; importing this package registers them on the CLI group."""

from lens.commands import admin, data, demo, feeds, hub, llm, query, reports, serve  # noqa: F401
