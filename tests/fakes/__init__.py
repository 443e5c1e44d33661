"""Deterministic stand-ins for unit tests of logic (never for integration tests)."""
