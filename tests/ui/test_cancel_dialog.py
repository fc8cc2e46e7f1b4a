"""Every path of the cancellation dialog, driven through its widgets, checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db.database import Database
from desktop_app.db.models import AmazonRequest, BuyerRequest, Cancellation, Order, Return, Stock
from desktop_app.services.orders import mark_shipped
from desktop_app.ui.dialogs.cancel import CancelDialog
from tests.ui.conftest import CTX, Notes

ORDER = "111-0000001-0000001"  # MFN unshipped: 2 × MUG-RED, 1 × TEA-GREEN
SHIPPED = "111-0000002-0000002"
AFN = "111-0000003-0000003"
REQUESTED = "111-0000004-0000004"


def open_dialog(qtbot: QtBot, db: Database, order_id: str, notes: Notes) -> CancelDialog:
    dialog = CancelDialog(db, order_id, CTX, notify=notes)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def settle(qtbot: QtBot, dialog: CancelDialog) -> None:
    """Wait for the preview the dialog runs after the seller's last change (debounced, off
    the GUI thread)."""
    qtbot.waitUntil(lambda: dialog.settled, timeout=5000)


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def order_row(db: Database, order_id: str) -> Order:
    with db.reading() as session:
        order = session.execute(select(Order).where(Order.order_id == order_id)).scalar_one()
        _ = list(order.items)
        return order


def test_partial_cancel_no_inventory_zeroes_stock(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, ORDER, notes)
    assert dialog.preview is not None and dialog.preview.decision.allowed
    assert not dialog.confirm_button.isEnabled()  # no reason yet
    assert "Choose a reason" in dialog.problem.text()
    mug, tea = sorted(dialog.qty, key=lambda pk: pk)
    dialog.qty[mug].setValue(1)
    dialog.qty[tea].setValue(0)
    dialog.reason.choose("NoInventory")
    settle(qtbot, dialog)
    assert dialog.zero_stock.isVisible()
    assert not dialog.restock[mug].isChecked()  # No inventory restocks nothing
    assert "MUG-RED" in dialog.zero_stock.text()
    dialog.zero_stock.setChecked(True)
    assert dialog.refund.text() == "15.00"  # what was paid for one mug
    assert "→" in dialog.rate.text() and "2.5%" in dialog.rate.text()
    assert "counts against you" in dialog.rate.text()
    assert "out of stock" in dialog.message.text()
    dialog.note.setText("supplier let us down")
    dialog.cost.setText("1.20")
    with qtbot.waitSignal(dialog.cancelled) as signal:
        click(qtbot, dialog.confirm_button)
    assert signal.args[0].counted

    order = order_row(shop, ORDER)
    assert order.status == "Unshipped"  # partial: one mug and the tea remain
    assert [i.quantity_cancelled for i in order.items] == [1, 0]
    assert order.cancel_counted
    with shop.reading() as session:
        cancellation = session.execute(select(Cancellation)).scalar_one()
        assert (cancellation.reason_code, cancellation.refund_minor) == ("NoInventory", 1500)
        assert (cancellation.cost_minor, cancellation.note) == (120, "supplier let us down")
        # available set to zero: on hand = what open orders reserve (1 here, 1 in the pending order)
        assert session.get(Stock, "MUG-RED").on_hand == 2


def test_buyer_cancelled_without_request_warns_and_counts(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, ORDER, notes)
    dialog.reason.choose("BuyerCanceled")
    settle(qtbot, dialog)
    assert dialog.reason.warning.isVisible()
    assert "still counts" in dialog.reason.warning.text()
    assert all(box.isChecked() for box in dialog.restock.values())  # restocks by default
    dialog.message.edit.setPlainText("Cancelled as you asked.")
    dialog.reason.choose("GeneralAdjustment")
    settle(qtbot, dialog)
    assert dialog.message.text() == "Cancelled as you asked."  # the seller's words stay
    dialog.reason.choose("BuyerCanceled")
    settle(qtbot, dialog)
    click(qtbot, dialog.message.copy_button)
    assert QApplication.clipboard().text() == "Cancelled as you asked."
    with qtbot.waitSignal(dialog.cancelled):
        click(qtbot, dialog.confirm_button)
    order = order_row(shop, ORDER)
    assert order.status == "Canceled" and order.cancel_counted
    with shop.reading() as session:
        assert session.get(Stock, "MUG-RED").on_hand == 10  # restocked: unchanged on hand
        assert session.execute(select(Cancellation.buyer_message)).scalar_one() == (
            "Cancelled as you asked."
        )


def test_shipped_order_is_refused_and_offers_a_return(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, SHIPPED, notes)
    assert "has shipped" in dialog.banner.text()
    assert not dialog.confirm_button.isVisible()
    assert not dialog.editor.isVisible()
    assert dialog.path_button.text() == "Start return and refund"
    click(qtbot, dialog.path_button)  # the first click asks to confirm
    assert "Confirm" in dialog.path_button.text()
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.path_button)
    assert "return and refund" in dialog.banner.text()
    with shop.reading() as session:
        ret = session.execute(select(Return)).scalar_one()
        assert ret.refund_minor == 1500
        assert session.execute(select(Cancellation)).first() is None
    assert order_row(shop, SHIPPED).status == "Shipped"


def test_afn_order_in_the_warehouse_asks_amazon(qtbot: QtBot, shop: Database, notes: Notes) -> None:
    dialog = open_dialog(qtbot, shop, AFN, notes)
    assert "only Amazon can cancel" in dialog.banner.text()
    assert dialog.path_button.text() == "Ask Amazon to cancel"
    dialog.path_note.setText("Buyer wrote to us")
    click(qtbot, dialog.path_button)
    qtbot.waitUntil(lambda: "recorded" in dialog.banner.text(), timeout=5000)
    with shop.reading() as session:
        request = session.execute(select(AmazonRequest)).scalar_one()
        assert (request.note, request.state) == ("Buyer wrote to us", "open")
        assert session.execute(select(Cancellation)).first() is None
    assert order_row(shop, AFN).status == "Unshipped"


def test_answering_a_buyer_request_does_not_count(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, REQUESTED, notes)
    assert "buyer asked" in dialog.banner.text().lower()
    assert dialog.reason.code() == "BuyerCanceled"
    assert not dialog.reason.combo.isEnabled()
    assert not dialog.reason.warning.isVisible()
    assert dialog.confirm_button.text() == "Accept buyer's request"
    assert "does not count" in dialog.rate.text()
    with qtbot.waitSignal(dialog.cancelled):
        click(qtbot, dialog.confirm_button)
    order = order_row(shop, REQUESTED)
    assert order.status == "Canceled"
    assert not order.cancel_counted and not order.has_open_request
    with shop.reading() as session:
        assert session.execute(select(BuyerRequest.state)).scalar_one() == "accepted"
        assert session.execute(select(Cancellation.counted)).scalar_one() is False


def test_stale_order_shows_a_message_and_refreshes(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, ORDER, notes)
    dialog.reason.choose("PricingError")
    settle(qtbot, dialog)
    with shop.transaction() as session:  # someone ships it meanwhile
        mark_shipped(session, CTX, ORDER)
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.confirm_button)
    assert "changed since you opened it" in dialog.banner.text()
    assert dialog.isVisible()
    assert dialog.path_button.text() == "Start return and refund"  # the refreshed view
    with shop.reading() as session:
        assert session.execute(select(Cancellation)).first() is None
    assert order_row(shop, ORDER).status == "Shipped"
