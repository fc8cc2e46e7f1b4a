"""``seller-desk backup OUT``: a consistent copy of the shop, taken while it is in use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import CliError, add_db_option, open_db, print_json


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "backup",
        help="copy the shop's database to a file (restore: open the copy with --db)",
        description="Copy the shop's database to OUT while it is in use. To restore, open the "
        "copy: seller-desk --db OUT. A shop on a PostgreSQL server is backed up with pg_dump; "
        "this command prints the exact pg_dump command for it.",
    )
    parser.add_argument("out", nargs="?", metavar="OUT", help="the copy to write (a .db file)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument(
        "--keep-daily",
        type=int,
        metavar="N",
        help="also take a copy every day at start-up, keeping the last N (0: stop)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.db.engine import resolve_url
    from desktop_app.services.backup import backup_database, backup_folder, set_daily_keep

    if args.out is None and args.keep_daily is None:
        print(
            "seller-desk backup: give OUT, the file to write (or --keep-daily N)", file=sys.stderr
        )
        return 2
    if args.keep_daily is not None:
        if args.keep_daily < 0:
            raise CliError("--keep-daily must be 0 or more")
        db = open_db(args)
        try:
            with db.transaction() as session:
                set_daily_keep(session, args.keep_daily)
        finally:
            db.close()
        if not args.json:
            print(
                f"Daily backups: keeping the last {args.keep_daily} in {backup_folder()}."
                if args.keep_daily
                else "Daily backups are off."
            )
    if args.out is None:
        return 0
    if Path(args.out).is_file() and not args.force:
        raise CliError(f"{args.out} already exists; choose another name, or add --force.")
    result = backup_database(
        resolve_url(getattr(args, "db", None)), Path(args.out), overwrite=args.force
    )
    if args.json:
        print_json(
            {
                "source": str(result.source),
                "path": str(result.path),
                "bytes": result.size_bytes,
                "orders": result.orders,
                "seconds": round(result.seconds, 3),
            }
        )
    else:
        print(result.sentence())
    return 0
