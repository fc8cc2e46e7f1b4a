"""Marketplace profiles: each cell of eBay's and Walmart's who-may-cancel tables, every counting
rule of all three profiles, the reasons each offers, and which profile an order's marketplace
chooses. Amazon's table itself is tested cell by cell in test_policy.py; here its profile is
checked to give the same answers."""

from __future__ import annotations

import itertools

import pytest

from desktop_app.core.marketplaces import (
    AMAZON,
    EBAY,
    PROFILES,
    WALMART,
    profile_by_key,
    profile_for,
)
from desktop_app.core.policy import ItemFacts, OrderFacts, Path, decide_cancellation
from desktop_app.core.reasons import Initiator, counts_against_seller, offered_reasons
from desktop_app.core.status import Channel, OrderStatus
from tests.core.test_policy import assert_plain_sentence, items_for

OID = "114-3941689-8772232"
ROWS = (
    OrderStatus.PENDING,
    OrderStatus.PENDING_AVAILABILITY,
    OrderStatus.UNSHIPPED,
    OrderStatus.PARTIALLY_SHIPPED,
    OrderStatus.SHIPPED,
    OrderStatus.CANCELED,
)


def order(status: OrderStatus, channel: Channel = Channel.MFN, request: bool = False) -> OrderFacts:
    return OrderFacts(OID, channel, status, items_for(status), open_buyer_request=request)


# --- which profile ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marketplace", "key"),
    [
        ("Amazon.com", "amazon"),
        ("Amazon.co.uk", "amazon"),
        ("amazon.de", "amazon"),
        ("eBay", "ebay"),
        ("ebay.com", "ebay"),
        ("EBAY_US", "ebay"),
        ("Walmart.com", "walmart"),
        ("walmart", "walmart"),
        ("Non-Amazon", "amazon"),  # unknown: Amazon's rules, the app's rules before profiles
        ("", "amazon"),
    ],
)
def test_the_orders_marketplace_chooses_the_profile(marketplace: str, key: str) -> None:
    assert profile_for(marketplace).key == key
    assert profile_by_key(key) is profile_for(marketplace)


def test_unknown_profile_key_is_a_sentence() -> None:
    with pytest.raises(ValueError, match="Unknown marketplace 'etsy'"):
        profile_by_key("etsy")


# --- who may cancel what ------------------------------------------------------------------------

# (status, channel, allowed, path, a word the sentence must contain)
EBAY_TABLE = [
    *[(s, c, True, Path.CANCEL, "pending") for s in ROWS[:2] for c in Channel],
    *[(OrderStatus.UNSHIPPED, c, True, Path.CANCEL, "not shipped") for c in Channel],
    *[
        (OrderStatus.PARTIALLY_SHIPPED, c, False, Path.RETURN_REFUND, "whole orders")
        for c in Channel
    ],
    *[(OrderStatus.SHIPPED, c, False, Path.RETURN_REFUND, "return and refund") for c in Channel],
    *[(OrderStatus.CANCELED, c, False, Path.NONE, "already cancelled") for c in Channel],
]
WALMART_TABLE = [
    *[(s, c, True, Path.CANCEL, "pending") for s in ROWS[:2] for c in Channel],
    (OrderStatus.UNSHIPPED, Channel.MFN, True, Path.CANCEL, "not shipped"),
    (OrderStatus.UNSHIPPED, Channel.AFN, False, Path.ASK_AMAZON, "Walmart Fulfillment"),
    (OrderStatus.PARTIALLY_SHIPPED, Channel.MFN, True, Path.CANCEL, "unshipped items"),
    (OrderStatus.PARTIALLY_SHIPPED, Channel.AFN, False, Path.ASK_AMAZON, "only Walmart"),
    *[(OrderStatus.SHIPPED, c, False, Path.RETURN_REFUND, "return and refund") for c in Channel],
    *[(OrderStatus.CANCELED, c, False, Path.NONE, "already cancelled") for c in Channel],
]


@pytest.mark.parametrize(
    ("profile", "status", "channel", "allowed", "path", "word"),
    [(EBAY, *row) for row in EBAY_TABLE] + [(WALMART, *row) for row in WALMART_TABLE],
    ids=[f"ebay-{c.value}-{s.value}" for s, c, *_ in EBAY_TABLE]
    + [f"walmart-{c.value}-{s.value}" for s, c, *_ in WALMART_TABLE],
)
def test_table_cell(profile, status, channel, allowed, path, word) -> None:  # type: ignore[no-untyped-def]
    decision = profile.decide(order(status, channel))
    assert decision.allowed is allowed
    assert decision.path is path
    assert_plain_sentence(decision.why)
    assert word.lower() in decision.why.lower()
    if not allowed:
        assert dict(decision.quantities) == {}


@pytest.mark.parametrize("table", [EBAY_TABLE, WALMART_TABLE], ids=["ebay", "walmart"])
def test_tables_cover_every_status_and_channel(table: list[tuple[object, ...]]) -> None:
    assert {(s, c) for s, c, *_ in table} == set(itertools.product(ROWS, Channel))


@pytest.mark.parametrize("status", ROWS)
@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize("asked", [False, True])
def test_amazon_profile_is_decide_cancellation(
    status: OrderStatus, channel: Channel, asked: bool
) -> None:
    facts = order(status, channel, asked)
    for by in Initiator:
        assert AMAZON.decide(facts, by=by) == decide_cancellation(facts, by=by)


def test_ebay_cancels_whole_orders_only() -> None:
    facts = OrderFacts(
        OID, Channel.MFN, OrderStatus.UNSHIPPED, [ItemFacts("A", 2), ItemFacts("B", 1)]
    )
    part = EBAY.decide(facts, {"A": 1})
    assert not part.allowed and "whole orders only" in part.why
    assert EBAY.decide(facts, {"A": 2, "B": 1}).allowed
    bad = EBAY.decide(facts, {"A": 5})
    assert not bad.allowed and "Only 2 of A" in bad.why
    walmart = WALMART.decide(facts, {"A": 1})  # Walmart cancels line by line
    assert walmart.allowed and walmart.partial and dict(walmart.quantities) == {"A": 1}


@pytest.mark.parametrize("profile", [EBAY, WALMART], ids=["ebay", "walmart"])
def test_an_open_buyer_request_is_answered(profile) -> None:  # type: ignore[no-untyped-def]
    decision = profile.decide(order(OrderStatus.UNSHIPPED, Channel.MFN, request=True))
    assert decision.allowed and decision.path is Path.ANSWER_REQUEST
    assert (
        profile.decide(
            order(OrderStatus.UNSHIPPED, Channel.MFN, request=True), by=Initiator.BUYER
        ).path
        is Path.CANCEL
    )


def test_walmart_itself_may_cancel_a_wfs_order() -> None:
    assert WALMART.decide(order(OrderStatus.UNSHIPPED, Channel.AFN), by=Initiator.AMAZON).allowed
    assert WALMART.action_label(Path.ASK_AMAZON) == "Ask Walmart to cancel"
    assert AMAZON.action_label(Path.ASK_AMAZON) == "Ask Amazon to cancel"


# --- what counts -----------------------------------------------------------------------------

CODES = [r.code for r in offered_reasons()]
COMBOS = list(
    itertools.product(Channel, Initiator, CODES, [False, True], [False, True])
)  # channel, initiator, reason, request on record, was pending


def ebay_expected(
    channel: Channel, by: Initiator, code: str, on_record: bool, pending: bool
) -> bool:
    """eBay: only the seller's out-of-stock / can't-fulfil cancels of a paid order are defects."""
    return (
        by is Initiator.SELLER
        and not pending
        and code
        in (
            "NoInventory",
            "PricingError",
            "GeneralAdjustment",
        )
    )


def walmart_expected(
    channel: Channel, by: Initiator, code: str, on_record: bool, pending: bool
) -> bool:
    """Walmart: seller-fulfilled orders cancelled by the seller or by Walmart, unless the buyer
    cancelled or asked through Walmart; a pending order the buyer cancelled never counts."""
    if channel is Channel.AFN or by is Initiator.BUYER:
        return False
    if pending and by is not Initiator.SELLER:
        return False
    return not on_record


@pytest.mark.parametrize(("channel", "by", "code", "on_record", "pending"), COMBOS)
def test_counting_rules_of_every_profile(
    channel: Channel, by: Initiator, code: str, on_record: bool, pending: bool
) -> None:
    kw = {
        "channel": channel,
        "initiator": by,
        "reason_code": code,
        "request_on_record": on_record,
        "was_pending": pending,
    }
    assert AMAZON.counts(**kw) == counts_against_seller(  # type: ignore[arg-type]
        channel=channel, initiator=by, request_on_record=on_record, was_pending=pending
    )
    assert EBAY.counts(**kw) == ebay_expected(channel, by, code, on_record, pending)  # type: ignore[arg-type]
    assert WALMART.counts(**kw) == walmart_expected(channel, by, code, on_record, pending)  # type: ignore[arg-type]


def test_the_traps_differ_between_amazon_and_ebay() -> None:
    """A buyer who asked only in a message: Amazon counts it, eBay does not (as 'buyer asked')."""
    seller = {"channel": Channel.MFN, "initiator": Initiator.SELLER, "request_on_record": False}
    assert AMAZON.counts(reason_code="BuyerCanceled", **seller)  # type: ignore[arg-type]
    assert not EBAY.counts(reason_code="BuyerCanceled", **seller)  # type: ignore[arg-type]
    assert WALMART.counts(reason_code="BuyerCanceled", **seller)  # type: ignore[arg-type]
    # out of stock with the buyer's request on record: eBay still counts it, the others do not
    seller["request_on_record"] = True
    assert EBAY.counts(reason_code="NoInventory", **seller)  # type: ignore[arg-type]
    assert not AMAZON.counts(reason_code="NoInventory", **seller)  # type: ignore[arg-type]
    assert not WALMART.counts(reason_code="NoInventory", **seller)  # type: ignore[arg-type]


# --- reasons, messages, metric ----------------------------------------------------------------


def test_reason_codes_are_the_same_words_everywhere() -> None:
    known = {r.code for r in offered_reasons()}
    for profile in PROFILES:
        assert {r.code for r in profile.reason_rules} <= known
        for rule in profile.reason_rules:
            assert rule.buyer_message and rule.label and rule.native
    assert not EBAY.offers("CustomerExchange") and not WALMART.offers("GeneralAdjustment")
    assert "eBay has no such cancellation reason" in EBAY.not_offered("CustomerExchange")
    assert WALMART.rule("NoInventory").native == "SELLER_CANCEL_OUT_OF_STOCK"  # type: ignore[union-attr]


def test_warnings_and_meanings_name_the_marketplace() -> None:
    assert "eBay" in (EBAY.counted_warning("NoInventory", request_on_record=True) or "")
    assert EBAY.counted_warning("BuyerCanceled", request_on_record=False) is None
    assert "through Walmart" in (
        WALMART.counted_warning("BuyerCanceled", request_on_record=False) or ""
    )
    assert AMAZON.counted_warning("BuyerCanceled", request_on_record=False)
    assert "does not count" in EBAY.meaning("BuyerCanceled")
    assert "Out of stock or can't fulfil" in EBAY.meaning("NoInventory")


@pytest.mark.parametrize(
    ("profile", "window", "target", "at_target_ok"),
    [(AMAZON, 7, 0.025, False), (EBAY, 90, 0.02, True), (WALMART, 30, 0.02, True)],
)
def test_metric(profile, window, target, at_target_ok) -> None:  # type: ignore[no-untyped-def]
    assert profile.window_days == window and profile.metric.target == target
    status = profile.metric.status(target)
    assert (status.value != "over target") is at_target_ok
    assert profile.metric.status(target + 0.001).value == "over target"
    assert profile.judged(Channel.MFN)
    assert profile.judged(Channel.AFN) is (profile is EBAY)
