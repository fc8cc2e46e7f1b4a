"""Python's cycle collector, run on the GUI thread only.

CPython collects cyclic garbage in whichever thread crosses its allocation threshold. In the
window that is often a pool worker (an import, an export, a cancel's preview): a collection
there can finalise a closed dialog caught in a reference cycle (its slots' closures hold it),
and a QObject destroyed from the wrong thread crashes the process. The window therefore turns
automatic collection off and collects from a timer on the GUI thread, the generations Python
itself would have collected by then (calibre's and pyqtgraph's ``GarbageCollector``).
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # young garbage waits at most this long; a young collection takes ~1 ms


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as CPython's own
    allocation check does; nothing when none is due. Returns what was collected."""
    counts, limits = gc.get_count(), gc.get_threshold()
    due = [generation for generation in (2, 1, 0) if counts[generation] > limits[generation]]
    return gc.collect(due[0]) if due else 0


class GuiThreadCollector(QObject):
    """Owns the process's cycle collection while the window runs: ``start`` turns automatic
    collection off and collects on a timer of this (the GUI) thread; ``stop`` gives it back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        gc.disable()
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
