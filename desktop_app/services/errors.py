"""Service-level helpers for turning lookups and races into domain errors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.core.errors import NotFound, StaleOrder
from desktop_app.core.text import Msg
from desktop_app.db.models import Order


def load_order(
    session: Session, order_id: str, *, expected_version: int | None = None, lock: bool = True
) -> Order:
    """The order with its items, locked for this transaction; checks the version seen."""
    query = select(Order).where(Order.order_id == order_id).options(selectinload(Order.items))
    if lock:
        query = query.with_for_update()
    order = session.execute(query).scalar_one_or_none()
    if order is None:
        raise NotFound(Msg("Errors", "There is no order {order_id}.").format(order_id=order_id))
    if expected_version is not None and order.version != expected_version:
        raise StaleOrder(order_id)
    return order
