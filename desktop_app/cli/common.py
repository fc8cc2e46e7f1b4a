"""What the subcommands share: the database option, JSON output, errors."""

from __future__ import annotations

import argparse
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


def open_db(args: argparse.Namespace, *, create: bool = False, announce: bool = True) -> Database:
    """Open the shop named by ``--db``. No shop by accident: a SQLite file that does not exist
    is refused (one line naming it and ``seller-desk init``), unless ``create`` (demo, init,
    import), which says on stderr where the new shop is (unless not ``announce``: ``init``
    says it on stdout itself)."""
    from desktop_app.db.database import open_database

    url = shop_url(args)
    path = missing_shop(url)
    if path is not None:
        import shlex  # here: the window's start does not need it

        if not create:
            raise CliError(
                f"there is no shop at {path}; check --db, or create one with: "
                f"seller-desk --db {shlex.quote(str(path))} init"
            )
        if announce:
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


# --- argument types: a bad value is bad usage (exit 2, with the usage line) ------------------


def bounded_int(low: int, high: int) -> Any:
    """An argparse type: a whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is outside {low:,}..{high:,}")
        return value

    parse.__name__ = "number"
    return parse


def status_word(text: str) -> Any:
    """An argparse type: an order status in either spelling, any case."""
    from desktop_app.core.status import parse_status

    try:
        return parse_status(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def iso_date(text: str) -> Any:
    """An argparse type: a date (2024-05-31) or a date and time; naive when no offset is
    given (the command reads it in the shop's zone)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2024-05-31") from None


def item_spec(text: str) -> tuple[str, int | None]:
    """An argparse type: ``SKU`` or ``SKU:QTY`` with QTY a whole number of at least 1."""
    sku, colon, qty_text = text.rpartition(":") if ":" in text else (text, "", "")
    if not sku.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: give a SKU, as SKU or SKU:QTY")
    if not colon:
        return sku, None
    try:
        qty = int(qty_text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: the quantity after ':' must be a whole number"
        ) from None
    if qty < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: the quantity must be at least 1")
    return sku, qty


class AppendItem(argparse.Action):
    """``--item`` repeated: each SKU once (a second ``--item`` for a SKU is bad usage)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        items: list[tuple[str, int | None]] = list(getattr(namespace, self.dest, None) or [])
        sku = values[0]
        if any(known == sku for known, _qty in items):
            raise argparse.ArgumentError(self, f"SKU {sku} is given twice; give it once")
        items.append(values)
        setattr(namespace, self.dest, items)
