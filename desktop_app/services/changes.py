"""Has anything changed since the window last looked? A cheap check, then only what changed.

Every change a service makes leaves an audit event (append-only), so the audit trail's newest
id says whether someone else wrote something. Ids alone are not enough on PostgreSQL: ids come
from a sequence when a row is *inserted*, so a long transaction can commit a smaller id after
a later, shorter one was already seen. The marker therefore also counts the events in a recent
window of ids; a late commit changes that count. Both are answered by one statement on the
primary keys' indexes (``max`` is one index probe; the count covers at most ``WINDOW`` ids),
and it also looks at the newest order id, for orders written without an audit event (the demo
builder).

The window keeps a :class:`Marker`, calls :func:`has_changed` on focus or on a light timer,
and only when it says yes asks :func:`changes_since` which orders to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from desktop_app.db.tables import audit_events, orders

if TYPE_CHECKING:
    from desktop_app.db.database import Reader

_event = audit_events.c
_order = orders.c

WINDOW = 10_000  # events below the newest one that may still be committed late
MAX_ORDER_IDS = 500  # more changed orders than this: reload the view instead
MAX_EVENTS = 20_000  # more new events than this (a big import): reload without looking


@dataclass(frozen=True, slots=True)
class Marker:
    """What the window has seen: compare a fresh reading with :func:`has_changed`."""

    last_event: int  # the newest audit event id
    floor: int  # events with ids above this are counted
    counted: int  # events with ids in (floor, last_event]
    last_order: int  # the newest order id

    @classmethod
    def empty(cls) -> Marker:
        """A marker that has seen nothing: the first check reports any stored data."""
        return cls(0, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    marker: Marker  # keep this one for the next check
    order_ids: frozenset[str]  # existing orders changed elsewhere: refresh these rows
    new_orders: bool  # orders were added: the table's row count and window may change
    other: bool  # changes without an order (stock, settings): refresh those views
    reload: bool  # too much or unclear what: reload the current view

    @property
    def any(self) -> bool:
        return bool(self.order_ids) or self.new_orders or self.other or self.reload


def _reading(floor: int) -> Select[int | None, int, int | None]:
    newest_event = select(func.max(_event.id)).scalar_subquery()
    counted = select(func.count(_event.id)).where(_event.id > floor).scalar_subquery()
    newest_order = select(func.max(_order.id)).scalar_subquery()
    return select(newest_event, counted, newest_order)


def current_marker(session: Reader) -> Marker:
    """Where the data stands now (two small queries)."""
    last = session.execute(select(func.max(_event.id))).scalar() or 0
    floor = max(last - WINDOW, 0)
    last_event, counted, last_order = session.execute(_reading(floor)).one()
    return Marker(last_event or 0, floor, int(counted), last_order or 0)


def has_changed(session: Reader, marker: Marker) -> bool:
    """True when someone wrote something since ``marker`` (one indexed statement)."""
    last_event, counted, last_order = session.execute(_reading(marker.floor)).one()
    return (
        (last_event or 0) != marker.last_event
        or int(counted) != marker.counted
        or (last_order or 0) != marker.last_order
    )


def changes_since(session: Reader, marker: Marker) -> ChangeSet:
    """What changed since ``marker``, and the marker to keep for the next check."""
    fresh = current_marker(session)
    if fresh.last_event < marker.last_event or fresh.last_order < marker.last_order:
        # rows went away (orders deleted, or another database behind the same window)
        return ChangeSet(fresh, frozenset(), True, True, True)
    # events committed late, below what was seen, cannot be told apart: reload
    late = _count_between(session, marker.floor, marker.last_event) != marker.counted
    new_orders = fresh.last_order != marker.last_order
    if fresh.last_event - marker.last_event > MAX_EVENTS:
        return ChangeSet(fresh, frozenset(), new_orders, True, True)
    rows = session.execute(
        select(_order.order_id)
        .distinct()
        .join(audit_events, _event.order_pk == _order.id)
        .where(_event.id > marker.last_event, _event.id <= fresh.last_event)
        .limit(MAX_ORDER_IDS + 1)
    ).scalars()
    order_ids = frozenset(rows)
    too_many = len(order_ids) > MAX_ORDER_IDS
    other = (
        session.execute(
            select(_event.id)
            .where(
                _event.id > marker.last_event,
                _event.id <= fresh.last_event,
                _event.order_pk.is_(None),
            )
            .limit(1)
        ).first()
        is not None
    )
    return ChangeSet(
        marker=fresh,
        order_ids=frozenset() if too_many else order_ids,
        new_orders=new_orders,
        other=other,
        reload=late or too_many,
    )


def _count_between(session: Reader, low: int, high: int) -> int:
    query = select(func.count(_event.id)).where(_event.id > low, _event.id <= high)
    return int(session.execute(query).scalar_one())
