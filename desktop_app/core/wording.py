"""Words that depend on a number or on the order's situation, in one place."""

from __future__ import annotations

from desktop_app.core.reasons import BUYER_CANCELED, reason

NO_REQUEST_BUYER_MESSAGE = (
    "We have cancelled your order. You have not been charged for the cancelled items."
)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``1 order``, ``2 orders``, ``1,000 orders``; ``plural_form`` for irregular words."""
    word = singular if n == 1 else (plural_form or f"{singular}s")
    return f"{n:,} {word}"


def verb(n: int, singular: str, plural_form: str) -> str:
    """The verb that agrees with ``n``: ``counts``/``count``, ``has``/``have``."""
    return singular if n == 1 else plural_form


def buyer_message(code: str, *, request_on_record: bool, buyer_asked: bool = False) -> str:
    """The message drafted for this order's buyer: the reason's, except that

    - "Buyer cancelled" with no request on record does not say "as you requested" (the dialog
      warns that no request is on record; the message must not say otherwise);
    - a buyer who asked to cancel (even only in a message) is not sent another reason's
      apology (an out-of-stock note to someone who asked to cancel)."""
    if code == BUYER_CANCELED:
        return reason(code).buyer_message if request_on_record else NO_REQUEST_BUYER_MESSAGE
    if buyer_asked:
        return NO_REQUEST_BUYER_MESSAGE
    return reason(code).buyer_message
