"""May this order (or these items of it) be cancelled now, by whom, and if not, what then?

Every screen and command asks :func:`decide_cancellation`; nothing else decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core.reasons import Initiator
from desktop_app.core.status import PENDING_STATUSES, Channel, OrderStatus
from desktop_app.core.text import Msg


class Path(StrEnum):
    CANCEL = "cancel"  # cancel now
    ANSWER_REQUEST = "answer_request"  # accept the buyer's open request (not counted)
    ASK_AMAZON = "ask_amazon"  # AFN order held by Amazon's warehouse
    RETURN_REFUND = "return_refund"  # shipped goods: a return and refund
    NONE = "none"  # nothing to do (already cancelled)

    @property
    def action_label(self) -> str:
        return {
            Path.CANCEL: Msg("Policy", "Cancel order"),
            Path.ANSWER_REQUEST: Msg("Policy", "Accept buyer's request"),
            Path.ASK_AMAZON: Msg("Policy", "Ask Amazon to cancel"),
            Path.RETURN_REFUND: Msg("Policy", "Start return and refund"),
            Path.NONE: Msg("Policy", "Close"),
        }[self]


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What the policy needs to know of one order item."""

    key: str  # the item's identity (SKU or item id) as the caller names it
    quantity: int
    shipped: int = 0
    cancelled: int = 0

    @property
    def open_quantity(self) -> int:
        return max(self.quantity - self.shipped - self.cancelled, 0)


@dataclass(frozen=True, slots=True)
class OrderFacts:
    order_id: str
    channel: Channel
    status: OrderStatus
    items: Sequence[ItemFacts]
    open_buyer_request: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    path: Path
    why: str  # one plain sentence (a Msg, so the window can translate it)
    # quantities that would be cancelled, by item key (empty when refused)
    quantities: Mapping[str, int] = field(default_factory=dict)
    partial: bool = False  # some open items stay (or part of the order has shipped)


def decide_cancellation(
    order: OrderFacts,
    requested: Mapping[str, int] | None = None,
    *,
    by: Initiator = Initiator.SELLER,
) -> Decision:
    """Decide a cancellation of ``order`` (all open items, or ``requested`` quantities by key).

    ``by`` is who asks: the seller (in the app), the buyer, or Amazon.
    """
    oid = order.order_id
    status = order.status

    if status is OrderStatus.CANCELED:
        return Decision(
            False,
            Path.NONE,
            Msg("Policy", "Order {oid} is already cancelled; nothing to do.").format(oid=oid),
        )
    if status is OrderStatus.SHIPPED:
        return Decision(
            False,
            Path.RETURN_REFUND,
            Msg(
                "Policy",
                "Order {oid} has shipped, so it can no longer be cancelled; "
                "start a return and refund instead.",
            ).format(oid=oid),
        )
    warehouse_has_it = order.channel is Channel.AFN and status not in PENDING_STATUSES
    if warehouse_has_it and by is not Initiator.AMAZON:
        return Decision(
            False,
            Path.ASK_AMAZON,
            Msg(
                "Policy",
                "Order {oid} is fulfilled by Amazon and its warehouse already has it; only Amazon "
                "can cancel it now, so ask Amazon (the outcome shows in the next report).",
            ).format(oid=oid),
        )

    open_items = {item.key: item.open_quantity for item in order.items}
    if requested is not None and not requested:
        return Decision(
            False,
            Path.CANCEL,
            Msg("Policy", "Choose at least one item of order {oid} to cancel.").format(oid=oid),
        )
    if requested is None:
        quantities = {key: qty for key, qty in open_items.items() if qty > 0}
    else:
        quantities = {}
        for key, qty in requested.items():
            if key not in open_items:
                return Decision(
                    False,
                    Path.CANCEL,
                    Msg("Policy", "Order {oid} has no item {key}.").format(oid=oid, key=key),
                )
            if qty <= 0:
                return Decision(
                    False,
                    Path.CANCEL,
                    Msg(
                        "Policy",
                        "Choose a quantity of at least 1 to cancel for {key} of order {oid}.",
                    ).format(key=key, oid=oid),
                )
            if qty > open_items[key]:
                shipped = next(i for i in order.items if i.key == key).shipped
                left = open_items[key]
                return Decision(
                    False,
                    Path.RETURN_REFUND if shipped else Path.CANCEL,
                    Msg(
                        "Policy",
                        "Only {left} of {key} in order {oid} can still be cancelled "
                        "({shipped} already shipped); shipped items need a return and refund.",
                    ).format(left=left, key=key, oid=oid, shipped=shipped)
                    if shipped
                    else Msg(
                        "Policy", "Only {left} of {key} in order {oid} can still be cancelled."
                    ).format(left=left, key=key, oid=oid),
                )
            quantities[key] = qty
    if not quantities:
        return Decision(
            False,
            Path.RETURN_REFUND,
            Msg(
                "Policy",
                "Nothing of order {oid} is left unshipped; start a return and refund instead.",
            ).format(oid=oid),
        )

    partial = any(quantities.get(key, 0) < qty for key, qty in open_items.items() if qty > 0) or (
        status is OrderStatus.PARTIALLY_SHIPPED
    )
    if order.open_buyer_request and by is Initiator.SELLER:
        return Decision(
            True,
            Path.ANSWER_REQUEST,
            Msg(
                "Policy",
                "The buyer asked to cancel order {oid}; accept the request so the cancellation "
                "does not count against you.",
            ).format(oid=oid),
            quantities,
            partial,
        )
    if status is OrderStatus.PARTIALLY_SHIPPED:
        why = Msg(
            "Policy", "Part of order {oid} has shipped; the unshipped items can be cancelled."
        ).format(oid=oid)
    elif status in PENDING_STATUSES:
        why = Msg("Policy", "Order {oid} is still pending payment and can be cancelled.").format(
            oid=oid
        )
    else:
        why = Msg("Policy", "Order {oid} has not shipped yet and can be cancelled.").format(oid=oid)
    return Decision(True, Path.CANCEL, why, quantities, partial)
