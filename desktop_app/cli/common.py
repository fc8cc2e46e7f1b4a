"""What the subcommands share: the database option, JSON output, errors."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    db = open_database(url)
    db.write_wait.listeners.append(_say_waiting)
    return db


def _say_waiting(message: str | None) -> None:
    """A write waiting for another Seller Desk says so on stderr (scripts keep stdout)."""
    if message:
        print(f"seller-desk: {message}", file=sys.stderr, flush=True)


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


class _MaskingWriter:
    """A text stream that passes each finished line through the credential mask (a file path
    or a database address a command prints may hold a password)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        from desktop_app.db.redact import redact

        self._pending += text
        head, newline, self._pending = self._pending.rpartition("\n")
        if newline:
            self._stream.write(redact(head) + "\n")
        return len(text)

    def flush(self) -> None:
        from desktop_app.db.redact import redact

        if self._pending:
            self._stream.write(redact(self._pending))
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, encoding, fileno...
        return getattr(self._stream, name)


@contextmanager
def masked_output() -> Iterator[None]:
    """stdout and stderr through the credential mask while a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _MaskingWriter(out), _MaskingWriter(err)
    try:
        yield
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            sys.stdout, sys.stderr = out, err
