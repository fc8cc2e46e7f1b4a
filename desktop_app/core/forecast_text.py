"""The forecast in a seller's words: one sentence for the health card, one for the cancel dialog.

Shared by the health page, the cancel dialog and the CLI, so they say the same thing.
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.forecast import Forecast
from desktop_app.core.marketplaces import MarketplaceProfile


def day_text(day: date) -> str:
    """``Fri 11 Dec``."""
    return f"{day:%a} {day.day} {day:%b}"


def percent(value: float) -> str:
    return f"{value:.1%}".replace(".0%", "%")


def _orders(n: int) -> str:
    return f"{n} more order{'s' if n != 1 else ''}"


def _back(profile: MarketplaceProfile) -> str:
    pct = percent(profile.metric.target)
    return f"Back to {pct} or less" if profile.inclusive else f"Back under {pct}"


def recovery_sentence(ahead: Forecast, profile: MarketplaceProfile) -> str:
    """Where the rate is going, if the seller cancels nothing more (the health card's line)."""
    pct = percent(profile.metric.target)
    stay = f"stay at {pct} or less" if profile.inclusive else f"stay under {pct}"
    if ahead.current.orders == 0 and ahead.current.counted == 0:
        return (
            f"No orders in the last {ahead.window_days} days, so there is nothing to forecast yet."
        )
    if ahead.within_now:
        if ahead.budget == 0:
            return (
                f"Any counted cancellation {profile.window_words} would take you over {pct}."
                if profile.inclusive
                else f"Any counted cancellation {profile.window_words} would take you to {pct} "
                "or over."
            )
        return f"You can cancel {_orders(ahead.budget)} {profile.window_words} and {stay}."
    if ahead.recovery_day is not None:
        return f"{_back(profile)} on {day_text(ahead.recovery_day)} if you cancel nothing more."
    return (
        f"Still over {pct} in {ahead.horizon_days} days even if you cancel nothing more: "
        f"counted cancellations stay in the rate for {ahead.window_days} days."
    )


def cancel_effect(
    before: Forecast, after: Forecast, profile: MarketplaceProfile, *, adds: bool
) -> str:
    """What one cancellation does to the recovery day and the budget (the dialog's line)."""
    name = f"{profile.name} {profile.metric.label.lower()}"
    if not adds:
        return f"This cancellation does not change your {name} or its forecast."
    if after.within_now:
        return (
            f"After this cancellation you can cancel {_orders(after.budget)} "
            f"{profile.window_words} (now {before.budget})."
            if after.budget
            else f"After this cancellation any other counted one {profile.window_words} takes "
            f"your {name} over target."
        )
    then = (
        f"{_back(profile).lower()} on {day_text(after.recovery_day)}"
        if after.recovery_day
        else f"not back within target in the next {after.horizon_days} days"
    )
    if before.within_now:
        return f"This cancellation puts your {name} over target: {then} if you cancel nothing more."
    was = day_text(before.recovery_day) if before.recovery_day else "beyond the forecast"
    return f"Already over target (recovery {was}); after this cancellation: {then}."
