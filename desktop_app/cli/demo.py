"""``seller-desk demo``: build a realistic demo shop."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from desktop_app.cli.common import add_db_option, open_db


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "demo", help="fill an empty database with a realistic demo shop"
    )
    parser.add_argument("--orders", type=int, default=20_000, metavar="N", help="orders (20000)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.db.engine import sqlite_path
    from desktop_app.services.demo import build_demo

    if args.orders < 0:
        print("seller-desk: --orders must be 0 or more", file=sys.stderr)
        return 2
    db = open_db(args, create=True)
    started = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done:,} of {total:,} orders", end="", file=sys.stderr, flush=True)

    try:
        build_demo(db, args.orders, seed=args.seed, progress=progress)
    finally:
        db.close()
    if tty:
        print(file=sys.stderr)
    seconds = time.perf_counter() - started
    path = sqlite_path(db.url)
    size = f", {path.stat().st_size / 1e6:,.0f} MB" if path and path.exists() else ""
    print(f"Built a demo shop of {args.orders:,} orders in {seconds:.1f} s ({db.name}{size}).")
    return 0
