"""The catalogue of cancellation reasons, and who a cancellation counts against."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.status import Channel
from desktop_app.core.text import Msg


class Initiator(StrEnum):
    """Who cancelled (the orders 2026-01-01 model's ``cancelledBy``)."""

    SELLER = "SELLER"
    BUYER = "BUYER"
    AMAZON = "AMAZON"


class RequestChannel(StrEnum):
    """How a buyer asked to cancel. ``AMAZON`` is the order's marketplace's own cancel option
    (Amazon's, eBay's or Walmart's; the stored value keeps its first name): a request on
    record. ``MESSAGE`` is a buyer-seller message only; whether accepting it counts is the
    marketplace's rule (it does on Amazon and Walmart, not on eBay)."""

    AMAZON = "AMAZON"  # the marketplace's own cancellation option: on record, not counted
    MESSAGE = "MESSAGE"  # only in a buyer-seller message


class RequestState(StrEnum):
    """Where a buyer's cancellation request stands."""

    OPEN = "open"
    ACCEPTED = "accepted"  # the seller cancelled as asked
    DECLINED = "declined"


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the rule needs of one buyer request: how it came and where it stands."""

    channel: RequestChannel
    state: RequestState


def request_on_record(requests: Iterable[RequestFacts]) -> bool:
    """Whether a buyer request exempts a cancellation made now (domain.md, "one rule for
    requests"): one made through Amazon that is open or was accepted. A declined request
    exempts nothing, and a request made only in a message never does."""
    return any(
        r.channel is RequestChannel.AMAZON and r.state is not RequestState.DECLINED
        for r in requests
    )


@dataclass(frozen=True, slots=True)
class Reason:
    code: str  # Amazon's order-acknowledgement code
    label: str
    description: str
    restock_default: bool
    buyer_message: str
    offered: bool = True  # shown in Seller Central's cancel page (and our dialog)


REASONS: tuple[Reason, ...] = (
    Reason(
        "NoInventory",
        Msg("Reason", "No inventory"),
        Msg(
            "Reason",
            "You cannot ship because the item is out of stock. Nothing is restocked, and you can "
            "set the SKU's stock to zero so it is not oversold again.",
        ),
        restock_default=False,
        buyer_message=(
            "We are sorry: the item you ordered is out of stock and we have cancelled your "
            "order. You have not been charged for the cancelled items."
        ),
    ),
    Reason(
        "BuyerCanceled",
        Msg("Reason", "Buyer cancelled"),
        Msg(
            "Reason",
            "The buyer asked to cancel. Counts against you unless the buyer's request came through "
            "Amazon's cancellation option and is on record.",
        ),
        restock_default=True,
        buyer_message=(
            "As you requested, we have cancelled your order. You have not been charged for the "
            "cancelled items."
        ),
    ),
    Reason(
        "GeneralAdjustment",
        Msg("Reason", "General adjustment"),
        Msg(
            "Reason",
            "Any other reason the order cannot be fulfilled as placed.",
        ),
        restock_default=True,
        buyer_message=(
            "We are sorry: we could not fulfil your order as placed and have cancelled it. "
            "You have not been charged for the cancelled items."
        ),
    ),
    Reason(
        "PricingError",
        Msg("Reason", "Pricing error"),
        Msg(
            "Reason",
            "The item was listed at a wrong price.",
        ),
        restock_default=True,
        buyer_message=(
            "We are sorry: the item was listed at an incorrect price and we have cancelled your "
            "order. You have not been charged."
        ),
    ),
    Reason(
        "ShippingAddressUndeliverable",
        Msg("Reason", "Shipping address undeliverable"),
        Msg(
            "Reason",
            "The carrier cannot deliver to the address given.",
        ),
        restock_default=True,
        buyer_message=(
            "We are sorry: we cannot deliver to the address on your order, so we have cancelled "
            "it. Please check the address and order again."
        ),
    ),
    Reason(
        "CustomerExchange",
        Msg("Reason", "Customer exchange"),
        Msg(
            "Reason",
            "The buyer is exchanging the item for another order.",
        ),
        restock_default=True,
        buyer_message=(
            "We have cancelled this order as part of your exchange. You have not been charged "
            "for the cancelled items."
        ),
    ),
    Reason(
        "CarrierCreditDecision",
        Msg("Reason", "Carrier credit decision"),
        Msg(
            "Reason",
            "The carrier declined the shipment.",
        ),
        restock_default=True,
        buyer_message="We are sorry: the carrier declined this shipment and we cancelled it.",
        offered=False,
    ),
    Reason(
        "RiskAssessmentInformationNotValid",
        Msg("Reason", "Risk assessment"),
        Msg(
            "Reason",
            "The order failed a risk assessment.",
        ),
        restock_default=True,
        buyer_message="We are sorry: we could not process this order and have cancelled it.",
        offered=False,
    ),
    Reason(
        "CarrierCoverageFailure",
        Msg("Reason", "Carrier coverage failure"),
        Msg(
            "Reason",
            "No carrier covers the destination.",
        ),
        restock_default=True,
        buyer_message="We are sorry: no carrier can deliver to your address; order cancelled.",
        offered=False,
    ),
    Reason(
        "CustomerReturn",
        Msg("Reason", "Customer return"),
        Msg(
            "Reason",
            "The goods are coming back as a return.",
        ),
        restock_default=True,
        buyer_message="We have cancelled the order as part of your return.",
        offered=False,
    ),
    Reason(
        "MerchandiseNotReceived",
        Msg("Reason", "Merchandise not received"),
        Msg(
            "Reason",
            "The goods never reached you from your supplier.",
        ),
        restock_default=False,
        buyer_message="We are sorry: the item did not reach us in time and we cancelled it.",
        offered=False,
    ),
)

_BY_CODE = {reason.code: reason for reason in REASONS}
BUYER_CANCELED = "BuyerCanceled"
NO_INVENTORY = "NoInventory"


def reason(code: str) -> Reason:
    try:
        return _BY_CODE[code]
    except KeyError:
        known = ", ".join(r.code for r in REASONS if r.offered)
        raise ValueError(f"Unknown cancellation reason {code!r}; choose one of: {known}.") from None


def offered_reasons() -> tuple[Reason, ...]:
    return tuple(r for r in REASONS if r.offered)


def restock_default(code: str, *, customised: bool = False) -> bool:
    """Restock unless the reason is No inventory or the item was made for this order."""
    return reason(code).restock_default and not customised


def counts_against_seller(
    *,
    channel: Channel,
    initiator: Initiator,
    request_on_record: bool,
    was_pending: bool = False,
) -> bool:
    """Whether a cancellation counts in the seller's cancellation rate.

    Decided by who started it and through which channel, never by the reason label:
    - AFN orders are outside the rate;
    - a buyer's own cancel of a pending order is not counted (a seller's cancel of a pending
      order is: ``was_pending`` only exempts a cancel the seller did not start);
    - a buyer request made through Amazon and on record is not counted;
    - everything else counts: a request made only in a message, *Buyer cancelled* chosen with
      no request on record, cancellations Amazon made because shipment was never confirmed,
      and imported cancellations with no request on record.
    """
    if channel is Channel.AFN:
        return False
    if initiator is Initiator.BUYER:
        return False
    if was_pending and initiator is not Initiator.SELLER:
        return False  # an imported cancel of a still-pending order: the buyer's own cancel
    return not request_on_record


def counted_warning(code: str, *, request_on_record: bool) -> str | None:
    """A visible warning for the dialog when the chosen reason still counts."""
    if code == BUYER_CANCELED and not request_on_record:
        return (
            "No buyer cancellation request is on record for this order, so cancelling it as "
            "“Buyer cancelled” still counts against your cancellation rate. Ask the buyer to "
            "use Amazon's “Request cancellation” option first."
        )
    return None
