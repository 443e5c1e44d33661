"""The one error type users see: a single clear sentence, no traceback."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path


class LensError(Exception):
    """A problem the user can fix; its message is one sentence shown as-is.

    `exit_code` follows the CLI contract: 1 for a refused or failed action, 2 for bad usage.
    """

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class AccessDenied(LensError):
    """The acting user may not do this. The refusal is audited once (`core.audit.refusal`
    marks it `audited`, so no outer layer writes a second row)."""

    audited: bool = False


class NotFound(LensError):
    """No such thing for this user: what does not exist and what they may not see read the
    same, word for word, so existence never leaks."""


# A write that failed because of the disk, not because of Lens ------------------------------

_FULL = ("database or disk is full", "no space left", "disk quota exceeded")
_READ_ONLY = ("readonly database", "read-only file system", "read only file system")
_STORAGE_MODULES = ("sqlite3", "sqlalchemy", "chromadb", "psycopg")
_LOW_SPACE = 1 << 20  # below 1 MiB free, an unexplained storage error is the disk filling up


def storage_error(
    exc: BaseException, data_dir: Path | None, *, storing: str | None = None
) -> LensError | None:
    """One sentence when `exc` means the data dir is full or read-only, else None.

    SQLite and Chroma do not always say why a write failed ("disk I/O error", "unable to open
    database file", "Error in compaction"), so a storage-layer error with no clear cause is
    explained by looking at the data dir itself: no space left, or not writable.
    `storing` names the document being written, for ingest.
    """
    chain = _chain(exc)
    errnos = {e.errno for e in chain if isinstance(e, OSError)}
    stores = [
        e
        for e in chain
        if isinstance(e, OSError) or type(e).__module__.split(".")[0] in _STORAGE_MODULES
    ]
    storage = bool(stores)
    said = " ".join(str(e).lower() for e in stores)
    where = f"the data dir {data_dir}" if data_dir is not None else "the data dir"
    what = f" while storing {storing}" if storing else ""
    again = (
        "`lens check --repair` and the ingest again (documents stored before it are kept)"
        if storing
        else "the command again"
    )
    if (
        errnos & {errno.EROFS}
        or any(s in said for s in _READ_ONLY)
        or (storage and data_dir is not None and _read_only(data_dir))
    ):
        return LensError(
            f"Cannot write to {where}{what}: it is read-only; make it writable, then run {again}."
        )
    if (
        errnos & {errno.ENOSPC, errno.EDQUOT}
        or any(s in said for s in _FULL)
        or (storage and data_dir is not None and _free_bytes(data_dir) < _LOW_SPACE)
    ):
        return LensError(
            f"No space left on the disk holding {where}{what}; free some space, then run {again}."
        )
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, its causes and contexts, and the driver errors SQLAlchemy wraps."""
    out: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is seen for seen in out):
            continue
        out.append(e)
        orig = getattr(e, "orig", None)
        todo += [e.__cause__, e.__context__, orig if isinstance(orig, BaseException) else None]
    return out


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _read_only(path: Path) -> bool:
    return not os.access(_existing(path), os.W_OK)


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(_existing(path)).free
    except OSError:
        return _LOW_SPACE
