"""Buyer requests, returns and stock pages, and their models."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db.database import Database
from desktop_app.db.models import BuyerRequest, Order, Return, Stock
from desktop_app.services.returns import start_return
from desktop_app.ui.errors import describe, report
from desktop_app.ui.operations import Operations
from desktop_app.ui.requests_page import RequestsPage
from desktop_app.ui.returns_page import ReturnsPage
from desktop_app.ui.stock_page import AVAILABLE, ON_HAND, STATE, StockPage
from tests.ui.conftest import CTX, Notes


def ops(notes: Notes) -> Operations:
    return Operations(lambda error: report(None, error, notes))


def test_requests_oldest_first_with_warning_and_accept(
    qtbot: QtBot,
    shop: Database,
    notes: Notes,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page = RequestsPage(shop, CTX, UTC, ops(notes), notify=notes)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    age = page.model.data(page.model.index(0, 1))
    assert age.startswith("1 day 4 h") and "over 24 h" in age
    page.select_row(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.accept_button.click()
    assert "does not count" in page.outcome.text()
    with shop.reading() as session:
        assert session.execute(select(BuyerRequest.state)).scalar_one() == "accepted"
        status = session.execute(
            select(Order.status).where(Order.order_id == "111-0000004-0000004")
        ).scalar_one()
        assert status == "Canceled"


def test_decline_a_request_with_a_reason(qtbot: QtBot, shop: Database, notes: Notes) -> None:
    page = RequestsPage(shop, CTX, UTC, ops(notes), notify=notes)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.select_row(0)
    page.decline_button.click()
    dialog = page.decline_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.why.setCurrentText("Already with the carrier.")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok.click()
    assert page.model.rowCount() == 0
    with shop.reading() as session:
        request = session.execute(select(BuyerRequest)).scalar_one()
        assert (request.state, request.answer_note) == ("declined", "Already with the carrier.")


def test_returns_page_receives_and_restocks(
    qtbot: QtBot,
    shop: Database,
    notes: Notes,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    with shop.transaction() as session:
        start_return(session, CTX, "111-0000002-0000002", reason="Arrived broken")
    page = ReturnsPage(shop, CTX, UTC, ops(notes), notify=notes)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, 6)) == "Waiting for the goods"
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.receive_restock.click()
    assert page.model.data(page.model.index(0, 6)) == "Received"
    with shop.reading() as session:
        assert session.execute(select(Return.restocked)).scalar_one() is True
        assert session.get(Stock, "MUG-RED").on_hand == 11


def test_stock_page_edits_on_hand_and_flags_oversold(
    qtbot: QtBot,
    shop: Database,
    notes: Notes,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page = StockPage(shop, CTX, ops(notes), notify=notes)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtmodeltester.check(page.model)
    skus = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    socks = skus.index("SOCKS-BLUE")  # 20 reserved, 10 on hand
    assert page.model.data(page.model.index(socks, AVAILABLE)) == "-10"
    assert page.model.data(page.model.index(socks, STATE)) == "Oversold by 10"
    assert (
        page.model.data(page.model.index(socks, STATE), Qt.ItemDataRole.ForegroundRole) is not None
    )
    index = page.model.index(socks, ON_HAND)
    assert page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.model.setData(index, 25)
    with shop.reading() as session:
        assert session.get(Stock, "SOCKS-BLUE").on_hand == 25
    socks = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())].index(
        "SOCKS-BLUE"
    )
    assert page.model.data(page.model.index(socks, STATE)) == ""


def test_unexpected_errors_are_one_sentence_with_the_log(qtbot: QtBot, notes: Notes) -> None:
    operations = ops(notes)

    def boom(_progress: object) -> None:
        raise RuntimeError("disk on fire")

    with qtbot.waitSignal(operations.idle, timeout=5000):
        operations.run(boom, lambda _r: None)
    text = notes.last
    assert "RuntimeError" in text and "seller-desk.log" in text
    assert "Traceback" not in text
    assert describe(ValueError("x")).count(".") >= 1
