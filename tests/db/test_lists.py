"""``among``: one array parameter on PostgreSQL, an IN list elsewhere, the same rows."""

from __future__ import annotations

from sqlalchemy import insert, select

from desktop_app.db import tables
from desktop_app.db.database import Database
from desktop_app.db.lists import among
from tests.db.test_bulk_copy import order


def test_among_finds_exactly_the_listed_orders(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(tables.orders), [order(f"111-{n:07d}") for n in range(50)])
    wanted = [f"111-{n:07d}" for n in range(0, 50, 7)] + [f"999-{n:07d}" for n in range(3000)]
    column = tables.orders.c.order_id
    with db.engine.connect() as conn:
        query = select(column).where(among(conn, column, "wanted"))
        found = set(conn.execute(query, {"wanted": wanted}).scalars())
        none = conn.execute(query, {"wanted": []}).all()
    assert found == {f"111-{n:07d}" for n in range(0, 50, 7)}
    assert none == []
