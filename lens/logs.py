"""Logging to <home>/logs/lens.log. Log lines carry ids, counts and timings, never content."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from core.settings import Settings

_configured = False


class _QuietFileHandler(RotatingFileHandler):
    """A log file that fails silently: a full or read-only disk must not print a traceback
    over the CLI's one-sentence error (logging's default reports its own errors on stderr)."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """Drop the record."""


def setup_logging(settings: Settings) -> None:
    """Attach one rotating file handler (idempotent); stderr stays clean for the CLI contract."""
    global _configured
    if _configured:
        return
    try:
        settings.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _QuietFileHandler(
            settings.log_dir / "lens.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # an unwritable home is reported by ensure_home
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("lens")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    root.propagate = False
    for noisy in ("presidio-analyzer", "presidio-anonymizer", "chromadb", "httpx"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    _configured = True
