"""How long is left to ship a seller-fulfilled order: "due in 5 h", "late by 2 d".

One rule for the window (table, details) and anything else that shows it. Only unshipped
seller-fulfilled (MFN) orders have a countdown: Amazon ships FBA orders, and a shipped or
cancelled order has nothing left to ship by. Times are compared as aware UTC datetimes; the
shop's zone only matters for showing the date itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop_app.core.clock import ensure_utc
from desktop_app.core.status import Channel, OrderStatus

DUE_SOON_WITHIN = timedelta(hours=24)  # "due soon": ship today
HOURS_BELOW = timedelta(hours=48)  # under two days the countdown counts hours, then days
MINUTES_BELOW = timedelta(hours=1)  # under an hour, minutes
COUNTDOWN_STATUSES = frozenset({OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED})


class Urgency(StrEnum):
    LATE = "late"  # past its ship-by time and not shipped
    DUE_SOON = "due_soon"  # due within DUE_SOON_WITHIN
    LATER = "later"


class Unit(StrEnum):
    MINUTES = "min"
    HOURS = "h"
    DAYS = "d"


@dataclass(frozen=True, slots=True)
class Countdown:
    """``late`` by or ``due`` in ``amount`` ``unit``s; ``key`` names the wording
    (``due_h``, ``late_d``...) so a translated window picks its own words."""

    urgency: Urgency
    amount: int
    unit: Unit

    @property
    def late(self) -> bool:
        return self.urgency is Urgency.LATE

    @property
    def key(self) -> str:
        return f"{'late' if self.late else 'due'}_{self.unit.value}"

    @property
    def text(self) -> str:
        """English: "due in 5 h", "late by 2 d", "due in 40 min"."""
        return f"{'late by' if self.late else 'due in'} {self.amount} {self.unit.value}"


def has_countdown(channel: Channel, status: OrderStatus, ship_by: datetime | None) -> bool:
    return ship_by is not None and channel is Channel.MFN and status in COUNTDOWN_STATUSES


def countdown(
    ship_by: datetime | None, channel: Channel, status: OrderStatus, now: datetime
) -> Countdown | None:
    """The countdown to ``ship_by`` at ``now``, or None when the order has none."""
    if ship_by is None or not has_countdown(channel, status, ship_by):
        return None
    left = ensure_utc(ship_by) - ensure_utc(now)
    if left <= timedelta(0):
        urgency = Urgency.LATE
    elif left <= DUE_SOON_WITHIN:
        urgency = Urgency.DUE_SOON
    else:
        urgency = Urgency.LATER
    span = abs(left)
    if span < MINUTES_BELOW:
        return Countdown(urgency, max(int(span.total_seconds() // 60), 1), Unit.MINUTES)
    if span < HOURS_BELOW:
        return Countdown(urgency, int(span.total_seconds() // 3600), Unit.HOURS)
    return Countdown(urgency, span.days, Unit.DAYS)
