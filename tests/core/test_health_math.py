"""Account-health metrics: targets as data, status at the edges, rates and rolling windows."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.health import (
    CANCELLATION_RATE,
    LATE_SHIPMENT_RATE,
    METRICS,
    ON_TIME_DELIVERY_RATE,
    ORDER_DEFECT_RATE,
    VALID_TRACKING_RATE,
    Comparison,
    DailyRate,
    HealthStatus,
    Metric,
    days_over,
    rate,
    rolling_series,
)

FINE, AT_RISK, OVER, NO_DATA = (
    HealthStatus.FINE,
    HealthStatus.AT_RISK,
    HealthStatus.OVER_TARGET,
    HealthStatus.NO_DATA,
)


def test_targets_and_windows_match_the_domain() -> None:
    assert CANCELLATION_RATE.windows == (7,)
    assert CANCELLATION_RATE.target == 0.025
    assert CANCELLATION_RATE.comparison is Comparison.BELOW
    assert CANCELLATION_RATE.mfn_only
    assert LATE_SHIPMENT_RATE.windows == (10, 30)
    assert LATE_SHIPMENT_RATE.target == 0.04
    assert ORDER_DEFECT_RATE.windows == (60,)
    assert ORDER_DEFECT_RATE.target == 0.01
    assert VALID_TRACKING_RATE.windows == (7, 30)
    assert VALID_TRACKING_RATE.comparison is Comparison.AT_LEAST
    assert ON_TIME_DELIVERY_RATE.windows == (14,)
    assert len({m.key for m in METRICS}) == len(METRICS) == 5


@pytest.mark.parametrize(
    ("metric", "text"),
    [
        (CANCELLATION_RATE, "under 2.5%"),
        (LATE_SHIPMENT_RATE, "under 4%"),
        (ORDER_DEFECT_RATE, "under 1%"),
        (VALID_TRACKING_RATE, "at least 95%"),
        (ON_TIME_DELIVERY_RATE, "at least 97%"),
    ],
)
def test_target_text(metric: Metric, text: str) -> None:
    assert metric.target_text == text


def test_no_orders_means_no_rate_not_zero() -> None:
    assert rate(0, 0) is None
    assert rate(0, 12) == 0.0
    assert rate(3, 12) == 0.25
    assert DailyRate(date(2024, 3, 1), 0, 0).rate is None
    for metric in METRICS:
        assert metric.status(rate(0, 0)) is NO_DATA


EDGES = [
    # cancellation rate: under 2.5%, at risk from 2%
    (CANCELLATION_RATE, 0, 10, FINE),
    (CANCELLATION_RATE, 1, 51, FINE),
    (CANCELLATION_RATE, 24, 1000, AT_RISK),
    (CANCELLATION_RATE, 1, 40, OVER),
    (CANCELLATION_RATE, 25, 1000, OVER),
    (CANCELLATION_RATE, 7, 7, OVER),
    # late shipment: under 4%, at risk from 3.2%
    (LATE_SHIPMENT_RATE, 31, 1000, FINE),
    (LATE_SHIPMENT_RATE, 4, 125, AT_RISK),
    (LATE_SHIPMENT_RATE, 39, 1000, AT_RISK),
    (LATE_SHIPMENT_RATE, 1, 25, OVER),
    # order defects: under 1%, at risk from 0.8%
    (ORDER_DEFECT_RATE, 7, 1000, FINE),
    (ORDER_DEFECT_RATE, 1, 125, AT_RISK),
    (ORDER_DEFECT_RATE, 1, 100, OVER),
    # valid tracking: at least 95%, at risk below 96%
    (VALID_TRACKING_RATE, 100, 100, FINE),
    (VALID_TRACKING_RATE, 96, 100, FINE),
    (VALID_TRACKING_RATE, 959, 1000, AT_RISK),
    (VALID_TRACKING_RATE, 95, 100, AT_RISK),
    (VALID_TRACKING_RATE, 94, 100, OVER),
    (VALID_TRACKING_RATE, 0, 10, OVER),
    # on-time delivery: at least 97%, at risk below 97.6%
    (ON_TIME_DELIVERY_RATE, 976, 1000, FINE),
    (ON_TIME_DELIVERY_RATE, 975, 1000, AT_RISK),
    (ON_TIME_DELIVERY_RATE, 97, 100, AT_RISK),
    (ON_TIME_DELIVERY_RATE, 969, 1000, OVER),
]


@pytest.mark.parametrize(
    ("metric", "counted", "orders", "expected"),
    EDGES,
    ids=[f"{m.key}-{c}/{o}" for m, c, o, _ in EDGES],
)
def test_status_at_the_edges(
    metric: Metric, counted: int, orders: int, expected: HealthStatus
) -> None:
    assert metric.status(rate(counted, orders)) is expected


@pytest.mark.parametrize(("counted", "orders"), [(1, 50), (2, 100), (20, 1000)])
def test_cancellation_rate_of_exactly_two_percent_is_at_risk(counted: int, orders: int) -> None:
    assert CANCELLATION_RATE.status(rate(counted, orders)) is AT_RISK


def reference_status(metric: Metric, counted: int, orders: int) -> HealthStatus:
    """The documented rule, in exact arithmetic on the decimal targets."""
    if orders == 0:
        return NO_DATA
    value = Fraction(counted, orders)
    target = Fraction(str(metric.target))
    margin = Fraction(str(metric.at_risk_margin))
    if metric.comparison is Comparison.BELOW:
        if value >= target:
            return OVER
        return AT_RISK if value >= target * margin else FINE
    if value < target:
        return OVER
    return AT_RISK if value < target + (1 - target) * (1 - margin) else FINE


@given(
    metric=st.sampled_from(METRICS),
    orders=st.integers(0, 5000),
    data=st.data(),
)
def test_status_matches_the_exact_rule(metric: Metric, orders: int, data: st.DataObject) -> None:
    counted = data.draw(st.integers(0, orders))
    assert metric.status(rate(counted, orders)) is reference_status(metric, counted, orders)


# --- rolling windows ---------------------------------------------------------------------------


def brute_force(
    daily: dict[date, tuple[int, int]], first: date, last: date, window: int
) -> list[tuple[date, int, int]]:
    out = []
    day = first
    while day <= last:
        days = [day - timedelta(days=k) for k in range(window)]
        counted = sum(daily.get(d, (0, 0))[0] for d in days)
        orders = sum(daily.get(d, (0, 0))[1] for d in days)
        out.append((day, counted, orders))
        day += timedelta(days=1)
    return out


# first days near month ends, the year end and a leap day
ANCHORS = [date(2023, 12, 31), date(2024, 1, 1), date(2024, 2, 28), date(2024, 3, 1)]
ANCHORS += [date(2024, 4, 30), date(2024, 12, 27), date(2025, 1, 3), date(2023, 2, 27)]


@st.composite
def daily_counts(draw: st.DrawFn) -> tuple[dict[date, tuple[int, int]], date, date, int]:
    anchor = draw(st.sampled_from(ANCHORS))
    first = anchor + timedelta(days=draw(st.integers(-10, 10)))
    last = first + timedelta(days=draw(st.integers(0, 45)))
    window = draw(st.sampled_from([1, 7, 10, 14, 30, 60]))
    span_start = first - timedelta(days=window + 20)
    span = (last - span_start).days + 20
    daily: dict[date, tuple[int, int]] = {}
    for offset in draw(st.lists(st.integers(0, span), max_size=60)):
        orders = draw(st.integers(0, 40))
        counted = draw(st.integers(0, orders))
        daily[span_start + timedelta(days=offset)] = (counted, orders)
    return daily, first, last, window


@given(daily_counts())
def test_rolling_series_matches_brute_force(
    case: tuple[dict[date, tuple[int, int]], date, date, int],
) -> None:
    daily, first, last, window = case
    points = rolling_series(daily, first, last, window)
    assert [(p.day, p.counted, p.orders) for p in points] == brute_force(daily, first, last, window)


def test_seven_day_window_across_the_year_end() -> None:
    daily = {
        date(2023, 12, 25): (5, 5),  # outside every window below
        date(2023, 12, 26): (1, 10),
        date(2023, 12, 31): (1, 10),
        date(2024, 1, 1): (0, 20),
        date(2024, 1, 2): (2, 20),
        date(2024, 1, 5): (0, 0),  # hypothetical empty day
    }
    points = rolling_series(daily, date(2024, 1, 1), date(2024, 1, 3), 7)
    assert [(p.day, p.counted, p.orders) for p in points] == [
        (date(2024, 1, 1), 2, 40),  # Dec 26 .. Jan 1
        (date(2024, 1, 2), 3, 50),  # Dec 27 .. Jan 2: Dec 26 left the window
        (date(2024, 1, 3), 3, 50),
    ]
    assert [p.rate for p in points] == [0.05, 0.06, 0.06]


def test_days_without_orders_have_no_rate_and_are_never_over() -> None:
    daily = {date(2024, 2, 1): (1, 10)}
    points = rolling_series(daily, date(2024, 2, 1), date(2024, 2, 10), 7)
    assert [p.rate for p in points[:7]] == [0.1] * 7
    assert [p.rate for p in points[7:]] == [None] * 3
    assert days_over(points, CANCELLATION_RATE.target) == [
        date(2024, 2, 1) + timedelta(days=k) for k in range(7)
    ]


def test_days_over_includes_the_target_itself() -> None:
    points = [
        DailyRate(date(2024, 5, 1), 1, 40),  # exactly 2.5%: over
        DailyRate(date(2024, 5, 2), 1, 41),  # just under
        DailyRate(date(2024, 5, 3), 0, 0),  # no orders
    ]
    assert days_over(points, CANCELLATION_RATE.target) == [date(2024, 5, 1)]


def test_empty_range_gives_no_points() -> None:
    assert rolling_series({}, date(2024, 1, 2), date(2024, 1, 1), 7) == []
