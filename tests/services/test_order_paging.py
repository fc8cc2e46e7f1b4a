"""Keyset paging of the orders table: a window read from a row already shown (``after``) holds
exactly the rows a plain ORDER BY over the whole filtered set has there, for every sort in
both directions, with ties, NULL ship-by dates and filters, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.tables import orders
from desktop_app.services.queries import OrderFilter, OrderRow, SortKey, filtered, list_orders

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
ORDERS = 47
FILTERS = {
    "all": OrderFilter(),
    "unshipped": OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED})),
    "search": OrderFilter(search="walnut"),
    "mfn since": OrderFilter(channel=Channel.MFN, since=NOW - timedelta(days=2)),
}


def tied_shop(db: Database, count: int = ORDERS) -> None:
    """Orders whose sort columns repeat a lot (four purchase moments, two SKUs, three totals)
    and a third of them without a ship-by date, written in shuffled order so that the key does
    not follow any column."""
    draw = random.Random(17)
    moments = [NOW - timedelta(days=d) for d in (0, 1, 3, 9)]
    statuses = (OrderStatus.UNSHIPPED, OrderStatus.SHIPPED, OrderStatus.PENDING)
    rows: list[dict[str, Any]] = []
    for n in draw.sample(range(count), count):
        bought = moments[n % 4]
        channel = Channel.MFN if n % 3 else Channel.AFN
        skus = ("WALNUT-TRAY" if n % 2 else "MUG-BLUE") + (", VASE-1" if n % 5 == 0 else "")
        rows.append(
            {
                "order_id": f"111-{n % 6:07d}-{n:07d}",  # unique, not in key order
                "purchase_date": bought,
                "purchase_day": bought.date(),
                "last_updated": bought,
                "status": statuses[n % 3].value,
                "channel": channel.value,
                "marketplace": "Amazon.de" if n % 4 == 1 else "Amazon.com",
                "latest_ship_date": None if n % 3 == 0 else NOW + timedelta(days=n % 2),
                "currency": "USD",
                "total_minor": (1200, 999, 5000)[n % 3 if n % 7 else 0],
                "item_count": 1 + (n % 7 == 0),
                "skus": skus,
                "search_text": f"111-{n:07d} | {skus.lower()}",
                "has_open_request": n % 6 == 1,
            }
        )
    with db.transaction() as session:
        session.execute(insert(orders), rows)


def _read(conn: Connection, flt: OrderFilter, **kw: Any) -> list[OrderRow]:
    return list_orders(conn, flt, NOW, **kw)


# the table's order, written out: the column (then the purchase date, for the columns of few
# values), then the key, all one way
_COLUMNS = {
    SortKey.ORDER_ID: [orders.c.order_id],
    SortKey.PURCHASE_DATE: [orders.c.purchase_date],
    SortKey.STATUS: [orders.c.status, orders.c.purchase_date],
    SortKey.CHANNEL: [orders.c.channel, orders.c.purchase_date],
    SortKey.ITEM_COUNT: [orders.c.item_count],
    SortKey.SKUS: [orders.c.skus],
    SortKey.TOTAL: [orders.c.total_minor],
    SortKey.SHIP_BY: [orders.c.latest_ship_date],
    SortKey.REQUEST: [orders.c.has_open_request, orders.c.purchase_date],
    SortKey.MARKETPLACE: [orders.c.marketplace, orders.c.purchase_date],
}


def plain_order(conn: Connection, flt: OrderFilter, sort: SortKey, descending: bool) -> list[int]:
    """The keys of the filtered orders in one plain ORDER BY over all of them."""
    columns = [*_COLUMNS[sort], orders.c.id]
    query = filtered(flt, NOW, conn.dialect.name)
    return list(
        conn.execute(query.order_by(*(c.desc() if descending else c for c in columns))).scalars()
    )


def _pks(rows: list[OrderRow]) -> list[int]:
    return [r.pk for r in rows]


@pytest.mark.parametrize("sort", list(SortKey))
def test_keyset_windows_match_the_plain_order(db: Database, sort: SortKey) -> None:
    tied_shop(db)
    with db.snapshot() as conn:
        for name, flt in FILTERS.items():
            for descending in (False, True):
                _compare(conn, name, flt, sort, descending)


def _compare(conn: Connection, name: str, flt: OrderFilter, sort: SortKey, desc: bool) -> None:
    whole = _read(conn, flt, sort=sort, descending=desc, limit=1000)
    expected = plain_order(conn, flt, sort, desc)
    assert len(whole) > 5, name
    assert _pks(whole) == expected, (name, desc)
    for skip in (1, 4, 9, 21):  # windows read from the start, as the model reads the first
        first = _read(conn, flt, sort=sort, descending=desc, offset=skip, limit=4)
        assert _pks(first) == expected[skip : skip + 4], (name, desc, skip)
    for at in range(0, len(whole), 3):
        for skip in (0, 9, len(whole)):
            forward = _read(conn, flt, sort=sort, descending=desc, after=whole[at], offset=skip,
                            limit=4)  # fmt: skip
            start = at + 1 + skip
            assert _pks(forward) == expected[start : start + 4], (name, desc, at, skip)
            # the rows before it, read backwards from it as the model reads towards the start
            backward = _read(conn, flt, sort=sort, descending=not desc, after=whole[at],
                             offset=skip, limit=4)  # fmt: skip
            end = max(at - skip, 0)
            assert _pks(backward)[::-1] == expected[max(end - 4, 0) : end], (name, desc, at, skip)


def test_the_ship_by_sort_puts_nulls_where_the_database_does(db: Database) -> None:
    """SQLite sorts NULL first going up, PostgreSQL last: the paging follows either."""
    tied_shop(db)
    with db.snapshot() as conn:
        whole = _read(conn, OrderFilter(), sort=SortKey.SHIP_BY, descending=False, limit=1000)
        pages = [
            _read(conn, OrderFilter(), sort=SortKey.SHIP_BY, descending=False, after=row, limit=3)
            for row in whole
        ]
    nulls = [r.ship_by is None for r in whole]
    assert any(nulls) and not all(nulls)
    boundary = nulls.index(not nulls[0])  # the first row of the other kind
    for at in (boundary - 2, boundary - 1, boundary):
        assert _pks(pages[at]) == _pks(whole[at + 1 : at + 4])
