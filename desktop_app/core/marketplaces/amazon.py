"""Amazon: today's rules, delegated to the core functions every screen already asks.

Who may cancel what: :func:`desktop_app.core.policy.decide_cancellation` (domain.md's table).
What counts: :func:`desktop_app.core.reasons.counts_against_seller` (who started it and through
which channel, never the reason label). The metric: the 7-day cancellation rate under 2.5% on
seller-fulfilled orders (Seller Central help 200285210; the traps in PNRJVBQMJRS942V).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.health import CANCELLATION_RATE
from desktop_app.core.marketplaces.base import UNLESS_REQUEST, MarketplaceProfile, ReasonRule
from desktop_app.core.policy import Decision, OrderFacts, decide_cancellation
from desktop_app.core.reasons import REASONS, Initiator, counted_warning, counts_against_seller
from desktop_app.core.status import Channel
from desktop_app.core.text import Msg


class AmazonProfile(MarketplaceProfile):
    key = "amazon"
    name = "Amazon"
    metric = CANCELLATION_RATE
    window_words = Msg("Forecast", "this week")
    fulfilled_by_marketplace = "Fulfilled by Amazon"
    reason_rules = tuple(
        ReasonRule(r.code, r.label, r.code, UNLESS_REQUEST, r.buyer_message)
        for r in REASONS
        if r.offered
    )
    source = "Seller Central help 200285210, PNRJVBQMJRS942V, 201722390, 200198080"

    def decide(
        self,
        order: OrderFacts,
        requested: Mapping[str, int] | None = None,
        *,
        by: Initiator = Initiator.SELLER,
    ) -> Decision:
        return decide_cancellation(order, requested, by=by)

    def counts(
        self,
        *,
        channel: Channel,
        initiator: Initiator,
        reason_code: str,
        request_on_record: bool,
        was_pending: bool = False,
    ) -> bool:
        """Amazon ignores the reason label: see ``counts_against_seller``."""
        return counts_against_seller(
            channel=channel,
            initiator=initiator,
            request_on_record=request_on_record,
            was_pending=was_pending,
        )

    def counted_warning(self, code: str, *, request_on_record: bool) -> str | None:
        return counted_warning(code, request_on_record=request_on_record)


AMAZON = AmazonProfile()
