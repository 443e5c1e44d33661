"""The `lens` subcommands, one module per area; `lens.cli` adds each to the group."""
