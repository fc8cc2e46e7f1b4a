"""Buyer cancellation requests, and requests to Amazon for the orders its warehouse holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.core.errors import DomainError, NotFound, StaleOrder
from desktop_app.core.marketplaces import profile_for
from desktop_app.core.policy import Path
from desktop_app.core.reasons import (
    BUYER_CANCELED,
    Initiator,
    RequestChannel,
    RequestFacts,
    RequestState,
    request_on_record,
)
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Msg
from desktop_app.db.models import AmazonRequest, BuyerRequest, Order, OrderItem
from desktop_app.services.cancellation import (
    CancelOutcome,
    CancelRequest,
    cancel_order,
    item_keys,
    order_facts,
)
from desktop_app.services.context import Context, audit
from desktop_app.services.errors import load_order

GIVE_A_REASON = Msg("Errors", "Give the buyer a reason for declining the request.")
ANSWER_WITHIN = timedelta(hours=24)  # the window shows a warning past this age


@dataclass(frozen=True, slots=True)
class OpenRequest:
    request_id: int
    order_id: str
    order_version: int
    requested_at: datetime
    reason: str
    channel: RequestChannel
    status: OrderStatus
    product: str = ""  # the first item's title (its SKU when the file gave none)
    lines: int = 1  # the order's item lines, for "and 2 more"
    total_minor: int = 0
    currency: str = ""
    marketplace: str = "Amazon"  # the marketplace's name, as its rules call it
    counted_if_accepted: bool = False  # does accepting it count in that marketplace's metric?

    def age(self, now: datetime) -> timedelta:
        return now - self.requested_at

    def overdue(self, now: datetime) -> bool:
        return self.age(now) > ANSWER_WITHIN


def open_requests(session: Session, *, limit: int = 2000) -> list[OpenRequest]:
    """Open buyer requests, oldest first, with what was ordered and its amount."""
    first_item = (
        select(OrderItem.product_name, OrderItem.sku)
        .where(OrderItem.order_pk == Order.id)
        .order_by(OrderItem.id)
        .limit(1)
        .correlate(Order)
    )
    rows = session.execute(
        select(
            BuyerRequest.id,
            Order.order_id,
            Order.version,
            BuyerRequest.requested_at,
            BuyerRequest.reason,
            BuyerRequest.channel,
            Order.status,
            first_item.with_only_columns(OrderItem.product_name).scalar_subquery(),
            first_item.with_only_columns(OrderItem.sku).scalar_subquery(),
            select(func.count(OrderItem.id))
            .where(OrderItem.order_pk == Order.id)
            .correlate(Order)
            .scalar_subquery(),
            Order.total_minor,
            Order.currency,
            Order.marketplace,
            Order.channel,
        )
        .join(Order, Order.id == BuyerRequest.order_pk)
        .where(BuyerRequest.state == RequestState.OPEN.value)
        .order_by(BuyerRequest.requested_at, BuyerRequest.id)
        .limit(limit)
    )
    return [
        _open_request_row(
            i,
            o,
            v,
            at,
            r,
            RequestChannel(c),
            OrderStatus(s),
            name or sku or "",
            n,
            total,
            cur,
            market,
            Channel(fulfilment),
        )
        for i, o, v, at, r, c, s, name, sku, n, total, cur, market, fulfilment in rows
    ]


def _open_request_row(
    request_id: int,
    order_id: str,
    version: int,
    at: datetime,
    reason: str,
    channel: RequestChannel,
    status: OrderStatus,
    product: str,
    lines: int,
    total_minor: int,
    currency: str,
    marketplace: str,
    fulfilment: Channel,
) -> OpenRequest:
    """One open request, with what accepting it would do to its marketplace's metric: the
    marketplace's own rule decides (a message-only request counts on Amazon and Walmart,
    not on eBay when the seller cancels with the buyer's reason)."""
    market = profile_for(marketplace)
    counted = market.judged(fulfilment) and market.counts(
        channel=fulfilment,
        initiator=Initiator.SELLER,
        reason_code=BUYER_CANCELED,
        request_on_record=request_on_record([RequestFacts(channel, RequestState.OPEN)]),
    )
    return OpenRequest(
        request_id,
        order_id,
        version,
        at,
        reason,
        channel,
        status,
        product,
        lines,
        total_minor,
        currency,
        market.name,
        counted,
    )


def record_request(
    session: Session,
    ctx: Context,
    order_id: str,
    *,
    reason: str = "",
    channel: RequestChannel = RequestChannel.AMAZON,
    at: datetime | None = None,
) -> BuyerRequest:
    """Record that the buyer asked to cancel (through Amazon, or only in a message)."""
    order = load_order(session, order_id)
    if not OrderStatus(order.status).is_open:
        raise DomainError(
            Msg(
                "Errors",
                "Order {order_id} is {status}; a cancellation request can only be recorded "
                "for an order that has not shipped.",
            ).format(order_id=order_id, status=OrderStatus(order.status).label.lower())
        )
    if any(r.state == RequestState.OPEN.value for r in order.requests):
        raise DomainError(
            Msg(
                "Errors",
                "The buyer's cancellation request for order {order_id} is already open; "
                "nothing was added. Answer it (accept or decline).",
            ).format(order_id=order_id)
        )
    request = BuyerRequest(
        order_pk=order.id,
        requested_at=at or ctx.now(),
        channel=channel.value,
        reason=reason,
        state=RequestState.OPEN.value,
        source=ctx.source,
    )
    session.add(request)
    if channel is RequestChannel.AMAZON:
        order.has_open_request = True
    order.last_updated = ctx.now()
    how = "through Amazon" if channel is RequestChannel.AMAZON else "in a message only"
    audit(
        session,
        ctx,
        "request.record",
        f"Buyer asked to cancel {how}" + (f": {reason}" if reason else "."),
        order=order,
        channel=channel.value,
        reason=reason,
    )
    _flush(session, order_id)
    return request


def _open_request(session: Session, request_id: int) -> tuple[BuyerRequest, Order]:
    request = session.get(BuyerRequest, request_id)
    if request is None:
        raise NotFound(
            Msg("Errors", "There is no buyer request {request_id}.").format(request_id=request_id)
        )
    if request.state == RequestState.ACCEPTED.value:
        raise DomainError(Msg("Errors", "That request was already accepted."))
    if request.state != RequestState.OPEN.value:
        raise DomainError(Msg("Errors", "That request was already declined."))
    return request, request.order


def accept_request(
    session: Session,
    ctx: Context,
    request_id: int,
    *,
    expected_version: int | None = None,
    restock: bool | None = None,
) -> CancelOutcome:
    """Cancel as the buyer asked: reason Buyer cancelled, not counted against the seller."""
    _request, order = _open_request(session, request_id)
    restock_map = None if restock is None else {item.id: restock for item in order.items}
    return cancel_order(
        session,
        ctx,
        CancelRequest(
            order_id=order.order_id,
            reason_code=BUYER_CANCELED,
            expected_version=expected_version,
            restock=restock_map,
        ),
    )


def decline_request(
    session: Session,
    ctx: Context,
    request_id: int,
    why: str,
    *,
    expected_version: int | None = None,
) -> None:
    """Decline with a reason the seller gives (for example: already shipped)."""
    if not why.strip():
        raise DomainError(GIVE_A_REASON)
    request, order = _open_request(session, request_id)
    order = load_order(session, order.order_id, expected_version=expected_version)
    decline_open_request(session, ctx, request, order, why)
    _flush(session, order.order_id)


def decline_open_request(
    session: Session, ctx: Context, request: BuyerRequest, order: Order, why: str
) -> None:
    """Mark ``request`` declined with the seller's reason (no flush; the caller's step)."""
    why = why.strip()
    request.state = RequestState.DECLINED.value
    request.answered_at = ctx.now()
    request.answer_note = why
    still_open = any(
        r.state == RequestState.OPEN.value
        and r.id != request.id
        and r.channel == RequestChannel.AMAZON.value
        for r in order.requests
    )
    order.has_open_request = still_open
    order.last_updated = ctx.now()
    audit(session, ctx, "request.decline", f"Declined the buyer's request: {why}", order=order)


def ask_amazon(session: Session, ctx: Context, order_id: str, note: str = "") -> AmazonRequest:
    """Record that the seller asked Amazon to cancel an AFN order its warehouse holds."""
    order = load_order(session, order_id)
    keys = item_keys(list(order.items))
    market = profile_for(order.marketplace)  # Walmart's WFS orders: ask Walmart
    decision = market.decide(order_facts(order, keys))
    if Channel(order.channel) is not Channel.AFN or decision.path is not Path.ASK_AMAZON:
        raise DomainError(
            Msg("Errors", "Order {order_id} is not held by Amazon's warehouse. {why}").format(
                order_id=order_id, why=decision.why
            )
        )
    request = AmazonRequest(
        order_pk=order.id, requested_at=ctx.now(), note=note, state=RequestState.OPEN.value
    )
    session.add(request)
    order.last_updated = ctx.now()
    audit(
        session,
        ctx,
        "amazon.request",
        f"Asked {market.name} to cancel" + (f": {note}" if note else "."),
        order=order,
        note=note,
    )
    _flush(session, order_id)
    return request


def _flush(session: Session, order_id: str) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise StaleOrder(order_id) from None
