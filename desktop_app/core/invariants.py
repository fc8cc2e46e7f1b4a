"""What must hold of an order in each status (what the demo builder, the importer and the
services must never write otherwise). One place; tests ask it of every order they write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.status import (
    OPEN_STATUSES,
    PENDING_STATUSES,
    Channel,
    OrderStatus,
    order_status_from_items,
)


@dataclass(frozen=True, slots=True)
class ItemCounts:
    quantity: int
    shipped: int
    cancelled: int


def order_problems(
    status: OrderStatus,
    channel: Channel,
    items: Sequence[ItemCounts],
    *,
    shipped_at_set: bool,
    ship_by_set: bool,
    open_request: bool,
) -> list[str]:
    """Every rule the order breaks, as sentences (empty: the order is consistent)."""
    problems: list[str] = []
    if not items:
        problems.append("it has no items")
    for n, item in enumerate(items, 1):
        if min(item.quantity, item.shipped, item.cancelled) < 0:
            problems.append(f"item {n} has a negative quantity")
        if item.shipped + item.cancelled > item.quantity:
            problems.append(f"item {n} ships or cancels more than was ordered")
    counts = [(i.quantity, i.shipped, i.cancelled) for i in items]
    implied = order_status_from_items(counts, status)
    if items and implied is not status:
        problems.append(f"its items make it {implied.label.lower()}, not {status.label.lower()}")
    shipped = sum(i.shipped for i in items)
    open_units = sum(max(i.quantity - i.shipped - i.cancelled, 0) for i in items)
    if status is OrderStatus.PARTIALLY_SHIPPED and not (shipped and open_units):
        problems.append("partially shipped, yet not some units shipped and some still to ship")
    if status in OPEN_STATUSES and not open_units:
        problems.append(f"{status.label.lower()}, yet nothing is left to ship")
    if status in PENDING_STATUSES and shipped:
        problems.append("pending, yet some units have shipped")
    if shipped_at_set != bool(shipped):
        problems.append("a shipping time without shipped units, or shipped units without one")
    if open_request and status not in OPEN_STATUSES:
        problems.append(f"an open buyer request on a {status.label.lower()} order")
    if channel is Channel.AFN and ship_by_set:
        problems.append("a ship-by date on an order Amazon fulfils")
    return problems
