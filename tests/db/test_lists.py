"""``among``: one array parameter on PostgreSQL, an IN list elsewhere, the same rows; and
``column_runs``: a whole column in runs, from the driver's cursor."""

from __future__ import annotations

from sqlalchemy import insert, select

from desktop_app.db import tables
from desktop_app.db.database import Database
from desktop_app.db.lists import among, column_runs
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


def test_a_column_is_read_whole_in_runs_inside_a_transaction(db: Database) -> None:
    ids = [f"111-{n:07d}" for n in range(23)]
    with db.engine.begin() as conn:
        conn.execute(insert(tables.orders), [order(i) for i in ids])
        runs = list(column_runs(conn, tables.orders.c.order_id, 5))
        # the transaction goes on after it: its own rows are read too
        conn.execute(insert(tables.orders), [order("222-0000001")])
        again = [i for run in column_runs(conn, tables.orders.c.order_id, 100) for i in run]
    assert [len(run) for run in runs] == [5, 5, 5, 5, 3]
    assert sorted(i for run in runs for i in run) == ids
    assert sorted(again) == [*ids, "222-0000001"]
