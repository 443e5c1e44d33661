"""Uploaded files held only as long as a service needs them: written to memory (/dev/shm)
where the machine has it, handed over as `Upload`s, deleted as soon as they are read."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fastapi import UploadFile

from lens.services import Upload


def scratch_dir() -> str | None:
    """Where raw uploads wait: in memory when possible, so they never touch the disk."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


async def hold(file: UploadFile) -> Upload:
    """The uploaded file as an `Upload` under its display name (a private temporary copy)."""
    name = Path(file.filename or "upload").name or "upload"
    fd, path = tempfile.mkstemp(prefix="lens-api-", suffix=Path(name).suffix, dir=scratch_dir())
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := await file.read(1 << 16):
                out.write(chunk)
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
    finally:
        await file.close()
    return Upload(name, Path(path), temporary=True)
