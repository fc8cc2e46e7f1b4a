"""Re-label a cancellation: the seller says who it really was, and the rate follows.

A report says an order was cancelled but not who cancelled it; Seller Desk reads it the cautious
way (domain.md, "imported cancellations"), and the seller may correct that afterwards:
- ``BUYER``: the buyer asked through Amazon's own cancellation option. A request is put on
  record (accepted) and the cancellation is decided again by core's one rule: it no longer
  counts;
- ``SELLER``: the cancellation was the seller's own, whatever the request says: it counts (an
  MFN order's; FBA orders are never in the rate).
Every re-label is in the order's history with the note.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import DomainError
from desktop_app.core.marketplaces import profile_for
from desktop_app.core.reasons import (
    BUYER_CANCELED,
    Initiator,
    RequestChannel,
    RequestFacts,
    RequestState,
    request_on_record,
)
from desktop_app.core.status import Channel
from desktop_app.core.text import Msg
from desktop_app.db.models import BuyerRequest, Cancellation
from desktop_app.services.context import Context, audit
from desktop_app.services.errors import load_order


class CancelledBy(StrEnum):
    BUYER = "buyer"  # the buyer asked through Amazon
    SELLER = "seller"  # mine


@dataclass(frozen=True)
class RelabelOutcome:
    order_id: str
    by: CancelledBy
    counted_before: bool
    counted: bool

    @property
    def sentence(self) -> str:
        who = "the buyer's request through Amazon" if self.by is CancelledBy.BUYER else "yours"
        if self.counted == self.counted_before:
            verdict = "counts" if self.counted else "does not count"
            return (
                f"Order {self.order_id}: the cancellation is now {who}; it still {verdict} "
                "against your cancellation rate."
            )
        verdict = "now counts" if self.counted else "no longer counts"
        return (
            f"Order {self.order_id}: the cancellation is now {who}; it {verdict} against your "
            "cancellation rate."
        )


def relabel_cancellation(
    session: Session, ctx: Context, order_id: str, by: CancelledBy, note: str = ""
) -> RelabelOutcome:
    """Re-label the order's cancellation(s) in the caller's transaction."""
    order = load_order(session, order_id)
    cancellations = list(
        session.scalars(
            select(Cancellation).where(Cancellation.order_pk == order.id).order_by(Cancellation.id)
        )
    )
    if not cancellations:
        raise DomainError(
            Msg("Errors", "Order {order_id} has no cancellation to re-label.").format(
                order_id=order_id
            )
        )
    requests = list(session.scalars(select(BuyerRequest).where(BuyerRequest.order_pk == order.id)))
    before = order.cancel_counted
    channel = Channel(order.channel)
    profile = profile_for(order.marketplace)  # Amazon's: core.reasons' one rule
    now = ctx.now()
    if by is CancelledBy.BUYER:
        on_record = next(
            (
                r
                for r in requests
                if r.channel == RequestChannel.AMAZON and r.state != RequestState.DECLINED
            ),
            None,
        )
        if on_record is None:
            on_record = BuyerRequest(
                order_pk=order.id,
                requested_at=cancellations[0].cancelled_at,
                channel=RequestChannel.AMAZON.value,
                reason=note,
                state=RequestState.ACCEPTED.value,
                answered_at=now,
                answer_note="re-labelled by the seller",
                source=ctx.source,
            )
            session.add(on_record)
            session.flush()
        facts = [RequestFacts(RequestChannel.AMAZON, RequestState(on_record.state))]
        for cancellation in cancellations:
            cancellation.initiator = Initiator.SELLER.value  # answering the buyer's request
            cancellation.reason_code = BUYER_CANCELED
            cancellation.buyer_request_id = on_record.id
            cancellation.counted = profile.counts(
                channel=channel,
                initiator=Initiator.SELLER,
                reason_code=BUYER_CANCELED,
                request_on_record=request_on_record(facts),
            )
    else:
        for cancellation in cancellations:
            cancellation.initiator = Initiator.SELLER.value
            cancellation.buyer_request_id = None
            cancellation.counted = profile.counts(
                channel=channel,
                initiator=Initiator.SELLER,
                reason_code=cancellation.reason_code,
                request_on_record=False,
            )
    order.cancel_counted = any(c.counted for c in cancellations)
    order.last_updated = now
    order.version += 1
    outcome = RelabelOutcome(order.order_id, by, before, order.cancel_counted)
    audit(
        session,
        ctx,
        "cancellation.relabel",
        outcome.sentence + (f" Note: {note}" if note else ""),
        order=order,
        by=by.value,
        counted_before=before,
        counted=order.cancel_counted,
        note=note,
    )
    return outcome
