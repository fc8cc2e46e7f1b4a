"""``seller-desk init``: create a new, empty shop."""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from desktop_app.cli.common import CliError, add_db_option, open_db, print_json, shop_url


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "init",
        help="create a new, empty shop",
        description="Create a new, empty shop at --db (default: your user data folder). Other "
        "commands never create one by accident: they refuse a path with no shop.",
    )
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the shop's time zone, an IANA name such as Europe/Berlin (default: this machine's)",
    )
    parser.add_argument(
        "--currency", metavar="CODE", help="the shop's currency, ISO 4217 (USD, EUR, JPY...)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.db.location import sqlite_path
    from desktop_app.services.shop import check_currency, check_zone, init_shop

    # checked before anything is created
    if args.timezone:
        check_zone(args.timezone)
    if args.currency:
        check_currency(args.currency)
    path = sqlite_path(shop_url(args))
    if path is not None and path.exists():
        raise CliError(f"there is already a shop at {path}; nothing was changed.")
    db = open_db(args, create=True, announce=False)
    try:
        shop = init_shop(db, timezone=args.timezone, currency=args.currency)
    finally:
        db.close()
    if args.json:
        print_json({"db": shop.where, "timezone": shop.timezone, "currency": shop.currency})
    else:
        zone = shop.timezone or "this machine's"
        money = f", currency {shop.currency}" if shop.currency else ""
        print(f"Created a new shop at {shop.where} (time zone {zone}{money}).")
        print(f"Bring orders in with: seller-desk --db {shlex.quote(shop.where)} import REPORT.txt")
    return 0
