"""Backups: a consistent copy of a live SQLite shop, and an optional daily copy keeping the last N.

Restoring is opening the copy (``seller-desk --db COPY``). The copy is taken with SQLite's
online backup API, so other windows may keep working while it runs; it is written next to the
target under a temporary name, checked, and only then renamed into place, so a failed or
interrupted backup never leaves a half-written file where the seller expects a good one.

A shop on a PostgreSQL server is backed up with the server's own tool, ``pg_dump``: asking
for a copy raises :class:`BackupNotPossible` whose message gives the exact command.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.orm import Session

from desktop_app.core.errors import DomainError
from desktop_app.core.text import Msg
from desktop_app.db.engine import sqlite_path
from desktop_app.db.models import Setting
from desktop_app.db.redact import redact
from desktop_app.io.safe_write import UnsafeTarget, check_kind
from desktop_app.services.context import set_setting

log = logging.getLogger(__name__)

DAILY_KEEP_KEY = "backup.daily_keep"  # settings: how many daily copies to keep; 0 or absent: off
DEFAULT_DAILY_KEEP = 7
BACKUP_EXTENSIONS = (".db", ".sqlite", ".sqlite3")


class BackupNotPossible(DomainError):
    """This database cannot be copied by Seller Desk (a server database, or no file yet)."""


class BackupFailed(DomainError):
    """The copy could not be written or did not check out; nothing was left at the target."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    source: Path
    path: Path
    size_bytes: int
    orders: int
    seconds: float

    def sentence(self) -> str:
        return (
            f"Backed up {self.orders:,} orders from {self.source} to {self.path} "
            f"({size_text(self.size_bytes)}). To restore, open the copy: seller-desk --db "
            f"{shlex.quote(str(self.path))}"
        )


def backup_failed(target: Path, problem: object) -> Msg:
    return Msg("Errors", "The backup to {target} failed: {problem}. Nothing was written.").format(
        target=target, problem=problem
    )


def size_text(n: int) -> str:
    """A file size a seller reads at a glance: '812 kB', '1.1 GB'."""
    if n >= 1_000_000_000:
        return f"{n / 1_000_000_000:,.1f} GB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:,.1f} MB"
    return f"{max(n // 1000, 1):,} kB"


def _pg_connection_args(url: str) -> list[str]:
    """libpq options naming the server and database of ``url`` (never the password)."""
    parsed = make_url(url)
    args = []
    host = parsed.host or parsed.query.get("host")
    if isinstance(host, tuple):  # a query key given twice
        host = host[0]
    if host:
        args.append(f"--host={host}")
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    args.append(f"--dbname={parsed.database or 'postgres'}")
    return args


def pg_dump_command(url: str, out: Path | str) -> str:
    """The pg_dump command line that backs up the database at ``url`` into ``out``.

    The password is never included: pg_dump asks for it, or reads PGPASSWORD / ~/.pgpass.
    """
    return shlex.join(["pg_dump", "--format=custom", f"--file={out}", *_pg_connection_args(url)])


def pg_restore_command(url: str, dump: Path | str) -> str:
    """The pg_restore command line that puts a pg_dump file back into the database at ``url``."""
    return shlex.join(
        ["pg_restore", "--clean", "--if-exists", *_pg_connection_args(url), str(dump)]
    )


def _refuse_server(url: str, target: Path) -> BackupNotPossible:
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return BackupNotPossible(
            "Seller Desk can only copy a database kept in a file; back up "
            f"{redact(parsed.render_as_string(hide_password=True))} with its own tools."
        )
    lines = [
        "This shop's database is on a PostgreSQL server; Seller Desk cannot copy it itself. "
        "Back it up with the server's tool, pg_dump:",
        f"    {pg_dump_command(url, target)}",
    ]
    if parsed.password:
        lines.append("pg_dump asks for the password (or reads it from PGPASSWORD).")
    lines.append(f"Restore it with: {pg_restore_command(url, target)}")
    return BackupNotPossible("\n".join(lines))


def backup_database(url: str, target: Path, *, overwrite: bool = False) -> BackupResult:
    """Copy the live SQLite database at ``url`` to ``target`` (a self-contained .db file)."""
    source = sqlite_path(url)
    if source is None:
        raise _refuse_server(url, target)
    if not source.exists():
        raise BackupNotPossible(
            Msg("Errors", "There is no database at {source} to back up.").format(source=source)
        )
    from desktop_app.services.integrity import ensure_intact  # it imports this module

    ensure_intact(url, "back it up")
    target = Path(target).expanduser()
    if target.exists() and target.is_dir():
        target = target / f"{source.stem}-{date.today():%Y-%m-%d}.db"
    if target.resolve() == source.resolve():
        raise BackupNotPossible(Msg("Errors", "The backup cannot replace the database it copies."))
    try:  # not a link, a device, a pipe; not an existing file unless asked; a .db name
        check_kind(target, extensions=BACKUP_EXTENSIONS, force=overwrite, what="backup")
    except UnsafeTarget as refused:
        raise BackupNotPossible(str(refused)) from None
    started = time.perf_counter()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(
            Msg("Errors", "Cannot create the folder {folder}: {problem}.").format(
                folder=target.parent, problem=error.strerror
            )
        ) from None
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        orders = _copy(source, partial)
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise BackupFailed(backup_failed(target, error)) from None
    except OSError as error:
        raise BackupFailed(backup_failed(target, error.strerror or error)) from None
    finally:
        partial.unlink(missing_ok=True)
    result = BackupResult(
        source, target, target.stat().st_size, orders, time.perf_counter() - started
    )
    log.info("backed up %s to %s (%d bytes)", source, target, result.size_bytes)
    return result


def _copy(source: Path, partial: Path) -> int:
    """The online backup into ``partial``, checked; returns the number of orders in the copy."""
    partial.unlink(missing_ok=True)
    with (
        closing(sqlite3.connect(source, timeout=30)) as src,
        closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)  # one step: a consistent snapshot, writers in WAL mode keep going
        # the copy stands alone: no -wal file beside it, whatever the live database uses
        dst.execute("PRAGMA journal_mode=DELETE")
        check = dst.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"the copy does not check out ({check})")
        has_orders = dst.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orders'"
        ).fetchone()
        orders = dst.execute("SELECT count(*) FROM orders").fetchone()[0] if has_orders else 0
    return int(orders)


# -- the daily copy -----------------------------------------------------------------------------


def backup_folder() -> Path:
    import platformdirs

    return platformdirs.user_data_path("seller-desk") / "backups"


def daily_keep(session: Session) -> int:
    """How many daily copies to keep (0: no daily copy)."""
    value = session.get(Setting, DAILY_KEEP_KEY)
    try:
        return max(int(value.value), 0) if value is not None else 0
    except ValueError:
        return 0


def set_daily_keep(session: Session, keep: int) -> None:
    """Turn the daily copy on (keep the last ``keep``) or off (0)."""
    if keep < 0:
        raise DomainError(Msg("Errors", "The number of daily backups to keep cannot be negative."))
    set_setting(session, DAILY_KEEP_KEY, str(keep))


def _daily_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(stem)}-\d{{4}}-\d{{2}}-\d{{2}}\.db")


def daily_copies(stem: str, folder: Path | None = None) -> list[Path]:
    """The daily copies of the database named ``stem``, oldest first."""
    folder = folder or backup_folder()
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(stem)
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def daily_backup(
    url: str, *, keep: int, folder: Path | None = None, today: date | None = None
) -> Path | None:
    """Today's copy, if there is none yet; then only the last ``keep`` copies are kept.

    Returns the new copy, or None (off, a server database, or today's copy already there).
    """
    source = sqlite_path(url)
    if keep <= 0 or source is None or not source.exists():
        return None
    folder = folder or backup_folder()
    today = today or date.today()
    target = folder / f"{source.stem}-{today:%Y-%m-%d}.db"
    made = None
    if not target.exists():
        made = backup_database(url, target).path
    for old in daily_copies(source.stem, folder)[:-keep]:
        old.unlink(missing_ok=True)
        log.info("removed old daily backup %s", old)
    return made


def daily_backup_if_due(
    url: str, session: Session, *, folder: Path | None = None, today: date | None = None
) -> Path | None:
    """At start-up: take today's copy when the seller turned daily copies on."""
    return daily_backup(url, keep=daily_keep(session), folder=folder, today=today)
