"""What the subcommands share: the database option, JSON output, errors."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.db.database import Database


class CliError(Exception):
    """A refused or failed action: printed as one line on stderr, exit code 1."""


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the subcommand (``seller-desk orders --db x.db``)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def open_db(args: argparse.Namespace) -> Database:
    from desktop_app.db.database import open_database
    from desktop_app.db.engine import resolve_url

    return open_database(resolve_url(getattr(args, "db", None)))


def print_json(data: Any) -> None:
    import json  # not at the top: the window's start does not need it

    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
