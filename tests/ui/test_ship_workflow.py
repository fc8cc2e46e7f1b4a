"""Mark shipped in the window: an open buyer request is declined first (the window asks for
the reason), and an FBA order cannot be marked shipped."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db.database import Database
from desktop_app.db.models import BuyerRequest, Order
from desktop_app.ui.dialogs.ship import DeclineAndShipDialog
from tests.ui.conftest import Notes
from tests.ui.test_main_window import make_window, select_rows

REQUESTED = "111-0000004-0000004"
FBA = "111-0000003-0000003"


def _status(db: Database, order_id: str) -> str:
    with db.reading() as s:
        return str(s.execute(select(Order.status).where(Order.order_id == order_id)).scalar())


def test_ship_with_an_open_request_asks_to_decline_it_first(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() > 0, timeout=5000)
    select_rows(window, [REQUESTED])
    window.orders_page.ship_selected()
    qtbot.waitUntil(
        lambda: isinstance(window.orders_page.dialog, DeclineAndShipDialog), timeout=5000
    )
    dialog = window.orders_page.dialog
    assert isinstance(dialog, DeclineAndShipDialog)
    assert _status(shop, REQUESTED) == "Unshipped"  # nothing shipped while the seller decides
    assert not dialog.confirm.isEnabled()  # a reason first
    dialog.reason.setText("It had already left the warehouse.")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: _status(shop, REQUESTED) == "Shipped", timeout=5000)
    with shop.reading() as s:
        request = s.execute(select(BuyerRequest)).scalar_one()
        assert request.state == "declined"
        assert request.answer_note == "It had already left the warehouse."


def test_an_fba_order_cannot_be_marked_shipped_in_the_window(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() > 0, timeout=5000)
    rows = [r for r in (window.orders_page.model.row_at(i)
                        for i in range(window.orders_page.model.rowCount()))
            if r is not None and r.order_id == FBA]  # fmt: skip
    menu = window.orders_page.build_menu(rows)
    ship = next(a for a in menu.actions() if a.text() == "Mark shipped")
    assert not ship.isEnabled()
    window.orders_page._ship(FBA)
    qtbot.waitUntil(lambda: "fulfilled by Amazon" in notes.last, timeout=5000)
    assert _status(shop, FBA) == "Unshipped"
