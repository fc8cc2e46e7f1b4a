"""Every demo order obeys core's invariants for its status (the demo teaches what orders look
like: a "Partially shipped" order has something shipped and something still to ship)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from desktop_app.core.invariants import ItemCounts, order_problems
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.tables import buyer_requests, order_items, orders
from desktop_app.services.demo import build_demo

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_every_demo_order_obeys_the_invariants_of_its_status(db: Database) -> None:
    build_demo(db, 6000, seed=3, now=NOW)
    items: dict[int, list[ItemCounts]] = {}
    with db.snapshot() as conn:
        for pk, qty, shipped, cancelled in conn.execute(
            select(order_items.c.order_pk, order_items.c.quantity,
                   order_items.c.quantity_shipped, order_items.c.quantity_cancelled)
        ):  # fmt: skip
            items.setdefault(pk, []).append(ItemCounts(qty, shipped, cancelled))
        asked = set(
            conn.execute(
                select(buyer_requests.c.order_pk).where(buyer_requests.c.state == "open")
            ).scalars()
        )
        rows = conn.execute(
            select(orders.c.id, orders.c.order_id, orders.c.status, orders.c.channel,
                   orders.c.shipped_at, orders.c.latest_ship_date, orders.c.has_open_request)
        ).all()  # fmt: skip
    broken: dict[str, list[str]] = {}
    seen: set[OrderStatus] = set()
    for pk, order_id, status, channel, shipped_at, ship_by, flagged in rows:
        seen.add(OrderStatus(status))
        problems = order_problems(
            OrderStatus(status),
            Channel(channel),
            items.get(pk, []),
            shipped_at_set=shipped_at is not None,
            ship_by_set=ship_by is not None,
            open_request=bool(flagged) or pk in asked,
        )
        if problems:
            broken[f"{order_id} ({status})"] = problems
    assert not broken, dict(list(broken.items())[:5])
    assert OrderStatus.PARTIALLY_SHIPPED in seen  # the status the check is about is there


def test_the_invariants_catch_a_partially_shipped_order_with_everything_shipped() -> None:
    problems = order_problems(
        OrderStatus.PARTIALLY_SHIPPED, Channel.MFN, [ItemCounts(1, 1, 0)],
        shipped_at_set=True, ship_by_set=True, open_request=False,
    )  # fmt: skip
    assert any("shipped" in p for p in problems)
