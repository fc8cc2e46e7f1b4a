"""Writing many rows at once: indexes set aside while a large import fills a small shop, and
the garbage collector asked to look less often.

Inserting a row updates every index of its table at a random place; once a table's indexes
outgrow the page cache, that costs more than the row itself. Building an index afresh is one
sort instead, so a write that more than doubles a table is quicker with the table's secondary
indexes dropped first and created again at the end; those its readers can wait for are owed
instead, and built after the commit (:func:`build_owed_indexes`).
"""

from __future__ import annotations

import gc
import operator
import os
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    Index,
    Table,
    bindparam,
    delete,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop_app.db.copy import copy_rows, reserve_ids
from desktop_app.db.engine import checkpoint, deferred_checkpoint
from desktop_app.db.tables import settings

SORT_THREADS = min(os.cpu_count() or 1, 4)  # helper threads for building indexes


OWED = "index owed: "  # a settings row's key: an index a big import left for after its commit
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: a lock not granted within lock_timeout
PG_BUILD_LOCK = 0x5E11_DE5C  # advisory lock: one session builds owed or search indexes at a time


@contextmanager
def indexes_set_aside(
    conn: Connection,
    tables: Sequence[Table],
    *,
    keep: Sequence[Index] = (),
    when: bool,
    first: Collection[str] | None = None,
) -> Iterator[None]:
    """Drop ``tables``' secondary indexes but ``keep`` (those the writer reads by) for the block
    when ``when`` is true, and create them again when it ends, in the same transaction. With
    ``first``, only the indexes it names are created again; the others are owed: written down
    in the shop in the same transaction (settings rows), and built after the commit by
    :func:`build_owed_indexes`, or at the shop's next opening if the app closed first.

    For a writer inside one write transaction that is rolled back if the block raises: then
    the indexes are not created again here, and the rollback brings them back with everything
    else. SQLite's DDL is transactional and the writer holds the write lock, so no reader ever
    sees a table without its indexes. Unique constraints keep their indexes throughout.
    """
    if not when or conn.dialect.name not in ("sqlite", "postgresql"):
        yield
        return
    if conn.dialect.name == "postgresql":
        indexes = _pg_set_aside(conn, tables, keep)
        yield
        enough_build_memory(conn, local=True)
    else:
        indexes = _sqlite_set_aside(conn, tables, keep)
        yield
    # SQLite's sorter may hand parts of each sort to helper threads: 7.4 s -> 5.3 s for the
    # indexes of a million orders on 2 cores (a larger page cache does not help)
    with _sort_threads(conn):
        for name, sql in indexes:
            if first is None or name in first:
                conn.exec_driver_sql(sql)
            else:
                conn.execute(delete(settings).where(settings.c.key == OWED + name))
                conn.execute(insert(settings).values(key=OWED + name, value=sql))


def _sqlite_set_aside(
    conn: Connection, tables: Sequence[Table], keep: Sequence[Index]
) -> list[tuple[str, str]]:
    query = text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN :tables ORDER BY name"
    ).bindparams(bindparam("tables", expanding=True))
    found = conn.execute(query, {"tables": [table.name for table in tables]}).all()
    kept = {index.name for index in keep}
    indexes: list[tuple[str, str]] = [(n, sql) for n, sql in found if n not in kept]
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return indexes


@contextmanager
def _sort_threads(conn: Connection) -> Iterator[None]:
    """SQLite: helper threads for the sorts that build indexes, for the block."""
    if conn.dialect.name != "sqlite":
        yield
        return
    threads = conn.exec_driver_sql("PRAGMA threads").scalar()
    conn.exec_driver_sql(f"PRAGMA threads = {SORT_THREADS}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA threads = {int(threads or 0)}")


def indexes_owed(conn: Connection) -> bool:
    """Whether a big import left indexes to build after its commit that are not built yet."""
    query = select(settings.c.key).where(settings.c.key.startswith(OWED, autoescape=True))
    return conn.execute(query.limit(1)).first() is not None


def build_owed_indexes(engine: Engine) -> list[str]:
    """Build the indexes a big import left owed (see :func:`indexes_set_aside`) while the
    shop's reads go on, each in a short transaction of its own: a write that comes meanwhile
    waits for it (on SQLite under a second an index at a million orders; PostgreSQL builds
    the search index beside the others, see :func:`_pg_build`). An index whose build was cut
    short (the app closed) is replaced. Returns the names built; none while another session
    builds them (PostgreSQL: an advisory lock says so), or where none are owed."""
    with engine.connect() as conn:
        owed = conn.execute(
            select(settings.c.key, settings.c.value).where(
                settings.c.key.startswith(OWED, autoescape=True)
            )
        ).all()
    if not owed:
        return []
    todo = [(key.removeprefix(OWED), sql) for key, sql in owed]
    if engine.dialect.name != "postgresql":
        return _sqlite_build(engine, todo)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        lock = {"key": PG_BUILD_LOCK}
        if not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), lock).scalar():
            return []
        try:
            return _pg_build(engine, todo)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), lock)


def _sqlite_build(engine: Engine, todo: list[tuple[str, str]]) -> list[str]:
    """SQLite: each owed index in a transaction of its own, whose commit leaves the log be:
    the log the import left is copied into the shop file meanwhile, on a connection of its
    own (otherwise the first commit copies it: 1.6 s at a million orders)."""
    built: list[str] = []
    with ThreadPoolExecutor(1) as pool:
        copying = pool.submit(checkpoint, engine)
        for name, sql in todo:
            with engine.begin() as conn, _sort_threads(conn), deferred_checkpoint(conn):
                conn.exec_driver_sql(_if_not_exists(sql))
                conn.execute(delete(settings).where(settings.c.key == OWED + name))
            built.append(name)
        copying.result()
    return built


PG_PLAIN_LOCK_WAIT_MS = 1000  # how long an owed build waits for others' writes to let go


def _pg_build(engine: Engine, todo: list[tuple[str, str]]) -> list[str]:
    """PostgreSQL: the owed indexes, the search index in one session and the B-trees in
    another at the same time (on two cores, 17.5 s instead of 28-30 s one after the other,
    concurrently, at a million orders). Each is built in a transaction of its own, as SQLite
    builds them: the table's reads go on, a write waits for the build (the search index: 14 s
    at a million orders). A build whose table another session is writing to (its lock not
    granted within :data:`PG_PLAIN_LOCK_WAIT_MS`) is built concurrently instead: writes go on,
    and it takes longer (the search index 20 s). Those are built one at a time: two
    concurrent builds on one table wait for each other's transaction, a deadlock."""
    parts = [[o for o in todo if not _is_gin(o[1])], [o for o in todo if _is_gin(o[1])]]
    one_at_a_time = threading.Lock()
    with ThreadPoolExecutor(2) as pool:
        done = [pool.submit(_pg_build_part, engine, part, one_at_a_time) for part in parts if part]
        return [name for names in done for name in names.result()]


def _pg_build_part(
    engine: Engine, todo: list[tuple[str, str]], one_at_a_time: threading.Lock
) -> list[str]:
    built: list[str] = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        enough_build_memory(conn, local=False)
        try:
            for name, sql in todo:
                if pg_index_valid(conn, name) is False:  # cut short: unusable, replaced
                    conn.exec_driver_sql(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
                if not _pg_built_plainly(conn, sql):
                    with one_at_a_time:
                        conn.exec_driver_sql(_if_not_exists(sql, concurrently=True))
                conn.execute(delete(settings).where(settings.c.key == OWED + name))
                built.append(name)
        finally:  # the pooled connection goes back as it came
            conn.exec_driver_sql("RESET maintenance_work_mem")
    return built


def _pg_built_plainly(conn: Connection, sql: str) -> bool:
    """Build an index in a transaction of its own; False (nothing built) when its table's
    lock was not granted within :data:`PG_PLAIN_LOCK_WAIT_MS` (an AUTOCOMMIT connection)."""
    conn.exec_driver_sql(f"SET lock_timeout = {PG_PLAIN_LOCK_WAIT_MS}")
    try:
        conn.exec_driver_sql(_if_not_exists(sql))
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        return False
    finally:  # the limit is for this build's lock only
        conn.exec_driver_sql("RESET lock_timeout")
    return True


def _is_gin(sql: str) -> bool:
    return " USING gin " in sql


def _if_not_exists(sql: str, *, concurrently: bool = False) -> str:
    """``CREATE INDEX name ON ...`` (as the database wrote it down) made idempotent."""
    head = "CREATE INDEX "
    if not sql.startswith(head):
        raise ValueError(f"not a plain CREATE INDEX statement: {sql[:60]!r}")
    how = "CONCURRENTLY IF NOT EXISTS " if concurrently else "IF NOT EXISTS "
    return head + how + sql[len(head) :]


def pg_index_valid(conn: Connection, name: str) -> bool | None:
    """PostgreSQL: whether index ``name`` is usable; None when there is none."""
    valid: bool | None = conn.execute(
        text(
            "SELECT x.indisvalid FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "WHERE i.relname = :name AND pg_table_is_visible(i.oid)"
        ),
        {"name": name},
    ).scalar()
    return valid


PG_LOCK_WAIT_MS = 500  # how long a big import waits for others' reads to let go of a table
# maintenance_work_mem for building indexes, at least (the search index: 16.2 s with 64 MB,
# 14.5 s with 256 MB, no quicker with more)
PG_BUILD_MEMORY_MB = 256


def enough_build_memory(conn: Connection, *, local: bool) -> None:
    """PostgreSQL: at least :data:`PG_BUILD_MEMORY_MB` of ``maintenance_work_mem`` for
    building indexes, for the transaction (``local``) or the session."""
    memory_kb = conn.exec_driver_sql(
        "SELECT setting::bigint FROM pg_settings WHERE name = 'maintenance_work_mem'"
    ).scalar()
    if int(memory_kb or 0) < PG_BUILD_MEMORY_MB * 1024:
        scope = "LOCAL " if local else ""
        conn.exec_driver_sql(f"SET {scope}maintenance_work_mem = '{PG_BUILD_MEMORY_MB}MB'")


def _pg_set_aside(
    conn: Connection, tables: Sequence[Table], keep: Sequence[Index]
) -> list[tuple[str, str]]:
    """PostgreSQL: as on SQLite, with the trigram search index among those set aside (keeping
    it up costs a big import more than its rows). Dropping an index locks its table until the
    commit, so another window's reads of these tables wait for the import to finish: a choice
    made for imports that more than double a shop (setting one up), never for everyday ones.
    When another session is using a table at the start (its lock not granted within
    :data:`PG_LOCK_WAIT_MS`), nothing is set aside and the import keeps the indexes up."""
    found = conn.execute(
        text(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname IN :tables AND pg_table_is_visible(t.oid) "
            "AND NOT x.indisunique AND NOT x.indisprimary ORDER BY i.relname"
        ).bindparams(bindparam("tables", expanding=True)),
        {"tables": [table.name for table in tables]},
    ).all()
    kept = {index.name for index in keep}
    indexes: list[tuple[str, str]] = [(n, sql) for n, sql in found if n not in kept]
    lock_timeout = conn.exec_driver_sql("SHOW lock_timeout").scalar()
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {PG_LOCK_WAIT_MS}")
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    except DBAPIError:  # another session is reading or writing these tables: keep them up
        savepoint.rollback()
        indexes = []
    else:
        savepoint.commit()
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{lock_timeout}'")
    return indexes


BULK_GC_THRESHOLD = 50_000  # allocations between young collections (Python's default: 700)


class _Collections:
    """The process's one gc setting, shared by bulk writers that may overlap (two threads):
    the first to start saves it, the last to finish puts it back."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.writers = 0
        self.saved: tuple[int, int, int] = gc.get_threshold()

    def start(self) -> None:
        with self.lock:
            if self.writers == 0:
                self.saved = gc.get_threshold()
                gc.set_threshold(max(BULK_GC_THRESHOLD, self.saved[0]), *self.saved[1:])
            self.writers += 1

    def finish(self) -> None:
        with self.lock:
            self.writers -= 1
            if self.writers == 0:
                gc.set_threshold(*self.saved)


_COLLECTIONS = _Collections()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often for the block (the whole process: gc has one setting).

    A bulk writer allocates millions of short-lived, acyclic objects (rows, dicts, tuples);
    with the default thresholds the cycle collector walks them about every 700 allocations,
    which cost a tenth of a 200k-row import. Reference counting still frees them at once.
    """
    _COLLECTIONS.start()
    try:
        yield
    finally:
        _COLLECTIONS.finish()


def bulk_insert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], *, ids: bool = False
) -> list[int] | None:
    """INSERT many rows with one DBAPI executemany on the session's connection (SQLite), or
    one COPY (PostgreSQL, :mod:`.copy`).

    Values go through each column type's own bind processor, so they are stored exactly as
    ``conn.execute(insert(table), rows)`` would store them, without SQLAlchemy's per-row
    parameter bookkeeping (which costs more than SQLite's own insert at a million rows).
    Every row must have the same keys.

    With ``ids`` (rows without an ``id``), PostgreSQL's new keys are reserved from the table's
    sequence, written with the rows and returned in the rows' order; elsewhere None is
    returned and the caller finds them (SQLite numbers them one past the largest key).
    """
    names = list(rows[0])
    params = bind_rows(conn.dialect, table, names, rows)
    return insert_bound(conn, table, names, params, ids=ids and "id" not in rows[0])


def insert_bound(
    conn: Connection,
    table: Table,
    names: Sequence[str],
    params: list[tuple[Any, ...]],
    *,
    ids: bool = False,
) -> list[int] | None:
    """INSERT rows whose values are already bound for the driver (:func:`bind_rows`, here or
    in an import's reader process), in the order of ``names``: one executemany on SQLite, one
    COPY on PostgreSQL. ``ids`` as for :func:`bulk_insert`."""
    if conn.dialect.name != "postgresql":
        conn.exec_driver_sql(insert_sql(conn.dialect, table, names), params)
        return None
    keys: list[int] | None = None
    if ids:
        keys = reserve_ids(conn, table, len(params))
        params = [(key, *row) for key, row in zip(keys, params, strict=True)]
        names = ["id", *names]
    copy_rows(conn, table, names, params)
    return keys


def insert_sql(dialect: Dialect, table: Table, names: Sequence[str]) -> str:
    """``INSERT INTO table (names) VALUES (?, ...)`` in the dialect's parameter style."""
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    return (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join(mark for _ in names)})"
    )


def bind_rows(
    dialect: Dialect, table: Table, names: Sequence[str], rows: Iterable[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """``rows``' values of ``names``, each through its column type's bind processor: the
    parameters ``conn.execute(insert(table), rows)`` would send (a process without a
    connection, such as the import's reader, binds with a dialect of its own)."""
    values = operator.itemgetter(*names)
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    processed = [(i, p) for i, p in enumerate(processors) if p is not None]
    # the same object in every row (an import's clock, its shared audit details) is processed
    # once: the last input and output of each column are remembered
    last_in: list[object] = [None] * len(names)
    last_out: list[object] = [None] * len(names)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        value = list(values(row)) if len(names) > 1 else [values(row)]
        for i, process in processed:
            given = value[i]
            if given is None:
                continue
            if given is last_in[i]:
                value[i] = last_out[i]
            else:
                value[i] = last_out[i] = process(given)
                last_in[i] = given
        params.append(tuple(value))
    return params
