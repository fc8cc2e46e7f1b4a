"""The daily bars: each category means what it says, on hand-built days."""

from __future__ import annotations

from datetime import date

from desktop_app.core.reasons import Initiator
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.context import set_setting
from desktop_app.services.health import daily_cancellations, health_report
from desktop_app.services.requests import record_request
from tests.services.test_health import add_order, at, cancel, ctx_at

DAY = date(2025, 3, 10)


def _bars(db: Database, channel: Channel | None = None) -> dict[str, int]:
    with db.reading() as s:
        bars = daily_cancellations(s, DAY, DAY, channel)[0]
    return {
        "seller_counted": bars.seller_counted,
        "seller_not_counted": bars.seller_not_counted,
        "buyer_request": bars.buyer_request,
        "buyer_self": bars.buyer_self,
        "amazon": bars.amazon,
        "total": bars.total,
    }


def test_an_fba_order_the_seller_cancelled_is_not_a_buyer_request(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "A-1", at(DAY, 8), channel=Channel.AFN, status=OrderStatus.PENDING)
        assert not cancel(s, "A-1", at(DAY, 9), "NoInventory")  # FBA: not in the rate
    assert _bars(db) == {
        "seller_counted": 0, "seller_not_counted": 1, "buyer_request": 0,
        "buyer_self": 0, "amazon": 0, "total": 1,
    }  # fmt: skip


def test_each_category_on_one_day(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(3):
            add_order(s, f"M-{n}", at(DAY, 8))
        add_order(s, "P-1", at(DAY, 8), status=OrderStatus.PENDING)
        add_order(s, "A-1", at(DAY, 8), channel=Channel.AFN, status=OrderStatus.PENDING)
        add_order(s, "A-2", at(DAY, 8), channel=Channel.AFN)
        assert cancel(s, "M-0", at(DAY, 10), "NoInventory")  # seller, counted
        record_request(s, ctx_at(at(DAY, 9)), "M-1", reason="Ordered twice")
        assert not cancel(s, "M-1", at(DAY, 10), "BuyerCanceled")  # on the buyer's request
        assert not cancel(s, "P-1", at(DAY, 10), "BuyerCanceled", initiator=Initiator.BUYER)
        assert not cancel(s, "A-1", at(DAY, 10), "PricingError")  # seller, FBA: not counted
        cancel(s, "A-2", at(DAY, 10), "GeneralAdjustment", initiator=Initiator.AMAZON)
    assert _bars(db) == {
        "seller_counted": 1, "seller_not_counted": 1, "buyer_request": 1,
        "buyer_self": 1, "amazon": 1, "total": 5,
    }  # fmt: skip
    with db.reading() as s:
        report = health_report(s, at(DAY, 23), days=1, channel=None)
    day = report.to_json()["cancellations"][0]
    assert (day["seller_not_counted"], day["buyer_request"]) == (1, 1)
    header, row = report.csv_rows()
    assert dict(zip(header, row, strict=True))["seller_not_counted"] == "1"
