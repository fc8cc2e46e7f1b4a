"""The installed PySide6 keeps Python's reference counts: PySide6 6.12.0 lost a reference to
True on every Signal.emit made from Python and to None on each QRunnable.run override, so a
window aborted ("bool_dealloc: deallocating True") after a few thousand signals. The check
runs in a child process, as the failure aborts the interpreter."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

app = QCoreApplication([])


class Source(QObject):
    said = Signal(int)


class Work(QRunnable):
    def run(self) -> None:
        pass


source = Source()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(200):
    source.said.emit(1)
pool = QThreadPool()
for _ in range(200):
    pool.start(Work())
pool.waitForDone()
print(true_before - sys.getrefcount(True), none_before - sys.getrefcount(None))
"""


def test_signals_and_workers_keep_the_reference_counts() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost_true, lost_none = (int(n) for n in done.stdout.split())
    assert lost_true < 10, f"{lost_true} references to True lost in 200 emits"
    assert lost_none < 10, f"{lost_none} references to None lost in 200 runs"
