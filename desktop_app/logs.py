"""Logging: a rotating file in the user log folder; errors keep their traceback there.

The log is private: the file is 0600 in a 0700 folder, every line passes the credential mask,
and SQL errors carry the statement's shape but never its values (the engines are made with
``hide_parameters``).
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.db.redact import redact

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

_configured = False
FILE_MODE = 0o600
FOLDER_MODE = 0o700


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks every password and remembered secret (tracebacks too)."""

    def format(self, record: logging.LogRecord) -> str:
        lines = redact(super().format(record)).splitlines()
        # a server's DETAIL line can quote a row's values ("Key (order_id)=(…) exists")
        return "\n".join(line for line in lines if not line.lstrip().startswith("DETAIL:"))


def private_file(path: Path) -> None:
    """Make the log folder 0700 and the log file (created if needed) 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, FOLDER_MODE)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)


def _private_handler(base: type[RotatingFileHandler]) -> type[RotatingFileHandler]:
    class PrivateRotatingFileHandler(base):  # type: ignore[valid-type,misc]
        """Opens (and, after a rotation, re-creates) the log file as 0600 whatever the
        umask; the rotated files are renamed from it, so they stay 0600 too."""

        def _open(self) -> TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            os.fchmod(fd, FILE_MODE)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler


def log_path() -> Path:
    import platformdirs

    return platformdirs.user_log_path("seller-desk") / "seller-desk.log"


class _Held(logging.Handler):
    """What is logged before the log file is opened; ``setup_logging`` writes it there."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_until_setup() -> None:
    """Keep the ``desktop_app`` logger's records until ``setup_logging`` opens the file (the
    window opens it once its first rows are shown, so that their way is not longer by it)."""
    logger = logging.getLogger("desktop_app")
    if not _configured and not any(isinstance(h, _Held) for h in logger.handlers):
        logger.addHandler(_Held())


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent: attach the rotating file handler to the ``desktop_app`` logger once (and
    write there what was held until then)."""
    global _configured
    from logging.handlers import RotatingFileHandler  # not at the top: the window imports
    # this module before its first paint, and the log file is opened after it

    path = log_path()
    if _configured:
        return path
    private_file(path)
    handler = _private_handler(RotatingFileHandler)(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("desktop_app")
    logger.addHandler(handler)
    logger.setLevel(level)
    for held in [h for h in logger.handlers if isinstance(h, _Held)]:
        logger.removeHandler(held)
        for record in held.records:
            if record.levelno >= level:
                handler.handle(record)
    _configured = True
    return path
