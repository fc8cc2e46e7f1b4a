"""The window reads off the GUI thread and still shows the right rows: a new filter, sort or
search, the selected order's details and Account health arrive from a worker, and an answer
to an older request never overwrites a newer one."""

from __future__ import annotations

import threading
from datetime import UTC

from PySide6.QtCore import QSettings, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.health import health_report
from desktop_app.services.queries import OrderFilter, SortKey, count_orders, list_orders
from desktop_app.ui.health.page import HealthPage
from desktop_app.ui.operations import Operations
from desktop_app.ui.orders.loading import read_first_page
from desktop_app.ui.orders.model import ORDER_ID, OrdersModel
from desktop_app.ui.orders.view import OrdersPage
from tests.ui.conftest import CTX, NOW, clock

UNSHIPPED = OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}))


def _operations() -> Operations:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    return Operations(lambda error: None, pool=pool)


def _page(qtbot: QtBot, shop: Database, tmp_path: object) -> tuple[OrdersPage, Operations]:
    ops = _operations()
    settings = QSettings(f"{tmp_path}/s.ini", QSettings.Format.IniFormat)
    page = OrdersPage(shop, CTX, UTC, ops, settings)
    qtbot.addWidget(page)
    return page, ops


def _ids(model: OrdersModel) -> list[str]:
    return [row.order_id for row in model.rows(range(model.rowCount()))]


def _expected(shop: Database, flt: OrderFilter, sort: SortKey, descending: bool) -> list[str]:
    with shop.snapshot() as conn:
        rows = list_orders(conn, flt, NOW, sort=sort, descending=descending, limit=1000)
    return [row.order_id for row in rows]


def test_filter_sort_and_search_arrive_from_a_worker(
    qtbot: QtBot, shop: Database, tmp_path: object
) -> None:
    page, _ops = _page(qtbot, shop, tmp_path)
    model = page.model
    everything = model.rowCount()  # the first rows were read at once
    assert everything > 0 and not model.loading

    page.set_filter(UNSHIPPED)
    assert model.loading  # the rows shown stay until the answer comes
    assert model.rowCount() == everything
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert _ids(model) == _expected(shop, UNSHIPPED, SortKey.PURCHASE_DATE, True)
    assert page.filters.count_label.text() == f"{model.rowCount()} orders"

    page.table.sortByColumn(ORDER_ID, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert _ids(model) == _expected(shop, UNSHIPPED, SortKey.ORDER_ID, False)

    page.filters.search.setText("york")
    page.filters.search.returnPressed.emit()
    # the filter bar's filter (no status ticked there) with the search typed
    york = _expected(shop, OrderFilter(search="york"), SortKey.ORDER_ID, False)
    assert len(york) == 1
    qtbot.waitUntil(lambda: not model.loading and _ids(model) == york, timeout=5000)

    page.filters.search.setText("")
    page.filters.search.returnPressed.emit()
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.rowCount() == everything


def test_an_older_answer_never_overwrites_a_newer_one(
    qtbot: QtBot, shop: Database, tmp_path: object
) -> None:
    page, ops = _page(qtbot, shop, tmp_path)
    model = page.model
    release = threading.Event()
    slow_done = threading.Event()

    def read(db, flt, sort, descending, now, size):  # type: ignore[no-untyped-def]
        if flt.search == "york":  # the older request: still running when the newer ends
            release.wait(5)
            slow_done.set()
        return read_first_page(db, flt, sort, descending, now, size)

    model.loader.read = read
    page.set_filter(OrderFilter(search="york"))
    page.set_filter(UNSHIPPED)
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    unshipped = _expected(shop, UNSHIPPED, SortKey.PURCHASE_DATE, True)
    assert _ids(model) == unshipped

    release.set()  # the older answer arrives last...
    qtbot.waitUntil(lambda: slow_done.is_set() and not ops.busy, timeout=5000)
    assert _ids(model) == unshipped  # ...and is dropped
    with shop.snapshot() as conn:
        assert count_orders(conn, UNSHIPPED, NOW) == model.rowCount()


def test_scrolling_while_a_filter_loads_reads_the_shown_filter(
    qtbot: QtBot, shop: Database, tmp_path: object
) -> None:
    """Rows read for the table while a new filter is on its way belong to the filter shown,
    so the rows and their count always agree."""
    page, _ops = _page(qtbot, shop, tmp_path)
    model = OrdersModel(shop, UTC, clock=clock, page_size=3, operations=_operations())
    model.reload()
    every = _expected(shop, OrderFilter(), SortKey.PURCHASE_DATE, True)
    model.set_filter(UNSHIPPED)
    assert _ids(model) == every  # pages read now still follow the filter shown
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert _ids(model) == _expected(shop, UNSHIPPED, SortKey.PURCHASE_DATE, True)
    del page


def test_selecting_a_row_shows_its_details_from_a_worker(
    qtbot: QtBot, shop: Database, tmp_path: object
) -> None:
    page, _ops = _page(qtbot, shop, tmp_path)
    first = page.model.row_at(0)
    second = page.model.row_at(1)
    assert first is not None and second is not None
    page.table.selectRow(0)
    page.table.selectRow(1)  # before the first answer: only the newest is shown
    qtbot.waitUntil(
        lambda: page.details.view is not None and page.details.view.order_id == second.order_id,
        timeout=5000,
    )
    qtbot.wait(100)
    assert page.details.view is not None and page.details.view.order_id == second.order_id


def test_account_health_reads_off_the_gui_thread_newest_range_wins(
    qtbot: QtBot, shop: Database
) -> None:
    ops = _operations()
    page = HealthPage(shop, clock=clock, operations=ops)
    qtbot.addWidget(page)
    page.refresh()
    assert page.report is None  # nothing read on the GUI thread
    page.set_range(365)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.set_range(None)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10000)
    assert page.report is not None
    assert page.range_box.currentData() is None
    with shop.reading() as session:
        every_day = health_report(session, NOW, days=None)
    assert (page.report.first, page.report.last) == (every_day.first, every_day.last)


def test_after_its_own_write_the_page_reads_off_thread_and_keeps_the_selection(
    qtbot: QtBot, shop: Database, tmp_path: object
) -> None:
    from desktop_app.services.orders import mark_shipped

    page, ops = _page(qtbot, shop, tmp_path)
    model = page.model
    count = model.rowCount()
    row = next(
        n
        for n in range(count)
        if (found := model.row_at(n)) is not None
        and found.status is OrderStatus.UNSHIPPED
        and not found.has_open_request
        and found.channel.value == "MFN"
    )
    order_id = model.row_at(row).order_id  # type: ignore[union-attr]
    page.table.selectRow(row)
    with shop.transaction() as session:
        mark_shipped(session, CTX, order_id)
    page._after_change()  # what a write from this page does next
    assert model.loading and model.row_at(row).status is OrderStatus.UNSHIPPED  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not model.loading and not ops.busy, timeout=5000)
    assert model.rowCount() == count
    assert model.row_at(row).status is OrderStatus.SHIPPED  # type: ignore[union-attr]
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [row]
    qtbot.waitUntil(
        lambda: page.details.view is not None and page.details.view.status is OrderStatus.SHIPPED,
        timeout=5000,
    )
