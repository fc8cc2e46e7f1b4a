"""The forecast against the app itself: add the projected days to the shop and ask the app.

Each test builds a shop, asks for the forecast, then really adds the projected orders day by
day (cancelling nothing more) and checks that the rate the app computes for each day is the
forecast's, and that the first day back within target is the forecast's recovery day. The
budget is checked by really cancelling that many orders.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import count

from sqlalchemy.orm import Session

from desktop_app.core.forecast import within
from desktop_app.core.forecast_text import cancel_effect, recovery_sentence
from desktop_app.core.health import DailyRate
from desktop_app.core.marketplaces import AMAZON, EBAY, WALMART, MarketplaceProfile
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.cancellation import CancelRequest, cancel_order, preview_cancel
from desktop_app.services.context import Context, set_setting
from desktop_app.services.forecast import marketplace_forecast
from desktop_app.services.health import health_report, marketplace_health
from tests.factories import make_order

TODAY = date(2025, 3, 12)  # a Wednesday
NOW = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)
MARKET = {"amazon": "Amazon.com", "ebay": "eBay", "walmart": "Walmart.com"}
_ids = count(1)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def add(
    session: Session,
    profile: MarketplaceProfile,
    day: date,
    n: int,
    *,
    channel: Channel = Channel.MFN,
    status: OrderStatus = OrderStatus.SHIPPED,
) -> list[str]:
    ids = []
    for _ in range(n):
        oid = f"{profile.key}-{next(_ids):06d}"
        order = make_order(session, oid, purchased=noon(day), status=status, channel=channel)
        order.marketplace = MARKET[profile.key]
        ids.append(oid)
    session.flush()
    return ids


def cancel(session: Session, order_id: str, moment: datetime, reason: str = "NoInventory") -> None:
    ctx = Context(actor="test", clock=lambda: moment)
    assert cancel_order(session, ctx, CancelRequest(order_id, reason)).counted


def app_rate(session: Session, profile: MarketplaceProfile, day: date) -> DailyRate:
    """What the app says about ``day`` (the health page's card for that marketplace)."""
    (market,) = marketplace_health(session, day, day, day, [profile])
    return DailyRate(day, market.figure.numerator, market.figure.denominator)


def history(session: Session, profile: MarketplaceProfile, per_weekday: list[int]) -> None:
    """35 days of orders before today, a different volume on each weekday, and 3 today."""
    for back in range(1, 36):
        day = TODAY - timedelta(days=back)
        add(session, profile, day, per_weekday[day.weekday()])
    add(session, profile, TODAY, 3)


def replay(db: Database, profile: MarketplaceProfile) -> None:
    """Ask the forecast, add its projected days to the shop, compare with the app, day by day."""
    with db.reading() as s:
        ahead = marketplace_forecast(s, profile, TODAY)
    assert ahead.current == app_rate_read(db, profile, TODAY)
    recovered = TODAY if ahead.within_now else None
    for point in ahead.projection:
        with db.transaction() as s:
            add(s, profile, point.day, ahead.weekday_orders[point.day.weekday()])
            got = app_rate(s, profile, point.day)
        assert got == point, f"{profile.name} on {point.day}: app {got}, forecast {point}"
        inside = within(got.counted, got.orders, profile.metric.target, inclusive=profile.inclusive)
        if recovered is None and inside:
            recovered = point.day
    assert recovered == ahead.recovery_day


def app_rate_read(db: Database, profile: MarketplaceProfile, day: date) -> DailyRate:
    with db.reading() as s:
        return app_rate(s, profile, day)


def test_amazon_over_target_recovers_on_the_day_the_app_agrees(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        history(s, AMAZON, [6, 5, 7, 8, 9, 3, 2])
        for back in (1, 2, 4):  # three counted cancellations, purchased 1, 2 and 4 days ago
            (oid,) = add(s, AMAZON, TODAY - timedelta(days=back), 1, status=OrderStatus.UNSHIPPED)
            cancel(s, oid, NOW - timedelta(hours=1))
        (oid,) = add(s, AMAZON, TODAY - timedelta(days=6), 1, status=OrderStatus.UNSHIPPED)
        cancel(s, oid, NOW - timedelta(hours=1))
    with db.reading() as s:
        ahead = marketplace_forecast(s, AMAZON, TODAY)
    assert not ahead.within_now and ahead.current.counted == 4
    assert ahead.weekday_orders == (6, 5, 7, 8, 9, 3, 2)
    assert ahead.recovery_day is not None and TODAY < ahead.recovery_day <= TODAY + timedelta(7)
    assert ahead.budget == 0
    sentence = recovery_sentence(ahead, AMAZON)
    assert sentence.startswith("Back under 2.5% on ") and "cancel nothing more" in sentence
    replay(db, AMAZON)


def test_walmart_never_recovers_within_the_horizon(db: Database) -> None:
    """Cancellations of today's orders stay 30 days in Walmart's rate: longer than 28 days."""
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        history(s, WALMART, [3, 2, 2, 3, 4, 1, 1])
        for oid in add(s, WALMART, TODAY, 3, status=OrderStatus.UNSHIPPED):
            cancel(s, oid, NOW)
    with db.reading() as s:
        ahead = marketplace_forecast(s, WALMART, TODAY)
    assert ahead.recovery_day is None and ahead.horizon_days == 28
    assert recovery_sentence(ahead, WALMART).startswith("Still over 2% in 28 days")
    replay(db, WALMART)
    with db.reading() as s:  # 28 days on, the app still has it over target
        last = app_rate(s, WALMART, TODAY + timedelta(days=28))
    assert not within(last.counted, last.orders, 0.02, inclusive=True)


def test_a_shop_without_orders_has_nothing_to_forecast(db: Database) -> None:
    with db.reading() as s:
        ahead = marketplace_forecast(s, AMAZON, TODAY)
    assert ahead.current == DailyRate(TODAY, 0, 0)
    assert ahead.budget == 0 and ahead.recovery_day == TODAY
    assert ahead.weekday_orders == (0,) * 7
    assert all(p.orders == 0 and p.rate is None for p in ahead.projection)
    assert recovery_sentence(ahead, AMAZON).startswith("No orders in the last 7 days")
    replay(db, AMAZON)
    with db.reading() as s:
        report = health_report(s, NOW)
    assert report.marketplaces == [] and report.to_json()["forecast"] == {}


def test_the_budget_is_exactly_what_the_window_takes(db: Database) -> None:
    """Cancel the budget: still under target; one more and the app says over target."""
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        history(s, AMAZON, [8, 8, 8, 8, 8, 8, 8])  # 7 days: 6 x 8 + 3 today = 51
        spare = add(s, AMAZON, TODAY, 5, status=OrderStatus.UNSHIPPED)  # 56 in the window
    with db.reading() as s:
        ahead = marketplace_forecast(s, AMAZON, TODAY)
    assert ahead.current.orders == 56 and ahead.budget == 1  # 1/56 = 1.8%, 2/56 = 3.6%
    assert recovery_sentence(ahead, AMAZON) == (
        "You can cancel 1 more order this week and stay under 2.5%."
    )
    with db.transaction() as s:
        cancel(s, spare[0], NOW)
    with db.reading() as s:
        assert app_rate(s, AMAZON, TODAY).rate < 0.025  # type: ignore[operator]
        preview = preview_cancel(s, CancelRequest(spare[1], "NoInventory"), NOW)
    assert preview.forecast is not None
    assert preview.forecast.before.budget == 0 and preview.forecast.after.recovery_day is not None
    assert "puts your Amazon cancellation rate over target" in cancel_effect(
        preview.forecast.before, preview.forecast.after, AMAZON, adds=True
    )
    with db.transaction() as s:
        cancel(s, spare[1], NOW)
    with db.reading() as s:
        assert app_rate(s, AMAZON, TODAY).rate >= 0.025  # type: ignore[operator]


def test_each_marketplace_has_its_own_card_series_and_forecast(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for profile in (AMAZON, EBAY, WALMART):
            history(s, profile, [3, 3, 3, 3, 3, 3, 3])
        (ebay_order,) = add(s, EBAY, TODAY, 1, status=OrderStatus.UNSHIPPED)
        cancel(s, ebay_order, NOW)  # out of stock on eBay: a defect
        add(s, WALMART, TODAY, 4, channel=Channel.AFN)  # WFS orders: not judged
    with db.reading() as s:
        report = health_report(s, NOW, days=30)
    data = report.to_json()
    assert [m["key"] for m in data["marketplaces"]] == ["amazon", "ebay", "walmart"]
    assert set(data["forecast"]) == {"amazon", "ebay", "walmart"}
    ebay = report.marketplace("ebay")
    walmart = report.marketplace("walmart")
    amazon = report.marketplace("amazon")
    assert ebay and walmart and amazon
    assert ebay.figure.window_days == 90 and ebay.figure.numerator == 1
    assert walmart.figure.window_days == 30 and walmart.figure.denominator == 29 * 3 + 3
    assert amazon.figure.numerator == 0 and amazon.figure.denominator == 6 * 3 + 3
    assert report.current.denominator == amazon.figure.denominator  # Amazon's panel: Amazon only
    assert len(ebay.series) == 30 and ebay.series[-1].counted == 1
    assert data["forecast"]["ebay"]["budget"] == ebay.forecast.budget
    assert data["forecast"]["amazon"]["assumptions"]["history_days"] == 28


def test_a_wfs_order_is_walmarts_to_cancel(db: Database) -> None:
    """The profile's path reaches the services: Walmart's warehouse order, asked of Walmart."""
    from sqlalchemy import select

    from desktop_app.core.policy import Path
    from desktop_app.db.models import AuditEvent
    from desktop_app.services.cancellation import path_of
    from desktop_app.services.requests import ask_amazon

    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        (oid,) = add(s, WALMART, TODAY, 1, channel=Channel.AFN, status=OrderStatus.UNSHIPPED)
    with db.reading() as s:
        assert path_of(s, oid) is Path.ASK_AMAZON
        preview = preview_cancel(s, CancelRequest(oid, "NoInventory"), NOW)
    assert not preview.decision.allowed and "only Walmart can cancel" in preview.decision.why
    assert preview.profile.action_label(preview.decision.path) == "Ask Walmart to cancel"
    with db.transaction() as s:
        ask_amazon(s, Context(actor="test", clock=lambda: NOW), oid)
    with db.reading() as s:
        summaries = s.execute(select(AuditEvent.summary)).scalars().all()
    assert "Asked Walmart to cancel." in summaries
