"""Order and item statuses, channels, and the order state machine."""

from __future__ import annotations

from enum import StrEnum

from desktop_app.core.errors import IllegalTransition
from desktop_app.core.text import Msg


class Channel(StrEnum):
    MFN = "MFN"  # merchant (seller) fulfilled
    AFN = "AFN"  # Amazon fulfilled

    @property
    def label(self) -> str:
        return (
            Msg("Status", "Seller-fulfilled")
            if self is Channel.MFN
            else Msg("Status", "Fulfilled by Amazon")
        )


class OrderStatus(StrEnum):
    """The Orders API's OrderStatus values."""

    PENDING = "Pending"
    PENDING_AVAILABILITY = "PendingAvailability"
    INVOICE_UNCONFIRMED = "InvoiceUnconfirmed"
    UNSHIPPED = "Unshipped"
    PARTIALLY_SHIPPED = "PartiallyShipped"
    SHIPPED = "Shipped"
    CANCELED = "Canceled"
    UNFULFILLABLE = "Unfulfillable"

    @property
    def label(self) -> str:
        return _ORDER_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Not yet shipped and not cancelled: goods are still waiting."""
        return self in OPEN_STATUSES


_ORDER_LABELS = {
    OrderStatus.PENDING: Msg("Status", "Pending"),
    OrderStatus.PENDING_AVAILABILITY: Msg("Status", "Pending availability"),
    OrderStatus.INVOICE_UNCONFIRMED: Msg("Status", "Invoice unconfirmed"),
    OrderStatus.UNSHIPPED: Msg("Status", "Unshipped"),
    OrderStatus.PARTIALLY_SHIPPED: Msg("Status", "Partially shipped"),
    OrderStatus.SHIPPED: Msg("Status", "Shipped"),
    OrderStatus.CANCELED: Msg("Status", "Cancelled"),
    OrderStatus.UNFULFILLABLE: Msg("Status", "Unfulfillable"),
}

OPEN_STATUSES = frozenset(
    {
        OrderStatus.PENDING,
        OrderStatus.PENDING_AVAILABILITY,
        OrderStatus.INVOICE_UNCONFIRMED,
        OrderStatus.UNSHIPPED,
        OrderStatus.PARTIALLY_SHIPPED,
    }
)
PENDING_STATUSES = frozenset({OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY})


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# Either spelling, any case: the API's word ("PartiallyShipped", "Canceled") or the label the
# window prints ("Partially shipped", "Cancelled").
_STATUS_WORDS: dict[str, OrderStatus] = {
    **{_squash(status.value): status for status in OrderStatus},
    **{_squash(status.label): status for status in OrderStatus},
}


def parse_status(text: str) -> OrderStatus:
    """An order status as a seller types it; ValueError with the known words otherwise."""
    status = _STATUS_WORDS.get(_squash(text))
    if status is None or not _squash(text):
        known = ", ".join(s.label for s in OrderStatus)
        raise ValueError(f"unknown status {text!r}; known statuses: {known}")
    return status


class ItemStatus(StrEnum):
    PENDING = "Pending"
    UNSHIPPED = "Unshipped"
    SHIPPED = "Shipped"
    CANCELED = "Canceled"


# The order state machine. Shipped and Canceled are final: after shipping, only a return
# and refund is left (a return never changes the order's status back).
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PENDING: frozenset(
        {
            OrderStatus.PENDING_AVAILABILITY,
            OrderStatus.INVOICE_UNCONFIRMED,
            OrderStatus.UNSHIPPED,
            OrderStatus.CANCELED,
        }
    ),
    OrderStatus.PENDING_AVAILABILITY: frozenset(
        {OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.CANCELED}
    ),
    OrderStatus.INVOICE_UNCONFIRMED: frozenset(
        {OrderStatus.UNSHIPPED, OrderStatus.SHIPPED, OrderStatus.CANCELED}
    ),
    OrderStatus.UNSHIPPED: frozenset(
        {
            OrderStatus.PARTIALLY_SHIPPED,
            OrderStatus.SHIPPED,
            OrderStatus.CANCELED,
            OrderStatus.UNFULFILLABLE,
        }
    ),
    OrderStatus.PARTIALLY_SHIPPED: frozenset({OrderStatus.SHIPPED}),
    OrderStatus.UNFULFILLABLE: frozenset({OrderStatus.CANCELED}),
    OrderStatus.SHIPPED: frozenset(),
    OrderStatus.CANCELED: frozenset(),
}


def can_transition(current: OrderStatus, new: OrderStatus) -> bool:
    return current == new or new in TRANSITIONS[current]


def check_transition(order_id: str, current: OrderStatus, new: OrderStatus) -> None:
    """Raise IllegalTransition, with a sentence a seller understands, if not allowed."""
    if can_transition(current, new):
        return
    if current is OrderStatus.SHIPPED:
        why = Msg("Errors", "it has already shipped; only a return and refund is possible now")
    elif current is OrderStatus.CANCELED:
        why = Msg("Errors", "it is cancelled; a cancelled order cannot be reopened")
    else:
        why = Msg("Errors", "an order that is {current} cannot become {new}").format(
            current=current.label.lower(), new=new.label.lower()
        )
    raise IllegalTransition(
        Msg("Errors", "Order {order_id} cannot be marked {new}: {why}.").format(
            order_id=order_id, new=new.label.lower(), why=why
        )
    )


def order_status_from_items(
    statuses_and_open_qty: list[tuple[int, int, int]], fallback: OrderStatus
) -> OrderStatus:
    """Derive an order's status from its items' (quantity, shipped, cancelled) counts.

    ``fallback`` is kept while nothing has shipped or been cancelled (pending states).
    """
    total = sum(q for q, _, _ in statuses_and_open_qty)
    shipped = sum(s for _, s, _ in statuses_and_open_qty)
    cancelled = sum(c for _, _, c in statuses_and_open_qty)
    if total == 0 or cancelled >= total:
        return OrderStatus.CANCELED
    if shipped + cancelled >= total:
        return OrderStatus.SHIPPED if shipped else OrderStatus.CANCELED
    if shipped > 0:
        return OrderStatus.PARTIALLY_SHIPPED
    return fallback


class ReturnState(StrEnum):
    """Where a return of shipped goods stands."""

    STARTED = "started"  # the goods are on their way back
    RECEIVED = "received"  # the goods are back


class ChangeKind(StrEnum):
    """What importing a row does to its order."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
