"""Read side of the orders table: filters, sort, a window of rows at a time, counts.

Everything is done in SQL on indexed columns; nothing loads all orders.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.models import Cancellation, Order, OrderItem, Stock
from desktop_app.db.search import index_matches, search_condition, uses_index


class SortKey(StrEnum):
    ORDER_ID = "order_id"
    PURCHASE_DATE = "purchase_date"
    STATUS = "status"
    CHANNEL = "channel"
    ITEM_COUNT = "item_count"
    SKUS = "skus"
    TOTAL = "total"
    SHIP_BY = "ship_by"
    REQUEST = "request"
    MARKETPLACE = "marketplace"


_SORT_COLUMNS = {
    SortKey.ORDER_ID: Order.order_id,
    SortKey.PURCHASE_DATE: Order.purchase_date,
    SortKey.STATUS: Order.status,
    SortKey.CHANNEL: Order.channel,
    SortKey.ITEM_COUNT: Order.item_count,
    SortKey.SKUS: Order.skus,
    SortKey.TOTAL: Order.total_minor,
    SortKey.SHIP_BY: Order.latest_ship_date,
    SortKey.REQUEST: Order.has_open_request,
    SortKey.MARKETPLACE: Order.marketplace,
}


# Columns with few distinct values sort by purchase date within each value, which is what
# a seller expects and matches the (column, purchase_date) indexes.
_BY_DATE_WITHIN = frozenset({SortKey.STATUS, SortKey.CHANNEL, SortKey.REQUEST, SortKey.MARKETPLACE})


@dataclass(frozen=True)
class OrderFilter:
    """What the seller asked to see. Empty fields do not filter."""

    statuses: frozenset[OrderStatus] = frozenset()
    channel: Channel | None = None
    since: datetime | None = None  # purchase_date >= since
    until: datetime | None = None  # purchase_date < until
    needs_attention: bool = False
    search: str = ""
    cancelled_on: date | None = None  # orders with a cancellation on this shop-local day
    order_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One line of the orders table."""

    pk: int
    order_id: str
    purchase_date: datetime
    status: OrderStatus
    channel: Channel
    item_count: int
    skus: str
    total_minor: int
    currency: str
    ship_by: datetime | None
    has_open_request: bool
    marketplace: str
    version: int


_ROW_COLUMNS = (
    Order.id,
    Order.order_id,
    Order.purchase_date,
    Order.status,
    Order.channel,
    Order.item_count,
    Order.skus,
    Order.total_minor,
    Order.currency,
    Order.latest_ship_date,
    Order.has_open_request,
    Order.marketplace,
    Order.version,
)

UNSHIPPED = (OrderStatus.UNSHIPPED.value, OrderStatus.PARTIALLY_SHIPPED.value)


def attention_condition(now: datetime) -> ColumnElement[bool]:
    """Open buyer requests; MFN orders unshipped past ship-by; open items lacking stock."""
    short_of_stock = exists(
        select(OrderItem.id)
        .join(Stock, Stock.sku == OrderItem.sku)
        .where(
            OrderItem.order_pk == Order.id,
            OrderItem.status.in_((ItemStatus.UNSHIPPED.value, ItemStatus.PENDING.value)),
            Stock.on_hand <= 0,
        )
    )
    late = and_(Order.channel == Channel.MFN.value, Order.latest_ship_date < now)
    # Shaped so that each side of the OR is searched on its own index (status, request).
    return or_(
        Order.has_open_request.is_(True),
        and_(Order.status.in_(UNSHIPPED), or_(late, short_of_stock)),
    )


def _where(
    flt: OrderFilter, now: datetime, dialect: str, matches: int | None = None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(Order.status.in_(sorted(s.value for s in flt.statuses)))
    if flt.channel is not None:
        conditions.append(Order.channel == flt.channel.value)
    if flt.since is not None:
        conditions.append(Order.purchase_date >= flt.since)
    if flt.until is not None:
        conditions.append(Order.purchase_date < flt.until)
    if flt.needs_attention:
        conditions.append(attention_condition(now))
    text = flt.search.strip().lower()
    if text:
        conditions.append(search_condition(text, dialect, matches))
    if flt.cancelled_on is not None:  # a handful of orders: find them by the day's index
        day = select(Cancellation.order_pk).where(Cancellation.cancelled_day == flt.cancelled_on)
        conditions.append(Order.id.in_(day))
    if flt.order_ids:
        conditions.append(Order.order_id.in_(flt.order_ids))
    return conditions or [~false()]


def filtered(flt: OrderFilter, now: datetime, dialect: str = "") -> Select[int]:
    """The ids of the orders matching ``flt`` (for bulk actions and exports).

    ``dialect`` lets the search use the database's search index (see db.search).
    """
    return select(Order.id).where(*_where(flt, now, dialect))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _matches(session: Session, flt: OrderFilter, dialect: str) -> int | None:
    """How many orders the search text matches, when the search index can say it quickly."""
    text = flt.search.strip().lower()
    if text and uses_index(text, dialect):
        return index_matches(session.connection(), text)
    return None


def count_orders(session: Session, flt: OrderFilter, now: datetime) -> int:
    dialect = _dialect(session)
    matches = _matches(session, flt, dialect)
    if matches is not None and replace(flt, search="") == OrderFilter():
        return matches  # the search is the only filter: the index has counted it
    where = _where(flt, now, dialect, matches)
    query = select(func.count()).select_from(Order).where(*where)
    return int(session.execute(query).scalar_one())


def list_orders(
    session: Session,
    flt: OrderFilter,
    now: datetime,
    *,
    sort: SortKey = SortKey.PURCHASE_DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[OrderRow]:
    """One window of the table, sorted in SQL (ties broken by the primary key)."""
    dialect = _dialect(session)
    columns = [_SORT_COLUMNS[sort]]
    if sort in _BY_DATE_WITHIN:  # few distinct values: newest first within each
        columns.append(Order.purchase_date)
    columns.append(Order.id)
    order_by = [c.desc() if descending else c.asc() for c in columns]
    query = (
        select(*_ROW_COLUMNS)
        .where(*_where(flt, now, dialect, _matches(session, flt, dialect)))
        .order_by(*order_by)
        .offset(offset)
        .limit(limit)
    )
    return [
        OrderRow(
            pk=r[0],
            order_id=r[1],
            purchase_date=r[2],
            status=OrderStatus(r[3]),
            channel=Channel(r[4]),
            item_count=r[5],
            skus=r[6],
            total_minor=r[7],
            currency=r[8],
            ship_by=r[9],
            has_open_request=r[10],
            marketplace=r[11],
            version=r[12],
        )
        for r in session.execute(query)
    ]
