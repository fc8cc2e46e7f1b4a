"""Writing many rows on PostgreSQL with COPY (psycopg 3), in the caller's transaction.

``COPY ... FROM STDIN`` streams the rows to the server in one statement: no parse, plan and
round trip per row as an ``executemany`` of INSERTs has. It runs on the session's own DBAPI
connection, so it is part of the caller's transaction: a rollback removes every row it wrote.

New rows' keys are reserved from the table's sequence first (one ``nextval`` per row in one
query) and written with the rows, so the caller knows each row's key without reading it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    import psycopg


def reserve_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """``count`` new keys from ``table``'s id sequence, in ascending order (another writer's
    keys may fall between them; each is still unique)."""
    if count <= 0:
        return []
    query = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
    return sorted(int(k) for k in conn.execute(query, {"table": table.name, "n": count}).scalars())


def copy_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """COPY ``rows`` (values already bound for the driver, in the order of ``names``) into
    ``table``; returns how many were written."""
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(quote(n) for n in names)
    statement = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
    dbapi = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    written = 0
    try:
        with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write(row)
                written += 1
    except conn.dialect.loaded_dbapi.Error as error:
        # the error an INSERT would raise through SQLAlchemy (IntegrityError, ...), without
        # the rows' values, so db.failures and the callers treat both paths alike
        raise DBAPIError.instance(
            statement, None, error, conn.dialect.loaded_dbapi.Error, hide_parameters=True,
            dialect=conn.dialect,
        ) from error  # fmt: skip
    return written
