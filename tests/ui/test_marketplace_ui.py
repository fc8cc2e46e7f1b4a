"""The health page with three marketplaces and the cancel dialog of an eBay order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop_app.db.database import Database
from desktop_app.db.models import Order
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.health.page import HealthPage
from tests.ui.conftest import CTX, NOW, Notes, add_order, clock
from tests.ui.test_cancel_dialog import settle
from tests.ui.test_chart_labels import legend_words

TODAY = NOW.date()


def sell_elsewhere(db: Database) -> None:
    """Six of the shop's orders were sold on eBay and six on Walmart."""
    with db.transaction() as s:
        for n, market in [(n, "eBay") for n in range(6)] + [
            (n, "Walmart.com") for n in range(6, 12)
        ]:
            s.execute(
                update(Order)
                .where(Order.order_id == f"222-0000000-{n:07d}")
                .values(marketplace=market)
            )


def test_one_card_and_one_series_per_marketplace(qtbot: QtBot, shop: Database) -> None:
    sell_elsewhere(shop)
    with shop.transaction() as s:  # one out-of-stock cancel on eBay: a defect, 1 of 6
        cancel_order(s, CTX, CancelRequest("222-0000000-0000000", "NoInventory"))
    page = HealthPage(shop, clock=clock)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.refresh()
    titles = [card.title.text() for card in page.cards]
    assert titles == [
        "Amazon · Cancellation rate (7 days)",
        "eBay · Cancellation defect rate (90 days)",
        "Walmart · Cancellation rate (30 days)",
        "Late shipment rate (10 days)",
        "Late shipment rate (30 days)",
    ]
    amazon, ebay, walmart = page.cards[:3]
    assert ebay.status.text() == "● Over target" and ebay.value.text() == "16.67%"
    assert amazon.status.text() == "● Fine" and walmart.status.text() == "● Fine"
    assert amazon.forecast.text() == (  # 13 Amazon orders: 1 of 13 is over 2.5%
        "Any counted cancellation this week would take you to 2.5% or over."
    )
    assert ebay.forecast.text().startswith("Still over 2% in 28 days")
    assert "Your eBay cancellation defect rate is 16.67%, over target" in page.headline.text()
    assert page.headline.text().startswith("Your eBay")  # the problem comes first
    # what is fine is summed up, each value stays on its card: the banner leaves the chart room
    assert page.headline.text().endswith(" Nothing else is over or close to its target.")
    assert "fine at" not in page.headline.text()
    drawn = page.chart.projection("amazon")
    assert drawn and drawn[0].day > TODAY
    assert "eBay 90-day cancellation defect rate" in legend_words(page.chart.series_legend.text())
    tip = page.chart.tooltip_for(TODAY)
    assert "eBay cancellation defect rate: 16.67% (1 of 6)" in tip

    with shop.transaction() as s:  # back to Amazon only: three cards again
        s.execute(update(Order).values(marketplace="Amazon.co.uk"))
    page.refresh()
    assert (
        len(page.cards) == 3 and page.cards[0].title.text() == "Amazon · Cancellation rate (7 days)"
    )


def test_cancel_dialog_of_an_ebay_order_speaks_ebay(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    sell_elsewhere(shop)
    add_order(shop, "12-34567-89012", items=(("MUG-RED", 1, 1500), ("TEA-GREEN", 1, 800)))
    with shop.transaction() as s:
        s.execute(
            update(Order).where(Order.order_id == "12-34567-89012").values(marketplace="eBay")
        )
    dialog = CancelDialog(shop, "12-34567-89012", CTX, notify=notes)
    qtbot.addWidget(dialog)
    dialog.open()
    settle(qtbot, dialog)
    assert dialog.title.text().startswith("eBay order 12-34567-89012")
    dialog.reason.choose("BuyerCanceled")
    settle(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.counted
    assert "does not count against you" in dialog.forecast.text()  # buyer asked: no defect
    assert "eBay 90-day cancellation defect rate" in dialog.rate.text()
    dialog.reason.choose("NoInventory")
    settle(qtbot, dialog)
    assert dialog.preview.counted
    assert "counts against your cancellation defect rate" in dialog.reason.warning.text()
    assert "over target" in dialog.forecast.text()  # 1 of 7 eBay orders
    mug = min(dialog.qty)
    dialog.qty[mug].setValue(0)  # eBay cancels whole orders only
    settle(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.decision.allowed
    assert "whole orders only" in dialog.preview.decision.why


def test_answering_a_walmart_buyers_request_in_the_dialog(
    qtbot: QtBot, shop: Database, notes: Notes
) -> None:
    """Walmart has no "General adjustment": the dialog's first look must not be refused for it
    (it was: "Walmart has no such cancellation reason"), and the request can be accepted."""
    from desktop_app.services.requests import record_request

    add_order(shop, "W-0000001", items=(("MUG-RED", 1, 1500),))
    with shop.transaction() as s:
        s.execute(update(Order).where(Order.order_id == "W-0000001").values(marketplace="Walmart"))
        record_request(s, CTX, "W-0000001", reason="Ordered twice")
    dialog = CancelDialog(shop, "W-0000001", CTX, notify=notes)
    qtbot.addWidget(dialog)
    dialog.open()
    settle(qtbot, dialog)
    assert dialog.title.text().startswith("Walmart order W-0000001")
    assert "no such cancellation reason" not in dialog.banner.text()
    assert dialog.reason.code() == "BuyerCanceled" and not dialog.reason.combo.isEnabled()
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.cancelled):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    with shop.reading() as s:
        order = s.execute(select(Order).where(Order.order_id == "W-0000001")).scalar_one()
        assert order.status == "Canceled" and not order.cancel_counted
