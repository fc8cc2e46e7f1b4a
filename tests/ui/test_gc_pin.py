"""Cyclic garbage is collected on the GUI thread, never in a pool worker."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from desktop_app.ui.gc_pin import GuiThreadCollector, collect_due

FREED_ON: list[str] = []


class _Cycle:
    """Garbage in a reference cycle (as a closed dialog held by its slots' closures): only
    the cycle collector frees it, and whichever thread runs the collection runs __del__."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def _worker_allocates(kept: list[list[object]]) -> None:
    """A pool worker that allocates (and keeps) far past the young generation's threshold."""
    thread = threading.Thread(
        target=lambda: kept.extend([] for _ in range(5 * gc.get_threshold()[0])),
        name="pool worker",
    )
    thread.start()
    thread.join()


def test_python_alone_would_collect_in_the_worker() -> None:
    """The hazard itself: with automatic collection on, the worker runs the finaliser."""
    gc.collect()
    FREED_ON.clear()
    kept: list[list[object]] = []
    gc.enable()
    try:
        _Cycle()
        _worker_allocates(kept)
    finally:
        gc.disable()  # as the test session keeps it (tests/conftest.py)
    assert FREED_ON == ["pool worker"]


def test_the_window_collects_on_the_gui_thread_only(qtbot: QtBot) -> None:
    gc.collect()
    FREED_ON.clear()
    kept: list[list[object]] = []
    collector = GuiThreadCollector(interval_ms=20)
    collector.start()
    try:
        _Cycle()
        _worker_allocates(kept)
        assert FREED_ON == []  # the worker did not collect it
        qtbot.waitUntil(lambda: FREED_ON == ["MainThread"], timeout=5000)
        assert not gc.isenabled()
    finally:
        collector.stop()
    assert gc.isenabled()  # given back when the window stops
    gc.disable()


def test_nothing_is_collected_before_it_is_due() -> None:
    gc.collect()
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert collect_due() == 0
