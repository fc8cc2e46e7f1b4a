"""The window's remaining features, as a seller meets them: File > Back up…, daily backups,
changes made in another window showing up, CSV import through a column mapping, dropping files
onto the window, and Settings > Column mappings…. SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, inspect, select
from sqlalchemy.schema import CreateIndex

from desktop_app.db.bulk import OWED
from desktop_app.db.database import Database, open_database
from desktop_app.db.engine import sqlite_path
from desktop_app.db.models import Order
from desktop_app.db.tables import orders
from desktop_app.db.tables import settings as app_settings
from desktop_app.io.generic import ColumnMapping
from desktop_app.io.sample_report import write_all_orders
from desktop_app.services.backup import daily_keep, set_daily_keep
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.importing import ImportSummary, importer
from desktop_app.services.mappings import load_mapping, mapping_names, save_mapping
from desktop_app.services.requests import record_request
from desktop_app.ui.importing import Choice, ImportRunner
from desktop_app.ui.main_window import REQUESTS, MainWindow, Prompts
from desktop_app.ui.mapping_dialog import MappingDialog, ask_mapping
from desktop_app.ui.mappings_list import MappingsDialog
from desktop_app.ui.orders import model as cols
from desktop_app.ui.preferences import BackupSettingsDialog
from tests.ui.conftest import CTX, Notes
from tests.ui.test_main_window import select_rows

ORDER = "111-0000001-0000001"
REQUESTED_LATER = "222-0000000-0000003"


def on_sqlite(db: Database) -> bool:
    return sqlite_path(db.url) is not None


def always_import(
    _parent: QWidget, _summaries: list[ImportSummary], answer: Callable[[Choice], None]
) -> None:
    answer(Choice.IMPORT)


def make_window(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    notes: Notes,
    *,
    prompts: Prompts | None = None,
    check_interval_ms: int = 0,
    daily_backup_delay_ms: int = 60_000,
    backup_folder: Path | None = None,
) -> MainWindow:
    window = MainWindow(
        settings,
        notify=notes,
        prompts=prompts,
        check_interval_ms=check_interval_ms,
        daily_backup_delay_ms=daily_backup_delay_ms,
        backup_folder=backup_folder,
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusRefreshed, timeout=5000):
        window.attach(db, CTX)
    window.show()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)
    return window


def shown_text(window: MainWindow, order_id: str, column: int) -> str:
    model = window.orders_page.model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.order_id == order_id:
            return str(model.data(model.index(row, column)))
    raise AssertionError(f"{order_id} is not in the table")


def has_row(window: MainWindow, order_id: str) -> bool:
    model = window.orders_page.model
    return any(
        (found := model.row_at(row)) is not None and found.order_id == order_id
        for row in range(model.rowCount())
    )


def selected_ids(window: MainWindow) -> list[str]:
    return [row.order_id for row in window.orders_page.selected_rows()]


def count_orders(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Order)) or 0)


@pytest.fixture
def other(db_url: str, shop: Database) -> Iterator[Database]:
    """A second connection to the same shop: a colleague's window, or the command line."""
    second = open_database(shop.url)
    yield second
    second.close()


# --- File > Back up… -------------------------------------------------------------------------


def test_back_up_says_where_the_copy_is_and_how_big(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    asked: list[str] = []
    target = tmp_path / "copies" / "my-shop.db"

    def choose(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return target

    window = make_window(qtbot, shop, settings, notes, prompts=Prompts(backup_path=choose))
    assert window.backup_action.isEnabled()
    assert window.backup_action in window.menuBar().actions()[0].menu().actions()  # File menu
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(notes.messages), timeout=10_000)
    title, text, error = notes.messages[-1]
    assert title == "Back up" and not error
    if not on_sqlite(shop):
        # a server database: no file dialog, the exact pg_dump command instead
        assert asked == []
        assert "pg_dump --format=custom" in text and "PostgreSQL server" in text
        return
    assert asked and asked[0].endswith(".db") and "backup" in asked[0]
    assert f"to:\n{target}\n" in text and "Backed up 25 orders" in text
    assert " kB)" in text or " MB)" in text  # how big
    copy = open_database(f"sqlite:///{target}", migrate=False)
    try:
        assert count_orders(copy) == 25  # restore is opening the copy
    finally:
        copy.close()
    assert str(target) in window.statusBar().currentMessage()


def test_back_up_cancelled_in_the_save_dialog_writes_nothing(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    window = make_window(qtbot, shop, settings, notes, prompts=Prompts(backup_path=lambda *_: None))
    window.back_up()
    qtbot.wait(100)
    assert not window.operations.busy
    if on_sqlite(shop):
        assert notes.messages == []
        assert list(tmp_path.glob("**/*backup*")) == []


def test_daily_backups_preference_is_stored_and_takes_the_first_copy(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    folder = tmp_path / "daily"
    window = make_window(qtbot, shop, settings, notes, backup_folder=folder)
    window.backup_settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupSettingsDialog) and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    if not on_sqlite(shop):
        assert not dialog.enabled.isEnabled() and not save.isEnabled()
        assert "pg_dump" in dialog.where.text()
        return
    assert not dialog.enabled.isChecked() and not dialog.keep.isEnabled()  # off by default
    assert "There is no copy yet" in dialog.where.text()
    dialog.enabled.setChecked(True)
    assert dialog.keep.isEnabled()
    dialog.keep.setValue(3)
    save.click()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)  # saved off the GUI thread
    with shop.reading() as session:
        assert daily_keep(session) == 3
    qtbot.waitUntil(lambda: len(list(folder.glob("*.db"))) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: "Daily backup saved" in window.statusBar().currentMessage(), timeout=5000
    )

    window.backup_settings()
    again = window.dialog
    assert isinstance(again, BackupSettingsDialog)
    assert again.enabled.isChecked() and again.keep.value() == 3
    assert "The latest is shop-" in again.where.text()
    again.enabled.setChecked(False)
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Daily backups are off.", timeout=5000
    )
    with shop.reading() as session:
        assert daily_keep(session) == 0
    assert window.statusBar().currentMessage() == "Daily backups are off."


def test_daily_backup_runs_once_after_start_up(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    with shop.transaction() as session:
        set_daily_keep(session, 2)
    folder = tmp_path / "daily"
    window = make_window(
        qtbot, shop, settings, notes, daily_backup_delay_ms=0, backup_folder=folder
    )
    if not on_sqlite(shop):
        qtbot.wait(200)
        assert not folder.exists() and notes.messages == []  # pg_dump's job, and no nagging
        return
    qtbot.waitUntil(lambda: len(list(folder.glob("shop-*.db"))) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)
    assert notes.messages == []  # quietly, in the status bar only
    assert "Daily backup saved" in window.statusBar().currentMessage()


# --- changes made elsewhere ------------------------------------------------------------------


def test_a_change_in_another_window_shows_on_activation(
    qtbot: QtBot, shop: Database, other: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    select_rows(window, [ORDER])
    assert selected_ids(window) == [ORDER]
    assert shown_text(window, REQUESTED_LATER, cols.REQUEST) == ""
    assert window.nav.item(REQUESTS).text() == "Buyer requests (1)"

    with other.transaction() as session:  # a colleague records a buyer request
        record_request(session, CTX, REQUESTED_LATER, reason="Found it cheaper")

    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()  # the seller was in another application...
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    window.watcher._last = 0.0  # type: ignore[union-attr]  # (no need to wait a second)
    with qtbot.waitSignal(window.watcher.changed, timeout=5000):  # type: ignore[union-attr]
        window.activateWindow()  # ...and comes back
    qtbot.waitUntil(lambda: window.nav.item(REQUESTS).text() == "Buyer requests (2)", timeout=5000)
    assert shown_text(window, REQUESTED_LATER, cols.REQUEST) == "Open request"
    assert selected_ids(window) == [ORDER]  # the seller's selection is kept
    assert window.orders_page.details.title.text() == f"Order {ORDER}"
    assert window.statusBar().currentMessage() == "Updated: 1 order changed."


def test_a_cancellation_elsewhere_shows_on_the_timer_and_keeps_the_place(
    qtbot: QtBot, shop: Database, other: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes, check_interval_ms=50)
    table = window.orders_page.table
    window.resize(window.width(), 360)  # a short window: the table scrolls
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0, timeout=2000)
    target = "222-0000000-0000015"
    select_rows(window, [target])
    table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtTop)
    qtbot.wait(50)
    top_before = table.rowAt(0)
    assert top_before > 0
    assert shown_text(window, target, cols.STATUS) == "Unshipped"

    with other.transaction() as session:  # cancelled in the other window
        cancel_order(session, CTX, CancelRequest(order_id=target, reason_code="NoInventory"))

    qtbot.waitUntil(lambda: shown_text(window, target, cols.STATUS) == "Cancelled", timeout=5000)
    qtbot.waitUntil(lambda: "over target" in window.rate_label.text(), timeout=5000)
    assert selected_ids(window) == [target]
    assert table.rowAt(0) == top_before  # the seller's place is kept


def test_new_orders_elsewhere_keep_the_selected_order_selected(
    qtbot: QtBot, shop: Database, other: Database, settings: QSettings, notes: Notes
) -> None:
    from tests.ui.conftest import add_order

    window = make_window(qtbot, shop, settings, notes)
    select_rows(window, [ORDER])
    row_before = window.orders_page.table.currentIndex().row()
    add_order(other, "333-0000000-0000001", hours_ago=0.5)  # newest: the top row, rows move down
    with qtbot.waitSignal(window.watcher.changed, timeout=5000):  # type: ignore[union-attr]
        window.watcher.check()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.count_label.text() == "26 orders", timeout=5000)
    assert window.orders_page.filters.count_label.text() == "26 orders"
    assert selected_ids(window) == [ORDER]  # the same order, one row further down
    assert window.orders_page.table.currentIndex().row() == row_before + 1


def test_nothing_is_reloaded_when_nothing_changed(
    qtbot: QtBot, shop: Database, other: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes, check_interval_ms=30)
    model = window.orders_page.model
    reloads: list[str] = []
    model.modelReset.connect(lambda: reloads.append("reset"))
    model.dataChanged.connect(lambda *_: reloads.append("data"))
    window.statusRefreshed.connect(lambda: reloads.append("status"))
    checks: list[bool] = []
    window.watcher.checked.connect(checks.append)  # type: ignore[union-attr]
    with other.reading() as session:  # reading elsewhere is not a change
        session.scalar(select(func.count()).select_from(Order))
    qtbot.waitUntil(lambda: len(checks) >= 4, timeout=5000)
    assert not any(checks) and reloads == []
    assert window.statusBar().currentMessage() == ""


# --- import with a column mapping, and dropped files -------------------------------------------


def write_shop_csv(path: Path, first: int, count: int) -> None:
    lines = ["Bestellnummer;Artikel;Menge;Datum;Preis;Status"]
    for n in range(first, first + count):
        lines.append(f"DE-{n:04d};MUG-RED;1;0{1 + n % 9}.05.2026;12,50;Shipped")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_csv_of_a_new_shape_asks_for_its_columns_then_imports(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    dialogs: list[MappingDialog] = []
    guessed: list[str] = []

    def map_columns(
        parent: QWidget, db: Database, path: Path, done: Callable[[Any], None], **kw: Any
    ) -> MappingDialog:
        dialog = ask_mapping(parent, db, path, done, **kw)  # the real dialog, with its preview
        dialogs.append(dialog)
        assert dialog.headers == ["Bestellnummer", "Artikel", "Menge", "Datum", "Preis", "Status"]

        def seller_fills_it_in() -> None:
            guessed.append(dialog.columns["status"].currentText())
            dialog.columns["order_id"].setCurrentText("Bestellnummer")
            dialog.columns["sku"].setCurrentText("Artikel")
            dialog.columns["quantity"].setCurrentText("Menge")
            dialog.columns["purchase_date"].setCurrentText("Datum")
            dialog.columns["item_price"].setCurrentText("Preis")
            dialog.date_format.setCurrentIndex(dialog.date_format.findData("%d.%m.%Y"))
            dialog.decimal_comma.setChecked(True)
            dialog.defaults["currency"].setText("EUR")
            dialog.defaults["channel"].setText("MFN")
            dialog.name.setText("Mein Shop")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        QTimer.singleShot(0, seller_fills_it_in)
        return dialog

    prompts = Prompts(import_options={"confirm": always_import, "choose_mapping": map_columns})
    window = make_window(qtbot, shop, settings, notes, prompts=prompts)
    first = tmp_path / "export-mai.csv"
    write_shop_csv(first, 1, 3)
    window.import_files([str(first)])  # returns at once: no nested event loop
    qtbot.waitUntil(lambda: bool(notes.messages), timeout=20_000)
    assert len(dialogs) == 1
    assert guessed == ["Status"]  # the dialog guessed the obvious column
    title, text, error = notes.messages[-1]
    assert title == "Import finished" and not error, text
    assert "(3 orders new, 0 updated" in text and "mapping “Mein Shop”" in text
    qtbot.waitUntil(lambda: window.count_label.text() == "28 orders", timeout=5000)
    qtbot.waitUntil(lambda: has_row(window, "DE-0001"), timeout=5000)  # read in a worker
    assert shown_text(window, "DE-0001", cols.TOTAL).replace("\xa0", " ") in ("€12.50", "12,50 €")

    second = tmp_path / "export-juni.csv"  # the same shape: the saved mapping, no question
    write_shop_csv(second, 4, 2)
    seen = len(notes.messages)
    window.import_files([str(second)])
    qtbot.waitUntil(lambda: len(notes.messages) > seen, timeout=20_000)
    assert len(dialogs) == 1
    assert (
        "(2 orders new, 0 updated" in notes.messages[-1][1] and "Mein Shop" in notes.messages[-1][1]
    )
    assert count_orders(shop) == 30


def test_a_csv_whose_columns_are_not_mapped_is_not_imported(
    qtbot: QtBot, shop: Database, notes: Notes, tmp_path: Path
) -> None:
    path = tmp_path / "unknown.csv"
    write_shop_csv(path, 1, 3)
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[Path] = []

    def decline(
        _parent: QWidget, _db: Database, file: Path, done: Callable[[Any], None], **_kw: Any
    ) -> None:
        asked.append(file)
        done(None)  # the seller pressed Cancel in the mapping dialog

    runner = ImportRunner(
        parent, shop, [path], confirm=always_import, notify=notes, choose_mapping=decline
    )
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        runner.start()
    assert finished.args == [None] and asked == [path]
    assert notes.messages[-1][2] and "columns were not mapped" in notes.last
    assert count_orders(shop) == 25


def test_dropping_report_files_on_the_window_imports_them(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    report = tmp_path / "all-orders.txt"
    orders = write_all_orders(report, 12)
    prompts = Prompts(import_options={"confirm": always_import})
    window = make_window(qtbot, shop, settings, notes, prompts=prompts)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    where = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()  # the drop returns at once; the import follows
    qtbot.waitUntil(lambda: window.count_label.text() == f"{25 + orders} orders", timeout=15_000)
    title, text, _error = notes.messages[-1]
    assert title == "Import finished" and f"({orders} orders new" in text
    filters = window.orders_page.filters  # the table re-reads in a worker after an import
    qtbot.waitUntil(lambda: filters.count_label.text() == f"{25 + orders} orders", timeout=5000)


def test_dragging_something_that_is_not_a_file_is_refused(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    mime = QMimeData()
    mime.setUrls([QUrl("https://sellercentral.amazon.co.uk/orders")])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# --- Settings > Column mappings… -------------------------------------------------------------


def test_column_mappings_are_listed_edited_and_deleted(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    columns = {"order_id": "No", "sku": "Art", "quantity": "Qty", "purchase_date": "When"}
    with shop.transaction() as session:
        save_mapping(session, ColumnMapping("Etsy", dict(columns), delimiter=";"))
        save_mapping(session, ColumnMapping("Shopify", {**columns, "ship_city": "City"}))
    answers: list[str] = []

    def confirm(_parent: QWidget, title: str, text: str) -> bool:
        answers.append(text)
        return True

    window = make_window(qtbot, shop, settings, notes, prompts=Prompts(confirm=confirm))
    window.mappings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, MappingsDialog) and dialog.isVisible()
    assert dialog.names() == ["Etsy", "Shopify"]
    assert "Order ID ← No" in dialog.description(0)
    assert "1 more column" in dialog.description(1)

    dialog.select("Etsy")
    editor = dialog.edit_selected()
    assert editor is not None and editor.columns["sku"].currentText() == "Art"
    editor.name.setText("Etsy DE")
    editor.decimal_comma.setChecked(True)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # the file has no status column: the seller says which
    editor.status_default.setText("Shipped")
    save.click()
    qtbot.waitUntil(lambda: dialog.names() == ["Etsy DE", "Shopify"], timeout=5000)
    with shop.reading() as session:
        renamed = load_mapping(session, "Etsy DE")
    assert renamed.columns == columns and renamed.decimal_comma and renamed.delimiter == ";"

    dialog.select("Shopify")
    dialog.delete_button.click()
    assert "Shopify" in answers[-1]
    qtbot.waitUntil(lambda: dialog.names() == ["Etsy DE"], timeout=5000)
    with shop.reading() as session:
        assert mapping_names(session) == ["Etsy DE"]
    dialog.select("Etsy DE")
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=5000)
    assert dialog.empty.isVisible() and not dialog.edit_button.isEnabled()


def test_a_big_import_says_while_its_indexes_are_built_after_the_commit(
    qtbot: QtBot,
    shop: Database,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file far larger than the shop: its orders show as soon as it is committed, and the
    indexes for sorting and search are built afterwards in the background. The status bar
    says so while they are built, then that they are."""
    monkeypatch.setattr(importer, "SET_ASIDE_MIN_BYTES", 0)  # (only files of some MB, else)
    report = tmp_path / "all-orders.txt"
    orders = write_all_orders(report, 120)
    prompts = Prompts(import_options={"confirm": always_import})
    window = make_window(qtbot, shop, settings, notes, prompts=prompts)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.import_files([str(report)])
    qtbot.waitUntil(lambda: window.count_label.text() == f"{25 + orders} orders", timeout=15_000)
    qtbot.waitUntil(lambda: any("quick again" in text for text in said), timeout=15_000)
    building = [n for n, text in enumerate(said) if text.startswith("Finishing the import")]
    done = [n for n, text in enumerate(said) if "quick again" in text]
    assert building and building[0] < done[0]
    assert not shop.bulk_write_unfinished()  # every index built


def test_opening_a_shop_whose_import_was_not_finished_finishes_it_and_says_so(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    """The app closed while a big import's indexes were still being built: opening the shop
    builds them in the background, and the status bar says so while it does, then that they
    are built."""
    index = next(i for i in orders.indexes if i.name == "ix_orders_skus")
    with shop.engine.begin() as conn:  # what the app closing mid-finish leaves behind
        sql = str(CreateIndex(index).compile(dialect=conn.dialect))
        conn.exec_driver_sql(f'DROP INDEX "{index.name}"')
        conn.execute(insert(app_settings).values(key=OWED + str(index.name), value=sql))
    assert shop.bulk_write_unfinished()
    window = MainWindow(settings, notify=notes, check_interval_ms=0, daily_backup_delay_ms=60_000)
    qtbot.addWidget(window)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.attach(shop, CTX)
    window.show()
    qtbot.waitUntil(lambda: any("quick again" in text for text in said), timeout=15_000)
    building = [n for n, text in enumerate(said) if text.startswith("Finishing the import")]
    done = [n for n, text in enumerate(said) if "quick again" in text]
    assert building and building[0] < done[0]
    assert not shop.bulk_write_unfinished()
    with shop.reading() as session:  # the index is there again
        names = {i["name"] for i in inspect(session.connection()).get_indexes("orders")}
    assert index.name in names
