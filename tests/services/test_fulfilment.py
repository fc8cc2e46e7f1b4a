"""Shipping, returns, stock levels, Amazon requests: what each does to the shop."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core.errors import DomainError, IllegalTransition, NotFound, StaleOrder
from desktop_app.core.reasons import RequestChannel
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import AmazonRequest, AuditEvent, Order, Stock
from desktop_app.services.context import Context
from desktop_app.services.orders import get_order, mark_shipped
from desktop_app.services.requests import (
    accept_request,
    ask_amazon,
    open_requests,
    record_request,
)
from desktop_app.services.returns import list_returns, receive_return, start_return
from desktop_app.services.stock import set_on_hand, stock_levels
from tests.factories import dump, make_order

CTX = Context(actor="tester")
OID = "111-0000001-0000001"


def test_shipping_takes_goods_from_stock_and_records_history(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, items=(("MUG-1", 2, 2400),), stock=5)
    with db.transaction() as s:
        assert mark_shipped(s, CTX, OID) is OrderStatus.SHIPPED
    with db.reading() as s:
        assert s.get(Stock, "MUG-1").on_hand == 3  # type: ignore[union-attr]
        detail = get_order(s, OID)
    assert detail.order.shipped_at is not None
    assert [h.action for h in detail.history] == ["order.ship"]
    assert "2 × MUG-1" in detail.history[0].summary


def test_shipping_twice_is_refused_with_a_sentence(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, status=OrderStatus.SHIPPED)
    before = dump(db)
    with pytest.raises(DomainError, match="cannot be"), db.transaction() as s:
        mark_shipped(s, CTX, OID)
    assert dump(db) == before


def test_shipping_a_cancelled_order_is_an_illegal_transition(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, status=OrderStatus.CANCELED)
    with pytest.raises(IllegalTransition, match="cannot be reopened"), db.transaction() as s:
        mark_shipped(s, CTX, OID)


def test_shipping_with_a_stale_version_changes_nothing(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID)
    before = dump(db)
    with pytest.raises(StaleOrder), db.transaction() as s:
        mark_shipped(s, CTX, OID, expected_version=99)
    assert dump(db) == before


def test_unknown_order_is_named(db: Database) -> None:
    with pytest.raises(NotFound, match="no order 999"), db.reading() as s:
        get_order(s, "999")


def test_return_and_refund_then_restock(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, status=OrderStatus.SHIPPED, items=(("MUG-1", 2, 2400),), stock=0)
    with db.transaction() as s:
        ret = start_return(s, CTX, OID, reason="Damaged in transit")
        return_id = ret.id
    rows = _returns(db)
    assert rows[0].refund_minor == 2400 and rows[0].units == 2 and rows[0].state == "started"
    with pytest.raises(DomainError, match="Only 0 of MUG-1"), db.transaction() as s:
        order_item = get_order(s, OID).items[0].id
        start_return(s, CTX, OID, quantities={order_item: 1})
    with db.transaction() as s:
        receive_return(s, CTX, return_id, restock=True)
    with db.reading() as s:
        assert s.get(Stock, "MUG-1").on_hand == 2  # type: ignore[union-attr]
    assert _returns(db)[0].restocked


def _returns(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as s:
        return list_returns(s)


def test_return_needs_shipped_goods(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID)
    with pytest.raises(DomainError, match="Nothing of order"), db.transaction() as s:
        start_return(s, CTX, OID)


def test_stock_levels_show_reserved_available_and_oversold(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, items=(("MUG-1", 3, 3000),), stock=2)
        make_order(s, "111-0000002-0000002", status=OrderStatus.SHIPPED,
                   items=(("MUG-1", 5, 3000),))  # fmt: skip
    with db.reading() as s:
        (row,) = stock_levels(s)
        assert (row.on_hand, row.reserved, row.available, row.oversold) == (2, 3, -1, True)
        assert [r.sku for r in stock_levels(s, oversold_only=True)] == ["MUG-1"]
    with db.transaction() as s:
        set_on_hand(s, CTX, "MUG-1", 10)
    with db.reading() as s:
        assert stock_levels(s)[0].available == 7
        assert s.execute(select(AuditEvent.summary)).scalar_one() == (
            "Stock of MUG-1 set from 2 to 10 (counted)."
        )
    with pytest.raises(DomainError, match="cannot be negative"), db.transaction() as s:
        set_on_hand(s, CTX, "MUG-1", -1)


def test_ask_amazon_only_for_afn_orders_in_the_warehouse(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, channel=Channel.AFN)
        make_order(s, "111-0000002-0000002")
    with db.transaction() as s:
        ask_amazon(s, CTX, OID, note="Buyer wrote that the address is wrong")
    with pytest.raises(DomainError, match="not held by Amazon"), db.transaction() as s:
        ask_amazon(s, CTX, "111-0000002-0000002")
    with db.reading() as s:
        assert len(s.execute(select(AmazonRequest)).all()) == 1


def test_open_requests_oldest_first_and_not_for_shipped_orders(db: Database) -> None:
    from datetime import timedelta

    from desktop_app.core.clock import utcnow

    with db.transaction() as s:
        make_order(s, OID)
        make_order(s, "111-0000002-0000002")
        make_order(s, "111-0000003-0000003", status=OrderStatus.SHIPPED)
    with db.transaction() as s:
        record_request(s, CTX, "111-0000002-0000002", at=utcnow() - timedelta(hours=30))
        record_request(s, CTX, OID, at=utcnow() - timedelta(hours=1))
    with pytest.raises(DomainError, match="has not shipped"), db.transaction() as s:
        record_request(s, CTX, "111-0000003-0000003")
    with db.reading() as s:
        rows = open_requests(s)
        assert [r.order_id for r in rows] == ["111-0000002-0000002", OID]
        assert rows[0].overdue(utcnow()) and not rows[1].overdue(utcnow())
        assert s.execute(select(Order.has_open_request).where(Order.order_id == OID)).scalar()


def test_return_of_several_skus_lists_them_all_with_a_readable_refund(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, OID, status=OrderStatus.SHIPPED,
                   items=(("MUG-1", 1, 1500), ("TRAY-1", 1, 2500)))  # fmt: skip
    with db.transaction() as s:
        start_return(s, CTX, OID)
    (row,) = _returns(db)
    assert sorted(row.skus.split(", ")) == ["MUG-1", "TRAY-1"] and row.units == 2
    with db.reading() as s:
        assert "refund of $40.00" in get_order(s, OID).history[0].summary


@pytest.mark.parametrize(
    ("marketplace", "channel", "name", "counted"),
    [
        ("Amazon.com", RequestChannel.AMAZON, "Amazon", False),
        ("Amazon.com", RequestChannel.MESSAGE, "Amazon", True),  # Amazon's trap
        ("ebay.com", RequestChannel.AMAZON, "eBay", False),
        ("ebay.com", RequestChannel.MESSAGE, "eBay", False),  # eBay: the buyer's reason is enough
        ("Walmart", RequestChannel.AMAZON, "Walmart", False),
        ("Walmart", RequestChannel.MESSAGE, "Walmart", True),
    ],
)
def test_open_requests_say_their_marketplace_and_whether_accepting_counts(
    db: Database, marketplace: str, channel: RequestChannel, name: str, counted: bool
) -> None:
    with db.transaction() as s:
        make_order(s, OID).marketplace = marketplace
    with db.transaction() as s:
        record_request(s, CTX, OID, reason="ordered twice", channel=channel)
    with db.reading() as s:
        [request] = open_requests(s)
    assert (request.marketplace, request.counted_if_accepted) == (name, counted)
    with db.transaction() as s:  # and the rule the page shows is the one the cancel applies
        outcome = accept_request(s, CTX, request.request_id)
    assert outcome.counted is counted
