"""Database.snapshot(): the orders table's Core connection reads, and never writes."""

from __future__ import annotations

from sqlalchemy import func, insert, select

from desktop_app.core.clock import utcnow
from desktop_app.db.database import Database
from desktop_app.db.tables import settings
from desktop_app.services.queries import OrderFilter, count_orders, list_orders
from tests.factories import make_order


def test_the_orders_table_reads_through_a_snapshot(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", items=(("MUG-1", 2, 1500),))
    with db.snapshot() as conn:
        assert count_orders(conn, OrderFilter(search="mug-1"), utcnow()) == 1
        rows = list_orders(conn, OrderFilter(), utcnow())
    assert [r.order_id for r in rows] == ["111-0000001-0000001"]


def test_nothing_done_through_a_snapshot_is_committed(db: Database) -> None:
    with db.snapshot() as conn:
        conn.execute(insert(settings).values(key="stray", value="x"))
    with db.snapshot() as conn:
        stray = conn.execute(select(func.count()).where(settings.c.key == "stray")).scalar()
    assert stray == 0
