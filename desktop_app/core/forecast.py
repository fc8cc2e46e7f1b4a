"""Where a cancellation rate is going: the day it is back within target, and the budget.

Pure arithmetic on per-purchase-day counts ``{day: (counted, orders)}`` (what
``services.health.daily_counts`` returns), so the same numbers come out whatever the database.

The model (every assumption is in :class:`Forecast` and its JSON):
- the rate for day D is counted / orders over the purchase days [D - window + 1, D];
- the seller cancels nothing more: a counted cancellation stays in the rate until its order's
  purchase day leaves the window, and no new one is added;
- orders still to come are projected per weekday from the last ``history_days`` complete days
  (28 by default: four of each weekday), the average rounded to whole orders; today's orders
  are what is on record now (today is not projected again);
- "within target" is exact: ``counted / orders < target`` (``<=`` for an "at most" target),
  compared as fractions so 1 of 40 is exactly 2.5%. No orders and nothing counted is within
  target (there is no rate to be over).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from math import ceil, floor
from typing import Any

from desktop_app.core.health import DailyRate

HISTORY_DAYS = 28  # the volume projection's look-back: four of each weekday
HORIZON_DAYS = 28  # how far ahead the recovery day is looked for
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DayCounts = Mapping[date, tuple[int, int]]


def within(counted: int, orders: int, target: float, *, inclusive: bool = False) -> bool:
    """Is ``counted`` of ``orders`` within ``target`` (strictly under it, or at most it)?"""
    if orders <= 0:
        return counted <= 0
    share, limit = Fraction(counted, orders), Fraction(str(target))
    return share <= limit if inclusive else share < limit


def budget(counted: int, orders: int, target: float, *, inclusive: bool = False) -> int:
    """How many more counted cancellations ``orders`` can take and stay within ``target``."""
    if orders <= 0:
        return 0
    allowed = Fraction(str(target)) * orders
    most = floor(allowed) if inclusive else ceil(allowed) - 1
    return max(most - counted, 0)


def weekday_volume(daily: DayCounts, today: date, history_days: int = HISTORY_DAYS) -> list[int]:
    """Projected orders per weekday (Monday first): the average over the complete days
    [today - history_days, today - 1], rounded half up to whole orders."""
    sums = [0] * 7
    days = [0] * 7
    for back in range(1, history_days + 1):
        day = today - timedelta(days=back)
        sums[day.weekday()] += daily.get(day, (0, 0))[1]
        days[day.weekday()] += 1
    return [(2 * s + n) // (2 * n) if n else 0 for s, n in zip(sums, days, strict=True)]


@dataclass(frozen=True, slots=True)
class Forecast:
    today: date
    window_days: int
    target: float
    inclusive: bool
    current: DailyRate  # the window ending today
    budget: int  # more counted cancellations the current window takes and stays within target
    recovery_day: date | None  # today when already within; None: not within the horizon
    projection: list[DailyRate]  # today + 1 .. today + horizon, cancelling nothing more
    weekday_orders: tuple[int, ...]  # projected orders per day, Monday first
    history_days: int = HISTORY_DAYS
    leaves: list[tuple[date, int]] = field(default_factory=list)  # (day, counted) leaving

    @property
    def horizon_days(self) -> int:
        return len(self.projection)

    @property
    def within_now(self) -> bool:
        now = self.current
        return within(now.counted, now.orders, self.target, inclusive=self.inclusive)

    @property
    def recovers(self) -> bool:
        return self.recovery_day is not None

    @property
    def days_to_recover(self) -> int | None:
        return None if self.recovery_day is None else (self.recovery_day - self.today).days

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "window_days": self.window_days,
            "target": self.target,
            "target_inclusive": self.inclusive,
            "counted": self.current.counted,
            "orders": self.current.orders,
            "rate": self.current.rate,
            "within_target_now": self.within_now,
            "budget": self.budget,
            "recovery_day": self.recovery_day.isoformat() if self.recovery_day else None,
            "days_to_recover": self.days_to_recover,
            "horizon_days": self.horizon_days,
            "projection": [
                {"day": p.day.isoformat(), "counted": p.counted, "orders": p.orders, "rate": p.rate}
                for p in self.projection
            ],
            "assumptions": {
                "cancel_nothing_more": True,
                "volume": f"orders per weekday averaged over the last {self.history_days} "
                "complete days, rounded to whole orders",
                "history_days": self.history_days,
                "orders_per_weekday": dict(zip(WEEKDAYS, self.weekday_orders, strict=True)),
                "today": "today's orders as on record now; projection starts tomorrow",
                "counted_leave": "a counted cancellation leaves the rate when its order's "
                "purchase day leaves the window",
            },
        }


def forecast(
    daily: DayCounts,
    today: date,
    *,
    window: int,
    target: float,
    inclusive: bool = False,
    history_days: int = HISTORY_DAYS,
    horizon_days: int = HORIZON_DAYS,
) -> Forecast:
    """The recovery day and the budget from per-purchase-day counts up to ``today``.

    ``daily`` must hold the days [today - max(window - 1, history_days), today]; later days are
    ignored (nothing after today is on record).
    """
    volume = weekday_volume(daily, today, history_days)

    def counts(day: date) -> tuple[int, int]:
        if day <= today:
            return daily.get(day, (0, 0))
        return 0, volume[day.weekday()]

    first = today - timedelta(days=window - 1)
    counted = sum(counts(first + timedelta(days=i))[0] for i in range(window))
    orders = sum(counts(first + timedelta(days=i))[1] for i in range(window))
    current = DailyRate(today, counted, orders)
    recovery = today if within(counted, orders, target, inclusive=inclusive) else None
    projection = []
    leaves = []
    for ahead in range(1, horizon_days + 1):
        day = today + timedelta(days=ahead)
        gone_c, gone_o = counts(day - timedelta(days=window))
        new_c, new_o = counts(day)
        counted += new_c - gone_c
        orders += new_o - gone_o
        if gone_c:
            leaves.append((day, gone_c))
        projection.append(DailyRate(day, counted, orders))
        if recovery is None and within(counted, orders, target, inclusive=inclusive):
            recovery = day
    return Forecast(
        today=today,
        window_days=window,
        target=target,
        inclusive=inclusive,
        current=current,
        budget=budget(current.counted, current.orders, target, inclusive=inclusive),
        recovery_day=recovery,
        projection=projection,
        weekday_orders=tuple(volume),
        history_days=history_days,
        leaves=leaves,
    )


def with_cancel(daily: DayCounts, purchase_day: date) -> dict[date, tuple[int, int]]:
    """``daily`` with one more counted cancellation of an order purchased on ``purchase_day``."""
    out = dict(daily)
    c, o = out.get(purchase_day, (0, 0))
    out[purchase_day] = (c + 1, o)
    return out
