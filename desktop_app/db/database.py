"""An open database: its engine, its sessions, and the schema brought up to date.

Opening one does not load the ORM: the orders table's pages read through :meth:`snapshot`
(Core), so the window's first rows do not wait for ``sqlalchemy.orm``; the session factories
are made on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from desktop_app.core.errors import DomainError
from desktop_app.db.engine import (
    checkpoint,
    describe,
    make_engine,
    reading_factory,
    session_factory,
)
from desktop_app.db.migrate import MigrationResult, ensure_schema
from desktop_app.db.redact import redact
from desktop_app.db.shop_zone import record_zone_if_missing
from desktop_app.db.waiting import WriteWait

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# What read-only service functions accept: a snapshot connection or a session.
Reader: TypeAlias = "Connection | Session"

# Called as every write session begins. The window installs a check that no write runs on
# its GUI thread (see ui.write_guard); the db layer itself knows nothing of Qt.
_write_guards: list[Callable[[], None]] = []


def add_write_guard(guard: Callable[[], None]) -> Callable[[], None]:
    """Call ``guard()`` as each write session begins (it may raise); returns its remover."""
    _write_guards.append(guard)
    return lambda: _write_guards.remove(guard)


def _check_write(*_args: object) -> None:
    for guard in list(_write_guards):
        guard()


@dataclass
class Database:
    url: str
    engine: Engine
    migration: MigrationResult | None = None
    # how a write waits for another Seller Desk writing to the same shop, and who is told
    write_wait: WriteWait = field(default_factory=WriteWait)

    @property
    def name(self) -> str:
        return describe(self.url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """For actions that write (on SQLite they begin with the write lock held)."""
        from sqlalchemy import event

        factory = session_factory(self.engine, self.write_wait)
        event.listen(factory, "after_begin", _check_write)
        return factory

    @cached_property
    def readers(self) -> sessionmaker[Session]:
        """For reads: no write lock on SQLite."""
        return reading_factory(self.engine)

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

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A Core connection for reading, rolled back at the end: nothing done through it is
        ever committed. Its transaction begins with the first statement; on SQLite it reads
        one snapshot without a lock, on PostgreSQL each statement sees what is committed (as
        the reading sessions do)."""
        with self.engine.connect() as conn:
            yield conn

    def checkpoint(self) -> None:
        """SQLite: copy what the write-ahead log holds into the database file now, without
        blocking readers or writers (a bulk import leaves this to be done after its commit,
        off the seller's way; see db.engine.deferred_checkpoint). Nothing on PostgreSQL."""
        checkpoint(self.engine)

    def finish_bulk_write(self) -> None:
        """What a big import leaves for after its commit, to be run off the seller's way
        (reads carry on meanwhile; a write waits for the index being built): the indexes it
        owes are built (db.bulk.build_owed_indexes), SQLite copies the log into the shop file
        (see db.engine.deferred_checkpoint), and PostgreSQL's search index is built if it is
        still missing (db.search.build_pg_index: one whose build was cut short)."""
        from desktop_app.db.bulk import build_owed_indexes
        from desktop_app.db.search import build_pg_index

        build_owed_indexes(self.engine)
        self.checkpoint()  # what the builds wrote (the import's own log is copied meanwhile)
        build_pg_index(self.engine)

    def bulk_write_unfinished(self) -> bool:
        """Whether :meth:`finish_bulk_write` has work left: the app closed after a big import
        and before it was done (indexes owed, PostgreSQL's search index missing)."""
        from desktop_app.db.bulk import indexes_owed
        from desktop_app.db.search import pg_index_missing

        with self.snapshot() as conn:
            return indexes_owed(conn) or pg_index_missing(conn)

    def close(self) -> None:
        self.engine.dispose()

    def release_idle(self) -> None:
        """Close the pooled connections no one is using, and their page caches with them
        (some 20 MB after an import); connections in use close when they are returned, and
        the next read opens a fresh one. An in-memory database keeps its only connection."""
        if self.engine.url.database not in (None, "", ":memory:"):
            self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect, and bring the schema up to date. A database that cannot be reached or read
    is a DomainError with one sentence (the server's own words), not a traceback."""
    engine = make_engine(url)
    try:
        result = ensure_schema(engine) if migrate else None
        if migrate:
            record_zone_if_missing(engine)
    except DBAPIError as error:
        engine.dispose()
        detail = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        raise DomainError(
            f"Seller Desk could not open {describe(url)}: {redact(detail)}"
        ) from error
    return Database(url, engine, result)
