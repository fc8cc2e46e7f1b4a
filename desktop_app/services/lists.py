"""The shop's lists as plain data for scripts (``seller-desk show | requests | returns |
stock --json``): one shape per list, documented in the README.

Money is a decimal string in its currency ("12.34"); times are ISO 8601 with their offset
(UTC); every id is the marketplace's order id, never a database key.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.money import to_decimal_str
from desktop_app.db.models import BuyerRequest, Order
from desktop_app.services.orders import get_order
from desktop_app.services.returns import list_returns
from desktop_app.services.stock import stock_levels

LIMIT = 100_000


def _at(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def order_json(session: Session, order_id: str) -> dict[str, Any]:
    """One order with everything on record about it (``NotFound`` if there is none)."""
    detail = get_order(session, order_id)
    order = detail.order
    cur = order.currency
    requests_by_id = {r.id: r for r in detail.requests}
    return {
        "order_id": order.order_id,
        "merchant_order_id": order.merchant_order_id,
        "marketplace": order.marketplace,
        "status": order.status,
        "channel": order.channel,
        "purchase_date": _at(order.purchase_date),
        "last_updated": _at(order.last_updated),
        "ship_by": _at(order.latest_ship_date),
        "shipped_at": _at(order.shipped_at),
        "currency": cur,
        "total": to_decimal_str(order.total_minor, cur),
        "ship_to": {
            "city": order.ship_city,
            "state": order.ship_state,
            "postal_code": order.ship_postal_code,
            "country": order.ship_country,
        },
        "business_order": order.is_business_order,
        "items": [
            {
                "order_item_id": item.order_item_id,
                "sku": item.sku,
                "asin": item.asin,
                "product_name": item.product_name,
                "status": item.status,
                "quantity": item.quantity,
                "shipped": item.quantity_shipped,
                "cancelled": item.quantity_cancelled,
                "open": item.open_quantity,
                "paid": to_decimal_str(item.paid_minor, cur),
            }
            for item in detail.items
        ],
        "buyer_requests": [_request_json(r) for r in detail.requests],
        "amazon_requests": [
            {"requested_at": _at(a.requested_at), "state": a.state, "note": a.note}
            for a in detail.amazon_requests
        ],
        "cancellations": [
            {
                "cancelled_at": _at(c.cancelled_at),
                "initiator": c.initiator,
                "via": c.via,
                "reason": c.reason_code,
                "counted": c.counted,
                "buyer_request": c.buyer_request_id is not None
                and c.buyer_request_id in requests_by_id,
                "restocked": c.restocked,
                "refund": to_decimal_str(c.refund_minor, c.currency),
                "cost": to_decimal_str(c.cost_minor, c.currency),
                "currency": c.currency,
                "note": c.note,
                "actor": c.actor,
                "source": c.source,
                "lines": [{"sku": ln.sku, "quantity": ln.quantity} for ln in c.lines],
            }
            for c in detail.cancellations
        ],
        "returns": [
            {
                "started_at": _at(r.started_at),
                "state": r.state,
                "reason": r.reason,
                "refund": to_decimal_str(r.refund_minor, r.currency),
                "currency": r.currency,
                "received_at": _at(r.received_at),
                "restocked": r.restocked,
                "actor": r.actor,
                "lines": [{"sku": ln.sku, "quantity": ln.quantity} for ln in r.lines],
            }
            for r in detail.returns
        ],
        "history": [
            {
                "at": _at(h.at),
                "actor": h.actor,
                "source": h.source,
                "action": h.action,
                "summary": h.summary,
            }
            for h in detail.history
        ],
    }


def _request_json(r: BuyerRequest) -> dict[str, Any]:
    return {
        "requested_at": _at(r.requested_at),
        "channel": r.channel,
        "reason": r.reason,
        "state": r.state,
        "answered_at": _at(r.answered_at),
        "answer_note": r.answer_note,
        "source": r.source,
    }


def requests_json(session: Session, *, include_answered: bool = False) -> list[dict[str, Any]]:
    """Buyer requests, oldest first: the open ones, or all with ``include_answered``."""
    query = (
        select(BuyerRequest, Order.order_id, Order.status)
        .join(Order, Order.id == BuyerRequest.order_pk)
        .order_by(BuyerRequest.requested_at, BuyerRequest.id)
        .limit(LIMIT)
    )
    if not include_answered:
        query = query.where(BuyerRequest.state == "open")
    return [
        {"order_id": order_id, "order_status": status, **_request_json(request)}
        for request, order_id, status in session.execute(query)
    ]


def returns_json(session: Session) -> list[dict[str, Any]]:
    """Returns, newest first."""
    return [
        {
            "order_id": r.order_id,
            "started_at": _at(r.started_at),
            "state": r.state,
            "units": r.units,
            "skus": r.skus,
            "refund": to_decimal_str(r.refund_minor, r.currency),
            "currency": r.currency,
            "received_at": _at(r.received_at),
            "restocked": r.restocked,
            "reason": r.reason,
        }
        for r in list_returns(session, limit=LIMIT)
    ]


def stock_json(
    session: Session, *, sku: str | None = None, oversold: bool = False
) -> list[dict[str, Any]]:
    """Stock per SKU: on hand, reserved by open orders, available (negative: oversold)."""
    rows = stock_levels(session, search=sku or "", oversold_only=oversold, limit=LIMIT)
    if sku is not None:
        rows = [r for r in rows if r.sku == sku]
    return [
        {
            "sku": r.sku,
            "product_name": r.product_name,
            "on_hand": r.on_hand,
            "reserved": r.reserved,
            "available": r.available,
            "oversold": r.oversold,
        }
        for r in rows
    ]
