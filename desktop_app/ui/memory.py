"""Giving memory back to the system after a big job (an import, an export).

A big job leaves memory behind that the window no longer needs: the page caches of the
database connections it used (SQLite fills each up to its cache size) and heap pages Python
and glibc keep for later use. After a job that read or wrote many rows the idle connections
are closed, then a collection and ``malloc_trim`` hand the free pages back.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.db.database import Database

log = logging.getLogger(__name__)


def give_back(db: Database | None = None) -> None:
    """Let ``db``'s idle connections go (their page caches), collect garbage, then return the
    free heap pages to the system (glibc only)."""
    if db is not None:
        db.release_idle()
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl): nothing to trim
        return
    try:
        trim(0)
    except OSError:  # never worth a message to the seller
        log.debug("malloc_trim failed", exc_info=True)
