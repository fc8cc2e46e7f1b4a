"""The forecast around one cancellation: the recovery day and the budget before and after it.

The counts come from the same grouped query as the health page (``health.judged_counts``), over
the marketplace's window and the 28 days the order volume is projected from; the arithmetic is
``core.forecast``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.forecast import HISTORY_DAYS, Forecast, forecast, with_cancel
from desktop_app.core.health import DailyRate
from desktop_app.core.marketplaces import MarketplaceProfile
from desktop_app.services.health import judged_counts


@dataclass(frozen=True)
class CancelForecast:
    """What one cancellation does to its marketplace's rate, recovery day and budget."""

    profile: MarketplaceProfile
    before: Forecast
    after: Forecast
    adds: bool  # the cancellation counts and its order is in the current window

    @property
    def rate_before(self) -> DailyRate:
        return self.before.current

    @property
    def rate_after(self) -> DailyRate:
        return self.after.current

    def to_json(self) -> dict[str, Any]:
        return {
            "marketplace": self.profile.key,
            "adds_to_rate": self.adds,
            "before": _brief(self.before),
            "after": _brief(self.after),
            "assumptions": self.after.to_json()["assumptions"],
        }


def _brief(ahead: Forecast) -> dict[str, Any]:
    full = ahead.to_json()
    return {k: v for k, v in full.items() if k not in ("projection", "assumptions")}


def marketplace_forecast(session: Session, profile: MarketplaceProfile, today: date) -> Forecast:
    window = profile.window_days
    first = today - timedelta(days=max(window - 1, HISTORY_DAYS))
    daily = judged_counts(session, profile, first, today)
    return forecast(
        daily, today, window=window, target=profile.metric.target, inclusive=profile.inclusive
    )


def cancel_forecast(
    session: Session,
    profile: MarketplaceProfile,
    today: date,
    *,
    purchase_day: date,
    adds_count: bool,
) -> CancelForecast:
    """Before and after a cancellation of an order purchased on ``purchase_day``.

    ``adds_count``: the cancellation counts and the order is not counted already. It changes the
    figures only while the order's purchase day is in the window.
    """
    window = profile.window_days
    first = today - timedelta(days=max(window - 1, HISTORY_DAYS))
    daily = judged_counts(session, profile, first, today)
    target, inclusive = profile.metric.target, profile.inclusive
    before = forecast(daily, today, window=window, target=target, inclusive=inclusive)
    in_window = today - timedelta(days=window - 1) <= purchase_day <= today
    adds = adds_count and in_window
    after = (
        forecast(
            with_cancel(daily, purchase_day),
            today,
            window=window,
            target=target,
            inclusive=inclusive,
        )
        if adds
        else before
    )
    return CancelForecast(profile, before, after, adds)
