"""The newest load wins: when two loads overlap and the older finishes last, the page shows
the newer one's rows (the Stock page with "Oversold only" ticked listed every SKU)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.services.stock import stock_levels
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.page import Page
from desktop_app.ui.stock_page import StockPage
from tests.ui.conftest import CTX


def _operations() -> Operations:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    return Operations(lambda error: None, pool=pool)


def test_an_older_load_finishing_last_is_not_shown(qtbot: QtBot) -> None:
    ops = _operations()
    page = Page("Test", "", ops)
    qtbot.addWidget(page)
    shown: list[str] = []
    release_old = threading.Event()

    def old_load(_progress: Progress) -> str:
        release_old.wait(5)
        return "all 360 SKUs"

    def new_load(_progress: Progress) -> str:
        return "the oversold SKUs"

    page.load_in_background(old_load, shown.append)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.load_in_background(new_load, shown.append)
    release_old.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert shown == ["the oversold SKUs"]


def test_the_stock_page_shows_what_its_filter_asks_for(qtbot: QtBot, shop: Database) -> None:
    ops = _operations()
    page = StockPage(shop, CTX, ops)
    qtbot.addWidget(page)
    page.refresh()  # every SKU...
    page.oversold_only.setChecked(True)  # ...then only the oversold ones, before it ends
    page.refresh()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    with shop.reading() as session:
        oversold = stock_levels(session, oversold_only=True)
        every = stock_levels(session)
    assert len(oversold) < len(every)
    assert page.model.rowCount() == len(oversold)
