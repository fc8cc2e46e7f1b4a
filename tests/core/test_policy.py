"""decide_cancellation: each cell of domain.md's "Who may cancel what" table; partial cancels."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.policy import (
    Decision,
    ItemFacts,
    OrderFacts,
    Path,
    decide_cancellation,
)
from desktop_app.core.reasons import Initiator
from desktop_app.core.status import Channel, OrderStatus

OID = "114-3941689-8772232"


def open_items() -> list[ItemFacts]:
    return [ItemFacts("MUG-RED", 2), ItemFacts("MUG-BLUE", 1)]


def items_for(status: OrderStatus) -> list[ItemFacts]:
    """Items consistent with the order's status."""
    if status is OrderStatus.PARTIALLY_SHIPPED:
        return [ItemFacts("MUG-RED", 2, shipped=2), ItemFacts("MUG-BLUE", 1)]
    if status is OrderStatus.SHIPPED:
        return [ItemFacts("MUG-RED", 2, shipped=2), ItemFacts("MUG-BLUE", 1, shipped=1)]
    if status is OrderStatus.CANCELED:
        return [ItemFacts("MUG-RED", 2, cancelled=2), ItemFacts("MUG-BLUE", 1, cancelled=1)]
    return open_items()


def order(
    status: OrderStatus,
    channel: Channel = Channel.MFN,
    *,
    items: list[ItemFacts] | None = None,
    request: bool = False,
) -> OrderFacts:
    return OrderFacts(
        order_id=OID,
        channel=channel,
        status=status,
        items=items if items is not None else items_for(status),
        open_buyer_request=request,
    )


def assert_plain_sentence(why: str, *, names_order: bool = True) -> None:
    """One sentence a seller can read: capitalised, ends with a full stop, no code leaking."""
    assert why, "the decision must say why"
    assert why[0].isupper(), why
    assert why.endswith("."), why
    assert "\n" not in why
    assert ". " not in why.rstrip("."), f"more than one sentence: {why!r}"
    assert not re.search(r"\b(Path|OrderStatus|Channel|Initiator)\.", why), why
    assert "None" not in why and "{" not in why, why
    if names_order:
        assert OID in why, f"the sentence must name the order: {why!r}"


# --- the table, cell by cell -------------------------------------------------------------------

PENDING = (OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY)

# (status, channel, allowed, path, a word the sentence must contain)
TABLE = [
    *[(s, Channel.MFN, True, Path.CANCEL, "pending") for s in PENDING],
    *[(s, Channel.AFN, True, Path.CANCEL, "pending") for s in PENDING],
    (OrderStatus.UNSHIPPED, Channel.MFN, True, Path.CANCEL, "not shipped"),
    (OrderStatus.UNSHIPPED, Channel.AFN, False, Path.ASK_AMAZON, "Amazon"),
    (OrderStatus.PARTIALLY_SHIPPED, Channel.MFN, True, Path.CANCEL, "unshipped items"),
    (OrderStatus.PARTIALLY_SHIPPED, Channel.AFN, False, Path.ASK_AMAZON, "Amazon"),
    (OrderStatus.SHIPPED, Channel.MFN, False, Path.RETURN_REFUND, "return and refund"),
    (OrderStatus.SHIPPED, Channel.AFN, False, Path.RETURN_REFUND, "return and refund"),
    (OrderStatus.CANCELED, Channel.MFN, False, Path.NONE, "already cancelled"),
    (OrderStatus.CANCELED, Channel.AFN, False, Path.NONE, "already cancelled"),
]


@pytest.mark.parametrize(
    ("status", "channel", "allowed", "path", "word"),
    TABLE,
    ids=[f"{c.value}-{s.value}" for s, c, *_ in TABLE],
)
def test_table_cell_for_the_seller(
    status: OrderStatus, channel: Channel, allowed: bool, path: Path, word: str
) -> None:
    decision = decide_cancellation(order(status, channel))
    assert decision.allowed is allowed
    assert decision.path is path
    assert_plain_sentence(decision.why)
    assert word.lower() in decision.why.lower()
    if not allowed:
        assert dict(decision.quantities) == {}, "a refused cancellation cancels nothing"


def test_table_covers_both_channels_for_every_row() -> None:
    rows = {s for s, *_ in TABLE}
    assert rows == {
        OrderStatus.PENDING,
        OrderStatus.PENDING_AVAILABILITY,
        OrderStatus.UNSHIPPED,
        OrderStatus.PARTIALLY_SHIPPED,
        OrderStatus.SHIPPED,
        OrderStatus.CANCELED,
    }
    for status in rows:
        assert {c for s, c, *_ in TABLE if s is status} == {Channel.MFN, Channel.AFN}


@pytest.mark.parametrize("status", PENDING)
@pytest.mark.parametrize("channel", list(Channel))
def test_pending_order_cancels_every_open_item(status: OrderStatus, channel: Channel) -> None:
    decision = decide_cancellation(order(status, channel))
    assert dict(decision.quantities) == {"MUG-RED": 2, "MUG-BLUE": 1}
    assert decision.partial is False
    assert "pending" in decision.why.lower()


def test_mfn_unshipped_cancels_whole_order() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED))
    assert decision.allowed
    assert decision.path is Path.CANCEL
    assert dict(decision.quantities) == {"MUG-RED": 2, "MUG-BLUE": 1}
    assert decision.partial is False


@pytest.mark.parametrize("status", [OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED, *PENDING])
def test_mfn_open_order_with_buyer_request_is_answered(status: OrderStatus) -> None:
    decision = decide_cancellation(order(status, request=True))
    assert decision.allowed
    assert decision.path is Path.ANSWER_REQUEST
    assert_plain_sentence(decision.why)
    assert "buyer asked" in decision.why.lower()
    assert "not count" in decision.why.lower()
    assert dict(decision.quantities) == {
        k.key: k.open_quantity for k in items_for(status) if k.open_quantity
    }


def test_partially_shipped_with_request_stays_partial() -> None:
    decision = decide_cancellation(order(OrderStatus.PARTIALLY_SHIPPED, request=True))
    assert decision.path is Path.ANSWER_REQUEST
    assert dict(decision.quantities) == {"MUG-BLUE": 1}
    assert decision.partial is True


@pytest.mark.parametrize("status", [OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED])
def test_afn_open_request_still_means_asking_amazon(status: OrderStatus) -> None:
    decision = decide_cancellation(order(status, Channel.AFN, request=True))
    assert not decision.allowed
    assert decision.path is Path.ASK_AMAZON


@pytest.mark.parametrize("status", [OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED])
def test_amazon_itself_may_cancel_an_afn_order_its_warehouse_holds(status: OrderStatus) -> None:
    decision = decide_cancellation(order(status, Channel.AFN), by=Initiator.AMAZON)
    assert decision.allowed
    assert decision.path is Path.CANCEL
    assert_plain_sentence(decision.why)


@pytest.mark.parametrize("status", [OrderStatus.SHIPPED, OrderStatus.CANCELED])
@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize("by", list(Initiator))
@pytest.mark.parametrize("buyer_request", [False, True])
def test_shipped_or_cancelled_refused_whoever_asks(
    status: OrderStatus, channel: Channel, by: Initiator, buyer_request: bool
) -> None:
    decision = decide_cancellation(order(status, channel, request=buyer_request), by=by)
    assert not decision.allowed
    expected = Path.RETURN_REFUND if status is OrderStatus.SHIPPED else Path.NONE
    assert decision.path is expected
    assert dict(decision.quantities) == {}


@pytest.mark.parametrize("status", [OrderStatus.SHIPPED, OrderStatus.CANCELED])
def test_requested_items_do_not_reopen_a_finished_order(status: OrderStatus) -> None:
    decision = decide_cancellation(order(status), {"MUG-BLUE": 1})
    assert not decision.allowed
    assert decision.path in (Path.RETURN_REFUND, Path.NONE)


@pytest.mark.parametrize(
    ("status", "path"),
    [
        (OrderStatus.INVOICE_UNCONFIRMED, Path.ASK_AMAZON),
        (OrderStatus.UNFULFILLABLE, Path.ASK_AMAZON),
    ],
)
def test_other_afn_statuses_past_pending_go_to_amazon(status: OrderStatus, path: Path) -> None:
    decision = decide_cancellation(order(status, Channel.AFN))
    assert not decision.allowed
    assert decision.path is path


def test_every_path_has_a_distinct_button_label() -> None:
    labels = [p.action_label for p in Path]
    assert len(set(labels)) == len(labels)
    assert Path.RETURN_REFUND.action_label == "Start return and refund"
    assert Path.ASK_AMAZON.action_label == "Ask Amazon to cancel"


# --- partial cancellation ----------------------------------------------------------------------


def test_some_items_only_is_partial() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"MUG-RED": 1})
    assert decision.allowed
    assert decision.path is Path.CANCEL
    assert dict(decision.quantities) == {"MUG-RED": 1}
    assert decision.partial is True


def test_all_open_quantities_named_is_not_partial() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"MUG-RED": 2, "MUG-BLUE": 1})
    assert decision.allowed
    assert dict(decision.quantities) == {"MUG-RED": 2, "MUG-BLUE": 1}
    assert decision.partial is False


def test_more_than_open_is_refused() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"MUG-RED": 3})
    assert not decision.allowed
    assert dict(decision.quantities) == {}
    assert "Only 2 of MUG-RED" in decision.why
    assert_plain_sentence(decision.why, names_order=False)


@pytest.mark.parametrize("qty", [0, -1, -5])
def test_zero_or_negative_quantity_is_refused(qty: int) -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"MUG-RED": qty})
    assert not decision.allowed
    assert dict(decision.quantities) == {}
    assert "at least 1" in decision.why
    assert "MUG-RED" in decision.why


def test_unknown_item_is_refused() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"TEAPOT": 1})
    assert not decision.allowed
    assert dict(decision.quantities) == {}
    assert "TEAPOT" in decision.why
    assert_plain_sentence(decision.why)


def test_one_bad_line_refuses_the_whole_request() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {"MUG-RED": 1, "TEAPOT": 1})
    assert not decision.allowed
    assert dict(decision.quantities) == {}


def test_partially_shipped_cancels_only_unshipped_items() -> None:
    decision = decide_cancellation(order(OrderStatus.PARTIALLY_SHIPPED))
    assert decision.allowed
    assert dict(decision.quantities) == {"MUG-BLUE": 1}
    assert decision.partial is True


def test_partially_shipped_shipped_item_goes_to_return() -> None:
    decision = decide_cancellation(order(OrderStatus.PARTIALLY_SHIPPED), {"MUG-RED": 1})
    assert not decision.allowed
    assert decision.path is Path.RETURN_REFUND
    assert "2 already shipped" in decision.why
    assert "return and refund" in decision.why


def test_partly_shipped_line_cancels_only_its_unshipped_units() -> None:
    items = [ItemFacts("MUG-RED", 3, shipped=1)]
    o = order(OrderStatus.PARTIALLY_SHIPPED, items=items)
    ok = decide_cancellation(o, {"MUG-RED": 2})
    assert ok.allowed and dict(ok.quantities) == {"MUG-RED": 2}
    assert ok.partial is True  # part of the order has shipped
    too_many = decide_cancellation(o, {"MUG-RED": 3})
    assert not too_many.allowed
    assert too_many.path is Path.RETURN_REFUND
    assert "Only 2 of MUG-RED" in too_many.why


def test_already_cancelled_units_are_not_cancelled_twice() -> None:
    items = [ItemFacts("MUG-RED", 3, cancelled=1), ItemFacts("MUG-BLUE", 1)]
    o = order(OrderStatus.UNSHIPPED, items=items)
    assert dict(decide_cancellation(o).quantities) == {"MUG-RED": 2, "MUG-BLUE": 1}
    assert not decide_cancellation(o, {"MUG-RED": 3}).allowed


def test_afn_partial_request_still_asks_amazon() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED, Channel.AFN), {"MUG-RED": 1})
    assert not decision.allowed
    assert decision.path is Path.ASK_AMAZON


def test_choosing_no_items_is_not_told_to_start_a_return() -> None:
    decision = decide_cancellation(order(OrderStatus.UNSHIPPED), {})
    assert not decision.allowed
    assert decision.path is Path.CANCEL
    assert "return" not in decision.why.lower()


@st.composite
def open_orders(draw: st.DrawFn) -> tuple[OrderFacts, dict[str, int]]:
    n = draw(st.integers(1, 4))
    items = []
    for i in range(n):
        qty = draw(st.integers(1, 5))
        shipped = draw(st.integers(0, qty))
        cancelled = draw(st.integers(0, qty - shipped))
        items.append(ItemFacts(f"SKU-{i}", qty, shipped, cancelled))
    any_shipped = any(i.shipped for i in items)
    status = OrderStatus.PARTIALLY_SHIPPED if any_shipped else OrderStatus.UNSHIPPED
    keys = [*(i.key for i in items), "SKU-X"]
    requested = draw(st.dictionaries(st.sampled_from(keys), st.integers(-1, 6), min_size=1))
    request = draw(st.booleans())
    return OrderFacts(OID, Channel.MFN, status, items, request), requested


@given(open_orders())
def test_partial_requests_match_a_plain_reference(case: tuple[OrderFacts, dict[str, int]]) -> None:
    o, requested = case
    open_qty = {i.key: i.open_quantity for i in o.items}
    valid = all(k in open_qty and 1 <= q <= open_qty[k] for k, q in requested.items())
    decision: Decision = decide_cancellation(o, requested)
    assert decision.allowed is valid
    if not valid:
        assert dict(decision.quantities) == {}
        return
    assert dict(decision.quantities) == requested
    some_left = any(requested.get(k, 0) < q for k, q in open_qty.items())
    assert decision.partial is (some_left or o.status is OrderStatus.PARTIALLY_SHIPPED)
    assert decision.path is (Path.ANSWER_REQUEST if o.open_buyer_request else Path.CANCEL)
