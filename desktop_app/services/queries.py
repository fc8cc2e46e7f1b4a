"""Read side of the orders table: filters, sort, a window of rows at a time, counts.

Everything is done in SQL on indexed columns; nothing loads all orders. Built on the Core
tables alone: the orders page's first rows do not wait for the ORM to load.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, false, func, or_, select

from desktop_app.core.search import parse_query
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.search import counted_by_index, index_matches, search_condition, uses_index
from desktop_app.db.tables import cancellations, order_items, orders, stock

if TYPE_CHECKING:
    from desktop_app.db.database import Reader


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
    SortKey.ORDER_ID: orders.c.order_id,
    SortKey.PURCHASE_DATE: orders.c.purchase_date,
    SortKey.STATUS: orders.c.status,
    SortKey.CHANNEL: orders.c.channel,
    SortKey.ITEM_COUNT: orders.c.item_count,
    SortKey.SKUS: orders.c.skus,
    SortKey.TOTAL: orders.c.total_minor,
    SortKey.SHIP_BY: orders.c.latest_ship_date,
    SortKey.REQUEST: orders.c.has_open_request,
    SortKey.MARKETPLACE: orders.c.marketplace,
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
    orders.c.id,
    orders.c.order_id,
    orders.c.purchase_date,
    orders.c.status,
    orders.c.channel,
    orders.c.item_count,
    orders.c.skus,
    orders.c.total_minor,
    orders.c.currency,
    orders.c.latest_ship_date,
    orders.c.has_open_request,
    orders.c.marketplace,
    orders.c.version,
)

UNSHIPPED = (OrderStatus.UNSHIPPED.value, OrderStatus.PARTIALLY_SHIPPED.value)


def attention_condition(now: datetime) -> ColumnElement[bool]:
    """Open buyer requests; MFN orders unshipped past ship-by; open items lacking stock."""
    short_of_stock = exists(
        select(order_items.c.id)
        .join(stock, stock.c.sku == order_items.c.sku)
        .where(
            order_items.c.order_pk == orders.c.id,
            order_items.c.status.in_((ItemStatus.UNSHIPPED.value, ItemStatus.PENDING.value)),
            stock.c.on_hand <= 0,
        )
    )
    late = and_(orders.c.channel == Channel.MFN.value, orders.c.latest_ship_date < now)
    # Shaped so that each side of the OR is searched on its own index (status, request).
    return or_(
        orders.c.has_open_request.is_(True),
        and_(orders.c.status.in_(UNSHIPPED), or_(late, short_of_stock)),
    )


def _where(
    flt: OrderFilter, now: datetime, dialect: str, matches: int | None = None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(orders.c.status.in_(sorted(s.value for s in flt.statuses)))
    if flt.channel is not None:
        conditions.append(orders.c.channel == flt.channel.value)
    if flt.since is not None:
        conditions.append(orders.c.purchase_date >= flt.since)
    if flt.until is not None:
        conditions.append(orders.c.purchase_date < flt.until)
    if flt.needs_attention:
        conditions.append(attention_condition(now))
    terms = parse_query(flt.search)
    if terms:
        conditions.append(search_condition(terms, dialect, matches))
    if flt.cancelled_on is not None:  # a handful of orders: find them by the day's index
        cancelled = cancellations.c
        day = select(cancelled.order_pk).where(cancelled.cancelled_day == flt.cancelled_on)
        conditions.append(orders.c.id.in_(day))
    if flt.order_ids:
        conditions.append(orders.c.order_id.in_(flt.order_ids))
    return conditions or [~false()]


def filtered(flt: OrderFilter, now: datetime, dialect: str = "") -> Select[int]:
    """The ids of the orders matching ``flt`` (for bulk actions and exports).

    ``dialect`` lets the search use the database's search index (see db.search).
    """
    return select(orders.c.id).where(*_where(flt, now, dialect))


def _connection(reader: Reader) -> Connection:
    return reader if isinstance(reader, Connection) else reader.connection()


def _matches(conn: Connection, flt: OrderFilter, dialect: str) -> int | None:
    """How many orders the search text matches, when the search index can say it quickly."""
    terms = parse_query(flt.search)
    if uses_index(terms, dialect):
        return index_matches(conn, terms)
    return None


def count_orders(reader: Reader, flt: OrderFilter, now: datetime) -> int:
    conn = _connection(reader)
    dialect = conn.dialect.name
    matches = _matches(conn, flt, dialect)
    only_search = replace(flt, search="") == OrderFilter()
    if matches is not None and only_search and counted_by_index(parse_query(flt.search), dialect):
        return matches  # the search is the only filter: the index has counted it
    where = _where(flt, now, dialect, matches)
    query = select(func.count()).select_from(orders).where(*where)
    return int(conn.execute(query).scalar_one())


def list_orders(
    reader: Reader,
    flt: OrderFilter,
    now: datetime,
    *,
    sort: SortKey = SortKey.PURCHASE_DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[OrderRow]:
    """One window of the table, sorted in SQL (ties broken by the primary key)."""
    conn = _connection(reader)
    dialect = conn.dialect.name
    columns = [_SORT_COLUMNS[sort]]
    if sort in _BY_DATE_WITHIN:  # few distinct values: newest first within each
        columns.append(orders.c.purchase_date)
    columns.append(orders.c.id)
    order_by = [c.desc() if descending else c.asc() for c in columns]
    query = (
        select(*_ROW_COLUMNS)
        .where(*_where(flt, now, dialect, _matches(conn, flt, dialect)))
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
        for r in conn.execute(query)
    ]
