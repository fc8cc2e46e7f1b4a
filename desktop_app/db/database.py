"""An open database: its engine, its sessions, and the schema brought up to date."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

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
    engine = make_engine(url)
    result = ensure_schema(engine) if migrate else None
    return Database(url, engine, session_factory(engine), reading_factory(engine), result)
