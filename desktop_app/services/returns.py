"""Returns and refunds for shipped goods."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import NEGATIVE_REFUND, DomainError, NotFound, no_item
from desktop_app.core.money import format_minor
from desktop_app.core.shipping import amazon_takes_returns
from desktop_app.core.status import Channel
from desktop_app.core.text import Msg
from desktop_app.db.models import Order, Return, ReturnLine
from desktop_app.services.context import Context, audit
from desktop_app.services.errors import load_order
from desktop_app.services.stock import put_back


@dataclass(frozen=True, slots=True)
class ReturnRow:
    return_id: int
    order_id: str
    started_at: datetime
    units: int
    skus: str
    refund_minor: int
    currency: str
    state: str
    received_at: datetime | None
    restocked: bool
    reason: str


def start_return(
    session: Session,
    ctx: Context,
    order_id: str,
    *,
    quantities: Mapping[int, int] | None = None,
    refund_minor: int | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> Return:
    """Start a return and refund for shipped items (all shipped units unless given)."""
    order = load_order(session, order_id, expected_version=expected_version)
    wanted, default_refund = _planned(session, order, quantities)
    items = {i.id: i for i in order.items}
    refund = default_refund if refund_minor is None else refund_minor
    if refund < 0:
        raise DomainError(NEGATIVE_REFUND)
    ret = Return(
        order_pk=order.id,
        started_at=ctx.now(),
        reason=reason,
        refund_minor=refund,
        currency=order.currency,
        state="started",
        actor=ctx.actor,
    )
    ret.lines = [ReturnLine(item_pk=pk, sku=items[pk].sku, quantity=q) for pk, q in wanted.items()]
    session.add(ret)
    order.last_updated = ctx.now()
    units = ", ".join(f"{q} × {items[pk].sku}" for pk, q in wanted.items())
    audit(
        session,
        ctx,
        "return.start",
        f"Started a return of {units} with a refund of {format_minor(refund, order.currency)}.",
        order=order,
        refund_minor=refund,
    )
    session.flush()
    return ret


@dataclass(frozen=True, slots=True)
class ReturnPreview:
    """What starting a return of every shipped unit would do (the dialog shows it first)."""

    order_id: str
    units: int
    refund_minor: int
    currency: str


def preview_return(session: Session, order_id: str) -> ReturnPreview:
    order = load_order(session, order_id, lock=False)
    wanted, refund = _planned(session, order, None)
    return ReturnPreview(order.order_id, sum(wanted.values()), refund, order.currency)


def _planned(
    session: Session, order: Order, quantities: Mapping[int, int] | None
) -> tuple[dict[int, int], int]:
    """The units to return by item and the refund due for them (what was paid for them);
    refused with a sentence when nothing can be returned, or Amazon takes the return."""
    if Channel(order.channel) is Channel.AFN:
        raise DomainError(amazon_takes_returns(order.order_id))
    already = _returned(session, order)
    available = {i.id: i.quantity_shipped - already.get(i.id, 0) for i in order.items}
    wanted = dict(quantities) if quantities is not None else {k: v for k, v in available.items()}
    wanted = {pk: q for pk, q in wanted.items() if q}
    if not wanted:
        raise DomainError(
            Msg("Errors", "Nothing of order {order_id} has shipped that could be returned.").format(
                order_id=order.order_id
            )
        )
    items = {i.id: i for i in order.items}
    for pk, qty in wanted.items():
        if pk not in items:
            raise DomainError(no_item(order.order_id, pk))
        if qty < 0 or qty > available[pk]:
            raise DomainError(
                Msg(
                    "Errors",
                    "Only {available} of {sku} can be returned (shipped and not already returned).",
                ).format(available=available[pk], sku=items[pk].sku)
            )
    refund = sum(items[pk].paid_minor * q // items[pk].quantity for pk, q in wanted.items())
    return wanted, refund


def _returned(session: Session, order: Order) -> dict[int, int]:
    rows = session.execute(
        select(ReturnLine.item_pk, func.sum(ReturnLine.quantity))
        .join(Return, Return.id == ReturnLine.return_id)
        .where(Return.order_pk == order.id)
        .group_by(ReturnLine.item_pk)
    )
    return {pk: int(q) for pk, q in rows}


def receive_return(session: Session, ctx: Context, return_id: int, *, restock: bool) -> None:
    """The goods came back; restock them if they can be sold again."""
    ret = session.get(Return, return_id, with_for_update=True)
    if ret is None:
        raise NotFound(Msg("Errors", "There is no return {number}.").format(number=return_id))
    if ret.received_at is not None:
        raise DomainError(Msg("Errors", "That return was already received."))
    ret.received_at = ctx.now()
    ret.state = "received"
    ret.restocked = restock
    if restock:
        for line in ret.lines:
            put_back(session, line.sku, line.quantity)
    order = session.get(Order, ret.order_pk)
    audit(
        session,
        ctx,
        "return.receive",
        "Return received" + (" and restocked." if restock else "; not restocked."),
        order=order,
        restock=restock,
    )


def list_returns(session: Session, *, limit: int = 2000) -> list[ReturnRow]:
    units = func.sum(ReturnLine.quantity)
    skus = func.aggregate_strings(ReturnLine.sku, ", ")
    rows = session.execute(
        select(
            Return.id,
            Order.order_id,
            Return.started_at,
            units,
            skus,
            Return.refund_minor,
            Return.currency,
            Return.state,
            Return.received_at,
            Return.restocked,
            Return.reason,
        )
        .join(Order, Order.id == Return.order_pk)
        .join(ReturnLine, ReturnLine.return_id == Return.id)
        .group_by(Return.id, Order.order_id)
        .order_by(Return.started_at.desc())
        .limit(limit)
    )
    return [
        ReturnRow(i, o, at, int(u), sk, ref, cur, st, rec, rs, why)
        for i, o, at, u, sk, ref, cur, st, rec, rs, why in rows
    ]
