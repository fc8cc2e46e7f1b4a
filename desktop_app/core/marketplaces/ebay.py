"""eBay: the reason decides, the opposite of Amazon's trap.

Sources (confirmed with the search tool):
- eBay "Order cancellation policy" (export.ebay.com/en/customer-service/transactions/
  order-cancellation-policy): a seller can cancel when the buyer asks and the item has not
  shipped, when the buyer has not paid in time, when the buyer used the wrong shipping address,
  or when the item is out of stock, and only the last "will result in a transaction defect";
  "Sellers can't cancel individual items when multiple items are purchased as part of the same
  order"; the buyer may request a cancellation within 60 minutes of buying, and the seller
  answers within 3 calendar days; a seller can cancel up to 30 days after the sale.
- Omnivore eBay-link help "Cancelling orders for out of stock and seller standards": the reason
  "I am out of stock or unable to fulfil the order" is a defect "even if the buyer has messaged
  you first"; "Buyer requested cancellation or there is a problem with the address" is not;
  defects should stay at 2.0% or less of transactions.
- eBay "Seller performance policy" (domain.md, Other marketplaces): the transaction defect rate
  is evaluated monthly over the last 3 months when the seller had 400 or more transactions,
  otherwise over 12 months; Above Standard at 2% or less, Top Rated at 0.5% or less.

Decisions: Seller Desk tracks the cancellation part of the defect rate over the 3-month window
(90 days); the 12-month look-back for small sellers is named in the metric's description. eBay
orders are seller-fulfilled, so the channel does not change who may cancel. An unpaid (Pending)
order cancelled by the seller is eBay's "buyer hasn't paid", not a defect. eBay has no
exchange reason: ``CustomerExchange`` is not offered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from desktop_app.core.health import Comparison, Metric
from desktop_app.core.marketplaces.base import ALWAYS, NEVER, MarketplaceProfile, ReasonRule
from desktop_app.core.policy import Decision, OrderFacts, Path, decide_cancellation
from desktop_app.core.reasons import Initiator
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Msg

EBAY_DEFECTS = Metric(
    key="ebay_cancellation_defect_rate",
    label=Msg("Health", "Cancellation defect rate"),
    windows=(90,),
    target=0.02,
    comparison=Comparison.AT_MOST,
    mfn_only=True,
    description=(
        "Transactions the seller cancelled as out of stock or unable to fulfil, as a share of "
        "transactions in the last 3 months (eBay looks back 12 months when you had fewer than "
        "400 transactions). Buyer-requested and address cancellations are not defects."
    ),
    source="eBay seller performance policy; eBay order cancellation policy",
)

_SORRY = "You have not been charged for the cancelled items."


class EbayProfile(MarketplaceProfile):
    key = "ebay"
    name = "eBay"
    metric = EBAY_DEFECTS
    window_words = Msg("Forecast", "in these 3 months")
    fulfilled_by_marketplace = "eBay fulfilment"
    reason_rules = (
        ReasonRule(
            "NoInventory",
            "Out of stock or can't fulfil",
            "OUT_OF_STOCK_OR_CANNOT_FULFILL",
            ALWAYS,
            "We are sorry: the item you bought is out of stock, so we cancelled the order. "
            + _SORRY,
        ),
        ReasonRule(
            "BuyerCanceled",
            "Buyer asked to cancel",
            "BUYER_ASKED_CANCEL",
            NEVER,
            f"As you asked, we have cancelled your order. {_SORRY}",
        ),
        ReasonRule(
            "ShippingAddressUndeliverable",
            "Problem with the buyer's address",
            "ADDRESS_ISSUES",
            NEVER,
            "We cannot ship to the address on this order, so we cancelled it. Please check the "
            "address and buy again.",
        ),
        ReasonRule(
            "PricingError",
            "Out of stock or can't fulfil (pricing error)",
            "OUT_OF_STOCK_OR_CANNOT_FULFILL",
            ALWAYS,
            "We are sorry: the item was listed at a wrong price and we cancelled the order. "
            + _SORRY,
        ),
        ReasonRule(
            "GeneralAdjustment",
            "Out of stock or can't fulfil (other)",
            "OUT_OF_STOCK_OR_CANNOT_FULFILL",
            ALWAYS,
            f"We are sorry: we cannot fulfil your order and have cancelled it. {_SORRY}",
        ),
    )
    source = "eBay order cancellation policy; eBay seller performance policy; Omnivore help"

    def decide(
        self,
        order: OrderFacts,
        requested: Mapping[str, int] | None = None,
        *,
        by: Initiator = Initiator.SELLER,
    ) -> Decision:
        """eBay cancels whole orders only; shipped items go to a return or refund."""
        oid = order.order_id
        if order.status is OrderStatus.PARTIALLY_SHIPPED:
            return Decision(
                False,
                Path.RETURN_REFUND,
                Msg(
                    "Policy",
                    "Part of eBay order {oid} has shipped and eBay cancels whole orders only, so "
                    "refund the unshipped items instead.",
                ).format(oid=oid),
            )
        # eBay orders are seller-fulfilled: the channel never hands the order to a warehouse
        facts = OrderFacts(oid, Channel.MFN, order.status, order.items, order.open_buyer_request)
        whole = decide_cancellation(facts, None, by=by)
        if whole.allowed and len(whole.quantities) > 1:
            whole = replace(
                whole,
                why=Msg("Policy", "{why}; eBay cancels all its items together.").format(
                    why=whole.why.without_stop()
                    if isinstance(whole.why, Msg)
                    else whole.why.rstrip(".")
                ),
            )
        if not whole.allowed or requested is None:
            return whole
        part = decide_cancellation(facts, requested, by=by)
        if not part.allowed:
            return part
        if dict(part.quantities) != dict(whole.quantities):
            return Decision(
                False,
                Path.CANCEL,
                Msg(
                    "Policy",
                    "eBay cancels whole orders only, so order {oid} can be cancelled with all its "
                    "items or not at all.",
                ).format(oid=oid),
            )
        return whole

    def counts(
        self,
        *,
        channel: Channel,
        initiator: Initiator,
        reason_code: str,
        request_on_record: bool,
        was_pending: bool = False,
    ) -> bool:
        """A defect only when the seller cancels for a reason eBay counts (out of stock or
        can't fulfil), whatever the buyer said or asked; never for an unpaid order, and never
        when the buyer or eBay cancelled."""
        if initiator is not Initiator.SELLER or was_pending:
            return False
        rule = self.rule(reason_code)
        return rule is not None and rule.counts == ALWAYS

    def judged(self, channel: Channel) -> bool:
        return True  # every eBay transaction is in the defect rate


EBAY = EbayProfile()
