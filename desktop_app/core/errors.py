"""Domain errors carry a sentence a seller can read: a ``Msg`` (``core.text``), so the window
shows it in the seller's language and the command line in English."""

from desktop_app.core.text import Msg


class DomainError(Exception):
    """A rule of the domain refused an action. ``str(error)`` is a plain sentence."""


class IllegalTransition(DomainError):
    pass


class StaleOrder(DomainError):
    def __init__(self, order_id: str) -> None:
        super().__init__(
            Msg(
                "Errors",
                "Order {order_id} changed since you opened it. "
                "The view has been refreshed; check it and try again.",
            ).format(order_id=order_id)
        )
        self.order_id = order_id


class NotFound(DomainError):
    pass


class CancellationRefused(DomainError):
    pass


NEGATIVE_REFUND = Msg("Errors", "The refund cannot be negative.")


def no_item(order_id: str, item: object) -> Msg:
    return Msg("Errors", "Order {order_id} has no item {item}.").format(
        order_id=order_id, item=item
    )
