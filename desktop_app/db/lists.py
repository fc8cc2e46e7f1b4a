"""``column IN (a list)`` for lists of thousands: one array parameter on PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, any_, literal
from sqlalchemy.dialects.postgresql import ARRAY


def among(
    conn: Connection, column: ColumnElement[Any], values: Sequence[Any]
) -> ColumnElement[bool]:
    """``column`` is one of ``values``.

    On PostgreSQL ``column = ANY(:array)``: one parameter, where an IN list of a batch's few
    thousand order ids was compiled, sent and planned as that many parameters (a tenth of a
    PostgreSQL import's client time). Elsewhere (SQLite) a plain IN list.
    """
    if conn.dialect.name == "postgresql":
        return column == any_(literal(list(values), ARRAY(column.type)))
    return column.in_(values)
