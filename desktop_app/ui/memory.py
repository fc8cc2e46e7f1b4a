"""Giving memory back to the system after a big job (an import, an export).

A big job leaves memory behind that the window no longer needs: the page caches of the
database connections it used (SQLite fills each up to its cache size) and heap pages Python
and glibc keep for later use. After a job that read or wrote many rows the idle connections
are closed, then a collection and ``malloc_trim`` hand the free pages back.

None of it may hold up the window. Closing the connections (the last close of an SQLite shop
copies its write-ahead log into the file) and the trim run in a thread of their own; the
collection holds the interpreter's lock whatever thread runs it, and a full one looks at every
object the window holds (a quarter of a second at a million orders), so :func:`before_big_job`
sets what exists before the job aside (``gc.freeze``): the collection after it looks only at
what the job made, then everything is handed back to the collector (``gc.unfreeze``).

A read still running when the pool is replaced hands its connection (and its page cache)
back to the old pool, which nothing refers to any more and only a full collection would
free: the old pool is closed again a moment later, for those.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.db.database import Database

log = logging.getLogger(__name__)


AFTER_READS_S = 1.0  # how long the reads running when the pool went may take


def before_big_job() -> None:
    """An import or an export begins: what the window holds now outlives it, and the
    collection that follows the job need not look at it."""
    gc.freeze()


def give_back(db: Database | None = None) -> None:
    """Let ``db``'s idle connections go (their page caches), collect what the job left, then
    return the free heap pages to the system (glibc only); in a thread of its own."""
    threading.Thread(target=_give_back, args=(db,), name="give-back", daemon=True).start()


def _give_back(db: Database | None) -> None:
    old_pool = db.engine.pool if db is not None else None
    try:
        if db is not None:
            db.release_idle()
        gc.collect()  # what the job made (see before_big_job)
    except Exception:  # never worth a message to the seller
        log.debug("giving memory back failed", exc_info=True)
    finally:
        gc.unfreeze()
    _trim()
    if old_pool is not None and db is not None and db.engine.pool is not old_pool:
        time.sleep(AFTER_READS_S)
        old_pool.dispose()  # the connections handed back to it meanwhile
        _trim()


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl): nothing to trim
        return None


def _trim() -> None:
    trim = _malloc_trim()
    if trim is None:
        return
    try:
        trim(0)
    except OSError:  # never worth a message to the seller
        log.debug("malloc_trim failed", exc_info=True)
