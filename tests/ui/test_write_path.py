"""One write path in the window: every write the window makes runs off the GUI thread, a
refusal comes back as a message, and the window hears that something changed. With the
guard installed, a service write on the GUI thread fails the test."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import AmazonRequest, BuyerRequest, Cancellation, Order, Return, Stock
from desktop_app.services.orders import mark_shipped
from desktop_app.services.returns import start_return
from desktop_app.services.shop_settings import get_setting
from desktop_app.ui import write_guard
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import CTX, Notes, add_order
from tests.ui.test_cancel_dialog import settle
from tests.ui.test_main_window import make_window, select_rows

ORDER = "111-0000001-0000001"
AFN = "111-0000003-0000003"
REQUESTED = "111-0000004-0000004"
SPARE = "222-0000000-0000005"


@pytest.fixture
def guarded() -> Iterator[None]:
    stop = write_guard.install()
    yield
    stop()


def test_the_guard_refuses_a_write_on_the_gui_thread(
    qtbot: QtBot, shop: Database, guarded: None
) -> None:
    with pytest.raises(write_guard.WriteOnGuiThread), shop.transaction() as session:
        mark_shipped(session, CTX, SPARE)
    errors: list[BaseException] = []

    def elsewhere() -> None:
        try:
            with shop.transaction() as session:
                mark_shipped(session, CTX, SPARE)
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(10)
    assert errors == []


def _window(qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes) -> MainWindow:
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)
    return window


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)


def _count(db: Database, model: type, **where: object) -> int:
    with db.reading() as s:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return len(s.execute(query).all())


def test_every_write_of_the_window_runs_off_the_gui_thread(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, guarded: None
) -> None:
    with write_guard_paused():  # the shop as the test finds it
        add_order(shop, "111-0000009-0000009", shipped=True, status=OrderStatus.SHIPPED)
        with shop.transaction() as session:
            start_return(session, CTX, "111-0000009-0000009")
    window = _window(qtbot, shop, settings, notes)
    heard: list[str] = []
    window.operations.wrote.connect(heard.append)

    # Orders: mark shipped
    select_rows(window, [SPARE])
    window.orders_page.ship_selected()
    qtbot.waitUntil(lambda: _count(shop, Order, order_id=SPARE, status="Shipped") == 1)
    _idle(qtbot, window)

    # the cancel dialog: cancel, and ask Amazon
    dialog = CancelDialog(shop, ORDER, CTX, notify=notes, operations=window.operations)
    qtbot.addWidget(dialog)
    dialog.reason.choose("NoInventory")
    settle(qtbot, dialog)
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        dialog.confirm_button.click()
    amazon = CancelDialog(shop, AFN, CTX, notify=notes, operations=window.operations)
    qtbot.addWidget(amazon)
    amazon.path_button.click()
    qtbot.waitUntil(lambda: _count(shop, AmazonRequest) == 1, timeout=10_000)

    # Requests: accept the open request
    page = window.requests_page
    window.show_page(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_row(0)
    page.accept_selected()
    qtbot.waitUntil(lambda: _count(shop, BuyerRequest, state="accepted") == 1, timeout=10_000)

    # Returns: mark received
    returns = window.returns_page
    returns.refresh()
    qtbot.waitUntil(lambda: returns.model.rowCount() == 1, timeout=5000)
    returns.table.selectRow(0)
    returns.receive(restock=True)
    qtbot.waitUntil(lambda: _count(shop, Return, state="received") == 1, timeout=10_000)

    # Stock: a count
    window.stock_page.set_count("SOCKS-BLUE", 42)
    qtbot.waitUntil(lambda: _stock(shop, "SOCKS-BLUE") == 42, timeout=10_000)

    # Settings: the time zone
    window.change_zone("Europe/Berlin")
    _idle(qtbot, window)
    with shop.snapshot() as conn:
        assert get_setting(conn, "timezone") == "Europe/Berlin"

    assert {"ship", "cancel", "ask_amazon", "request", "return", "stock"} <= set(heard)
    assert _count(shop, Cancellation) == 2  # the order, and the request accepted
    assert not [m for m in notes.messages if m[2]], notes.messages  # no error shown


def _stock(db: Database, sku: str) -> int:
    with db.reading() as s:
        row = s.get(Stock, sku)
        return row.on_hand if row is not None else -1


class write_guard_paused:
    """Setting up the shop from the test itself (on the GUI thread) is not the window."""

    def __enter__(self) -> None:
        from desktop_app.db import database

        self._saved = list(database._write_guards)
        database._write_guards.clear()

    def __exit__(self, *_exc: object) -> None:
        from desktop_app.db import database

        database._write_guards.extend(self._saved)


def test_a_refusal_comes_back_as_a_message(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, guarded: None
) -> None:
    window = _window(qtbot, shop, settings, notes)
    window.orders_page._ship(AFN)  # Amazon ships FBA orders: refused
    qtbot.waitUntil(lambda: "fulfilled by Amazon" in notes.last, timeout=10_000)
    assert _count(shop, Order, order_id=AFN, status="Unshipped") == 1
