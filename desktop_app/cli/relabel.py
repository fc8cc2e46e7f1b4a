"""``seller-desk relabel ORDER_ID --by buyer|seller``: say who a cancellation really was."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import add_db_option, open_db, print_json


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "relabel",
        help="mark a cancellation as the buyer's request through Amazon, or as yours",
        description="Re-label an order's cancellation. --by buyer: the buyer asked through "
        "Amazon's cancellation option (it stops counting against your rate); --by seller: it "
        "was yours (it counts). The change is in the order's history.",
    )
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.add_argument("--by", required=True, choices=("buyer", "seller"))
    parser.add_argument("--note", default="", metavar="TEXT", help="why, for the history")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.services.context import Context
    from desktop_app.services.relabel import CancelledBy, relabel_cancellation

    db = open_db(args)
    try:
        with db.transaction() as session:
            outcome = relabel_cancellation(
                session, Context(source="cli", via="cli"), args.order_id, CancelledBy(args.by),
                args.note,
            )  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "order_id": outcome.order_id,
                "by": outcome.by.value,
                "counted_before": outcome.counted_before,
                "counted": outcome.counted,
            }
        )
    else:
        print(outcome.sentence)
    return 0
