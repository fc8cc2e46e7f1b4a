"""core.forecast: exact target edges, the weekday projection, and the rolling model."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.forecast import budget, forecast, weekday_volume, with_cancel, within
from desktop_app.core.health import rolling_series

TODAY = date(2025, 3, 12)


def test_within_is_exact_at_the_target() -> None:
    assert not within(1, 40, 0.025)  # exactly 2.5%: over Amazon's "under 2.5%"
    assert within(1, 41, 0.025)
    assert within(1, 50, 0.02, inclusive=True)  # exactly 2%: fine for "2% or less"
    assert not within(1, 50, 0.02)
    assert within(0, 0, 0.025) and not within(1, 0, 0.025)


def test_budget_is_the_last_cancellation_that_stays_within() -> None:
    assert budget(0, 40, 0.025) == 0  # 1/40 is 2.5%: none
    assert budget(0, 41, 0.025) == 1
    assert budget(0, 100, 0.02, inclusive=True) == 2
    assert budget(0, 100, 0.02) == 1
    assert budget(5, 100, 0.025) == 0  # over already: nothing left, never negative
    assert budget(0, 0, 0.025) == 0


def test_weekday_volume_averages_four_weeks_rounding_half_up() -> None:
    daily = {}
    for back in range(1, 29):
        day = TODAY - timedelta(days=back)
        daily[day] = (0, 10 if back <= 14 else 11) if day.weekday() == 0 else (0, 2)
    daily[TODAY] = (0, 999)  # today is not part of the average
    volume = weekday_volume(daily, TODAY)
    assert volume[0] == 11  # (10 + 10 + 11 + 11) / 4 = 10.5: rounds up
    assert volume[1:] == [2] * 6


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 30)), min_size=40, max_size=40),
    st.sampled_from([7, 30, 90]),
)
def test_projection_is_the_rolling_rate_of_the_projected_days(
    days: list[tuple[int, int]], window: int
) -> None:
    """The projection equals core.health.rolling_series over history + projected days."""
    daily = {TODAY - timedelta(days=i): (min(c, o), o) for i, (c, o) in enumerate(days)}
    ahead = forecast(daily, TODAY, window=window, target=0.025)
    extended = dict(daily)
    for p in ahead.projection:
        extended[p.day] = (0, ahead.weekday_orders[p.day.weekday()])
    last = TODAY + timedelta(days=ahead.horizon_days)
    assert rolling_series(extended, TODAY, last, window) == [ahead.current, *ahead.projection]
    firsts = [p.day for p in ahead.projection if within(p.counted, p.orders, 0.025)]
    expected = TODAY if ahead.within_now else (firsts[0] if firsts else None)
    assert ahead.recovery_day == expected


def test_a_cancel_adds_one_counted_on_its_purchase_day_only() -> None:
    daily = {TODAY: (0, 5)}
    assert with_cancel(daily, TODAY) == {TODAY: (1, 5)}
    assert daily == {TODAY: (0, 5)}
