"""The order state machine, and the order status derived from its items."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.errors import DomainError, IllegalTransition
from desktop_app.core.policy import ItemFacts, OrderFacts, decide_cancellation
from desktop_app.core.reasons import Initiator
from desktop_app.core.status import (
    OPEN_STATUSES,
    TRANSITIONS,
    Channel,
    OrderStatus,
    can_transition,
    check_transition,
    order_status_from_items,
)

OID = "205-1118834-0091122"
FINAL = (OrderStatus.SHIPPED, OrderStatus.CANCELED)


def walks(start: OrderStatus, max_steps: int = 12) -> st.SearchStrategy[list[OrderStatus]]:
    """Sequences of states reached from ``start`` by allowed transitions (staying is allowed)."""

    @st.composite
    def walk(draw: st.DrawFn) -> list[OrderStatus]:
        path = [start]
        for _ in range(draw(st.integers(0, max_steps))):
            choices = sorted({path[-1], *TRANSITIONS[path[-1]]})
            nxt = draw(st.sampled_from(choices))
            assert can_transition(path[-1], nxt)
            path.append(nxt)
        return path

    return walk()


item_facts = st.builds(
    lambda k, q, s, c: ItemFacts(f"SKU-{k}", q, min(s, q), min(c, q - min(s, q))),
    st.integers(0, 5),
    st.integers(1, 5),
    st.integers(0, 5),
    st.integers(0, 5),
)


def test_every_status_has_a_row_and_a_label() -> None:
    assert set(TRANSITIONS) == set(OrderStatus)
    labels = [s.label for s in OrderStatus]
    assert len(set(labels)) == len(labels)
    assert OrderStatus.CANCELED.label == "Cancelled"
    assert OrderStatus.PARTIALLY_SHIPPED.label == "Partially shipped"


def test_shipped_and_cancelled_are_final_and_not_open() -> None:
    for status in FINAL:
        assert TRANSITIONS[status] == frozenset()
        assert not status.is_open
    assert OrderStatus.UNSHIPPED.is_open and OrderStatus.PENDING.is_open


@given(
    start=st.sampled_from(FINAL),
    data=st.data(),
    channel=st.sampled_from(list(Channel)),
    items=st.lists(item_facts, min_size=1, max_size=4),
    buyer_request=st.booleans(),
    by=st.sampled_from(list(Initiator)),
)
def test_no_walk_makes_a_shipped_or_cancelled_order_cancellable(
    start: OrderStatus,
    data: st.DataObject,
    channel: Channel,
    items: list[ItemFacts],
    buyer_request: bool,
    by: Initiator,
) -> None:
    path = data.draw(walks(start))
    for status in path:
        facts = OrderFacts(OID, channel, status, items, buyer_request)
        decision = decide_cancellation(facts, by=by)
        assert not decision.allowed, (path, decision)
        assert dict(decision.quantities) == {}
        requested = {i.key: max(i.open_quantity, 1) for i in items}
        assert not decide_cancellation(facts, requested, by=by).allowed


@given(data=st.data())
def test_from_pending_a_finished_order_never_reopens(data: st.DataObject) -> None:
    path = data.draw(walks(OrderStatus.PENDING, max_steps=20))
    finished_at = next((i for i, s in enumerate(path) if s in FINAL), None)
    if finished_at is None:
        assert all(s.is_open or s is OrderStatus.UNFULFILLABLE for s in path)
        return
    final = path[finished_at]
    assert all(s is final for s in path[finished_at:]), path
    for open_status in OPEN_STATUSES:
        assert not can_transition(final, open_status)
        with pytest.raises(IllegalTransition):
            check_transition(OID, final, open_status)


def test_an_order_with_shipped_goods_never_goes_back_to_nothing_shipped() -> None:
    shipped_something = {OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED}
    for status in shipped_something:
        for new in OrderStatus:
            if new not in shipped_something:
                assert not can_transition(status, new), f"{status} -> {new}"


def test_shipped_back_to_unshipped_says_return_and_refund() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(OID, OrderStatus.SHIPPED, OrderStatus.UNSHIPPED)
    message = str(info.value)
    assert OID in message
    assert "return and refund" in message
    assert message.endswith(".")


def test_cancelled_cannot_be_reopened() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(OID, OrderStatus.CANCELED, OrderStatus.PENDING)
    assert "cannot be reopened" in str(info.value)
    assert OID in str(info.value)


def test_partially_shipped_cannot_jump_to_cancelled() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(OID, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.CANCELED)
    assert str(info.value) == (
        f"Order {OID} cannot be marked cancelled: an order that is partially shipped "
        "cannot become cancelled."
    )


ALL_PAIRS = list(itertools.product(OrderStatus, OrderStatus))


@pytest.mark.parametrize(("current", "new"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_check_transition_agrees_with_the_table(current: OrderStatus, new: OrderStatus) -> None:
    allowed = new == current or new in TRANSITIONS[current]
    assert can_transition(current, new) is allowed
    if allowed:
        check_transition(OID, current, new)
        return
    with pytest.raises(IllegalTransition) as info:
        check_transition(OID, current, new)
    assert isinstance(info.value, DomainError)
    message = str(info.value)
    assert message.startswith(f"Order {OID} cannot be marked {new.label.lower()}")
    assert message.endswith(".")
    assert "OrderStatus" not in message


def test_the_usual_lives_of_an_order_are_allowed() -> None:
    lives = [
        [OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.SHIPPED],
        [
            OrderStatus.PENDING,
            OrderStatus.UNSHIPPED,
            OrderStatus.PARTIALLY_SHIPPED,
            OrderStatus.SHIPPED,
        ],
        [OrderStatus.PENDING, OrderStatus.CANCELED],
        [OrderStatus.UNSHIPPED, OrderStatus.CANCELED],
        [OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY, OrderStatus.UNSHIPPED],
    ]
    for life in lives:
        for a, b in itertools.pairwise(life):
            check_transition(OID, a, b)


# --- order_status_from_items -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "fallback", "expected"),
    [
        ([(2, 2, 0), (1, 1, 0)], OrderStatus.UNSHIPPED, OrderStatus.SHIPPED),
        ([(2, 2, 0), (1, 0, 1)], OrderStatus.UNSHIPPED, OrderStatus.SHIPPED),
        ([(2, 0, 2), (1, 0, 1)], OrderStatus.UNSHIPPED, OrderStatus.CANCELED),
        ([(2, 1, 0), (1, 0, 0)], OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED),
        ([(2, 1, 1), (1, 0, 0)], OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED),
        ([(2, 0, 0), (1, 0, 0)], OrderStatus.PENDING, OrderStatus.PENDING),
        ([(2, 0, 0), (1, 0, 0)], OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED),
        ([(2, 0, 1), (1, 0, 0)], OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED),
    ],
)
def test_order_status_from_items(
    items: list[tuple[int, int, int]], fallback: OrderStatus, expected: OrderStatus
) -> None:
    assert order_status_from_items(items, fallback) is expected


@st.composite
def shipping_histories(draw: st.DrawFn) -> list[list[tuple[int, int, int]]]:
    """An unshipped order's items, then one ship-or-cancel step after another."""
    quantities = draw(st.lists(st.integers(1, 4), min_size=1, max_size=4))
    state = [[q, 0, 0] for q in quantities]
    history = [[(q, s, c) for q, s, c in state]]
    for _ in range(draw(st.integers(1, 10))):
        i = draw(st.integers(0, len(state) - 1))
        q, s, c = state[i]
        if q - s - c == 0:
            continue
        n = draw(st.integers(1, q - s - c))
        if draw(st.booleans()):
            state[i][1] += n
        else:
            state[i][2] += n
        history.append([(q, s, c) for q, s, c in state])
    return history


@given(shipping_histories())
def test_derived_statuses_follow_the_state_machine(
    history: list[list[tuple[int, int, int]]],
) -> None:
    current = OrderStatus.UNSHIPPED
    for items in history:
        derived = order_status_from_items(items, OrderStatus.UNSHIPPED)
        check_transition(OID, current, derived)
        current = derived
        left = sum(q - s - c for q, s, c in items)
        assert derived.is_open is (left > 0)
        facts = OrderFacts(
            OID,
            Channel.MFN,
            derived,
            [ItemFacts(f"S{i}", q, s, c) for i, (q, s, c) in enumerate(items)],
        )
        # the policy offers exactly what the items leave open
        assert decide_cancellation(facts).allowed is (left > 0)
