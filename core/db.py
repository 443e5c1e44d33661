"""Opening the records database: SQLite under the data dir, or PostgreSQL by URL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from core import records
from core.errors import LensError, storage_error
from core.lexical_index import LexicalIndexBackend, lexical_backend

# Versioned schema steps for databases made by an older Lens: version -> columns it adds, as
# (table, column, SQL type with its default). A new database gets every column from the models
# and starts at records.SCHEMA_VERSION; an older one runs each step above its recorded version,
# once, in order. Only ADD COLUMN steps so far (with a default, so old rows stay valid).
MIGRATIONS: dict[int, list[tuple[str, str, str]]] = {
    2: [("document", "policy_version", "VARCHAR(64) NOT NULL DEFAULT ''")],
}
# Indexes a step's columns need: version -> (index name, table, column).
MIGRATION_INDEXES: dict[int, list[tuple[str, str, str]]] = {
    2: [("ix_document_policy_version", "document", "policy_version")],
}


def ensure_home(home: Path) -> Path:
    """Create the data dir (and logs/) or fail with one sentence if it cannot be written."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        (home / "logs").mkdir(exist_ok=True)
        probe = home / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise LensError(f"Data dir {home} is not writable ({exc.strerror or exc}).") from exc
    return home


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// URLs and use the psycopg 3 driver for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


class Database:
    """The records database. One per process; sessions are short-lived."""

    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["connect_args"] = {"connect_timeout": connect_timeout}
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise LensError(f"Database URL {redact_url(url)} is not usable: {exc}.") from exc
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.lexical: LexicalIndexBackend = lexical_backend(self.is_sqlite)

    def check(self) -> None:
        """Connect once, or fail with one sentence naming the server."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            path = sqlite_path(self.url)
            problem = storage_error(exc, path.parent) if path is not None else None
            if problem is not None:  # a full or read-only data dir, not a server that is down
                raise problem from exc
            reason = " ".join(str(getattr(exc, "orig", exc)).split())[:200]
            raise LensError(
                f"Database at {redact_url(self.url)} does not answer: {reason}"
            ) from exc

    def create_schema(self) -> int:
        """Create every table that is missing (idempotent) and record the schema version."""
        self.check()
        SQLModel.metadata.create_all(self.engine)
        self.lexical.create(self.engine)
        with Session(self.engine) as s:
            current = s.get(records.Meta, "schema_version")
            if current is None:
                s.add(records.Meta(key="schema_version", value=str(records.SCHEMA_VERSION)))
                s.commit()
                return records.SCHEMA_VERSION
        return self.upgrade()

    def upgrade(self) -> int:
        """Run the schema steps above the recorded version (idempotent; a no-op when current
        or before `lens init`); returns the version now recorded."""
        version = self.schema_version()
        if version is None or version >= records.SCHEMA_VERSION:
            return version or 0
        for step in sorted(v for v in MIGRATIONS if v > version):
            with self.engine.begin() as conn:
                present = {c["name"] for t, _, _ in MIGRATIONS[step] for c in _columns(conn, t)}
                for table, column, sql_type in MIGRATIONS[step]:
                    if column in present:
                        continue  # a concurrent upgrade, or a step half-done before a crash
                    try:
                        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))
                    except (OperationalError, ProgrammingError) as exc:
                        if "duplicate" not in str(exc).lower() and "exists" not in str(exc):
                            raise
                for name, table, column in MIGRATION_INDEXES.get(step, []):
                    conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})"))
                conn.execute(
                    text("UPDATE lens_meta SET value = :v WHERE key = 'schema_version'"),
                    {"v": str(step)},
                )
        return records.SCHEMA_VERSION

    def schema_version(self) -> int | None:
        """The recorded schema version, or None before `lens init`."""
        try:
            with Session(self.engine) as s:
                row = s.get(records.Meta, "schema_version")
                return int(row.value) if row else None
        except SQLAlchemyError:
            return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def checkpoint(self) -> None:
        """SQLite: fold the write-ahead log into the database file and truncate it, so the
        log keeps no copy of pages that held replaced text. No-op on PostgreSQL."""
        if self.is_sqlite:
            with self.engine.begin() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def dispose(self) -> None:
        """Close pooled connections (before fork, at exit)."""
        self.engine.dispose()


def _columns(conn, table: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    """The columns a table has now (empty when it does not exist)."""
    inspector = inspect(conn)
    return list(inspector.get_columns(table)) if inspector.has_table(table) else []


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows are overwritten, not left in free pages: a chunk replaced by `lens rescrub`
    # (or a withdrawn document) must not linger in the file's bytes.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite URL, if any."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :])
    return None


def default_umask() -> None:
    """Files Lens writes are private to its user: redacted text is still sensitive."""
    os.umask(0o077)
