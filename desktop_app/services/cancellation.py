"""Cancel an order (or some of its items) through the policy, with a what-if preview.

``preview_cancel`` reads only; ``cancel_order`` writes in the caller's transaction and raises
before writing anything when the policy refuses, so a refused cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.core.clock import local_day
from desktop_app.core.errors import NEGATIVE_REFUND, CancellationRefused, StaleOrder, no_item
from desktop_app.core.health import SAME_SKU_WINDOW_DAYS, DailyRate
from desktop_app.core.marketplaces import AMAZON, MarketplaceProfile, profile_for
from desktop_app.core.policy import Decision, ItemFacts, OrderFacts, Path
from desktop_app.core.reasons import (
    Initiator,
    RequestChannel,
    RequestFacts,
    RequestState,
    reason,
    request_on_record,
    restock_default,
)
from desktop_app.core.status import (
    PENDING_STATUSES,
    Channel,
    ItemStatus,
    OrderStatus,
    check_transition,
)
from desktop_app.core.text import Msg
from desktop_app.core.wording import buyer_message
from desktop_app.db.models import (
    BuyerRequest,
    Cancellation,
    CancellationLine,
    Order,
    OrderItem,
)
from desktop_app.services.context import Context, audit, shop_zone
from desktop_app.services.errors import load_order
from desktop_app.services.forecast import CancelForecast, cancel_forecast
from desktop_app.services.stock import take_from_stock, zero_available
from desktop_app.services.summary import derived_status


@dataclass(frozen=True)
class CancelRequest:
    """What the seller decided. Quantities and restock flags are keyed by item id (pk)."""

    order_id: str
    reason_code: str
    quantities: Mapping[int, int] | None = None  # None: every open item
    restock: Mapping[int, bool] | None = None  # None: the reason's default per item
    zero_stock: bool = False  # No inventory: set the SKUs' available stock to zero
    refund_minor: int | None = None  # None: what was paid for the cancelled items
    cost_minor: int = 0
    note: str = ""
    buyer_message: str | None = None  # None: the reason's message
    expected_version: int | None = None  # the version the seller saw; None: do not check
    initiator: Initiator = Initiator.SELLER
    message_only_request: bool = False  # the buyer asked only in a message (still counts)


@dataclass(frozen=True, slots=True)
class PreviewLine:
    item_pk: int
    sku: str
    product_name: str
    open_quantity: int
    quantity: int  # to cancel
    refund_minor: int
    restock: bool
    customised: bool


@dataclass(frozen=True)
class CancelPreview:
    order_id: str
    version: int
    channel: Channel
    status: OrderStatus
    decision: Decision
    counted: bool
    warning: str | None  # e.g. Buyer cancelled with no request on record
    request_on_record: bool
    open_request_id: int | None
    rate_before: DailyRate
    rate_after: DailyRate
    same_sku_warnings: list[str]
    lines: list[PreviewLine]
    refund_minor: int
    currency: str
    buyer_message: str
    profile: MarketplaceProfile = AMAZON  # the order's marketplace's rules
    forecast: CancelForecast | None = None  # the recovery day and budget, before and after

    @property
    def target(self) -> float:
        return self.profile.metric.target


@dataclass(frozen=True)
class CancelOutcome:
    order_id: str
    cancellation_id: int
    counted: bool
    status: OrderStatus
    refund_minor: int
    currency: str
    rate_before: DailyRate
    rate_after: DailyRate
    restocked: dict[str, int] = field(default_factory=dict)
    forecast: CancelForecast | None = None


def item_keys(items: list[OrderItem]) -> dict[int, str]:
    """A readable key per item for the policy's sentences: the SKU, unless it repeats."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.sku] = counts.get(item.sku, 0) + 1
    return {
        item.id: item.sku if counts[item.sku] == 1 else f"{item.sku} (line {n})"
        for n, item in enumerate(items, start=1)
    }


def order_facts(order: Order, keys: Mapping[int, str]) -> OrderFacts:
    return OrderFacts(
        order_id=order.order_id,
        channel=Channel(order.channel),
        status=OrderStatus(order.status),
        items=[
            ItemFacts(keys[i.id], i.quantity, i.quantity_shipped, i.quantity_cancelled)
            for i in order.items
        ],
        open_buyer_request=order.has_open_request,
    )


def _decide(order: Order, req: CancelRequest) -> tuple[Decision, dict[int, str]]:
    keys = item_keys(list(order.items))
    requested = None
    if req.quantities is not None:
        unknown = [pk for pk in req.quantities if pk not in keys]
        if unknown:
            raise CancellationRefused(no_item(order.order_id, unknown[0]))
        requested = {keys[pk]: qty for pk, qty in req.quantities.items()}
    profile = profile_for(order.marketplace)
    decision = profile.decide(order_facts(order, keys), requested, by=req.initiator)
    if decision.allowed and not profile.offers(req.reason_code):
        decision = Decision(False, Path.CANCEL, profile.not_offered(req.reason_code))
    return decision, keys


def _requests(session: Session, order: Order) -> tuple[bool, BuyerRequest | None]:
    """(a buyer request exempts a cancellation now, per core's one rule; the open request).

    The open request may have come only in a message: cancelling answers it too, but it is
    not "on record" and the cancellation still counts.
    """
    rows = list(
        session.execute(
            select(BuyerRequest)
            .where(BuyerRequest.order_pk == order.id)
            .order_by(BuyerRequest.requested_at, BuyerRequest.id)
        ).scalars()
    )
    on_record = request_on_record(
        RequestFacts(RequestChannel(r.channel), RequestState(r.state)) for r in rows
    )
    open_request = next((r for r in rows if r.state == RequestState.OPEN), None)
    return on_record, open_request


def _counted(order: Order, req: CancelRequest, on_record: bool) -> bool:
    """Whether it counts, by the rules of the order's marketplace (Amazon's delegate to
    ``core.reasons.counts_against_seller``)."""
    return profile_for(order.marketplace).counts(
        channel=Channel(order.channel),
        initiator=req.initiator,
        reason_code=req.reason_code,
        request_on_record=on_record and not req.message_only_request,
        was_pending=OrderStatus(order.status) in PENDING_STATUSES,
    )


def _rates(session: Session, order: Order, counted: bool, now: datetime) -> CancelForecast:
    """The marketplace's rate today, its recovery day and budget, and what this cancellation
    makes of them."""
    profile = profile_for(order.marketplace)
    adds = counted and not order.cancel_counted and profile.judged(Channel(order.channel))
    return cancel_forecast(
        session,
        profile,
        local_day(now, shop_zone(session)),
        purchase_day=order.purchase_day,
        adds_count=adds,
    )


def _same_sku_warnings(session: Session, order: Order, skus: list[str], now: datetime) -> list[str]:
    since = now - timedelta(days=SAME_SKU_WINDOW_DAYS)
    rows = session.execute(
        select(CancellationLine.sku, Order.order_id, Cancellation.cancelled_at)
        .join(Cancellation, Cancellation.id == CancellationLine.cancellation_id)
        .join(Order, Order.id == Cancellation.order_pk)
        .where(
            CancellationLine.sku.in_(sorted(set(skus))),
            Cancellation.counted.is_(True),
            Cancellation.cancelled_at >= since,
            Cancellation.order_pk != order.id,
        )
        .order_by(Cancellation.cancelled_at.desc())
    ).all()
    seen: dict[str, str] = {}
    for sku, other, _at in rows:
        seen.setdefault(sku, other)
    return [
        Msg(
            "Policy",
            "You already cancelled order {order_id} for {sku} in the last {days} days; two "
            "seller cancellations in a row can cost you the offer.",
        ).format(order_id=other, sku=sku, days=SAME_SKU_WINDOW_DAYS)
        for sku, other in seen.items()
    ]


def _lines(
    order: Order, decision: Decision, keys: Mapping[int, str], req: CancelRequest
) -> list[PreviewLine]:
    lines = []
    for item in order.items:
        qty = decision.quantities.get(keys[item.id], 0)
        default = restock_default(req.reason_code, customised=item.customised)
        restock = req.restock.get(item.id, default) if req.restock is not None else default
        refund = item.paid_minor * qty // item.quantity if item.quantity else 0
        lines.append(
            PreviewLine(
                item.id,
                item.sku,
                item.product_name,
                item.open_quantity,
                qty,
                refund,
                restock,
                item.customised,
            )
        )
    return lines


def _drafted(profile: MarketplaceProfile, code: str, on_record: bool, buyer_asked: bool) -> str:
    """The message drafted for the buyer: core.wording's, which never contradicts the warning
    or the buyer's own ask; otherwise the marketplace's own wording for the reason, if any."""
    default = reason(code).buyer_message
    drafted = buyer_message(code, request_on_record=on_record, buyer_asked=buyer_asked)
    if drafted != default:
        return drafted
    return profile.buyer_message(code) or default


def preview_cancel(session: Session, req: CancelRequest, now: datetime) -> CancelPreview:
    """Everything the dialog shows before the seller confirms. Writes nothing."""
    reason(req.reason_code)  # an unknown code is refused here
    order = load_order(session, req.order_id, lock=False)
    decision, keys = _decide(order, req)
    on_record, open_request = _requests(session, order)
    counted = _counted(order, req, on_record) if decision.allowed else False
    ahead = _rates(session, order, counted, now)
    profile = ahead.profile
    lines = _lines(order, decision, keys, req)
    cancelled_skus = [line.sku for line in lines if line.quantity] if profile is AMAZON else []
    warning = profile.counted_warning(req.reason_code, request_on_record=on_record)
    message = _drafted(profile, req.reason_code, on_record, open_request is not None)
    return CancelPreview(
        order_id=order.order_id,
        version=order.version,
        channel=Channel(order.channel),
        status=OrderStatus(order.status),
        decision=decision,
        counted=counted,
        warning=warning if decision.allowed and counted else None,
        request_on_record=on_record,
        open_request_id=open_request.id if open_request else None,
        rate_before=ahead.rate_before,
        rate_after=ahead.rate_after,
        same_sku_warnings=_same_sku_warnings(session, order, cancelled_skus, now)
        if decision.allowed and counted
        else [],
        lines=lines,
        refund_minor=sum(line.refund_minor for line in lines)
        if req.refund_minor is None
        else req.refund_minor,
        currency=order.currency,
        buyer_message=req.buyer_message if req.buyer_message is not None else message,
        profile=profile,
        forecast=ahead,
    )


def cancel_order(session: Session, ctx: Context, req: CancelRequest) -> CancelOutcome:
    """Apply a cancellation in the caller's transaction. Refusals raise before any write."""
    why = reason(req.reason_code)
    now = ctx.now()
    order = load_order(session, req.order_id, expected_version=req.expected_version)
    decision, keys = _decide(order, req)
    if not decision.allowed:
        raise CancellationRefused(decision.why)
    if req.refund_minor is not None and req.refund_minor < 0:
        raise CancellationRefused(NEGATIVE_REFUND)
    if req.cost_minor < 0:
        raise CancellationRefused(Msg("Errors", "The cost cannot be negative."))
    on_record, open_request = _requests(session, order)
    counted = _counted(order, req, on_record)
    ahead = _rates(session, order, counted, now)
    message = _drafted(ahead.profile, req.reason_code, on_record, open_request is not None)
    lines = _lines(order, decision, keys, req)
    was = OrderStatus(order.status)

    cancellation = Cancellation(
        order_pk=order.id,
        cancelled_at=now,
        cancelled_day=local_day(now, shop_zone(session)),
        initiator=req.initiator.value,
        via=ctx.via,
        reason_code=why.code,
        buyer_request_id=open_request.id if open_request else None,
        counted=counted,
        restocked=any(line.restock for line in lines if line.quantity),
        refund_minor=sum(line.refund_minor for line in lines)
        if req.refund_minor is None
        else req.refund_minor,
        cost_minor=req.cost_minor,
        currency=order.currency,
        note=req.note,
        buyer_message=req.buyer_message if req.buyer_message is not None else message,
        actor=ctx.actor,
        source=ctx.source,
    )
    session.add(cancellation)
    restocked: dict[str, int] = {}
    items = {item.id: item for item in order.items}
    for line in lines:
        if not line.quantity:
            continue
        item = items[line.item_pk]
        item.quantity_cancelled += line.quantity
        if item.open_quantity == 0:
            item.status = (
                ItemStatus.SHIPPED if item.quantity_shipped else ItemStatus.CANCELED
            ).value
        cancellation.lines.append(
            CancellationLine(
                item_pk=item.id,
                sku=item.sku,
                quantity=line.quantity,
                restocked=line.quantity if line.restock else 0,
            )
        )
        if line.restock:
            restocked[item.sku] = restocked.get(item.sku, 0) + line.quantity
        else:  # the units are written off: they are not there, or cannot be sold again
            take_from_stock(session, item.sku, line.quantity)

    new_status = derived_status(order)
    check_transition(order.order_id, was, new_status)
    order.status = new_status.value
    order.last_updated = now
    if counted:
        order.cancel_counted = True
    if open_request is not None:
        open_request.state = "accepted"
        open_request.answered_at = now
        open_request.answer_note = f"Cancelled: {why.label}"
        order.has_open_request = False
    parts = ", ".join(f"{line.quantity} × {line.sku}" for line in lines if line.quantity)
    audit(
        session,
        ctx,
        "order.cancel",
        f"Cancelled {parts} ({why.label}); "
        + ("counts against the seller." if counted else "does not count against the seller."),
        order=order,
        reason=why.code,
        counted=counted,
        initiator=req.initiator.value,
        status_before=was.value,
        status_after=new_status.value,
        quantities={line.sku: line.quantity for line in lines if line.quantity},
        refund_minor=cancellation.refund_minor,
        cost_minor=req.cost_minor,
        path=decision.path.value,
    )
    if req.zero_stock:
        for sku in sorted({line.sku for line in lines if line.quantity}):
            zero_available(session, ctx, sku)
    try:
        session.flush()
    except StaleDataError:
        raise StaleOrder(req.order_id) from None
    return CancelOutcome(
        order_id=order.order_id,
        cancellation_id=cancellation.id,
        counted=counted,
        status=new_status,
        refund_minor=cancellation.refund_minor,
        currency=order.currency,
        rate_before=ahead.rate_before,
        rate_after=ahead.rate_after,
        restocked=restocked,
        forecast=ahead,
    )


def path_of(session: Session, order_id: str) -> Path:
    """The right path for this order now (for menus and buttons)."""
    order = load_order(session, order_id, lock=False)
    keys = item_keys(list(order.items))
    return profile_for(order.marketplace).decide(order_facts(order, keys)).path
