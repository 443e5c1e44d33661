"""Benchmarks: each script prints its figures beside the targets."""
