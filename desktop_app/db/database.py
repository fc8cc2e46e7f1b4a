"""An open database: its engine, its sessions, and the schema brought up to date."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.errors import DomainError
from desktop_app.db.engine import describe, make_engine, reading_factory, session_factory
from desktop_app.db.migrate import MigrationResult, ensure_schema


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]  # for actions that write
    readers: sessionmaker[Session]  # for reads: no write lock on SQLite
    migration: MigrationResult | None = None

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed when the block ends, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        with self.readers() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect, and bring the schema up to date. A database that cannot be reached or read
    is a DomainError with one sentence (the server's own words), not a traceback."""
    engine = make_engine(url)
    try:
        result = ensure_schema(engine) if migrate else None
    except DBAPIError as error:
        engine.dispose()
        detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise DomainError(f"Seller Desk could not open {describe(url)}: {detail}") from error
    return Database(url, engine, session_factory(engine), reading_factory(engine), result)
