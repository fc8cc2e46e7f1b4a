"""German and Chinese: every string translated and compiled, and the window speaking them.

The completeness check runs ``scripts/update_translations.py --check`` (pyside6-lupdate over
temporary copies, then pyside6-lrelease): a new or changed ``tr()`` string fails it, naming
the string, until its German and Chinese entries are written and the ``.qm`` compiled again.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop_app.core.errors import DomainError, StaleOrder
from desktop_app.core.policy import ItemFacts, OrderFacts, decide_cancellation
from desktop_app.core.policy import Path as CancelPath
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.io.errors import ReadError
from desktop_app.services.requests import record_request
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.domain_text import tx
from desktop_app.ui.errors import describe, report
from desktop_app.ui.importing import read_error_text, row_error_text, summary_text
from desktop_app.ui.main_window import HEALTH, ORDERS, REQUESTS, MainWindow
from desktop_app.ui.orders.filters import FilterBar
from desktop_app.ui.orders.model import ORDER_ID, SHIP_BY, STATUS, TOTAL
from desktop_app.ui.preferences import LanguageDialog
from desktop_app.ui.translation import ENGLISH, LANGUAGE_KEY, SYSTEM, i18n_dir, install, resolve
from tests.services.test_importing import line, run
from tests.services.test_importing import report as report_file
from tests.ui.conftest import CTX, Notes

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = "111-0000002-0000002"


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """``language("de")`` installs German for the test; English comes back afterwards."""
    yield lambda code: install(code, qapp)
    install(ENGLISH, qapp)


def make_window(qtbot: QtBot, db: Database, settings: QSettings, notes: Notes) -> MainWindow:
    window = MainWindow(settings, notify=notes)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusRefreshed, timeout=5000):
        window.attach(db, CTX)
    return window


# --- complete and in step ---------------------------------------------------------------------


def test_every_string_is_translated_and_compiled() -> None:
    """Fails on a German or Chinese string that is missing, unfinished, no longer used, or a
    .qm not compiled from its .ts; the message lists them (run the script, translate them)."""
    problems = _script().check()
    listed = "\n".join(str(p) for p in problems)
    assert not problems, (
        f"{len(problems)} translation problem(s); run .venv/bin/python "
        f"scripts/update_translations.py, translate the new strings in resources/i18n/*.ts, "
        f"run it again and commit:\n{listed}"
    )


@pytest.mark.parametrize("code", ["de", "zh_CN"])
def test_translations_keep_every_placeholder(code: str) -> None:
    """A translation that lost "{order_id}" or "%n" would show the seller a wrong sentence."""
    root = ET.parse(i18n_dir() / f"seller_desk_{code}.ts").getroot()
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        wanted = sorted(re.findall(r"\{\w*\}", source))
        for form in forms:
            if sorted(re.findall(r"\{\w*\}", form or "")) != wanted:
                wrong.append((source, form))
            if message.get("numerus") == "yes" and "%n" not in form and "%Ln" not in form:
                wrong.append((source, form))
    assert not wrong


# --- what the seller sees ---------------------------------------------------------------------


def test_german_window_menus_toolbar_and_orders_table(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, language: object
) -> None:
    language("de")  # type: ignore[operator]
    window = make_window(qtbot, shop, settings, notes)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bestellungen", "&Ansicht", "&Einstellungen", "&Hilfe"]
    assert window.find_action.text() == "Suchen"
    assert window.cancel_action.text() == "Bestellung stornieren…"
    assert window.nav.item(ORDERS).text() == "Bestellungen"
    assert window.nav.item(REQUESTS).text() == "Stornierungsanträge (1)"
    assert window.nav.item(HEALTH).text() == "Kontozustand"
    model = window.orders_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (ORDER_ID, STATUS, SHIP_BY)]
    assert headers == ["Bestellung", "Status", "Versand bis"]
    statuses = {model.data(model.index(row, STATUS)) for row in range(model.rowCount())}
    assert {"Nicht versandt", "Versandt", "Ausstehend"} <= statuses
    totals = {model.data(model.index(row, TOTAL)) for row in range(model.rowCount())}
    assert all(re.fullmatch(r"\d[\d.]*,\d\d\s\S+", t) for t in totals), totals  # "15,00 €"
    assert window.count_label.text() == "25 Bestellungen"
    # "0,0 %" with a no-break space: a wrapped sentence never leaves the "%" alone on a line
    assert "Stornorate (7 Tage): 0,0\u00a0%" in window.rate_label.text()


@pytest.mark.parametrize(
    ("code", "one", "two", "thousands"),
    [
        ("de", "1 Bestellung", "2 Bestellungen", "1.000.000 Bestellungen"),
        ("zh_CN", "1 个订单", "2 个订单", "1,000,000 个订单"),
        (ENGLISH, "1 order", "2 orders", "1,000,000 orders"),
    ],
)
def test_order_count_plural_forms(
    qtbot: QtBot,
    shop: Database,
    settings: QSettings,
    notes: Notes,
    language: object,
    code: str,
    one: str,
    two: str,
    thousands: str,
) -> None:
    language(code)  # type: ignore[operator]
    window = make_window(qtbot, shop, settings, notes)
    filters = window.orders_page.filters
    filters.set_count(1)
    assert filters.count_label.text() == one
    filters.set_count(2)
    assert filters.count_label.text() == two
    filters.set_count(1_000_000)  # the locale's digit grouping
    assert filters.count_label.text() == thousands


def test_policy_refusal_reads_in_german_and_chinese(
    qtbot: QtBot, shop: Database, notes: Notes, language: object
) -> None:
    """The core's sentence (Qt-free, English on the command line) is translated at the UI edge,
    with the order id filled in, and the action button uses Seller Central's words."""
    language("de")  # type: ignore[operator]
    dialog = CancelDialog(shop, SHIPPED, CTX, notify=notes)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.settled, timeout=5000)
    assert dialog.banner.text() == (
        f"Bestellung {SHIPPED} ist versandt und kann nicht mehr storniert werden; beginnen Sie "
        "stattdessen eine Rücksendung mit Erstattung."
    )
    assert dialog.path_button.text() == "Rücksendung und Erstattung beginnen"
    assert dialog.windowTitle() == f"Bestellung {SHIPPED} stornieren"

    language("zh_CN")  # type: ignore[operator]
    decision = decide_cancellation(
        OrderFacts("A-1", Channel.MFN, OrderStatus.SHIPPED, [ItemFacts("SKU-1", 1, shipped=1)])
    )
    assert decision.path is CancelPath.RETURN_REFUND
    assert decision.why.startswith("Order A-1 has shipped")  # the command line: English
    assert tx(decision.why) == "订单 A-1 已发货，无法再取消；请改为发起退货和退款。"
    assert tx(Channel.MFN.label) == "卖家自配送"


def test_language_follows_the_system_and_the_preference(qtbot: QtBot, settings: QSettings) -> None:
    assert resolve(SYSTEM, QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert resolve(SYSTEM, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert resolve(SYSTEM, QLocale(QLocale.Language.French, QLocale.Country.France)) == ENGLISH
    assert resolve("de", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "de"

    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert names[1:] == ["English", "Deutsch", "中文"] and names[0].startswith("System (")
    dialog.choice.setCurrentIndex(dialog.choice.findData("zh_CN"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert settings.value(LANGUAGE_KEY) == "zh_CN"
    again = LanguageDialog(settings)
    qtbot.addWidget(again)
    assert again.choice.currentData() == "zh_CN"  # the choice is kept


def test_qt_standard_buttons_follow_the_language(
    qtbot: QtBot, settings: QSettings, language: object
) -> None:
    """Qt's own words (standard buttons) come from Qt's qtbase catalogue of the language."""
    language("de")  # type: ignore[operator]
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sprache"
    assert sorted(b.text() for b in dialog.buttons.buttons()) == ["Abbrechen", "Speichern"]


def test_a_build_without_the_catalogues_still_counts_in_english(
    qtbot: QtBot, tmp_path: Path, language: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the catalogues are found (an installed build without resources/i18n), the window
    still reads "1 order" / "25 orders", not "25 order(s)"."""
    import desktop_app.ui.translation as translation

    monkeypatch.setattr(translation, "i18n_dir", lambda: tmp_path)  # an empty folder
    language(ENGLISH)  # type: ignore[operator]
    filters = FilterBar(UTC)
    qtbot.addWidget(filters)
    filters.set_count(1)
    assert filters.count_label.text() == "1 order"
    filters.set_count(25)
    assert filters.count_label.text() == "25 orders"


def test_a_refused_action_reads_in_the_windows_language(
    qtbot: QtBot, shop: Database, notes: Notes, language: object
) -> None:
    """A service's refusal is one sentence in the seller's language in the window, and plain
    English on the command line (the same exception)."""
    with pytest.raises(DomainError) as refused, shop.transaction() as session:
        record_request(session, CTX, SHIPPED, reason="too late")
    assert str(refused.value) == (
        f"Order {SHIPPED} is shipped; a cancellation request can only be recorded for an order "
        "that has not shipped."
    )
    language("de")  # type: ignore[operator]
    report(None, refused.value, notes)
    assert notes.last == (
        f"Bestellung {SHIPPED} hat den Status „Versandt“; ein Stornierungsantrag kann nur für "
        "eine noch nicht versandte Bestellung erfasst werden."
    )
    language("zh_CN")  # type: ignore[operator]
    assert (
        describe(StaleOrder(SHIPPED))
        == f"订单 {SHIPPED} 在您打开后已被更改。视图已刷新；请检查后重试。"
    )


def test_a_rejected_row_reads_in_the_windows_language(
    tmp_path: Path, db: Database, language: object
) -> None:
    """The import names the line, the column and why, in German in a German window, and in
    English in the error report file and on the command line."""
    path = report_file(
        tmp_path, "orders.txt", line("111-1", "MUG"), line("111-2", "MUG", qty="zwei")
    )
    summary = run(db, path, dry_run=True)
    [error] = summary.errors
    assert str(error) == "line 3, column 'quantity': 'zwei' is not a whole number"
    language("de")  # type: ignore[operator]
    assert "    Zeile 3, Spalte „quantity“: 'zwei' ist keine ganze Zahl" in summary_text([summary])
    language("zh_CN")  # type: ignore[operator]
    assert row_error_text(error) == "第 3 行，“quantity”列：'zwei' 不是整数"


def test_a_refused_file_reads_in_the_windows_language(
    tmp_path: Path, db: Database, language: object
) -> None:
    path = tmp_path / "orders.txt"
    path.write_text("amazon-order-id\tsku\n111-1\tMUG\n", encoding="utf-16")
    with pytest.raises(ReadError) as refused:
        run(db, path)
    assert str(refused.value) == "orders.txt, line 1: the file is UTF-16; save it as UTF-8"
    language("de")  # type: ignore[operator]
    assert read_error_text(refused.value) == (
        "orders.txt, Zeile 1: die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8"
    )


def test_a_full_disk_reads_in_the_windows_language(language: object) -> None:
    full = OperationalError(
        "INSERT INTO orders ...", {}, sqlite3.OperationalError("database or disk is full")
    )
    language("de")  # type: ignore[operator]
    assert describe(full).startswith(
        "Das Laufwerk, auf dem dieser Shop liegt, ist voll, daher wurde nichts geändert."
    )
