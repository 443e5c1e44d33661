"""Top floor: the composition root and the `lens` CLI."""
