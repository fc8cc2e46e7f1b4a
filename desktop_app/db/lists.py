"""``column IN (a list)`` for lists of thousands: one array parameter on PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY


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
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))
