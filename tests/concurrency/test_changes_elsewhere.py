"""The window notices edits made elsewhere with one cheap query, and learns which orders."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.db.database import Database, open_database
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.changes import (
    Marker,
    changes_since,
    current_marker,
    has_changed,
)
from desktop_app.services.context import Context, audit
from desktop_app.services.stock import set_on_hand
from tests.factories import make_order

CTX = Context(actor="ben", source="cli", via="cli")


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Database, Database]]:
    window, elsewhere = open_database(db_url), open_database(db_url)
    with elsewhere.transaction() as s:
        for n in range(3):
            make_order(s, f"111-0000000-000000{n}", items=(("MUG-1", 1, 900),))
    yield window, elsewhere
    window.close()
    elsewhere.close()


def _statements(db: Database) -> list[str]:
    seen: list[str] = []

    def count(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if not statement.startswith("BEGIN"):  # SQLite's explicit BEGIN is not a query
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    return seen


def test_nothing_changed_costs_one_statement(two: tuple[Database, Database]) -> None:
    window, _ = two
    with window.reading() as s:
        marker = current_marker(s)
    seen = _statements(window)
    with window.reading() as s:
        assert has_changed(s, marker) is False
    assert len(seen) == 1


def test_a_cancel_elsewhere_names_the_order(two: tuple[Database, Database]) -> None:
    window, elsewhere = two
    with window.reading() as s:
        marker = current_marker(s)
    with elsewhere.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000000-0000001", "GeneralAdjustment"))
    with window.reading() as s:
        assert has_changed(s, marker) is True
        found = changes_since(s, marker)
    assert found.order_ids == {"111-0000000-0000001"}
    assert not found.new_orders and not found.other and not found.reload and found.any
    with window.reading() as s:  # seen now: quiet until the next edit
        assert has_changed(s, found.marker) is False
        again = changes_since(s, found.marker)
    assert not again.any


def test_new_orders_and_stock_counts_are_noticed(two: tuple[Database, Database]) -> None:
    window, elsewhere = two
    with window.reading() as s:
        marker = current_marker(s)
    with elsewhere.transaction() as s:
        make_order(s, "111-0000000-0000009")  # the demo builder writes no audit event
    with window.reading() as s:
        assert has_changed(s, marker)
        found = changes_since(s, marker)
    assert found.new_orders and found.order_ids == frozenset() and not found.reload
    with elsewhere.transaction() as s:
        set_on_hand(s, CTX, "MUG-1", 4)
    with window.reading() as s:
        later = changes_since(s, found.marker)
    assert later.other and not later.new_orders and later.order_ids == frozenset()


def test_an_empty_marker_sees_existing_data(two: tuple[Database, Database]) -> None:
    window, _ = two
    with window.reading() as s:
        assert has_changed(s, Marker.empty())
        assert changes_since(s, Marker.empty()).new_orders


def test_a_late_commit_below_the_newest_id_is_noticed(two: tuple[Database, Database]) -> None:
    """PostgreSQL hands out ids at insert time: a slow transaction can commit a smaller id
    after a later one was already seen. (SQLite writes one at a time, so cannot.)"""
    window, elsewhere = two
    if window.engine.dialect.name == "sqlite":
        pytest.skip("SQLite serialises writers: ids are committed in order")
    third = open_database(window.url)
    try:
        with elsewhere.transaction() as slow:
            audit(slow, CTX, "note", "A slow edit, written first, committed last.")
            slow.flush()  # takes the smaller id
            with third.transaction() as quick:
                audit(quick, CTX, "note", "A quick edit, committed first.")
            with window.reading() as s:
                marker = current_marker(s)  # has seen the quick one only
        with window.reading() as s:
            assert has_changed(s, marker)
            assert changes_since(s, marker).reload
    finally:
        third.close()
