"""Hand-built orders for tests, written through the same derived-column code as the app."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from desktop_app.core.clock import utcnow
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import Base, Order, OrderItem, Stock
from desktop_app.services.context import shop_day
from desktop_app.services.summary import refresh_summary


def make_order(
    session: Session,
    order_id: str,
    *,
    channel: Channel = Channel.MFN,
    status: OrderStatus = OrderStatus.UNSHIPPED,
    items: Sequence[tuple[str, int, int]] = (("SKU-1", 1, 1999),),
    purchased: datetime | None = None,
    shipped: Sequence[int] | None = None,
    stock: int = 10,
    currency: str = "USD",
) -> Order:
    """An order with items given as (sku, quantity, line price in minor units)."""
    when = purchased or utcnow() - timedelta(hours=3)
    order = Order(
        order_id=order_id,
        purchase_date=when,
        purchase_day=shop_day(session, when),
        last_updated=when,
        status=status.value,
        channel=channel.value,
        marketplace="Amazon.com",
        latest_ship_date=when + timedelta(days=2) if channel is Channel.MFN else None,
        currency=currency,
        ship_city="Portland",
    )
    for n, (sku, qty, price) in enumerate(items):
        done = (shipped[n] if shipped else 0) if status is not OrderStatus.SHIPPED else qty
        item_status = ItemStatus.SHIPPED if done == qty else ItemStatus.UNSHIPPED
        if status is OrderStatus.CANCELED:
            item_status = ItemStatus.CANCELED
        order.items.append(
            OrderItem(
                sku=sku,
                product_name=f"Product {sku}",
                status=item_status.value,
                quantity=qty,
                quantity_shipped=done,
                quantity_cancelled=qty if status is OrderStatus.CANCELED else 0,
                item_price_minor=price,
                item_tax_minor=0,
                shipping_price_minor=0,
                shipping_tax_minor=0,
                promotion_discount_minor=0,
                customised=False,
            )
        )
        if session.get(Stock, sku) is None:
            session.add(Stock(sku=sku, product_name=f"Product {sku}", on_hand=stock,
                              updated_at=datetime.now(UTC)))  # fmt: skip
    refresh_summary(order)
    session.add(order)
    session.flush()
    return order


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for before/after comparisons."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in names:
                rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
                out[table.name] = [tuple(r) for r in rows]
        out["alembic_version"] = [
            tuple(r) for r in conn.execute(text("SELECT * FROM alembic_version"))
        ]
    return out
