"""Read side of the orders table: filters, sort, a window of rows at a time, counts.

Everything is done in SQL on indexed columns; nothing loads all orders. Built on the Core
tables alone: the orders page's first rows do not wait for the ORM to load.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    tuple_,
)

from desktop_app.core.search import parse_query
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.db.search import (
    counted_by_index,
    index_matches,
    search_condition,
    uses_index,
    walk_in_sort_order,
)
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
# Sorted by the column, then the key, where many orders share a value (or have none).
_MANY_TIES = frozenset({SortKey.ITEM_COUNT, SortKey.TOTAL, SortKey.SKUS, SortKey.SHIP_BY})


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
    after: OrderRow | None = None,
    count: int | None = None,
) -> list[OrderRow]:
    """One window of the table, sorted in SQL (ties broken by the primary key).

    With ``after``, the window starts ``offset`` rows past that row in this order (keyset
    paging, see :func:`_beyond`): the database seeks to the row on the sort's index instead of
    walking and discarding every row before it, so a page deep in a big table costs what a
    page near a row already read costs.

    ``count``, how many orders ``flt`` matches when the caller has counted them (the table
    has), lets PostgreSQL read a search with many matches in the sort's order (see
    db.search.walk_in_sort_order); SQLite asks its search index.
    """
    conn = _connection(reader)
    with walk_in_sort_order(conn, parse_query(flt.search), count):
        return _window(conn, flt, now, sort, descending, offset, limit, after)


def _window(
    conn: Connection,
    flt: OrderFilter,
    now: datetime,
    sort: SortKey,
    descending: bool,
    offset: int,
    limit: int,
    after: OrderRow | None,
) -> list[OrderRow]:
    dialect = conn.dialect.name
    columns = _sort_columns(sort)
    order_by = [c.desc() if descending else c.asc() for c in columns]
    query = (
        select(*_ROW_COLUMNS)
        .where(*_where(flt, now, dialect, _matches(conn, flt, dialect)))
        .order_by(*order_by)
    )
    nulls_largest = _nulls_largest(dialect)
    if after is not None:
        # The rows past ``after`` come in runs (those tied with it on the sort's column, those
        # past it, the NULLs): each run is a plain range on the sort's index, read in turn.
        runs = _beyond(columns, _key(after, sort), descending, nulls_largest)
    elif sort in _MANY_TIES and dialect == "postgresql":
        # PostgreSQL's index on the column does not end with the key, as SQLite's does: the
        # rows tied on the first value (645,000 orders of one item at a million) would all be
        # sorted by key for one page. In runs from that value, the key's own index orders them.
        first = conn.execute(
            query.with_only_columns(columns[0]).order_by(None).order_by(order_by[0]).limit(1)
        ).first()
        if first is None:
            return []
        runs = _from(columns[0], first[0], descending, nulls_largest)
    else:
        return _rows(conn, query.offset(offset).limit(limit))
    found: list[OrderRow] = []
    for run, fixed in runs:
        want = limit - len(found)
        if want <= 0:
            break
        part = query.where(run)
        if fixed:  # one value of the first column (or NULL): ordered by the rest alone, so
            part = part.order_by(None).order_by(*order_by[1:])  # the key's index can serve
        page = _rows(conn, part.offset(offset).limit(want))
        if page:
            found += page
            offset = 0  # the rest continue right after these
        elif offset:  # skip over the whole run
            count = select(func.count()).select_from(part.order_by(None).subquery())
            offset -= int(conn.execute(count).scalar_one())
    return found


def _sort_columns(sort: SortKey) -> list[Column[Any]]:
    columns = [_SORT_COLUMNS[sort]]
    if sort in _BY_DATE_WITHIN:  # few distinct values: newest first within each
        columns.append(orders.c.purchase_date)
    columns.append(orders.c.id)
    return columns


def _key(row: OrderRow, sort: SortKey) -> list[Any]:
    """``row``'s values of the sort's columns (:func:`_sort_columns`)."""
    first: Any = {
        SortKey.ORDER_ID: row.order_id,
        SortKey.PURCHASE_DATE: row.purchase_date,
        SortKey.STATUS: row.status.value,
        SortKey.CHANNEL: row.channel.value,
        SortKey.ITEM_COUNT: row.item_count,
        SortKey.SKUS: row.skus,
        SortKey.TOTAL: row.total_minor,
        SortKey.SHIP_BY: row.ship_by,
        SortKey.REQUEST: row.has_open_request,
        SortKey.MARKETPLACE: row.marketplace,
    }[sort]
    return [first, row.purchase_date, row.pk] if sort in _BY_DATE_WITHIN else [first, row.pk]


def _nulls_largest(dialect: str) -> bool:
    """Where the database sorts NULL: PostgreSQL after every value, SQLite before."""
    return dialect == "postgresql"


Runs = list[tuple[ColumnElement[bool], bool]]  # (which rows, all one value of the first column)


def _beyond(
    columns: list[Column[Any]], key: list[Any], descending: bool, nulls_largest: bool
) -> Runs:
    """The rows after the row whose sort values are ``key``, in the order ``ORDER BY columns``
    (all ascending or all descending) gives them, as consecutive runs of that order: first the
    rows tied with it on the first column (``a = :a AND (b, id) > (:b, :id)``), then those
    past it (``a > :a``), and the NULLs where they sort.

    Only the first column may hold NULL. Each run is a plain range, so the database seeks to
    it on an index, and its row estimate is sound. (One row comparison over all the columns
    is estimated from the first column alone: PostgreSQL then took the few rows past a common
    status for all of them and walked the whole table. An OR of the runs walks an index from
    its start.)
    """

    def past(column: ColumnElement[Any], value: ColumnElement[Any]) -> ColumnElement[bool]:
        return column < value if descending else column > value

    def bound(column: Column[Any], value: Any) -> ColumnElement[Any]:
        return literal(value, column.type)

    first, value = columns[0], key[0]
    rest = past(
        tuple_(*columns[1:]),
        tuple_(*(bound(c, v) for c, v in zip(columns[1:], key[1:], strict=True))),
    )
    nulls_last = nulls_largest != descending  # where the NULLs fall in this direction
    if value is None:
        tied = (and_(first.is_(None), rest), True)
        return [tied] if nulls_last else [tied, (first.is_not(None), False)]
    runs = [
        (and_(first == bound(first, value), rest), True),
        (past(first, bound(first, value)), False),
    ]
    if first.nullable and nulls_last:  # past a value, a NULL is never: they come at the end
        runs.append((first.is_(None), True))
    return runs


def _from(first: Column[Any], value: Any, descending: bool, nulls_largest: bool) -> Runs:
    """Every row, in runs from ``first``'s first ``value`` in this order: the rows holding that
    value (in key order), those past it, the NULLs where they sort."""
    nulls_last = nulls_largest != descending
    if value is None:  # the NULLs come first: then the values
        return [(first.is_(None), True), (first.is_not(None), False)]
    bound = literal(value, first.type)
    runs = [(first == bound, True), (first < bound if descending else first > bound, False)]
    if first.nullable and nulls_last:
        runs.append((first.is_(None), True))
    return runs


def _rows(conn: Connection, query: Select[Any]) -> list[OrderRow]:
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
