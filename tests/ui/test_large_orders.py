"""On a large shop the orders table sorts, filters, searches and scrolls to the end while
holding only a small window of rows."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import Order
from desktop_app.services.queries import OrderFilter
from desktop_app.ui.orders.model import ORDER_ID, STATUS, TOTAL, OrdersModel

ORDERS = 200_000
TABLE = Order.__table__
START = datetime(2025, 1, 1, tzinfo=UTC)
STATUSES = [OrderStatus.SHIPPED] * 6 + [
    OrderStatus.UNSHIPPED,
    OrderStatus.CANCELED,
    OrderStatus.PENDING,
]


def _fill(db: Database) -> None:
    batch: list[dict[str, object]] = []
    with db.transaction() as session:
        for n in range(ORDERS):
            at = START + timedelta(minutes=3 * n)
            status = STATUSES[n % len(STATUSES)]
            sku = f"SKU-{n % 997:04d}"
            city = "Springfield" if n % 1000 == 0 else "Portland"
            order_id = f"{100 + n % 900:03d}-{n:07d}-{(n * 7919) % 10_000_000:07d}"
            batch.append(
                {
                    "order_id": order_id,
                    "purchase_date": at,
                    "purchase_day": at.date(),
                    "last_updated": at,
                    "status": status.value,
                    "channel": (Channel.AFN if n % 4 == 0 else Channel.MFN).value,
                    "marketplace": "Amazon.com",
                    "latest_ship_date": at + timedelta(days=2),
                    "currency": "USD",
                    "total_minor": (n * 37) % 20_000 + 100,
                    "item_count": 1 + n % 3,
                    "skus": sku,
                    "ship_city": city,
                    "search_text": f"{order_id} | {sku.lower()} | mug | {city.lower()}",
                    "has_open_request": n % 5000 == 0,
                    "cancel_counted": False,
                    "version": 1,
                }
            )
            if len(batch) == 20_000:
                session.execute(insert(TABLE), batch)
                batch = []
        if batch:
            session.execute(insert(TABLE), batch)


@pytest.fixture
def big_shop(db: Database) -> Database:
    _fill(db)
    return db


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


@pytest.mark.slow
def test_big_table_holds_a_small_window(qtbot: QtBot, big_shop: Database) -> None:
    model = OrdersModel(big_shop, UTC, page_size=200, max_pages=8)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.setModel(model)
    view.show()
    limit = 8 * 200
    timings = {"first page": _timed(model.reload)}
    assert model.rowCount() == ORDERS
    assert f"-{ORDERS - 1:07d}-" in model.data(model.index(0, ORDER_ID))  # the newest first

    def to_end() -> None:
        view.scrollToBottom()
        QApplication.processEvents()

    timings["scroll to the end"] = _timed(to_end)
    last = model.data(model.index(ORDERS - 1, ORDER_ID))
    assert "-0000000-" in last  # the oldest order, read from the end
    assert model.rows_held() <= limit

    for column in (TOTAL, STATUS, ORDER_ID):
        timings[f"sort {column}"] = _timed(
            lambda c=column: model.sort(c, Qt.SortOrder.DescendingOrder)
        )
        to_end()
        assert model.rows_held() <= limit
    totals = [model.row_at(r).order_id for r in range(3)]  # type: ignore[union-attr]
    assert len(set(totals)) == 3

    timings["filter channel"] = _timed(lambda: model.set_filter(OrderFilter(channel=Channel.AFN)))
    assert model.rowCount() == ORDERS // 4
    to_end()
    assert model.rows_held() <= limit
    timings["search"] = _timed(lambda: model.set_filter(OrderFilter(search="springfield")))
    assert model.rowCount() == ORDERS // 1000
    timings["attention"] = _timed(lambda: model.set_filter(OrderFilter(needs_attention=True)))
    assert model.rowCount() > 0
    assert model.rows_held() <= limit
    print("\n" + "\n".join(f"{name}: {seconds * 1000:.0f} ms" for name, seconds in timings.items()))
    assert (
        max(timings.values()) < 5
    )  # generous: a guard against loading everything, not a benchmark
