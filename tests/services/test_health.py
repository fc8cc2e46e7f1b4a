"""The account-health figures on hand-built shops, and the SQL series against a plain reference."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop_app.core.health import HealthStatus
from desktop_app.core.reasons import Initiator, RequestChannel
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import Cancellation, Order, OrderItem
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context, set_setting, shop_day
from desktop_app.services.health import (
    cancellation_costs,
    cancellation_window,
    daily_cancellations,
    health_report,
    late_shipment,
    rate_series,
    top_reasons,
    top_skus,
)
from desktop_app.services.requests import record_request
from desktop_app.services.summary import refresh_summary

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def add_order(
    session: Session,
    order_id: str,
    purchased: datetime,
    *,
    channel: Channel = Channel.MFN,
    status: OrderStatus = OrderStatus.UNSHIPPED,
    items: Sequence[tuple[str, int]] = (("SKU-A", 1),),
    ship_by: datetime | None = None,
    shipped_at: datetime | None = None,
) -> Order:
    """An order written the way the importer and the demo builder write one."""
    item_status = ItemStatus.PENDING if status is OrderStatus.PENDING else ItemStatus.UNSHIPPED
    order = Order(
        order_id=order_id,
        purchase_date=purchased,
        purchase_day=shop_day(session, purchased),
        last_updated=purchased,
        status=status.value,
        channel=channel.value,
        currency="USD",
        latest_ship_date=ship_by,
        shipped_at=shipped_at,
    )
    for n, (sku, qty) in enumerate(items):
        order.items.append(
            OrderItem(
                order_item_id=f"{order_id}-{n}",
                sku=sku,
                product_name=sku,
                status=item_status.value,
                quantity=qty,
                quantity_shipped=0,
                quantity_cancelled=0,
                item_price_minor=1000 * qty,
                item_tax_minor=0,
                shipping_price_minor=0,
                shipping_tax_minor=0,
                promotion_discount_minor=0,
                customised=False,
            )
        )
    refresh_summary(order)
    session.add(order)
    session.flush()
    return order


def ctx_at(moment: datetime) -> Context:
    return Context(actor="test", clock=lambda: moment)


def cancel(
    session: Session, order_id: str, moment: datetime, reason: str = "NoInventory", **kw: object
) -> bool:
    outcome = cancel_order(session, ctx_at(moment), CancelRequest(order_id, reason, **kw))  # type: ignore[arg-type]
    return outcome.counted


def series_by_day(session: Session, first: date, last: date) -> dict[date, tuple[int, int]]:
    return {p.day: (p.counted, p.orders) for p in rate_series(session, first, last)}


# --- the rate, hand-built ----------------------------------------------------------------------


def test_a_day_without_mfn_orders_has_no_rate(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "M-1", at(date(2025, 3, 1)))
        add_order(s, "A-1", at(date(2025, 3, 12)), channel=Channel.AFN)
    with db.reading() as s:
        points = rate_series(s, date(2025, 3, 1), date(2025, 3, 12))
        empty = rate_series(s, date(2024, 1, 1), date(2024, 1, 3))
    by_day = {p.day: p for p in points}
    assert by_day[date(2025, 3, 1)].rate == 0.0
    assert by_day[date(2025, 3, 7)].rate == 0.0  # still in the 7-day window
    assert by_day[date(2025, 3, 8)].rate is None  # no MFN orders in [Mar 2, Mar 8]
    assert by_day[date(2025, 3, 8)].orders == 0
    assert by_day[date(2025, 3, 12)].rate is None  # only an AFN order: still no rate
    assert [p.rate for p in empty] == [None, None, None]


def test_buyer_requested_cancellations_are_left_out(db: Database) -> None:
    day = date(2025, 3, 10)
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(4):
            add_order(s, f"M-{n}", at(day, 8))
        record_request(s, ctx_at(at(day, 9)), "M-0", reason="Ordered by mistake")
        assert not cancel(s, "M-0", at(day, 10), "BuyerCanceled")
    with db.reading() as s:
        assert series_by_day(s, day, day)[day] == (0, 4)
        bars = daily_cancellations(s, day, day)[0]
    assert (bars.seller_counted, bars.buyer_request, bars.buyer_self, bars.amazon) == (0, 1, 0, 0)


def test_the_traps_still_count(db: Database) -> None:
    """Buyer cancelled with no request on record; a request made only in a message."""
    day = date(2025, 3, 10)
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(10):
            add_order(s, f"M-{n}", at(day, 8))
        assert cancel(s, "M-0", at(day, 10), "BuyerCanceled")  # no request on record
        record_request(s, ctx_at(at(day, 9)), "M-1", channel=RequestChannel.MESSAGE)
        assert cancel(s, "M-1", at(day, 10), "BuyerCanceled", message_only_request=True)
        assert cancel(s, "M-2", at(day, 10), "NoInventory")
    with db.reading() as s:
        point = rate_series(s, day, day)[0]
        bars = daily_cancellations(s, day, day)[0]
        assert cancellation_window(s, day) == point
    assert (point.counted, point.orders, point.rate) == (3, 10, 0.3)
    assert bars.seller_counted == 3 and bars.buyer_request == 0


def test_buyer_self_cancel_and_amazon_cancel(db: Database) -> None:
    day = date(2025, 3, 10)
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "P-1", at(day, 8), status=OrderStatus.PENDING)
        add_order(s, "M-1", at(day, 8))
        add_order(s, "A-1", at(day, 8), channel=Channel.AFN)
        assert not cancel(s, "P-1", at(day, 9), "BuyerCanceled", initiator=Initiator.BUYER)
        assert cancel(s, "M-1", at(day, 9), "GeneralAdjustment", initiator=Initiator.AMAZON)
        assert not cancel(s, "A-1", at(day, 9), "GeneralAdjustment", initiator=Initiator.AMAZON)
    with db.reading() as s:
        assert series_by_day(s, day, day)[day] == (1, 2)
        everything = daily_cancellations(s, day, day)[0]
        afn = daily_cancellations(s, day, day, Channel.AFN)[0]
    assert (everything.buyer_self, everything.amazon, everything.amazon_counted) == (1, 2, 1)
    assert everything.counted == 1 and everything.total == 3
    assert (afn.amazon, afn.amazon_counted, afn.total) == (1, 0, 1)


def test_afn_orders_are_left_out(db: Database) -> None:
    day = date(2025, 3, 10)
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "M-1", at(day))
        add_order(s, "M-2", at(day))
        for n in range(5):
            add_order(s, f"A-{n}", at(day), channel=Channel.AFN, status=OrderStatus.PENDING)
        cancel(s, "A-0", at(day, 13), "NoInventory")  # a pending AFN order: seller may cancel
        cancel(s, "M-1", at(day, 13), "NoInventory")
    with db.reading() as s:
        assert series_by_day(s, day, day)[day] == (1, 2)
        assert rate_series(s, day, day, Channel.AFN)[0].counted == 0
        assert rate_series(s, day, day, None)[0].orders == 7


def test_partial_cancellations_count_once_per_order(db: Database) -> None:
    day = date(2025, 3, 10)
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        order = add_order(s, "M-1", at(day), items=(("SKU-A", 2), ("SKU-B", 1)))
        add_order(s, "M-2", at(day))
        first, second = (item.id for item in order.items)
        cancel(s, "M-1", at(day, 13), quantities={first: 1})
        cancel(s, "M-1", at(day, 14), quantities={first: 1})
        cancel(s, "M-1", at(day, 15), quantities={second: 1})
    with db.reading() as s:
        assert series_by_day(s, day, day)[day] == (1, 2)
        assert daily_cancellations(s, day, day)[0].seller_counted == 1
        skus = top_skus(s, day, day)
    assert [(k.sku, k.orders, k.units) for k in skus] == [("SKU-A", 1, 2), ("SKU-B", 1, 1)]


def test_window_edges_at_month_and_year_ends(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "Y-25", at(date(2024, 12, 25)))  # just outside Jan 1's window
        add_order(s, "Y-26", at(date(2024, 12, 26)))  # first day of Jan 1's window
        add_order(s, "Y-31", at(date(2024, 12, 31)))
        add_order(s, "N-01", at(date(2025, 1, 1)))
        add_order(s, "F-22", at(date(2025, 2, 22)))  # outside Mar 1's window (2025: no Feb 29)
        add_order(s, "F-23", at(date(2025, 2, 23)))
        add_order(s, "M-01", at(date(2025, 3, 1)))
        add_order(s, "L-23", at(date(2024, 2, 23)))  # 2024 is a leap year: Mar 1's window
        add_order(s, "L-24", at(date(2024, 2, 24)))  # starts on Feb 24
        for oid in ("Y-25", "Y-26", "F-22", "F-23", "L-23", "L-24"):
            cancel(s, oid, at(date(2025, 3, 2)))
    with db.reading() as s:
        rates = series_by_day(s, date(2024, 12, 31), date(2025, 1, 1))
        assert rates[date(2025, 1, 1)] == (1, 3)  # Dec 26 (counted), Dec 31, Jan 1
        assert rates[date(2024, 12, 31)] == (2, 3)  # Dec 25..31
        assert series_by_day(s, date(2025, 3, 1), date(2025, 3, 1))[date(2025, 3, 1)] == (1, 2)
        assert series_by_day(s, date(2024, 3, 1), date(2024, 3, 1))[date(2024, 3, 1)] == (1, 1)
        assert cancellation_window(s, date(2025, 1, 1)).orders == 3


def test_late_evening_local_time_lands_on_the_right_day(db: Database) -> None:
    la = ZoneInfo("America/Los_Angeles")
    evening = datetime(2025, 3, 31, 22, 45, tzinfo=la)  # 2025-04-01 05:45 UTC
    with db.transaction() as s:
        set_setting(s, "timezone", "America/Los_Angeles")
        late = add_order(s, "M-1", datetime(2025, 3, 31, 23, 30, tzinfo=la))
        add_order(s, "M-2", datetime(2025, 4, 1, 0, 30, tzinfo=la))
        assert late.purchase_day == date(2025, 3, 31)
        cancel(s, "M-1", evening)
    with db.transaction() as s:
        row = s.query(Cancellation).one()
        assert row.cancelled_at.date() == date(2025, 4, 1)  # the UTC day is already the next
        assert row.cancelled_day == date(2025, 3, 31)
        rates = series_by_day(s, date(2025, 3, 31), date(2025, 4, 1))
        bars = {
            b.day: b.seller_counted
            for b in daily_cancellations(s, date(2025, 3, 31), date(2025, 4, 1))
        }
        report = health_report(s, evening, days=7)
    assert rates == {date(2025, 3, 31): (1, 1), date(2025, 4, 1): (1, 2)}
    assert bars == {date(2025, 3, 31): 1, date(2025, 4, 1): 0}
    assert report.today == date(2025, 3, 31) and report.timezone == "America/Los_Angeles"
    assert report.current.value == 1.0


# --- the panel --------------------------------------------------------------------------------


def test_late_shipment_rate_for_10_and_30_days(db: Database) -> None:
    now = NOON
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")

        def ship(oid: str, due_days_ago: float, shipped_hours_after: float | None) -> None:
            due = now - timedelta(days=due_days_ago)
            shipped = (
                None if shipped_hours_after is None else due + timedelta(hours=shipped_hours_after)
            )
            status = OrderStatus.SHIPPED if shipped else OrderStatus.UNSHIPPED
            add_order(
                s, oid, due - timedelta(days=2), status=status, ship_by=due, shipped_at=shipped
            )

        ship("on-time", 2, -3)
        ship("late", 3, 5)
        ship("overdue", 1, None)  # unshipped past its ship-by date: late
        ship("old-late", 20, 4)  # in the 30-day window only
        ship("ancient", 40, 4)  # in neither
        add_order(s, "future", now, ship_by=now + timedelta(days=2))  # not yet due
        add_order(
            s, "afn", now - timedelta(days=3), channel=Channel.AFN, ship_by=now - timedelta(days=1)
        )
        add_order(s, "gone", now - timedelta(days=3), ship_by=now - timedelta(days=1))
        cancel(s, "gone", now - timedelta(days=2))  # cancelled: nothing shipped, left out
    with db.reading() as s:
        ten = late_shipment(s, now, 10)
        thirty = late_shipment(s, now, 30)
        report = health_report(s, now, days=30)
    assert (ten.numerator, ten.denominator) == (2, 3)
    assert (thirty.numerator, thirty.denominator) == (3, 4)
    figures = {(m.metric.key, m.window_days): m for m in report.metrics}
    assert figures[("late_shipment_rate", 30)].value == 0.75
    assert figures[("late_shipment_rate", 30)].status is HealthStatus.OVER_TARGET


def test_panel_costs_reasons_and_json(db: Database) -> None:
    day = NOON.date()
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(50):
            add_order(s, f"M-{n}", NOON - timedelta(hours=n), items=(("SKU-A", 1), ("SKU-B", 2)))
        cancel(s, "M-0", NOON, "NoInventory", cost_minor=150)
        cancel(s, "M-1", NOON, "PricingError", refund_minor=500)
        cancel(s, "M-2", NOON, "NoInventory")
        record_request(s, ctx_at(NOON), "M-3")
        cancel(s, "M-3", NOON, "BuyerCanceled")  # not counted: not in the reasons, but costs
    with db.reading() as s:
        report = health_report(s, NOON, days=30)
        assert top_reasons(s, day, day)[0].label == "No inventory"
        costs = cancellation_costs(s, day, day)
    assert report.current.value == 3 / 50
    assert report.current.status is HealthStatus.OVER_TARGET
    assert [(r.code, r.orders) for r in report.top_reasons] == [
        ("NoInventory", 2),
        ("PricingError", 1),
    ]
    assert [(k.sku, k.orders, k.units) for k in report.top_skus] == [
        ("SKU-B", 3, 6),
        ("SKU-A", 3, 3),
    ]
    (usd,) = costs
    assert usd.cancellations == 4 and usd.costs_minor == 150
    assert usd.refunds_minor == 3000 + 3000 + 500 + 3000
    data = json.loads(json.dumps(report.to_json()))
    assert data["range"] == {"first": "2025-02-09", "last": "2025-03-10", "days": 30}
    assert len(data["series"]) == len(data["cancellations"]) == 30
    assert data["series"][-1] == {"day": "2025-03-10", "counted": 3, "orders": 50, "rate": 0.06}
    assert data["series"][0]["rate"] is None
    assert data["days_over_target"] == ["2025-03-10"]  # the counted orders are all on Mar 10
    assert data["metrics"][0]["status"] == "over target"
    assert data["costs"][0] == {
        "currency": "USD",
        "cancellations": 4,
        "refunds": "95.00",
        "costs": "1.50",
        "total": "96.50",
    }
    rows = report.csv_rows()
    assert rows[0][:4] == ["day", "orders_in_window", "counted_in_window", "rate"]
    assert rows[-1][:5] == ["2025-03-10", "50", "3", "0.060000", "yes"]
    assert len(rows) == 31


def test_all_range_starts_at_the_first_purchase(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        add_order(s, "M-1", at(date(2025, 1, 15)))
    with db.reading() as s:
        report = health_report(s, NOON, days=None)
        empty_custom = health_report(s, NOON, first=date(2025, 3, 1), last=date(2025, 2, 27))
    assert report.first == date(2025, 1, 15) and report.last == NOON.date()
    assert (empty_custom.first, empty_custom.last) == (date(2025, 2, 27), date(2025, 3, 1))


# --- the SQL series against a plain Python reference ------------------------------------------

BASE = date(2024, 12, 20)
rows_strategy = st.lists(
    st.tuples(
        st.integers(0, 30),  # purchase day offset
        st.sampled_from(["MFN", "MFN", "AFN"]),
        st.booleans(),  # cancel_counted
    ),
    max_size=60,
)


def reference(
    rows: list[tuple[int, str, bool]], first: date, last: date, channel: str | None
) -> list[tuple[date, int, int, float | None]]:
    out = []
    day = first
    while day <= last:
        inside = [
            counted
            for offset, ch, counted in rows
            if (channel is None or ch == channel)
            and day - timedelta(days=6) <= BASE + timedelta(days=offset) <= day
        ]
        n, c = len(inside), sum(inside)
        out.append((day, c, n, c / n if n else None))
        day += timedelta(days=1)
    return out


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=rows_strategy,
    start=st.integers(-3, 30),
    length=st.integers(1, 15),
    channel=st.sampled_from(["MFN", "AFN", None]),
)
def test_sql_series_matches_a_plain_python_reference(
    db: Database, rows: list[tuple[int, str, bool]], start: int, length: int, channel: str | None
) -> None:
    first = BASE + timedelta(days=start)
    last = first + timedelta(days=length - 1)
    with db.transaction() as s:
        s.execute(delete(Order))
        if rows:
            s.execute(
                insert(Order),
                [
                    {
                        "order_id": f"H-{n}",
                        "purchase_date": at(BASE + timedelta(days=offset)),
                        "purchase_day": BASE + timedelta(days=offset),
                        "last_updated": at(BASE),
                        "status": "Unshipped",
                        "channel": ch,
                        "currency": "USD",
                        "cancel_counted": counted,
                    }
                    for n, (offset, ch, counted) in enumerate(rows)
                ],
            )
    with db.reading() as s:
        got = rate_series(s, first, last, Channel(channel) if channel else None)
    assert [(p.day, p.counted, p.orders, p.rate) for p in got] == reference(
        rows, first, last, channel
    )
