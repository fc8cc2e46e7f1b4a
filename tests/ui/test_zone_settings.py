"""Settings > Time zone…: shows the shop's zone; a change is stored with the shop and the
orders table shows its times in the new zone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.services.context import shop_zone
from desktop_app.ui.orders import model as cols
from desktop_app.ui.zone_settings import ZoneSettingsDialog
from tests.ui.conftest import Notes
from tests.ui.test_main_window import make_window

ORDER = "111-0000001-0000001"  # bought at 07:00 UTC on 2026-11-20


def _purchased_text(window: object) -> str:
    model = window.orders_page.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.order_id == ORDER:
            return str(model.data(model.index(row, cols.PURCHASED)))
    raise AssertionError("the order is not shown")


def test_preferences_show_and_change_the_shop_zone(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() > 0, timeout=5000)
    assert _purchased_text(window) == "2026-11-20 07:00"
    window.zone_settings()
    dialog = window.dialog
    assert isinstance(dialog, ZoneSettingsDialog)
    assert dialog.combo.currentText() == "UTC"
    dialog.combo.setCurrentText("PST")
    dialog.save()
    assert dialog.problem.isVisible() and "PST" in dialog.problem.text()
    dialog.combo.setCurrentText("Asia/Tokyo")
    dialog.save()
    qtbot.waitUntil(lambda: _purchased_text(window) == "2026-11-20 16:00", timeout=5000)
    with shop.snapshot() as conn:
        assert getattr(shop_zone(conn), "key", None) == "Asia/Tokyo"


def test_preferences_set_the_shop_currency_used_for_blank_rows(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    from desktop_app.services.importing import ImportOptions, import_file
    from desktop_app.services.shop_settings import get_setting
    from desktop_app.ui.zone_settings import CurrencySettingsDialog
    from tests.services.test_real_files import amazon_file, amazon_row, stored

    window = make_window(qtbot, shop, settings, notes)
    window.currency_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CurrencySettingsDialog)
    dialog.combo.setCurrentText("RUPEES")
    dialog.save()
    assert dialog.problem.isVisible() and "ISO 4217" in dialog.problem.text()
    dialog.combo.setCurrentText("inr")
    dialog.save()
    def saved() -> bool:
        with shop.snapshot() as conn:
            return bool(get_setting(conn, "currency") == "INR")

    qtbot.waitUntil(saved, timeout=5000)
    with shop.snapshot() as conn:
        assert get_setting(conn, "currency") == "INR"
    path = amazon_file(tmp_path, amazon_row("111-0000001-0000099", currency=""))
    import_file(shop.sessions, path, ImportOptions())
    assert stored(shop, "111-0000001-0000099").currency == "INR"
