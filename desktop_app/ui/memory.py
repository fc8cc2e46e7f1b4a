"""Giving memory back to the system after a big job (an import, an export).

Python keeps the memory a finished job freed for its own later use; on glibc much of it stays
counted in the window's resident size. After a job that built many rows, a collection and
``malloc_trim`` hand the free pages back, so the window's size follows what it holds.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys

log = logging.getLogger(__name__)


def give_back() -> None:
    """Collect garbage, then return the free heap pages to the system (glibc only)."""
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
