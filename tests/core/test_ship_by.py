"""The ship-by countdown rule, on fixed clocks, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop_app.core.ship_by import Unit, Urgency, countdown
from desktop_app.core.status import Channel, OrderStatus

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def left(delta: timedelta, **kw: object) -> str | None:
    found = countdown(
        NOW + delta,
        kw.get("channel", Channel.MFN),  # type: ignore[arg-type]
        kw.get("status", OrderStatus.UNSHIPPED),  # type: ignore[arg-type]
        NOW,
    )
    return found.text if found else None


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=5, minutes=59), "due in 5 h"),
        (timedelta(hours=5), "due in 5 h"),
        (timedelta(minutes=40), "due in 40 min"),
        (timedelta(seconds=20), "due in 1 min"),
        (timedelta(hours=47, minutes=59), "due in 47 h"),
        (timedelta(hours=48), "due in 2 d"),
        (timedelta(days=2, hours=23), "due in 2 d"),
        (timedelta(days=9), "due in 9 d"),
        (timedelta(0), "late by 1 min"),
        (-timedelta(hours=3, minutes=10), "late by 3 h"),
        (-timedelta(days=2, hours=5), "late by 2 d"),
        (-timedelta(minutes=59), "late by 59 min"),
    ],
)
def test_wording(delta: timedelta, text: str) -> None:
    assert left(delta) == text


@pytest.mark.parametrize(
    ("delta", "urgency"),
    [
        (-timedelta(seconds=1), Urgency.LATE),
        (timedelta(0), Urgency.LATE),
        (timedelta(seconds=1), Urgency.DUE_SOON),
        (timedelta(hours=24), Urgency.DUE_SOON),
        (timedelta(hours=24, seconds=1), Urgency.LATER),
        (timedelta(days=5), Urgency.LATER),
    ],
)
def test_urgency_thresholds(delta: timedelta, urgency: Urgency) -> None:
    found = countdown(NOW + delta, Channel.MFN, OrderStatus.UNSHIPPED, NOW)
    assert found is not None and found.urgency is urgency


def test_keys_name_direction_and_unit() -> None:
    late = countdown(NOW - timedelta(days=3), Channel.MFN, OrderStatus.UNSHIPPED, NOW)
    due = countdown(NOW + timedelta(hours=3), Channel.MFN, OrderStatus.PARTIALLY_SHIPPED, NOW)
    assert late is not None and (late.key, late.amount, late.unit) == ("late_d", 3, Unit.DAYS)
    assert due is not None and (due.key, due.amount, due.unit) == ("due_h", 3, Unit.HOURS)


@pytest.mark.parametrize(
    ("channel", "status"),
    [
        (Channel.AFN, OrderStatus.UNSHIPPED),
        (Channel.MFN, OrderStatus.SHIPPED),
        (Channel.MFN, OrderStatus.CANCELED),
        (Channel.MFN, OrderStatus.PENDING),
        (Channel.MFN, OrderStatus.UNFULFILLABLE),
    ],
)
def test_no_countdown_for_fba_shipped_cancelled(channel: Channel, status: OrderStatus) -> None:
    assert left(timedelta(hours=5), channel=channel, status=status) is None


def test_no_ship_by_no_countdown() -> None:
    assert countdown(None, Channel.MFN, OrderStatus.UNSHIPPED, NOW) is None


def test_zones_compare_the_same_instant() -> None:
    """A ship-by stored in another zone (or naive, taken as UTC) is the same instant."""
    berlin = (NOW + timedelta(hours=5)).astimezone(ZoneInfo("Europe/Berlin"))
    tokyo_now = NOW.astimezone(timezone(timedelta(hours=9)))
    found = countdown(berlin, Channel.MFN, OrderStatus.UNSHIPPED, tokyo_now)
    assert found is not None and found.text == "due in 5 h"
    naive = (NOW - timedelta(hours=3)).replace(tzinfo=None)
    late = countdown(naive, Channel.MFN, OrderStatus.UNSHIPPED, NOW)
    assert late is not None and late.text == "late by 3 h"
