"""The status words of Amazon's report files, mapped to the Orders API statuses Seller Desk uses.

Report files say "Complete" or "Shipped - Delivered to Buyer" where the API says "Shipped"
(domain.md, "Order report files"). This table is a domain rule read from files; it could move
to ``desktop_app.core.status`` if another module needs it.
"""

from __future__ import annotations

from desktop_app.core.status import ItemStatus, OrderStatus, ReturnState

_ORDER_WORDS: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "pending - waiting for pick up": OrderStatus.PENDING,
    "pendingavailability": OrderStatus.PENDING_AVAILABILITY,
    "pending availability": OrderStatus.PENDING_AVAILABILITY,
    "invoiceunconfirmed": OrderStatus.INVOICE_UNCONFIRMED,
    "invoice unconfirmed": OrderStatus.INVOICE_UNCONFIRMED,
    "unshipped": OrderStatus.UNSHIPPED,
    "partiallyshipped": OrderStatus.PARTIALLY_SHIPPED,
    "partially shipped": OrderStatus.PARTIALLY_SHIPPED,
    "shipping": OrderStatus.PARTIALLY_SHIPPED,  # some items left, more to come
    "shipped": OrderStatus.SHIPPED,
    "complete": OrderStatus.SHIPPED,
    "completed": OrderStatus.SHIPPED,
    "canceled": OrderStatus.CANCELED,
    "cancelled": OrderStatus.CANCELED,
    "unfulfillable": OrderStatus.UNFULFILLABLE,
}

_ITEM_WORDS: dict[str, ItemStatus] = {
    "pending": ItemStatus.PENDING,
    "unshipped": ItemStatus.UNSHIPPED,
    "shipping": ItemStatus.UNSHIPPED,
    "shipped": ItemStatus.SHIPPED,
    "complete": ItemStatus.SHIPPED,
    "canceled": ItemStatus.CANCELED,
    "cancelled": ItemStatus.CANCELED,
}

# The item status an order status implies when a file gives none per item.
ITEM_STATUS_OF_ORDER: dict[OrderStatus, ItemStatus] = {
    OrderStatus.PENDING: ItemStatus.PENDING,
    OrderStatus.PENDING_AVAILABILITY: ItemStatus.PENDING,
    OrderStatus.INVOICE_UNCONFIRMED: ItemStatus.UNSHIPPED,
    OrderStatus.UNSHIPPED: ItemStatus.UNSHIPPED,
    OrderStatus.PARTIALLY_SHIPPED: ItemStatus.UNSHIPPED,
    OrderStatus.SHIPPED: ItemStatus.SHIPPED,
    OrderStatus.CANCELED: ItemStatus.CANCELED,
    OrderStatus.UNFULFILLABLE: ItemStatus.UNSHIPPED,
}


def order_status_from_word(word: str) -> OrderStatus | None:
    """'Shipped - Delivered to Buyer' -> SHIPPED; None for a word no report uses."""
    key = " ".join(word.split()).lower()
    found = _ORDER_WORDS.get(key)
    if found is None and key in _RETURN_WORDS:
        return OrderStatus.SHIPPED  # shipped, and coming back
    if found is None and key.startswith("shipped - "):
        return OrderStatus.SHIPPED  # every "Shipped - <carrier event>" variant
    return found


def item_status_from_word(word: str) -> ItemStatus | None:
    key = " ".join(word.split()).lower()
    found = _ITEM_WORDS.get(key)
    if found is None and key.startswith("shipped - "):
        return ItemStatus.SHIPPED
    return found


# "Shipped - <event>" words that mean the goods are coming back: a return, not a cancellation
# (domain.md, "What real report files do").
_RETURN_WORDS: dict[str, ReturnState] = {
    "shipped - returned to seller": ReturnState.RECEIVED,
    "shipped - returning to seller": ReturnState.STARTED,
    "shipped - rejected by buyer": ReturnState.STARTED,
    "returned to seller": ReturnState.RECEIVED,
    "returning to seller": ReturnState.STARTED,
    "rejected by buyer": ReturnState.STARTED,
}


def return_state_from_word(word: str) -> ReturnState | None:
    """'Shipped - Returned to Seller' -> RECEIVED; None for a word that is no return."""
    return _RETURN_WORDS.get(" ".join(word.split()).lower())
