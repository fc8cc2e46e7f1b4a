"""Domain errors carry a sentence a seller can read."""


class DomainError(Exception):
    """A rule of the domain refused an action. ``str(error)`` is a plain sentence."""


class IllegalTransition(DomainError):
    pass


class StaleOrder(DomainError):
    def __init__(self, order_id: str) -> None:
        super().__init__(
            f"Order {order_id} changed since you opened it. "
            "The view has been refreshed; check it and try again."
        )
        self.order_id = order_id


class NotFound(DomainError):
    pass


class CancellationRefused(DomainError):
    pass
