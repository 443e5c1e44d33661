"""Redaction fixtures: the real engine (spaCy + Presidio), built once per test session, is
`redactor` / `make_redactor` of tests/conftest.py (shared with the ingest and links tests)."""
