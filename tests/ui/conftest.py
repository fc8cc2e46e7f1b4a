"""A small shop for the window's tests: orders in every state the dialogs care about."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.reasons import RequestChannel
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import Order, OrderItem, Stock
from desktop_app.services.context import Context, set_setting
from desktop_app.services.requests import record_request
from desktop_app.services.summary import refresh_summary

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


CTX = Context(actor="tester", clock=clock)


@dataclass
class Notes:
    """Records what the widgets would have shown in message boxes."""

    messages: list[tuple[str, str, bool]]

    def __call__(self, parent: object, title: str, text: str, *, error: bool = False) -> None:
        self.messages.append((title, text, error))

    @property
    def last(self) -> str:
        return self.messages[-1][1] if self.messages else ""


@pytest.fixture
def notes() -> Notes:
    return Notes([])


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


def add_order(
    db: Database,
    order_id: str,
    *,
    status: OrderStatus = OrderStatus.UNSHIPPED,
    channel: Channel = Channel.MFN,
    items: Sequence[tuple[str, int, int]] = (("MUG-RED", 1, 1500),),
    hours_ago: float = 5,
    ship_in_hours: float = 48,
    city: str = "Leeds",
    shipped: bool = False,
) -> None:
    purchased = NOW - timedelta(hours=hours_ago)
    with db.transaction() as session:
        order = Order(
            order_id=order_id,
            purchase_date=purchased,
            purchase_day=purchased.date(),
            last_updated=purchased,
            status=status.value,
            channel=channel.value,
            marketplace="Amazon.co.uk",
            latest_ship_date=NOW + timedelta(hours=ship_in_hours)
            if channel is Channel.MFN
            else None,
            currency="GBP",
            ship_city=city,
        )
        for sku, qty, price in items:
            order.items.append(
                OrderItem(
                    sku=sku,
                    product_name=f"Product {sku.title()}",
                    status=(ItemStatus.SHIPPED if shipped else ItemStatus.UNSHIPPED).value,
                    quantity=qty,
                    quantity_shipped=qty if shipped else 0,
                    quantity_cancelled=0,
                    item_price_minor=price * qty,
                    item_tax_minor=0,
                    shipping_price_minor=0,
                    shipping_tax_minor=0,
                    promotion_discount_minor=0,
                    customised=False,
                )
            )
            if session.get(Stock, sku) is None:
                session.add(
                    Stock(
                        sku=sku, product_name=f"Product {sku.title()}", on_hand=10, updated_at=NOW
                    )
                )
                session.flush()
        refresh_summary(order)
        session.add(order)


@pytest.fixture
def shop(db: Database) -> Database:
    """Orders: A unshipped MFN (2 items), B shipped, C AFN unshipped, D with a buyer request,
    E pending, and 20 more unshipped MFN orders so the 7-day rate has a denominator."""
    with db.transaction() as session:
        set_setting(session, "timezone", "UTC")
    add_order(db, "111-0000001-0000001", items=(("MUG-RED", 2, 1500), ("TEA-GREEN", 1, 800)))
    add_order(db, "111-0000002-0000002", status=OrderStatus.SHIPPED, shipped=True, city="York")
    add_order(db, "111-0000003-0000003", channel=Channel.AFN, items=(("LAMP-01", 1, 4200),))
    add_order(db, "111-0000004-0000004", items=(("TEA-GREEN", 3, 800),), hours_ago=30)
    add_order(db, "111-0000005-0000005", status=OrderStatus.PENDING, hours_ago=1)
    for n in range(20):
        add_order(db, f"222-0000000-{n:07d}", hours_ago=10 + n, items=(("SOCKS-BLUE", 1, 999),))
    with db.transaction() as session:
        record_request(
            session,
            CTX,
            "111-0000004-0000004",
            reason="Ordered by mistake",
            channel=RequestChannel.AMAZON,
            at=NOW - timedelta(hours=28),
        )
    return db
