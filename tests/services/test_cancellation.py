"""Cancelling through the services: policy, stock, rate, audit, and all-or-nothing writes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.core.clock import utcnow
from desktop_app.core.errors import CancellationRefused, StaleOrder
from desktop_app.core.policy import Path
from desktop_app.core.reasons import RequestChannel
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import AuditEvent, Cancellation, Order, Stock
from desktop_app.services import cancellation as cancellation_module
from desktop_app.services.cancellation import CancelRequest, cancel_order, preview_cancel
from desktop_app.services.context import Context
from desktop_app.services.health import cancellation_window
from desktop_app.services.requests import accept_request, decline_request, record_request
from tests.factories import dump, make_order

CTX = Context(actor="tester")


def _order(db: Database, order_id: str = "111-0000001-0000001", **kw: object) -> None:
    with db.transaction() as s:
        make_order(s, order_id, **kw)  # type: ignore[arg-type]


def test_cancel_unshipped_mfn_counts_and_writes_everything(db: Database) -> None:
    _order(db, items=(("MUG-1", 2, 2400), ("TRAY-1", 1, 1500)))
    with db.transaction() as s:
        out = cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "GeneralAdjustment"))
    assert out.status is OrderStatus.CANCELED
    assert out.counted is True
    assert out.refund_minor == 3900
    with db.reading() as s:
        order = s.execute(select(Order)).scalar_one()
        assert order.status == "Canceled" and order.cancel_counted
        assert all(i.quantity_cancelled == i.quantity for i in order.items)
        events = s.execute(select(AuditEvent.action, AuditEvent.summary)).all()
        assert events[0][0] == "order.cancel" and "counts against the seller" in events[0][1]
        # restocked: the goods never left, so on hand is unchanged
        assert s.get(Stock, "MUG-1").on_hand == 10  # type: ignore[union-attr]


def test_no_inventory_writes_off_and_can_zero_available(db: Database) -> None:
    _order(db, items=(("MUG-1", 2, 2400),))
    _order(db, "111-0000002-0000002", items=(("MUG-1", 3, 3600),))
    with db.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "NoInventory", zero_stock=True))
    with db.reading() as s:
        # 10 on hand, 2 written off, then set so that available (on hand - 3 reserved) is zero
        assert s.get(Stock, "MUG-1").on_hand == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("channel", "status", "path"),
    [
        (Channel.MFN, OrderStatus.SHIPPED, Path.RETURN_REFUND),
        (Channel.AFN, OrderStatus.UNSHIPPED, Path.ASK_AMAZON),
        (Channel.MFN, OrderStatus.CANCELED, Path.NONE),
    ],
)
def test_refused_cancel_changes_nothing(
    db: Database, channel: Channel, status: OrderStatus, path: Path
) -> None:
    _order(db, channel=channel, status=status)
    before = dump(db)
    with db.reading() as s:
        preview = preview_cancel(s, CancelRequest("111-0000001-0000001", "NoInventory"), utcnow())
    assert not preview.decision.allowed and preview.decision.path is path
    with pytest.raises(CancellationRefused, match="111-0000001-0000001"), db.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "NoInventory"))
    assert dump(db) == before


def test_cancel_failing_halfway_rolls_back(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _order(db, items=(("MUG-1", 2, 2400), ("TRAY-1", 1, 1500)))
    before = dump(db)
    calls = []

    def broken(*args: object, **kwargs: object) -> None:
        calls.append(args)
        raise OSError("disk full")  # after the cancellation rows and item changes were made

    monkeypatch.setattr(cancellation_module, "audit", broken)
    with pytest.raises(OSError), db.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "NoInventory"))
    assert calls
    assert dump(db) == before


def test_stale_version_is_refused_and_changes_nothing(db: Database) -> None:
    _order(db)
    with db.reading() as s:
        seen = s.execute(select(Order.version)).scalar_one()
    with db.transaction() as s:  # someone else records a request meanwhile
        record_request(s, CTX, "111-0000001-0000001", channel=RequestChannel.MESSAGE)
    before = dump(db)
    req = CancelRequest("111-0000001-0000001", "NoInventory", expected_version=seen)
    with pytest.raises(StaleOrder, match="changed since you opened it"), db.transaction() as s:
        cancel_order(s, CTX, req)
    assert dump(db) == before


def test_partial_cancel_keeps_the_rest_and_counts_once(db: Database) -> None:
    _order(db, items=(("MUG-1", 3, 3000), ("TRAY-1", 1, 1500)))
    with db.reading() as s:
        mug = s.execute(select(Order)).scalar_one().items[0].id
    with db.transaction() as s:
        out = cancel_order(
            s, CTX, CancelRequest("111-0000001-0000001", "NoInventory", quantities={mug: 1})
        )
    assert out.status is OrderStatus.UNSHIPPED and out.refund_minor == 1000
    with db.transaction() as s:
        second = cancel_order(
            s, CTX, CancelRequest("111-0000001-0000001", "NoInventory", quantities={mug: 2})
        )
    assert second.rate_before.counted == second.rate_after.counted == 1
    with db.reading() as s:
        assert cancellation_window(s, utcnow().date()).counted == 1
        assert len(s.execute(select(Cancellation)).all()) == 2


def test_too_many_units_refused(db: Database) -> None:
    _order(db, items=(("MUG-1", 3, 3000),))
    with db.reading() as s:
        mug = s.execute(select(Order)).scalar_one().items[0].id
    with pytest.raises(CancellationRefused, match="Only 3 of MUG-1"), db.transaction() as s:
        cancel_order(
            s, CTX, CancelRequest("111-0000001-0000001", "NoInventory", quantities={mug: 4})
        )


def test_what_if_equals_the_rate_after_applying(db: Database) -> None:
    for n in range(1, 11):
        _order(db, f"111-0000000-00000{n:02d}")
    _order(db, "222-0000000-0000001", channel=Channel.AFN, status=OrderStatus.PENDING)
    req = CancelRequest("111-0000000-0000003", "PricingError")
    with db.reading() as s:
        preview = preview_cancel(s, req, utcnow())
    assert preview.rate_before.rate == 0.0
    assert preview.rate_after.rate == pytest.approx(0.1)
    with db.transaction() as s:
        cancel_order(s, CTX, req)
    with db.reading() as s:
        assert cancellation_window(s, utcnow().date()) == preview.rate_after


def test_old_order_outside_the_window_leaves_the_rate(db: Database) -> None:
    _order(db, purchased=utcnow() - timedelta(days=9))
    _order(db, "111-0000002-0000002")
    with db.reading() as s:
        preview = preview_cancel(s, CancelRequest("111-0000001-0000001", "NoInventory"), utcnow())
    assert preview.counted and preview.rate_after == preview.rate_before


def test_buyer_cancelled_without_request_warns_and_counts(db: Database) -> None:
    _order(db)
    with db.reading() as s:
        preview = preview_cancel(s, CancelRequest("111-0000001-0000001", "BuyerCanceled"), utcnow())
    assert preview.counted
    assert preview.warning and "still counts against" in preview.warning


def test_message_only_request_still_counts(db: Database) -> None:
    _order(db)
    with db.transaction() as s:
        record_request(s, CTX, "111-0000001-0000001", channel=RequestChannel.MESSAGE)
    with db.transaction() as s:
        out = cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "BuyerCanceled"))
    assert out.counted


def test_accepting_a_buyer_request_does_not_count(db: Database) -> None:
    _order(db)
    with db.transaction() as s:
        request = record_request(s, CTX, "111-0000001-0000001", reason="Ordered by mistake")
        request_id = request.id
    with db.reading() as s:
        preview = preview_cancel(s, CancelRequest("111-0000001-0000001", "BuyerCanceled"), utcnow())
    assert preview.decision.path is Path.ANSWER_REQUEST and not preview.counted
    with db.transaction() as s:
        out = accept_request(s, CTX, request_id)
    assert not out.counted
    with db.reading() as s:
        order = s.execute(select(Order)).scalar_one()
        assert not order.has_open_request and not order.cancel_counted
        assert order.requests[0].state == "accepted"


def test_declining_needs_a_reason_and_closes_the_request(db: Database) -> None:
    _order(db)
    with db.transaction() as s:
        request_id = record_request(s, CTX, "111-0000001-0000001").id
    with pytest.raises(Exception, match="reason"), db.transaction() as s:
        decline_request(s, CTX, request_id, "  ")
    with db.transaction() as s:
        decline_request(s, CTX, request_id, "Already shipped this morning")
    with db.reading() as s:
        order = s.execute(select(Order)).scalar_one()
        assert not order.has_open_request and order.requests[0].state == "declined"


def test_same_sku_cancelled_recently_warns(db: Database) -> None:
    _order(db, items=(("MUG-1", 1, 1000),))
    _order(db, "111-0000002-0000002", items=(("MUG-1", 1, 1000),))
    with db.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "NoInventory"))
    with db.reading() as s:
        preview = preview_cancel(s, CancelRequest("111-0000002-0000002", "NoInventory"), utcnow())
    assert len(preview.same_sku_warnings) == 1
    assert "111-0000001-0000001" in preview.same_sku_warnings[0]


def test_accepting_a_message_only_request_counts_and_closes_it(db: Database) -> None:
    _order(db)
    with db.transaction() as s:
        request_id = record_request(
            s, CTX, "111-0000001-0000001", channel=RequestChannel.MESSAGE
        ).id
    with db.transaction() as s:
        out = accept_request(s, CTX, request_id)
    assert out.counted
    with db.reading() as s:
        order = s.execute(select(Order)).scalar_one()
        assert order.requests[0].state == "accepted" and order.cancel_counted


@pytest.mark.parametrize(("answer", "counted"), [(None, False), ("declined", True)])
def test_the_apps_cancel_asks_core_the_same_question_as_the_import(
    db: Database, answer: str | None, counted: bool
) -> None:
    """An open request through Amazon exempts the cancel; a declined one exempts nothing
    (core.reasons.request_on_record, also used by the import and the re-label)."""
    _order(db)
    with db.transaction() as s:
        request_id = record_request(s, CTX, "111-0000001-0000001").id
    if answer == "declined":
        with db.transaction() as s:
            decline_request(s, CTX, request_id, "Already packed")
    with db.transaction() as s:
        out = cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "BuyerCanceled"))
    assert out.counted is counted
