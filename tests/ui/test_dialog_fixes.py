"""The cancel dialogs say what is true: Amazon takes FBA returns; the return path shows its
refund and asks to confirm; the several-orders dialog agrees with itself and drafts each
buyer's message from that order's situation; the message never contradicts the warning;
plurals are right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop_app.cli import main
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.wording import plural
from desktop_app.db.database import Database
from desktop_app.db.models import Cancellation, Order, Return
from desktop_app.ui.dialogs.bulk_cancel import BulkCancelDialog
from desktop_app.ui.operations import Operations
from tests.ui.conftest import CTX, Notes, add_order
from tests.ui.test_cancel_dialog import click, open_dialog, settle

ORDER = "111-0000001-0000001"
SHIPPED = "111-0000002-0000002"
AFN = "111-0000003-0000003"
REQUESTED = "111-0000004-0000004"
FBA_SHIPPED = "333-0000000-0000001"


def _returns(db: Database) -> int:
    with db.reading() as s:
        return len(s.execute(select(Return)).all())


def test_a_shipped_fba_order_points_to_amazons_returns(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    add_order(shop, FBA_SHIPPED, status=OrderStatus.SHIPPED, channel=Channel.AFN, shipped=True)
    dialog = open_dialog(qtbot, shop, FBA_SHIPPED, notes)
    assert "Amazon handles the returns" in dialog.banner.text()
    assert not dialog.path_box.isVisible() and not dialog.path_button.isVisible()
    assert "Mark it received" not in dialog.path_help.text() + dialog.banner.text()
    assert main(["--db", shop.url, "orders"]) == 0  # the shop is readable; nothing started
    assert _returns(shop) == 0


def test_the_return_path_shows_the_refund_and_asks_to_confirm(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, SHIPPED, notes)
    assert "£15.00" in dialog.path_help.text() or "15.00" in dialog.path_help.text()
    assert "does not change your cancellation rate" in dialog.path_help.text()
    click(qtbot, dialog.path_button)
    assert _returns(shop) == 0  # one click starts nothing
    assert "15.00" in dialog.path_button.text()
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.path_button)
    assert _returns(shop) == 1


def test_buyer_cancelled_without_a_request_is_not_drafted_as_requested(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = open_dialog(qtbot, shop, ORDER, notes)
    dialog.reason.choose("BuyerCanceled")
    settle(qtbot, dialog)
    assert dialog.reason.warning.isVisible() and "No buyer cancellation request" in (
        dialog.reason.warning.text()
    )
    assert "as you requested" not in dialog.message.text().lower()
    answered = open_dialog(qtbot, shop, REQUESTED, notes)  # a request on record: it may say so
    assert "as you requested" in answered.message.text().lower()


def _bulk(qtbot: QtBot, shop: Database, ids: list[str]) -> BulkCancelDialog:
    ops = Operations(lambda error: None)
    dialog = BulkCancelDialog(shop, ids, CTX, ops)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.open()
    return dialog


def test_the_several_orders_dialog_agrees_with_itself(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = _bulk(qtbot, shop, [ORDER, SHIPPED, AFN, REQUESTED])
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.reason.choose("NoInventory")
    assert dialog.confirm_button.text() == "Cancel 2 orders"
    assert dialog.windowTitle() == "Cancel 2 of 4 orders"
    assert "2 of 4 orders" in dialog.title.text()
    assert "1 of these cancellations counts" in dialog.rate.text()


def test_each_buyer_gets_the_message_for_their_order(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    dialog = _bulk(qtbot, shop, [ORDER, REQUESTED])
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.reason.choose("NoInventory")
    with qtbot.waitSignal(dialog.finished_all, timeout=10000):
        click(qtbot, dialog.confirm_button)
    with shop.reading() as s:
        messages = dict(
            s.execute(
                select(Order.order_id, Cancellation.buyer_message).join(
                    Order, Order.id == Cancellation.order_pk
                )
            ).all()
        )
    assert "out of stock" in messages[ORDER]
    assert "out of stock" not in messages[REQUESTED]
    assert "as you requested" in messages[REQUESTED].lower()


def test_plurals_in_the_window_and_the_cli(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, capsys: object
) -> None:
    assert plural(1, "order") == "1 order" and plural(2, "order") == "2 orders"
    with shop.transaction() as s:
        s.execute(update(Order).where(Order.order_id != ORDER).values(status="Shipped"))
    assert main(["orders", "--status", "unshipped", "--db", shop.url]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.rstrip().endswith("1 of 1 matching order")
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=5000)
    assert window.count_label.text() == "25 orders"
    window._show_status((1, None, 0))  # what the status bar says of a one-order shop
    assert window.count_label.text() == "1 order"


def test_the_preview_is_debounced_and_runs_off_the_gui_thread(
    qtbot: QtBot, shop: Database, notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop_app.ui.dialogs import cancel as cancel_module

    dialog = open_dialog(qtbot, shop, ORDER, notes)
    threads: list[int] = []
    real = cancel_module.preview_cancel

    def counted(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cancel_module, "preview_cancel", counted)
    mug = min(dialog.qty)
    for value in (0, 1, 2, 1, 0, 1):  # six clicks on the spin box
        dialog.qty[mug].setValue(value)
    settle(qtbot, dialog)
    assert len(threads) == 1  # one query for the six clicks
    assert threads[0] != threading.get_ident()  # not on the GUI thread
    assert dialog.refund.text() == "23.00"  # one mug (15.00) and the tea (8.00)


def test_a_buyer_who_asked_only_in_a_message_gets_no_out_of_stock_note(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    from desktop_app.core.reasons import RequestChannel
    from desktop_app.services.requests import record_request

    asked = "222-0000000-0000001"
    with shop.transaction() as s:
        record_request(s, CTX, asked, reason="Found it cheaper", channel=RequestChannel.MESSAGE)
    dialog = _bulk(qtbot, shop, [ORDER, asked])
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.reason.choose("NoInventory")
    with qtbot.waitSignal(dialog.finished_all, timeout=10000):
        click(qtbot, dialog.confirm_button)
    with shop.reading() as s:
        messages = dict(
            s.execute(
                select(Order.order_id, Cancellation.buyer_message).join(
                    Order, Order.id == Cancellation.order_pk
                )
            ).all()
        )
    assert "out of stock" in messages[ORDER]
    assert "out of stock" not in messages[asked]
