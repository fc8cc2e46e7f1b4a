"""Background work may outlive the window or dialog that started it: the seller closes the
cancel dialog, or the order window, while its read is still running. When the work ends, its
answer must go nowhere: no crash, no "Signal source has been deleted", and no callback on the
freed widget."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop_app.db.database import Database
from desktop_app.io.sample_report import write_all_orders
from desktop_app.services.importing import ImportOptions, ImportProgress
from desktop_app.ui.importing import ImportRunner
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.orders.view import OrdersPage
from tests.ui.conftest import CTX


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    yield pool
    pool.waitForDone(10_000)


def _close_and_free(qtbot: QtBot, widget: QWidget) -> None:
    """What closing a window with WA_DeleteOnClose does: close it, and let Qt free it."""
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not isValid(widget), timeout=2000)


def test_a_dialog_closed_while_its_work_runs_hears_nothing(qtbot: QtBot, pool: QThreadPool) -> None:
    dialog = QDialog()
    ops = Operations(lambda error: heard.append(("error", error)), pool=pool, parent=dialog)
    heard: list[tuple[str, object]] = []
    release = threading.Event()
    progressed = threading.Event()

    def work(progress: Progress) -> str:
        progress(1, 2)  # while the dialog is still open
        progressed.set()
        assert release.wait(10)
        progress(2, 2)  # the dialog is gone by now
        return "answer"

    ops.run(work, lambda value: heard.append(("done", value)))
    dialog.show()
    assert progressed.wait(10)
    _close_and_free(qtbot, dialog)
    del ops
    gc.collect()

    release.set()
    assert pool.waitForDone(10_000)
    qtbot.wait(50)  # any queued answer would be delivered now
    assert heard == []


def test_a_failure_after_the_dialog_closed_is_not_reported_to_it(
    qtbot: QtBot, pool: QThreadPool
) -> None:
    dialog = QDialog()
    heard: list[object] = []
    ops = Operations(heard.append, pool=pool, parent=dialog)
    started, release = threading.Event(), threading.Event()

    def work(_progress: Progress) -> None:
        started.set()
        assert release.wait(10)
        raise OSError("the disk went away")

    ops.run(work, heard.append)
    assert started.wait(10)
    _close_and_free(qtbot, dialog)
    release.set()
    assert pool.waitForDone(10_000)
    qtbot.wait(50)
    assert heard == []


def test_many_dialogs_closed_mid_work_do_not_crash(qtbot: QtBot, pool: QThreadPool) -> None:
    """Workers ending in every order relative to their dialogs' deletion."""
    heard: list[object] = []
    for round_ in range(8):
        dialog = QDialog()
        ops = Operations(heard.append, pool=pool, parent=dialog)
        release = threading.Event()

        def work(progress: Progress, release: threading.Event = release, n: int = round_) -> int:
            for step in range(50):
                progress(step, 50)
            release.wait(0.01)
            return n

        ops.run(work, heard.append)
        if round_ % 2:
            release.set()
        dialog.deleteLater()
        del ops, dialog
        qtbot.wait(1)
        gc.collect()
    assert pool.waitForDone(10_000)
    qtbot.wait(50)
    assert heard == []


def test_the_orders_page_closed_while_its_rows_load(
    qtbot: QtBot, shop: Database, tmp_path: object, pool: QThreadPool
) -> None:
    """The orders table's background read (ui/orders/loading.py) answers after the page and
    its operations were freed: the answer is dropped."""
    errors: list[BaseException] = []
    holder = QWidget()
    ops = Operations(errors.append, pool=pool, parent=holder)
    settings = QSettings(f"{tmp_path}/s.ini", QSettings.Format.IniFormat)
    page = OrdersPage(shop, CTX, UTC, ops, settings, parent=holder)
    assert page.model.rowCount() > 0  # the first rows were read at once
    release = threading.Event()
    original = page.model.loader.read

    def slow_read(*args: object) -> object:
        assert release.wait(10)
        return original(*args)  # type: ignore[arg-type]

    page.model.loader.read = slow_read  # type: ignore[assignment]
    page.model.sort(3)  # a new sort: read in a worker
    assert page.model.loading
    _close_and_free(qtbot, holder)
    release.set()
    assert pool.waitForDone(10_000)
    qtbot.wait(50)
    assert errors == []


def test_a_window_closed_mid_import_hears_nothing_more(
    qtbot: QtBot, db: Database, tmp_path: Path, pool: QThreadPool
) -> None:
    """The import's own progress relay (ui/importing.py) outlives the runner freed with its
    window: the worker reports the rest of the file into it, and nobody hears."""
    path = tmp_path / "all-orders.txt"
    write_all_orders(path, 300)
    window = QWidget()
    heard: list[object] = []
    halfway, release = threading.Event(), threading.Event()
    read: list[int] = []

    def pace(p: ImportProgress) -> None:  # the worker thread, after each batch
        read.append(p.rows)
        if not halfway.is_set():
            halfway.set()
            assert release.wait(10)  # the window is freed meanwhile

    runner = ImportRunner(
        window,
        db,
        [path],
        options=ImportOptions(batch_rows=50),
        confirm=lambda *_a: heard.append("asked"),
        notify=lambda *_a, **_k: heard.append("told"),
        pace=pace,
        pool=pool,
    )
    runner.progressed.connect(heard.append)
    runner.finished.connect(heard.append)
    runner.start()
    assert halfway.wait(10)
    qtbot.wait(20)  # the first batch's progress is shown while the window lives
    shown = len(heard)
    assert shown >= 1 and all(isinstance(p, ImportProgress) for p in heard)
    _close_and_free(qtbot, window)
    release.set()
    assert pool.waitForDone(10_000)
    qtbot.wait(50)
    assert len(heard) == shown  # no progress, no question, no message after the window went
    assert read[-1] == 300  # the worker read on to the end of the file, unharmed
