"""Walmart Marketplace: seller cancellations over 30 days, at most 2%.

Sources (confirmed with the search tool):
- Walmart Marketplace Learn, "Seller Performance Standards" (marketplacelearn.walmart.com,
  US): Cancellation Rate is "the rate of orders canceled by the seller after receiving the
  order from Walmart", standard "less than or equal to 2%" (older versions of the page: "<2%"),
  evaluated over the last 30 days; "Walmart-fulfilled orders are not evaluated against Seller
  Performance metrics"; "Ensure your Estimated Ship Date (ESD) is met to avoid auto
  cancellations". The Canadian page sets the rate under 3% (not modelled here).
- Walmart developer docs, "Cancel one or more order lines" and "Cancel order lines": orders are
  cancelled line by line (partial cancels exist) with one of five US reasons:
  CUSTOMER_REQUESTED_SELLER_TO_CANCEL ("do not use ... for non-intent to cancel orders"),
  SELLER_CANCEL_OUT_OF_STOCK, SELLER_CANCEL_PRICING_ERROR, SELLER_CANCEL_FRAUD_STOP_SHIPMENT,
  SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE; only unshipped lines can be cancelled; WFS orders
  cannot be cancelled through the seller's cancel endpoint.
- Sitnsell help "Walmart cancelations" (second-hand): auto-cancellations by Walmart,
  out-of-stock and pricing-error cancellations count; ask a buyer who writes to cancel from
  their Walmart account, so the request is Walmart's (the "intent to cancel" event).

Decisions: a buyer request on record through Walmart exempts the cancellation, as on Amazon;
one made only in a message does not. Walmart's automatic cancellation for a missed ship date
counts (``Initiator.AMAZON`` stands for "the marketplace"). ``GeneralAdjustment`` and
``CustomerExchange`` have no Walmart reason and are not offered.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.health import Comparison, Metric
from desktop_app.core.marketplaces.base import UNLESS_REQUEST, MarketplaceProfile, ReasonRule
from desktop_app.core.policy import Decision, OrderFacts, Path, decide_cancellation
from desktop_app.core.reasons import Initiator
from desktop_app.core.status import PENDING_STATUSES, Channel, OrderStatus
from desktop_app.core.text import Msg

WALMART_CANCELLATION_RATE = Metric(
    key="walmart_cancellation_rate",
    label=Msg("Health", "Cancellation rate"),
    windows=(30,),
    target=0.02,
    comparison=Comparison.AT_MOST,
    mfn_only=True,
    description=(
        "Seller-fulfilled orders you cancelled after receiving them, as a share of those "
        "orders in the last 30 days. Walmart-fulfilled (WFS) orders are not judged."
    ),
    source="Walmart Marketplace Learn, Seller Performance Standards",
)

_SORRY = "You have not been charged for the cancelled items."


class WalmartProfile(MarketplaceProfile):
    key = "walmart"
    name = "Walmart"
    metric = WALMART_CANCELLATION_RATE
    window_words = Msg("Forecast", "in these 30 days")
    fulfilled_by_marketplace = "Walmart Fulfillment Services"
    reason_rules = (
        ReasonRule(
            "NoInventory",
            "Seller cancel: out of stock",
            "SELLER_CANCEL_OUT_OF_STOCK",
            UNLESS_REQUEST,
            f"We are sorry: the item you ordered is out of stock and we cancelled it. {_SORRY}",
        ),
        ReasonRule(
            "BuyerCanceled",
            "Customer requested seller to cancel",
            "CUSTOMER_REQUESTED_SELLER_TO_CANCEL",
            UNLESS_REQUEST,
            f"As you requested, we have cancelled your order. {_SORRY}",
        ),
        ReasonRule(
            "PricingError",
            "Seller cancel: pricing error",
            "SELLER_CANCEL_PRICING_ERROR",
            UNLESS_REQUEST,
            f"We are sorry: the item was listed at a wrong price and we cancelled it. {_SORRY}",
        ),
        ReasonRule(
            "ShippingAddressUndeliverable",
            "Seller cancel: address not serviceable",
            "SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE",
            UNLESS_REQUEST,
            "We cannot deliver to the address on your order, so we cancelled it. Please check "
            "the address and order again.",
        ),
    )
    source = "Walmart Marketplace Learn, Seller Performance Standards; Walmart cancel order lines"

    def decide(
        self,
        order: OrderFacts,
        requested: Mapping[str, int] | None = None,
        *,
        by: Initiator = Initiator.SELLER,
    ) -> Decision:
        """Line-level cancels of unshipped lines; WFS orders only Walmart can cancel."""
        oid = order.order_id
        wfs_has_it = (
            order.channel is Channel.AFN
            and order.status not in PENDING_STATUSES
            and order.status not in (OrderStatus.SHIPPED, OrderStatus.CANCELED)
        )
        if wfs_has_it and by is not Initiator.AMAZON:
            return Decision(
                False,
                Path.ASK_AMAZON,
                Msg(
                    "Policy",
                    "Order {oid} is fulfilled by Walmart Fulfillment Services, so only Walmart "
                    "can cancel it now; ask Walmart through Seller Center.",
                ).format(oid=oid),
            )
        facts = OrderFacts(oid, Channel.MFN, order.status, order.items, order.open_buyer_request)
        return decide_cancellation(facts, requested, by=by)

    def counts(
        self,
        *,
        channel: Channel,
        initiator: Initiator,
        reason_code: str,
        request_on_record: bool,
        was_pending: bool = False,
    ) -> bool:
        """Every cancellation of a seller-fulfilled order after Walmart sent it, the seller's
        or Walmart's automatic one, unless the buyer cancelled or asked through Walmart."""
        if not self.judged(channel):
            return False
        if initiator is Initiator.BUYER:
            return False
        if was_pending and initiator is not Initiator.SELLER:
            return False
        return not request_on_record


WALMART = WalmartProfile()
