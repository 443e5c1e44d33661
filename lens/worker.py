"""The ingest worker's bootstrap: what runs queued jobs in a `lens worker` process.

`lens worker` starts Dramatiq's CLI with `lens.worker:setup`; in each worker process that
connects the broker named by the settings, with `handle` as the ingest actor's body. The
composition root of the process is built once, on its first job, from the same `LENS_*`
variables and config file the command was given (`lens worker` passes them on). The work
itself, validating a job, re-resolving its user and running the pipeline, is
`ingest.queue.run_job`; only the building of the root lives up here, on the top floor.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from lens.app import Lens

_root: Lens | None = None
_root_lock = threading.Lock()


def worker_root() -> Lens:
    """The composition root of this worker process, built once on its first job."""
    global _root
    with _root_lock:
        if _root is None:
            from core.settings import load_settings
            from lens.app import offline_environment
            from lens.logs import setup_logging

            offline_environment()
            settings = load_settings(os.environ.get("LENS_CONFIG") or None)
            setup_logging(settings)
            _root = Lens(settings)
        return _root


def handle(job: dict[str, Any]) -> dict[str, Any]:
    """The ingest actor's body in a worker process."""
    from ingest.queue import run_job

    return run_job(worker_root(), job)


def setup() -> None:
    """Entry point for `dramatiq lens.worker:setup` in each worker process."""
    from core.settings import load_settings
    from ingest.queue import DEFAULT_QUEUE, connect

    settings = load_settings(os.environ.get("LENS_CONFIG") or None)
    connect(settings.queue.url, os.environ.get("LENS_QUEUE_NAME") or DEFAULT_QUEUE, handle)
