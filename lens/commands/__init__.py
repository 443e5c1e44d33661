"""Subcommands of `lens`; importing this package registers them on the CLI group."""

from lens.commands import admin  # noqa: F401
