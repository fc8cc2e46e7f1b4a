"""Stock per SKU: on hand (counted goods), reserved (open items of unshipped orders), available."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select, update
from sqlalchemy.orm import Session

from desktop_app.core.clock import utcnow
from desktop_app.core.errors import DomainError, NotFound
from desktop_app.core.status import ItemStatus, OrderStatus
from desktop_app.core.text import Msg
from desktop_app.db.models import Order, OrderItem, Stock
from desktop_app.services.context import Context, audit

_OPEN_ORDER = (
    OrderStatus.PENDING.value,
    OrderStatus.PENDING_AVAILABILITY.value,
    OrderStatus.INVOICE_UNCONFIRMED.value,
    OrderStatus.UNSHIPPED.value,
    OrderStatus.PARTIALLY_SHIPPED.value,
)


@dataclass(frozen=True, slots=True)
class StockRow:
    sku: str
    product_name: str
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def oversold(self) -> bool:
        return self.available < 0


def _reserved_query() -> Select[str, int]:
    open_qty = OrderItem.quantity - OrderItem.quantity_shipped - OrderItem.quantity_cancelled
    return (
        select(OrderItem.sku.label("sku"), func.sum(open_qty).label("reserved"))
        .join(Order, Order.id == OrderItem.order_pk)
        .where(
            Order.status.in_(_OPEN_ORDER),
            OrderItem.status.in_((ItemStatus.PENDING.value, ItemStatus.UNSHIPPED.value)),
        )
        .group_by(OrderItem.sku)
    )


def reserved(session: Session, skus: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(skus))
    rows = session.execute(_reserved_query().where(OrderItem.sku.in_(wanted)))
    return {sku: int(qty or 0) for sku, qty in rows}


def stock_levels(
    session: Session, *, search: str = "", oversold_only: bool = False, limit: int = 5000
) -> list[StockRow]:
    """Every SKU's on hand, reserved and available (one grouped query)."""
    res = _reserved_query().subquery()
    reserved_col = func.coalesce(res.c.reserved, 0)
    query = (
        select(Stock.sku, Stock.product_name, Stock.on_hand, reserved_col)
        .outerjoin(res, res.c.sku == Stock.sku)
        .order_by(Stock.sku)
        .limit(limit)
    )
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(
            func.lower(Stock.sku).like(pattern) | func.lower(Stock.product_name).like(pattern)
        )
    if oversold_only:
        query = query.where(Stock.on_hand - reserved_col < 0)
    return [StockRow(s, n, int(h), int(r)) for s, n, h, r in session.execute(query)]


def take_from_stock(session: Session, sku: str, quantity: int) -> None:
    """Goods leave (shipped or written off): on hand drops, never below zero, atomically."""
    session.execute(
        update(Stock)
        .where(Stock.sku == sku)
        .values(
            on_hand=case((Stock.on_hand > quantity, Stock.on_hand - quantity), else_=0),
            updated_at=utcnow(),
        )
    )


def put_back(session: Session, sku: str, quantity: int) -> None:
    """Goods come back (a received return): on hand rises, atomically."""
    session.execute(
        update(Stock)
        .where(Stock.sku == sku)
        .values(on_hand=Stock.on_hand + quantity, updated_at=utcnow())
    )


def zero_available(session: Session, ctx: Context, sku: str) -> int:
    """Set on hand to what open orders reserve, so nothing more is sold (No inventory)."""
    target = reserved(session, [sku]).get(sku, 0)
    return set_on_hand(session, ctx, sku, target, why="set available to zero (no inventory)")


def set_on_hand(
    session: Session, ctx: Context, sku: str, on_hand: int, *, why: str = "counted"
) -> int:
    if on_hand < 0:
        raise DomainError(
            Msg("Errors", "Stock on hand for {sku} cannot be negative ({on_hand}).").format(
                sku=sku, on_hand=on_hand
            )
        )
    stock = session.get(Stock, sku, with_for_update=True)
    if stock is None:
        raise NotFound(Msg("Errors", "There is no SKU {sku} in stock.").format(sku=sku))
    before = stock.on_hand
    stock.on_hand = on_hand
    stock.updated_at = ctx.now()
    audit(
        session,
        ctx,
        "stock.set",
        f"Stock of {sku} set from {before} to {on_hand} ({why}).",
        sku=sku,
        before=before,
        after=on_hand,
    )
    return before
