"""The window's first rows are read while the shop opens, off the GUI thread (issue 15's
start-up): the window shows that read, and notices what changed since."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.services.queries import OrderFilter, SortKey
from desktop_app.ui.first_read import read_first, read_first_meanwhile
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.orders.model import TOTAL, OrdersModel
from tests.ui.conftest import CTX, NOW, Notes, add_order


def shown_ids(window: MainWindow) -> list[str]:
    model = window.orders_page.model
    return [row.order_id for row in model.rows(range(model.rowCount()))]


def test_an_order_that_arrives_while_the_shop_opens_is_shown_once_noticed(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    first = read_first_meanwhile(shop, CTX)()
    assert first is not None
    before = first.page.count
    assert before > 0 and len(first.page.rows) == before  # a small shop: one page
    purchased = [row.purchase_date for row in first.page.rows]
    assert purchased == sorted(purchased, reverse=True)  # newest first, as the table opens

    add_order(shop, "111-9999999-9999999", hours_ago=0.1)  # after the read, before the window

    window = MainWindow(settings, notify=notes, check_interval_ms=0)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusRefreshed, timeout=10_000):
        window.attach(shop, CTX, first=first)
    window.show()
    # the table shows what was read while the shop opened ...
    assert window.orders_page.model.rowCount() == before
    assert "111-9999999-9999999" not in shown_ids(window)
    # ... and the watcher's marker was read before those rows: the new order is noticed
    assert window.watcher is not None
    with qtbot.waitSignal(window.watcher.changed, timeout=10_000):
        window.watcher.check()
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() == before + 1, timeout=10_000)
    assert shown_ids(window)[0] == "111-9999999-9999999"


def test_a_read_for_another_filter_or_sort_is_not_shown(shop: Database) -> None:
    first = read_first(shop, CTX)
    assert first is not None
    model = OrdersModel(shop, first.zone, clock=lambda: NOW)
    model.loader.preload(first.page.wanted, (first.page.count, first.page.rows))
    model.sort(TOTAL)  # the seller left the table sorted by total: read, not the newest-first rows
    totals = [row.total_minor for row in model.rows(range(model.rowCount()))]
    assert model.rowCount() == first.page.count
    assert totals == sorted(totals)
    assert model.shown() == (OrderFilter(), SortKey.TOTAL, False)
