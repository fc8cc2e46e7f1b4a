"""``seller-desk settings get|set KEY [VALUE]``: the shop's settings (for now its time zone)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import add_db_option, open_db


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "settings",
        help="read or change a shop setting (timezone)",
        description="Read or change a setting stored with the shop. timezone: the shop's "
        "time zone, an IANA name such as Europe/Berlin; every day boundary (rate windows, "
        "today, the chart) uses it on every machine.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="print a setting's value")
    get.add_argument("key", metavar="KEY")
    add_db_option(get)
    get.set_defaults(func=run_get, usage_error=get.error)
    put = actions.add_parser("set", help="change a setting")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    add_db_option(put)
    put.set_defaults(func=run_set, usage_error=put.error)
    add_db_option(parser)


def _check_key(args: argparse.Namespace) -> None:
    from desktop_app.services.shop_settings import KEYS

    if args.key not in KEYS:
        args.usage_error(f"unknown setting {args.key!r}; the settings are: {', '.join(KEYS)}")


def run_get(args: argparse.Namespace) -> int:
    from desktop_app.services.shop_settings import get_setting

    _check_key(args)
    db = open_db(args)
    try:
        with db.snapshot() as conn:
            value = get_setting(conn, args.key)
    finally:
        db.close()
    print(value)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from desktop_app.services.context import Context
    from desktop_app.services.shop_settings import KEYS, change_setting

    _check_key(args)
    try:
        KEYS[args.key].validate(args.value)
    except ValueError as error:
        args.usage_error(str(error))
    db = open_db(args)
    try:
        with db.transaction() as session:
            stored = change_setting(session, Context(source="cli", via="cli"), args.key, args.value)
    finally:
        db.close()
    print(f"{args.key} is now {stored}.")
    return 0
