"""``seller-desk orders | cancel | request | ship``: the order commands."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import (
    AppendItem,
    CliError,
    add_db_option,
    bounded_int,
    item_spec,
    open_db,
    print_json,
    status_word,
)

if TYPE_CHECKING:
    from desktop_app.core.health import DailyRate
    from desktop_app.services.queries import OrderRow


MAX_LIMIT = 1_000_000


def register(sub: Any) -> None:
    orders = sub.add_parser("orders", help="list orders")
    orders.add_argument(
        "--status",
        action="append",
        default=[],
        type=status_word,
        metavar="S",
        help="order status (repeatable, any case, either spelling): Pending, Unshipped, "
        "'Partially shipped', Shipped, Cancelled, ...",
    )
    orders.add_argument("--channel", choices=("MFN", "AFN"))
    orders.add_argument(
        "--search", default="", metavar="TEXT", help="order id, SKU, product name or city"
    )
    orders.add_argument(
        "--limit",
        type=bounded_int(1, MAX_LIMIT),
        default=50,
        metavar="N",
        help=f"rows, 1 to {MAX_LIMIT:,} (50)",
    )
    orders.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(orders)
    orders.set_defaults(func=run_orders)

    cancel = sub.add_parser("cancel", help="cancel an order (or some of its items)")
    cancel.add_argument("order_id", metavar="ORDER_ID")
    cancel.add_argument(
        "--reason",
        required=True,
        type=reason_code,
        metavar="CODE",
        help="NoInventory, BuyerCanceled, GeneralAdjustment, PricingError, "
        "ShippingAddressUndeliverable, CustomerExchange",
    )
    cancel.add_argument(
        "--item",
        action=AppendItem,
        type=item_spec,
        default=[],
        metavar="SKU[:QTY]",
        help="cancel only these items (repeatable); default: every open item",
    )
    cancel.add_argument("--no-restock", action="store_true", help="do not restock")
    cancel.add_argument("--dry-run", action="store_true", help="show the decision, write nothing")
    cancel.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(cancel)
    cancel.set_defaults(func=run_cancel)

    request = sub.add_parser("request", help="record a buyer's cancellation request")
    request.add_argument("order_id", metavar="ORDER_ID")
    request.add_argument("--reason", default="", metavar="TEXT")
    request.add_argument(
        "--message-only",
        action="store_true",
        help="the buyer asked only in a message (still counts against you)",
    )
    add_db_option(request)
    request.set_defaults(func=run_request)

    ship = sub.add_parser("ship", help="mark an order shipped")
    ship.add_argument("order_id", metavar="ORDER_ID")
    ship.add_argument(
        "--decline-request",
        metavar="REASON",
        help="decline the buyer's open cancellation request with this reason, and ship",
    )
    add_db_option(ship)
    ship.set_defaults(func=run_ship)


def reason_code(text: str) -> str:
    """An argparse type: a cancellation reason code (bad usage otherwise)."""
    from desktop_app.core.reasons import reason

    try:
        reason(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _row_json(row: OrderRow) -> dict[str, Any]:
    from desktop_app.core.money import to_decimal_str

    return {
        "order_id": row.order_id,
        "purchase_date": row.purchase_date.isoformat(),
        "status": row.status.value,
        "channel": row.channel.value,
        "items": row.item_count,
        "skus": row.skus,
        "total": to_decimal_str(row.total_minor, row.currency),
        "currency": row.currency,
        "ship_by": row.ship_by.isoformat() if row.ship_by else None,
        "open_buyer_request": row.has_open_request,
        "marketplace": row.marketplace,
    }


def run_orders(args: argparse.Namespace) -> int:
    from desktop_app.core.clock import utcnow, with_offset
    from desktop_app.core.money import format_minor
    from desktop_app.core.status import Channel, OrderStatus
    from desktop_app.core.wording import plural
    from desktop_app.services.context import shop_zone
    from desktop_app.services.queries import OrderFilter, count_orders, list_orders

    statuses = frozenset[OrderStatus](args.status)
    flt = OrderFilter(
        statuses=statuses,
        channel=Channel(args.channel) if args.channel else None,
        search=args.search,
    )
    db = open_db(args)
    now = utcnow()
    with db.reading() as session:
        total = count_orders(session, flt, now)
        rows = list_orders(session, flt, now, limit=args.limit)
        zone = shop_zone(session)
    db.close()
    if args.json:
        print_json({"total": total, "orders": [_row_json(r) for r in rows]})
        return 0
    for r in rows:
        flag = "  buyer asked to cancel" if r.has_open_request else ""
        print(
            f"{r.order_id:<21} {with_offset(r.purchase_date, zone)} {r.status.label:<19} "
            f"{r.channel.value} {r.item_count:>3}  {format_minor(r.total_minor, r.currency):>10}"
            f"  {r.skus}{flag}"
        )
    print(f"{len(rows):,} of {plural(total, 'matching order')}")
    return 0


def _rate_json(point: DailyRate) -> dict[str, Any]:
    return {
        "day": point.day.isoformat(),
        "counted": point.counted,
        "orders": point.orders,
        "rate": point.rate,
    }


def _rate_text(point: DailyRate) -> str:
    from desktop_app.core.health import CANCELLATION_RATE

    if point.rate is None:
        return "no seller-fulfilled orders in the last 7 days"
    over = " (over target)" if point.rate >= CANCELLATION_RATE.target else ""
    return f"{point.rate:.2%} ({point.counted}/{point.orders}){over}"


def _parse_items(specs: list[tuple[str, int | None]], items: list[Any]) -> dict[int, int] | None:
    if not specs:
        return None
    chosen: dict[int, int] = {}
    for sku, qty in specs:
        matches = [i for i in items if i.sku == sku]
        if not matches:
            raise CliError(f"the order has no item with SKU {sku}")
        item = matches[0]
        chosen[item.id] = item.open_quantity if qty is None else qty
    return chosen


def run_cancel(args: argparse.Namespace) -> int:
    from desktop_app.core.clock import utcnow
    from desktop_app.core.money import format_minor, to_decimal_str
    from desktop_app.core.policy import Path
    from desktop_app.core.status import OrderStatus
    from desktop_app.services.cancellation import CancelRequest, cancel_order, preview_cancel
    from desktop_app.services.context import Context
    from desktop_app.services.errors import load_order

    db = open_db(args)
    try:
        with db.reading() as session:
            order = load_order(session, args.order_id, lock=False)
            quantities = _parse_items(args.item, list(order.items))
            restock = {i.id: False for i in order.items} if args.no_restock else None
            req = CancelRequest(
                order_id=args.order_id,
                reason_code=args.reason,
                quantities=quantities,
                restock=restock,
                expected_version=order.version,
            )
            preview = preview_cancel(session, req, utcnow())
        result: dict[str, Any] = {
            "order_id": preview.order_id,
            "allowed": preview.decision.allowed,
            "path": preview.decision.path.value,
            "why": preview.decision.why,
            "counted": preview.counted,
            "warning": preview.warning,
            "warnings": preview.same_sku_warnings,
            "items": {line.sku: line.quantity for line in preview.lines if line.quantity},
            "refund": to_decimal_str(preview.refund_minor, preview.currency),
            "currency": preview.currency,
            "rate_before": _rate_json(preview.rate_before),
            "rate_after": _rate_json(preview.rate_after),
            "marketplace": preview.profile.key,
            "forecast": preview.forecast.to_json() if preview.forecast else None,
            "dry_run": args.dry_run,
            "cancelled": False,
        }
        if preview.decision.allowed and not args.dry_run:
            with db.transaction() as session:
                outcome = cancel_order(session, Context(source="cli", via="cli"), req)
            result["cancelled"] = True
            result["status"] = outcome.status.value
    finally:
        db.close()
    if not preview.decision.allowed:
        if args.json:
            print_json(result)
        path = preview.decision.path
        what = "" if path is Path.NONE else f" What to do: {path.action_label.lower()}."
        print(
            f"seller-desk: cancel {preview.order_id} refused: {preview.decision.why}{what}",
            file=sys.stderr,
        )
        return 1
    if args.json:
        print_json(result)
        return 0
    print(f"Cancel {preview.order_id}: allowed. {preview.decision.why}")
    items = ", ".join(f"{q} × {s}" for s, q in result["items"].items())
    counts = "counts" if preview.counted else "does not count"
    print(
        f"Items: {items}; refund {format_minor(preview.refund_minor, preview.currency)};"
        f" {counts} against you."
    )
    for warning in [preview.warning, *preview.same_sku_warnings]:
        if warning:
            print(f"Warning: {warning}")
    print(
        f"Cancellation rate (7 days): {_rate_text(preview.rate_before)} now, "
        f"{_rate_text(preview.rate_after)} after."
    )
    if preview.forecast is not None:
        from desktop_app.core.forecast_text import cancel_effect

        ahead = preview.forecast
        print(cancel_effect(ahead.before, ahead.after, ahead.profile, adds=ahead.adds))
    if result["cancelled"]:
        print(f"Cancelled; the order is now {OrderStatus(result['status']).label.lower()}.")
    else:
        print("Dry run: nothing was written.")
    return 0


def run_request(args: argparse.Namespace) -> int:
    from desktop_app.core.reasons import RequestChannel
    from desktop_app.services.context import Context
    from desktop_app.services.requests import record_request

    channel = RequestChannel.MESSAGE if args.message_only else RequestChannel.AMAZON
    db = open_db(args)
    try:
        with db.transaction() as session:
            record_request(
                session,
                Context(source="cli", via="cli"),
                args.order_id,
                reason=args.reason,
                channel=channel,
            )
    finally:
        db.close()
    print(f"Recorded the buyer's cancellation request for {args.order_id}.")
    return 0


def run_ship(args: argparse.Namespace) -> int:
    from desktop_app.core.shipping import OpenRequestFirst
    from desktop_app.services.context import Context
    from desktop_app.services.orders import mark_shipped

    db = open_db(args)
    try:
        with db.transaction() as session:
            status = mark_shipped(
                session,
                Context(source="cli", via="cli"),
                args.order_id,
                decline_request=args.decline_request,
            )
    except OpenRequestFirst as refused:  # the way on, in this command's words
        raise CliError(
            f"{str(refused).rstrip('.')} (seller-desk ship {shlex.quote(args.order_id)} "
            "--decline-request REASON)."
        ) from None
    finally:
        db.close()
    declined = "; the buyer's request was declined" if args.decline_request else ""
    print(f"Order {args.order_id} is now {status.label.lower()}{declined}.")
    return 0
