"""`cancel --json` gives the forecast after the cancel; `health --json` a block per marketplace."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.context import set_setting
from tests.factories import make_order


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def shop(db: Database) -> Database:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(30):
            market = "eBay" if n % 3 == 0 else "Amazon.com"
            order = make_order(s, f"ORD-{n:03d}", status=OrderStatus.UNSHIPPED)
            order.marketplace = market
    return db


def test_cancel_json_has_the_forecast_after_the_cancel(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(
        capsys, "cancel", "ORD-000", "--reason", "NoInventory", "--json", "--db", shop.url
    )
    data = json.loads(out)
    assert code == 0 and data["cancelled"] and data["counted"]
    assert data["marketplace"] == "ebay"
    fc = data["forecast"]
    assert fc["adds_to_rate"] and fc["before"]["orders"] == 10 and fc["after"]["counted"] == 1
    assert fc["before"]["window_days"] == 90 and fc["before"]["target_inclusive"]
    assert fc["after"]["within_target_now"] is False  # 1 of 10 eBay orders: 10%
    assert fc["after"]["recovery_day"] is None  # 90 days in the rate: beyond the 28-day horizon
    assert "orders_per_weekday" in fc["assumptions"]

    code, out = _run(capsys, "health", "--json", "--db", shop.url)
    health = json.loads(out)
    assert set(health["forecast"]) == {"amazon", "ebay"}
    ebay = {m["key"]: m for m in health["marketplaces"]}["ebay"]
    assert ebay["metric"]["numerator"] == 1 and ebay["metric"]["denominator"] == 10
    assert health["forecast"]["amazon"]["budget"] == 0  # 20 orders: 1/20 is 5%
    assert health["forecast"]["ebay"] == ebay["forecast"]


def test_buyer_asked_on_ebay_does_not_count_and_text_says_so(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, "cancel", "ORD-003", "--reason", "BuyerCanceled", "--db", shop.url)
    assert code == 0
    assert "does not count against you" in out
    assert "does not change your eBay cancellation defect rate" in out
    code, out = _run(capsys, "health", "--db", shop.url)
    assert "eBay: Cancellation defect rate (90 days)" in out
    assert "Amazon: Cancellation rate (7 days)" in out
