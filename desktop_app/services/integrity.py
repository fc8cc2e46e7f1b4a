"""A damaged shop: find out (SQLite's quick check), warn, and refuse to copy it as if whole.

An export or a backup of a damaged database would look complete and silently miss orders, so
:func:`ensure_intact` refuses with a sentence saying how to recover (the daily copies). The
window runs :func:`check_integrity` in the background when a shop opens. Other exports (such as
an archive) call :func:`ensure_intact` before they write.

A shop on a database server is the server's to check: it is reported as not checked.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app.core.errors import DomainError
from desktop_app.db.location import sqlite_path

MAX_PROBLEMS = 10  # quick_check(N): enough to say what is wrong without reading it all


class DamagedShop(DomainError):
    """The shop's database failed its integrity check; nothing was written."""


class _HasUrl(Protocol):
    @property
    def url(self) -> object: ...


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    path: Path | None  # None: not a SQLite file, not checked
    problems: tuple[str, ...] = ()

    @property
    def checked(self) -> bool:
        return self.path is not None

    @property
    def ok(self) -> bool:
        return not self.problems

    def warning(self) -> str:
        """What the window says when the shop opens damaged."""
        return (
            f"This shop's database is damaged ({self.problems[0]}). Some orders may be "
            f"missing or unreadable. {recovery_advice(self.path)}"
        )


def _sqlite_file(source: str | _HasUrl) -> Path | None:
    url = source if isinstance(source, str) else source.url
    if not isinstance(url, str):  # an Engine's URL object
        url = url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    return sqlite_path(url)


def check_integrity(source: str | _HasUrl) -> IntegrityReport:
    """SQLite's ``PRAGMA quick_check`` on the shop (a URL, a Database or an Engine), through a
    connection of its own that only reads: in WAL mode no writer waits for it."""
    path = _sqlite_file(source)
    if path is None or not path.exists():
        return IntegrityReport(None)
    try:
        with closing(sqlite3.connect(path, timeout=30)) as conn:
            rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed", I/O
        return IntegrityReport(path, (str(error),))
    problems = tuple(str(row[0]) for row in rows if row and row[0] != "ok")
    return IntegrityReport(path, problems)


def recovery_advice(path: Path | None) -> str:
    """How to get a whole shop back: the newest daily copy, if there is one."""
    from desktop_app.services.backup import backup_folder, daily_copies

    copies = daily_copies(path.stem) if path is not None else []
    if copies:
        return (
            f"To recover, open the newest daily copy: seller-desk --db '{copies[-1]}' "
            f"(the daily copies are in {backup_folder()}), or a backup you took."
        )
    return (
        "To recover, open a backup you took (seller-desk --db COPY); no daily copy was found "
        f"in {backup_folder()}. Turn daily copies on with seller-desk backup --keep-daily 7."
    )


def ensure_intact(source: str | _HasUrl, action: str = "export it") -> IntegrityReport:
    """Refuse ``action`` ("export it", "archive it", "back it up") of a damaged shop with
    :class:`DamagedShop`; returns the report of a whole one."""
    report = check_integrity(source)
    if not report.ok:
        raise DamagedShop(
            f"This shop's database is damaged ({report.problems[0]}), so Seller Desk will not "
            f"{action}: the copy would silently miss orders. Nothing was written. "
            f"{recovery_advice(report.path)}"
        )
    return report
