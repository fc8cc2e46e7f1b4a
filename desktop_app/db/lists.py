"""Lists of thousands: ``column IN (a list)`` as one array parameter on PostgreSQL, and a
whole column read in runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, any_, bindparam, select


def among(conn: Connection, column: ColumnElement[Any], name: str) -> ColumnElement[bool]:
    """``column`` is one of the values of the list given as parameter ``name`` when the
    statement runs (``conn.execute(query, {name: values})``).

    On PostgreSQL ``column = ANY(:name)``: one array parameter, where an IN list of a batch's
    few thousand order ids was compiled, sent and planned as that many parameters (a tenth of
    a PostgreSQL import's client time). Elsewhere (SQLite) an IN list, expanded as it runs.
    The values are never part of the statement: an import builds one per batch, and a
    statement holding a batch's ids kept them (and the memory around them) until Python's
    rare full garbage collection (+40 MB over a PostgreSQL import of a million rows).
    """
    if conn.dialect.name == "postgresql":
        # (imported here: the PostgreSQL dialect is loaded on PostgreSQL only; an import's
        # reader process on SQLite starts 25 ms sooner without it)
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))


def column_runs(conn: Connection, column: Column[Any], run: int) -> Iterator[list[Any]]:
    """Every value of ``column``, in lists of ``run``, as the driver gives them (for a column
    whose type processes nothing, such as a string): read from the driver's cursor, not as
    SQLAlchemy rows (a million order ids in 0.35 s rather than 1.4 s). On PostgreSQL the
    cursor is the server's, so the values are never all in memory at once; it needs a
    transaction, as the caller's connection has."""
    sql = str(select(column).compile(dialect=conn.dialect))
    dbapi: Any = conn.connection.dbapi_connection
    named = conn.dialect.name == "postgresql"
    cursor = dbapi.cursor(name="column_runs") if named else dbapi.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(run):
            yield [value for (value,) in rows]
    finally:
        cursor.close()
