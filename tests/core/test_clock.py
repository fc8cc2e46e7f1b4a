"""The shop's calendar day of a moment: LocalDays gives what local_day gives, however the
moments come."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop_app.core.clock import LocalDays, local_day

# Berlin and New York change their clocks at night; Santiago and Havana at midnight (a day
# whose midnight does not exist); Chatham's offset has 45 minutes; Kiritimati skipped a day
ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Santiago",
    "America/Havana",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
)


def _moments(start: datetime, days: int, step: timedelta) -> list[datetime]:
    moments, at = [], start
    while at < start + timedelta(days=days):
        moments.append(at)
        at += step
    return moments


@pytest.mark.parametrize("zone_name", ZONES)
def test_days_of_moments_in_order_across_clock_changes(zone_name: str) -> None:
    """Every 7 minutes through 2024's spring and autumn changes, and the minutes either
    side of each local midnight: the same day as local_day gives."""
    zone = ZoneInfo(zone_name)
    days = LocalDays(zone)
    moments = _moments(datetime(2024, 3, 1, tzinfo=UTC), 45, timedelta(minutes=7))
    moments += _moments(datetime(2024, 9, 1, tzinfo=UTC), 70, timedelta(minutes=7))
    for moment in moments:
        assert days(moment) == local_day(moment, zone), moment.isoformat()


@pytest.mark.parametrize("zone_name", ZONES)
def test_days_at_the_edges_of_each_day(zone_name: str) -> None:
    """A microsecond before and at each local midnight of a year, in order and shuffled."""
    zone = ZoneInfo(zone_name)
    edges: list[datetime] = []
    for n in range(366):
        day = date(2024, 1, 1) + timedelta(days=n)
        start = datetime.combine(day, datetime.min.time(), zone).astimezone(UTC)
        edges += [start - timedelta(microseconds=1), start, start + timedelta(hours=23)]
    shuffled = edges[:]
    random.Random(7).shuffle(shuffled)
    for moments in (edges, shuffled):
        days = LocalDays(zone)
        assert [days(m) for m in moments] == [local_day(m, zone) for m in moments]


def test_a_naive_moment_is_taken_as_utc() -> None:
    zone = ZoneInfo("Asia/Tokyo")
    days = LocalDays(zone)
    assert days(datetime(2024, 5, 31, 14, 59, tzinfo=UTC)) == date(2024, 5, 31)
    assert days(datetime(2024, 5, 31, 15, 0)) == date(2024, 6, 1)  # naive: 15:00 UTC
    assert days(datetime(2024, 5, 31, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))) == date(2024, 5, 31)


def test_a_day_is_the_same_object_for_every_moment_on_it() -> None:
    """What lets a bulk writer bind an import's purchase days once a day."""
    days = LocalDays(ZoneInfo("Europe/Berlin"))
    first = days(datetime(2024, 5, 31, 8, 0, tzinfo=UTC))
    assert days(datetime(2024, 5, 31, 21, 59, tzinfo=UTC)) is first
    assert days(datetime(2024, 5, 31, 22, 0, tzinfo=UTC)) == date(2024, 6, 1)
