"""``seller-desk show | requests | returns | stock``: every list, for people and for scripts
(``--json``; the shapes are in the README and :mod:`desktop_app.services.lists`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from desktop_app.cli.common import CliError, add_db_option, open_db, print_json

T = TypeVar("T")


def _command(sub: Any, name: str, help_text: str, func: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=func)
    return parser


def register(sub: Any) -> None:
    show = _command(
        sub, "show", "one order: items, requests, cancellations, returns, history", run_show
    )
    show.add_argument("order_id", metavar="ORDER_ID")
    requests = _command(sub, "requests", "buyer cancellation requests (open ones)", run_requests)
    requests.add_argument("--all", action="store_true", help="answered ones too")
    _command(sub, "returns", "returns and refunds, newest first", run_returns)
    stock = _command(sub, "stock", "stock per SKU: on hand, reserved, available", run_stock)
    stock.add_argument("--sku", metavar="SKU", help="only this SKU")
    stock.add_argument("--oversold", action="store_true", help="only SKUs sold beyond stock")


def _read(args: argparse.Namespace, fetch: Callable[[Session], T]) -> T:
    """``fetch(session)`` on the shop named by ``--db``, in a reading session."""
    db = open_db(args)
    try:
        with db.reading() as session:
            return fetch(session)
    finally:
        db.close()


def run_show(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import NotFound
    from desktop_app.services.lists import order_json

    db = open_db(args)
    try:
        with db.reading() as session:
            try:
                order = order_json(session, args.order_id)
            except NotFound as missing:
                raise CliError(str(missing)) from None
    finally:
        db.close()
    if args.json:
        print_json(order)
        return 0
    print(
        f"{order['order_id']}  {order['status']}  {order['channel']}  "
        f"{order['total']} {order['currency']}  purchased {order['purchase_date']}"
    )
    for item in order["items"]:
        print(
            f"  item {item['sku']:<16} x{item['quantity']} ({item['shipped']} shipped, "
            f"{item['cancelled']} cancelled)  {item['product_name']}"
        )
    for r in order["buyer_requests"]:
        print(f"  buyer request {r['requested_at']} via {r['channel']}: {r['state']} {r['reason']}")
    for c in order["cancellations"]:
        counted = "counts against the seller" if c["counted"] else "does not count"
        print(
            f"  cancelled {c['cancelled_at']} by {c['initiator']} ({c['actor']}, {c['via']}), "
            f"{c['reason']}: {counted}"
        )
    for r in order["returns"]:
        print(f"  return {r['started_at']}: {r['state']}, refund {r['refund']} {r['currency']}")
    for h in order["history"]:
        print(f"  {h['at']}  {h['actor']} ({h['source']}): {h['summary']}")
    return 0


def run_requests(args: argparse.Namespace) -> int:
    from desktop_app.services.lists import requests_json

    rows = _read(args, lambda session: requests_json(session, include_answered=args.all))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['order_id']:<21} {r['requested_at'][:16]}  {r['state']:<9} {r['channel']:<8} "
            f"{r['reason']}"
        )
    print(f"{len(rows):,} {'buyer requests' if args.all else 'open buyer requests'}")
    return 0


def run_returns(args: argparse.Namespace) -> int:
    from desktop_app.services.lists import returns_json

    rows = _read(args, lambda session: returns_json(session))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['order_id']:<21} {r['started_at'][:10]}  {r['state']:<9} {r['units']:>3} units "
            f"{r['refund']:>9} {r['currency']}  {r['skus']}"
        )
    print(f"{len(rows):,} returns")
    return 0


def run_stock(args: argparse.Namespace) -> int:
    from desktop_app.services.lists import stock_json

    rows = _read(args, lambda session: stock_json(session, sku=args.sku, oversold=args.oversold))
    if args.sku and not rows:
        raise CliError(f"there is no stock record for SKU {args.sku!r}")
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        flag = "  OVERSOLD" if r["oversold"] else ""
        print(
            f"{r['sku']:<20} {r['on_hand']:>7} on hand {r['reserved']:>6} reserved "
            f"{r['available']:>7} available{flag}  {r['product_name']}"
        )
    print(f"{len(rows):,} SKUs")
    return 0
