"""Which colour token each order status and ship-by urgency is drawn in; the colours
themselves are ``style``'s tokens. Kept apart from ``style``, which the window imports before
its first paint, so that the domain's modules load after it."""

from __future__ import annotations

from desktop_app.core.ship_by import Urgency
from desktop_app.core.status import OrderStatus
from desktop_app.ui.style import SHIP_BY_DUE_SOON, SHIP_BY_LATE, SHIP_BY_LATER, Token

STATUS_COLOURS: dict[OrderStatus, Token] = {
    OrderStatus.PENDING: "status_pending",
    OrderStatus.PENDING_AVAILABILITY: "status_pending",
    OrderStatus.INVOICE_UNCONFIRMED: "status_pending",
    OrderStatus.UNSHIPPED: "status_unshipped",
    OrderStatus.PARTIALLY_SHIPPED: "status_partial",
    OrderStatus.SHIPPED: "status_shipped",
    OrderStatus.CANCELED: "status_cancelled",
    OrderStatus.UNFULFILLABLE: "status_unfulfillable",
}
# the ship-by countdown ("due in 5 h", "late by 2 d"), by urgency
SHIP_BY_COLOURS: dict[Urgency, Token] = {
    Urgency.LATE: SHIP_BY_LATE,
    Urgency.DUE_SOON: SHIP_BY_DUE_SOON,
    Urgency.LATER: SHIP_BY_LATER,
}
