"""What runs in the process the crash tests kill: an import, or cancellations, reporting each
commit through a pipe. Forked from a fork server that preloaded this module, so starting one
costs milliseconds instead of a Python start-up.

``die_after``: the process SIGKILLs itself just before its Nth database statement or commit
(a point chosen at random by the test); None: the test kills it on a timer, or not at all.
"""

from __future__ import annotations

import os
import signal
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from desktop_app.core.errors import CancellationRefused
from desktop_app.db.database import open_database
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context
from desktop_app.services.importing import ImportOptions, import_file

CTX = Context(actor="crash-test", source="cli", via="cli")


def _arm(die_after: int | None) -> list[int]:
    """Count statements and commits on every engine; die at the chosen one."""
    seen = [0]

    def step(*_args: Any) -> None:
        seen[0] += 1
        if die_after is not None and seen[0] >= die_after:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", step)
    event.listen(Engine, "commit", step)
    return seen


def import_files(url: str, files: list[str], pipe: Connection, die_after: int | None) -> None:
    started = time.perf_counter()
    db = open_database(url)
    seen = _arm(die_after)
    pipe.send(("started",))
    for name in files:
        summary = import_file(db.sessions, Path(name), ImportOptions(batch_rows=20), CTX)
        pipe.send(("committed", name, summary.new, summary.written))
    db.close()
    pipe.send(("done", seen[0], time.perf_counter() - started))


def cancel_orders(url: str, order_ids: list[str], pipe: Connection, die_after: int | None) -> None:
    started = time.perf_counter()
    db = open_database(url)
    seen = _arm(die_after)
    pipe.send(("started",))
    for order_id in order_ids:
        try:
            with db.transaction() as session:
                cancel_order(session, CTX, CancelRequest(order_id, "NoInventory"))
        except CancellationRefused:
            pipe.send(("already", order_id))
            continue
        pipe.send(("committed", order_id))
    db.close()
    pipe.send(("done", seen[0], time.perf_counter() - started))
