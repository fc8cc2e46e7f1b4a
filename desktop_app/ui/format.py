"""Display text for times, money, rates and ages (no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from desktop_app.core.clock import ensure_utc
from desktop_app.core.money import format_minor


def local_time(moment: datetime | None, zone: tzinfo) -> str:
    if moment is None:
        return ""
    return ensure_utc(moment).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_date(moment: datetime | None, zone: tzinfo) -> str:
    if moment is None:
        return ""
    return ensure_utc(moment).astimezone(zone).strftime("%a %Y-%m-%d")


def money(minor: int, currency: str) -> str:
    return format_minor(minor, currency)


def percent(value: float | None) -> str:
    return "no orders" if value is None else f"{value:.1%}"


def age(delta: timedelta) -> str:
    """'3 h 20 min', '2 days 4 h'."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"
