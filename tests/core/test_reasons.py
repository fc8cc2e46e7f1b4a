"""The reason catalogue, restocking defaults, and who a cancellation counts against."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.reasons import (
    BUYER_CANCELED,
    NO_INVENTORY,
    REASONS,
    Initiator,
    counted_warning,
    counts_against_seller,
    offered_reasons,
    reason,
    restock_default,
)
from desktop_app.core.status import Channel

# Seller Central's cancel page (help 200198080).
SELLER_CENTRAL = {
    "NoInventory": "No inventory",
    "BuyerCanceled": "Buyer cancelled",
    "GeneralAdjustment": "General adjustment",
    "PricingError": "Pricing error",
    "ShippingAddressUndeliverable": "Shipping address undeliverable",
    "CustomerExchange": "Customer exchange",
}
# The order acknowledgement feed's codes (an import may carry any of them).
FEED_CODES = [
    "NoInventory",
    "ShippingAddressUndeliverable",
    "CustomerExchange",
    "BuyerCanceled",
    "GeneralAdjustment",
    "CarrierCreditDecision",
    "RiskAssessmentInformationNotValid",
    "CarrierCoverageFailure",
    "CustomerReturn",
    "MerchandiseNotReceived",
]


# --- the catalogue -----------------------------------------------------------------------------


def test_the_six_seller_central_reasons_are_offered() -> None:
    offered = {r.code: r.label for r in offered_reasons()}
    assert offered == SELLER_CENTRAL


def test_every_feed_code_is_known() -> None:
    for code in FEED_CODES:
        assert reason(code).code == code


def test_codes_are_unique_and_every_reason_is_explained() -> None:
    codes = [r.code for r in REASONS]
    assert len(codes) == len(set(codes))
    for r in REASONS:
        assert r.label and r.label[0].isupper()
        assert r.description.endswith(".")
        assert r.buyer_message.endswith(".")


def test_no_inventory_restocks_nothing() -> None:
    assert NO_INVENTORY == "NoInventory"
    assert restock_default("NoInventory") is False
    assert reason("NoInventory").restock_default is False
    assert "zero" in reason("NoInventory").description


@pytest.mark.parametrize("code", sorted(set(SELLER_CENTRAL) - {"NoInventory"}))
def test_every_other_offered_reason_restocks(code: str) -> None:
    assert restock_default(code) is True


@pytest.mark.parametrize("code", sorted(SELLER_CENTRAL))
def test_customised_item_is_never_restocked(code: str) -> None:
    assert restock_default(code, customised=True) is False


@pytest.mark.parametrize("code", ["", "NoStock", "noinventory", "Buyer cancelled"])
def test_unknown_code_raises_a_readable_error(code: str) -> None:
    with pytest.raises(ValueError) as info:
        reason(code)
    message = str(info.value)
    assert repr(code) in message
    assert message.startswith("Unknown cancellation reason")
    for known in SELLER_CENTRAL:
        assert known in message


def test_restock_default_of_unknown_code_raises() -> None:
    with pytest.raises(ValueError, match="Unknown cancellation reason"):
        restock_default("Whatever")


# --- counts against the seller: the traps ------------------------------------------------------


def test_request_only_in_a_message_counts() -> None:
    # a message is not a request on record
    assert counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.SELLER, request_on_record=False
    )


def test_buyer_cancelled_without_a_request_counts_and_warns() -> None:
    assert reason(BUYER_CANCELED).label == "Buyer cancelled"
    assert counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.SELLER, request_on_record=False
    )
    warning = counted_warning(BUYER_CANCELED, request_on_record=False)
    assert warning is not None
    assert "still counts against your cancellation rate" in warning
    assert "Buyer cancelled" in warning


def test_buyer_cancelled_with_a_request_on_record_has_no_warning() -> None:
    assert counted_warning(BUYER_CANCELED, request_on_record=True) is None


@pytest.mark.parametrize("code", sorted(set(SELLER_CENTRAL) - {BUYER_CANCELED}))
@pytest.mark.parametrize("on_record", [False, True])
def test_other_reasons_have_no_buyer_cancel_warning(code: str, on_record: bool) -> None:
    assert counted_warning(code, request_on_record=on_record) is None


def test_buyer_request_on_record_does_not_count() -> None:
    assert not counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.SELLER, request_on_record=True
    )


def test_buyer_self_cancel_of_pending_order_does_not_count() -> None:
    assert not counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.BUYER, request_on_record=False, was_pending=True
    )


def test_amazon_cancelling_an_unconfirmed_mfn_order_counts() -> None:
    assert counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.AMAZON, request_on_record=False
    )


def test_imported_mfn_cancel_with_report_request_columns_does_not_count() -> None:
    assert not counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.AMAZON, request_on_record=True
    )


@given(
    initiator=st.sampled_from(list(Initiator)),
    on_record=st.booleans(),
    was_pending=st.booleans(),
)
def test_afn_never_counts(initiator: Initiator, on_record: bool, was_pending: bool) -> None:
    assert not counts_against_seller(
        channel=Channel.AFN,
        initiator=initiator,
        request_on_record=on_record,
        was_pending=was_pending,
    )


def test_seller_cancelling_a_pending_mfn_order_counts() -> None:
    assert counts_against_seller(
        channel=Channel.MFN, initiator=Initiator.SELLER, request_on_record=False, was_pending=True
    )
