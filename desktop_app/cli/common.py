"""What the subcommands share: the database option, JSON output, errors."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.db.database import Database


class CliError(Exception):
    """A refused or failed action: printed as one line on stderr, exit code 1."""


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the subcommand (``seller-desk orders --db x.db``)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the shop named by ``--db``. No shop by accident: a SQLite file that does not exist
    is refused (one line naming it and ``seller-desk init``), unless ``create`` (demo, init,
    import), which says on stderr where the new shop is."""
    from desktop_app.db.database import open_database

    url = shop_url(args)
    path = missing_shop(url)
    if path is not None:
        if not create:
            raise CliError(
                f"there is no shop at {path}; check --db, or create one with: "
                f"seller-desk --db {shlex.quote(str(path))} init"
            )
        print(f"seller-desk: creating a new shop at {path}", file=sys.stderr)
    return open_database(url)


def shop_url(args: argparse.Namespace) -> str:
    from desktop_app.db.engine import resolve_url

    return resolve_url(getattr(args, "db", None))


def missing_shop(url: str) -> Path | None:
    """The file of a SQLite shop that does not exist yet, else None."""
    from desktop_app.db.location import sqlite_path

    path = sqlite_path(url)
    return path if path is not None and not path.exists() else None


def print_json(data: Any) -> None:
    import json  # not at the top: the window's start does not need it

    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
