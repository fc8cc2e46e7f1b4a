"""Export the whole shop to an archive, and restore an archive into an empty shop.

The archive (:mod:`desktop_app.io.archive`) holds every table of the schema: orders, items,
buyer requests, requests to Amazon, cancellations and their lines, returns and their lines,
stock, the audit history and the settings (the shop's time zone and currency, the saved
column mappings). Rows stream in primary-key order in both directions, a few thousand at a
time, so a shop of a million orders is archived and restored in bounded memory.

Export reads one consistent snapshot. Restore checks the whole archive first (every member's
SHA-256 and row count), then writes everything in one transaction into a shop that holds no
orders: a damaged archive, or a failure half-way, leaves the shop as it was. The ids are kept,
so an order's history, requests and cancellations stay linked; on PostgreSQL the id sequences
are then moved past them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text

from desktop_app import __version__
from desktop_app.core.clock import utcnow
from desktop_app.core.errors import DomainError
from desktop_app.core.text import Msg
from desktop_app.db import day_counts, tables
from desktop_app.db.bulk import OWED, fewer_collections, indexes_set_aside
from desktop_app.db.database import Database
from desktop_app.db.migrate import HEAD, REVISIONS
from desktop_app.db.search import DEFERRED_KEY, bulk_search_indexing
from desktop_app.db.types import UTCDateTime
from desktop_app.io.archive import (
    EXTENSIONS,
    ArchiveError,
    ArchiveReader,
    ArchiveWriter,
    Manifest,
)
from desktop_app.io.safe_write import check_target, open_binary

log = logging.getLogger(__name__)

BATCH = 5_000
Progress = Callable[[int, int], None]  # (rows done, rows in all)

# Settings that belong to one moment, not to the shop: never archived (the indexes a big
# import owes, OWED..., neither: a restore builds every index).
TRANSIENT_SETTINGS = frozenset({DEFERRED_KEY})


# counted from the orders by the database itself (db.day_counts): a restore counts them again
DERIVED_TABLES = frozenset({tables.order_day_counts.name})


def archived_tables() -> list[Table]:
    """Every table of the schema but the derived ones, parents before children (the order of
    a restore)."""
    return [t for t in tables.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    path: Path
    size_bytes: int
    rows: dict[str, int]
    seconds: float

    @property
    def orders(self) -> int:
        return self.rows.get("orders", 0)

    def sentence(self) -> str:
        from desktop_app.services.backup import size_text

        return Msg(
            "Archive",
            "Archived the whole shop ({orders} orders, {rows} rows in {tables} tables) to "
            "{path} ({size}). Restore it into a new shop with File > Restore from a backup or "
            "archive, or: "
            "seller-desk --db NEW.db import {path}",
        ).format(
            orders=f"{self.orders:,}",
            rows=f"{sum(self.rows.values()):,}",
            tables=len(self.rows),
            path=self.path,
            size=size_text(self.size_bytes),
        )


def check_archive_target(path: Path | str, *, force: bool = False) -> Path:
    """The checks before an archive is written (see :mod:`desktop_app.io.safe_write`)."""
    checked = check_target(path, extensions=EXTENSIONS, force=force, what="shop archive")
    assert checked is not None  # an archive is never written to standard output
    return checked


# -- export -------------------------------------------------------------------------------------


def _snapshot(db: Database) -> Connection:
    conn = db.engine.connect()
    if conn.dialect.name == "postgresql":  # every table read from one snapshot
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def _batches(conn: Connection, table: Table) -> Iterator[Sequence[Sequence[Any]]]:
    query = select(*table.columns).order_by(*_key(table))
    if table is tables.settings:
        query = query.where(
            table.c.key.not_in(TRANSIENT_SETTINGS), ~table.c.key.startswith(OWED, autoescape=True)
        )
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    yield from result.partitions(BATCH)


def export_archive(
    db: Database,
    path: Path | str,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> ArchiveResult:
    """Write the whole shop to ``path`` (checked first; written beside it, then renamed)."""
    from desktop_app.services.integrity import ensure_intact

    target = check_archive_target(path, force=force)
    ensure_intact(db, "archive it")  # a damaged shop is refused before anything is written
    started = time.perf_counter()
    manifest = Manifest(__version__, HEAD, utcnow().isoformat())
    with _snapshot(db) as conn, conn.begin():
        counts = {t.name: _count(conn, t) for t in archived_tables()}
        total = sum(counts.values())
        done = 0
        with open_binary(target) as out:
            writer = ArchiveWriter(out, manifest)
            for table in archived_tables():
                columns = [c.name for c in table.columns]

                def counted(table: Table = table) -> Iterator[Sequence[Sequence[Any]]]:
                    nonlocal done
                    for batch in _batches(conn, table):
                        yield batch
                        done += len(batch)
                        if progress is not None:
                            progress(done, total)

                try:
                    writer.write_table(table.name, columns, counted())
                except BaseException:
                    writer.abandon()
                    raise
            writer.close()
    rows = {name: entry.rows for name, entry in manifest.tables.items()}
    result = ArchiveResult(target, target.stat().st_size, rows, time.perf_counter() - started)
    log.info("archived %s to %s (%d bytes, %.1f s)", db.name, target, result.size_bytes,
             result.seconds)  # fmt: skip
    return result


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


# -- restore ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    path: Path
    rows: dict[str, int]
    app_version: str
    schema_revision: str
    seconds: float

    @property
    def orders(self) -> int:
        return self.rows.get("orders", 0)

    def sentence(self) -> str:
        return Msg(
            "Archive",
            "Restored {orders} orders and everything with them ({rows} rows) from {file}, "
            "archived by Seller Desk {version}.",
        ).format(
            orders=f"{self.orders:,}",
            rows=f"{sum(self.rows.values()):,}",
            file=self.path.name,
            version=self.app_version,
        )


def read_archive(path: Path) -> ArchiveReader:
    """Open and fully check an archive (nothing is written); the caller closes it."""
    reader = ArchiveReader(path)
    try:
        _check_schema(reader)
        reader.verify()
    except BaseException:
        reader.close()
        raise
    return reader


def _check_schema(reader: ArchiveReader) -> None:
    manifest = reader.manifest
    if manifest.schema_revision not in REVISIONS:
        raise ArchiveError(
            f"{reader.where} was made by a newer Seller Desk ({manifest.app_version}, "
            f"schema {manifest.schema_revision}); update Seller Desk to restore it. "
            "Nothing was written."
        )
    known = {t.name: t for t in archived_tables()}
    for name, entry in manifest.tables.items():
        table = known.get(name)
        if table is None:
            raise ArchiveError(
                f"{reader.where} holds a table this Seller Desk does not know ({name}); it was "
                "made by a newer version. Nothing was written."
            )
        unknown = [c for c in entry.columns if c not in table.c]
        if unknown:
            raise ArchiveError(
                f"{reader.where}: the table {name} has columns this Seller Desk does not know "
                f"({', '.join(unknown)}). Nothing was written."
            )
    missing = [n for n in ("orders", "order_items") if n not in manifest.tables]
    if missing:
        raise ArchiveError(f"{reader.where} is damaged: it has no {missing[0]} table.")


def _decoder(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, UTCDateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    python_type: type | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is date:
        return lambda v: None if v is None else date.fromisoformat(v)
    return None


def _refuse_if_not_empty(conn: Connection) -> None:
    orders = _count(conn, tables.orders)
    if orders:
        raise DomainError(
            Msg(
                "Errors",
                "This shop already holds {orders} orders; an archive is restored only into an "
                "empty shop, so nothing is mixed or lost. Create a new shop (File > New shop, "
                "or seller-desk --db NEW.db init) and restore into it. Nothing was written.",
            ).format(orders=f"{orders:,}")
        )
    for table in archived_tables():
        if table is tables.settings:
            continue
        if _count(conn, table):
            raise DomainError(
                Msg(
                    "Errors",
                    "This shop has no orders but already holds {what}; an archive is restored "
                    "only into an empty shop. Create a new shop and restore into it. Nothing "
                    "was written.",
                ).format(what=table.name.replace("_", " "))
            )


def restore_archive(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    reader: ArchiveReader | None = None,
) -> RestoreResult:
    """Restore the archive at ``path`` into ``db``, which must hold no orders (one
    transaction). ``reader``: an archive already opened and checked by :func:`read_archive`."""
    started = time.perf_counter()
    own = reader is None
    reader = reader or read_archive(path)
    try:
        manifest = reader.manifest
        total = manifest.total_rows
        done = 0
        rows: dict[str, int] = {}
        with db.sessions.begin() as session, fewer_collections():
            conn = session.connection()
            _refuse_if_not_empty(conn)
            conn.execute(delete(tables.settings))
            bulk = [t for t in archived_tables() if t is not tables.settings]
            with (
                bulk_search_indexing(conn),
                indexes_set_aside(conn, bulk, when=True),
                day_counts.counted_at_end(conn),
            ):
                for table in archived_tables():
                    if table.name not in manifest.tables:
                        continue
                    rows[table.name] = 0
                    write = _writer(conn, table, manifest.tables[table.name].columns)
                    for batch in _restored_rows(reader, table):
                        write(batch)
                        rows[table.name] += len(batch)
                        done += len(batch)
                        if progress is not None:
                            progress(done, total)
            _advance_sequences(conn)
    finally:
        if own:
            reader.close()
    result = RestoreResult(
        path, rows, manifest.app_version, manifest.schema_revision, time.perf_counter() - started
    )
    log.info("restored %s into %s (%d rows, %.1f s)", path, db.name, done, result.seconds)
    return result


def _restored_rows(reader: ArchiveReader, table: Table) -> Iterator[list[list[Any]]]:
    """The archive's rows for ``table`` as Python values, in the manifest's column order."""
    columns = reader.manifest.tables[table.name].columns
    decoders = [(i, d) for i, c in enumerate(columns) if (d := _decoder(table.c[c])) is not None]
    width = len(columns)
    for batch in reader.rows(table.name, BATCH):
        for values in batch:
            if len(values) != width:
                raise ArchiveError(
                    f"{reader.where} is damaged: a row of {table.name} has {len(values)} "
                    f"values for {width} columns. Nothing was written."
                )
            for i, decode in decoders:
                values[i] = decode(values[i])
        yield batch


Writer = Callable[[list[list[Any]]], None]


def _writer(conn: Connection, table: Table, columns: list[str]) -> Writer:
    """How a batch of rows is inserted.

    An archive from an older schema lacks the columns added since: the Core insert gives them
    their defaults (the upgrade). On SQLite, with every column present, the rows go to the
    driver's executemany with each column's own bind processor: the same values the Core insert
    would bind, without building a parameter dict per row (about half of a restore's time).
    """
    if conn.dialect.name != "sqlite" or set(columns) != set(table.c.keys()):
        statement = insert(table)

        def core(batch: list[list[Any]]) -> None:
            conn.execute(statement, [dict(zip(columns, values, strict=True)) for values in batch])

        return core
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    processors = [
        (i, processor)
        for i, c in enumerate(columns)
        if (processor := table.c[c].type.dialect_impl(dialect).bind_processor(dialect))
    ]

    def driver(batch: list[list[Any]]) -> None:
        for values in batch:
            for i, process in processors:
                values[i] = process(values[i])
        conn.exec_driver_sql(sql, [tuple(values) for values in batch])

    return driver


def _advance_sequences(conn: Connection) -> None:
    """On PostgreSQL, move each id sequence past the restored ids."""
    if conn.dialect.name != "postgresql":
        return
    for table in archived_tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(max(id), 0) + 1 FROM {table.name}), false)"
            )
        )
