"""Bulk writes (db.bulk): COPY on PostgreSQL, executemany on SQLite, stored alike."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from desktop_app.db import tables
from desktop_app.db.bulk import bulk_insert
from desktop_app.db.database import Database

AWKWARD = 'tab\there, new\nline, back\\slash, "quote", \\N, café ☕'


def order(order_id: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "order_id": order_id,
        "merchant_order_id": None,
        "purchase_date": datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=UTC),
        "purchase_day": date(2024, 5, 1),
        "last_updated": datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
        "status": "Unshipped",
        "channel": "MFN",
        "marketplace": "Amazon.com",
        "ship_service_level": None,
        "latest_ship_date": None,
        "shipped_at": None,
        "currency": "USD",
        "total_minor": 1234,
        "item_count": 1,
        "skus": "A",
        "ship_city": AWKWARD,
        "ship_state": None,
        "ship_postal_code": None,
        "ship_country": "US",
        "is_business_order": True,
        "search_text": "walnut mug",
        "has_open_request": False,
        "cancel_counted": False,
        "version": 1,
    }
    row.update(extra)
    return row


def stored(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        query = select(tables.orders).order_by(tables.orders.c.order_id)
        return [tuple(r)[1:] for r in conn.execute(query)]  # without the key


def test_bulk_rows_are_stored_as_an_insert_stores_them(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(tables.orders), [order("by-insert")])
        keys = bulk_insert(conn, tables.orders, [order("by-bulk-1"), order("by-bulk-2")], ids=True)
    rows = stored(db)
    assert rows[0][1:] == rows[1][1:] == rows[2][1:]  # everything but the order id alike
    assert rows[0][0] == "by-bulk-1" and rows[0][15] == AWKWARD
    with db.engine.connect() as conn:
        found = dict(conn.execute(select(tables.orders.c.order_id, tables.orders.c.id)).all())
    if db.engine.dialect.name == "postgresql":
        assert keys == [found["by-bulk-1"], found["by-bulk-2"]]  # reserved, then written
    else:
        assert keys is None  # SQLite: the caller finds them


def test_json_and_keys_of_bulk_rows_match_the_new_orders(db: Database) -> None:
    with db.engine.begin() as conn:
        keys = bulk_insert(conn, tables.orders, [order(f"o-{n}") for n in range(5)], ids=True)
        if keys is None:
            keys = list(
                conn.execute(select(tables.orders.c.id).order_by(tables.orders.c.id)).scalars()
            )
        # one details object shared by most rows (as an import's plain orders share one),
        # the others each their own: every row stores its own
        shared = {"file": "f.txt", "changes": ["imported", AWKWARD]}
        details = {
            pk: shared if n != 2 else {"changes": [n, 2.5, None]} for n, pk in enumerate(keys)
        }
        events = [
            {"at": datetime(2024, 5, 2, tzinfo=UTC), "actor": "me", "source": "f.txt",
             "order_pk": pk, "action": "import.create", "summary": AWKWARD,
             "details": details[pk]}
            for pk in keys
        ]  # fmt: skip
        bulk_insert(conn, tables.audit_events, events)
    with db.engine.connect() as conn:
        query = select(tables.audit_events.c.order_pk, tables.audit_events.c.details)
        got = conn.execute(query.order_by(tables.audit_events.c.order_pk)).all()
    assert [pk for pk, _ in got] == sorted(keys)
    assert [found for _, found in got] == [details[pk] for pk in sorted(keys)]
    assert got[2][1] == {"changes": [2, 2.5, None]} and got[3][1] == shared


def test_a_bulk_write_the_database_refuses_leaves_nothing(db: Database) -> None:
    """The second write breaks a constraint (a duplicate order id): the transaction fails and
    the first write's rows go with it."""
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        bulk_insert(conn, tables.orders, [order(f"o-{n}") for n in range(100)], ids=True)
        bulk_insert(conn, tables.orders, [order("o-7")], ids=True)
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tables.orders)).scalar_one() == 0


def test_a_column_without_a_binary_form_is_copied_as_text(db: Database) -> None:
    """COPY goes binary with the server's own column types; a table with a type it does not
    write in binary (numeric here) is copied as text, and stores the same values."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    from decimal import Decimal

    from sqlalchemy import JSON, Column, Integer, MetaData, Numeric, String, Table

    from desktop_app.db.copy import copy_rows

    meta = MetaData()
    plain = Table("copy_plain", meta, Column("id", Integer), Column("note", String(20)),
                  Column("details", JSON))  # fmt: skip
    odd = Table("copy_odd", meta, Column("id", Integer), Column("amount", Numeric(10, 2)))
    meta.create_all(db.engine)
    try:
        with db.engine.begin() as conn:
            bulk_insert(conn, plain, [{"id": 1, "note": AWKWARD[:20], "details": {"a": [1]}}])
            copy_rows(conn, odd, ["id", "amount"], [(1, Decimal("12.34")), (2, None)])
        with db.engine.connect() as conn:
            assert conn.execute(select(plain)).all() == [(1, AWKWARD[:20], {"a": [1]})]
            assert conn.execute(select(odd).order_by(odd.c.id)).all() == [
                (1, Decimal("12.34")),
                (2, None),
            ]
    finally:
        meta.drop_all(db.engine)
