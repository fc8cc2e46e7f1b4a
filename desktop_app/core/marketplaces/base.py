"""What every marketplace profile says: who may cancel what, which reasons count, the metric.

A profile answers for the orders of one marketplace (an order's ``marketplace`` field chooses
it, see :func:`desktop_app.core.marketplaces.profile_for`). The reason codes stay Amazon's words
on every marketplace (the CLI's ``NoInventory``, ``BuyerCanceled``, ...); each profile says what
each code means there, whether it is offered, and whether it counts.

``Initiator.AMAZON`` means "the marketplace" in a profile other than Amazon's (eBay or Walmart
cancelled the order, e.g. Walmart's automatic cancellation after a missed ship date).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.health import Comparison, Metric
from desktop_app.core.policy import Decision, OrderFacts, Path
from desktop_app.core.reasons import Initiator
from desktop_app.core.status import Channel
from desktop_app.core.text import Msg


@dataclass(frozen=True, slots=True)
class ReasonRule:
    """What one of Seller Desk's reason codes means on a marketplace."""

    code: str  # Seller Desk's (Amazon's) code, the same word on every marketplace
    label: str  # the marketplace's own wording
    native: str  # the marketplace's code or menu entry
    counts: str  # "always", "unless_request" (unless a buyer request is on record), "never"
    buyer_message: str


ALWAYS = "always"
UNLESS_REQUEST = "unless_request"
NEVER = "never"


class MarketplaceProfile(ABC):
    key: str  # "amazon", "ebay", "walmart"
    name: str  # "Amazon"
    metric: Metric  # the cancellation metric the marketplace judges the seller by
    window_words: str  # "this week", "in these 30 days": the budget's span in a sentence
    fulfilled_by_marketplace: str  # "Fulfilled by Amazon", "Walmart Fulfillment Services"
    reason_rules: tuple[ReasonRule, ...]
    source: str  # where the rules come from

    def matches(self, marketplace: str) -> bool:
        """Is an order with this ``marketplace`` (sales channel) value one of ours? Every
        marketplace's values start with its key, in any case: ``Amazon.co.uk``, ``eBay``,
        ``EBAY_US``, ``walmart.ca``."""
        return marketplace.strip().lower().startswith(self.key)

    @abstractmethod
    def decide(
        self,
        order: OrderFacts,
        requested: Mapping[str, int] | None = None,
        *,
        by: Initiator = Initiator.SELLER,
    ) -> Decision:
        """Who may cancel ``order`` now, and through which path (one sentence why)."""

    @abstractmethod
    def counts(
        self,
        *,
        channel: Channel,
        initiator: Initiator,
        reason_code: str,
        request_on_record: bool,
        was_pending: bool = False,
    ) -> bool:
        """Does this cancellation count in the marketplace's metric?"""

    # --- shared --------------------------------------------------------------------------

    def judged(self, channel: Channel) -> bool:
        """Are orders of this channel in the metric (marketplace-fulfilled ones are not)?"""
        return channel is Channel.MFN

    @property
    def inclusive(self) -> bool:
        return self.metric.comparison is Comparison.AT_MOST

    @property
    def window_days(self) -> int:
        return self.metric.windows[0]

    def rule(self, code: str) -> ReasonRule | None:
        return next((r for r in self.reason_rules if r.code == code), None)

    def offers(self, code: str) -> bool:
        return self.rule(code) is not None

    def not_offered(self, code: str) -> str:
        choices = ", ".join(f"“{r.label}” ({r.code})" for r in self.reason_rules)
        return f"{self.name} has no such cancellation reason; choose one of: {choices}."

    def buyer_message(self, code: str) -> str | None:
        rule = self.rule(code)
        return rule.buyer_message if rule else None

    def action_label(self, path: Path) -> str:
        if path is Path.ASK_AMAZON:
            return Msg("Policy", "Ask {marketplace} to cancel").format(marketplace=self.name)
        return path.action_label

    def counted_warning(self, code: str, *, request_on_record: bool) -> str | None:
        """A visible warning when the chosen reason counts on this marketplace."""
        rule = self.rule(code)
        if rule is None:
            return None
        if rule.counts == UNLESS_REQUEST and not request_on_record:
            return Msg(
                "Policy",
                "No buyer cancellation request is on record for this order, so cancelling it as "
                "“{reason}” still counts against your {metric} on {marketplace}. Ask the buyer "
                "to request the cancellation through {marketplace} first.",
            ).format(reason=rule.label, metric=self.metric.label.lower(), marketplace=self.name)
        if rule.counts == ALWAYS:
            return Msg(
                "Policy",
                "On {marketplace}, “{reason}” counts against your {metric}, even when "
                "the buyer asked.",
            ).format(marketplace=self.name, reason=rule.label, metric=self.metric.label.lower())
        return None

    def meaning(self, code: str) -> str:
        """One line on what the reason is called and does here (for the dialog)."""
        rule = self.rule(code)
        if rule is None:
            return self.not_offered(code)
        effect = {
            ALWAYS: Msg("Policy", "counts against you"),
            UNLESS_REQUEST: Msg(
                "Policy", "counts against you unless the buyer's request is on record"
            ),
            NEVER: Msg("Policy", "does not count against you"),
        }[rule.counts]
        return Msg("Policy", "On {marketplace} this is “{reason}” ({native}): it {effect}.").format(
            marketplace=self.name, reason=rule.label, native=rule.native, effect=effect
        )
