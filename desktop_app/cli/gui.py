"""``seller-desk gui`` (the default): the window."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import add_db_option

DEMO_ORDERS = 20_000  # the demo shop offered on a first start


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "gui", help="open the window (what `seller-desk` does with no command)"
    )
    add_db_option(parser)
    parser.add_argument(
        "--demo-orders",
        type=int,
        default=DEMO_ORDERS,
        metavar="N",
        help="size of the demo shop offered on a first start (20000)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.ui.app import run_app

    return run_app(getattr(args, "db", None), demo_orders=args.demo_orders)
