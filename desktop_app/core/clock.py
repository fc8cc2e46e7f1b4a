"""Times are timezone-aware UTC; days are the shop's local calendar days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted."""
    zone = value.tzinfo
    if zone is UTC:
        return value
    if zone is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def local_zone() -> tzinfo:
    """The machine's local zone (the shop's zone unless the seller sets another)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def zone_named(name: str | None) -> tzinfo:
    return ZoneInfo(name) if name else local_zone()


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The shop's calendar day on which ``moment`` falls."""
    return ensure_utc(moment).astimezone(zone).date()


def day_range(last: date, days: int) -> tuple[date, date]:
    """The inclusive window of ``days`` days ending on ``last``: [last-(days-1), last]."""
    return last - timedelta(days=days - 1), last
