"""May the seller mark this order shipped? One rule, asked by the window and the CLI."""

from __future__ import annotations

from desktop_app.core.errors import DomainError
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Msg


class OpenRequestFirst(DomainError):
    """Shipping refused because the buyer's cancellation request is still open: the window
    asks for a reason to decline it and ships in the same step."""

    def __init__(self, order_id: str, text: str) -> None:
        super().__init__(text)
        self.order_id = order_id


def shipping_refusal(
    order_id: str,
    channel: Channel,
    status: OrderStatus,
    *,
    open_request: bool,
    declining: bool = False,
) -> str | None:
    """Why the seller may not mark the order shipped now (one sentence), or None.

    Amazon's warehouse ships an FBA order (its report says when); an open buyer request is
    answered first (declined, with the reason the buyer will read) or in the same step
    (``declining``), so no Shipped order is left with an open request.
    """
    if channel is Channel.AFN:
        return Msg(
            "Errors",
            "Order {order_id} is fulfilled by Amazon: Amazon's warehouse ships it, and the "
            "next order report shows it shipped.",
        ).format(order_id=order_id)
    if not status.is_open:
        return Msg("Errors", "Order {order_id} is {status}; it cannot be shipped.").format(
            order_id=order_id, status=status.label.lower()
        )
    if open_request and not declining:
        return Msg(
            "Errors",
            "The buyer asked to cancel order {order_id}; answer the request first: accept it "
            "(cancel), or decline it with a reason and ship.",
        ).format(order_id=order_id)
    return None


def amazon_takes_returns(order_id: str) -> str:
    """Why the seller starts no return of an order Amazon fulfilled."""
    return Msg(
        "Policy",
        "Order {order_id} was shipped by Amazon, so it can no longer be cancelled. Amazon "
        "handles the returns of orders it fulfils: the buyer returns the goods through Amazon, "
        "and Amazon refunds them; you have nothing to start here.",
    ).format(order_id=order_id)
