"""The orders model: Qt's model checks, SQL sort and filter, and a small window of rows."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.queries import OrderFilter
from desktop_app.ui.orders.model import ORDER_ID, ROW_ROLE, STATUS, TOTAL, OrdersModel
from tests.ui.conftest import clock


def test_model_passes_qt_checks(shop: Database, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = OrdersModel(shop, UTC, clock=clock, page_size=7, max_pages=2)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 25


def test_status_has_words_and_colour(shop: Database, qapp: object) -> None:
    model = OrdersModel(shop, UTC, clock=clock)
    model.set_filter(OrderFilter(order_ids=("111-0000002-0000002",)))
    index = model.index(0, STATUS)
    assert model.data(index) == "Shipped"
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None


def test_sort_and_filter_in_sql(shop: Database, qapp: object) -> None:
    model = OrdersModel(shop, UTC, clock=clock, page_size=4)
    model.reload()
    model.sort(TOTAL, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, ORDER_ID)) == "111-0000003-0000003"  # £42, the lamp
    model.sort(TOTAL, Qt.SortOrder.AscendingOrder)
    last = model.data(model.index(model.rowCount() - 1, ORDER_ID))
    assert last == "111-0000003-0000003"
    model.set_filter(OrderFilter(channel=Channel.AFN))
    assert model.rowCount() == 1
    model.set_filter(OrderFilter(statuses=frozenset({OrderStatus.SHIPPED, OrderStatus.PENDING})))
    assert model.rowCount() == 2
    model.set_filter(OrderFilter(search="york"))
    assert model.rowCount() == 1
    model.set_filter(OrderFilter(needs_attention=True))
    rows = [model.data(model.index(r, 0), ROW_ROLE).order_id for r in range(model.rowCount())]
    assert "111-0000004-0000004" in rows


def test_reading_backwards_matches_forwards(shop: Database, qapp: object) -> None:
    forwards = OrdersModel(shop, UTC, clock=clock, page_size=100)
    forwards.reload()
    expected = [forwards.row_at(r).order_id for r in range(25)]  # type: ignore[union-attr]
    small = OrdersModel(shop, UTC, clock=clock, page_size=3, max_pages=2)
    small.reload()
    got = [small.row_at(r).order_id for r in reversed(range(25))]  # type: ignore[union-attr]
    assert list(reversed(got)) == expected
    assert small.rows_held() <= 6
