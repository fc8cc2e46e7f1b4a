"""Where the database is, and how to connect to it (SQLite by default, any SQLAlchemy URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError

from desktop_app.core.errors import DomainError
from desktop_app.db.location import (
    ENV_VAR,
    default_db_path,
    describe,
    resolve_url,
    sqlite_path,
)
from desktop_app.db.redact import remember_secrets
from desktop_app.db.waiting import WAIT_OPTION, LockWatch, WriteWait, begin_immediate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "ENV_VAR",
    "WriteWait",
    "default_db_path",
    "describe",
    "make_engine",
    "reading_factory",
    "resolve_url",
    "session_factory",
    "sqlite_path",
]

BEGIN_OPTION = "sqlite_begin"  # execution option: "DEFERRED" (reads) or "IMMEDIATE" (writes)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's pysqlite recipe: the driver opens no transaction by itself (it would not
    # before a SELECT, so two reads of one "transaction" could see different data); the
    # "begin" listener below emits BEGIN instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


AUTOCHECKPOINT_KEY = "restore_wal_autocheckpoint"  # see deferred_checkpoint


def _restore_autocheckpoint(dbapi_connection: Any, record: Any) -> None:
    """A connection a bulk writer turned automatic checkpoints off on gets them back before
    anyone else uses it."""
    pages = record.info.pop(AUTOCHECKPOINT_KEY, None) if record is not None else None
    if pages is not None and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


def checkpoint(engine: Engine) -> None:
    """SQLite: copy what the write-ahead log holds into the database file now, without
    blocking readers or writers. Nothing elsewhere."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").all()


@contextmanager
def deferred_checkpoint(conn: Connection) -> Iterator[None]:
    """For a large write transaction on SQLite: its commit does not copy the whole log into
    the database file (a second or more a hundred thousand rows) before returning; the caller
    runs :func:`checkpoint` afterwards, or the last connection's close does it."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    # put back when the connection returns to the pool (after the commit or the rollback)
    conn.connection.info[AUTOCHECKPOINT_KEY] = int(before or 1000)
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    yield


def _sqlite_begin(conn: Connection) -> None:
    """One snapshot per transaction; writers take the write lock first (BEGIN IMMEDIATE), so
    what a writer reads is still true when it writes, and a second writer waits its turn."""
    options = conn.get_execution_options()
    mode = options.get(BEGIN_OPTION, "DEFERRED")
    if mode == "IMMEDIATE":
        begin_immediate(conn.connection.dbapi_connection, options.get(WAIT_OPTION) or WriteWait())
        return
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQL errors it raises name the statement but never its values
    (``hide_parameters``): a buyer's message or address never reaches a log or a message."""
    remember_secrets(url)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kwargs.setdefault("hide_parameters", True)
    try:
        engine = create_engine(url, pool_pre_ping=path is None, **kwargs)
    except ModuleNotFoundError as error:  # e.g. psycopg for a PostgreSQL URL
        raise DomainError(
            f"Seller Desk cannot talk to this database: the driver {error.name!r} is not "
            "installed. For PostgreSQL, install the postgres extra: "
            "pip install 'seller-desk[postgres]'."
        ) from error
    except ArgumentError as error:
        raise DomainError(
            f"{describe(url)} is not a database address Seller Desk can open."
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine.pool, "checkin", _restore_autocheckpoint)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgres_begin)
        event.listen(engine, "commit", _stop_watch)
        event.listen(engine, "rollback", _stop_watch)
        event.listen(engine.pool, "reset", lambda _dbapi, record, _state: _stop(record.info))
    return engine


WATCH_KEY = "seller_desk_lock_watch"  # a connection's info: the LockWatch of its write


def _postgres_begin(conn: Connection) -> None:
    """A write waits for other sessions' locks no longer than its WriteWait, then fails with
    a sentence (db.failures) and changes nothing; while it waits, it says so (LockWatch)."""
    options = conn.get_execution_options()
    wait = options.get(WAIT_OPTION)
    if options.get(BEGIN_OPTION) == "IMMEDIATE" and isinstance(wait, WriteWait):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {max(int(wait.seconds * 1000), 1)}")
        _stop(conn.info)
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None:  # (psycopg's: its server process)
            conn.info[WATCH_KEY] = LockWatch(conn.engine, dbapi.info.backend_pid, wait)


def _stop_watch(conn: Connection) -> None:
    _stop(conn.info)


def _stop(info: dict[Any, Any]) -> None:
    watch = info.pop(WATCH_KEY, None)
    if watch is not None:
        watch.stop()


def session_factory(engine: Engine, wait: WriteWait | None = None) -> sessionmaker[Session]:
    """Sessions for actions that write: on SQLite they begin with the write lock held; while
    another writer holds it, ``wait`` says so and gives up after its time (:mod:`.waiting`)."""
    from sqlalchemy.orm import sessionmaker  # the ORM loads with the first session

    options = {BEGIN_OPTION: "IMMEDIATE", WAIT_OPTION: wait or WriteWait()}
    return sessionmaker(engine.execution_options(**options), expire_on_commit=False)


def reading_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read: one consistent snapshot, no lock taken."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)
