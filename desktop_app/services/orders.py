"""One order in full (items, requests, cancellations, returns, history), and shipping it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.core.errors import DomainError, StaleOrder
from desktop_app.core.reasons import RequestState
from desktop_app.core.shipping import OpenRequestFirst, shipping_refusal
from desktop_app.core.status import Channel, ItemStatus, OrderStatus, check_transition
from desktop_app.db.models import (
    AmazonRequest,
    AuditEvent,
    BuyerRequest,
    Cancellation,
    Order,
    OrderItem,
    Return,
)
from desktop_app.services.context import Context, audit
from desktop_app.services.errors import load_order
from desktop_app.services.requests import GIVE_A_REASON, decline_open_request
from desktop_app.services.stock import take_from_stock
from desktop_app.services.summary import derived_status


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    source: str
    action: str
    summary: str


@dataclass(frozen=True)
class OrderDetail:
    order: Order  # detached, with items loaded
    items: list[OrderItem]
    requests: list[BuyerRequest]
    amazon_requests: list[AmazonRequest]
    cancellations: list[Cancellation]
    returns: list[Return]
    history: list[HistoryEntry]

    @property
    def open_request(self) -> BuyerRequest | None:
        return next((r for r in self.requests if r.state == RequestState.OPEN.value), None)


def get_order(session: Session, order_id: str) -> OrderDetail:
    order = load_order(session, order_id, lock=False)
    pk = order.id
    history = [
        HistoryEntry(e.at, e.actor, e.source, e.action, e.summary)
        for e in session.execute(
            select(AuditEvent).where(AuditEvent.order_pk == pk).order_by(AuditEvent.id)
        ).scalars()
    ]
    return OrderDetail(
        order=order,
        items=list(order.items),
        requests=list(
            session.execute(
                select(BuyerRequest)
                .where(BuyerRequest.order_pk == pk)
                .order_by(BuyerRequest.requested_at)
            ).scalars()
        ),
        amazon_requests=list(
            session.execute(select(AmazonRequest).where(AmazonRequest.order_pk == pk)).scalars()
        ),
        cancellations=list(
            session.execute(
                select(Cancellation)
                .where(Cancellation.order_pk == pk)
                .order_by(Cancellation.cancelled_at)
            ).scalars()
        ),
        returns=list(
            session.execute(
                select(Return).where(Return.order_pk == pk).order_by(Return.started_at)
            ).scalars()
        ),
        history=history,
    )


def mark_shipped(
    session: Session,
    ctx: Context,
    order_id: str,
    *,
    expected_version: int | None = None,
    at: datetime | None = None,
    decline_request: str | None = None,
) -> OrderStatus:
    """Ship every open item: the goods leave stock; the order becomes Shipped.

    An open buyer request refuses the shipment, unless ``decline_request`` gives the reason
    to decline it in the same step (the buyer reads that reason)."""
    order = load_order(session, order_id, expected_version=expected_version)
    was = OrderStatus(order.status)
    if not was.is_open and Channel(order.channel) is Channel.MFN:
        check_transition(order.order_id, was, OrderStatus.SHIPPED)
    open_requests = [r for r in order.requests if r.state == RequestState.OPEN.value]
    declining = decline_request is not None and bool(decline_request.strip())
    if decline_request is not None and not declining:
        raise DomainError(GIVE_A_REASON)
    refusal = shipping_refusal(
        order.order_id, Channel(order.channel), was,
        open_request=bool(open_requests), declining=declining,
    )  # fmt: skip
    if refusal and open_requests and was.is_open and Channel(order.channel) is Channel.MFN:
        raise OpenRequestFirst(order.order_id, refusal)
    if refusal:
        raise DomainError(refusal)
    for request in open_requests:
        assert decline_request is not None
        decline_open_request(session, ctx, request, order, decline_request)
    shipped: dict[str, int] = {}
    for item in order.items:
        qty = item.open_quantity
        if qty:
            item.quantity_shipped += qty
            item.status = ItemStatus.SHIPPED.value
            take_from_stock(session, item.sku, qty)
            shipped[item.sku] = shipped.get(item.sku, 0) + qty
    new = derived_status(order)
    check_transition(order.order_id, was, new)
    when = at or ctx.now()
    order.status = new.value
    order.shipped_at = when
    order.last_updated = ctx.now()
    summary = ", ".join(f"{q} × {s}" for s, q in shipped.items())
    audit(session, ctx, "order.ship", f"Shipped {summary}.", order=order, quantities=shipped)
    try:
        session.flush()
    except StaleDataError:
        raise StaleOrder(order_id) from None
    return new
