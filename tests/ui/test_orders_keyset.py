"""The orders model reads a page from the nearest row it holds (keyset paging): jumping about
a table of ties and NULLs shows exactly the rows a plain ORDER BY has at each place."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import Qt

from desktop_app.db.database import Database
from desktop_app.services.queries import OrderFilter, list_orders
from desktop_app.ui.orders.model import HEADERS, SORT_KEYS, OrdersModel
from tests.services.test_order_paging import NOW, ORDERS, tied_shop

# a seller dragging the scroll bar about: near held pages, far from them, back again
JUMPS = (0, 30, 31, 29, 12, 46, 45, 20, 3, 40, 8, 26, 27, 44, 1, 17, 33, 5, 38, 22)


@pytest.mark.parametrize("column", sorted(SORT_KEYS), ids=lambda c: str(HEADERS[c]))
def test_jumping_about_shows_the_rows_of_the_plain_order(
    db: Database, qapp: object, column: int
) -> None:
    tied_shop(db)
    model = OrdersModel(db, UTC, clock=lambda: NOW, page_size=4, max_pages=3)
    model.reload()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        descending = order == Qt.SortOrder.DescendingOrder
        with db.snapshot() as conn:
            whole = list_orders(conn, OrderFilter(), NOW, sort=SORT_KEYS[column],
                                descending=descending, limit=1000)  # fmt: skip
        assert model.rowCount() == len(whole) == ORDERS
        for row in JUMPS:
            shown = model.row_at(row)
            assert shown is not None and shown.pk == whole[row].pk, (order, row)
        assert model.rows_held() <= 3 * 4
