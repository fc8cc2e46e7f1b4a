"""Shops in the window: New, Open, Open recent, Restore, Export archive, the first-run choices
and the empty shop's hint. Every question is answered through the prompts: nothing blocks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db import tables
from desktop_app.db.database import Database, open_database
from desktop_app.io.archive import looks_like_archive
from desktop_app.services.archive import export_archive
from desktop_app.services.demo import build_demo
from desktop_app.ui.main_window import MainWindow, Prompts
from desktop_app.ui.shops import ShopPrompts
from desktop_app.ui.startup import Startup
from tests.ui.conftest import CTX, Notes

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def demo_file(path: Path, orders: int) -> Path:
    db = open_database(f"sqlite:///{path}")
    build_demo(db, orders, seed=4, now=NOW)
    db.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, notes: Notes) -> MainWindow:
    win = MainWindow(settings, notify=notes)
    qtbot.addWidget(win)
    win.show()
    return win


def attach(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    with qtbot.waitSignal(window.statusRefreshed, timeout=30000):
        window.attach(db, CTX)


def count_shown(window: MainWindow) -> str:
    return window.count_label.text()


def test_new_shop_then_open_then_recent(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    first = demo_file(tmp_path / "first.db", 120)
    attach(qtbot, window, open_database(f"sqlite:///{first}"))
    qtbot.waitUntil(lambda: count_shown(window) == "120 orders", timeout=30000)
    new = tmp_path / "fresh.db"
    window.shops.prompts = ShopPrompts(new_shop=lambda _w: str(new))
    with qtbot.waitSignal(window.shops.switched, timeout=60000):
        window.shops.new_action.trigger()
    assert new.exists() and str(new) in window.windowTitle()
    qtbot.waitUntil(lambda: window.orders_page.shows_empty_hint, timeout=30000)
    with window.db.snapshot() as conn:  # type: ignore[union-attr]
        keys = conn.execute(select(tables.settings.c.key)).scalars().all()
    assert "timezone" in keys or keys == []  # the machine's zone, when it has an IANA name
    # a new shop never replaces a file
    window.shops.prompts = ShopPrompts(new_shop=lambda _w: str(first))
    assert window.shops.new_action.trigger() is None
    assert "already exists" in notes.last and str(new) in window.windowTitle()
    # Open shop… the first one again
    window.shops.prompts = ShopPrompts(open_shop=lambda _w: str(first))
    with qtbot.waitSignal(window.shops.switched, timeout=60000):
        window.shops.open_action.trigger()
    qtbot.waitUntil(lambda: count_shown(window) == "120 orders", timeout=30000)
    assert not window.orders_page.shows_empty_hint
    # both are in Open recent, the open one greyed out
    window.shops._fill_recent()
    entries = {a.text(): a.isEnabled() for a in window.shops.recent_menu.actions()}
    assert entries == {str(first): False, str(new): True}
    with qtbot.waitSignal(window.shops.switched, timeout=60000):
        next(a for a in window.shops.recent_menu.actions() if a.text() == str(new)).trigger()
    assert str(new) in window.windowTitle()
    window.db.close()  # type: ignore[union-attr]


def test_open_refuses_a_file_that_is_not_a_shop(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    text = tmp_path / "orders.txt"
    text.write_text("not a shop")
    window.shops.prompts = ShopPrompts(open_shop=lambda _w: str(text))
    window.shops.open_action.trigger()
    assert "is not a Seller Desk shop" in notes.last and window.db is None


def test_restore_an_archive_and_export_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    source = open_database(f"sqlite:///{demo_file(tmp_path / 'old.db', 150)}")
    archive = tmp_path / "old.sdarchive"
    export_archive(source, archive)
    source.close()
    restored = tmp_path / "restored.db"
    window.shops.prompts = ShopPrompts(
        restore_source=lambda _w: str(archive), restore_target=lambda _w, _s: str(restored)
    )
    said: list[str] = []
    window.shops.message.connect(said.append)
    with qtbot.waitSignal(window.shops.switched, timeout=60000):
        window.shops.restore_action.trigger()
    qtbot.waitUntil(lambda: count_shown(window) == "150 orders", timeout=30000)
    assert str(restored) in window.windowTitle()
    assert said and said[0].startswith("Restored 150 orders")
    # File > Export archive… of the restored shop
    again = tmp_path / "again.sdarchive"
    window.shops.prompts = ShopPrompts(archive_target=lambda _w, _s: str(again))
    with qtbot.waitSignal(window.shops.message, timeout=60000) as archived:
        window.shops.archive_action.trigger()
    assert "Archived the whole shop (150 orders" in archived.args[0]
    assert looks_like_archive(again)
    window.db.close()  # type: ignore[union-attr]


def test_a_damaged_archive_is_refused_and_no_shop_is_made(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    source = open_database(f"sqlite:///{demo_file(tmp_path / 'old.db', 50)}")
    archive = tmp_path / "old.sdarchive"
    export_archive(source, archive)
    source.close()
    cut = tmp_path / "cut.sdarchive"
    cut.write_bytes(archive.read_bytes()[:-500])
    target = tmp_path / "never.db"
    window.shops.prompts = ShopPrompts(
        restore_source=lambda _w: str(cut), restore_target=lambda _w, _s: str(target)
    )
    with qtbot.waitSignal(window.shops.failed, timeout=60000):
        window.shops.restore_action.trigger()
    assert "incomplete or damaged" in notes.last
    assert not target.exists() and window.db is None


def test_restore_a_backup_copy(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    backup = demo_file(tmp_path / "backup.db", 80)
    target = tmp_path / "from-backup.db"
    window.shops.prompts = ShopPrompts(
        restore_source=lambda _w: str(backup), restore_target=lambda _w, _s: str(target)
    )
    with qtbot.waitSignal(window.shops.switched, timeout=60000):
        window.shops.restore_action.trigger()
    qtbot.waitUntil(lambda: count_shown(window) == "80 orders", timeout=30000)
    assert target.exists() and backup.exists()
    window.db.close()  # type: ignore[union-attr]


# -- the first run ------------------------------------------------------------------------------


def test_closing_the_first_run_dialog_quits(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    startup = Startup(window, str(tmp_path / "none.db"))
    startup.start()
    assert startup.first_run is not None and startup.first_run.isVisible()
    startup.first_run.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not (tmp_path / "none.db").exists()


def test_first_run_opens_an_existing_shop(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    existing = demo_file(tmp_path / "mine.db", 60)
    startup = Startup(window, str(tmp_path / "default.db"))
    asked: list[str] = []

    def choose(_w: object) -> str | None:
        asked.append("open")
        return None if len(asked) == 1 else str(existing)  # cancelled once, then chosen

    window.shops.prompts = ShopPrompts(open_shop=choose)
    startup.start()
    assert startup.first_run is not None
    startup.first_run.open_button.click()
    assert startup.first_run.isVisible()  # cancelled: back to the choices
    with qtbot.waitSignal(startup.opened, timeout=60000):
        startup.first_run.open_button.click()
    qtbot.waitUntil(lambda: count_shown(window) == "60 orders", timeout=30000)
    assert window.isVisible() and not (tmp_path / "default.db").exists()
    startup.db.close()  # type: ignore[union-attr]


def test_first_run_restores_an_archive(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{demo_file(tmp_path / 'old.db', 70)}")
    archive = tmp_path / "moved.sdarchive"
    export_archive(source, archive)
    source.close()
    target = tmp_path / "here.db"
    startup = Startup(window, str(tmp_path / "default.db"))
    window.shops.prompts = ShopPrompts(
        restore_source=lambda _w: str(archive), restore_target=lambda _w, _s: str(target)
    )
    startup.start()
    assert startup.first_run is not None
    with qtbot.waitSignal(startup.opened, timeout=60000):
        startup.first_run.restore_button.click()
    qtbot.waitUntil(lambda: count_shown(window) == "70 orders", timeout=30000)
    startup.db.close()  # type: ignore[union-attr]


# -- the empty shop's hint ----------------------------------------------------------------------


def test_an_empty_shop_says_how_to_bring_orders_in(
    qtbot: QtBot, settings: QSettings, notes: Notes, db: Database
) -> None:
    asked: list[str] = []
    window = MainWindow(
        settings,
        notify=notes,
        prompts=Prompts(open_files=lambda _w: asked.append("import") or []),
    )
    qtbot.addWidget(window)
    window.resize(1200, 720)
    window.show()
    attach(qtbot, window, db)
    page = window.orders_page
    qtbot.waitUntil(lambda: page.shows_empty_hint, timeout=5000)
    hint = page.empty_hint
    assert "no orders yet" in hint.text.text() and "drop the file" in hint.text.text()
    assert not page.filters.isVisible()
    hint.import_button.click()
    assert asked == ["import"]
    restore_asked: list[str] = []
    window.shops.prompts = ShopPrompts(restore_source=lambda _w: restore_asked.append("r"))
    hint.restore_button.click()
    assert restore_asked == ["r"]
    # once orders arrive, the table is back
    build_demo(db, 30, seed=1, now=NOW)
    window.refresh()
    qtbot.waitUntil(lambda: not page.shows_empty_hint, timeout=30000)
    assert page.filters.isVisible()


def test_the_next_start_opens_the_shop_opened_last(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SELLER_DESK_DB", raising=False)
    shop = demo_file(tmp_path / "mine.db", 40)
    first = MainWindow(settings, notify=lambda *a, **k: None)
    qtbot.addWidget(first)
    first.shops.prompts = ShopPrompts(open_shop=lambda _w: str(shop))
    with qtbot.waitSignal(first.shops.switched, timeout=60000):
        first.shops.open_action.trigger()
    first.db.close()  # type: ignore[union-attr]
    first.close()
    again = MainWindow(settings, notify=lambda *a, **k: None)
    qtbot.addWidget(again)
    again.show()
    startup = Startup(again, None)
    with qtbot.waitSignal(startup.opened, timeout=60000):
        startup.start()
    assert startup.first_run is None and str(shop) in again.windowTitle()
    startup.db.close()  # type: ignore[union-attr]
