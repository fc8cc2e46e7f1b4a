"""The forecast in a seller's words: one sentence for the health card, one for the cancel dialog.

Shared by the health page, the cancel dialog and the CLI, so they say the same thing.
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.forecast import Forecast
from desktop_app.core.marketplaces import MarketplaceProfile
from desktop_app.core.text import Day, Msg, Percent


def day_text(day: date) -> str:
    """``Fri 11 Dec``."""
    return str(Day.of(day))


def percent(value: float) -> str:
    return str(Percent(value))


def _orders(n: int) -> Msg:
    if n == 1:
        return Msg("Forecast", "1 more order")
    return Msg("Forecast", "{n} more orders").format(n=n)


def _back(profile: MarketplaceProfile, day: date) -> Msg:
    pct = Percent(profile.metric.target)
    if profile.inclusive:
        return Msg("Forecast", "back to {target} or less on {day}").format(
            target=pct, day=Day.of(day)
        )
    return Msg("Forecast", "back under {target} on {day}").format(target=pct, day=Day.of(day))


def recovery_sentence(ahead: Forecast, profile: MarketplaceProfile) -> str:
    """Where the rate is going, if the seller cancels nothing more (the health card's line)."""
    pct = Percent(profile.metric.target)
    window = profile.window_words
    if ahead.current.orders == 0 and ahead.current.counted == 0:
        return Msg(
            "Forecast", "No orders in the last {days} days, so there is nothing to forecast yet."
        ).format(days=ahead.window_days)
    if ahead.within_now:
        if ahead.budget == 0:
            return (
                Msg("Forecast", "Any counted cancellation {window} would take you over {target}.")
                if profile.inclusive
                else Msg(
                    "Forecast",
                    "Any counted cancellation {window} would take you to {target} or over.",
                )
            ).format(window=window, target=pct)
        return (
            Msg("Forecast", "You can cancel {orders} {window} and stay at {target} or less.")
            if profile.inclusive
            else Msg("Forecast", "You can cancel {orders} {window} and stay under {target}.")
        ).format(orders=_orders(ahead.budget), window=window, target=pct)
    if ahead.recovery_day is not None:
        return (
            Msg("Forecast", "Back to {target} or less on {day} if you cancel nothing more.")
            if profile.inclusive
            else Msg("Forecast", "Back under {target} on {day} if you cancel nothing more.")
        ).format(target=pct, day=Day.of(ahead.recovery_day))
    return Msg(
        "Forecast",
        "Still over {target} in {horizon} days even if you cancel nothing more: "
        "counted cancellations stay in the rate for {days} days.",
    ).format(target=pct, horizon=ahead.horizon_days, days=ahead.window_days)


def cancel_effect(
    before: Forecast, after: Forecast, profile: MarketplaceProfile, *, adds: bool
) -> str:
    """What one cancellation does to the recovery day and the budget (the dialog's line)."""
    name, metric = profile.name, profile.metric.label.lower()
    if not adds:
        return Msg(
            "Forecast",
            "This cancellation does not change your {marketplace} {metric} or its forecast.",
        ).format(marketplace=name, metric=metric)
    if after.within_now:
        if after.budget:
            return Msg(
                "Forecast",
                "After this cancellation you can cancel {orders} {window} (now {before}).",
            ).format(
                orders=_orders(after.budget), window=profile.window_words, before=before.budget
            )
        return Msg(
            "Forecast",
            "After this cancellation any other counted one {window} takes your {marketplace} "
            "{metric} over target.",
        ).format(window=profile.window_words, marketplace=name, metric=metric)
    then = (
        _back(profile, after.recovery_day)
        if after.recovery_day
        else Msg("Forecast", "not back within target in the next {days} days").format(
            days=after.horizon_days
        )
    )
    if before.within_now:
        return Msg(
            "Forecast",
            "This cancellation puts your {marketplace} {metric} over target: {then} if you "
            "cancel nothing more.",
        ).format(marketplace=name, metric=metric, then=then)
    if before.recovery_day:
        return Msg(
            "Forecast",
            "Already over target (recovery {day}); after this cancellation: {then}.",
        ).format(day=Day.of(before.recovery_day), then=then)
    return Msg(
        "Forecast",
        "Already over target (recovery beyond the forecast); after this cancellation: {then}.",
    ).format(then=then)
