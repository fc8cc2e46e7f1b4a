"""A database's failure, told as one sentence a seller can act on.

The driver's own words name SQL and, in some drivers' details, the values of a row (a buyer's
message, an address). None of that is shown: the seller reads what happened and what to do;
the log keeps the exception's type and the statement's shape (the engines hide parameters).
"""

from __future__ import annotations

from desktop_app.core.text import Msg
from desktop_app.db.redact import redact

_SENTENCES: tuple[tuple[tuple[str, ...], Msg], ...] = (
    (
        ("database is locked", "database table is locked", "database is busy", "lock timeout"),
        Msg(
            "Errors",
            "Another Seller Desk is writing to this shop and did not finish in time, so nothing "
            "was changed. Try again in a moment.",
        ),
    ),
    (
        ("readonly database", "read-only", "read only", "permission denied"),
        Msg(
            "Errors",
            "This shop's database cannot be written to (it is read-only: check the file's "
            "permissions, or whether the disk is mounted read-only), so nothing was changed.",
        ),
    ),
    (
        ("database or disk is full", "no space left", "disk full", "disk is full"),
        Msg(
            "Errors",
            "The disk that holds this shop is full, so nothing was changed. Free some space and "
            "try again.",
        ),
    ),
    (
        ("disk image is malformed", "file is not a database", "database corrupt"),
        Msg(
            "Errors",
            "This shop's database is damaged, so nothing was changed. Restore the latest daily "
            "copy (seller-desk --db COPY opens it) or a backup you took.",
        ),
    ),
    (
        ("disk i/o error", "unable to open database file"),
        Msg(
            "Errors",
            "Seller Desk could not read or write this shop's file (a disk or file-system "
            "error), so nothing was changed.",
        ),
    ),
)


def explain(error: BaseException) -> Msg | None:
    """One sentence for a database failure (SQLAlchemy's or the driver's), else None."""
    text = _driver_text(error)
    if text is None:
        return None
    lowered = text.lower()
    for needles, sentence in _SENTENCES:
        if any(n in lowered for n in needles):
            return sentence
    first = redact(text.strip().splitlines()[0]) if text.strip() else type(error).__name__
    return Msg(
        "Errors", "The database refused the action ({problem}), so nothing was changed."
    ).format(problem=first)


def _driver_text(error: BaseException) -> str | None:
    """The driver's message (first cause that is a database error), or None."""
    from sqlalchemy.exc import DBAPIError

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            orig = current.orig
            return str(orig) if orig is not None else type(current).__name__
        module = type(current).__module__
        if module.startswith(("sqlite3", "psycopg", "psycopg2")):
            return str(current)
        current = current.__cause__ or current.__context__
    return None
