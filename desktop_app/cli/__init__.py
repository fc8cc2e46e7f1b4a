"""The ``seller-desk`` command: the window by default, and subcommands for scripts.

Each subcommand lives in its own module with ``register(subparsers)``; modules import their
heavy dependencies inside their ``run`` so that ``seller-desk --help`` stays instant.
Exit codes: 0 success, 1 refused or failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli.common import CliError, masked_output
from desktop_app.core.errors import DomainError

GUI_MODULE = "desktop_app.cli.gui"
COMMAND_MODULES = (
    GUI_MODULE,
    "desktop_app.cli.demo",
    "desktop_app.cli.orders",
    "desktop_app.cli.health",
    "desktop_app.cli.backup",
    "desktop_app.cli.files",
    "desktop_app.cli.relabel",
    "desktop_app.cli.mappings",
    "desktop_app.cli.shop",
    "desktop_app.cli.lists",
    "desktop_app.cli.settings",
    "desktop_app.cli.desktop_entry",
)

log = logging.getLogger("desktop_app")
SIGPIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description="Seller Desk: orders, cancellations and account health for online sellers.",
    )
    parser.add_argument("--version", action="version", version=f"seller-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLAlchemy URL or a file path (default: $SELLER_DESK_DB, "
        "then seller-desk.db in your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def opens_the_window(argv: Sequence[str]) -> bool:
    """Whether the command line asks for the window: no command, or ``gui`` (the help, the
    version and any mistake are left to the full parser)."""
    first = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    first.add_argument("--db")
    try:
        _known, rest = first.parse_known_args(argv)
    except argparse.ArgumentError:
        return False
    return not rest or (rest[0] == "gui" and not {"-h", "--help"} & set(rest))


# Options whose value is free text a seller may start with a dash (``--search -dash``);
# argparse would take such a value for an option of its own.
TEXT_OPTIONS = frozenset({"--search", "--decline-request"})


def _glue_text_values(argv: list[str]) -> list[str]:
    """``--search -dash`` becomes ``--search=-dash`` (what argparse accepts)."""
    glued: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--":
            glued.append(arg)
            glued.extend(args)
            break
        if arg in TEXT_OPTIONS:
            value = next(args, None)
            glued.append(arg if value is None else f"{arg}={value}")
        else:
            glued.append(arg)
    return glued


def plain_window(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of ``seller-desk``, ``seller-desk gui`` and either with ``--db URL``
    first, as the full parser gives them, without building it (the window's start waits for
    none of argparse's work); None for any other command line."""
    rest = list(argv)
    db: str | None = None
    if rest and rest[0].startswith("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    elif len(rest) >= 2 and rest[0] == "--db":
        db, rest = rest[1], rest[2:]
    if rest not in ([], ["gui"]) or (db is not None and (not db or db.startswith("-"))):
        return None
    from desktop_app.cli import gui

    return argparse.Namespace(db=db, command="gui", demo_orders=gui.DEMO_ORDERS, func=gui.run)


def main(argv: Sequence[str] | None = None) -> int:
    argv = _glue_text_values(list(sys.argv[1:] if argv is None else argv))
    args = plain_window(argv)
    if args is None:
        # The window's start does not wait for the other commands' modules to load and register.
        parser = build_parser((GUI_MODULE,) if opens_the_window(argv) else COMMAND_MODULES)
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args([*argv, "gui"])
    try:
        with masked_output():  # no password from --db in anything a command prints
            code: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
    except BrokenPipeError:
        return _reader_went_away()
    except (DomainError, CliError) as error:
        print(f"seller-desk: {_masked(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("seller-desk: interrupted; nothing more was written.", file=sys.stderr)
        return 1
    except Exception as error:  # a bug or the environment: log it, say one sentence
        from desktop_app.logs import log_path, setup_logging

        setup_logging()
        log.exception("unexpected error in %s", args.command)
        print(f"seller-desk: {_failure_sentence(error, log_path())}", file=sys.stderr)
        return 1
    return code


def _masked(text: str) -> str:
    from desktop_app.db.redact import redact

    return redact(text)


def _failure_sentence(error: Exception, log: object) -> str:
    """One sentence, never the error's own text (it may quote a row's values or a password)."""
    from desktop_app.db.failures import explain

    sentence = explain(error)
    if sentence is not None:
        return f"{sentence} Details are in {log}."
    return f"unexpected error ({type(error).__name__}); details are in {log}"


def _reader_went_away() -> int:
    """The reader closed the pipe (``seller-desk health | head -3``): end quietly, as Unix
    tools do. Further writes to stdout go nowhere, so Python's exit does not complain."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's capture)
        pass
    return SIGPIPE_EXIT
