"""Account-health metrics: definitions and targets as data, and the pure arithmetic on them.

The chart, the dialogs and the CLI read these; SQL queries supply the counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.core.text import Msg, Percent


class Comparison(StrEnum):
    BELOW = "below"  # the value must stay under the target
    AT_LEAST = "at_least"  # the value must be at or above the target
    AT_MOST = "at_most"  # the value may reach the target but not pass it (eBay's "2% or less")


class HealthStatus(StrEnum):
    FINE = "fine"
    AT_RISK = "at risk"
    OVER_TARGET = "over target"
    NO_DATA = "no data"


@dataclass(frozen=True, slots=True)
class Metric:
    key: str
    label: str
    windows: tuple[int, ...]  # days
    target: float  # a fraction: 0.025 is 2.5%
    comparison: Comparison
    mfn_only: bool
    description: str
    source: str
    at_risk_margin: float = 0.8  # "at risk" from 80% of a BELOW target

    def status(self, value: float | None) -> HealthStatus:
        if value is None:
            return HealthStatus.NO_DATA
        eps = 1e-12  # 1/50 must read as exactly 2%, whatever the float rounding
        if self.comparison is Comparison.AT_MOST:
            if value > self.target + eps:
                return HealthStatus.OVER_TARGET
            if value >= self.target * self.at_risk_margin - eps:
                return HealthStatus.AT_RISK
            return HealthStatus.FINE
        if self.comparison is Comparison.BELOW:
            if value >= self.target - eps:
                return HealthStatus.OVER_TARGET
            if value >= self.target * self.at_risk_margin - eps:
                return HealthStatus.AT_RISK
            return HealthStatus.FINE
        if value < self.target - eps:
            return HealthStatus.OVER_TARGET
        if value < self.target + (1 - self.target) * (1 - self.at_risk_margin) - eps:
            return HealthStatus.AT_RISK
        return HealthStatus.FINE

    @property
    def target_text(self) -> str:
        template = {
            Comparison.BELOW: Msg("Health", "under {target}"),
            Comparison.AT_MOST: Msg("Health", "at most {target}"),
            Comparison.AT_LEAST: Msg("Health", "at least {target}"),
        }[self.comparison]
        return template.format(target=Percent(self.target))


CANCELLATION_RATE = Metric(
    key="cancellation_rate",
    label=Msg("Health", "Cancellation rate"),
    windows=(7,),
    target=0.025,
    comparison=Comparison.BELOW,
    mfn_only=True,
    description=(
        "Seller-cancelled orders as a share of all seller-fulfilled orders purchased in the "
        "last 7 days. Buyer-requested cancellations on record are not counted."
    ),
    source="Seller Central help 200285210",
)
LATE_SHIPMENT_RATE = Metric(
    key="late_shipment_rate",
    label=Msg("Health", "Late shipment rate"),
    windows=(10, 30),
    target=0.04,
    comparison=Comparison.BELOW,
    mfn_only=True,
    description="Seller-fulfilled orders shipped after their ship-by date.",
    source="Seller Central help 202152050",
)
ORDER_DEFECT_RATE = Metric(
    key="order_defect_rate",
    label=Msg("Health", "Order defect rate"),
    windows=(60,),
    target=0.01,
    comparison=Comparison.BELOW,
    mfn_only=False,
    description="Orders with negative feedback, an A-to-z claim or a chargeback.",
    source="Seller Central help 200285170",
)
VALID_TRACKING_RATE = Metric(
    key="valid_tracking_rate",
    label=Msg("Health", "Valid tracking rate"),
    windows=(7, 30),
    target=0.95,
    comparison=Comparison.AT_LEAST,
    mfn_only=True,
    description="Seller-fulfilled shipments with a valid tracking number.",
    source="Seller Central help 201817070",
)
ON_TIME_DELIVERY_RATE = Metric(
    key="on_time_delivery_rate",
    label=Msg("Health", "On-time delivery rate"),
    windows=(14,),
    target=0.97,
    comparison=Comparison.AT_LEAST,
    mfn_only=True,
    description="Tracked seller-fulfilled shipments delivered by the promised date.",
    source="Seller Central help 200847280",
)
METRICS: tuple[Metric, ...] = (
    CANCELLATION_RATE,
    LATE_SHIPMENT_RATE,
    ORDER_DEFECT_RATE,
    VALID_TRACKING_RATE,
    ON_TIME_DELIVERY_RATE,
)
SAME_SKU_WINDOW_DAYS = 30  # two consecutive seller cancellations of a SKU can cost the offer


def rate(numerator: int, denominator: int) -> float | None:
    """A share, or None when there is nothing to divide by (no orders: no rate, not zero)."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class DailyRate:
    day: date
    counted: int  # seller-counted cancelled MFN orders purchased in the window ending on day
    orders: int  # MFN orders purchased in the window ending on day

    @property
    def rate(self) -> float | None:
        return rate(self.counted, self.orders)


def rolling_series(
    daily: Mapping[date, tuple[int, int]], first: date, last: date, window: int
) -> list[DailyRate]:
    """Rolling-window sums over per-day (counted, orders) counts, one point per day.

    ``daily`` maps a purchase day to its counts and may include days before ``first``.
    """
    points: list[DailyRate] = []
    counted = orders = 0
    start = first - timedelta(days=window - 1)
    day = start
    while day <= last:
        c, o = daily.get(day, (0, 0))
        counted += c
        orders += o
        leaving = day - timedelta(days=window)
        if leaving >= start:
            lc, lo = daily.get(leaving, (0, 0))
            counted -= lc
            orders -= lo
        if day >= first:
            points.append(DailyRate(day, counted, orders))
        day += timedelta(days=1)
    return points


def days_over(points: Iterable[DailyRate], target: float) -> list[date]:
    return [p.day for p in points if p.rate is not None and p.rate >= target]
