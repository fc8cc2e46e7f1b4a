"""The ship-by countdown in the orders table and the details pane; product and amount on the
buyer requests page."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.queries import OrderFilter
from desktop_app.ui.operations import Operations
from desktop_app.ui.orders.details import OrderDetailsPane, load_detail
from desktop_app.ui.orders.model import ORDER_ID, SHIP_BY, OrdersModel
from desktop_app.ui.requests_page import RequestsPage
from desktop_app.ui.style import SHIP_BY_DUE_SOON, SHIP_BY_LATE, SHIP_BY_LATER, qcolour
from tests.ui.conftest import CTX, add_order, clock


def ship_by_cells(db: Database) -> dict[str, tuple[str, QColor | None]]:
    model = OrdersModel(db, UTC, clock=clock)
    model.reload()
    cells = {}
    for row in range(model.rowCount()):
        index = model.index(row, SHIP_BY)
        colour = model.data(index, Qt.ItemDataRole.ForegroundRole)
        cells[model.data(model.index(row, ORDER_ID))] = (model.data(index), colour)
    return cells


def test_table_counts_down_for_unshipped_seller_fulfilled_only(
    shop: Database, qapp: object
) -> None:
    add_order(shop, "333-0000000-0000001", ship_in_hours=5.5)
    add_order(shop, "333-0000000-0000002", ship_in_hours=-50)
    add_order(shop, "333-0000000-0000003", ship_in_hours=-3.2)
    add_order(shop, "333-0000000-0000004", status=OrderStatus.CANCELED, ship_in_hours=-30)
    cells = ship_by_cells(shop)
    assert cells["333-0000000-0000001"] == ("due in 5 h", qcolour(SHIP_BY_DUE_SOON))
    assert cells["333-0000000-0000002"] == ("late by 2 d", qcolour(SHIP_BY_LATE))
    assert cells["333-0000000-0000003"] == ("late by 3 h", qcolour(SHIP_BY_LATE))
    assert cells["111-0000001-0000001"] == ("due in 2 d", qcolour(SHIP_BY_LATER))
    # shipped and cancelled orders show the date itself, uncoloured; FBA orders nothing
    assert cells["111-0000002-0000002"] == ("2026-11-22 12:00", None)
    assert cells["333-0000000-0000004"] == ("2026-11-19 06:00", None)
    assert cells["111-0000003-0000003"] == ("", None)


def test_sorting_by_ship_by_is_done_in_sql_on_the_column(shop: Database, qapp: object) -> None:
    add_order(shop, "333-0000000-0000002", ship_in_hours=-50)
    model = OrdersModel(shop, UTC, clock=clock, page_size=5)
    model.set_filter(OrderFilter(channel=Channel.MFN))
    model.sort(SHIP_BY, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, SHIP_BY)) == "late by 2 d"
    model.sort(SHIP_BY, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, SHIP_BY)) != "late by 2 d"
    assert model.rows_held() <= 10  # pages of the SQL sort, never every row


def test_details_show_the_countdown_in_its_colour(qtbot: QtBot, shop: Database) -> None:
    add_order(shop, "333-0000000-0000002", ship_in_hours=-50)
    pane = OrderDetailsPane(UTC, clock=clock)
    qtbot.addWidget(pane)
    pane.show_view(load_detail(shop, "333-0000000-0000002"))
    label = pane.fields["Ship by"]
    assert label.text() == "late by 2 d · 2026-11-18 10:00"
    assert label.palette().windowText().color() == qcolour(SHIP_BY_LATE)
    assert label.font().bold()
    pane.show_view(load_detail(shop, "111-0000003-0000003"))  # FBA: no ship-by, no countdown
    assert pane.fields["Ship by"].text() == "—"
    assert not pane.fields["Ship by"].font().bold()


def test_requests_show_product_and_amount(qtbot: QtBot, shop: Database) -> None:
    page = RequestsPage(shop, CTX, UTC, Operations(lambda error: None))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    product = model.index(0, headers.index("Product")).data()
    amount = model.index(0, headers.index("Amount")).data()
    assert product == "Product Tea-Green"
    assert amount == "£24.00"  # 3 × £8.00
